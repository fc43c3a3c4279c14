// The graph view: Cytoscape.js draws a neighbourhood, one shape and colour
// per entity type; tap selects, double-tap expands.

import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { entityTypes, relationLabel, relationTypes } from './types.js';

cytoscape.use(fcose);

const fontFamily = 'Vazirmatn, Tahoma, sans-serif';

// edgeLabelLimit is the most edges whose labels are always drawn; above it
// a label shows only on a selected or hovered edge, to keep large graphs
// readable and fast.
const edgeLabelLimit = 80;

function styles() {
  const s = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': fontFamily,
        'font-size': 11,
        color: '#0f172a',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        width: 26,
        height: 26,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'font-family': fontFamily,
        'font-size': 9,
        color: '#334155',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
      },
    },
    { selector: 'edge.labelled, edge:selected, edge.hover', style: { label: 'data(label)' } },
    { selector: 'node.focus', style: { width: 38, height: 38, 'border-width': 4, 'border-color': '#facc15' } },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#0f172a' } },
    { selector: 'node:selected', style: { 'overlay-color': '#facc15', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
    { selector: '.path', style: { 'line-color': '#dc2626', 'target-arrow-color': '#dc2626', width: 3 } },
    { selector: '.faded', style: { opacity: 0.25 } },
  ];
  for (const [type, info] of Object.entries(entityTypes)) {
    s.push({ selector: `node[type="${type}"]`, style: { shape: info.shape, 'background-color': info.color } });
  }
  for (const [type, info] of Object.entries(relationTypes)) {
    s.push({ selector: `edge[type="${type}"]`, style: { 'line-color': info.color, 'target-arrow-color': info.color } });
  }
  return s;
}

// busyFrom is the smallest graph whose layout shows the busy indicator
// first: smaller ones lay out faster than the indicator could be seen.
const busyFrom = 100;

// fitZoom is the most a fit may zoom in, so that a graph of a few nodes is
// not drawn with giant shapes and labels.
const fitZoom = 1.6;

// nextPaint resolves once the browser has drawn a frame, so what the page
// shows before a long synchronous step is on screen during it.
function nextPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

// layoutOptions picks fCoSE, a force-directed layout that starts from a
// spectral draft, so a few hundred nodes lay out in well under a second.
// randomize false keeps the nodes near where they are, for an expansion.
function layoutOptions(n, randomize) {
  return {
    name: 'fcose',
    quality: 'default',
    // Fewer force iterations for large graphs: the spectral draft already
    // places them, and the page must answer within a few seconds.
    numIter: n > 300 ? 1000 : 2500,
    randomize,
    animate: false,
    // The graph fits itself afterwards, with a cap on the zoom.
    fit: false,
    nodeDimensionsIncludeLabels: false,
    packComponents: true,
    idealEdgeLength: () => 70,
    nodeRepulsion: () => 6000,
    nodeSeparation: 60,
  };
}

// createGraph draws into container. onSelect gets the ID of a tapped node,
// onExpand the ID of a double-tapped one; onBusy(true) comes before a long
// layout, once the page could show it, and onBusy(false) after it.
export function createGraph(container, { onSelect, onExpand, onBusy }) {
  const cy = cytoscape({
    container,
    style: styles(),
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
  });

  cy.on('tap', 'node', (ev) => onSelect && onSelect(ev.target.id()));
  cy.on('dbltap', 'node', (ev) => onExpand && onExpand(ev.target.id()));
  cy.on('mouseover', 'edge', (ev) => ev.target.addClass('hover'));
  cy.on('mouseout', 'edge', (ev) => ev.target.removeClass('hover'));

  function toElements(subgraph, around) {
    const els = [];
    const origin = around && cy.getElementById(around).nonempty() ? cy.getElementById(around).position() : null;
    let k = 0;
    for (const n of subgraph.nodes) {
      if (cy.getElementById(n.id).nonempty()) continue;
      const el = { group: 'nodes', data: { id: n.id, type: n.type, label: n.label } };
      if (origin) {
        // New nodes start on a ring around the node they came from, so a
        // layout that keeps positions moves them only a little.
        const a = (2 * Math.PI * k++) / 12;
        el.position = { x: origin.x + 80 * Math.cos(a) + k, y: origin.y + 80 * Math.sin(a) + k };
      }
      els.push(el);
    }
    for (const e of subgraph.edges) {
      if (cy.getElementById(e.id).nonempty()) continue;
      els.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type, label: relationLabel(e.type, e.label), raw: e.label } });
    }
    return els;
  }

  // fit shows the whole graph, zoomed in no further than fitZoom.
  function fit() {
    cy.fit(undefined, 30);
    if (cy.zoom() > fitZoom) {
      cy.zoom(fitZoom);
      cy.center();
    }
  }

  // layout lays out n nodes, after prepare (which adds them) has run;
  // randomize false keeps them near where they are. The busy indicator is
  // drawn before prepare, so the canvas is never drawn with the nodes not
  // yet laid out. It resolves to the layout time in milliseconds, or -1
  // when the graph was destroyed while the indicator was being drawn.
  async function layout(n, randomize, prepare = () => {}) {
    const busy = onBusy && n >= busyFrom;
    if (busy) {
      onBusy(true);
      await nextPaint();
      if (cy.destroyed()) return -1;
    }
    prepare();
    const t0 = performance.now();
    cy.layout(layoutOptions(n, randomize)).run();
    const ms = performance.now() - t0;
    fit();
    if (busy) onBusy(false);
    return ms;
  }

  function labelEdges() {
    const edges = cy.edges();
    if (edges.length <= edgeLabelLimit) edges.addClass('labelled');
    else edges.removeClass('labelled');
  }

  return {
    cy,
    // add puts a subgraph's new nodes and edges on the canvas and lays the
    // graph out; around is the node the new part grew from. It resolves to
    // how many nodes were new and the layout time in milliseconds.
    async add(subgraph, around) {
      const els = toElements(subgraph, around);
      const before = cy.nodes().length;
      const added = els.filter((el) => el.group === 'nodes').length;
      const put = () => {
        cy.batch(() => cy.add(els));
        labelEdges();
      };
      if (added === 0 && before > 0) {
        put();
        return { added, layoutMs: 0 };
      }
      return { added, layoutMs: await layout(before + added, before === 0, put) };
    },
    // line lays the nodes out in order along a line, for a path.
    line(ids) {
      const rtl = document.documentElement.dir === 'rtl';
      ids.forEach((id, i) => {
        const n = cy.getElementById(id);
        n.position({ x: (rtl ? -1 : 1) * i * 170, y: i % 2 ? 40 : -40 });
      });
      cy.fit(undefined, 40);
      if (cy.zoom() > fitZoom) {
        cy.zoom(fitZoom);
        cy.center();
      }
    },
    focus(id) {
      cy.nodes().removeClass('focus');
      cy.getElementById(id).addClass('focus');
    },
    markExpanded(id) {
      cy.getElementById(id).addClass('expanded');
    },
    select(id) {
      cy.nodes().unselect();
      const n = cy.getElementById(id);
      if (n.nonempty()) n.select();
    },
    has(id) {
      return cy.getElementById(id).nonempty();
    },
    fit,
    zoom(factor) {
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    // relayout lays the whole graph out afresh and resolves to the time
    // it took in milliseconds.
    relayout() {
      return layout(cy.nodes().length, true);
    },
    destroy() {
      cy.destroy();
    },
  };
}

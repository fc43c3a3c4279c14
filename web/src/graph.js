// The graph view: Cytoscape.js draws a neighbourhood, one shape and colour
// per entity type; tap selects, double-tap expands.

import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { layoutOptions, nodeSizes } from './layout.js';
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
        'text-max-width': '150px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'border-color': '#ffffff',
      },
    },
    ...nodeSizes,
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
    { selector: 'node.focus', style: { 'border-color': '#facc15' } },
    { selector: 'node.expanded', style: { 'border-color': '#0f172a' } },
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

// busyFrom is the smallest graph whose layout runs in the layout worker,
// with the busy indicator up: smaller ones lay out on the page's thread
// faster than the worker could start or the indicator could be seen.
const busyFrom = 100;

// workerURL is the layout worker's script, named by the build (web/build.mjs
// defines __LAYOUT_WORKER__); the page loads it on the first large layout.
const workerURL = typeof __LAYOUT_WORKER__ === 'string' ? __LAYOUT_WORKER__ : null;

// workerFailed is set once a layout worker could not be made or loaded;
// from then on every layout runs on the page's thread.
let workerFailed = false;

// fitZoom is the most a fit may zoom in, so that a graph of a few nodes is
// not drawn with giant shapes and labels.
const fitZoom = 1.6;

// nextPaint resolves once the browser has drawn a frame, so what the page
// shows before a long synchronous step is on screen during it.
function nextPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

// chunkNodes and chunkEdges are how many laid-out nodes and edges join
// the graph at a time, each chunk a few tens of milliseconds of work.
const chunkNodes = 50;
const chunkEdges = 80;

// labelChars is the longest label drawn whole; longer ones are shortened.
const labelChars = 26;

// shortLabels shortens long labels so that what tells a label from the
// others shows: names that share their first words («کانون ... آبادان»,
// «کانون ... خرمشهر») keep their first word and the words from where they
// differ on; any other long name keeps its first words and its last. The
// full name shows on hover.
export function shortLabels(labels) {
  const words = labels.map((l) => l.split(/\s+/).filter(Boolean));
  return labels.map((label, i) => {
    if (label.length <= labelChars) return label;
    const w = words[i];
    let shared = 0;
    words.forEach((o, j) => {
      if (j === i) return;
      let k = 0;
      while (k < w.length && k < o.length && w[k] === o[k]) k++;
      if (k > shared) shared = k;
    });
    if (shared >= 2 && shared < w.length) {
      let tail = w.slice(shared);
      const s = `${w[0]} … ${tail.join(' ')}`;
      if (s.length <= labelChars) return s;
      // Still too long: the beginning of the part that differs.
      let out = `… ${tail.join(' ')}`;
      while (out.length > labelChars && tail.length > 1) {
        tail = tail.slice(0, -1);
        out = `… ${tail.join(' ')} …`;
      }
      return out;
    }
    // Otherwise the first words and the last, which names the place or
    // the unit («... آبادان»).
    const last = w[w.length - 1];
    let head = [];
    for (const x of w.slice(0, -1)) {
      if ([...head, x].join(' ').length + last.length + 3 > labelChars) break;
      head.push(x);
    }
    if (head.length === 0) return `${label.slice(0, labelChars - 1)}…`;
    return `${head.join(' ')} … ${last}`;
  });
}

// createGraph draws into container. onSelect gets the ID of a tapped node,
// onExpand the ID of a double-tapped one; onBusy(true) comes before a long
// layout and onBusy(false) after it. cover, when given, returns the box
// (left and right, in canvas pixels) of what lies over the canvas, or null.
export function createGraph(container, { onSelect, onExpand, onBusy, cover }) {
  const cy = cytoscape({
    container,
    style: styles(),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
  });

  cy.on('tap', 'node', (ev) => onSelect && onSelect(ev.target.id()));
  cy.on('dbltap', 'node', (ev) => onExpand && onExpand(ev.target.id()));
  // The full name of a node whose label is shortened shows on hover.
  cy.on('mouseover', 'node', (ev) => {
    container.title = ev.target.data('full') || '';
  });
  cy.on('mouseout', 'node', () => {
    container.title = '';
  });
  cy.on('mouseover', 'edge', (ev) => ev.target.addClass('hover'));
  // The canvas follows its box (a window resized, a panel folded).
  const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(() => cy.destroyed() || cy.resize()) : null;
  if (resized) resized.observe(container);
  cy.on('mouseout', 'edge', (ev) => ev.target.removeClass('hover'));

  function toElements(subgraph, around) {
    const els = [];
    const origin = around && cy.getElementById(around).nonempty() ? cy.getElementById(around).position() : { x: 0, y: 0 };
    let k = 0;
    for (const n of subgraph.nodes) {
      if (cy.getElementById(n.id).nonempty()) continue;
      const el = { group: 'nodes', data: { id: n.id, type: n.type, label: n.label, full: n.label } };
      {
        // New nodes start on a ring around the node they came from (the
        // centre for a new graph), so a layout that keeps positions moves
        // them only a little, and no edge is ever drawn between two nodes
        // on one spot.
        // A spiral at the golden angle: no two start on the same spot.
        const a = 2.39996 * k;
        const r = 80 + 14 * Math.sqrt(k++);
        el.position = { x: origin.x + r * Math.cos(a), y: origin.y + r * Math.sin(a) };
      }
      els.push(el);
    }
    for (const e of subgraph.edges) {
      if (cy.getElementById(e.id).nonempty()) continue;
      els.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type, label: relationLabel(e.type, e.label), raw: e.label } });
    }
    return els;
  }

  // fit shows the whole graph, zoomed in no further than fitZoom, and
  // clear of the box cover() gives (the legend), when it covers a side.
  function fit() {
    cy.fit(undefined, 30);
    if (cy.zoom() > fitZoom) {
      cy.zoom(fitZoom);
      cy.center();
    }
    const c = cover && cover();
    if (!c) return;
    const bb = cy.elements().renderedBoundingBox({ includeLabels: true });
    const w = cy.width();
    if (c.right < w / 2 && bb.x1 < c.right + 8) {
      // The box is on the left: shrink the graph towards its right edge.
      const f = Math.min(1, (bb.x2 - c.right - 8) / (bb.x2 - bb.x1));
      if (f > 0.3) cy.zoom({ level: cy.zoom() * f, renderedPosition: { x: bb.x2, y: cy.height() / 2 } });
    } else if (c.left > w / 2 && bb.x2 > c.left - 8) {
      const f = Math.min(1, (c.left - 8 - bb.x1) / (bb.x2 - bb.x1));
      if (f > 0.3) cy.zoom({ level: cy.zoom() * f, renderedPosition: { x: bb.x1, y: cy.height() / 2 } });
    }
  }

  // worker is this graph's layout worker, made on its first large layout;
  // pending settles the job it is running. Layouts run one at a time.
  let worker = null;
  let pending = null;

  function settle(answer) {
    const p = pending;
    pending = null;
    if (p) p.resolve(answer);
  }

  function stopWorker() {
    if (worker) worker.terminate();
    worker = null;
  }

  // offThread lays elements out in the worker. It resolves to the node
  // positions by ID, or to null when there is no worker to ask (it could
  // not be made or loaded) or the graph was destroyed meanwhile.
  function offThread(elements, randomize) {
    if (!worker && !workerFailed && workerURL && typeof Worker === 'function') {
      try {
        worker = new Worker(new URL(workerURL, document.baseURI), { name: 'layout' });
      } catch {
        workerFailed = true;
      }
      if (worker) {
        worker.onmessage = (ev) => {
          const p = pending;
          pending = null;
          if (!p) return;
          if (ev.data.error) p.reject(new Error(`layout: ${ev.data.error}`));
          else p.resolve(ev.data.positions);
        };
        worker.onerror = (ev) => {
          ev.preventDefault();
          workerFailed = true;
          stopWorker();
          settle(null);
        };
      }
    }
    if (!worker) return Promise.resolve(null);
    return new Promise((resolve, reject) => {
      pending = { resolve, reject };
      worker.postMessage({ elements, randomize });
    });
  }

  // layoutElements describes the graph with els added for the worker:
  // IDs, positions and the classes that size nodes, nothing it does not
  // need.
  function layoutElements(els) {
    const out = [];
    cy.nodes().forEach((n) => out.push({ group: 'nodes', data: { id: n.id() }, position: n.position(), classes: n.classes().join(' ') }));
    cy.edges().forEach((e) => out.push({ group: 'edges', data: { id: e.id(), source: e.data('source'), target: e.data('target') } }));
    for (const el of els) {
      if (el.group === 'nodes') out.push({ group: 'nodes', data: { id: el.data.id }, position: el.position });
      else out.push({ group: 'edges', data: { id: el.data.id, source: el.data.source, target: el.data.target } });
    }
    return out;
  }

  function put(els) {
    cy.batch(() => cy.add(els));
    labelEdges();
  }

  // shortenLabels gives each node a label that shows what tells it from
  // the others (see shortLabels).
  function shortenLabels() {
    const nodes = cy.nodes();
    const short = shortLabels(nodes.map((n) => n.data('full') || ''));
    cy.batch(() => nodes.forEach((n, i) => {
      if (n.data('label') !== short[i]) n.data('label', short[i]);
    }));
  }

  // settleIn adds els to the graph in chunks, each measured (which fills
  // Cytoscape's caches of styles, sizes and edge curves) before the page
  // draws a frame and answers what waits: measuring a few hundred elements
  // at once would hold the page's thread for half a second. It resolves to false when the
  // graph was destroyed meanwhile.
  async function settleIn(els) {
    const nodes = els.filter((el) => el.group === 'nodes');
    const edges = els.filter((el) => el.group === 'edges');
    for (const [list, size] of [[nodes, chunkNodes], [edges, chunkEdges]]) {
      for (let i = 0; i < list.length; i += size) {
        cy.add(list.slice(i, i + size)).boundingBox();
        await nextPaint();
        if (cy.destroyed()) return false;
      }
    }
    return true;
  }

  // layout adds els to the graph and lays it out; randomize false keeps
  // the nodes near where they are. A large graph is laid out in the worker
  // before els are added, so the page answers meanwhile and the canvas
  // never shows the new nodes unplaced; without a worker it is laid out on
  // the page's thread. Either way the busy indicator is drawn first. It
  // resolves to the layout time in milliseconds, or -1 when the graph was
  // destroyed before the layout ended.
  async function layout(els, randomize) {
    const n = cy.nodes().length + els.filter((el) => el.group === 'nodes').length;
    const large = n >= busyFrom;
    const busy = onBusy && large;
    try {
      if (busy) {
        onBusy(true);
        await nextPaint();
        if (cy.destroyed()) return -1;
      }
      const t0 = performance.now();
      if (large) {
        const positions = await offThread(layoutElements(els), randomize);
        if (cy.destroyed()) return -1;
        if (positions) {
          for (const el of els) if (el.group === 'nodes') el.position = positions[el.data.id];
          cy.nodes().positions((node) => positions[node.id()]);
          if (!(await settleIn(els))) return -1;
          labelEdges();
          fit();
          return performance.now() - t0;
        }
      }
      put(els);
      const t1 = performance.now();
      cy.layout(layoutOptions(n, randomize)).run();
      const ms = performance.now() - t1;
      fit();
      return ms;
    } finally {
      if (busy) onBusy(false);
    }
  }

  // queue is the last layout asked for; each waits for the one before, so
  // an expansion asked during a layout builds on its result.
  let queue = Promise.resolve();
  function serial(job) {
    const run = queue.then(job, job);
    queue = run.catch(() => {});
    return run;
  }

  function labelEdges() {
    shortenLabels();
    const edges = cy.edges();
    if (edges.length <= edgeLabelLimit) edges.addClass('labelled');
    else edges.removeClass('labelled');
  }

  return {
    cy,
    // add puts a subgraph's new nodes and edges on the canvas and lays the
    // graph out; around is the node the new part grew from. It resolves to
    // how many nodes were new and the layout time in milliseconds.
    add(subgraph, around) {
      return serial(async () => {
        if (cy.destroyed()) return { added: 0, layoutMs: -1 };
        const els = toElements(subgraph, around);
        const before = cy.nodes().length;
        const added = els.filter((el) => el.group === 'nodes').length;
        if (added === 0 && before > 0) {
          put(els);
          return { added, layoutMs: 0 };
        }
        return { added, layoutMs: await layout(els, before === 0) };
      });
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
      return serial(() => (cy.destroyed() ? -1 : layout([], true)));
    },
    // destroy removes the graph and stops a layout under way.
    destroy() {
      if (resized) resized.disconnect();
      cy.destroy();
      stopWorker();
      settle(null);
    },
  };
}

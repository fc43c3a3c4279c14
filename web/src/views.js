// The page's views, one per route: home, entity (graph and panel),
// succession, path and source text.

import { namesQuery, neighborhoodQuery, pathQuery, request, sourceQuery, successionQuery } from './api.js';
import { createGraph } from './graph.js';
import { digits, fillIn, t, word } from './i18n.js';
import { renderPanel } from './panel.js';
import { searchBox } from './search.js';
import { entityTypes, nameOf, relationLabel, relationTypes, typeOfID } from './types.js';
import { data, entityLink, errorMessage, evidenceList, fill, formatDate, formatDay, h, message, section } from './ui.js';

// neighborhoodLimit is how many nodes one neighbourhood request may bring.
const neighborhoodLimit = 200;

// pathMaxHops is the longest path the path view asks for.
const pathMaxHops = 6;

// go navigates to a route.
export function go(route) {
  location.hash = route;
}

// phoneWidth is the widest viewport the legend starts folded on: there it
// would cover most of the graph.
const phoneWidth = 800;

function legend() {
  const folded = window.matchMedia(`(max-width: ${phoneWidth}px)`).matches;
  return h(
    'details',
    { class: 'legend', open: !folded, 'data-testid': 'legend' },
    h('summary', {}, t('legend')),
    h(
      'ul',
      {},
      Object.entries(entityTypes).map(([type, info]) =>
        h('li', {}, h('span', { class: `swatch shape-${info.shape}`, style: `background:${info.color}` }), word('entity', type)),
      ),
      Object.entries(relationTypes).map(([type, info]) =>
        h('li', {}, h('span', { class: 'swatch line', style: `background:${info.color}` }), word('relation', type)),
      ),
    ),
  );
}

// homeView is the landing page: a large search box.
export function homeView(root) {
  root.append(
    h(
      'section',
      { class: 'home' },
      h('h1', {}, t('appName')),
      h('p', { class: 'tagline' }, t('tagline')),
      searchBox({ onPick: (n) => go(`/entity/${encodeURIComponent(n.id)}`), testid: 'home-search' }),
      h('p', { class: 'intro' }, t('homeIntro')),
    ),
  );
  root.querySelector('input').focus();
}

// entityView draws the neighbourhood of id with its panel; params may name
// expanded nodes (expand=a,b) and the selected one (sel=).
export function entityView(root, id, params) {
  const expanded = (params.get('expand') || '').split(',').filter(Boolean);
  let selected = params.get('sel') || id;
  const status = h('div', { class: 'graph-status', 'data-testid': 'graph-status' });
  const canvas = h('div', { class: 'graph-canvas', 'data-testid': 'graph' });
  const panel = h('aside', { class: 'panel', 'data-testid': 'panel', 'aria-live': 'polite' });
  const busy = h('div', { class: 'layout-busy', role: 'status', 'data-testid': 'layout-busy', hidden: true }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), t('layingOut'));
  const onBusy = (on) => {
    busy.hidden = !on;
  };
  const updateURL = () => {
    const q = new URLSearchParams();
    if (expanded.length) q.set('expand', expanded.join(','));
    if (selected !== id) q.set('sel', selected);
    const s = q.toString();
    history.replaceState(null, '', `#/entity/${encodeURIComponent(id)}${s ? `?${s}` : ''}`);
  };

  let graph = null;
  const select = (nodeID) => {
    selected = nodeID;
    updateURL();
    if (graph) graph.select(nodeID);
    renderPanel(panel, nodeID);
  };
  const expand = async (nodeID) => {
    fill(status, message(t('loading')));
    try {
      const d = await request(neighborhoodQuery, { ids: [nodeID], depth: 1, limit: neighborhoodLimit });
      const r = await graph.add(d.neighborhood, nodeID);
      if (r.layoutMs < 0) return;
      graph.markExpanded(nodeID);
      if (!expanded.includes(nodeID) && nodeID !== id) expanded.push(nodeID);
      updateURL();
      showCount(r, d.neighborhood.truncated);
    } catch (err) {
      fill(status, errorMessage(err));
    }
  };
  const showCount = (r, truncated) => {
    const n = graph.cy.nodes().length;
    const e = graph.cy.edges().length;
    fill(status,
      h('span', { class: 'counts', 'data-nodes': n, 'data-edges': e, 'data-added': r.added, 'data-layout-ms': Math.round(r.layoutMs) }, fillIn(t('counts'), { nodes: digits(n), edges: digits(e) })),
      ' ',
      t('expandHint'),
      truncated ? message(t('truncated'), 'warn') : null,
    );
  };

  const toolbar = h(
    'div',
    { class: 'toolbar', role: 'toolbar' },
    h('button', { type: 'button', onclick: () => graph && graph.fit(), 'data-testid': 'fit' }, t('fit')),
    h('button', { type: 'button', onclick: () => graph && graph.zoom(1.25), 'aria-label': t('zoomIn'), title: t('zoomIn') }, '+'),
    h('button', { type: 'button', onclick: () => graph && graph.zoom(0.8), 'aria-label': t('zoomOut'), title: t('zoomOut') }, '−'),
    h('button', { type: 'button', onclick: () => graph && graph.relayout() }, t('relayout')),
  );
  const key = legend();
  root.append(h('div', { class: 'entity-view' }, h('div', { class: 'graph-area' }, toolbar, canvas, busy, key, status), panel));
  // The open legend lies over a corner of the canvas; a fit keeps clear of it.
  const cover = () => {
    if (!key.open) return null;
    const k = key.getBoundingClientRect();
    const c = canvas.getBoundingClientRect();
    return { left: k.left - c.left, right: k.right - c.left };
  };
  key.addEventListener('toggle', () => graph && graph.fit());

  graph = createGraph(canvas, { onSelect: select, onExpand: expand, onBusy, cover });
  renderPanel(panel, selected);
  fill(status, message(t('loading')));
  const unknown = () => {
    // One message, in the chrome's words, instead of an empty canvas under
    // a legend beside a panel saying the same.
    graph.destroy();
    fill(root, h('section', { class: 'not-found', 'data-testid': 'not-found' }, message(t('noEntity'), 'error'), h('p', {}, h('a', { href: '#/' }, t('appName')))));
  };
  request(neighborhoodQuery, { ids: [id, ...expanded], depth: 1, limit: neighborhoodLimit })
    .then(async (d) => {
      if (d.neighborhood.nodes.length === 0) {
        unknown();
        return;
      }
      const r = await graph.add(d.neighborhood);
      if (r.layoutMs < 0) return;
      graph.focus(id);
      expanded.forEach((x) => graph.markExpanded(x));
      graph.markExpanded(id);
      graph.select(selected);
      showCount(r, d.neighborhood.truncated);
      window.__peyvandGraph = graph;
    })
    .catch((err) => (err.errors && err.errors.some((e) => e.extensions && e.extensions.code === 'NOT_FOUND') ? unknown() : fill(status, errorMessage(err))));
  return () => graph.destroy();
}

// successionView shows who held which post of a body when.
export async function successionView(root, orgID, params) {
  const role = params.get('role') || null;
  const view = h('section', { class: 'succession-view', 'data-testid': 'succession' }, message(t('loading')));
  root.append(view);
  let d;
  try {
    d = await request(successionQuery, { org: orgID, role });
  } catch (err) {
    fill(view, errorMessage(err));
    return;
  }
  const org = d.node;
  const hist = d.appointmentHistory;
  const roles = org && org.positions ? org.positions.edges.map((e) => e.node.role) : [];
  const base = `#/succession/${encodeURIComponent(orgID)}`;
  fill(view,
    h('h1', {}, t('successionOf'), ' ', org ? entityLink(org) : data(orgID)),
    h(
      'nav',
      { class: 'roles' },
      h('a', { href: base, 'aria-current': role ? null : 'page' }, t('allPosts')),
      roles.map((r) => h('a', { href: `${base}?role=${encodeURIComponent(r)}`, 'aria-current': r === role ? 'page' : null }, data(r))),
    ),
    hist.tenures.length ? timeline(hist.tenures) : message(t('noTenures')),
    section(
      t('issues'),
      hist.issues.length ? h('ul', { class: 'issues' }, hist.issues.map((i) => issueItem(i, hist.tenures))) : null,
    ),
    h('ol', { class: 'succession-list' }, hist.tenures.map(successionItem)),
  );
}

// issueItem tells of a gap, an overlap or an undated tenure in a sentence
// of the chrome's language made from the issue's fields; an issue kind the
// page does not know keeps the server's message.
function issueItem(issue, tenures) {
  const template = word('issue', issue.kind);
  const dated = issue.kind === 'UNDATED' || (issue.from && issue.to);
  let text;
  if (template !== issue.kind && dated) {
    const ids = new Set((issue.tenures || []).map((x) => x.id));
    const ten = tenures.find((x) => ids.has(x.id));
    text = fillIn(template, {
      role: data(issue.role || (ten && ten.role) || ''),
      from: formatDay(issue.from),
      to: formatDay(issue.to),
      days: digits(issue.days ?? ''),
      person: ten && ten.person ? entityLink(ten.person) : t('someone'),
    });
  } else {
    text = data(issue.message);
  }
  return h('li', { 'data-kind': issue.kind }, h('strong', {}, word('issueKind', issue.kind)), ': ', h('span', { class: 'issue-text' }, text));
}

function successionItem(ten) {
  return h(
    'li',
    { class: 'tenure', 'data-id': ten.id },
    h('div', { class: 'tenure-head' }, entityLink(ten.person), ' — ', data(ten.role, 'strong')),
    h(
      'div',
      { class: 'tenure-dates' },
      ten.start || ten.end ? [`${t('from')} `, formatDate(ten.start), ` ${t('to')} `, ten.end ? formatDate(ten.end) : t('present')] : formatDate(null),
    ),
    ten.predecessor || ten.successor
      ? h(
          'div',
          { class: 'chain' },
          ten.predecessor ? h('span', { class: 'predecessor' }, `${t('predecessor')}: `, entityLink(ten.predecessor)) : null,
          ten.predecessor && ten.successor ? ' · ' : null,
          ten.successor ? h('span', { class: 'successor' }, `${t('successor')}: `, entityLink(ten.successor)) : null,
        )
      : null,
    evidenceList(ten.evidence),
  );
}

const day = 86400000;

// timeline draws tenures as bars on one time axis, a row per tenure. The
// axis runs with the reading direction: right to left in Persian.
function timeline(tenures) {
  const when = (d) => (d ? Date.parse(d.iso) : NaN);
  const dated = tenures.filter((x) => !Number.isNaN(when(x.start)) || !Number.isNaN(when(x.end)));
  if (!dated.length) return null;
  const times = dated.flatMap((x) => [when(x.start), when(x.end)]).filter((v) => !Number.isNaN(v));
  const min = Math.min(...times);
  // An open tenure runs to today, so its bar shows how long it has lasted.
  const open = dated.some((x) => !x.end);
  const max = Math.max(...times, min + 365 * day, open ? Date.now() : 0);
  const span = max - min || day;
  const pct = (v) => `${(((v - min) / span) * 100).toFixed(2)}%`;
  const first = dated.reduce((a, b) => (when(a.start) <= when(b.start) ? a : b));
  const last = dated.reduce((a, b) => (Math.max(when(a.end) || 0, when(a.start) || 0) >= Math.max(when(b.end) || 0, when(b.start) || 0) ? a : b));
  return h(
    'figure',
    { class: 'timeline', 'data-testid': 'timeline' },
    h(
      'div',
      { class: 'axis' },
      h('span', { class: 'axis-start' }, formatDate(first.start || first.end)),
      h('span', { class: 'axis-end' }, open ? t('present') : formatDate(last.end || last.start)),
    ),
    dated.map((x) => {
      const s = Number.isNaN(when(x.start)) ? when(x.end) : when(x.start);
      const e = Number.isNaN(when(x.end)) ? max : when(x.end);
      return h(
        'div',
        { class: 'row' },
        h('span', { class: 'row-label' }, data(nameOf(x.person)), ' · ', data(x.role, 'small')),
        h(
          'span',
          { class: 'track' },
          h(
            'span',
            { class: `bar${x.end ? '' : ' open'}`, style: `inset-inline-start:${pct(s)};width:max(4px, calc(${pct(e)} - ${pct(s)}))`, title: digits(`${x.start ? x.start.solarHijri || x.start.iso : '?'} – ${x.end ? x.end.solarHijri || x.end.iso : t('present')}`) },
            h('span', { class: 'bar-date' }, formatDate(x.start)),
          ),
        ),
      );
    }),
  );
}

// pathView finds and draws the shortest path between two entities.
export function pathView(root, from, to) {
  const picked = { from, to };
  const result = h('div', { class: 'path-result', 'data-testid': 'path-result' });
  const pick = (which) => (n) => {
    picked[which] = n.id;
    if (picked.from && picked.to) go(`/path/${encodeURIComponent(picked.from)}/${encodeURIComponent(picked.to)}`);
  };
  const fromBox = searchBox({ onPick: pick('from'), label: t('pathFrom'), testid: 'path-from' });
  const toBox = searchBox({ onPick: pick('to'), label: t('pathTo'), testid: 'path-to' });
  root.append(
    h(
      'section',
      { class: 'path-view' },
      h('h1', {}, t('pathTitle')),
      h('div', { class: 'pickers' }, h('label', {}, t('pathFrom'), fromBox), h('label', {}, t('pathTo'), toBox)),
      result,
    ),
  );
  if (!from || !to) return undefined;

  request(namesQuery, { ids: [from, to] })
    .then((d) => {
      const [a, b] = d.nodes;
      if (a) fromBox.querySelector('input').value = nameOf(a);
      if (b) toBox.querySelector('input').value = nameOf(b);
    })
    .catch(() => {
      // The names are a convenience; the path below reports real failures.
    });

  let graph = null;
  result.append(message(t('loading')));
  request(pathQuery, { from, to, maxHops: pathMaxHops })
    .then((d) => {
      const r = d.path;
      if (!r.path) {
        const none = message(fillIn(t('noPathWithin'), { hops: digits(pathMaxHops) }).join(''), 'warn');
        if (r.message) none.title = r.message;
        fill(result, none);
        return;
      }
      const p = r.path;
      const byID = new Map(p.nodes.map((n) => [n.id, n]));
      const canvas = h('div', { class: 'graph-canvas path-canvas', 'data-testid': 'graph' });
      fill(result,
        h('p', { class: 'path-length', 'data-length': p.length }, `${t('pathLength')}: ${digits(p.length)}`),
        canvas,
        h(
          'ol',
          { class: 'hops' },
          p.hops.map((hop) => {
            const rel = relationTypes[hop.type];
            return h(
              'li',
              { class: 'hop', 'data-type': hop.type },
              h(
                'div',
                { class: 'hop-head' },
                entityLink(byID.get(hop.source) || { id: hop.source }),
                h('span', { class: 'rel', style: rel ? `border-color:${rel.color}` : '' }, ' ', h('bdi', {}, relationLabel(hop.type, hop.label)), ' '),
                entityLink(byID.get(hop.target) || { id: hop.target }),
              ),
              evidenceList(hop.evidence),
            );
          }),
        ),
      );
      graph = createGraph(canvas, { onSelect: (id) => go(`/entity/${encodeURIComponent(id)}`) });
      return graph
        .add({
          nodes: p.nodes.map((n) => ({ id: n.id, type: typeOfID(n.id), label: nameOf(n) })),
          edges: p.hops.map((hop) => ({ id: hop.id, source: hop.source, target: hop.target, type: hop.type, label: hop.label })),
        })
        .then(() => {
          graph.cy.edges().addClass('path');
          graph.line(p.nodes.map((n) => n.id));
        });
    })
    .catch((err) => fill(result, errorMessage(err)));
  return () => graph && graph.destroy();
}

// sourceView shows a source's text with the quoted span marked; s and e
// are character offsets (code points), as the API gives them.
export async function sourceView(root, id, params) {
  const view = h('article', { class: 'source-view', 'data-testid': 'source' }, message(t('loading')));
  root.append(view);
  let node;
  try {
    node = (await request(sourceQuery, { id })).node;
  } catch (err) {
    fill(view, errorMessage(err));
    return;
  }
  if (!node) {
    fill(view, message(t('notFound'), 'error'));
    return;
  }
  const chars = Array.from(node.text || '');
  const s = Number.parseInt(params.get('s'), 10);
  const e = Number.parseInt(params.get('e'), 10);
  const marked = Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e > s && e <= chars.length;
  const body = marked
    ? [chars.slice(0, s).join(''), h('mark', { id: 'quote' }, chars.slice(s, e).join('')), chars.slice(e).join('')]
    : [node.text];
  fill(view,
    data(node.title || node.file, 'h1', { 'data-testid': 'source-title' }),
    h(
      'p',
      { class: 'meta' },
      node.published ? [t('published'), ': ', formatDate(node.published), ' · '] : null,
      node.url ? h('a', { href: node.url, target: '_blank', rel: 'noopener noreferrer', class: 'external' }, `${t('original')} ↗`) : null,
      node.file ? h('span', { class: 'file', 'data-testid': 'source-file' }, `${t('file')}: `, h('bdi', { dir: 'ltr' }, node.file)) : null,
    ),
    h('div', { class: 'source-text', dir: 'rtl', lang: 'fa' }, body),
  );
  const mark = view.querySelector('mark');
  if (mark) mark.scrollIntoView({ block: 'center' });
}

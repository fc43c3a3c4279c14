// The side panel: everything the graph knows of one entity, each fact with
// the sentence that states it.

import { entityQuery, request } from './api.js';
import { lang, t, word } from './i18n.js';
import { nameOf, typeOfNode } from './types.js';
import { data, entityLink, errorMessage, evidenceList, fill, formatDate, h, message, section, typeName } from './ui.js';

function edges(conn) {
  return conn ? conn.edges : [];
}

function chips(list) {
  if (!list || !list.length) return null;
  return h('ul', { class: 'chips' }, list.map((s) => data(s, 'li')));
}

function successionHref(orgID, role) {
  const q = role ? `?role=${encodeURIComponent(role)}` : '';
  return `#/succession/${encodeURIComponent(orgID)}${q}`;
}

function range(start, end) {
  if (!start && !end) return h('span', { class: 'range' }, h('span', { class: 'date undated' }, t('undated')));
  return h('span', { class: 'range' }, formatDate(start), ' – ', end ? formatDate(end) : h('span', { class: 'date' }, t('present')));
}

// tenureItem shows one tenure: the post, the body or person, the dates,
// the predecessor and successor, and the evidence.
function tenureItem(ten, { showPerson }) {
  return h(
    'li',
    { class: 'tenure', 'data-id': ten.id },
    h(
      'div',
      { class: 'tenure-head' },
      showPerson ? [entityLink(ten.person), ' — '] : null,
      data(ten.role, 'strong'),
      ' · ',
      entityLink(ten.organization),
    ),
    h('div', { class: 'tenure-dates' }, range(ten.start, ten.end), ten.began ? h('span', { class: 'began', 'data-began': ten.began }, ` · ${t('began')}: ${word('beganKind', ten.began)}`) : null),
    ten.predecessor || ten.successor
      ? h(
          'div',
          { class: 'chain' },
          ten.predecessor ? h('span', { class: 'predecessor' }, `${t('predecessor')}: `, entityLink(ten.predecessor)) : null,
          ten.predecessor && ten.successor ? ' · ' : null,
          ten.successor ? h('span', { class: 'successor' }, `${t('successor')}: `, entityLink(ten.successor)) : null,
        )
      : null,
    h('a', { href: successionHref(ten.organization.id, ten.role), class: 'succession-link' }, t('succession')),
    evidenceList(ten.evidence),
  );
}

function eventItem(ev, part) {
  return h(
    'li',
    { class: 'event' },
    entityLink(ev),
    ev.date ? [' · ', formatDate(ev.date)] : null,
    part ? h('span', { class: 'part-of', 'data-part': part }, ` · ${word('part', part)}`) : null,
    evidenceList(ev.evidence),
  );
}

function linkList(list) {
  if (!list.length) return null;
  return h('ul', { class: 'links' }, list.map((n) => h('li', {}, entityLink(n))));
}

function personBody(p) {
  return [
    section(t('titles'), chips(p.titles)),
    section(t('aliases'), chips(p.aliases)),
    section(t('tenures'), h('ul', { class: 'tenures' }, edges(p.tenures).map((e) => tenureItem(e.node, {})))),
    section(t('events'), h('ul', { class: 'events' }, edges(p.events).map((e) => eventItem(e.node, e.part)))),
    section(t('evidence'), evidenceList(p.evidence)),
    section(t('sources'), h('ul', { class: 'links' }, (p.sources || []).map((s) => h('li', {}, h('a', { href: `#/source/${encodeURIComponent(s.id)}` }, data(s.title || s.id)))))),
  ];
}

function organizationBody(o) {
  const roles = edges(o.positions).map((e) => e.node.role);
  return [
    o.kind ? section(t('kind'), data(o.kind, 'p')) : null,
    section(t('aliases'), chips(o.aliases)),
    o.parent ? section(t('parent'), entityLink(o.parent)) : null,
    o.place ? section(t('place'), entityLink(o.place)) : null,
    section(
      t('succession'),
      h(
        'ul',
        { class: 'links posts' },
        h('li', {}, h('a', { href: successionHref(o.id), class: 'succession-link' }, t('allPosts'))),
        roles.map((r) => h('li', {}, h('a', { href: successionHref(o.id, r) }, data(r)))),
      ),
    ),
    section(t('holders'), h('ul', { class: 'tenures' }, edges(o.tenures).map((e) => tenureItem(e.node, { showPerson: true })))),
    section(t('branches'), linkList(edges(o.branches).map((e) => e.node))),
    section(t('events'), h('ul', { class: 'events' }, edges(o.events).map((e) => eventItem(e.node)))),
    section(t('projects'), linkList(edges(o.projects).map((e) => e.node))),
    section(t('evidence'), evidenceList(o.evidence)),
  ];
}

function eventBody(ev) {
  return [
    section(t('kind'), h('p', { class: 'event-type', 'data-type': ev.type }, word('eventType', ev.type))),
    ev.date ? section(t('date'), formatDate(ev.date)) : null,
    ev.place ? section(t('place'), entityLink(ev.place)) : null,
    section(
      t('participants'),
      edges(ev.participants).length
        ? h('ul', { class: 'links' }, edges(ev.participants).map((e) => h('li', {}, entityLink(e.node), h('span', { class: 'part-of', 'data-part': e.part }, ` · ${word('part', e.part)}`))))
        : null,
    ),
    section(t('organizations'), linkList(edges(ev.organizations).map((e) => e.node))),
    section(t('evidence'), evidenceList(ev.evidence)),
  ];
}

function projectBody(p) {
  return [
    p.kind ? section(t('kind'), data(p.kind, 'p')) : null,
    section(t('aliases'), chips(p.aliases)),
    p.runBy ? section(t('organization'), entityLink(p.runBy)) : null,
    p.place ? section(t('place'), entityLink(p.place)) : null,
    section(t('figures'), chips(p.figures)),
    section(t('evidence'), evidenceList(p.evidence)),
  ];
}

function placeBody(p) {
  return [
    p.kind ? section(t('kind'), data(p.kind, 'p')) : null,
    section(t('aliases'), chips(p.aliases)),
    p.parent ? section(t('parent'), entityLink(p.parent)) : null,
    section(t('organizations'), linkList(edges(p.organizations).map((e) => e.node))),
    section(t('events'), linkList(edges(p.events).map((e) => e.node))),
    section(t('projects'), linkList(edges(p.projects).map((e) => e.node))),
    section(t('evidence'), evidenceList(p.evidence)),
  ];
}

function sourceBody(s) {
  return [
    s.published ? section(t('published'), formatDate(s.published)) : null,
    section(
      t('source'),
      h('p', {}, h('a', { href: `#/source/${encodeURIComponent(s.id)}`, class: 'source-link' }, t('viewSource'))),
      s.url ? h('p', {}, h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer', class: 'external' }, `${t('original')} ↗`)) : null,
    ),
  ];
}

const bodies = {
  Person: personBody,
  Organization: organizationBody,
  Event: eventBody,
  Project: projectBody,
  Place: placeBody,
  Source: sourceBody,
};

// renderPanel fills el with the entity id; onClose, when given, adds a
// close button.
export async function renderPanel(el, id, { onClose } = {}) {
  fill(el, message(t('loading')));
  el.dataset.id = id;
  let node;
  try {
    node = (await request(entityQuery, { id })).node;
  } catch (err) {
    if (el.dataset.id === id) fill(el, errorMessage(err));
    return null;
  }
  if (el.dataset.id !== id) return null;
  if (!node) {
    fill(el, message(t('notFound'), 'error'));
    return null;
  }
  const type = typeOfNode(node);
  const body = bodies[node.__typename];
  fill(el,
    h(
      'header',
      { class: 'panel-head' },
      onClose ? h('button', { type: 'button', class: 'close', 'aria-label': t('close'), onclick: onClose }, '×') : null,
      h('span', { class: 'type-badge' }, typeName(type)),
      data(nameOf(node), 'h2', { class: 'entity-name' }),
      h('a', { href: `#/entity/${encodeURIComponent(id)}`, class: 'graph-link' }, t('openGraph')),
    ),
    body ? body(node) : null,
  );
  el.lang = lang();
  return node;
}

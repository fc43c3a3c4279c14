// Entity and relation kinds: how each is drawn. The graph's styles, the
// legend and the search results all read from here; their names are in
// i18n.js.

import { known, word } from './i18n.js';

export const entityTypes = {
  PERSON: { prefix: 'per_', shape: 'ellipse', color: '#2563eb', glyph: '●' },
  ORGANIZATION: { prefix: 'org_', shape: 'round-rectangle', color: '#059669', glyph: '■' },
  EVENT: { prefix: 'evt_', shape: 'diamond', color: '#d97706', glyph: '◆' },
  PROJECT: { prefix: 'prj_', shape: 'hexagon', color: '#7c3aed', glyph: '⬢' },
  PLACE: { prefix: 'plc_', shape: 'triangle', color: '#64748b', glyph: '▲' },
  SOURCE: { prefix: 'src_', shape: 'rectangle', color: '#92400e', glyph: '▬' },
};

export const relationTypes = {
  HOLDS: { color: '#2563eb' },
  PART_OF: { color: '#059669' },
  PARTICIPATED_IN: { color: '#d97706' },
  INVOLVED_IN: { color: '#b45309' },
  RUNS: { color: '#7c3aed' },
  LOCATED_IN: { color: '#94a3b8' },
  SUCCEEDED: { color: '#dc2626' },
};

const typenames = {
  Person: 'PERSON',
  Organization: 'ORGANIZATION',
  Event: 'EVENT',
  Project: 'PROJECT',
  Place: 'PLACE',
  Source: 'SOURCE',
};

// typeOfNode returns the EntityType of a GraphQL node by its __typename,
// falling back to its ID's prefix.
export function typeOfNode(node) {
  if (node.__typename && typenames[node.__typename]) return typenames[node.__typename];
  return typeOfID(node.id);
}

// typeOfID returns the EntityType an ID's prefix names, or '' when none.
export function typeOfID(id) {
  for (const [type, info] of Object.entries(entityTypes)) {
    if (id.startsWith(info.prefix)) return type;
  }
  return '';
}

// nameOf returns the readable name of a GraphQL node of any type.
export function nameOf(node) {
  if (!node) return '';
  return node.name || node.title || node.label || node.id;
}

// relationLabel names an edge or a hop of type whose server label is
// label: the post of a tenure as written, the part of a participant, and
// otherwise the relation's chrome name, with the post a succession is in.
export function relationLabel(type, label) {
  const rel = word('relation', type);
  if (!label || label === type || label === rel) return rel;
  if (type === 'PARTICIPATED_IN') return known('part', label) ? word('part', label) : rel;
  if (type === 'HOLDS') return label;
  return `${rel} (${label})`;
}

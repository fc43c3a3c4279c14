// Entity and relation kinds: how each is drawn and named. The graph's
// styles, the legend and the search results all read from here.

export const entityTypes = {
  PERSON: { prefix: 'per_', shape: 'ellipse', color: '#2563eb', glyph: '●', fa: 'شخص', en: 'Person' },
  ORGANIZATION: { prefix: 'org_', shape: 'round-rectangle', color: '#059669', glyph: '■', fa: 'نهاد', en: 'Body' },
  EVENT: { prefix: 'evt_', shape: 'diamond', color: '#d97706', glyph: '◆', fa: 'رویداد', en: 'Event' },
  PROJECT: { prefix: 'prj_', shape: 'hexagon', color: '#7c3aed', glyph: '⬢', fa: 'طرح', en: 'Project' },
  PLACE: { prefix: 'plc_', shape: 'triangle', color: '#64748b', glyph: '▲', fa: 'مکان', en: 'Place' },
  SOURCE: { prefix: 'src_', shape: 'rectangle', color: '#92400e', glyph: '▬', fa: 'منبع', en: 'Source' },
};

export const relationTypes = {
  HOLDS: { color: '#2563eb', fa: 'سمت', en: 'holds post' },
  PART_OF: { color: '#059669', fa: 'زیرمجموعهٔ', en: 'part of' },
  PARTICIPATED_IN: { color: '#d97706', fa: 'حضور در', en: 'took part in' },
  INVOLVED_IN: { color: '#b45309', fa: 'مشارکت در', en: 'involved in' },
  RUNS: { color: '#7c3aed', fa: 'مجری', en: 'runs' },
  LOCATED_IN: { color: '#94a3b8', fa: 'واقع در', en: 'located in' },
  SUCCEEDED: { color: '#dc2626', fa: 'جانشین', en: 'succeeded' },
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

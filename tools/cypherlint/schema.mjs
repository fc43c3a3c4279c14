// The graph's schema as the Neo4j store writes it (see store/neo4j/doc.go):
// the lint reports any label, relationship type, property key, function or
// procedure a statement uses that is not listed here.
import { testData } from '@neo4j-cypher/language-support';

export const labels = [
  'Entity', 'Person', 'Organization', 'Event', 'Project', 'Place', 'Source', 'AuditRecord', 'MergeRecord',
];

export const relationshipTypes = [
  'HOLDS', 'PART_OF', 'PARTICIPATED_IN', 'INVOLVED_IN', 'RUNS', 'LOCATED_IN', 'SUCCEEDED',
];

export const propertyKeys = [
  // Entity nodes.
  'id', 'type', 'name', 'aliases', 'titles', 'kind', 'kindKey', 'figures', 'url', 'text', 'file',
  'evidence', 'mergedInto', 'updated',
  'dateIso', 'dateSolarHijri', 'dateOriginal', 'datePrecision',
  'searchKeys', 'searchKinds', 'searchText', 'namesText', 'sortKey', '_lock', '_placeholder',
  // Relationships.
  'role', 'began', 'predecessorId', 'successorId', 'organizationId',
  'startIso', 'startSolarHijri', 'startOriginal', 'startPrecision',
  'endIso', 'endSolarHijri', 'endOriginal', 'endPrecision',
  // Audit records.
  'actor', 'action', 'target', 'detail', 'at',
  // Merge records (what a merge did, for an unmerge).
  'audit', 'record',
  // Keys of the $rows maps the store sends.
  'from', 'to', 'props',
];

// The functions and procedures the statements call, with their signatures
// taken from the catalogue the language-support package records from a
// Neo4j server.
export const functionNames = [
  'coalesce', 'collect', 'count', 'endNode', 'length', 'properties', 'range',
  'relationships', 'size', 'startNode', 'toFloat', 'type',
];

export const procedureNames = [
  'db.index.fulltext.listAvailableAnalyzers', 'db.index.fulltext.queryNodes',
];

function pick(registry, names) {
  const out = {};
  for (const [version, byName] of Object.entries(registry)) {
    out[version] = {};
    for (const name of names) {
      if (!byName[name]) {
        throw new Error(`schema: ${name} is not in the ${version} catalogue`);
      }
      out[version][name] = byName[name];
    }
  }
  return out;
}

// dbSchema returns the DbSchema for one statement's parameters, linting
// with Cypher version `version`.
export function dbSchema(parameters, version) {
  return {
    labels,
    relationshipTypes,
    propertyKeys,
    parameters,
    functions: pick(testData.mockSchema.functions, functionNames),
    procedures: pick(testData.mockSchema.procedures, procedureNames),
    defaultLanguage: version,
  };
}

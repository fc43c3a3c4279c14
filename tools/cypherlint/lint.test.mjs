// Tests that the lint fails each fixture for the reason the fixture was
// written to show. run.sh lints the store's statements with the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintDir, lintStatement, pathProblems } from './lint.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const read = (p) => JSON.parse(readFileSync(join(here, p), 'utf8'));

const expected = {
  'broken.cypher': /Query cannot conclude with MATCH|Invalid input 'RETRN'/,
  'deprecated_subquery.cypher': /deprecated/,
  'two_statements.cypher': /holds 2 statements/,
  'unbounded_path.cypher': /has no upper bound/,
  'undeclared_parameter.cypher': /Parameter \$nodeId is not defined/,
  'unknown_label.cypher': /Label Persons is not present/,
  'unknown_procedure.cypher': /Procedure apoc\.meta\.stats is not present/,
  'unknown_property.cypher': /nmae is not present/,
  'unlimited_path.cypher': /without a LIMIT/,
};

test('each fixture fails for its reason', () => {
  const result = lintDir(join(here, 'testdata'), read('testdata/params.json'));
  assert.deepEqual([...result.keys()].sort(), Object.keys(expected).sort());
  for (const [file, problems] of result) {
    assert.ok(problems.some((p) => expected[file].test(p)), `${file}: ${JSON.stringify(problems)}`);
  }
});

test('a statement without declared parameters fails', () => {
  const result = lintDir(join(here, 'testdata'), {});
  for (const [file, problems] of result) {
    assert.ok(problems.some((p) => p.includes('no parameters declared')), file);
  }
});

test('bounded patterns pass the path rule', () => {
  assert.deepEqual(pathProblems('MATCH p = shortestPath((a)-[*..6]-(b)) RETURN p LIMIT 1'), []);
  assert.deepEqual(pathProblems('MATCH (a)-[:HOLDS*1..3]->(b) RETURN b LIMIT 5'), []);
  assert.deepEqual(pathProblems('RETURN [x IN range(1, 3) | x * 2] AS xs'), []);
  assert.equal(pathProblems('MATCH (a)-[:HOLDS*2..]->(b) RETURN b LIMIT 5').length, 1);
});

test('both Cypher versions are linted', () => {
  const problems = lintStatement('MATCH (n:Entity) RETURN n.nmae AS x', {});
  assert.ok(problems.some((p) => p.includes('CYPHER 5')));
  assert.ok(problems.some((p) => p.includes('CYPHER 25')));
});

// lint.mjs checks every *.cypher file of the given directories with the
// Neo4j Cypher language service, against the graph's schema (schema.mjs)
// and each statement's declared parameters (the --params JSON file: file
// name → parameter name → example value). Any error or warning fails,
// deprecations included, under both Cypher 5 and Cypher 25; so do a file
// holding more or fewer than one statement, a file without declared
// parameters, and a declaration for a file that does not exist.
//
//   node lint.mjs --params params.json ../../store/neo4j/cypher
//   node lint.mjs --expect-fail --params testdata/params.json testdata/
//
// With --expect-fail, every file must produce at least one problem: the
// fixtures prove the lint catches what it should.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { lintCypherQuery, parseStatementsStrs } from '@neo4j-cypher/language-support';
import { dbSchema } from './schema.mjs';

const versions = ['CYPHER 5', 'CYPHER 25'];
const severity = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

// pathProblems enforces the store's own rule for traversals: every
// variable-length relationship pattern has a literal upper bound, and a
// statement that walks one has a LIMIT.
export function pathProblems(text) {
  const code = text.replace(/\/\/.*$/gm, '');
  const problems = [];
  let variable = false;
  for (const m of code.matchAll(/-\[[^\]]*?\*([^\]]*)\]/g)) {
    variable = true;
    if (!/^\s*(\d+\s*)?\.\.\s*\d+\s*$/.test(m[1]) && !/^\s*\d+\s*$/.test(m[1])) {
      problems.push(`variable-length pattern ${m[0]} has no upper bound`);
    }
  }
  if (variable && !/\bLIMIT\b/i.test(code)) {
    problems.push('walks a variable-length pattern without a LIMIT');
  }
  return problems;
}

// lintStatement returns the problems of one statement text.
export function lintStatement(text, parameters) {
  const problems = pathProblems(text);
  const statements = parseStatementsStrs(text).filter((s) => s.trim() !== '');
  if (statements.length !== 1) {
    problems.push(`holds ${statements.length} statements; keep exactly one per file`);
  }
  for (const version of versions) {
    const { diagnostics } = lintCypherQuery(text, dbSchema(parameters, version));
    for (const d of diagnostics) {
      const line = d.range.start.line + 1;
      const col = d.range.start.character + 1;
      problems.push(`${line}:${col}: ${version}: ${severity[d.severity] ?? d.severity}: ${d.message}`);
    }
  }
  return problems;
}

// lintDir lints every .cypher file of dir and returns problems by file.
export function lintDir(dir, params) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cypher')).sort();
  const result = new Map();
  for (const file of files) {
    const name = basename(file, '.cypher');
    const problems = [];
    if (!(name in params)) {
      problems.push(`no parameters declared for ${name} in the --params file`);
    }
    problems.push(...lintStatement(readFileSync(join(dir, file), 'utf8'), params[name] ?? {}));
    result.set(file, problems);
  }
  const names = new Set(files.map((f) => basename(f, '.cypher')));
  for (const name of Object.keys(params)) {
    if (!names.has(name)) {
      result.set(`${name}.cypher`, [`parameters declared for a statement that does not exist`]);
    }
  }
  return result;
}

function main(argv) {
  let expectFail = false;
  let paramsFile = '';
  const dirs = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--expect-fail') expectFail = true;
    else if (argv[i] === '--params') paramsFile = argv[++i];
    else dirs.push(argv[i]);
  }
  if (!paramsFile || dirs.length === 0) {
    console.error('usage: node lint.mjs [--expect-fail] --params FILE.json DIR...');
    return 2;
  }
  const params = JSON.parse(readFileSync(paramsFile, 'utf8'));
  let failed = 0;
  let files = 0;
  for (const dir of dirs) {
    for (const [file, problems] of lintDir(dir, params)) {
      files++;
      const path = join(dir, file);
      if (expectFail) {
        if (problems.length === 0) {
          console.error(`${path}: expected the lint to fail, but it passed`);
          failed++;
        } else {
          console.log(`${path}: fails as expected (${problems[0]})`);
        }
      } else if (problems.length > 0) {
        for (const p of problems) console.error(`${path}:${p}`);
        failed++;
      }
    }
  }
  if (files === 0) {
    console.error(`no .cypher files in ${dirs.join(', ')}`);
    return 1;
  }
  const mode = expectFail ? 'fixtures' : 'statements';
  console.log(`cypherlint: ${files} ${mode}, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = main(process.argv.slice(2));
}

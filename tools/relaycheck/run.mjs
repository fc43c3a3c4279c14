// run.mjs checks the API the way Relay and Apollo clients use it. It
// builds and starts the real server (`peyvand serve`) on a free loopback
// port with a temporary data directory, which fills from the bundled
// corpus; reads its schema by introspection; compiles the fragments and
// queries of src/ with relay-compiler; runs them, pages their connections
// forward and backward and refetches them, all in one relay-runtime store;
// then runs a neighbourhood and a path query through Apollo Client's
// InMemoryCache. It fails on any compiler error, any normalization
// warning (console.warn, console.error, Relay's idCollision log events)
// and any answer that does not read back whole. The server is stopped
// however the check ends.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const require = createRequire(import.meta.url);

// Relay and Apollo warn only outside production builds.
process.env.NODE_ENV = 'development';

// warnings collects what the clients say while they normalize answers.
const warnings = [];
for (const level of ['warn', 'error']) {
  const orig = console[level];
  console[level] = (...args) => {
    warnings.push(`console.${level}: ${args.map(String).join(' ')}`);
    orig.apply(console, args);
  };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// startServer builds cmd/peyvand and serves an empty data directory, which
// the server fills from the bundled corpus; it fails when the server does
// not answer within two minutes.
async function startServer(dir) {
  const bin = join(dir, 'peyvand');
  execFileSync('go', ['build', '-o', bin, './cmd/peyvand'], { cwd: repo, stdio: 'inherit' });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  const proc = spawn(bin, ['serve', '--addr', `127.0.0.1:${port}`, '--data', join(dir, 'data')], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  proc.stdout.on('data', (d) => (log += d));
  proc.stderr.on('data', (d) => (log += d));
  const exited = new Promise((resolve) => proc.on('exit', resolve));
  const stop = async () => {
    if (proc.exitCode === null && proc.signalCode === null) {
      proc.kill('SIGTERM');
      const t = setTimeout(() => proc.kill('SIGKILL'), 10000);
      await exited;
      clearTimeout(t);
    }
  };
  const deadline = Date.now() + 120000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`peyvand serve exited with ${proc.exitCode}:\n${log}`);
    try {
      const r = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: '{ persons(first: 1) { totalCount } }' }),
      });
      const body = await r.json();
      if (body.data?.persons?.totalCount > 0) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`peyvand serve did not answer within 2 minutes:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, stop, log: () => log };
}

// post sends one GraphQL request and returns its data, failing on errors.
async function post(url, query, variables = {}) {
  const r = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await r.json();
  if (body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
  return body;
}

// compile writes the server's schema as SDL and runs relay-compiler on src/.
async function compile(url) {
  const { getIntrospectionQuery, buildClientSchema, printSchema } = require('graphql');
  const { data } = await post(url, getIntrospectionQuery());
  writeFileSync(join(here, 'schema.graphql'), printSchema(buildClientSchema(data)));
  rmSync(join(here, '__generated__'), { recursive: true, force: true });
  mkdirSync(join(here, '__generated__'));
  execFileSync(join(here, 'node_modules', '.bin', 'relay-compiler'), [], { cwd: here, stdio: 'inherit' });
  const made = readdirSync(join(here, '__generated__'));
  console.log(`relay-compiler: ${made.length} artifacts`);
}

// pick finds, in the bundled corpus, an organization with several tenures
// and a position with several holders, and two of its persons.
async function pick(url) {
  const { data } = await post(
    url,
    `{ organizations(first: 50) { edges { node { id tenures(first: 10) { totalCount edges { node { person { id } } } }
       positions(first: 10) { edges { node { id holders(first: 0) { totalCount } } } } } } } }`,
  );
  const orgs = data.organizations.edges.map((e) => e.node);
  orgs.sort((a, b) => b.tenures.totalCount - a.tenures.totalCount);
  const org = orgs[0];
  assert.ok(org && org.tenures.totalCount >= 3, `no organization of the corpus has 3 tenures: ${JSON.stringify(orgs[0])}`);
  const persons = [...new Set(org.tenures.edges.map((e) => e.node.person.id))];
  assert.ok(persons.length >= 2, `organization ${org.id} has fewer than 2 persons`);
  let position = null;
  for (const o of orgs) {
    for (const p of o.positions.edges) {
      if (!position || p.node.holders.totalCount > position.holders.totalCount) position = p.node;
    }
  }
  assert.ok(position && position.holders.totalCount >= 2, 'no position of the corpus has 2 holders');
  return { org: org.id, tenures: org.tenures.totalCount, from: persons[0], to: persons[1], position: position.id, holders: position.holders.totalCount };
}

// relay runs the compiled operations in one relay-runtime environment.
async function relay(url, ids) {
  const {
    Environment, Network, RecordSource, Store, fetchQuery, createOperationDescriptor, getSelector,
    RelayFeatureFlags,
  } = require('relay-runtime');
  RelayFeatureFlags.ENABLE_STORE_ID_COLLISION_LOGGING = true;
  const gen = (name) => require(join(here, '__generated__', `${name}.graphql.js`));
  const env = new Environment({
    network: Network.create(async (params, variables) => {
      const r = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: params.text, variables }),
      });
      return r.json();
    }),
    store: new Store(new RecordSource()),
    log: (event) => {
      if (String(event.name).startsWith('idCollision')) warnings.push(`relay log: ${JSON.stringify(event)}`);
    },
  });
  const run = async (name, vars) => {
    const q = gen(name);
    await fetchQuery(env, q, vars).toPromise();
    const op = createOperationDescriptor(q, vars);
    const snap = env.lookup(op.fragment);
    assert.ok(!snap.isMissingData, `${name}: the store misses data it was just given`);
    env.retain(op);
    return snap.data;
  };
  // readFragment reads a fragment spread on the record with the given ID.
  const readFragment = (fragment, ownerQuery, vars, path) => {
    const op = createOperationDescriptor(gen(ownerQuery), vars);
    const ref = path(env.lookup(op.fragment).data);
    const snap = env.lookup(getSelector(gen(fragment), ref));
    assert.ok(!snap.isMissingData, `${fragment}: missing data`);
    return snap.data;
  };

  const hood = await run('NeighborhoodQuery', { ids: [ids.org] });
  assert.ok(hood.neighborhood.nodes.length >= 3, 'neighbourhood too small');
  for (const n of hood.neighborhood.nodes) {
    assert.notEqual(n.id, n.entityId, `GraphNode ${n.id} reuses its entity's ID`);
    assert.equal(n.node?.id, n.entityId, `GraphNode ${n.id} does not lead to ${n.entityId}`);
  }
  const path = await run('PathQuery', { from: ids.from, to: ids.to });
  assert.ok(path.path.path, `no path from ${ids.from} to ${ids.to}: ${path.path.message}`);
  // The organization the neighbourhood drew is one record, still an
  // Organization with its name, after the path query wrote into the store.
  const orgRecord = env.getStore().getSource().get(ids.org);
  assert.equal(orgRecord?.__typename, 'Organization', `record ${ids.org}: ${JSON.stringify(orgRecord)}`);

  // Forward paging: two pages of tenures merge in the connection.
  await run('OrganizationTenuresQuery', { id: ids.org });
  const first = readFragment('OrganizationTenures_organization', 'OrganizationTenuresQuery', { id: ids.org }, (d) => d.node.organization);
  assert.equal(first.tenures.edges.length, 2);
  const pageInfoOf = (recordID, key) => {
    const src = env.getStore().getSource();
    const rec = src.get(recordID);
    const field = Object.keys(rec).find((k) => k.startsWith(`__${key}_connection`));
    assert.ok(field, `${recordID} has no ${key} connection: ${Object.keys(rec)}`);
    const c = src.get(rec[field].__ref);
    return src.get(c.pageInfo.__ref);
  };
  const info = pageInfoOf(ids.org, 'OrganizationTenures_tenures');
  assert.equal(info.hasNextPage, true);
  await run('OrganizationTenuresRefetchQuery', { id: ids.org, count: 2, cursor: info.endCursor });
  const both = readFragment('OrganizationTenures_organization', 'OrganizationTenuresQuery', { id: ids.org }, (d) => d.node.organization);
  const tenureIDs = both.tenures.edges.map((e) => e.node.id);
  assert.equal(tenureIDs.length, Math.min(4, ids.tenures), `after a second page the connection holds ${tenureIDs}`);
  assert.equal(new Set(tenureIDs).size, tenureIDs.length, 'the connection repeats an edge');
  for (const e of both.tenures.edges) {
    assert.ok(e.node.began === null || ['APPOINTMENT', 'HANDOVER', 'DECREE', 'STATED'].includes(e.node.began), `began ${e.node.began}`);
    assert.ok(e.node.position.id.startsWith('pos_'));
  }

  // Backward paging through node(id:) of a Position.
  await run('PositionHoldersQuery', { id: ids.position });
  const last = readFragment('PositionHolders_position', 'PositionHoldersQuery', { id: ids.position }, (d) => d.node.position);
  assert.equal(last.holders.edges.length, 1);
  const back = pageInfoOf(ids.position, 'PositionHolders_holders');
  assert.equal(back.hasPreviousPage, true, 'a position with 2 holders has no page before its last');
  await run('PositionHoldersRefetchQuery', { id: ids.position, count: 1, cursor: back.startCursor });
  const two = readFragment('PositionHolders_position', 'PositionHoldersQuery', { id: ids.position }, (d) => d.node.position);
  assert.equal(two.holders.edges.length, 2, 'the earlier holder was not prepended');
  assert.notEqual(two.holders.edges[0].node.id, two.holders.edges[1].node.id);
  assert.equal(two.holders.edges[1].node.id, last.holders.edges[0].node.id, 'backward page went after, not before');

  // A Solar Hijri filter on a root connection.
  await run('EventsQuery', { from: '1390-01-01' });
  const ev = readFragment('Events_query', 'EventsQuery', { from: '1390-01-01' }, (d) => d);
  assert.ok(ev.events.totalCount > 0, 'no events since 1390-01-01');
  for (const e of ev.events.edges) {
    assert.ok(!e.node.date || e.node.date.iso >= '2011-03-21', `event ${e.node.id} of ${e.node.date?.iso} is before 1390-01-01`);
  }

  const records = env.getStore().getSource().getRecordIDs().length;
  console.log(`relay-runtime: ${records} records in one store, no warning`);
}

// apollo runs a neighbourhood, a path and a connection through Apollo
// Client's InMemoryCache and reads them back from the cache alone.
async function apollo(url, ids) {
  const { ApolloClient, InMemoryCache, HttpLink, gql } = require('@apollo/client/core');
  const { data } = await post(url, '{ __schema { types { kind name possibleTypes { name } } } }');
  const possibleTypes = {};
  for (const t of data.__schema.types) {
    if (t.possibleTypes && !t.name.startsWith('__')) possibleTypes[t.name] = t.possibleTypes.map((p) => p.name);
  }
  const cache = new InMemoryCache({ possibleTypes });
  const client = new ApolloClient({ cache, link: new HttpLink({ uri: url, fetch }) });
  const queries = [
    [gql`query ApolloHood($ids: [ID!]!) { neighborhood(ids: $ids) { truncated nodes { id entityId type label node { id ... on Organization { name } ... on Person { name } } } edges { id relationshipId source target type label } } }`, { ids: [ids.org] }],
    [gql`query ApolloPath($from: ID!, $to: ID!) { path(from: $from, to: $to) { message path { length nodes { id ... on Person { name } ... on Organization { name } } hops { id relationshipId type source target label } } } }`, { from: ids.from, to: ids.to }],
    [gql`query ApolloOrg($id: ID!) { node(id: $id) { id ... on Organization { name tenures(last: 2) { totalCount pageInfo { hasPreviousPage startCursor } edges { cursor node { id role position { id role } person { id name } } } } } } }`, { id: ids.org }],
  ];
  for (const [query, variables] of queries) {
    const res = await client.query({ query, variables, fetchPolicy: 'network-only' });
    assert.ok(!res.errors, JSON.stringify(res.errors));
    const back = cache.readQuery({ query, variables });
    assert.deepEqual(back, res.data, 'Apollo cache does not read back what it was given');
  }
  const org = cache.extract()[`Organization:${ids.org}`];
  assert.ok(org && org.name, `Apollo cache lost ${ids.org}: ${JSON.stringify(org)}`);
  console.log(`apollo InMemoryCache: ${Object.keys(cache.extract()).length} objects, no warning`);
}

const dir = mkdtempSync(join(tmpdir(), 'peyvand-relaycheck-'));
let server;
let failed = false;
try {
  server = await startServer(dir);
  await compile(server.url);
  const ids = await pick(server.url);
  console.log(`checking with ${JSON.stringify(ids)}`);
  await relay(server.url, ids);
  await apollo(server.url, ids);
  if (warnings.length) {
    throw new Error(`normalization warnings:\n${warnings.join('\n')}`);
  }
  console.log('relaycheck: ok');
} catch (err) {
  failed = true;
  console.log(`relaycheck: FAIL: ${err.stack || err}`);
  if (server) console.log(`server log (tail):\n${server.log().slice(-3000)}`);
} finally {
  if (server) await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

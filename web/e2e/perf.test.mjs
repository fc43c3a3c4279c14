// Measures how the graph view copes with a 500-node neighbourhood: the
// GraphQL answers are synthetic (intercepted in the page), the page and its
// code are the real ones. The numbers go to test-output/perf.json.

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage, outDir, shot, startServer } from './helpers.mjs';

const nodeCount = 500;
const types = ['PERSON', 'PERSON', 'PERSON', 'ORGANIZATION', 'ORGANIZATION', 'EVENT', 'PROJECT', 'PLACE'];
const prefixes = { PERSON: 'per', ORGANIZATION: 'org', EVENT: 'evt', PROJECT: 'prj', PLACE: 'plc' };
const relations = { PERSON: 'HOLDS', ORGANIZATION: 'PART_OF', EVENT: 'INVOLVED_IN', PROJECT: 'RUNS', PLACE: 'LOCATED_IN' };

// synthetic builds a connected subgraph: a random tree plus extra edges,
// from a fixed seed so every run draws the same graph.
function synthetic(n) {
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const nodes = [];
  for (let i = 0; i < n; i++) {
    const type = i === 0 ? 'PERSON' : types[Math.floor(rand() * types.length)];
    nodes.push({ id: `${prefixes[type]}_${String(i).padStart(16, '0')}`, type, label: `گره شمارهٔ ${i}`, data: null });
  }
  const edges = [];
  const link = (a, b) => {
    const type = relations[nodes[b].type];
    edges.push({ id: `e_${edges.length}`, source: nodes[a].id, target: nodes[b].id, type, label: type.toLowerCase(), data: null });
  };
  for (let i = 1; i < n; i++) link(Math.floor(rand() * i), i);
  for (let i = 0; i < n / 2; i++) link(Math.floor(rand() * n), Math.floor(rand() * n));
  return { nodes, edges, truncated: false };
}

const graph = synthetic(nodeCount);

function mock(body) {
  if (body.query.includes('neighborhood(')) return { data: { neighborhood: graph } };
  if (body.query.includes('query Entity')) {
    const id = body.variables.id;
    const n = graph.nodes.find((x) => x.id === id);
    if (!n) return { data: { node: null } };
    return {
      data: {
        node: {
          __typename: 'Person', id, name: n.label, aliases: [], titles: [],
          tenures: { edges: [] }, events: { edges: [] }, evidence: [], sources: [],
        },
      },
    };
  }
  return undefined;
}

// watchBusy runs in the page before its scripts: it notes in window.__busy
// when the layout indicator shows, when a frame with it is drawn, when it
// hides, and the longest gap between heartbeats on the page's thread while
// it is up.
function watchBusy() {
  const b = (window.__busy = { beats: 0, longestGap: 0 });
  let last = performance.now();
  const beat = () => {
    const now = performance.now();
    if (b.shownAt !== undefined && b.hiddenAt === undefined) {
      b.beats++;
      if (now - last > b.longestGap) {
        b.longestGap = now - last;
        b.longestGapEnd = now;
      }
    }
    last = now;
    setTimeout(beat, 10);
  };
  setTimeout(beat, 10);
  new MutationObserver(() => {
    const el = document.querySelector('[data-testid=layout-busy]');
    if (!el) return;
    if (!el.hidden && b.shownAt === undefined) {
      b.shownAt = performance.now();
      last = b.shownAt;
      b.text = el.textContent;
      requestAnimationFrame(() => (b.paintedAt = performance.now()));
    } else if (el.hidden && b.shownAt !== undefined && b.hiddenAt === undefined) {
      b.hiddenAt = performance.now();
      b.longestGap = Math.max(b.longestGap, b.hiddenAt - last);
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden'] });
}

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (server) await server.stop();
});

function stats(frames) {
  const sorted = [...frames].sort((a, b) => a - b);
  const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  const mean = frames.reduce((a, b) => a + b, 0) / frames.length;
  return { frames: frames.length, meanMs: +mean.toFixed(1), medianMs: +q(0.5).toFixed(1), p95Ms: +q(0.95).toFixed(1), maxMs: +sorted[sorted.length - 1].toFixed(1), fps: +(1000 / mean).toFixed(1) };
}

test('a 500-node neighbourhood lays out and stays interactive', async () => {
  const { page, context, problems } = await openPage(browser, { mock });
  // The page itself notes when the layout indicator shows, when a frame
  // with it is drawn and when it hides, and a heartbeat on its main thread
  // records the longest gap between beats while the indicator is up: a
  // layout on the page's thread would stop the beats for its whole length.
  await page.addInitScript(watchBusy);
  const t0 = Date.now();
  await page.goto(`${server.base}/#/entity/${graph.nodes[0].id}`);
  // While the layout runs, the search box takes typing.
  await page.getByTestId('layout-busy').waitFor({ state: 'visible', timeout: 30000 });
  const typeStart = Date.now();
  await page.getByTestId('top-search').fill('گره');
  const typedMs = Date.now() - typeStart;
  const typedDuringLayout = await page.getByTestId('layout-busy').isVisible();
  assert.equal(await page.getByTestId('top-search').inputValue(), 'گره');
  await page.getByTestId('top-search').fill('');
  const counts = page.getByTestId('graph-status').locator('.counts');
  await counts.waitFor({ timeout: 60000 });
  const firstDrawMs = Date.now() - t0;
  assert.equal(Number(await counts.getAttribute('data-nodes')), nodeCount);
  assert.equal(Number(await counts.getAttribute('data-edges')), graph.edges.length);
  const layoutMs = Number(await counts.getAttribute('data-layout-ms'));
  const busy = await page.evaluate(() => window.__busy);
  assert.equal(busy.text, 'در حال چیدمان…');
  assert.ok(busy.paintedAt < busy.hiddenAt, `the layout indicator was not drawn before the layout: ${JSON.stringify(busy)}`);
  assert.ok(busy.hiddenAt - busy.shownAt >= layoutMs, `the indicator did not stay up during the layout: ${JSON.stringify(busy)}`);
  assert.equal(await page.getByTestId('layout-busy').isVisible(), false, 'the layout indicator stays after the layout');
  assert.ok(busy.beats >= 5, `the heartbeat beat only ${busy.beats} times during the layout: ${JSON.stringify(busy)}`);
  const busyShownMs = Math.round(busy.hiddenAt - busy.shownAt);
  const longestGapMs = Math.round(busy.longestGap);
  const busyDrawnMs = Math.round(busy.paintedAt - busy.shownAt);

  const box = await page.getByTestId('graph').boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;

  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (!window.__stopFrames) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  // Pan: drag the background; zoom: wheel in and out.
  const start = { x: box.x + 15, y: box.y + box.height - 15 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) await page.mouse.move(start.x + i * 4, start.y - i * 3);
  await page.mouse.up();
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, i < 10 ? -120 : 120);
  await page.waitForTimeout(300);
  const frames = await page.evaluate(() => {
    window.__stopFrames = true;
    return window.__frames.slice(1);
  });
  const frameStats = stats(frames);

  // A tap still answers: the panel shows the tapped node.
  const target = await page.evaluate(() => {
    const g = window.__peyvandGraph;
    const n = g.cy.nodes()[250];
    g.cy.zoom(2);
    g.cy.center(n);
    const p = n.renderedPosition();
    const r = g.cy.container().getBoundingClientRect();
    return { label: n.data('label'), x: r.left + p.x, y: r.top + p.y };
  });
  const tapStart = Date.now();
  await page.mouse.click(target.x, target.y);
  await page.getByTestId('panel').locator('h2.entity-name').filter({ hasText: target.label }).waitFor({ timeout: 10000 });
  const tapToPanelMs = Date.now() - tapStart;
  await shot(page, 'perf-500');

  const js = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js')).map((r) => ({ name: r.name.replace(location.origin, ''), transferred: r.transferSize, decoded: r.decodedBodySize })));
  const result = { nodes: nodeCount, edges: graph.edges.length, firstDrawMs, busyDrawnMs, busyShownMs, layoutMs, longestGapMs, typedMs, typedDuringLayout, tapToPanelMs, panZoom: frameStats, javascript: js };
  writeFileSync(join(outDir, 'perf.json'), JSON.stringify(result, null, 2) + '\n');
  console.log(`# perf ${JSON.stringify(result)}`);
  await context.close();

  assert.deepEqual(problems, []);
  assert.ok(layoutMs < 15000, `layout took ${layoutMs} ms`);
  // The layout runs off the page's thread: no gap near its length.
  assert.ok(longestGapMs < 300, `the page's thread stalled ${longestGapMs} ms during a ${layoutMs} ms layout`);
  assert.ok(typedDuringLayout, 'typing in the search box waited for the layout to end');
  assert.ok(frameStats.frames >= 10, `only ${frameStats.frames} frames during pan and zoom`);
  assert.ok(frameStats.p95Ms < 500, `95th percentile frame ${frameStats.p95Ms} ms`);
  assert.ok(tapToPanelMs < 5000, `tap answered in ${tapToPanelMs} ms`);
});

test('switching the language during a layout drops it and lays out afresh', async () => {
  const { page, context, problems } = await openPage(browser, { mock });
  await page.addInitScript(() => localStorage.setItem('peyvand.lang', 'fa'));
  await page.goto(`${server.base}/#/entity/${graph.nodes[0].id}`);
  await page.getByTestId('layout-busy').waitFor({ state: 'visible', timeout: 30000 });
  const workers = () => page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.includes('/assets/layout-')).length);
  // The language switch answers at once and re-draws the view; the first
  // layout's worker is stopped, and its answer never reaches the new graph.
  const clickStart = Date.now();
  await page.getByTestId('lang').click();
  await page.getByTestId('layout-busy').filter({ hasText: 'Laying out…' }).waitFor({ state: 'visible', timeout: 2000 });
  const switchMs = Date.now() - clickStart;
  const counts = page.getByTestId('graph-status').locator('.counts');
  await counts.waitFor({ timeout: 60000 });
  assert.equal(Number(await counts.getAttribute('data-nodes')), nodeCount);
  assert.equal(await page.getByTestId('layout-busy').isVisible(), false);
  assert.ok(switchMs < 2000, `the language switch took ${switchMs} ms during a layout`);
  assert.ok((await workers()) >= 1, 'the layout worker was never loaded');
  const spread = await page.evaluate(() => {
    const bb = window.__peyvandGraph.cy.nodes().boundingBox();
    return Math.min(bb.w, bb.h);
  });
  assert.ok(spread > 500, `the nodes were not laid out: bounding box side ${spread}`);
  await shot(page, 'perf-500-language-switch');
  await context.close();
  assert.deepEqual(problems, []);
});

test('without workers the layout runs on the page and still finishes', async () => {
  const { page, context, problems } = await openPage(browser, { mock });
  await page.addInitScript(() => {
    window.Worker = function Worker() {
      throw new Error('workers are disabled in this test');
    };
  });
  await page.addInitScript(watchBusy);
  await page.goto(`${server.base}/#/entity/${graph.nodes[0].id}`);
  const counts = page.getByTestId('graph-status').locator('.counts');
  await counts.waitFor({ timeout: 60000 });
  assert.equal(Number(await counts.getAttribute('data-nodes')), nodeCount);
  const busy = await page.evaluate(() => window.__busy);
  console.log(`# perf on the page's thread: layout ${await counts.getAttribute('data-layout-ms')} ms, longest gap ${Math.round(busy.longestGap)} ms`);
  assert.ok(busy.paintedAt < busy.hiddenAt, `the layout indicator was not drawn before the layout: ${JSON.stringify(busy)}`);
  assert.equal(await page.getByTestId('layout-busy').isVisible(), false);
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.includes('/assets/layout-')).length);
  assert.equal(loaded, 0, 'the worker script was fetched though no worker could be made');
  const spread = await page.evaluate(() => {
    const bb = window.__peyvandGraph.cy.nodes().boundingBox();
    return Math.min(bb.w, bb.h);
  });
  assert.ok(spread > 500, `the nodes were not laid out: bounding box side ${spread}`);
  await context.close();
  assert.deepEqual(problems, []);
});

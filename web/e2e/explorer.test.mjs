// Browser tests of the explorer page against the real server and the
// bundled corpus.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flat, shot, usePages } from './helpers.mjs';

const pages = usePages();
const open = pages.open;

// searchAndPick types into a search box and picks the option whose text
// holds want.
async function searchAndPick(page, testid, query, want) {
  const input = page.getByTestId(testid);
  await input.fill(query);
  const option = page.locator(`#${await input.getAttribute('id')}-list [role=option][data-id]`).filter({ hasText: want }).first();
  await option.waitFor({ timeout: 10000 });
  const id = await option.getAttribute('data-id');
  await option.dispatchEvent('mousedown');
  return id;
}

async function findID(page, query, want) {
  return page.evaluate(
    async ([q, w]) => {
      const res = await fetch('graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: 'query($q:String!){search(query:$q,first:10){edges{node{id ... on Person{name} ... on Organization{name}}}}}', variables: { q } }),
      });
      const body = await res.json();
      const hit = body.data.search.edges.find((e) => e.node.name.replace(/\u200c/g, ' ').includes(w));
      return hit ? hit.node.id : null;
    },
    [query, want],
  );
}

test('home page is Persian, right to left, in Vazirmatn, from loopback only', async () => {
  const page = await open();
  await page.getByTestId('home-search').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fa');
  await page.evaluate(() => document.fonts.ready);
  assert.ok(await page.evaluate(() => document.fonts.check('16px Vazirmatn', 'پیوند')), 'Vazirmatn is not loaded');
  const family = await page.locator('h1').evaluate((el) => getComputedStyle(el).fontFamily);
  assert.match(family, /Vazirmatn/);
  await shot(page, 'home');
});

test('search «عبادی» opens عیسی عبادی with his post, predecessor and evidence', async () => {
  const page = await open();
  const id = await searchAndPick(page, 'home-search', 'عبادی', 'عیسی عبادی');
  assert.match(id, /^per_/);
  await page.waitForURL(`**/#/entity/${id}`);
  const panel = page.getByTestId('panel');
  await panel.locator('h2.entity-name').filter({ hasText: 'عیسی عبادی' }).waitFor();
  const tenure = panel.locator('li.tenure').filter({ hasText: 'کانون بسیج مهندسین صنعت و معدن آبادان' }).first();
  await tenure.waitFor();
  assert.match(await tenure.locator('.tenure-head strong').innerText(), /مدیر/);
  assert.equal(flat(await tenure.locator('.predecessor a > [dir=auto]').innerText()), 'حامد حامدی زاده');
  const quote = flat(await tenure.locator('.evidence .quote').first().innerText());
  assert.match(quote, /عیسی عبادی/);
  assert.match(quote, /حامد حامدی زاده/);
  assert.ok(await tenure.locator('.evidence a.source-link').count(), 'no link to the source');
  // Codes from the server are shown in the chrome's words.
  assert.equal(flat(await tenure.locator('.began').innerText()), flat('· آغاز با: تودیع و معارفه'));
  await panel.locator('.events .part-of[data-part=ATTENDEE]', { hasText: 'حاضر' }).first().waitFor();
  await page.getByTestId('graph-status').locator('.counts').waitFor({ timeout: 15000 });
  const labels = await page.evaluate(() => window.__peyvandGraph.cy.edges().map((e) => e.data('label')));
  assert.ok(labels.includes('حاضر'), `edge labels ${labels}`);
  assert.ok(labels.includes('مشارکت در'), `edge labels ${labels}`);
  const shown = `${await panel.innerText()}\n${labels.join('\n')}\n${await page.locator('.legend').innerText()}`;
  for (const code of ['ATTENDEE', 'CHAIR', 'SPEAKER', 'HANDOVER', 'APPOINTMENT', 'INVOLVED_IN', 'PARTICIPATED_IN', 'HOLDS', 'SUCCEEDED', 'PART_OF']) {
    assert.ok(!shown.includes(code), `raw ${code} shown`);
  }
  await shot(page, 'entity-ebadi');
});

test('search is tolerant of Arabic letters and half-spaces', async () => {
  const page = await open();
  for (const [query, want] of [
    ['عبادي', 'عیسی عبادی'],
    ['حامدی‌زاده', 'حامد حامدی'],
  ]) {
    const id = await searchAndPick(page, 'home-search', query, want);
    assert.match(id, /^per_/, query);
    await page.goto(`${pages.server.base}/`);
  }
});

test('evidence links open the source text with the quote marked', async () => {
  const page = await open();
  const id = await findID(page, 'عبادی', 'عیسی عبادی');
  assert.ok(id, 'عیسی عبادی not found');
  await page.goto(`${pages.server.base}/#/entity/${id}`);
  const link = page.getByTestId('panel').locator('li.tenure .evidence a.source-link').first();
  const quote = flat(await page.getByTestId('panel').locator('li.tenure .evidence .quote').first().innerText());
  await link.click();
  await page.waitForURL(/#\/source\/src_/);
  const mark = page.getByTestId('source').locator('mark');
  await mark.waitFor();
  assert.equal(`«${flat(await mark.innerText())}»`, quote);
  await shot(page, 'source');
});

test('succession of مدیر at the Abadan engineers body shows حامد حامدی‌زاده before عیسی عبادی', async () => {
  const page = await open();
  const id = await findID(page, 'عبادی', 'عیسی عبادی');
  await page.goto(`${pages.server.base}/#/entity/${id}`);
  await page.getByTestId('panel').locator('li.tenure a.succession-link').first().click();
  await page.waitForURL(/#\/succession\/org_.*role=/);
  const view = page.getByTestId('succession');
  await view.locator('h1 a').waitFor({ timeout: 15000 }).catch(() => {});
  const error = await view.locator('.message.error').count();
  assert.equal(error, 0, `succession failed: ${error ? await view.locator('.message.error').innerText() : ''}`);
  assert.match(flat(await view.locator('h1').innerText()), /کانون بسیج مهندسین صنعت و معدن آبادان/);
  const items = view.locator('.succession-list > li');
  const names = (await items.locator('.tenure-head a > [dir=auto]').allInnerTexts()).map(flat);
  const ebadi = names.indexOf('عیسی عبادی');
  assert.ok(ebadi >= 0, `عیسی عبادی missing from ${names}`);
  const entry = items.nth(ebadi);
  assert.equal(flat(await entry.locator('.predecessor a > [dir=auto]').innerText()), 'حامد حامدی زاده');
  assert.match(flat(await entry.locator('.evidence .quote').first().innerText()), /حامد حامدی زاده/);
  await shot(page, 'succession');
});

test('the graph shows the neighbourhood and a double-click expands a node', async () => {
  const page = await open();
  const id = await findID(page, 'عبادی', 'عیسی عبادی');
  await page.goto(`${pages.server.base}/#/entity/${id}`);
  const counts = page.getByTestId('graph-status').locator('.counts');
  await counts.waitFor({ timeout: 15000 }).catch(() => {});
  const failure = page.getByTestId('graph-status').locator('.message.error');
  assert.equal(await failure.count(), 0, `neighbourhood failed: ${(await failure.count()) ? await failure.innerText() : ''}`);
  const before = Number(await counts.getAttribute('data-nodes'));
  assert.ok(before >= 2, `only ${before} nodes drawn`);
  await shot(page, 'graph-before-expand');

  // Expand the body: its other members and events come in.
  const target = await page.evaluate(() => {
    const g = window.__peyvandGraph;
    const n = g.cy.nodes('[type="ORGANIZATION"]').first();
    const p = n.renderedPosition();
    const box = g.cy.container().getBoundingClientRect();
    return { id: n.id(), x: box.left + p.x, y: box.top + p.y };
  });
  await page.mouse.dblclick(target.x, target.y);
  await page.waitForFunction((n) => Number(document.querySelector('.counts')?.dataset.nodes) > n, before, { timeout: 15000 });
  const afterCount = Number(await counts.getAttribute('data-nodes'));
  assert.ok(afterCount > before, `expand added nothing (${before} → ${afterCount})`);
  assert.match(page.url(), new RegExp(`expand=${target.id}`));
  await shot(page, 'graph-after-expand');

  // A tap opens the panel of the tapped node. The expansion laid the graph
  // out and fitted it again, so the node is looked up where it is now.
  const moved = await page.evaluate(async (id) => {
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const g = window.__peyvandGraph;
    const n = g.cy.getElementById(id);
    const p = n.renderedPosition();
    const box = g.cy.container().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, target.id);
  await page.mouse.click(moved.x, moved.y);
  await page.getByTestId('panel').locator('h2.entity-name').filter({ hasText: 'کانون' }).waitFor();

  // The deep link reopens the expanded graph.
  await page.reload();
  await page.waitForFunction((n) => Number(document.querySelector('.counts')?.dataset.nodes) >= n, afterCount, { timeout: 15000 });
});

test('how are two persons connected: path with evidence per hop', async () => {
  const page = await open('#/path');
  const from = await searchAndPick(page, 'path-from', 'عبادی', 'عیسی عبادی');
  const to = await searchAndPick(page, 'path-to', 'حامدی', 'حامد حامدی');
  await page.waitForURL(`**/#/path/${from}/${to}`);
  const result = page.getByTestId('path-result');
  await result.locator('.path-length, .message.error, .message.warn').first().waitFor({ timeout: 15000 });
  const failure = result.locator('.message');
  assert.equal(await failure.count(), 0, `path failed: ${(await failure.count()) ? await failure.innerText() : ''}`);
  const length = Number(await result.locator('.path-length').getAttribute('data-length'));
  assert.ok(length >= 1);
  const hops = result.locator('li.hop');
  assert.equal(await hops.count(), length);
  for (let i = 0; i < length; i++) {
    assert.ok(await hops.nth(i).locator('.evidence .quote').count(), `hop ${i} has no evidence`);
  }
  await shot(page, 'path');
});

test('the language switch changes the chrome, not the data', async () => {
  const page = await open();
  const id = await findID(page, 'عبادی', 'عیسی عبادی');
  await page.goto(`${pages.server.base}/#/entity/${id}`);
  const name = page.getByTestId('panel').locator('h2.entity-name');
  await name.filter({ hasText: 'عیسی عبادی' }).waitFor();
  await page.getByTestId('lang').click();
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.locator('nav a', { hasText: 'Connect two entities' }).waitFor();
  await name.filter({ hasText: 'عیسی عبادی' }).waitFor();
  assert.equal(await name.getAttribute('dir'), 'auto');
  await page.getByTestId('panel').locator('.began', { hasText: 'handover' }).first().waitFor();
  await page.getByTestId('graph-status').locator('.counts', { hasText: 'nodes' }).waitFor({ timeout: 15000 });
  const labels = await page.evaluate(() => window.__peyvandGraph.cy.edges().map((e) => e.data('label')));
  assert.ok(labels.includes('attendee'), `edge labels ${labels}`);
  assert.ok(!labels.includes('حاضر'), `edge labels ${labels}`);
  await shot(page, 'entity-english');
  await page.getByTestId('lang').click();
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
});

test('GraphiQL opens with an example tab for each view, and the first runs', async () => {
  const page = await open('graphiql');
  await page.locator('.graphiql-tab').first().waitFor({ timeout: 20000 });
  const tabs = await page.locator('.graphiql-tab').allTextContents();
  for (const want of ['Search', 'Person', 'Succession', 'Neighborhood', 'Path', 'Timeline']) {
    assert.ok(tabs.some((t) => t.includes(want)), `no ${want} tab in ${tabs}`);
  }
  const answer = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() || '').includes('query Search'));
  await page.locator('.graphiql-execute-button').click();
  const body = await (await answer).json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assert.ok(body.data.search.totalCount >= 1, 'the example search found nothing');
  await shot(page, 'graphiql');
});

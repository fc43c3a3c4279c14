// Browser tests of the views against GraphQL answers shaped by the planned
// schema (schema/*.graphqls and the issue-5 traversal queries), intercepted
// in the page, so the views are checked whatever the server holds.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shot, usePages } from './helpers.mjs';

const src = { id: 'src_0000000000000001', title: 'خبر آزمایشی', url: '' };
const ev = (quote) => [{ quote, start: 0, end: quote.length, source: src }];
const A = { id: 'per_000000000000000a', name: 'شخص الف' };
const B = { id: 'per_000000000000000b', name: 'شخص ب' };
const C = { id: 'per_000000000000000c', name: 'شخص پ' };
const O = { id: 'org_0000000000000001', name: 'نهاد نمونه' };
const date = (iso, solarHijri) => ({ iso, solarHijri, original: null, precision: 'DAY' });

const tenures = [
  {
    id: 'ten_1', role: 'مدیر', began: 'APPOINTMENT', start: date('2019-03-21', '1398-01-01'), end: date('2022-03-21', '1401-01-01'),
    person: B, organization: O, predecessor: null, successor: A, evidence: ev('شخص ب به سمت مدیر نهاد نمونه منصوب شد.'),
  },
  {
    id: 'ten_2', role: 'مدیر', began: 'HANDOVER', start: date('2022-03-21', '1401-01-01'), end: null,
    person: A, organization: O, predecessor: B, successor: null, evidence: ev('شخص الف جانشین شخص ب شد.'),
  },
];

const neighborhoods = {
  [A.id]: { nodes: [{ id: A.id, type: 'PERSON', label: A.name }, { id: O.id, type: 'ORGANIZATION', label: O.name }], edges: [{ id: 'e1', source: A.id, target: O.id, type: 'HOLDS', label: 'مدیر' }] },
  [O.id]: {
    nodes: [{ id: O.id, type: 'ORGANIZATION', label: O.name }, { id: B.id, type: 'PERSON', label: B.name }, { id: C.id, type: 'PERSON', label: C.name }, { id: A.id, type: 'PERSON', label: A.name }],
    edges: [
      { id: 'e1', source: A.id, target: O.id, type: 'HOLDS', label: 'مدیر' },
      { id: 'e2', source: B.id, target: O.id, type: 'HOLDS', label: 'مدیر' },
      { id: 'e3', source: C.id, target: O.id, type: 'HOLDS', label: 'معاون' },
      { id: 'e4', source: A.id, target: B.id, type: 'SUCCEEDED', label: 'جانشین' },
    ],
  },
};

function subgraph(ids) {
  const nodes = new Map();
  const edges = new Map();
  for (const id of ids) {
    // As on the server, a known node's neighbourhood holds at least itself.
    const seed = [A, B, C, O].find((n) => n.id === id);
    const alone = seed ? { nodes: [{ id, type: id.startsWith('org') ? 'ORGANIZATION' : 'PERSON', label: seed.name }], edges: [] } : { nodes: [], edges: [] };
    const g = neighborhoods[id] || alone;
    g.nodes.forEach((n) => nodes.set(n.id, { ...n, data: null }));
    g.edges.forEach((e) => edges.set(e.id, { ...e, data: null }));
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: false };
}

const seen = [];

function mock(body) {
  const q = body.query;
  const v = body.variables || {};
  seen.push(q.match(/query (\w+)/)?.[1]);
  if (q.includes('query Search')) {
    const hits = [A, B, C, O].filter((n) => n.name.includes(v.q.trim()));
    return { data: { search: { totalCount: hits.length, edges: hits.map((n) => ({ score: 1, node: { __typename: n.id.startsWith('org') ? 'Organization' : 'Person', ...n, titles: [] } })) } } };
  }
  if (q.includes('query Neighborhood')) return { data: { neighborhood: subgraph(v.ids) } };
  if (q.includes('query Entity')) {
    const n = [A, B, C].find((x) => x.id === v.id);
    if (n) return { data: { node: { __typename: 'Person', ...n, aliases: [], titles: [], tenures: { edges: tenures.filter((t) => t.person.id === n.id).map((node) => ({ node })) }, events: { edges: [] }, evidence: [], sources: [] } } };
    if (v.id === O.id) return { data: { node: { __typename: 'Organization', ...O, aliases: [], kind: 'نهاد', parent: null, place: null, branches: { edges: [] }, positions: { edges: [{ node: { id: 'pos_1', role: 'مدیر' } }] }, tenures: { edges: tenures.map((node) => ({ node })) }, events: { edges: [] }, projects: { edges: [] }, evidence: [] } } };
    return { data: { node: null } };
  }
  if (q.includes('query Succession')) {
    return {
      data: {
        node: { __typename: 'Organization', ...O, kind: 'نهاد', positions: { edges: [{ node: { id: 'pos_1', role: 'مدیر' } }] } },
        appointmentHistory: {
          tenures,
          issues: [
            { kind: 'GAP', message: 'no holder of مدیر from 2022-03-21 to 2022-04-20 (31 days)', role: 'مدیر', from: '2022-03-21', to: '2022-04-20', days: 31, tenures: [{ id: 'ten_1' }, { id: 'ten_2' }] },
            { kind: 'UNDATED', message: 'tenure ten_2 of مدیر has no date', role: 'مدیر', from: null, to: null, days: null, tenures: [{ id: 'ten_2' }] },
            { kind: 'SPLIT', message: 'a kind the page does not know', role: 'مدیر', from: null, to: null, days: null, tenures: [] },
          ],
        },
      },
    };
  }
  if (q.includes('query Path')) {
    if (v.to === C.id) return { data: { path: { path: null, message: 'no path within 6 hops' } } };
    return {
      data: {
        path: {
          message: null,
          path: {
            length: 2,
            nodes: [{ __typename: 'Person', ...A }, { __typename: 'Organization', ...O }, { __typename: 'Person', ...B }],
            hops: [
              { id: 'ten_2', type: 'HOLDS', source: A.id, target: O.id, label: 'مدیر', evidence: tenures[1].evidence },
              { id: 'ten_1', type: 'HOLDS', source: B.id, target: O.id, label: 'مدیر', evidence: tenures[0].evidence },
            ],
          },
        },
      },
    };
  }
  if (q.includes('query Names')) return { data: { nodes: v.ids.map((id) => [A, B, C, O].find((n) => n.id === id) || null) } };
  return { errors: [{ message: `unexpected query in test: ${q.slice(0, 40)}` }] };
}

const pages = usePages({ mock });
const open = pages.open;

const nodeCount = (page) => page.getByTestId('graph-status').locator('.counts').getAttribute('data-nodes').then(Number);

test('keyboard search: arrow down and enter open the entity', async () => {
  const page = await open('');
  await page.getByTestId('home-search').fill('شخص');
  await page.locator('[role=option][data-id]').first().waitFor();
  assert.equal(await page.locator('[role=option][data-id]').count(), 3);
  await page.getByTestId('home-search').press('ArrowDown');
  await page.getByTestId('home-search').press('ArrowDown');
  await page.getByTestId('home-search').press('Enter');
  await page.waitForURL(`**/#/entity/${B.id}`);
  await page.getByTestId('panel').locator('h2', { hasText: B.name }).waitFor();
});

test('double-click expands a node, the URL keeps it and a reload redraws it', async () => {
  const page = await open(`#/entity/${A.id}`);
  await page.getByTestId('graph-status').locator('.counts').waitFor();
  assert.equal(await nodeCount(page), 2);
  const pos = await page.evaluate((id) => {
    const g = window.__peyvandGraph;
    const p = g.cy.getElementById(id).renderedPosition();
    const r = g.cy.container().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, O.id);
  await page.mouse.dblclick(pos.x, pos.y);
  await page.waitForFunction(() => Number(document.querySelector('.counts')?.dataset.nodes) === 4);
  assert.ok(page.url().includes(`expand=${O.id}`), page.url());
  assert.ok(page.url().includes(`sel=${O.id}`), page.url());
  await page.getByTestId('panel').locator('h2', { hasText: O.name }).waitFor();
  const labels = await page.evaluate(() => Object.fromEntries(window.__peyvandGraph.cy.edges().map((e) => [e.id(), e.data('label')])));
  assert.deepEqual(labels, { e1: 'مدیر', e2: 'مدیر', e3: 'معاون', e4: 'جانشین' });
  await shot(page, 'views-expanded');
  await page.reload();
  await page.waitForFunction(() => Number(document.querySelector('.counts')?.dataset.nodes) === 4);
  await page.getByTestId('panel').locator('h2', { hasText: O.name }).waitFor();
  const classes = await page.evaluate((id) => window.__peyvandGraph.cy.getElementById(id).classes(), O.id);
  assert.ok(classes.includes('expanded'), classes.join(' '));
});

test('succession timeline shows both calendars, the chain and the evidence', async () => {
  const page = await open(`#/succession/${O.id}?role=${encodeURIComponent('مدیر')}`);
  const view = page.getByTestId('succession');
  await view.getByTestId('timeline').waitFor();
  assert.equal(await view.locator('.timeline .row').count(), 2);
  const first = view.locator('.succession-list > li').first();
  assert.match(await first.locator('.tenure-head').innerText(), new RegExp(B.name));
  const dates = await first.locator('.date').first().innerText();
  assert.match(dates, /۱۳۹۸\/۰۱\/۰۱/);
  assert.match(dates, /۲۰۱۹-۰۳-۲۱/, "the Gregorian date in Persian digits too");
  const second = view.locator('.succession-list > li').nth(1);
  assert.equal(await second.locator('.predecessor a > [dir=auto]').innerText(), B.name);
  assert.match(await second.locator('.evidence .quote').innerText(), /جانشین شخص ب/);
  assert.equal(await view.locator('.roles a[aria-current=page]').innerText(), 'مدیر');
  // Issues read as sentences in the chrome's language, made from their fields.
  const gap = await view.locator('.issues li[data-kind=GAP]').innerText();
  assert.match(gap, /^فاصله: از ۱۴۰۱\/۰۱\/۰۱ \(۲۰۲۲-۰۳-۲۱\) تا ۱۴۰۱\/۰۱\/۳۱ \(۲۰۲۲-۰۴-۲۰\) \(۳۱ روز\) کسی در سمت «مدیر» ثبت نشده است\.$/, gap);
  const undated = await view.locator('.issues li[data-kind=UNDATED]').innerText();
  assert.match(undated, new RegExp(`^بی‌تاریخ: تصدی ●?${A.name} در سمت «مدیر» تاریخ ندارد`), undated);
  assert.equal(await view.locator('.issues li[data-kind=SPLIT] .issue-text').innerText(), 'a kind the page does not know');
  assert.ok(!(await view.locator('.issues').innerText()).includes('no holder'), 'the server message is shown in Persian');
  // Bars run with the reading direction: the earlier tenure starts right of the later one.
  const bars = await view.locator('.timeline .bar').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
  assert.ok(bars[0] > bars[1], `bars ${bars}`);
  await shot(page, 'views-succession');
});

test('path view draws the hops with evidence, and says when there is none', async () => {
  const page = await open(`#/path/${A.id}/${B.id}`);
  const result = page.getByTestId('path-result');
  await result.locator('.path-length').waitFor();
  assert.equal(await result.locator('li.hop').count(), 2);
  assert.equal(await result.locator('li.hop .evidence .quote').count(), 2);
  assert.equal(await page.getByTestId('path-from').inputValue(), A.name);
  assert.equal(await page.getByTestId('path-to').inputValue(), B.name);
  assert.equal(await page.evaluate(() => document.querySelector('.path-canvas canvas') !== null), true);
  await shot(page, 'views-path');
  await page.goto(`${pages.server.base}/#/path/${A.id}/${C.id}`);
  await result.locator('.message.warn', { hasText: 'مسیری با حداکثر ۶ گام پیدا نشد.' }).waitFor();
  assert.equal(await result.locator('.message.warn').getAttribute('title'), 'no path within 6 hops');
});

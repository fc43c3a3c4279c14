// Browser tests of what a Persian reader relies on in the explorer: the
// graph stays in view after an expansion and after «نمایش کامل», on a
// desktop and a phone; labels tell similar names apart; digits are Persian
// in Persian chrome; the source page shows its title and file as given; an
// unknown ID gives one message. Screenshots go to test-output/.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flat, shot, usePages } from './helpers.mjs';

const pages = usePages();
const desktop = { open: (route) => pages.open(route) };
const phone = { open: (route) => pages.open(route, { viewport: { width: 390, height: 800 } }) };

// gql runs a query from the page.
function gql(page, query, variables = {}) {
  return page.evaluate(
    async ([q, v]) => {
      const res = await fetch('graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: q, variables: v }) });
      return (await res.json()).data;
    },
    [query, variables],
  );
}

// orgID finds a body whose name holds want.
async function orgID(page, q, want) {
  const d = await gql(page, 'query($q:String!){search(query:$q,first:20){edges{node{id ... on Organization{name}}}}}', { q });
  const hit = d.search.edges.find((e) => e.node.name && flat(e.node.name).includes(flat(want)));
  assert.ok(hit, `no body named ${want}`);
  return hit.node.id;
}

// counts waits for the graph's node count to differ from before.
async function counts(page, before = -1) {
  const loc = page.getByTestId('graph-status').locator('.counts');
  await loc.waitFor({ timeout: 30000 });
  await page.waitForFunction((b) => {
    const c = document.querySelector('[data-testid=graph-status] .counts');
    return c && Number(c.dataset.nodes) !== b;
  }, before, { timeout: 30000 });
  return Number(await loc.getAttribute('data-nodes'));
}

// inView checks that the canvas is within the window and every node and
// label within the canvas.
async function inView(page, what) {
  const r = await page.evaluate(() => {
    const g = window.__peyvandGraph;
    const box = g.cy.elements().renderedBoundingBox({ includeLabels: true });
    const c = document.querySelector('[data-testid=graph]').getBoundingClientRect();
    return { box, w: g.cy.width(), h: g.cy.height(), top: c.top, bottom: c.bottom, vh: innerHeight, scrollY };
  });
  assert.ok(r.top >= 0 && r.bottom <= r.vh + 1, `${what}: the canvas [${r.top}, ${r.bottom}] is not within the window (height ${r.vh})`);
  assert.ok(r.h <= r.vh, `${what}: the canvas is ${r.h} px high in a ${r.vh} px window`);
  const slack = 2;
  assert.ok(r.box.x1 >= -slack && r.box.y1 >= -slack && r.box.x2 <= r.w + slack && r.box.y2 <= r.h + slack,
    `${what}: the graph ${JSON.stringify(r.box)} leaves the ${r.w}×${r.h} canvas`);
}

async function expandAndFit(page, name) {
  const id = await orgID(page, 'سازمان بسیج مهندسین صنعت و معدن', 'سازمان بسیج مهندسین صنعت و معدن');
  await page.goto(`${page.url().split('#')[0]}#/entity/${id}`);
  const n0 = await counts(page);
  await inView(page, 'first drawing');
  // Double-click the neighbour with the most edges.
  const other = await page.evaluate((focus) => {
    const nodes = window.__peyvandGraph.cy.nodes().filter((n) => n.id() !== focus);
    return nodes.max((n) => n.degree()).ele.id();
  }, id);
  // The callbacks return nothing: Cytoscape's calls return the collection
  // or the core, which Playwright would try to copy out of the page whole.
  await page.evaluate((o) => {
    window.__peyvandGraph.cy.getElementById(o).emit('dbltap');
  }, other);
  const n1 = await counts(page, n0);
  assert.ok(n1 > n0, `expanding added no node (${n0} → ${n1})`);
  await page.waitForTimeout(300);
  await inView(page, 'after expand');
  await shot(page, `${name}-after-expand`);
  await page.evaluate(() => {
    window.__peyvandGraph.cy.zoom(3);
  });
  await page.getByTestId('fit').click();
  await page.waitForTimeout(300);
  await inView(page, 'after Fit');
  await shot(page, `${name}-after-fit`);
}

test('desktop: after expand and «نمایش کامل» the graph is in the visible canvas; the legend is open', async () => {
  const page = await desktop.open();
  await expandAndFit(page, 'desktop');
  assert.equal(await page.getByTestId('legend').evaluate((d) => d.open), true);
  // The fitted graph keeps clear of the open legend.
  const clear = await page.evaluate(() => {
    const k = document.querySelector('[data-testid=legend]').getBoundingClientRect();
    const c = document.querySelector('[data-testid=graph]').getBoundingClientRect();
    const bb = window.__peyvandGraph.cy.elements().renderedBoundingBox({ includeLabels: true });
    return { legendRight: k.right - c.left, graphLeft: bb.x1 };
  });
  assert.ok(clear.graphLeft >= clear.legendRight, `the legend covers the graph: ${JSON.stringify(clear)}`);
  assert.equal(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1), true, 'the page scrolls: the panel stretches the view');
});

test('phone: after expand and «نمایش کامل» the graph is in the visible canvas; the legend is folded', async () => {
  const page = await phone.open();
  await expandAndFit(page, 'phone');
  assert.equal(await page.getByTestId('legend').evaluate((d) => d.open), false);
  const search = await page.getByTestId('top-search').boundingBox();
  assert.ok(search.width > 300, `the search box is ${search.width} px wide on a phone`);
});

test('a small laptop window: after expand and «نمایش کامل» the graph is in the visible canvas', async () => {
  const page = await pages.open('', { viewport: { width: 1024, height: 640 } });
  await expandAndFit(page, 'laptop');
});

test('labels tell names that differ only at the end apart, the full name on hover, and do not overlap', async () => {
  const page = await desktop.open();
  const id = await orgID(page, 'سازمان بسیج مهندسین صنعت و معدن', 'سازمان بسیج مهندسین صنعت و معدن');
  await page.goto(`${page.url().split('#')[0]}#/entity/${id}`);
  const n = await counts(page);
  const labels = await page.evaluate(() => window.__peyvandGraph.cy.nodes().map((x) => ({ id: x.id(), label: x.data('label'), full: x.data('full') })));
  const similar = labels.filter((l) => flat(l.full).startsWith('کانون بسیج مهندسین صنعت'));
  assert.ok(similar.length >= 2, `only ${similar.length} «کانون بسیج مهندسین صنعت ...» nodes: ${labels.map((l) => l.full)}`);
  assert.equal(new Set(similar.map((l) => l.label)).size, similar.length, `labels alike: ${similar.map((l) => l.label)}`);
  for (const l of similar) {
    const last = l.full.split(/\s+/).pop();
    assert.ok(l.label.includes(last), `«${l.label}» hides what names «${l.full}»`);
  }
  // Hover shows the full name.
  const hovered = await page.evaluate((x) => {
    const g = window.__peyvandGraph;
    g.cy.getElementById(x).emit('mouseover');
    return g.cy.container().title;
  }, similar[0].id);
  assert.equal(hovered, similar[0].full);
  // No two node labels overlap.
  assert.ok(n >= 10, `the neighbourhood has ${n} nodes`);
  const overlaps = await page.evaluate(() => {
    const boxes = window.__peyvandGraph.cy.nodes().map((x) => ({ l: x.data('label'), b: x.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }) }));
    const out = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].b;
        const b = boxes[j].b;
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) out.push(`${boxes[i].l} / ${boxes[j].l}`);
      }
    }
    return out;
  });
  assert.deepEqual(overlaps, [], 'labels overlap');
  await shot(page, 'labels');
});

test('Persian chrome writes Persian digits: succession numbers, dates, counts; dates do not wrap', async () => {
  const page = await desktop.open();
  const id = await orgID(page, 'کانون بسیج مهندسین صنعت و معدن آبادان', 'آبادان');
  await page.goto(`${page.url().split('#')[0]}#/succession/${id}`);
  const view = page.getByTestId('succession');
  await view.locator('.succession-list > li').first().waitFor({ timeout: 15000 });
  assert.equal(await view.locator('.succession-list').evaluate((ol) => getComputedStyle(ol).listStyleType), 'persian');
  const dates = await page.locator('.date').evaluateAll((els) => els.map((e) => ({ text: e.innerText, ws: getComputedStyle(e).whiteSpace })));
  assert.ok(dates.length > 0, 'no date shown');
  for (const d of dates) {
    assert.doesNotMatch(d.text, /[0-9]/, `Latin digits in «${d.text}»`);
    assert.equal(d.ws, 'nowrap', `the date «${d.text}» may wrap`);
  }
  const chips = await page.locator('.chips li').evaluateAll((els) => els.map((e) => getComputedStyle(e).whiteSpace));
  assert.ok(chips.every((w) => w === 'nowrap'));
  await shot(page, 'succession-digits');
  // A dated event's panel: both calendars in Persian digits.
  const evs = await gql(page, '{events(first: 20){edges{node{id date{iso}}}}}');
  const ev = evs.events.edges.map((e) => e.node).find((e) => e.date && e.date.iso);
  assert.ok(ev, 'no dated event');
  await page.goto(`${page.url().split('#')[0]}#/entity/${ev.id}`);
  const dated = page.getByTestId('panel').locator('.date[data-iso]:not([data-iso=""])');
  await dated.first().waitFor({ timeout: 15000 });
  for (const text of await dated.allInnerTexts()) {
    assert.doesNotMatch(text, /[0-9]/, `Latin digits in the date «${text}»`);
    assert.match(text, /[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2} \([۰-۹]{4}-[۰-۹]{2}-[۰-۹]{2}\)/, text);
  }
  assert.ok(await dated.evaluateAll((els) => els.every((e) => getComputedStyle(e).whiteSpace === 'nowrap' && e.getClientRects().length === 1)), 'a date wraps');
});

test('the search placeholder sits on the right in Persian chrome', async () => {
  const page = await desktop.open();
  const input = page.getByTestId('home-search');
  await input.waitFor();
  for (const box of [input, page.getByTestId('top-search')]) {
    assert.equal(await box.inputValue(), '');
    assert.equal(await box.evaluate((e) => getComputedStyle(e).direction), 'rtl');
  }
  await page.getByTestId('top-search').fill('abc');
  assert.equal(await page.getByTestId('top-search').evaluate((e) => getComputedStyle(e).direction), 'ltr', 'typed Latin text keeps its own direction');
});

test('the source page shows the document title and file name as given', async () => {
  const page = await desktop.open();
  const ev = await gql(page, 'query($q:String!){search(query:$q,first:1){edges{node{... on Organization{evidence{source{id title file}}}}}}}', { q: 'کانون بسیج مهندسین صنعت و معدن آبادان' });
  const source = ev.search.edges[0].node.evidence[0].source;
  await page.goto(`${page.url().split('#')[0]}#/source/${source.id}`);
  const title = page.getByTestId('source-title');
  await title.waitFor();
  assert.equal(await title.innerText(), source.title);
  assert.equal(await page.getByTestId('source-file').locator('bdi').innerText(), source.file);
  await shot(page, 'source-title');
});

test('an unknown ID gives one translated message and no legend over an empty canvas', async () => {
  const page = await desktop.open('#/entity/org_000000000000');
  const msg = page.getByTestId('not-found');
  await msg.waitFor({ timeout: 15000 });
  assert.equal(await page.locator('.message').count(), 1);
  assert.equal(flat(await page.locator('.message').innerText()), flat('در گراف موجودیتی با این شناسه نیست.'));
  assert.equal(await page.locator('.legend').count(), 0);
  assert.equal(await page.locator('[data-testid=graph]').count(), 0);
  await shot(page, 'unknown-id');
});

// Browser test of the review page against the real server with an editor
// key: a planted pair (a full name in one made-up report, the surname
// alone in another, which ingestion proposes rather than joins) is listed
// side by side with its evidence; merging it removes it and shows the
// merged node; undoing brings both back; dismissing removes it, undoing
// the dismissal brings it back, and a dismissal stays across reloads.
// Screenshots go to test-output/.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flat, shot, usePages } from './helpers.mjs';

const editorKey = 'review-e2e-secret';
const pages = usePages({ server: { args: ['--api-keys', `curator:${editorKey}:editor`] } });

// Two made-up reports: the full name in one, the surname after a title in
// the other.
const reports = {
  'review-full.txt': 'دکتر پرویز نمونه‌زاده به عنوان مدیر کل بنیاد نمونه‌پژوهی منصوب شد.\n',
  'review-surname.txt': 'سرهنگ نمونه‌زاده در نشست امروز سخن گفت.\n',
};
const full = 'پرویز نمونه‌زاده';
const surname = 'نمونه‌زاده';

// gql runs a query from the page as the editor.
async function gql(page, query, variables = {}) {
  const body = await page.evaluate(
    async ([q, v, key]) => {
      const res = await fetch('graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: q, variables: v }),
      });
      return res.json();
    },
    [query, variables, editorKey],
  );
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

// personIDs finds the IDs of the persons a search for q gives, by name.
async function personIDs(page, q) {
  const d = await gql(page, 'query($q:String!){search(query:$q,first:20){edges{node{id ... on Person{name}}}}}', { q });
  return Object.fromEntries(d.search.edges.filter((e) => e.node.name).map((e) => [flat(e.node.name), e.node.id]));
}

// pairCard returns the card of the pair of x and y (it may be absent); a
// pair's side a is the ID that sorts first.
function pairCard(page, x, y) {
  const [a, b] = [x, y].sort();
  return page.locator(`[data-testid=pair][data-a="${a}"][data-b="${b}"]`);
}

// The review queue runs on either store: run.sh runs this file a second
// time with the server on a real Neo4j (PEYVAND_E2E_STORE=neo4j, and the
// NEO4J_* settings of tools/neo4j/run.sh). The server's log says which store
// it opened, so a run meant for Neo4j never passes on the embedded store.
test('the server serves the review queue from the store this run asks for', () => {
  const want = process.env.PEYVAND_E2E_STORE || 'embedded';
  assert.match(pages.server.log(), new RegExp(`msg=store kind=${want}\\b`), pages.server.log());
});

test('the review page lists a planted pair, merges it, undoes the merge, dismisses it and undoes that', async () => {
  const page = await pages.open('#/review');
  // Without a key the page asks for one and sends nothing.
  await page.getByTestId('review-status').getByText('کلید ویرایشگر').waitFor();
  for (const [name, text] of Object.entries(reports)) {
    const d = await gql(page, 'mutation($n:String!,$t:String!){ingestDocument(name:$n,text:$t){nodesCreated errors}}', { n: name, t: text });
    assert.deepEqual(d.ingestDocument.errors, [], `${name}: ${d.ingestDocument.errors}`);
  }

  const ids = await personIDs(page, surname);
  const fullID = ids[flat(full)];
  const surnameID = ids[flat(surname)];
  assert.ok(fullID && surnameID && fullID !== surnameID, `the planted persons are not two: ${JSON.stringify(ids)}`);
  const plantedPair = (p) => pairCard(p, fullID, surnameID);

  await page.getByTestId('review-key').fill(editorKey);
  await page.getByTestId('review-key-save').click();
  const card = plantedPair(page);
  await card.waitFor({ timeout: 30000 });
  assert.equal(await card.count(), 1);
  const keep = fullID < surnameID ? 'a' : 'b';
  const other = keep === 'a' ? 'b' : 'a';
  // Side by side: both names, the reason, a score and each side's sentence.
  assert.ok(flat(await card.getByTestId(`side-${keep}`).innerText()).includes('منصوب شد'), 'the full name lacks its sentence');
  assert.ok(flat(await card.getByTestId(`side-${other}`).innerText()).includes('سخن گفت'), 'the surname lacks its sentence');
  assert.equal(await card.locator('[data-reason=NAME_EXTENDS]').count(), 1);
  assert.match(await card.getByTestId('score').innerText(), /[۰-۹]+٪/);
  const [ta, tb] = await card.locator('.side').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
  assert.ok(ta > tb, 'in Persian the first side stands on the right');
  await card.scrollIntoViewIfNeeded();
  await shot(page, 'review-queue');
  // On a phone the sides stack and nothing runs off the screen.
  await page.setViewportSize({ width: 390, height: 800 });
  const [pa, pb] = await card.locator('.side').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
  assert.ok(pb > pa, 'on a phone the sides do not stack');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'the review page runs off a phone screen');
  await shot(page, 'review-queue-phone');
  await page.setViewportSize({ width: 1400, height: 900 });

  // Merge the surname into the full name.
  await card.getByTestId(`merge-into-${keep}`).click();
  const merged = page.getByTestId('decision').filter({ hasText: 'ادغام شد' });
  await merged.waitFor();
  await plantedPair(page).waitFor({ state: 'detached' });
  assert.ok(flat(await merged.innerText()).includes(flat(full)), 'the decision does not name the survivor');
  assert.ok(flat(await merged.locator('.meta').innerText()).includes(flat(surname)), 'the survivor lacks the merged name among its aliases');
  assert.equal(await merged.locator('a.entity-link').getAttribute('data-id'), fullID);
  const during = await gql(page, 'query($id:ID!){node(id:$id){id}}', { id: surnameID });
  assert.equal(during.node.id, fullID, 'the merged ID does not resolve to the survivor');
  assert.equal((await personIDs(page, surname))[flat(surname)], undefined, 'the merged node is still found on its own');
  await shot(page, 'review-merged');

  // Undo: both are back, and so is the pair.
  await merged.getByTestId('undo').click();
  const undone = page.getByTestId('decision').getByTestId('undone');
  await undone.waitFor();
  assert.equal(await undone.locator('a.entity-link').count(), 2, 'the undone decision does not link both nodes');
  await plantedPair(page).waitFor();
  assert.deepEqual(await personIDs(page, surname), ids, 'after undo the search does not find both');
  const back = await gql(page, 'query($id:ID!){node(id:$id){id}}', { id: surnameID });
  assert.equal(back.node.id, surnameID, 'the unmerged ID still resolves to the survivor');
  await shot(page, 'review-undone');

  // Dismiss, undo it, dismiss again: the pair goes, comes back, goes, and
  // does not come back on a fresh page, which still has the key.
  const dismissed = () => page.locator('[data-testid=decision][data-kind=dismiss]').filter({ has: page.getByTestId('undo') });
  await plantedPair(page).getByTestId('dismiss').click();
  await dismissed().waitFor();
  await plantedPair(page).waitFor({ state: 'detached' });
  await dismissed().getByTestId('undo').click();
  await page.locator('[data-testid=decision][data-kind=dismiss]').getByTestId('undone').waitFor();
  await plantedPair(page).waitFor();
  await shot(page, 'review-undismissed');
  await plantedPair(page).getByTestId('dismiss').click();
  await dismissed().waitFor();
  await plantedPair(page).waitFor({ state: 'detached' });
  const log = await gql(page, '{auditLog(first:5){action}}');
  assert.deepEqual(log.auditLog.map((r) => r.action), ['dismissDuplicate', 'undoDismissal', 'dismissDuplicate', 'unmerge', 'mergeEntities']);

  await page.reload();
  assert.equal(await page.getByTestId('review-key').inputValue(), editorKey, 'the key was not kept');
  await page.getByTestId('review-status').getByText('جفت').waitFor();
  assert.equal(await plantedPair(page).count(), 0, 'a dismissed pair came back');
});

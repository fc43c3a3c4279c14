// The review page of duplicate candidates, for editors: pairs side by side
// with their evidence, reasons and score, and the decisions merge and
// dismiss, each of which can be undone (unmerge, undoDismissal). The editor's API key is typed in the page
// and kept in the browser the way the chrome language is.

import { dismissMutation, duplicatesQuery, mergeMutation, request, undoDismissalMutation, unmergeMutation } from './api.js';
import { digits, fillIn, t, word } from './i18n.js';
import { nameOf } from './types.js';
import { data, entityLink, errorMessage, evidenceList, fill, h, message } from './ui.js';

const keyStorage = 'peyvand.key';

// pageSize is how many pairs one request of the queue brings.
const pageSize = 20;

// reviewTypes are the types the queue has pairs of.
const reviewTypes = ['PERSON', 'ORGANIZATION'];

// decisions are this session's decisions, newest first, kept across views
// so that an undo stays at hand after the queue is read again.
const decisions = [];

function savedKey() {
  try {
    return localStorage.getItem(keyStorage) || '';
  } catch {
    return '';
  }
}

function saveKey(key) {
  try {
    if (key) localStorage.setItem(keyStorage, key);
    else localStorage.removeItem(keyStorage);
  } catch {
    // Not remembered when storage is disabled; the page still uses it.
  }
}

// reviewView shows the queue of type params.get('type') (persons unless
// ORGANIZATION) and the decisions made here.
export function reviewView(root, params) {
  const type = reviewTypes.includes(params.get('type')) ? params.get('type') : 'PERSON';
  let key = savedKey();
  let ctrl = null;
  let after = null;

  const keyInput = h('input', {
    type: 'password', class: 'key-input', id: 'review-key', autocomplete: 'off', dir: 'ltr',
    value: key, 'data-testid': 'review-key',
  });
  const keyForm = h(
    'form',
    {
      class: 'key-form',
      onsubmit: (e) => {
        e.preventDefault();
        key = keyInput.value.trim();
        saveKey(key);
        load();
      },
    },
    h('label', { for: 'review-key' }, t('apiKey')),
    keyInput,
    h('button', { type: 'submit', 'data-testid': 'review-key-save' }, t('saveKey')),
    h('button', {
      type: 'button',
      'data-testid': 'review-key-forget',
      onclick: () => {
        key = '';
        keyInput.value = '';
        saveKey('');
        load();
      },
    }, t('forgetKey')),
  );
  const tabs = h(
    'nav',
    { class: 'roles review-types' },
    reviewTypes.map((rt) =>
      h('a', { href: `#/review?type=${rt}`, 'aria-current': rt === type ? 'page' : null, 'data-testid': `review-type-${rt}` }, word('entity', rt)),
    ),
  );
  const log = h('section', { class: 'decisions', 'data-testid': 'decisions', 'aria-live': 'polite' });
  const status = h('div', { class: 'review-status', 'data-testid': 'review-status' });
  const list = h('div', { class: 'pairs', 'data-testid': 'pairs' });
  const more = h('button', { type: 'button', class: 'more', hidden: true, 'data-testid': 'review-more', onclick: () => load(after) }, t('morePairs'));

  root.append(
    h(
      'section',
      { class: 'review-view' },
      h('h1', {}, t('reviewTitle')),
      h('p', { class: 'intro' }, t('reviewIntro')),
      keyForm,
      tabs,
      log,
      status,
      list,
      more,
    ),
  );

  // run sends a decision and, when it succeeds, records it and reads the
  // queue again.
  async function run(query, variables, record) {
    try {
      const res = await request(query, variables, undefined, key);
      record(res);
    } catch (err) {
      fill(status, errorMessage(err));
      return;
    }
    showDecisions();
    load();
  }

  function showDecisions() {
    if (!decisions.length) {
      fill(log);
      return;
    }
    fill(log, h('h2', {}, t('decisions')), h('ul', {}, decisions.map(decisionItem)));
  }

  function decisionItem(d) {
    const li = h('li', { class: `decision ${d.kind}${d.undone ? ' undone' : ''}`, 'data-testid': 'decision', 'data-kind': d.kind });
    if (d.kind === 'merge') {
      if (d.undone) {
        li.append(h('strong', { 'data-testid': 'undone' }, ...fillIn(t('unmerged'), { from: entityLink(d.from), into: entityLink(d.into) })));
      } else {
        li.append(...fillIn(t('mergedInto'), { from: data(nameOf(d.from)), into: entityLink(d.into) }));
        if (d.into.aliases?.length) li.append(' ', h('span', { class: 'meta' }, `${t('aliases')}: `, data(d.into.aliases.join('، '))));
        li.append(' ', h('button', {
          type: 'button',
          'data-testid': 'undo',
          onclick: () => run(unmergeMutation, { id: d.from.id }, () => { d.undone = true; }),
        }, t('undo')));
      }
    } else if (d.undone) {
      li.append(h('strong', { 'data-testid': 'undone' }, ...fillIn(t('undismissed'), { a: entityLink(d.a), b: entityLink(d.b) })));
    } else {
      li.append(...fillIn(t('dismissedPair'), { a: entityLink(d.a), b: entityLink(d.b) }));
      li.append(' ', h('button', {
        type: 'button',
        'data-testid': 'undo',
        onclick: () => run(undoDismissalMutation, { a: d.a.id, b: d.b.id }, () => { d.undone = true; }),
      }, t('undo')));
    }
    return li;
  }

  function pairCard(p) {
    const { a, b } = p;
    const merge = (keep, gone) => () =>
      run(mergeMutation, { from: gone.node.id, into: keep.node.id }, (res) => {
        decisions.unshift({ kind: 'merge', from: gone.node, into: res.mergeEntities });
      });
    const dismiss = () =>
      run(dismissMutation, { a: a.node.id, b: b.node.id }, () => {
        decisions.unshift({ kind: 'dismiss', a: a.node, b: b.node });
      });
    return h(
      'article',
      { class: 'pair', 'data-testid': 'pair', 'data-a': a.node.id, 'data-b': b.node.id },
      h(
        'header',
        { class: 'pair-head' },
        h('span', { class: 'score', 'data-testid': 'score' }, `${t('score')}: `, h('bdi', {}, fillIn(t('percent'), { n: digits(Math.round(p.score * 100)) }).join(''))),
        h('ul', { class: 'chips reasons' }, p.reasons.map((r) => h('li', { 'data-reason': r }, word('reason', r)))),
      ),
      h(
        'div',
        { class: 'sides' },
        [[a, b, 'a'], [b, a, 'b']].map(([side, other, which]) =>
          h(
            'div',
            { class: 'side', 'data-testid': `side-${which}` },
            h('h3', {}, entityLink(side.node)),
            sideFacts(side.node),
            evidenceList(side.evidence) || h('p', { class: 'meta' }, t('noEvidence')),
            h('button', { type: 'button', class: 'merge', 'data-testid': `merge-into-${which}`, onclick: merge(side, other) }, t('keepThis')),
          ),
        ),
      ),
      h('footer', { class: 'pair-actions' }, h('button', { type: 'button', class: 'dismiss', 'data-testid': 'dismiss', onclick: dismiss }, t('notSame'))),
    );
  }

  async function load(cursor = null) {
    if (ctrl) ctrl.abort();
    if (!key) {
      fill(status, message(t('needKey')));
      fill(list);
      more.hidden = true;
      return;
    }
    ctrl = new AbortController();
    const mine = ctrl;
    if (!cursor) fill(status, message(t('loading')));
    let page;
    try {
      page = (await request(duplicatesQuery, { type, first: pageSize, after: cursor }, mine.signal, key)).duplicateCandidates;
    } catch (err) {
      if (err.name === 'AbortError') return;
      fill(status, errorMessage(err));
      fill(list);
      more.hidden = true;
      return;
    }
    if (mine !== ctrl) return;
    const total = page.totalCount;
    const count = total === 1 ? t('oneCandidate') : fillIn(t('candidates'), { n: digits(total) }).join('');
    fill(status, message(total ? count : t('noCandidates')));
    const cards = page.edges.map((e) => pairCard(e.node));
    if (cursor) list.append(...cards);
    else fill(list, cards);
    after = page.pageInfo.endCursor;
    more.hidden = !page.pageInfo.hasNextPage;
  }

  showDecisions();
  load();
  return () => {
    if (ctrl) ctrl.abort();
  };
}

// sideFacts lists what tells a side apart: a person's titles and other
// names, a body's kind and other names.
function sideFacts(n) {
  const items = [];
  if (n.titles?.length) items.push(h('li', {}, `${t('titles')}: `, data(n.titles.join('، '))));
  if (n.kind) items.push(h('li', {}, `${t('kind')}: `, data(n.kind)));
  if (n.aliases?.length) items.push(h('li', {}, `${t('aliases')}: `, data(n.aliases.join('، '))));
  return items.length ? h('ul', { class: 'facts' }, items) : null;
}

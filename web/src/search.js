// The search box: asks the API as the reader types and lists what matches.
// The API does the Persian-aware matching (ی/ي, half-spaces, honorifics).

import { request, searchQuery } from './api.js';
import { t } from './i18n.js';
import { entityTypes, nameOf, typeOfNode } from './types.js';
import { data, errorText, fill, formatDate, h, typeName } from './ui.js';

const debounceMs = 120;
let boxes = 0;

// searchBox returns a combobox; onPick gets the chosen node.
export function searchBox({ onPick, placeholder = t('searchPlaceholder'), label = t('searchLabel'), value = '', testid = 'search' }) {
  const id = `search-${++boxes}`;
  const input = h('input', {
    type: 'search',
    id,
    class: 'search-input',
    placeholder,
    'aria-label': label,
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': `${id}-list`,
    autocomplete: 'off',
    dir: 'auto',
    'data-testid': testid,
  });
  input.value = value;
  const list = h('ul', { id: `${id}-list`, class: 'search-results', role: 'listbox', hidden: true });
  const box = h('div', { class: 'search-box' }, input, list);

  let timer = 0;
  let controller = null;
  let results = [];
  let active = -1;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  }

  function pick(i) {
    const node = results[i];
    if (!node) return;
    close();
    input.value = nameOf(node);
    onPick(node);
  }

  function highlight(i) {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (list.children[i]) input.setAttribute('aria-activedescendant', list.children[i].id);
  }

  function render(edges) {
    results = edges.map((e) => e.node);
    fill(list);
    if (!results.length) {
      list.append(h('li', { class: 'empty', role: 'option', 'aria-disabled': 'true' }, t('noResults')));
    }
    results.forEach((node, i) => {
      const type = typeOfNode(node);
      const info = entityTypes[type] || {};
      list.append(
        h(
          'li',
          {
            id: `${id}-opt-${i}`,
            role: 'option',
            'aria-selected': 'false',
            'data-id': node.id,
            onmousedown: (ev) => {
              ev.preventDefault();
              pick(i);
            },
          },
          h('span', { class: 'glyph', style: `color:${info.color}`, 'aria-hidden': 'true' }, info.glyph),
          data(nameOf(node), 'span', { class: 'name' }),
          node.titles && node.titles.length ? data(node.titles.join('، '), 'span', { class: 'sub' }) : null,
          node.date ? h('span', { class: 'sub' }, formatDate(node.date)) : null,
          h('span', { class: 'type' }, typeName(type)),
        ),
      );
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  }

  async function run(q) {
    if (controller) controller.abort();
    controller = new AbortController();
    box.classList.add('busy');
    try {
      const d = await request(searchQuery, { q, first: 12 }, controller.signal);
      render(d.search.edges);
    } catch (err) {
      if (err.name === 'AbortError') return;
      results = [];
      fill(list, h('li', { class: 'empty error', role: 'option', 'aria-disabled': 'true' }, errorText(err)));
      list.hidden = false;
    } finally {
      box.classList.remove('busy');
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) {
      if (controller) controller.abort();
      close();
      return;
    }
    timer = setTimeout(() => run(q), debounceMs);
  });
  input.addEventListener('keydown', (ev) => {
    if (list.hidden) return;
    if (ev.key === 'ArrowDown') {
      ev.preventDefault();
      highlight(Math.min(active + 1, results.length - 1));
    } else if (ev.key === 'ArrowUp') {
      ev.preventDefault();
      highlight(Math.max(active - 1, 0));
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      pick(active >= 0 ? active : 0);
    } else if (ev.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  return box;
}

// Small DOM builders shared by the views: elements, links, dates and the
// evidence of a fact.

import { digits, lang, t, word } from './i18n.js';
import { entityTypes, nameOf, typeOfID, typeOfNode } from './types.js';

// h makes an element with attributes and children; strings become text
// nodes, so data is never parsed as HTML.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  append(el, children);
  return el;
}

// fill replaces el's children the way h adds them: nulls are skipped and
// arrays flattened.
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

// data wraps text that comes from the graph: it keeps its own direction
// whatever the chrome's language.
export function data(text, tag = 'span', attrs = {}) {
  return h(tag, { dir: 'auto', lang: 'fa', ...attrs }, text);
}

// entityLink links to an entity's view, marked with its type.
export function entityLink(node) {
  if (!node) return null;
  const type = typeOfNode(node) || typeOfID(node.id);
  const info = entityTypes[type];
  return h(
    'a',
    { href: `#/entity/${encodeURIComponent(node.id)}`, class: 'entity-link', 'data-id': node.id },
    info ? h('span', { class: 'glyph', style: `color:${info.color}`, 'aria-hidden': 'true' }, info.glyph) : null,
    data(nameOf(node)),
  );
}

// typeName returns the chrome name of an entity type.
export function typeName(type) {
  return word('entity', type);
}

// formatDate writes a date in both calendars: Solar Hijri first in
// Persian, Gregorian first in English.
export function formatDate(d) {
  if (!d) return h('span', { class: 'date undated' }, t('undated'));
  // Solar Hijri dates read yyyy/mm/dd, as Persian readers write them.
  const solar = d.solarHijri ? shorten(d.solarHijri, d.precision).replaceAll('-', '/') : '';
  const iso = shorten(d.iso, d.precision);
  const parts = lang() === 'fa' ? [solar, iso] : [iso, solar];
  const [first, second] = parts.filter(Boolean);
  return h(
    'span',
    { class: 'date', title: d.original || '', 'data-iso': d.iso, 'data-solar': d.solarHijri || '' },
    h('bdi', { class: 'date-main' }, digits(first)),
    second ? [' ', h('bdi', { class: 'date-alt' }, digits(`(${second})`))] : null,
  );
}

const solarDays = new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });

// formatDay writes a day given as ISO YYYY-MM-DD the way formatDate writes
// a Date, working out its Solar Hijri form itself.
export function formatDay(iso) {
  if (!iso) return formatDate(null);
  const when = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(when.getTime())) return h('span', { class: 'date' }, iso);
  const p = Object.fromEntries(solarDays.formatToParts(when).map((x) => [x.type, x.value]));
  return formatDate({ iso, solarHijri: `${p.year}-${p.month}-${p.day}`, precision: 'DAY' });
}

// shorten drops the parts of a date its precision does not know.
function shorten(s, precision) {
  if (!s) return '';
  if (precision === 'YEAR') return s.slice(0, 4);
  if (precision === 'MONTH') return s.slice(0, 7);
  return s;
}

// evidenceList shows the quoted sentences behind a fact, each with a link to
// the source text and, when known, to the original article.
export function evidenceList(list) {
  if (!list || !list.length) return null;
  return h(
    'ul',
    { class: 'evidence' },
    list.map((ev) =>
      h(
        'li',
        {},
        data(`«${ev.quote}»`, 'q', { class: 'quote' }),
        h(
          'span',
          { class: 'cite' },
          h(
            'a',
            { href: `#/source/${encodeURIComponent(ev.source.id)}?s=${ev.start}&e=${ev.end}`, class: 'source-link' },
            t('viewSource'),
            ': ',
            data(ev.source.title || ev.source.id),
          ),
          ev.source.url
            ? h('a', { href: ev.source.url, class: 'external', target: '_blank', rel: 'noopener noreferrer' }, ` ${t('original')} ↗`)
            : null,
        ),
      ),
    ),
  );
}

// section is a titled part of a panel, left out when it has no content.
export function section(title, ...content) {
  // An empty list counts as nothing, so a panel shows no bare headings.
  const kept = content.flat().filter((c) => c && !(c instanceof Element && c.matches('ul, ol') && !c.children.length));
  if (!kept.length) return null;
  return h('section', { class: 'part' }, h('h3', {}, title), kept);
}

// message shows a status or error line.
export function message(text, kind = 'info') {
  return h('p', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

// errorText words an error: a failed request in the chrome's language, an
// error the server explains in the server's words.
export function errorText(err) {
  const reasons = { network: 'networkError', status: 'statusError' };
  const what = reasons[err.reason] ? `${t(reasons[err.reason])} (${err.detail})` : err.message;
  return `${t('error')}: ${what}`;
}

// errorMessage shows an error the way the page reports any failure.
export function errorMessage(err) {
  return message(errorText(err), 'error');
}

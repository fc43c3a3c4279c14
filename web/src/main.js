// The explorer page: a shell (title, search, navigation, language switch)
// and a hash router that opens one view per URL.

import './style.css';
import { lang, setLang, t } from './i18n.js';
import { searchBox } from './search.js';
import { h } from './ui.js';
import { reviewView } from './review.js';
import { entityView, go, homeView, pathView, sourceView, successionView } from './views.js';

let cleanup = null;

// parse splits a hash route into its path segments and query parameters.
function parse(hash) {
  const raw = hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?');
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { segments, params: new URLSearchParams(query) };
}

function shell() {
  const header = h(
    'header',
    { class: 'top' },
    h('a', { href: '#/', class: 'brand' }, t('appName')),
    searchBox({ onPick: (n) => go(`/entity/${encodeURIComponent(n.id)}`), testid: 'top-search' }),
    h(
      'nav',
      { class: 'nav' },
      h('a', { href: '#/path' }, t('navPath')),
      h('a', { href: '#/review', 'data-testid': 'nav-review' }, t('navReview')),
      h(
        'button',
        {
          type: 'button',
          class: 'lang',
          lang: lang() === 'fa' ? 'en' : 'fa',
          title: t('languageTitle'),
          'data-testid': 'lang',
          onclick: () => {
            setLang(lang() === 'fa' ? 'en' : 'fa');
            render();
          },
        },
        t('language'),
      ),
    ),
  );
  const main = h('main', { id: 'view' });
  document.body.replaceChildren(header, main);
  return main;
}

function render() {
  if (cleanup) {
    cleanup();
    cleanup = null;
  }
  document.title = t('appName');
  const main = shell();
  const { segments, params } = parse(location.hash);
  const [view, a, b] = segments;
  let done;
  switch (view) {
    case 'entity':
      done = a ? entityView(main, a, params) : homeView(main);
      break;
    case 'succession':
      done = successionView(main, a, params);
      break;
    case 'path':
      done = pathView(main, a, b);
      break;
    case 'source':
      done = sourceView(main, a, params);
      break;
    case 'review':
      done = reviewView(main, params);
      break;
    default:
      done = homeView(main);
  }
  if (typeof done === 'function') cleanup = done;
  window.scrollTo(0, 0);
}

setLang(lang());
window.addEventListener('hashchange', render);
render();

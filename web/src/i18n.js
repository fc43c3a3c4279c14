// The page's own words in Persian and English. Only the chrome is
// translated: names, quotes and titles from the graph stay as written.

const words = {
  fa: {
    appName: 'پیوند',
    tagline: 'کاوش در گراف اشخاص، نهادها، سمت‌ها و رویدادها',
    searchPlaceholder: 'جست‌وجوی نام شخص، نهاد، رویداد…',
    searchLabel: 'جست‌وجو',
    noResults: 'چیزی پیدا نشد.',
    navSearch: 'جست‌وجو',
    navPath: 'ارتباط دو موجودیت',
    language: 'English',
    languageTitle: 'Switch to English',
    legend: 'راهنما',
    fit: 'نمایش کامل',
    zoomIn: 'بزرگ‌نمایی',
    zoomOut: 'کوچک‌نمایی',
    relayout: 'چینش دوباره',
    expandHint: 'برای گسترش، روی گره دوبار کلیک کنید.',
    truncated: 'بخشی از همسایگی به‌خاطر محدودیت نمایش داده نشد.',
    loading: 'در حال بارگذاری…',
    error: 'خطا',
    notFound: 'پیدا نشد.',
    names: 'نام‌ها',
    aliases: 'نام‌های دیگر',
    titles: 'عنوان‌ها',
    kind: 'نوع',
    tenures: 'سمت‌ها',
    holders: 'دارندگان سمت‌ها',
    events: 'رویدادها',
    projects: 'طرح‌ها',
    branches: 'زیرمجموعه‌ها',
    parent: 'زیرمجموعهٔ',
    place: 'مکان',
    organization: 'نهاد',
    organizations: 'نهادها',
    participants: 'حاضران',
    figures: 'ارقام',
    evidence: 'شواهد',
    sources: 'منابع',
    source: 'منبع',
    viewSource: 'متن منبع',
    original: 'نشانی اصلی',
    predecessor: 'پیشین',
    successor: 'پسین',
    from: 'از',
    to: 'تا',
    undated: 'بی‌تاریخ',
    present: 'اکنون',
    began: 'آغاز با',
    succession: 'توالی تصدی',
    successionOf: 'توالی تصدی سمت‌ها در',
    allPosts: 'همهٔ سمت‌ها',
    issues: 'ناسازگاری‌ها',
    noTenures: 'سمتی ثبت نشده است.',
    openGraph: 'نمایش در گراف',
    pathTitle: 'این دو چگونه به هم مرتبط‌اند؟',
    pathFrom: 'از',
    pathTo: 'به',
    pathFind: 'یافتن مسیر',
    pathLength: 'طول مسیر',
    hops: 'گام‌ها',
    noPath: 'مسیری پیدا نشد.',
    published: 'تاریخ انتشار',
    homeIntro: 'نام شخص یا نهادی را بنویسید تا گراف پیرامونش را ببینید، سمت‌ها و جانشینی‌ها را دنبال کنید و برای هر گزاره جملهٔ منبع را بخوانید.',
    part: { CHAIR: 'رئیس جلسه', SPEAKER: 'سخنران', ATTENDEE: 'حاضر' },
    beganKind: { APPOINTMENT: 'انتصاب', HANDOVER: 'تودیع و معارفه', DECREE: 'حکم', STATED: 'ذکر در خبر' },
    calendarSolar: 'خورشیدی',
    calendarIso: 'میلادی',
    close: 'بستن',
  },
  en: {
    appName: 'Peyvand',
    tagline: 'Explore the graph of persons, bodies, posts and events',
    searchPlaceholder: 'Search a person, body, event…',
    searchLabel: 'Search',
    noResults: 'Nothing found.',
    navSearch: 'Search',
    navPath: 'Connect two entities',
    language: 'فارسی',
    languageTitle: 'به فارسی',
    legend: 'Legend',
    fit: 'Fit',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    relayout: 'Lay out again',
    expandHint: 'Double-click a node to expand it.',
    truncated: 'Part of the neighbourhood was cut off by the limit.',
    loading: 'Loading…',
    error: 'Error',
    notFound: 'Not found.',
    names: 'Names',
    aliases: 'Aliases',
    titles: 'Titles',
    kind: 'Kind',
    tenures: 'Posts',
    holders: 'Post holders',
    events: 'Events',
    projects: 'Projects',
    branches: 'Branches',
    parent: 'Part of',
    place: 'Place',
    organization: 'Body',
    organizations: 'Bodies',
    participants: 'Participants',
    figures: 'Figures',
    evidence: 'Evidence',
    sources: 'Sources',
    source: 'Source',
    viewSource: 'Source text',
    original: 'Original URL',
    predecessor: 'Predecessor',
    successor: 'Successor',
    from: 'from',
    to: 'to',
    undated: 'undated',
    present: 'present',
    began: 'Began by',
    succession: 'Succession',
    successionOf: 'Succession of posts at',
    allPosts: 'All posts',
    issues: 'Issues',
    noTenures: 'No posts recorded.',
    openGraph: 'Show in graph',
    pathTitle: 'How are these two connected?',
    pathFrom: 'From',
    pathTo: 'To',
    pathFind: 'Find path',
    pathLength: 'Path length',
    hops: 'Hops',
    noPath: 'No path found.',
    published: 'Published',
    homeIntro: 'Type the name of a person or body to see the graph around it, follow posts and successions, and read the source sentence behind every fact.',
    part: { CHAIR: 'chair', SPEAKER: 'speaker', ATTENDEE: 'attendee' },
    beganKind: { APPOINTMENT: 'appointment', HANDOVER: 'handover', DECREE: 'decree', STATED: 'stated in a report' },
    calendarSolar: 'Solar Hijri',
    calendarIso: 'Gregorian',
    close: 'Close',
  },
};

const storageKey = 'peyvand.lang';

let current = 'fa';
try {
  const saved = localStorage.getItem(storageKey);
  if (saved === 'en' || saved === 'fa') current = saved;
} catch {
  // Storage may be disabled; Persian stays the default.
}

// lang returns the current chrome language, 'fa' or 'en'.
export function lang() {
  return current;
}

// setLang switches the chrome language and remembers the choice.
export function setLang(l) {
  current = l === 'en' ? 'en' : 'fa';
  try {
    localStorage.setItem(storageKey, current);
  } catch {
    // Not remembered when storage is disabled.
  }
  document.documentElement.lang = current;
  document.documentElement.dir = current === 'fa' ? 'rtl' : 'ltr';
}

// t returns the chrome word for key in the current language.
export function t(key) {
  return words[current][key] ?? words.fa[key] ?? key;
}

const persianDigits = '۰۱۲۳۴۵۶۷۸۹';

// digits writes Latin digits as Persian ones when the chrome is Persian.
export function digits(s) {
  if (current !== 'fa') return String(s);
  return String(s).replace(/[0-9]/g, (d) => persianDigits[d]);
}

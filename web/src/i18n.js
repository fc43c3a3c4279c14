// The page's own words in Persian and English. Only the chrome is
// translated: names, quotes and titles from the graph stay as written.

const words = {
  fa: {
    appName: 'پیوند',
    tagline: 'کاوش در گراف اشخاص، نهادها، سمت‌ها و رویدادها',
    searchPlaceholder: 'جست‌وجوی نام شخص، نهاد، رویداد…',
    searchLabel: 'جست‌وجو',
    noResults: 'چیزی پیدا نشد.',
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
    networkError: 'سرور در دسترس نیست',
    statusError: 'پاسخ نامعتبر از سرور',
    date: 'تاریخ',
    notFound: 'پیدا نشد.',
    noEntity: 'در گراف موجودیتی با این شناسه نیست.',
    file: 'پرونده',
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
    pathLength: 'طول مسیر',
    published: 'تاریخ انتشار',
    homeIntro: 'نام شخص یا نهادی را بنویسید تا گراف پیرامونش را ببینید، سمت‌ها و جانشینی‌ها را دنبال کنید و برای هر گزاره جملهٔ منبع را بخوانید.',
    part: { CHAIR: 'رئیس جلسه', SPEAKER: 'سخنران', ATTENDEE: 'حاضر' },
    beganKind: { APPOINTMENT: 'انتصاب', HANDOVER: 'تودیع و معارفه', DECREE: 'حکم', STATED: 'ذکرشده در خبر' },
    entity: { PERSON: 'شخص', ORGANIZATION: 'نهاد', EVENT: 'رویداد', PROJECT: 'طرح', PLACE: 'مکان', SOURCE: 'منبع' },
    relation: {
      HOLDS: 'سمت',
      PART_OF: 'زیرمجموعهٔ',
      PARTICIPATED_IN: 'حضور در',
      INVOLVED_IN: 'مشارکت در',
      RUNS: 'مجری',
      LOCATED_IN: 'واقع در',
      SUCCEEDED: 'جانشین',
    },
    eventType: {
      meeting: 'جلسه',
      ceremony: 'مراسم',
      visit: 'بازدید',
      workshop: 'کارگاه',
      inspection: 'بازرسی',
      exhibition: 'نمایشگاه',
      opening: 'افتتاح',
      statement: 'اظهارات',
      other: 'سایر',
    },
    issueKind: { GAP: 'فاصله', OVERLAP: 'هم‌پوشانی', UNDATED: 'بی‌تاریخ' },
    issue: {
      GAP: 'از {from} تا {to} ({days} روز) کسی در سمت «{role}» ثبت نشده است.',
      OVERLAP: 'از {from} تا {to} ({days} روز) دو نفر هم‌زمان در سمت «{role}» ثبت شده‌اند.',
      UNDATED: 'تصدی {person} در سمت «{role}» تاریخ ندارد و جایش در زنجیره قطعی نیست.',
    },
    navReview: 'بازبینی تکراری‌ها',
    reviewTitle: 'بازبینی موجودیت‌های تکراری',
    reviewIntro: 'هر جفت ممکن است یک موجودیت باشد. با کلید ویرایشگر، یکی را نگه دارید و دیگری را در آن ادغام کنید، یا جفت را کنار بگذارید. هر دو تصمیم برگرداندنی است؛ جفتِ کنارگذاشته تا برگرداندنش دوباره پیشنهاد نمی‌شود.',
    apiKey: 'کلید API ویرایشگر',
    saveKey: 'به‌کار بردن کلید',
    forgetKey: 'فراموش کردن کلید',
    needKey: 'برای دیدن صف بازبینی، کلید ویرایشگر را وارد کنید.',
    score: 'امتیاز',
    reason: {
      SAME_NAME: 'نام یکسان',
      NAME_EXTENDS: 'یک نام، کامل‌شدهٔ دیگری',
      SAME_BODY: 'سمت در یک نهاد',
      SAME_POST: 'سمت یکسان در یک نهاد',
      OVERLAPPING_TENURES: 'تصدی هم‌زمان یک سمت',
      SHARED_EVENTS: 'رویدادهای مشترک',
      SAME_PLACE: 'مکان یکسان',
      SAME_PARENT: 'زیرمجموعهٔ یک نهاد',
    },
    keepThis: 'نگه داشتن این و ادغام دیگری در آن',
    notSame: 'این دو یکی نیستند',
    noEvidence: 'شاهدی ثبت نشده است.',
    candidates: '{n} جفت نامزد',
    oneCandidate: 'یک جفت نامزد',
    noCandidates: 'جفت نامزدی نمانده است.',
    morePairs: 'جفت‌های بیشتر',
    decisions: 'تصمیم‌های این نشست',
    mergedInto: '«{from}» در «{into}» ادغام شد.',
    dismissedPair: '«{a}» و «{b}» یکی نیستند؛ این جفت دیگر پیشنهاد نمی‌شود.',
    undismissed: 'کنار گذاشتن «{a}» و «{b}» برگردانده شد؛ این جفت دوباره در صف است.',
    undo: 'برگرداندن',
    unmerged: 'ادغام «{from}» در «{into}» برگردانده شد؛ هر دو جدا از هم‌اند.',
    percent: '{n}٪',
    someone: 'یک نفر',
    noPathWithin: 'مسیری با حداکثر {hops} گام پیدا نشد.',
    counts: '{nodes} گره، {edges} یال.',
    layingOut: 'در حال چیدمان…',
    close: 'بستن',
  },
  en: {
    appName: 'Peyvand',
    tagline: 'Explore the graph of persons, bodies, posts and events',
    searchPlaceholder: 'Search a person, body, event…',
    searchLabel: 'Search',
    noResults: 'Nothing found.',
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
    networkError: 'the server cannot be reached',
    statusError: 'the server gave no valid answer',
    date: 'Date',
    notFound: 'Not found.',
    noEntity: 'The graph has no entity with this ID.',
    file: 'File',
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
    pathLength: 'Path length',
    published: 'Published',
    homeIntro: 'Type the name of a person or body to see the graph around it, follow posts and successions, and read the source sentence behind every fact.',
    part: { CHAIR: 'chair', SPEAKER: 'speaker', ATTENDEE: 'attendee' },
    beganKind: { APPOINTMENT: 'appointment', HANDOVER: 'handover ceremony', DECREE: 'decree', STATED: 'stated in a report' },
    entity: { PERSON: 'Person', ORGANIZATION: 'Body', EVENT: 'Event', PROJECT: 'Project', PLACE: 'Place', SOURCE: 'Source' },
    relation: {
      HOLDS: 'holds post',
      PART_OF: 'part of',
      PARTICIPATED_IN: 'took part in',
      INVOLVED_IN: 'involved in',
      RUNS: 'runs',
      LOCATED_IN: 'located in',
      SUCCEEDED: 'succeeded',
    },
    eventType: {
      meeting: 'meeting',
      ceremony: 'ceremony',
      visit: 'visit',
      workshop: 'workshop',
      inspection: 'inspection',
      exhibition: 'exhibition',
      opening: 'opening',
      statement: 'statement',
      other: 'other',
    },
    issueKind: { GAP: 'Gap', OVERLAP: 'Overlap', UNDATED: 'Undated' },
    issue: {
      GAP: 'Nobody is recorded as «{role}» from {from} to {to} ({days} days).',
      OVERLAP: 'Two people are recorded as «{role}» at once from {from} to {to} ({days} days).',
      UNDATED: 'The tenure of {person} as «{role}» has no date, so its place in the chain is uncertain.',
    },
    navReview: 'Review duplicates',
    reviewTitle: 'Review duplicate entities',
    reviewIntro: 'Each pair may be one entity. With an editor key, keep one and merge the other into it, or set the pair aside. Both decisions can be undone; a pair set aside is not proposed again unless that is undone.',
    apiKey: 'Editor API key',
    saveKey: 'Use key',
    forgetKey: 'Forget key',
    needKey: 'Enter an editor key to see the review queue.',
    score: 'Score',
    reason: {
      SAME_NAME: 'same name',
      NAME_EXTENDS: 'one name extends the other',
      SAME_BODY: 'posts in the same body',
      SAME_POST: 'same post in the same body',
      OVERLAPPING_TENURES: 'same post at the same time',
      SHARED_EVENTS: 'shared events',
      SAME_PLACE: 'same place',
      SAME_PARENT: 'branches of the same body',
    },
    keepThis: 'Keep this one, merge the other into it',
    notSame: 'These two are not the same',
    noEvidence: 'No evidence recorded.',
    candidates: '{n} candidate pairs',
    oneCandidate: 'One candidate pair',
    noCandidates: 'No candidate pairs left.',
    morePairs: 'More pairs',
    decisions: "This session's decisions",
    mergedInto: '«{from}» was merged into «{into}».',
    dismissedPair: '«{a}» and «{b}» are not the same; the pair is not proposed again.',
    undismissed: 'Setting «{a}» and «{b}» aside was undone; the pair is in the queue again.',
    undo: 'Undo',
    unmerged: 'The merge of «{from}» into «{into}» was undone; the two stand apart again.',
    percent: '{n}%',
    someone: 'someone',
    noPathWithin: 'No path within {hops} hops.',
    counts: '{nodes} nodes, {edges} edges.',
    layingOut: 'Laying out…',
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

// word returns the chrome name of a code in a group of codes (relation,
// part, beganKind, eventType, ...), or the code itself when it has none.
export function word(group, code) {
  if (code === undefined || code === null || code === '') return '';
  const g = t(group);
  return (g && typeof g === 'object' && g[code]) || code;
}

// known reports whether a group of codes names code.
export function known(group, code) {
  const g = t(group);
  return Boolean(g && typeof g === 'object' && Object.hasOwn(g, code));
}

// fillIn puts values into a template's {name} slots and returns the pieces,
// so that a value may be an element (a date, a link) rather than text.
export function fillIn(template, values) {
  return template.split(/(\{\w+\})/).filter(Boolean).map((part) => {
    const m = /^\{(\w+)\}$/.exec(part);
    return m && Object.hasOwn(values, m[1]) ? values[m[1]] : part;
  });
}

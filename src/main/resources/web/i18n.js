// Arabic first, English on request: the strings of the browser pages, and the switch between them.
// The choice is remembered (localStorage) and can be forced with ?lang=en or ?lang=ar.

const STRINGS = {
  ar: {
    'brand': 'أخبار · Akhbar',
    'nav.explorer': 'المستكشف',
    'nav.query': 'الاستعلام',
    'nav.ontology': 'الأنطولوجيا',
    'lang.toggle': 'English',
    'title.explorer': 'المستكشف · أخبار',
    'title.query': 'محرر الاستعلام · أخبار',
    'search.label': 'ابحث عن اسم',
    'search.placeholder': 'مثلاً: زيلينسكي أو Putin',
    'search.button': 'بحث',
    'search.none': 'لا نتائج',
    'search.busy': 'جارٍ البحث…',
    'filters.types': 'الأنواع',
    'filters.article': 'المقال',
    'filters.allArticles': 'كل المقالات',
    'view.title': 'العرض',
    'view.fit': 'ملاءمة',
    'view.layout': 'إعادة الترتيب',
    'view.reset': 'إعادة التحميل',
    'export.title': 'تصدير العرض الحالي',
    'status.loading': 'جارٍ تحميل الشبكة…',
    'status.shown': 'المعروض: {nodes} عقدة و{edges} صلة',
    'status.capped': 'المعروض: {nodes} من {total} عقدة (الأكثر ترابطاً)؛ ابحث أو انقر عقدة لتوسيعها',
    'status.empty': 'لا مقالات في المخزن بعد',
    'status.error': 'تعذّر إكمال الطلب: {message}',
    'details.hint': 'انقر عقدة لعرض تفاصيلها وتوسيع جيرانها.',
    'details.page': 'صفحة المورد',
    'details.wikidata': 'ويكي بيانات',
    'details.posts': 'المناصب',
    'details.holders': 'يشغله',
    'details.statements': 'تصريحاته',
    'details.about': 'تصريحات عنه',
    'details.statement': 'التصريح',
    'details.speaker': 'المتحدث',
    'details.mode': 'صيغة النقل',
    'details.topics': 'عن',
    'details.via': 'عبر',
    'details.occasion': 'المناسبة',
    'details.participants': 'المشاركون',
    'details.location': 'المكان',
    'details.date': 'التاريخ',
    'details.duration': 'المدة',
    'details.events': 'الأحداث',
    'details.source': 'في النص',
    'details.articles': 'يرد في المقالات',
    'details.links': 'صلات أخرى',
    'mode.Direct': 'نقل مباشر',
    'mode.Partial': 'اقتباس جزئي',
    'mode.Indirect': 'نقل غير مباشر',
    'query.examples': 'أسئلة الدليل',
    'query.hint': 'محرر SPARQL لنقطة {endpoint}. اضغط Ctrl+Enter للتنفيذ. البادئات المعروفة تُضاف تلقائياً.',
    'query.prefixes': 'أضف البادئات',
    'query.graph': 'رسم',
  },
  en: {
    'brand': 'Akhbar · أخبار',
    'nav.explorer': 'Explorer',
    'nav.query': 'Query',
    'nav.ontology': 'Ontology',
    'lang.toggle': 'العربية',
    'title.explorer': 'Explorer · Akhbar',
    'title.query': 'Query editor · Akhbar',
    'search.label': 'Search for a name',
    'search.placeholder': 'e.g. Zelensky or بوتين',
    'search.button': 'Search',
    'search.none': 'No results',
    'search.busy': 'Searching…',
    'filters.types': 'Types',
    'filters.article': 'Article',
    'filters.allArticles': 'All articles',
    'view.title': 'View',
    'view.fit': 'Fit',
    'view.layout': 'Re-layout',
    'view.reset': 'Reload',
    'export.title': 'Export the current view',
    'status.loading': 'Loading the network…',
    'status.shown': 'Showing {nodes} nodes and {edges} links',
    'status.capped': 'Showing {nodes} of {total} nodes (the most connected); search or click a node to expand',
    'status.empty': 'No articles in the store yet',
    'status.error': 'The request failed: {message}',
    'details.hint': 'Click a node to see its details and expand its neighbours.',
    'details.page': 'Resource page',
    'details.wikidata': 'Wikidata',
    'details.posts': 'Posts',
    'details.holders': 'Held by',
    'details.statements': 'Statements',
    'details.about': 'Statements about it',
    'details.statement': 'Statement',
    'details.speaker': 'Speaker',
    'details.mode': 'Mode',
    'details.topics': 'About',
    'details.via': 'Via',
    'details.occasion': 'Occasion',
    'details.participants': 'Participants',
    'details.location': 'Location',
    'details.date': 'Date',
    'details.duration': 'Duration',
    'details.events': 'Events',
    'details.source': 'In the text',
    'details.articles': 'Appears in',
    'details.links': 'Other links',
    'mode.Direct': 'direct speech',
    'mode.Partial': 'partial quotation',
    'mode.Indirect': 'indirect speech',
    'query.examples': 'The README questions',
    'query.hint': 'SPARQL editor for {endpoint}. Ctrl+Enter runs the query. Known prefixes are added for you.',
    'query.prefixes': 'Add prefixes',
    'query.graph': 'Graph',
  },
};

const listeners = [];
let current = initial();

function initial() {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl === 'ar' || fromUrl === 'en') {
    return fromUrl;
  }
  try {
    const saved = localStorage.getItem('akhbar.lang');
    if (saved === 'ar' || saved === 'en') {
      return saved;
    }
  } catch {
    // storage may be disabled; Arabic is the default
  }
  return 'ar';
}

export function lang() {
  return current;
}

/** The string for key in the current language, with {name} placeholders filled from vars. */
export function t(key, vars = {}) {
  const s = STRINGS[current][key] ?? STRINGS.en[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
}

/** Calls f now and whenever the language changes. */
export function onLanguage(f) {
  listeners.push(f);
  f(current);
}

export function setLanguage(l) {
  current = l;
  try {
    localStorage.setItem('akhbar.lang', l);
  } catch {
    // not remembered, still switched
  }
  apply();
  listeners.forEach((f) => f(current));
}

/** Sets lang/dir on the page and fills every [data-i18n] element (and [data-i18n-placeholder]). */
export function apply() {
  document.documentElement.lang = current;
  document.documentElement.dir = current === 'ar' ? 'rtl' : 'ltr';
  document.querySelectorAll('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset.i18n);
  });
  document.querySelectorAll('[data-i18n-placeholder]').forEach((el) => {
    el.placeholder = t(el.dataset.i18nPlaceholder);
  });
  const title = document.querySelector('title[data-i18n-title]');
  if (title) {
    document.title = t(title.dataset.i18nTitle);
  }
}

/** Wires the header's language button. */
export function installToggle(button) {
  button.addEventListener('click', () => setLanguage(current === 'ar' ? 'en' : 'ar'));
  onLanguage(() => {
    button.textContent = t('lang.toggle');
    button.lang = current === 'ar' ? 'en' : 'ar';
  });
}

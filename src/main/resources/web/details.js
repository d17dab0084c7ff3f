// The side panel: what one node is, in both languages, with its links — posts, statements with
// the sentence they come from (the quoted span highlighted), events, places — and the articles it
// appears in. Links to other nodes select them in the network.

import { h, highlighted } from './dom.js';
import { t, lang } from './i18n.js';
import { swatch, TYPE, PREDICATES } from './style.js';
import { href } from './graph-model.js';

export function nodeName(n) {
  if (!n) return '';
  if (n.type === 'Statement') return n.text || n.ar || '';
  if (lang() === 'en') return n.en || (n.type === 'Event' && n.subtype ? capital(n.subtype) : n.ar) || n.text || n.id;
  return n.ar || n.en || n.text || n.id;
}

const ARABIC = /[\u0600-\u06FF]/;

function capital(s) {
  return s.charAt(0).toUpperCase() + s.slice(1).replace(/-/g, ' ');
}

function typeName(n) {
  const ty = TYPE[n.type];
  return ty ? ty[lang()] : n.type;
}

export function renderDetails(panel, d, articles, onSelect) {
  const n = d.node || { id: d.id, type: '' };
  const nodeLink = (m) => h('a', {
    href: href(m.id),
    class: 'node-link',
    dataset: { id: m.id },
    onclick: (ev) => {
      ev.preventDefault();
      onSelect(m.id);
    },
  }, h('span', { html: swatch(m.type, 12) }), ' ', h('span', { lang: ARABIC.test(nodeName(m)) ? 'ar' : 'en' }, nodeName(m)));

  const sections = [];
  const title = h('div', { class: 'details-head' },
    h('span', { html: swatch(n.type, 20) }),
    h('div', {},
      h('h2', { id: 'details-title' }, nodeName(n)),
      h('p', { class: 'labels' },
        d.ar.length ? h('span', { lang: 'ar', dir: 'rtl', class: 'label-ar' }, d.ar[0]) : null,
        d.ar.length && d.en.length ? ' · ' : null,
        d.en.length ? h('span', { lang: 'en', dir: 'ltr', class: 'label-en' }, d.en[0]) : null),
      h('p', { class: 'type' }, typeName(n), n.subtype ? ` · ${n.subtype}` : '')));
  sections.push(title);

  const links = [h('a', { href: href(d.id), class: 'resource-page' }, t('details.page'))];
  d.wikidata.forEach((w) => links.push(' · ', h('a', { href: href(w), class: 'wikidata', rel: 'noopener', target: '_blank' },
    `${t('details.wikidata')} ${w.slice(w.lastIndexOf('/') + 1)}`)));
  sections.push(h('p', { class: 'links' }, links));
  if (d.alt.length) {
    sections.push(h('p', { class: 'alt', lang: 'ar' }, d.alt.join(' · ')));
  }

  if (n.type === 'Statement') {
    const text = d.literals.find((l) => l.p === 'text');
    if (text) sections.push(h('blockquote', { lang: 'ar', dir: 'rtl', class: 'statement-text' }, text.value));
    if (d.mode) sections.push(fact(t('details.mode'), t('mode.' + d.mode)));
  }
  const literal = (p, key) => d.literals.filter((l) => l.p === p).forEach((l) => sections.push(fact(t(key), l.value)));
  literal('date', 'details.date');
  literal('duration', 'details.duration');

  if (d.posts.length) {
    sections.push(section(t('details.posts'), 'posts', d.posts.map((p) => h('li', {}, nodeLink(p.post),
      p.of ? h('span', { class: 'of' }, ' — ', nodeLink(p.of)) : null))));
  }

  const outgoing = (pred) => d.links.filter((l) => l.dir === 'out' && l.predicate === pred).map((l) => l.other);
  const incoming = (pred) => d.links.filter((l) => l.dir === 'in' && l.predicate === pred).map((l) => l.other);
  const group = (title, cls, nodes) => {
    if (nodes.length) sections.push(section(title, cls, nodes.map((m) => h('li', {}, nodeLink(m)))));
  };
  if (n.type === 'Statement') {
    group(t('details.speaker'), 'speaker', outgoing('speaker'));
    group(t('details.topics'), 'topics', outgoing('about'));
    group(t('details.via'), 'via', outgoing('via'));
    group(t('details.occasion'), 'occasion', outgoing('occasion'));
  }
  if (n.type === 'Event') {
    group(t('details.participants'), 'participants', outgoing('participant'));
    group(t('details.location'), 'location', outgoing('location'));
  }
  if (n.type === 'Position') {
    group(t('details.holders'), 'holders', incoming('holdsPosition'));
  }
  group(t('details.events'), 'events', [...incoming('participant'), ...incoming('location')]);

  if (d.statements.length) {
    sections.push(section(t('details.statements'), 'statements', d.statements.map((s) => statementItem(s, nodeLink, false))));
  }
  if (d.about.length) {
    sections.push(section(t('details.about'), 'about', d.about.map((s) => statementItem(s, nodeLink, true))));
  }
  if (d.evidence.length && n.type !== 'Article') {
    // one line per sentence, every span of this node in it marked
    const bySentence = new Map();
    d.evidence.forEach((e) => {
      const key = e.article + ' ' + e.sentence;
      if (!bySentence.has(key)) bySentence.set(key, { sentence: e.sentence, spans: [] });
      bySentence.get(key).spans.push([e.begin, e.end]);
    });
    sections.push(section(t('details.source'), 'evidence', [...bySentence.values()].map((s) => h('li', {},
      highlighted(s.sentence, s.spans[0][0], s.spans[0][1], s.spans.slice(1))))));
  }

  const shown = new Set(['speaker', 'about', 'via', 'occasion', 'participant', 'location', 'holdsPosition']);
  const other = d.links.filter((l) => !shown.has(l.predicate) && l.other.type !== 'Article');
  if (other.length) {
    sections.push(section(t('details.links'), 'other-links', other.map((l) => h('li', {},
      h('span', { class: 'predicate' }, (PREDICATES[l.predicate] || {})[lang()] || l.predicate, l.dir === 'in' ? ' ←' : ' →'), ' ',
      nodeLink(l.other)))));
  }

  const inArticles = (n.articles || []).map((a) => articles.find((x) => x.id === a) || { id: a, title: a });
  if (inArticles.length) {
    sections.push(section(t('details.articles'), 'articles', inArticles.map((a) => h('li', {},
      h('a', { href: href(a.id), lang: 'ar' }, a.title), a.published ? h('small', {}, ' ', a.published) : null))));
  }
  panel.replaceChildren(...sections);
}

function fact(name, value) {
  return h('p', { class: 'fact' }, h('strong', {}, name, ': '), value);
}

function section(title, cls, items) {
  return h('section', { class: 'details-section ' + cls }, h('h3', {}, title), h('ul', {}, items));
}

function statementItem(s, nodeLink, withSpeaker) {
  return h('li', { class: 'statement', dataset: { id: s.id } },
    withSpeaker && s.speaker ? h('div', { class: 'speaker' }, nodeLink(s.speaker)) : null,
    s.evidence ? h('div', { class: 'source' }, highlighted(s.evidence.sentence, s.evidence.begin, s.evidence.end))
      : h('q', { lang: 'ar' }, s.text),
    h('div', { class: 'meta' }, s.mode ? t('mode.' + s.mode) : '', ' · ',
      nodeLink({ id: s.id, type: 'Statement', text: t('details.statement') })));
}

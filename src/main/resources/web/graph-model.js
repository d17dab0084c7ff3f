// The network the articles state, read with SPARQL: the same nodes and edges as
// org.akhbar.export.RelationGraph (the `akhbar export` command), loaded piece by piece — an
// overview, then neighbours on demand, search hits, and the facts of one node for the side panel.
//
// Every query reads the article graphs only (GRAPH ?g ... FILTER (?g != gazetteer)): the gazetteer
// graph holds thousands of background places and people that no article mentions.

import { select, iri, literal, luceneWords, val, localName } from './sparql.js';

/** Node types in the order that decides a node's type when several apply (as in RelationGraph). */
export const CORE_TYPES = ['Person', 'Organization', 'Place', 'Position', 'Event', 'Statement', 'Article'];
const PLACE_CLASSES = ['Country', 'City', 'Region', 'Facility'];

/** The ak: properties drawn as edges, subject → object. */
export const EDGE_PREDICATES = ['holdsPosition', 'positionIn', 'participant', 'location', 'speaker', 'about',
  'occasion', 'via', 'locatedIn', 'mentions'];

/** The overview shows at most this many nodes (articles aside): the most connected ones. */
export const MAX_NODES = 300;

const PREDICATE_VALUES = EDGE_PREDICATES.map((p) => 'ak:' + p).join(' ');
const TYPE_VALUES = [...CORE_TYPES, ...PLACE_CLASSES].map((t) => 'ak:' + t).join(' ');

let base = 'https://w3id.org/akhbar/id/';
const articleOfGraph = new Map();

/** The store's IRI base, learnt from the article IRIs (…/article/ID). */
export function idBase() {
  return base;
}

function notGazetteer() {
  return `FILTER (?g != ${iri(base + 'graph/gazetteer')})`;
}

/** A browser link for an IRI: Akhbar's own resources are served at /id/…, others link out. */
export function href(value) {
  if (value.startsWith(base)) {
    return '/id/' + value.slice(base.length);
  }
  const wd = value.match(/^https?:\/\/www\.wikidata\.org\/entity\/(Q\d+)$/);
  return wd ? `https://www.wikidata.org/wiki/${wd[1]}` : value;
}

/** The stored articles, newest first: [{graph, id, title, published}]. Also learns the IRI base. */
export async function loadArticles() {
  const rows = await select(`
    SELECT ?g ?a (SAMPLE(?t) AS ?title) (SAMPLE(?p) AS ?published) WHERE {
      GRAPH ?g { ?a a ak:Article OPTIONAL { ?a rdfs:label ?t } OPTIONAL { ?a ak:published ?p } }
    } GROUP BY ?g ?a ORDER BY DESC(?published) ?a`);
  const articles = rows.map((r) => ({
    graph: val(r, 'g'),
    id: val(r, 'a'),
    title: val(r, 'title') || localName(val(r, 'a')),
    published: val(r, 'published'),
  }));
  articles.forEach((a) => articleOfGraph.set(a.graph, a.id));
  if (articles.length > 0) {
    const a = articles[0].id;
    base = a.slice(0, a.lastIndexOf('/article/') + 1);
  }
  return articles;
}

/**
 * Facts for drawing nodes: type, place class or event kind, Arabic and English labels, a
 * statement's text, Wikidata IRI, and the articles whose graphs speak of it. Returns a Map id → node;
 * IRIs that no article types are left out.
 */
export async function nodeInfo(ids) {
  const out = new Map();
  const list = [...new Set(ids)];
  for (let i = 0; i < list.length; i += 120) {
    const batch = list.slice(i, i + 120);
    const rows = await select(`
      SELECT ?n ?t ?g ?p ?o WHERE {
        VALUES ?n { ${batch.map(iri).join(' ')} }
        { VALUES ?t { ${TYPE_VALUES} } GRAPH ?g { ?n a ?t } }
        UNION
        { VALUES ?p { rdfs:label ak:text ak:eventKind owl:sameAs } GRAPH ?g { ?n ?p ?o } }
        ${notGazetteer()}
      }`);
    const raw = new Map();
    for (const r of rows) {
      const id = val(r, 'n');
      if (!raw.has(id)) {
        raw.set(id, { id, types: new Set(), subtypes: new Set(), ar: [], en: [], text: [], wikidata: [], articles: new Set() });
      }
      const n = raw.get(id);
      const graph = val(r, 'g');
      if (r.t) {
        const type = localName(val(r, 't'));
        (PLACE_CLASSES.includes(type) ? n.subtypes : n.types).add(type);
        if (articleOfGraph.has(graph)) {
          n.articles.add(articleOfGraph.get(graph));
        }
      } else {
        const p = localName(val(r, 'p'));
        const o = r.o;
        if (p === 'label') {
          (o['xml:lang'] && o['xml:lang'].startsWith('en') ? n.en : n.ar).push(o.value);
        } else if (p === 'text') {
          n.text.push(o.value);
        } else if (p === 'eventKind') {
          n.subtypes.add(o.value);
        } else if (p === 'sameAs' && o.value.startsWith('http://www.wikidata.org/entity/')) {
          n.wikidata.push(o.value);
        }
      }
    }
    for (const n of raw.values()) {
      const type = CORE_TYPES.find((t) => n.types.has(t));
      if (!type) {
        continue;
      }
      const first = (a) => (a.length ? [...a].sort()[0] : undefined);
      out.set(n.id, {
        id: n.id,
        type,
        subtype: first([...n.subtypes]) || '',
        ar: first(n.ar),
        en: first(n.en),
        text: first(n.text),
        wikidata: first(n.wikidata),
        articles: [...n.articles].sort(),
      });
    }
  }
  return out;
}

function edgesOf(rows) {
  return rows.map((r) => ({ source: val(r, 's'), predicate: localName(val(r, 'p')), target: val(r, 'o') }));
}

async function withNodes(edges, extraIds = []) {
  const ids = new Set(extraIds);
  edges.forEach((e) => {
    ids.add(e.source);
    ids.add(e.target);
  });
  const nodes = await nodeInfo([...ids]);
  return { nodes: [...nodes.values()], edges: edges.filter((e) => nodes.has(e.source) && nodes.has(e.target)) };
}

/**
 * The first view: every edge of the article graphs. Past MAX_NODES nodes, the most connected nodes
 * with their neighbours, hub after hub, until MAX_NODES: a large store still opens on a readable
 * picture of connected clusters rather than on scattered nodes whose links were cut.
 */
export async function overview() {
  const rows = await select(`
    SELECT DISTINCT ?s ?p ?o WHERE {
      VALUES ?p { ${PREDICATE_VALUES} }
      GRAPH ?g { ?s ?p ?o } ${notGazetteer()} FILTER (isIRI(?o))
    } LIMIT 20000`);
  let edges = edgesOf(rows);
  const degree = new Map();
  const adjacent = new Map();
  const articles = new Set();
  const link = (a, b) => {
    degree.set(a, (degree.get(a) || 0) + 1);
    if (!adjacent.has(a)) adjacent.set(a, new Set());
    adjacent.get(a).add(b);
  };
  for (const e of edges) {
    if (e.predicate === 'mentions') {
      articles.add(e.source);
      degree.set(e.target, degree.get(e.target) || 0);
      continue;
    }
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const total = degree.size;
  if (total > MAX_NODES) {
    const byDegree = (a, b) => degree.get(b) - degree.get(a);
    const keep = new Set();
    for (const hub of [...degree.keys()].sort(byDegree)) {
      if (keep.size >= MAX_NODES) break;
      keep.add(hub);
      for (const n of [...(adjacent.get(hub) || [])].sort(byDegree)) {
        if (keep.size >= MAX_NODES) break;
        keep.add(n);
      }
    }
    articles.forEach((a) => keep.add(a));
    edges = edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  }
  const graph = await withNodes(edges);
  graph.total = total;
  return graph;
}

/** The edges touching one node in the article graphs, with their other ends. */
export async function neighbours(id) {
  const x = iri(id);
  const rows = await select(`
    SELECT DISTINCT ?s ?p ?o WHERE {
      VALUES ?p { ${PREDICATE_VALUES} }
      GRAPH ?g { { ${x} ?p ?o BIND (${x} AS ?s) } UNION { ?s ?p ${x} BIND (${x} AS ?o) } }
      ${notGazetteer()} FILTER (isIRI(?o))
    } LIMIT 400`);
  return withNodes(edgesOf(rows), [id]);
}

/**
 * Names (labels and other spellings) and statement texts matching the user's words: the Arabic-aware
 * full-text index first; if it is missing or finds nothing, a plain substring match on the labels.
 */
export async function search(text) {
  const words = luceneWords(text);
  if (!words) {
    return [];
  }
  let ids = [];
  try {
    const rows = await select(`
      SELECT ?s (MAX(?sc) AS ?score) WHERE {
        { (?s ?sc) text:query (rdfs:label ${literal(words)} 50) }
        UNION { (?s ?sc) text:query (skos:altLabel ${literal(words)} 50) }
        UNION { (?s ?sc) text:query (ak:text ${literal(words)} 20) }
        FILTER EXISTS { GRAPH ?g { ?s a ?t } ${notGazetteer()} }
      } GROUP BY ?s ORDER BY DESC(?score) LIMIT 30`);
    ids = rows.map((r) => val(r, 's'));
  } catch {
    ids = []; // no text index on this endpoint: fall back to substring matching below
  }
  if (ids.length === 0) {
    const rows = await select(`
      SELECT DISTINCT ?s WHERE {
        GRAPH ?g { ?s rdfs:label|skos:altLabel|ak:text ?l } ${notGazetteer()}
        FILTER (CONTAINS(LCASE(STR(?l)), LCASE(${literal(text.trim())})))
      } LIMIT 30`);
    ids = rows.map((r) => val(r, 's'));
  }
  const info = await nodeInfo(ids);
  // names before statements, each in the index's order
  return ids.filter((id) => info.has(id)).map((id) => info.get(id))
    .sort((a, b) => (a.type === 'Statement') - (b.type === 'Statement'));
}

function evidenceOf(r) {
  if (!r.sentence) {
    return undefined;
  }
  const sb = Number(val(r, 'sb'));
  return {
    sentence: val(r, 'sentence'),
    begin: Number(val(r, 'b')) - sb,
    end: Number(val(r, 'e')) - sb,
    article: val(r, 'ctx'), // the NIF context is the article
  };
}

const EVIDENCE = `
  ?ev nif:beginIndex ?b ; nif:endIndex ?e ; nif:referenceContext ?ctx ; nif:sentence ?sn .
  ?sn nif:anchorOf ?sentence ; nif:beginIndex ?sb .`;

/** Everything the side panel shows about one node. */
export async function details(id) {
  const x = iri(id);
  const [facts, links, posts, statements, evidence] = await Promise.all([
    select(`
      SELECT DISTINCT ?p ?o WHERE {
        GRAPH ?g { ${x} ?p ?o } ${notGazetteer()}
        FILTER (isLiteral(?o) || ?p IN (owl:sameAs, ak:mode, ak:status))
      }`),
    select(`
      SELECT DISTINCT ?dir ?p ?x WHERE {
        VALUES ?p { ${PREDICATE_VALUES} }
        GRAPH ?g { { ${x} ?p ?x BIND ("out" AS ?dir) } UNION { ?x ?p ${x} BIND ("in" AS ?dir) } }
        ${notGazetteer()} FILTER (isIRI(?x))
      } LIMIT 500`),
    select(`
      SELECT DISTINCT ?pos ?in WHERE {
        GRAPH ?g { ${x} ak:holdsPosition ?pos OPTIONAL { ?pos ak:positionIn ?in } } ${notGazetteer()}
      }`),
    select(`
      SELECT DISTINCT ?s ?role ?text ?mode ?speaker ?sentence ?sb ?b ?e ?ctx WHERE {
        GRAPH ?g {
          { ?s ak:speaker ${x} BIND ("by" AS ?role) } UNION { ?s ak:about ${x} BIND ("about" AS ?role) }
          ?s ak:text ?text .
          OPTIONAL { ?s ak:mode ?mode } OPTIONAL { ?s ak:speaker ?speaker }
          OPTIONAL { ?s ak:evidence ?ev . ${EVIDENCE} }
        } ${notGazetteer()}
      } ORDER BY ?ctx ?b LIMIT 200`),
    select(`
      SELECT DISTINCT ?sentence ?sb ?b ?e ?ctx WHERE {
        GRAPH ?g { { ${x} ak:evidence ?ev } UNION { ?ev itsrdf:taIdentRef ${x} } UNION { ?ev ak:holder ${x} } ${EVIDENCE} }
        ${notGazetteer()}
      } ORDER BY ?ctx ?b LIMIT 12`),
  ]);
  const related = new Set();
  links.forEach((r) => related.add(val(r, 'x')));
  posts.forEach((r) => {
    related.add(val(r, 'pos'));
    if (r.in) related.add(val(r, 'in'));
  });
  statements.forEach((r) => {
    if (r.speaker) related.add(val(r, 'speaker'));
  });
  related.add(id);
  const info = await nodeInfo([...related]);

  const d = { id, node: info.get(id), ar: [], en: [], alt: [], literals: [], wikidata: [], mode: undefined, status: undefined };
  for (const r of facts) {
    const p = localName(val(r, 'p'));
    const o = r.o;
    if (p === 'label') {
      (o['xml:lang'] && o['xml:lang'].startsWith('en') ? d.en : d.ar).push(o.value);
    } else if (p === 'altLabel') {
      d.alt.push(o.value);
    } else if (p === 'sameAs') {
      d.wikidata.push(o.value);
    } else if (p === 'mode') {
      d.mode = localName(o.value);
    } else if (p === 'status') {
      d.status = localName(o.value);
    } else if (!['isString', 'anchorOf', 'beginIndex', 'endIndex', 'inputChecksum', 'modelChecksum'].includes(p)) {
      d.literals.push({ p, value: o.value, lang: o['xml:lang'] });
    }
  }
  d.links = links.map((r) => ({ dir: val(r, 'dir'), predicate: localName(val(r, 'p')), other: info.get(val(r, 'x')) }))
    .filter((l) => l.other);
  d.posts = posts.map((r) => ({ post: info.get(val(r, 'pos')), of: r.in ? info.get(val(r, 'in')) : undefined }))
    .filter((p) => p.post);
  const seen = new Map();
  for (const r of statements) {
    const key = val(r, 'role') + ' ' + val(r, 's');
    if (seen.has(key)) {
      continue;
    }
    seen.set(key, {
      id: val(r, 's'),
      role: val(r, 'role'),
      text: val(r, 'text'),
      mode: r.mode ? localName(val(r, 'mode')) : undefined,
      speaker: r.speaker ? info.get(val(r, 'speaker')) : undefined,
      evidence: evidenceOf(r),
    });
  }
  d.statements = [...seen.values()].filter((s) => s.role === 'by');
  d.about = [...seen.values()].filter((s) => s.role === 'about');
  d.evidence = evidence.map(evidenceOf).filter(Boolean);
  return d;
}

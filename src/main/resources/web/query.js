// The query editor at /query: Yasqe (editor) and Yasr (results) from the Yasgui WebJar, the
// README's questions one click away, known prefixes filled in before a query runs, results as a
// table and — for CONSTRUCT and DESCRIBE — as a graph (query-graph.js).

import { h } from './dom.js';
import { t, lang, apply, installToggle, onLanguage } from './i18n.js';
import { PREFIX_MAP, ENDPOINT } from './sparql.js';
import { GraphPlugin } from './query-graph.js';

/* global Yasgui, cytoscape, cytoscapeFcose */
cytoscape.use(cytoscapeFcose);
const { Yasqe, Yasr } = Yasgui;

/** The questions of the README (fuseki/queries, which the build also places under web/queries) and one graph-shaped query. */
const EXAMPLES = [
  { file: '1-who-said-what.rq', ar: 'من قال ماذا؟', en: 'Who said what?' },
  { file: '2-who-holds-which-post.rq', ar: 'من يشغل أي منصب؟', en: 'Who holds which post?' },
  { file: '3-who-met-whom-where.rq', ar: 'من التقى من وأين؟', en: 'Who met whom, where?' },
  { file: '4-statements-about-ukraine.rq', ar: 'تصريحات عن أوكرانيا', en: 'Statements about Ukraine' },
  { file: '5-places-inside-places.rq', ar: 'أماكن داخل أماكن', en: 'Places inside places' },
  {
    ar: 'شبكة الأحداث (CONSTRUCT)', en: 'The events as a graph (CONSTRUCT)',
    text: `# Who took part in which event, and where: a CONSTRUCT, drawn as a graph.
PREFIX ak:   <https://w3id.org/akhbar/ontology#>
PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

CONSTRUCT {
  ?e a ak:Event ; rdfs:label ?event ; ak:participant ?p ; ak:location ?place .
  ?p a ?pt ; rdfs:label ?who .
  ?place a ak:Place ; rdfs:label ?where .
}
WHERE {
  ?e a ak:Event ; rdfs:label ?event ; ak:participant ?p .
  ?p rdfs:label ?who . FILTER (lang(?who) = "ar")
  ?p a ?pt . FILTER (?pt IN (ak:Person, ak:Organization))
  OPTIONAL { ?e ak:location ?place . ?place rdfs:label ?where . FILTER (lang(?where) = "ar") }
}`,
  },
];

const $ = (id) => document.getElementById(id);

// Only the autocompleters that need no internet: 'class' and 'property' ask lov.linkeddata.es.
Yasqe.defaults.autocompleters = ['prefixes', 'variables'];
Yasr.registerPlugin('graph', GraphPlugin);

const yasqe = new Yasqe($('editor'), {
  value: '',
  persistenceId: null,
  prefixCcApi: location.origin + '/web/prefixes.json', // our prefixes instead of prefix.cc
  requestConfig: { endpoint: location.origin + ENDPOINT, method: 'POST' },
  editorHeight: '330px',
  resizeable: true,
});
const yasr = new Yasr($('results'), {
  persistenceId: null,
  prefixes: PREFIX_MAP,
  pluginOrder: ['table', 'graph', 'response'],
  defaultPlugin: 'table',
});
window.akhbar = { yasqe, yasr };

/** Declares every known prefix that the query uses but does not declare. */
function fillPrefixes() {
  const text = yasqe.getValue()
    .replace(/#[^\n]*/g, ' ') // comments
    .replace(/<[^>\s]*>/g, ' ') // IRIs
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, ' '); // strings
  const declared = yasqe.getPrefixesFromQuery();
  const missing = {};
  for (const m of text.matchAll(/(?:^|[\s(){}\[\],;.|/^!=<>*+])([A-Za-z][\w-]*)?:[A-Za-z_]/g)) {
    const p = m[1] || '';
    if (!(p in declared) && PREFIX_MAP[p]) missing[p] = PREFIX_MAP[p];
  }
  if (Object.keys(missing).length) {
    yasqe.addPrefixes(missing);
  }
}

function busy(on) {
  document.body.dataset.state = on ? 'busy' : 'ready';
}

yasqe.on('queryBefore', () => {
  busy(true);
  fillPrefixes();
});
yasqe.on('queryResponse', (_y, response, duration) => {
  const graphShaped = ['CONSTRUCT', 'DESCRIBE'].includes(yasqe.getQueryType());
  // Yasqe hands over the body without its Content-Type, and Yasr then mistakes N-Triples for XML;
  // graph queries are sent with Accept: application/n-triples, so say so.
  const typed = graphShaped && typeof response === 'string'
    ? { data: response, contentType: 'application/n-triples', status: 200 } : response;
  yasr.setResponse(typed, duration);
  const want = graphShaped && yasr.plugins.graph.canHandleResults() ? 'graph' : 'table';
  if (yasr.results && !yasr.results.hasError() && yasr.getSelectedPluginName() !== want) {
    yasr.selectPlugin(want);
  }
  busy(false);
});
yasqe.on('queryAbort', () => busy(false));

async function exampleText(ex) {
  if (ex.text) return ex.text;
  const r = await fetch('/web/queries/' + ex.file);
  if (!r.ok) throw new Error(`${ex.file}: ${r.status}`);
  return r.text();
}

async function loadExample(ex) {
  yasqe.setValue((await exampleText(ex)).trim() + '\n');
  yasqe.focus();
}

function buildExamples() {
  const box = $('examples-list');
  box.replaceChildren(...EXAMPLES.map((ex, i) => h('button', {
    type: 'button',
    class: 'example',
    dataset: { example: String(i + 1) },
    title: ex.file || 'CONSTRUCT',
    onclick: () => loadExample(ex),
  }, `${i + 1}. ${ex[lang()]}`)));
}

installToggle($('lang-toggle'));
apply();
onLanguage(() => {
  buildExamples();
  $('hint').textContent = t('query.hint', { endpoint: location.origin + ENDPOINT });
});
$('add-prefixes').addEventListener('click', () => yasqe.addPrefixes(PREFIX_MAP));

const fromHash = location.hash.length > 1 && new URLSearchParams(location.hash.slice(1)).get('query');
(fromHash ? Promise.resolve() : loadExample(EXAMPLES[0]))
  .catch(() => yasqe.setValue(Object.entries(PREFIX_MAP).map(([p, ns]) => `PREFIX ${p}: <${ns}>`).join('\n')
    + '\n\nSELECT * WHERE { ?s ?p ?o } LIMIT 10\n'))
  .finally(() => busy(false));

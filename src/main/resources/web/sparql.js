// The SPARQL side of the browser pages: one endpoint (/akhbar/sparql, same origin), JSON results,
// and the few helpers needed to put IRIs and user text into queries safely.

export const ENDPOINT = '/akhbar/sparql';

export const AK = 'https://w3id.org/akhbar/ontology#';

/** Prefixes every query of the explorer may use (and the query editor fills in). */
export const PREFIX_MAP = {
  ak: AK,
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  schema: 'https://schema.org/',
  org: 'http://www.w3.org/ns/org#',
  prov: 'http://www.w3.org/ns/prov#',
  nif: 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#',
  itsrdf: 'http://www.w3.org/2005/11/its/rdf#',
  text: 'http://jena.apache.org/text#',
  wd: 'http://www.wikidata.org/entity/',
};

export const PREFIXES = Object.entries(PREFIX_MAP)
  .map(([p, ns]) => `PREFIX ${p}: <${ns}>`)
  .join('\n') + '\n';

/** Runs a SELECT query (prefixes added) and returns its bindings: [{var: {type, value, 'xml:lang'}}]. */
export async function select(query, { signal } = {}) {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8',
      Accept: 'application/sparql-results+json',
    },
    body: new URLSearchParams({ query: PREFIXES + query }),
    signal,
  });
  if (!response.ok) {
    const text = await response.text();
    throw new Error(`${response.status} ${text.split('\n')[0].slice(0, 200)}`);
  }
  const json = await response.json();
  return json.results.bindings;
}

/** An IRI as a SPARQL term; refuses anything that could break out of <...>. */
export function iri(value) {
  if (!/^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i.test(value)) {
    throw new Error(`not an IRI: ${value}`);
  }
  return `<${value}>`;
}

/** A string as a SPARQL literal. */
export function literal(value) {
  return '"' + value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r') + '"';
}

/**
 * User text as a Lucene query for jena-text: the query syntax characters become spaces, so that
 * a name typed with a quote or a colon still searches for its words.
 */
export function luceneWords(value) {
  return value.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The value of a binding, or undefined. */
export function val(row, name) {
  return row[name] ? row[name].value : undefined;
}

/** The local name of an IRI (after # or the last /). */
export function localName(value) {
  return value.slice(Math.max(value.lastIndexOf('#'), value.lastIndexOf('/')) + 1);
}

// A Yasr plugin that draws the triples of a CONSTRUCT or DESCRIBE answer as a network, with the
// explorer's colours and shapes: IRIs and blank nodes are nodes, rdfs:label names them, rdf:type
// picks the colour, other literals are listed on the node's tooltip, every other triple is an edge.

import { TYPE, PREDICATES, stylesheet } from './style.js';
import { lang, t } from './i18n.js';
import { localName } from './sparql.js';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
const AK = 'https://w3id.org/akhbar/ontology#';
const PLACES = ['Country', 'City', 'Region', 'Facility'];
const EVENTS = ['Summit', 'Meeting', 'Talks', 'Visit', 'PressConference', 'Interview', 'PhoneCall', 'Election', 'Vote',
  'Match', 'Session', 'Announcement', 'Conference', 'Ceremony', 'Protest', 'Agreement', 'Attack', 'Trial', 'Launch'];

const ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">'
  + '<g fill="none" stroke="currentColor" stroke-width="2"><circle cx="5" cy="6" r="3"/><circle cx="19" cy="6" r="3"/>'
  + '<circle cx="12" cy="19" r="3"/><path d="M8 6h8M6.5 8.5l4 8M17.5 8.5l-4 8"/></g></svg>';

function typeOf(iris) {
  for (const t of iris) {
    if (!t.startsWith(AK)) continue;
    const l = t.slice(AK.length);
    if (TYPE[l]) return l;
    if (PLACES.includes(l)) return 'Place';
    if (EVENTS.includes(l)) return 'Event';
  }
  return 'Other';
}

/** Nodes and edges for Cytoscape from SPARQL-JSON-like bindings of subject, predicate, object. */
export function triplesToElements(bindings, shorten) {
  const nodes = new Map();
  const edges = [];
  const node = (term) => {
    const id = (term.type === 'bnode' ? '_:' : '') + term.value;
    if (!nodes.has(id)) nodes.set(id, { id, types: [], labels: {}, facts: [] });
    return nodes.get(id);
  };
  for (const b of bindings) {
    const s = node(b.subject);
    const p = b.predicate.value;
    const o = b.object;
    if (o.type === 'literal' || o.type === 'typed-literal') {
      if (p === RDFS_LABEL) s.labels[(o['xml:lang'] || '').slice(0, 2)] = o.value;
      else s.facts.push(`${shorten(p)}: ${o.value}`);
    } else if (p === RDF_TYPE) {
      s.types.push(o.value);
    } else {
      const t = node(o);
      edges.push({ source: s.id, target: t.id, predicate: p });
    }
  }
  const label = (n) => {
    const l = n.labels;
    const first = lang() === 'en' ? (l.en || l.ar || l['']) : (l.ar || l[''] || l.en);
    return first || shorten(n.id);
  };
  const degree = new Map();
  edges.forEach((e) => {
    degree.set(e.source, (degree.get(e.source) || 0) + 1);
    degree.set(e.target, (degree.get(e.target) || 0) + 1);
  });
  return [
    ...[...nodes.values()].map((n) => {
      const size = Math.min(60, 22 + 5 * Math.sqrt(degree.get(n.id) || 0));
      const text = label(n);
      return {
        group: 'nodes',
        data: {
          id: n.id, type: typeOf(n.types), size, wide: size * 1.8, font: 16,
          display: text.length > 40 ? text.slice(0, 39) + '…' : text,
          title: [text, ...n.facts].join('\n'),
        },
      };
    }),
    ...edges.map((e, i) => {
      const local = e.predicate.startsWith(AK) ? e.predicate.slice(AK.length) : null;
      return {
        group: 'edges',
        data: {
          id: 'e' + i, source: e.source, target: e.target, predicate: local || localName(e.predicate),
          display: local && PREDICATES[local] ? PREDICATES[local][lang()] : shorten(e.predicate),
        },
      };
    }),
  ];
}

export class GraphPlugin {
  constructor(yasr) {
    this.yasr = yasr;
    this.priority = 5;
    this.label = t('query.graph');
  }

  canHandleResults() {
    const r = this.yasr.results;
    return !!r && typeof r.getType === 'function' && r.getType() === 'ttl' && (r.getBindings() || []).length > 0;
  }

  getIcon() {
    const span = document.createElement('span');
    span.innerHTML = ICON;
    return span;
  }

  draw() {
    const prefixes = typeof this.yasr.config.prefixes === 'function' ? this.yasr.config.prefixes(this.yasr) : this.yasr.config.prefixes || {};
    const shorten = (value) => {
      for (const [p, ns] of Object.entries(prefixes)) {
        if (value.startsWith(ns) && value.length > ns.length) return `${p}:${value.slice(ns.length)}`;
      }
      return value;
    };
    const container = document.createElement('div');
    container.className = 'yasr-graph';
    this.yasr.resultsEl.appendChild(container);
    const cy = window.cytoscape({
      container,
      elements: triplesToElements(this.yasr.results.getBindings(), shorten),
      style: stylesheet(),
      minZoom: 0.05,
      maxZoom: 4,
    });
    cy.nodes().forEach((n) => n.scratch('_title', n.data('title')));
    cy.layout({
      name: 'fcose', animate: false, randomize: true, nodeDimensionsIncludeLabels: true, padding: 20,
      nodeRepulsion: () => 9000, idealEdgeLength: () => 90, nodeSeparation: 90,
    }).run();
    this.cy = cy;
    container.cy = cy; // for tests and the console
  }

  destroy() {
    if (this.cy) this.cy.destroy();
  }
}

// Exports of what the explorer currently shows (the visible nodes and the edges between them):
// PNG, GraphML for Gephi / yEd, and Cytoscape JSON for Cytoscape desktop. The attributes are those
// of `akhbar export` (org.akhbar.export.GraphMLWriter and CytoscapeJsonWriter), so a file saved
// here and one exported from the whole store open the same way.

import { AK } from './sparql.js';
import { TYPE } from './style.js';

export function visible(cy) {
  const nodes = cy.nodes().not('.hidden');
  return { nodes, edges: nodes.edgesWith(nodes) };
}

function label(d) {
  if (d.ar) return d.ar;
  if (d.en) return d.en;
  if (d.text) return d.text.length <= 60 ? d.text : d.text.slice(0, 59) + '…';
  return d.id.slice(d.id.lastIndexOf('/') + 1);
}

function nodeData(n) {
  const d = n.data();
  const out = {
    id: d.id,
    label: label(d),
    name: label(d),
    type: d.type,
    subtype: d.subtype || '',
    label_ar: d.ar,
    label_en: d.en,
    text: d.text,
    wikidata: d.wikidata,
    articles: d.articles || [],
    color: (TYPE[d.type] || TYPE.Article).colour,
  };
  Object.keys(out).forEach((k) => out[k] === undefined && delete out[k]);
  return out;
}

function edgeData(e, i) {
  return {
    id: 'e' + i,
    source: e.data('source'),
    target: e.data('target'),
    label: e.data('predicate'),
    predicate: AK + e.data('predicate'),
  };
}

/** Cytoscape.js JSON with the on-screen positions. */
export function toCyjs(cy) {
  const { nodes, edges } = visible(cy);
  const json = {
    format_version: '1.0',
    generated_by: 'akhbar',
    target_cytoscapejs_version: '~3',
    data: { name: 'Akhbar' },
    elements: {
      nodes: nodes.map((n) => ({ data: nodeData(n), position: { x: Math.round(n.position('x')), y: Math.round(n.position('y')) } })),
      edges: edges.map((e, i) => ({ data: edgeData(e, i) })),
    },
  };
  return JSON.stringify(json, null, 1);
}

function esc(s) {
  // XML 1.0 text: escape markup, drop the control characters it cannot carry
  return String(s)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const NODE_KEYS = [
  ['label', 'string'], ['type', 'string'], ['subtype', 'string'], ['label_ar', 'string'], ['label_en', 'string'],
  ['text', 'string'], ['wikidata', 'string'], ['articles', 'string'], ['r', 'int'], ['g', 'int'], ['b', 'int'],
  ['x', 'double'], ['y', 'double'],
];

/** GraphML with the keys of GraphMLWriter, plus x/y, the on-screen positions (Gephi reads them). */
export function toGraphML(cy) {
  const { nodes, edges } = visible(cy);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
      + ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'];
  NODE_KEYS.forEach(([k, t]) => out.push(`  <key id="${k}" for="node" attr.name="${k}" attr.type="${t}"/>`));
  out.push('  <key id="edge_label" for="edge" attr.name="label" attr.type="string"/>');
  out.push('  <key id="predicate" for="edge" attr.name="predicate" attr.type="string"/>');
  out.push('  <graph id="akhbar" edgedefault="directed">');
  nodes.forEach((n) => {
    const d = nodeData(n);
    const rgb = parseInt(d.color.slice(1), 16);
    const values = {
      ...d, articles: d.articles.join(' '), r: (rgb >> 16) & 255, g: (rgb >> 8) & 255, b: rgb & 255,
      x: n.position('x').toFixed(1), y: n.position('y').toFixed(1),
    };
    const data = NODE_KEYS.filter(([k]) => values[k] !== undefined && values[k] !== '')
      .map(([k]) => `<data key="${k}">${esc(values[k])}</data>`).join('');
    out.push(`    <node id="${esc(d.id)}">${data}</node>`);
  });
  edges.forEach((e, i) => {
    const d = edgeData(e, i);
    out.push(`    <edge id="${d.id}" source="${esc(d.source)}" target="${esc(d.target)}">`
      + `<data key="edge_label">${esc(d.label)}</data><data key="predicate">${esc(d.predicate)}</data></edge>`);
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

export function toPng(cy) {
  return cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff', maxWidth: 6000, maxHeight: 6000 });
}

/** Saves a blob under a file name through a temporary link (no server round trip). */
export function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

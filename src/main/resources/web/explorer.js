// The network explorer at /: loads what the articles say into a Cytoscape view, searches names,
// expands a node's neighbours on click, shows the selected node in the side panel, filters by type
// and by article, and exports the current view. Cytoscape and fCoSE come from WebJars (see
// index.html); everything else is here, with no build step.

import { h } from './dom.js';
import { t, lang, apply, installToggle, onLanguage } from './i18n.js';
import { TYPES, TYPE, PREDICATES, stylesheet, swatch } from './style.js';
import { loadArticles, overview, neighbours, nodeInfo, search, details } from './graph-model.js';
import { renderDetails, nodeName } from './details.js';
import { toCyjs, toGraphML, toPng, download } from './export.js';

/* global cytoscape, cytoscapeFcose */
cytoscape.use(cytoscapeFcose);

const state = {
  articles: [],
  typeVisible: Object.fromEntries(TYPES.map((ty) => [ty.id, ty.visible])),
  article: '',
  selected: null,
  pending: 0,
  total: 0,
};

const $ = (id) => document.getElementById(id);

const cy = cytoscape({
  container: $('graph'),
  style: stylesheet(),
  minZoom: 0.05,
  maxZoom: 4,
  boxSelectionEnabled: false,
});

// Test and console hook: the Cytoscape instance and whether work is in flight.
window.akhbar = { cy, state };

/** Runs an async task while the page says it is busy (body[data-state]); the tests wait for "ready". */
async function busy(task) {
  state.pending++;
  document.body.dataset.state = 'busy';
  try {
    return await task();
  } catch (e) {
    status(t('status.error', { message: e.message }), true);
    return undefined;
  } finally {
    state.pending--;
    if (state.pending === 0) {
      document.body.dataset.state = 'ready';
    }
  }
}

function status(text, error = false) {
  const s = $('status');
  s.textContent = text;
  s.classList.toggle('error', error);
}

function showCounts() {
  const nodes = cy.nodes().not('.hidden');
  const edges = nodes.edgesWith(nodes);
  const shown = cy.nodes().filter((n) => n.data('type') !== 'Article').length;
  if (state.total > shown) {
    status(t('status.capped', { nodes: shown, total: state.total }));
  } else {
    status(t('status.shown', { nodes: nodes.length, edges: edges.length }));
  }
}

// ---------------------------------------------------------------- drawing

function display(d) {
  if (d.type === 'Statement') {
    const text = d.text || '';
    return text.length > 26 ? text.slice(0, 25) + '…' : text;
  }
  return nodeName(d);
}

function relabel() {
  cy.batch(() => {
    cy.nodes().forEach((n) => n.data('display', display(n.data())));
    cy.edges().forEach((e) => e.data('display', (PREDICATES[e.data('predicate')] || {})[lang()] || e.data('predicate')));
  });
}

function resize() {
  cy.batch(() => cy.nodes().forEach((n) => {
    const degree = n.degree(false);
    const base = n.data('type') === 'Statement' ? 16 : n.data('type') === 'Article' ? 22 : 24;
    const size = Math.min(70, base + 5 * Math.sqrt(degree));
    // hubs get larger names, which stay legible when a large network is zoomed out
    const font = n.data('type') === 'Statement' ? 11 : Math.min(32, 15 + 2.5 * Math.sqrt(degree));
    n.data({ size, wide: size * 1.8, font });
  }));
}

/** Adds nodes and edges not yet drawn; new nodes start beside a drawn neighbour. Returns the new nodes. */
function addGraph(graph, near) {
  const added = [];
  cy.batch(() => {
    for (const n of graph.nodes) {
      if (cy.getElementById(n.id).nonempty()) continue;
      added.push(cy.add({ group: 'nodes', data: { ...n, display: '', size: 24, wide: 40, font: 16 } }));
    }
    for (const e of graph.edges) {
      const id = `${e.source} ${e.predicate} ${e.target}`;
      if (cy.getElementById(id).nonempty()) continue;
      if (cy.getElementById(e.source).empty() || cy.getElementById(e.target).empty()) continue;
      cy.add({ group: 'edges', data: { id, source: e.source, target: e.target, predicate: e.predicate, display: '' } });
    }
  });
  const fresh = cy.collection(added);
  fresh.forEach((n, i) => {
    const anchor = near || n.neighborhood('node').difference(fresh).first();
    const c = anchor && anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
    const a = (2 * Math.PI * i) / Math.max(1, fresh.length);
    n.position({ x: c.x + 90 * Math.cos(a), y: c.y + 90 * Math.sin(a) });
  });
  relabel();
  resize();
  applyFilters(false);
  return fresh;
}

/** fCoSE over the visible part; existing nodes stay put when only new ones need a place. */
function layout({ randomize = true, fixed = null, fit = true } = {}) {
  const nodes = cy.nodes().not('.hidden');
  const eles = nodes.union(nodes.edgesWith(nodes));
  if (nodes.empty()) return Promise.resolve();
  const options = {
    name: 'fcose',
    quality: 'default',
    randomize,
    animate: false,
    fit,
    padding: 30,
    nodeDimensionsIncludeLabels: true,
    packComponents: true,
    tile: true,
    // spread enough for labels: a 300-node store stays legible when zoomed, a single article at a glance
    nodeRepulsion: () => 8000,
    idealEdgeLength: (e) => (e.data('predicate') === 'mentions' ? 130 : 80),
    edgeElasticity: () => 0.3,
    nodeSeparation: 80,
    numIter: 2500,
    gravity: 0.5,
  };
  if (fixed && fixed.nonempty()) {
    options.fixedNodeConstraint = fixed.filter((n) => !n.hasClass('hidden'))
      .map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
  }
  return new Promise((resolve) => {
    const l = eles.layout(options);
    l.one('layoutstop', () => resolve());
    l.run();
  });
}

// ---------------------------------------------------------------- filters

function applyFilters(relayout = true) {
  cy.batch(() => cy.nodes().forEach((n) => {
    const d = n.data();
    const show = state.typeVisible[d.type] !== false && (!state.article || (d.articles || []).includes(state.article));
    n.toggleClass('hidden', !show);
  }));
  if (relayout) {
    busy(async () => {
      await layout({ randomize: false });
      showCounts();
    });
  }
}

function buildFilters() {
  const box = $('type-filters-list');
  box.replaceChildren(...TYPES.map((ty) => h('li', {},
    h('label', {},
      h('input', {
        type: 'checkbox',
        value: ty.id,
        checked: state.typeVisible[ty.id],
        onchange: (ev) => {
          state.typeVisible[ty.id] = ev.target.checked;
          applyFilters();
        },
      }),
      h('span', { html: swatch(ty.id, 16) }),
      h('span', { class: 'type-name', dataset: { type: ty.id } }, ty[lang()])))));
  $('article-filter').addEventListener('change', (ev) => {
    state.article = ev.target.value;
    applyFilters();
  });
}

function fillArticles() {
  const select = $('article-filter');
  const current = select.value;
  select.replaceChildren(h('option', { value: '' }, t('filters.allArticles')),
    ...state.articles.map((a) => h('option', { value: a.id, lang: 'ar' }, a.title + (a.published ? ` (${a.published})` : ''))));
  select.value = current;
}

// ---------------------------------------------------------------- selection

function focus(node) {
  cy.batch(() => {
    cy.elements().removeClass('faded near');
    if (node) {
      cy.elements().not(node.closedNeighborhood()).addClass('faded');
      node.connectedEdges().addClass('near');
    }
  });
}

/** Selects a node: side panel, neighbourhood highlighted, neighbours fetched and drawn. */
async function selectNode(id) {
  let node = cy.getElementById(id);
  const drawnBefore = node.nonempty();
  await busy(async () => {
    if (node.empty()) {
      const info = await nodeInfo([id]);
      if (!info.has(id)) return;
      addGraph({ nodes: [...info.values()], edges: [] }, null);
      node = cy.getElementById(id);
    }
    if (node.hasClass('hidden')) {
      state.typeVisible[node.data('type')] = true;
      state.article = '';
      $('article-filter').value = '';
      buildTypeChecks();
      applyFilters(false);
    }
    state.selected = id;
    cy.$(':selected').unselect();
    node.select();
    focus(node);
    const [graph, d] = await Promise.all([neighbours(id), details(id)]);
    if (state.selected !== id) return;
    // what was on screen stays put; the node just brought in (from a search) finds its place too
    const before = drawnBefore ? cy.nodes() : cy.nodes().difference(node);
    const fresh = addGraph(graph, node);
    if (fresh.nonempty() || !drawnBefore) {
      await layout({ randomize: false, fixed: before, fit: false });
    }
    focus(node);
    renderDetails($('details'), d, state.articles, (other) => selectNode(other));
    if (!inView(node)) {
      cy.animate({ center: { eles: node }, duration: 250 });
    }
    showCounts();
  });
}

function inView(node) {
  const e = cy.extent();
  const p = node.position();
  return p.x >= e.x1 && p.x <= e.x2 && p.y >= e.y1 && p.y <= e.y2;
}

function buildTypeChecks() {
  document.querySelectorAll('#type-filters-list input').forEach((i) => {
    i.checked = state.typeVisible[i.value];
  });
}

function clearSelection() {
  state.selected = null;
  cy.$(':selected').unselect();
  focus(null);
  $('details').replaceChildren(h('p', { class: 'hint', 'data-i18n': 'details.hint' }, t('details.hint')));
}

// ---------------------------------------------------------------- search

async function runSearch(text) {
  const list = $('search-results');
  list.replaceChildren(h('li', { class: 'muted' }, t('search.busy')));
  const hits = await busy(() => search(text));
  if (!hits) return;
  cy.nodes().removeClass('match');
  if (hits.length === 0) {
    list.replaceChildren(h('li', { class: 'muted' }, t('search.none')));
    return;
  }
  list.replaceChildren(...hits.map((n) => h('li', {},
    h('button', { type: 'button', class: 'hit', dataset: { id: n.id }, onclick: () => selectNode(n.id) },
      h('span', { html: swatch(n.type, 14) }), ' ',
      h('span', { class: 'hit-name' }, n.type === 'Statement' ? display(n) : nodeName(n)),
      n.type !== 'Statement' && n.ar && n.en ? h('small', {}, ' · ', lang() === 'ar' ? n.en : n.ar) : null))));
  hits.forEach((n) => cy.getElementById(n.id).addClass('match'));
}

// ---------------------------------------------------------------- start

async function load() {
  cy.elements().remove();
  clearSelection();
  status(t('status.loading'));
  await busy(async () => {
    state.articles = await loadArticles();
    fillArticles();
    if (state.articles.length === 0) {
      status(t('status.empty'));
      return;
    }
    const graph = await overview();
    state.total = graph.total;
    addGraph(graph, null);
    await layout({ randomize: true });
    showCounts();
  });
}

function wire() {
  installToggle($('lang-toggle'));
  apply();
  buildFilters();
  onLanguage(() => {
    relabel();
    document.querySelectorAll('.type-name').forEach((s) => {
      s.textContent = TYPE[s.dataset.type][lang()];
    });
    fillArticles();
    if (state.selected) {
      details(state.selected).then((d) => renderDetails($('details'), d, state.articles, (o) => selectNode(o)));
    }
    if (cy.nodes().nonempty()) showCounts();
  });
  cy.on('tap', 'node', (ev) => selectNode(ev.target.id()));
  cy.on('tap', (ev) => {
    if (ev.target === cy) clearSelection();
  });
  $('search-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    runSearch($('search').value);
  });
  $('fit').addEventListener('click', () => cy.animate({ fit: { eles: cy.elements().not('.hidden'), padding: 30 }, duration: 300 }));
  $('relayout').addEventListener('click', () => busy(() => layout({ randomize: true })));
  $('reload').addEventListener('click', () => load());
  $('export-png').addEventListener('click', () => busy(async () => download(await toPng(cy), 'akhbar.png')));
  $('export-graphml').addEventListener('click', () => download(new Blob([toGraphML(cy)], { type: 'application/graphml+xml' }), 'akhbar.graphml'));
  $('export-cyjs').addEventListener('click', () => download(new Blob([toCyjs(cy)], { type: 'application/json' }), 'akhbar.cyjs'));
  const q = new URLSearchParams(location.search).get('q');
  load().then(() => {
    if (q) {
      $('search').value = q;
      runSearch(q);
    }
  });
}

wire();

// How the network looks: one colour and one shape per node type (shape too, so that the types stay
// apart without colour), the legend, and the Cytoscape stylesheet. The colours are the Okabe–Ito
// palette, readable under the common kinds of colour blindness; org.akhbar.export.Palette uses the
// same ones for GraphML and Cytoscape exports.

export const TYPES = [
  { id: 'Person', colour: '#0072B2', shape: 'ellipse', ar: 'شخص', en: 'Person', visible: true },
  { id: 'Organization', colour: '#D55E00', shape: 'hexagon', ar: 'منظمة', en: 'Organization', visible: true },
  { id: 'Place', colour: '#009E73', shape: 'diamond', ar: 'مكان', en: 'Place', visible: true },
  { id: 'Position', colour: '#E69F00', shape: 'tag', ar: 'منصب', en: 'Post', visible: true },
  { id: 'Event', colour: '#CC79A7', shape: 'star', ar: 'حدث', en: 'Event', visible: true },
  { id: 'Statement', colour: '#56B4E9', shape: 'round-rectangle', ar: 'تصريح', en: 'Statement', visible: true },
  { id: 'Article', colour: '#6E6E6E', shape: 'rectangle', ar: 'مقال', en: 'Article', visible: false },
];

export const TYPE = Object.fromEntries(TYPES.map((t) => [t.id, t]));

/** The edge labels: the ontology's labels of the ak: properties. */
export const PREDICATES = {
  holdsPosition: { ar: 'يشغل منصب', en: 'holds position' },
  positionIn: { ar: 'منصب في', en: 'position in' },
  participant: { ar: 'مشارك', en: 'participant' },
  location: { ar: 'المكان', en: 'location' },
  speaker: { ar: 'المتحدث', en: 'speaker' },
  about: { ar: 'عن', en: 'about' },
  occasion: { ar: 'المناسبة', en: 'occasion' },
  via: { ar: 'عبر', en: 'via' },
  locatedIn: { ar: 'يقع في', en: 'located in' },
  mentions: { ar: 'يذكر', en: 'mentions' },
};

/** A small SVG of a type's shape and colour, for the legend and the search results. */
export function swatch(type, size = 16) {
  const t = TYPE[type] ?? TYPE.Article;
  const s = size;
  const h = s / 2;
  let shape;
  switch (t.shape) {
    case 'ellipse':
      shape = `<circle cx="${h}" cy="${h}" r="${h - 1}"/>`;
      break;
    case 'hexagon':
      shape = `<polygon points="${s * 0.25},1 ${s * 0.75},1 ${s - 1},${h} ${s * 0.75},${s - 1} ${s * 0.25},${s - 1} 1,${h}"/>`;
      break;
    case 'diamond':
      shape = `<polygon points="${h},1 ${s - 1},${h} ${h},${s - 1} 1,${h}"/>`;
      break;
    case 'tag':
      shape = `<polygon points="1,2 ${s * 0.7},2 ${s - 1},${h} ${s * 0.7},${s - 2} 1,${s - 2}"/>`;
      break;
    case 'star': {
      const pts = [];
      for (let i = 0; i < 10; i++) {
        const r = i % 2 === 0 ? h - 0.5 : h * 0.45;
        const a = Math.PI / 2 + (i * Math.PI) / 5;
        pts.push(`${(h - r * Math.cos(a)).toFixed(1)},${(h - r * Math.sin(a)).toFixed(1)}`);
      }
      shape = `<polygon points="${pts.join(' ')}"/>`;
      break;
    }
    case 'round-rectangle':
      shape = `<rect x="1" y="${s * 0.2}" width="${s - 2}" height="${s * 0.6}" rx="3"/>`;
      break;
    default:
      shape = `<rect x="2" y="2" width="${s - 4}" height="${s - 4}"/>`;
  }
  return `<svg class="swatch" width="${s}" height="${s}" viewBox="0 0 ${s} ${s}" aria-hidden="true" fill="${t.colour}" stroke="#1d2733" stroke-width="0.8">${shape}</svg>`;
}

export function stylesheet() {
  const byType = TYPES.map((t) => ({
    selector: `node[type = "${t.id}"]`,
    style: { 'background-color': t.colour, shape: t.shape },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        width: 'data(size)',
        height: 'data(size)',
        'font-family': '"Noto Naskh Arabic", "Amiri", "Segoe UI", Tahoma, sans-serif',
        'font-size': 'data(font)',
        color: '#1d2733',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': 160,
        'text-outline-color': '#fbfaf7',
        'text-outline-width': 2,
        'min-zoomed-font-size': 6,
        'border-width': 1,
        'border-color': '#1d2733',
      },
    },
    ...byType,
    {
      selector: 'node[type = "Statement"]',
      style: { width: 'data(wide)', height: 'data(size)', 'text-max-width': 120 },
    },
    {
      selector: 'edge',
      style: {
        width: 1.3,
        'line-color': '#8a99a8',
        'target-arrow-color': '#8a99a8',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(display)',
        'font-size': 9,
        color: '#3b5870',
        'text-rotation': 'autorotate',
        'text-background-color': '#fbfaf7',
        'text-background-opacity': 0.85,
        'text-background-padding': 1,
        'min-zoomed-font-size': 9,
      },
    },
    { selector: 'edge[predicate = "mentions"]', style: { 'line-style': 'dotted', width: 0.8 } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.3, 'text-opacity': 0.25 } },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': '#17324d', 'font-weight': 'bold', 'z-index': 10 },
    },
    {
      selector: 'edge.near',
      style: {
        width: 2.2, 'line-color': '#17324d', 'target-arrow-color': '#17324d', 'font-size': 10, color: '#17324d',
        'min-zoomed-font-size': 4, 'z-index': 9,
      },
    },
    { selector: 'node.match', style: { 'border-width': 3, 'border-color': '#b5179e' } },
  ];
}

// A tiny element builder: text always goes in as text, never as HTML, so that names and quotations
// from the articles cannot inject markup.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'html') el.innerHTML = v; // only for our own static SVG swatches
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/**
 * The sentence with the spans [begin, end) (Unicode code points, as NIF counts them) in <mark>s;
 * overlapping spans merge.
 */
export function highlighted(sentence, begin, end, more = []) {
  const cps = Array.from(sentence);
  const clamp = (x) => Math.max(0, Math.min(x, cps.length));
  const spans = [[begin, end], ...more].map(([b, e]) => [clamp(b), clamp(e)]).filter(([b, e]) => e > b)
    .sort((x, y) => x[0] - y[0]);
  const merged = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([...s]);
  }
  const parts = [];
  let at = 0;
  for (const [b, e] of merged) {
    parts.push(cps.slice(at, b).join(''), h('mark', {}, cps.slice(b, e).join('')));
    at = e;
  }
  parts.push(cps.slice(at).join(''));
  return h('span', { class: 'sentence', lang: 'ar', dir: 'rtl' }, ...parts);
}

// Small inline-SVG charts and the region map, drawn here (no library). Every series has a
// second cue besides colour: its own dash pattern and marker, and its name at the line's end.
'use strict';

const SVGNS = 'http://www.w3.org/2000/svg';
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
const DASHES = ['', '8 4', '2 3', '10 3 2 3', '4 4', '12 4 2 4 2 4', '1 2'];
const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross', 'circle-open', 'square-open'];

function svg(tag, attrs, text) {
  const e = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function marker(kind, x, y, colour) {
  const r = 4.5;
  switch (kind) {
    case 'square': return svg('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, fill: colour });
    case 'square-open': return svg('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, fill: '#fff', stroke: colour, 'stroke-width': 2 });
    case 'triangle': return svg('path', { d: `M${x} ${y - r - 1}L${x + r + 1} ${y + r}L${x - r - 1} ${y + r}Z`, fill: colour });
    case 'diamond': return svg('path', { d: `M${x} ${y - r - 1}L${x + r + 1} ${y}L${x} ${y + r + 1}L${x - r - 1} ${y}Z`, fill: colour });
    case 'cross': return svg('path', { d: `M${x - r} ${y - r}L${x + r} ${y + r}M${x - r} ${y + r}L${x + r} ${y - r}`, stroke: colour, 'stroke-width': 2.5 });
    case 'circle-open': return svg('circle', { cx: x, cy: y, r, fill: '#fff', stroke: colour, 'stroke-width': 2 });
    default: return svg('circle', { cx: x, cy: y, r, fill: colour });
  }
}

/**
 * A line chart of daily series in an <svg>: lines = [{name, values}], start = ISO date of
 * values[0], total = days in the whole period (the x axis spans it), turnDays = marker spacing.
 */
function lineChart(host, { title, lines, start, total, turnDays, yMin, yMax }) {
  const W = 640, H = 260, L = 52, R = 120, T = 28, B = 34;
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': title + ': ' + lines.map(l => l.name + ' ' + (l.values.length ? l.values[l.values.length - 1].toFixed(2) : 'no data')).join(', ') });
  root.append(svg('title', {}, title));
  let lo = yMin, hi = yMax;
  for (const l of lines) for (const v of l.values) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
  if (hi - lo < 1e-9) { hi = lo + 1; }
  const pad = (hi - lo) * 0.08; lo -= pad; hi += pad;
  const x = d => L + (W - L - R) * d / Math.max(1, total - 1);
  const y = v => T + (H - T - B) * (1 - (v - lo) / (hi - lo));
  root.append(svg('text', { x: L, y: 18, 'font-size': 15, 'font-weight': 700, fill: '#1a1a1a' }, title));
  const step = niceStep((hi - lo) / 4);
  for (let v = Math.ceil(lo / step) * step; v <= hi; v += step) {
    root.append(svg('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), stroke: '#dddddd' }));
    root.append(svg('text', { x: L - 6, y: y(v) + 4, 'font-size': 12, 'text-anchor': 'end', fill: '#4d4d4d' }, v.toFixed(step < 0.1 ? 2 : 1)));
  }
  const base = new Date(start + 'T00:00:00Z');
  for (let d = 0; d < total; d++) {
    const date = new Date(base.getTime() + d * 86400000);
    if (date.getUTCDate() === 1) {
      root.append(svg('line', { x1: x(d), x2: x(d), y1: T, y2: H - B, stroke: '#eeeeee' }));
      root.append(svg('text', { x: x(d), y: H - B + 16, 'font-size': 12, 'text-anchor': 'middle', fill: '#4d4d4d' },
        date.toLocaleDateString('en-GB', { month: 'short', timeZone: 'UTC' })));
    }
  }
  root.append(svg('line', { x1: L, x2: L, y1: T, y2: H - B, stroke: '#4d4d4d' }));
  if (!lines.some(l => l.values.length)) {
    root.append(svg('text', { x: (L + W - R) / 2, y: (T + H - B) / 2, 'font-size': 14, 'text-anchor': 'middle', fill: '#4d4d4d' }, 'No day simulated yet'));
  }
  root.append(svg('line', { x1: L, x2: W - R, y1: H - B, y2: H - B, stroke: '#4d4d4d' }));
  const labels = labelPlaces(lines.map(l => l.values.length ? y(l.values[l.values.length - 1]) : -999));
  lines.forEach((l, k) => {
    if (!l.values.length) return;
    const colour = PALETTE[k % PALETTE.length];
    const pts = l.values.map((v, d) => x(d).toFixed(1) + ',' + y(v).toFixed(1)).join(' ');
    root.append(svg('polyline', { points: pts, fill: 'none', stroke: colour, 'stroke-width': 2.5, 'stroke-dasharray': DASHES[k % DASHES.length] }));
    for (let d = 0; d < l.values.length; d += Math.max(1, turnDays)) root.append(marker(MARKERS[k % MARKERS.length], x(d), y(l.values[d]), colour));
    const last = l.values.length - 1;
    root.append(marker(MARKERS[k % MARKERS.length], x(last), y(l.values[last]), colour));
    root.append(svg('text', { x: x(last) + 8, y: labels[k] + 4, 'font-size': 12.5, fill: '#1a1a1a' },
      l.name + ' ' + l.values[last].toFixed(2)));
  });
  host.replaceChildren(root);
}

/** The y of each line's end label: in line order of height, at least 14 px apart. */
function labelPlaces(ends) {
  const order = ends.map((y, k) => [y, k]).sort((a, b) => a[0] - b[0]);
  const out = [];
  let prev = -Infinity;
  for (const [y, k] of order) {
    prev = Math.max(y, prev + 14);
    out[k] = prev;
  }
  return out;
}

function niceStep(raw) {
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  const f = raw / p;
  return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * p;
}

/**
 * Where the circles go: at each state's location, pushed apart where they would overlap
 * (Yokosuka, the US node, lies next to Tokyo) and kept inside the map.
 */
function spread(points, radius, W, H) {
  const p = points.map(([x, y]) => [x, y]);
  const min = 2 * radius + 6;
  for (let round = 0; round < 60; round++) {
    for (let i = 0; i < p.length; i++) {
      for (let j = i + 1; j < p.length; j++) {
        let dx = p[j][0] - p[i][0], dy = p[j][1] - p[i][1];
        let d = Math.hypot(dx, dy);
        if (d >= min) continue;
        if (d < 1e-6) { dx = 1; dy = 0; d = 1; }
        const push = (min - d) / 2;
        p[i][0] -= dx / d * push; p[i][1] -= dy / d * push;
        p[j][0] += dx / d * push; p[j][1] += dy / d * push;
      }
    }
    for (const q of p) { q[0] = Math.min(W - radius - 2, Math.max(radius + 2, q[0])); q[1] = Math.min(H - radius - 14, Math.max(radius + 2, q[1])); }
  }
  return p;
}

/**
 * The region: land and borders, each state a circle with its code and escalation level;
 * lines between states, blue and solid when aligned, red and dashed when hostile, thicker
 * the stronger. Team states have a double ring; a circle pushed off its place has a leader line.
 */
function regionMap(host, outline, actors, alignment) {
  const [west, south, east, north] = [113, 29, 146, 47];
  const xs = Math.cos((south + north) / 2 * Math.PI / 180);
  const W = 520, H = Math.round(W * (north - south) / ((east - west) * xs));
  const px = lon => (lon - west) * W / (east - west);
  const py = lat => (north - lat) * H / (north - south);
  const R = 17;
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img',
    'aria-label': 'Map: ' + actors.map(a => a.name + ' escalation ' + a.escalation.toFixed(1)).join(', ') });
  root.append(svg('title', {}, 'Map of the region'));
  root.append(svg('rect', { x: 0, y: 0, width: W, height: H, fill: '#eef4f8' }));
  const path = (flat, closed) => {
    let d = '';
    for (let k = 0; k + 1 < flat.length; k += 2) d += (k ? 'L' : 'M') + px(flat[k]).toFixed(1) + ' ' + py(flat[k + 1]).toFixed(1);
    return d + (closed ? 'Z' : '');
  };
  if (outline) {
    for (const ring of outline.land) root.append(svg('path', { d: path(ring, true), fill: '#fbfaf5', stroke: '#9a9a9a', 'stroke-width': 0.8 }));
    for (const line of outline.borders) root.append(svg('path', { d: path(line, false), fill: 'none', stroke: '#b5b5b5', 'stroke-width': 0.8, 'stroke-dasharray': '3 2' }));
  }
  const home = actors.map(a => [px(a.lon), py(a.lat)]);
  const at = spread(home, R + 9, W, H); // room for the ring and the number under each circle
  for (let i = 0; i < actors.length; i++) {
    for (let j = i + 1; j < actors.length; j++) {
      const v = alignment[i][j];
      if (Math.abs(v) < 0.25) continue;
      root.append(svg('line', { x1: at[i][0], y1: at[i][1], x2: at[j][0], y2: at[j][1], stroke: v > 0 ? '#0072B2' : '#D55E00',
        'stroke-width': (1 + 5 * Math.abs(v)).toFixed(1), 'stroke-dasharray': v > 0 ? '' : '7 4', 'stroke-opacity': 0.75 }));
    }
  }
  actors.forEach((a, i) => {
    const [x, y] = at[i];
    if (Math.hypot(x - home[i][0], y - home[i][1]) > R / 2) {
      root.append(svg('line', { x1: home[i][0], y1: home[i][1], x2: x, y2: y, stroke: '#1a1a1a', 'stroke-width': 1 }));
      root.append(svg('circle', { cx: home[i][0], cy: home[i][1], r: 2.5, fill: '#1a1a1a' }));
    }
    const heat = Math.min(1, a.escalation / 10);
    const fill = `rgb(${Math.round(255 - 40 * heat)},${Math.round(235 - 170 * heat)},${Math.round(200 - 170 * heat)})`;
    if (a.team) root.append(svg('circle', { cx: x, cy: y, r: R + 4, fill: '#fff', stroke: '#12263a', 'stroke-width': 2 }));
    root.append(svg('circle', { cx: x, cy: y, r: R, fill, stroke: '#1a1a1a', 'stroke-width': 1.5 }));
    root.append(svg('text', { x, y: y + 4, 'font-size': 12, 'font-weight': 700, 'text-anchor': 'middle', fill: '#1a1a1a' }, a.id));
    root.append(svg('text', { x, y: y + R + 16, 'font-size': 12, 'text-anchor': 'middle', fill: '#1a1a1a', 'paint-order': 'stroke', stroke: '#ffffff', 'stroke-width': 3 },
      a.escalation.toFixed(1) + (a.team ? ' · team' : '')));
  });
  host.replaceChildren(root);
}

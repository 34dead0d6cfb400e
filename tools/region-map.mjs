// Makes src/main/resources/entente/gui/region-map.json, the map outline of the GUI, from
// Natural Earth 1:50m land and country borders (public domain) as packaged in the npm
// package world-atlas (TopoJSON). Clips to the region, simplifies, rounds to 0.01 degree.
//   npm install world-atlas@2.0.2 topojson-client@3 && node tools/region-map.mjs > <file>
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// Packages are looked up from the current folder, where they were installed.
const require = createRequire(process.cwd() + "/");
const { feature, mesh } = require("topojson-client");
const atlas = (name) => JSON.parse(readFileSync(require.resolve("world-atlas/" + name), "utf8"));
const [W, S, E, N] = [95, 20, 160, 55];   // lon/lat box of the region
const TOLERANCE = 0.04;                   // Douglas-Peucker tolerance, degrees
const MIN_AREA = 0.05;                    // drop islands smaller than this, square degrees

const round = (v) => Math.round(v * 100) / 100;

// Sutherland-Hodgman clipping of a ring against one edge of the box, then all four.
function clipEdge(ring, inside, cut) {
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i], b = ring[(i + 1) % ring.length];
    if (inside(a)) out.push(a);
    if (inside(a) !== inside(b)) out.push(cut(a, b));
  }
  return out;
}
const at = (a, b, t) => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
function clipRing(ring) {
  let r = ring.slice(0, -1);
  r = clipEdge(r, (p) => p[0] >= W, (a, b) => at(a, b, (W - a[0]) / (b[0] - a[0])));
  r = clipEdge(r, (p) => p[0] <= E, (a, b) => at(a, b, (E - a[0]) / (b[0] - a[0])));
  r = clipEdge(r, (p) => p[1] >= S, (a, b) => at(a, b, (S - a[1]) / (b[1] - a[1])));
  r = clipEdge(r, (p) => p[1] <= N, (a, b) => at(a, b, (N - a[1]) / (b[1] - a[1])));
  return r;
}

function simplify(points) {
  if (points.length < 3) return points;
  const [a, b] = [points[0], points[points.length - 1]];
  let worst = 0, index = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const d = distance(points[i], a, b);
    if (d > worst) { worst = d; index = i; }
  }
  if (worst <= TOLERANCE) return [a, b];
  return simplify(points.slice(0, index + 1)).slice(0, -1).concat(simplify(points.slice(index)));
}
function distance(p, a, b) {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len = Math.hypot(dx, dy);
  return len === 0 ? Math.hypot(p[0] - a[0], p[1] - a[1]) : Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / len;
}
function area(ring) {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i], b = ring[(i + 1) % ring.length];
    s += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(s) / 2;
}
const flat = (points) => points.flatMap((p) => [round(p[0]), round(p[1])]);

const land = [];
for (const f of feature(atlas("land-50m.json"), "land").features) {
  const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const polygon of polygons) {
    const ring = clipRing(polygon[0]);   // outer rings only: lakes are left out
    if (ring.length >= 3 && area(ring) >= MIN_AREA) {
      const s = simplify(ring.concat([ring[0]])).slice(0, -1);
      if (s.length >= 3) land.push(flat(s));
    }
  }
}

const inBox = (p) => p[0] >= W && p[0] <= E && p[1] >= S && p[1] <= N;
const borders = [];
const countries = atlas("countries-50m.json");
for (const line of mesh(countries, countries.objects.countries, (a, b) => a !== b).coordinates) {
  let run = [];
  for (const p of line.concat([null])) {
    if (p && inBox(p)) { run.push(p); continue; }
    if (run.length >= 2) borders.push(flat(simplify(run)));
    run = [];
  }
}

process.stdout.write(JSON.stringify({
  source: "Natural Earth 1:50m land and admin-0 boundaries (public domain), via the npm package world-atlas 2.0.2; "
    + "clipped to " + W + "-" + E + "E, " + S + "-" + N + "N and simplified by tools/region-map.mjs",
  bounds: [W, S, E, N],
  land,
  borders,
}) + "\n");

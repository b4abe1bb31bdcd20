/**
 * The map's geometry, pure and testable without a browser: the projection from longitude and
 * latitude to flat metres, the view (centre and zoom) and its pan and zoom, and the
 * simplification that keeps a big layer cheap to draw at a given zoom.
 */

/** Metres per degree of latitude (and of longitude at the equator). */
const M_PER_DEG = 111_195;

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Bounds {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/**
 * Equirectangular around a reference point: metres east (x) and south (y, as the screen grows
 * down) of it. Within a city's extent the distortion is far below a pixel at any useful zoom.
 */
export class Projection {
  private readonly kx: number;

  constructor(
    readonly lon0: number,
    readonly lat0: number,
  ) {
    this.kx = Math.cos((lat0 * Math.PI) / 180) * M_PER_DEG;
  }

  /** Centred on the middle of these [lon, lat] points (0, 0 when there are none). */
  static around(points: Iterable<readonly [number, number]>): Projection {
    let minLon = Infinity;
    let maxLon = -Infinity;
    let minLat = Infinity;
    let maxLat = -Infinity;
    for (const [lon, lat] of points) {
      minLon = Math.min(minLon, lon);
      maxLon = Math.max(maxLon, lon);
      minLat = Math.min(minLat, lat);
      maxLat = Math.max(maxLat, lat);
    }
    if (minLon > maxLon) return new Projection(0, 0);
    return new Projection((minLon + maxLon) / 2, (minLat + maxLat) / 2);
  }

  project(lon: number, lat: number): Point {
    return { x: (lon - this.lon0) * this.kx, y: -(lat - this.lat0) * M_PER_DEG };
  }

  unproject(x: number, y: number): { lon: number; lat: number } {
    return { lon: this.lon0 + x / this.kx, lat: this.lat0 - y / M_PER_DEG };
  }
}

/** What the map shows: the world point at the middle of the screen and pixels per metre. */
export interface View {
  readonly cx: number;
  readonly cy: number;
  readonly scale: number;
}

/** Zoom bounds in pixels per metre: a whole region at one end, a single house at the other. */
export const MIN_SCALE = 1 / 2000;
export const MAX_SCALE = 8;

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

export function toScreen(view: View, size: Size, x: number, y: number): Point {
  return { x: (x - view.cx) * view.scale + size.width / 2, y: (y - view.cy) * view.scale + size.height / 2 };
}

export function toWorld(view: View, size: Size, sx: number, sy: number): Point {
  return {
    x: view.cx + (sx - size.width / 2) / view.scale,
    y: view.cy + (sy - size.height / 2) / view.scale,
  };
}

/** The view moved by a drag of (dx, dy) pixels: the world follows the pointer. */
export function panBy(view: View, dx: number, dy: number): View {
  return { cx: view.cx - dx / view.scale, cy: view.cy - dy / view.scale, scale: view.scale };
}

/** Zoomed by `factor` about a screen point, which keeps showing the same world point. */
export function zoomAt(view: View, size: Size, factor: number, sx: number, sy: number): View {
  const scale = clampScale(view.scale * factor);
  const p = toWorld(view, size, sx, sy);
  return { cx: p.x - (sx - size.width / 2) / scale, cy: p.y - (sy - size.height / 2) / scale, scale };
}

/** The view that shows all of `bounds`, with a margin of `pad` of the screen on every side. */
export function fitBounds(bounds: Bounds, size: Size, pad = 0.05): View {
  const w = Math.max(1, bounds.maxX - bounds.minX);
  const h = Math.max(1, bounds.maxY - bounds.minY);
  const scale = clampScale(Math.min((size.width * (1 - 2 * pad)) / w, (size.height * (1 - 2 * pad)) / h));
  return { cx: (bounds.minX + bounds.maxX) / 2, cy: (bounds.minY + bounds.maxY) / 2, scale };
}

/** The world rectangle on screen, as an SVG viewBox wants it. */
export function viewBox(view: View, size: Size): { x: number; y: number; w: number; h: number } {
  const w = size.width / view.scale;
  const h = size.height / view.scale;
  return { x: view.cx - w / 2, y: view.cy - h / 2, w, h };
}

/** The bounds of some points, or null for none. */
export function boundsOf(points: Iterable<Point>): Bounds | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  return minX > maxX ? null : { minX, minY, maxX, maxY };
}

/**
 * The detail level for a scale: one per doubling of the zoom, so that a layer's simplified
 * paths are computed once per level and reused while the view pans or zooms within it.
 */
export function detailLevel(scale: number): number {
  return Math.floor(Math.log2(scale));
}

/** Half a pixel at the most zoomed-out scale of a level, in metres. */
export function levelTolerance(level: number): number {
  return 0.5 / 2 ** level;
}

/**
 * Douglas-Peucker: the points of a line (flat [x0, y0, x1, y1, ...]) without those within
 * `tolerance` of the line through their neighbours that are kept. The ends are always kept.
 */
export function simplify(flat: readonly number[], tolerance: number): number[] {
  const n = flat.length / 2;
  if (n <= 2) return [...flat];
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const t2 = tolerance * tolerance;
  const stack: number[] = [0, n - 1];
  while (stack.length > 0) {
    const last = stack.pop() as number;
    const first = stack.pop() as number;
    let worst = -1;
    let worstD2 = t2;
    for (let i = first + 1; i < last; i++) {
      const d2 = segmentDistance2(flat, i, first, last);
      if (d2 > worstD2) {
        worst = i;
        worstD2 = d2;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push(first, worst, worst, last);
    }
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (keep[i] === 1) out.push(flat[2 * i] ?? 0, flat[2 * i + 1] ?? 0);
  return out;
}

/** Squared distance from point i to the segment from point a to point b. */
function segmentDistance2(f: readonly number[], i: number, a: number, b: number): number {
  const px = f[2 * i] ?? 0;
  const py = f[2 * i + 1] ?? 0;
  const ax = f[2 * a] ?? 0;
  const ay = f[2 * a + 1] ?? 0;
  let dx = (f[2 * b] ?? 0) - ax;
  let dy = (f[2 * b + 1] ?? 0) - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  dx = ax + t * dx - px;
  dy = ay + t * dy - py;
  return dx * dx + dy * dy;
}

/**
 * Where to write a polygon's name: the middle of the widest stretch inside the ring along the
 * horizontal line through its vertical middle, which lies inside even a C- or L-shaped area
 * (a centroid may not). Flat [x0, y0, ...] ring; null when it has no area.
 */
export function labelPoint(ring: readonly number[]): Point | null {
  const n = ring.length / 2;
  if (n < 3) return null;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 1; i < ring.length; i += 2) {
    minY = Math.min(minY, ring[i] ?? 0);
    maxY = Math.max(maxY, ring[i] ?? 0);
  }
  // Just off the middle, so that the line does not run exactly through a vertex.
  const y = minY + (maxY - minY) * 0.5000137;
  const xs: number[] = [];
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = ring[2 * i] ?? 0;
    const yi = ring[2 * i + 1] ?? 0;
    const xj = ring[2 * j] ?? 0;
    const yj = ring[2 * j + 1] ?? 0;
    if (yi > y !== yj > y) xs.push(xi + ((y - yi) / (yj - yi)) * (xj - xi));
  }
  xs.sort((a, b) => a - b);
  let best: Point | null = null;
  let widest = 0;
  for (let k = 0; k + 1 < xs.length; k += 2) {
    const a = xs[k] ?? 0;
    const b = xs[k + 1] ?? 0;
    if (b - a > widest) {
      widest = b - a;
      best = { x: (a + b) / 2, y };
    }
  }
  return best;
}

/** The area of a flat ring (absolute, shoelace). */
export function ringArea(ring: readonly number[]): number {
  const n = ring.length / 2;
  let sum = 0;
  for (let i = 0, j = n - 1; i < n; j = i++)
    sum += (ring[2 * j] ?? 0) * (ring[2 * i + 1] ?? 0) - (ring[2 * i] ?? 0) * (ring[2 * j + 1] ?? 0);
  return Math.abs(sum) / 2;
}

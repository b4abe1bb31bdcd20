import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  fitBounds,
  labelPoint,
  MAX_SCALE,
  MIN_SCALE,
  panBy,
  Projection,
  simplify,
  toScreen,
  toWorld,
  viewBox,
  zoomAt,
  type View,
} from "../../adapters/console/web/map-geometry.ts";

const size = { width: 800, height: 600 };
const coord = fc.double({ min: -20_000, max: 20_000, noNaN: true });
const view = fc.record({
  cx: coord,
  cy: coord,
  scale: fc.double({ min: MIN_SCALE, max: MAX_SCALE, noNaN: true }),
});
const pixel = fc.record({
  x: fc.double({ min: 0, max: 800, noNaN: true }),
  y: fc.double({ min: 0, max: 600, noNaN: true }),
});

describe("the map's projection", () => {
  it("given Seattle's centre, a point 1 km east and 1 km north is 1000 m right and 1000 m up", () => {
    const p = new Projection(-122.33, 47.6);
    const east = p.project(-122.33 + 1000 / (111_195 * Math.cos((47.6 * Math.PI) / 180)), 47.6);
    const north = p.project(-122.33, 47.6 + 1000 / 111_195);
    expect(east.x).toBeCloseTo(1000, 6);
    expect(east.y).toBeCloseTo(0, 6);
    expect(north.x).toBeCloseTo(0, 6);
    expect(north.y).toBeCloseTo(-1000, 6);
  });

  it("unproject undoes project", () => {
    const p = new Projection(-122.9, 47.05);
    fc.assert(
      fc.property(
        fc.double({ min: -123.5, max: -122.3, noNaN: true }),
        fc.double({ min: 46.5, max: 47.5, noNaN: true }),
        (lon, lat) => {
          const w = p.project(lon, lat);
          const back = p.unproject(w.x, w.y);
          expect(back.lon).toBeCloseTo(lon, 9);
          expect(back.lat).toBeCloseTo(lat, 9);
        },
      ),
    );
  });

  it("is centred on the middle of the points it is made around", () => {
    const p = Projection.around([
      [-122.46, 47.49],
      [-122.22, 47.74],
    ]);
    expect(p.lon0).toBeCloseTo(-122.34, 9);
    expect(p.lat0).toBeCloseTo(47.615, 9);
  });
});

describe("pan and zoom", () => {
  it("screen and world coordinates are inverse", () => {
    fc.assert(
      fc.property(view, pixel, (v, s) => {
        const w = toWorld(v, size, s.x, s.y);
        const back = toScreen(v, size, w.x, w.y);
        expect(back.x).toBeCloseTo(s.x, 6);
        expect(back.y).toBeCloseTo(s.y, 6);
      }),
    );
  });

  it("a drag moves the world with the pointer: what was under it stays under it", () => {
    fc.assert(
      fc.property(
        view,
        pixel,
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.double({ min: -500, max: 500, noNaN: true }),
        (v, s, dx, dy) => {
          const grabbed = toWorld(v, size, s.x, s.y);
          const after = toScreen(panBy(v, dx, dy), size, grabbed.x, grabbed.y);
          expect(after.x).toBeCloseTo(s.x + dx, 6);
          expect(after.y).toBeCloseTo(s.y + dy, 6);
        },
      ),
    );
  });

  it("zooming about a pixel keeps the world point under it, within the zoom bounds", () => {
    fc.assert(
      fc.property(view, pixel, fc.double({ min: 0.01, max: 100, noNaN: true }), (v, s, factor) => {
        const before = toWorld(v, size, s.x, s.y);
        const z = zoomAt(v, size, factor, s.x, s.y);
        const after = toWorld(z, size, s.x, s.y);
        expect(z.scale).toBeGreaterThanOrEqual(MIN_SCALE);
        expect(z.scale).toBeLessThanOrEqual(MAX_SCALE);
        expect(after.x).toBeCloseTo(before.x, 4);
        expect(after.y).toBeCloseTo(before.y, 4);
      }),
    );
  });

  it("zooming in then out by the same factor about the same pixel gives the view back", () => {
    const v: View = { cx: 120, cy: -340, scale: 0.05 };
    const back = zoomAt(zoomAt(v, size, 1.5, 100, 450), size, 1 / 1.5, 100, 450);
    expect(back.cx).toBeCloseTo(v.cx, 6);
    expect(back.cy).toBeCloseTo(v.cy, 6);
    expect(back.scale).toBeCloseTo(v.scale, 12);
  });

  it("fitting shows all of the bounds, centred, with the margin on the tighter side", () => {
    fc.assert(
      fc.property(
        coord,
        coord,
        fc.double({ min: 100, max: 30_000, noNaN: true }),
        fc.double({ min: 100, max: 30_000, noNaN: true }),
        (x, y, w, h) => {
          const v = fitBounds({ minX: x, minY: y, maxX: x + w, maxY: y + h }, size, 0.05);
          const box = viewBox(v, size);
          expect(box.x).toBeLessThanOrEqual(x + 1e-6);
          expect(box.y).toBeLessThanOrEqual(y + 1e-6);
          expect(box.x + box.w).toBeGreaterThanOrEqual(x + w - 1e-6);
          expect(box.y + box.h).toBeGreaterThanOrEqual(y + h - 1e-6);
          expect(Math.min(box.w * 0.9 - w, box.h * 0.9 - h)).toBeCloseTo(0, 3);
        },
      ),
    );
  });
});

describe("simplification and label points", () => {
  it("Douglas-Peucker keeps the ends and drops points within the tolerance of a straight line", () => {
    const line = [0, 0, 10, 0.2, 20, -0.3, 30, 0, 40, 5, 50, 0];
    expect(simplify(line, 1)).toEqual([0, 0, 30, 0, 40, 5, 50, 0]);
    expect(simplify(line, 10)).toEqual([0, 0, 50, 0]);
  });

  it("every dropped point lies within the tolerance of the simplified line", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(coord, coord), { minLength: 2, maxLength: 60 }),
        fc.double({ min: 0.1, max: 500, noNaN: true }),
        (points, tolerance) => {
          const flat = points.flat();
          const kept = simplify(flat, tolerance);
          expect(kept.slice(0, 2)).toEqual(flat.slice(0, 2));
          expect(kept.slice(-2)).toEqual(flat.slice(-2));
          for (let i = 0; i < flat.length; i += 2)
            expect(distanceToLine(flat[i] ?? 0, flat[i + 1] ?? 0, kept)).toBeLessThanOrEqual(
              tolerance + 1e-6,
            );
        },
      ),
    );
  });

  it("the label point of an L-shaped area lies inside it, where its centroid would not", () => {
    // An L: the bar along the bottom and the stem up the left.
    const ring = [0, 0, 100, 0, 100, 10, 10, 10, 10, 100, 0, 100];
    const p = labelPoint(ring);
    expect(p).not.toBeNull();
    const inside = (x: number, y: number) =>
      (x >= 0 && x <= 100 && y >= 0 && y <= 10) || (x >= 0 && x <= 10 && y >= 0 && y <= 100);
    expect(inside(p?.x ?? -1, p?.y ?? -1)).toBe(true);
  });
});

/** Distance from a point to a polyline (flat). */
function distanceToLine(px: number, py: number, flat: readonly number[]): number {
  let best = Infinity;
  for (let i = 0; i + 3 < flat.length; i += 2) {
    const ax = flat[i] ?? 0;
    const ay = flat[i + 1] ?? 0;
    const dx = (flat[i + 2] ?? 0) - ax;
    const dy = (flat[i + 3] ?? 0) - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
    best = Math.min(best, Math.hypot(ax + t * dx - px, ay + t * dy - py));
  }
  return best;
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  boxLowerBoundMeters,
  chordMetersOfHav,
  EARTH_RADIUS_METERS,
  haversineMeters,
  haversineMetersWithCos,
  havLimitOfMeters,
  isValidLonLat,
} from "./haversine.ts";

const lon = fc.double({ min: -180, max: 180, noNaN: true });
const lat = fc.double({ min: -90, max: 90, noNaN: true });

describe("haversineMeters", () => {
  it("matches known distances", () => {
    // London (Charing Cross) to Paris (Notre-Dame).
    expect(haversineMeters(-0.1276, 51.5072, 2.3522, 48.8566) / 1000).toBeCloseTo(343.5, 0);
    expect(haversineMeters(0, 0, 0, 1)).toBeCloseTo((Math.PI / 180) * EARTH_RADIUS_METERS, 6);
    expect(haversineMeters(0, 0, 0, 1) / 1000).toBeCloseTo(111.2, 1);
    expect(haversineMeters(0, 0, 1, 0)).toBeCloseTo(haversineMeters(0, 0, 0, 1), 6);
    // One degree of longitude shrinks with cos(latitude).
    expect(haversineMeters(0, 60, 1, 60) / haversineMeters(0, 0, 1, 0)).toBeCloseTo(0.5, 4);
  });

  it("gives pi * R for antipodes and 0 for identical points", () => {
    expect(haversineMeters(0, 0, 180, 0)).toBeCloseTo(Math.PI * EARTH_RADIUS_METERS, 3);
    expect(haversineMeters(-122.3, 47.6, 57.7, -47.6)).toBeCloseTo(Math.PI * EARTH_RADIUS_METERS, 3);
    expect(haversineMeters(0, -90, 0, 90)).toBeCloseTo(Math.PI * EARTH_RADIUS_METERS, 3);
    expect(haversineMeters(12.5, 41.9, 12.5, 41.9)).toBe(0);
  });

  it("crosses the antimeridian the short way", () => {
    const across = haversineMeters(179.9, 10, -179.9, 10);
    expect(across).toBeCloseTo(haversineMeters(-0.1, 10, 0.1, 10), 6);
    expect(across).toBeLessThan(30_000);
    expect(haversineMeters(180, 0, -180, 0)).toBeLessThan(1e-6);
  });

  it("is symmetric, bounded and satisfies the triangle inequality", () => {
    fc.assert(
      fc.property(lon, lat, lon, lat, lon, lat, (x1, y1, x2, y2, x3, y3) => {
        const d12 = haversineMeters(x1, y1, x2, y2);
        expect(haversineMeters(x2, y2, x1, y1)).toBe(d12);
        expect(d12).toBeGreaterThanOrEqual(0);
        expect(d12).toBeLessThanOrEqual(Math.PI * EARTH_RADIUS_METERS);
        const d13 = haversineMeters(x1, y1, x3, y3);
        const d32 = haversineMeters(x3, y3, x2, y2);
        // Haversine keeps ~sqrt(epsilon) relative precision near antipodes: centimetres, not nanometres.
        expect(d12).toBeLessThanOrEqual(d13 + d32 + 0.5);
      }),
      { numRuns: 2000 },
    );
  });

  it("is bit-identical to the cached-cosine variant", () => {
    fc.assert(
      fc.property(lon, lat, lon, lat, (x1, y1, x2, y2) => {
        const cos1 = Math.cos(y1 * (Math.PI / 180));
        const cos2 = Math.cos(y2 * (Math.PI / 180));
        expect(haversineMetersWithCos(x1, y1, cos1, x2, y2, cos2)).toBe(haversineMeters(x1, y1, x2, y2));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("isValidLonLat", () => {
  it("accepts the closed ranges and rejects everything else", () => {
    expect(isValidLonLat(0, 0)).toBe(true);
    expect(isValidLonLat(-180, -90)).toBe(true);
    expect(isValidLonLat(180, 90)).toBe(true);
    expect(isValidLonLat(180.000001, 0)).toBe(false);
    expect(isValidLonLat(-180.000001, 0)).toBe(false);
    expect(isValidLonLat(0, 90.000001)).toBe(false);
    expect(isValidLonLat(0, -90.000001)).toBe(false);
    expect(isValidLonLat(Number.NaN, 0)).toBe(false);
    expect(isValidLonLat(0, Number.NaN)).toBe(false);
    expect(isValidLonLat(Infinity, 0)).toBe(false);
    expect(isValidLonLat(0, -Infinity)).toBe(false);
  });
});

describe("boxLowerBoundMeters", () => {
  const boxArb = fc
    .record({
      x1: fc.double({ min: -180, max: 180, noNaN: true }),
      x2: fc.double({ min: -180, max: 180, noNaN: true }),
      y1: fc.double({ min: -90, max: 90, noNaN: true }),
      y2: fc.double({ min: -90, max: 90, noNaN: true }),
      scale: fc.constantFrom(1, 0.1, 0.001),
    })
    .map(({ x1, x2, y1, y2, scale }) => {
      const minX = Math.min(x1, x2);
      const minY = Math.min(y1, y2);
      return {
        minX,
        minY,
        maxX: minX + (Math.max(x1, x2) - minX) * scale,
        maxY: minY + (Math.max(y1, y2) - minY) * scale,
      };
    });

  it("never exceeds the distance to any point of the box, including off-corner meridian points", () => {
    fc.assert(
      fc.property(
        boxArb,
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -90, max: 90, noNaN: true }),
        fc.array(
          fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
          { maxLength: 8 },
        ),
        (box, lon, lat, fractions) => {
          const bound = boxLowerBoundMeters(lon, lat, box);
          const candidates: [number, number][] = [
            [box.minX, box.minY],
            [box.minX, box.maxY],
            [box.maxX, box.minY],
            [box.maxX, box.maxY],
            ...fractions.map(([fx, fy]): [number, number] => [
              box.minX + fx * (box.maxX - box.minX),
              box.minY + fy * (box.maxY - box.minY),
            ]),
          ];
          // The closest point of each bounding meridian's great circle, clamped into the box: it is the
          // true nearest point when it falls between the corners, and lies poleward of the query latitude.
          const rad = Math.PI / 180;
          for (const meridian of [box.minX, box.maxX]) {
            const dLon = (meridian - lon) * rad;
            const nearestLat = Math.atan2(Math.sin(lat * rad), Math.cos(lat * rad) * Math.cos(dLon)) / rad;
            candidates.push([meridian, Math.min(box.maxY, Math.max(box.minY, nearestLat))]);
          }
          for (const [x, y] of candidates) expect(bound).toBeLessThanOrEqual(haversineMeters(lon, lat, x, y));
          if (lon >= box.minX && lon <= box.maxX && lat >= box.minY && lat <= box.maxY) expect(bound).toBe(0);
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it("is tight at city scale", () => {
    const box = { minX: -122.4, minY: 47.5, maxX: -122.2, maxY: 47.7 };
    // Due south of the box: the latitude gap is the exact answer.
    expect(
      boxLowerBoundMeters(-122.3, 47.2, box) / haversineMeters(-122.3, 47.2, -122.3, 47.5),
    ).toBeGreaterThan(0.9999);
    // South-west of the box: the corner is (very nearly) the nearest point.
    const corner = haversineMeters(-122.6, 47.3, -122.4, 47.5);
    expect(boxLowerBoundMeters(-122.6, 47.3, box) / corner).toBeGreaterThan(0.998);
    expect(boxLowerBoundMeters(-122.6, 47.3, box)).toBeLessThanOrEqual(corner);
  });
});

describe("havLimitOfMeters", () => {
  it("a hav above the limit of m has a chord above m, and one a ten-millionth below it a chord within m (20,000 cases)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.oneof(fc.double({ min: 0, max: 2.1e7, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true })),
        (hav, meters) => {
          if (hav > havLimitOfMeters(meters)) expect(chordMetersOfHav(hav)).toBeGreaterThan(meters);
          const below = havLimitOfMeters(meters) * (1 - 1e-7);
          expect(chordMetersOfHav(below)).toBeLessThanOrEqual(meters);
        },
      ),
      { numRuns: 20_000 },
    );
    expect(havLimitOfMeters(Infinity)).toBe(Infinity);
    expect(havLimitOfMeters(Number.NaN)).toBe(Infinity);
    expect(havLimitOfMeters(-1)).toBeLessThan(0);
  });
});

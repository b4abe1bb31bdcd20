import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { haversineMeters } from "./haversine.ts";
import { KeyedMinHeap } from "./heap.ts";
import type { CellNode, Entry } from "./search.ts";
import { GeoPointIndex, newEntry, type GeoSearchHit, type GeoSearchOptions } from "./nearest.ts";

type UnitType = "engine" | "medic" | "ladder";
interface Unit {
  type: UnitType;
  available: boolean;
  turnoutSeconds: number;
}
interface Point {
  id: string;
  lon: number;
  lat: number;
  value: Unit;
}

const METERS_PER_DEG_LAT = 111_195;
const TYPES: UnitType[] = ["engine", "medic", "ladder"];

function wrapLon(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/** Scan every point: the definition of the right answer. */
function bruteForce(points: Iterable<Point>, lon: number, lat: number, opts: GeoSearchOptions<Unit>) {
  const hits: GeoSearchHit<Unit>[] = [];
  for (const p of points) {
    if (opts.accept !== undefined && !opts.accept(p.value, p.id)) continue;
    const distanceMeters = haversineMeters(lon, lat, p.lon, p.lat);
    if (distanceMeters > (opts.maxDistanceMeters ?? Infinity)) continue;
    const cost = opts.cost === undefined ? distanceMeters : opts.cost(p.value, distanceMeters);
    hits.push({ id: p.id, value: p.value, lon: p.lon, lat: p.lat, distanceMeters, cost });
  }
  hits.sort((a, b) => a.cost - b.cost || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return hits.slice(0, Math.max(0, opts.k));
}

const ids = (hits: { id: string }[]): string => hits.map((h) => h.id).join();

const unitArb = fc.record({
  type: fc.constantFrom(...TYPES),
  available: fc.boolean(),
  turnoutSeconds: fc.constantFrom(0, 30, 60, 90),
});

const dbl = (min: number, max: number) => fc.double({ min, max, noNaN: true });
const city = (lon: fc.Arbitrary<number>, lat: fc.Arbitrary<number>) =>
  fc.record({ kind: fc.constant("city"), lon, lat });

// Where the scenario is centred; "global" scatters points over the whole sphere (huge tree boxes).
const centerArb = fc.oneof(
  { weight: 14, arbitrary: city(dbl(-180, 180), dbl(0, 70)) },
  { weight: 2, arbitrary: city(fc.constantFrom(180, -180, 179.95, -179.95, 179.8), dbl(-60, 60)) },
  { weight: 2, arbitrary: city(dbl(-180, 180), fc.constantFrom(90, 89.9, 89.5, -89.8, 86)) },
  { weight: 1, arbitrary: fc.constant({ kind: "global", lon: 0, lat: 0 }) },
);

const offsetArb = fc.record({
  dx: dbl(-1, 1),
  dy: dbl(-1, 1),
  // Sometimes sit exactly on an earlier point so that costs tie and ids must break them.
  dupOf: fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat() }),
});

const scenarioArb = fc.record({
  center: centerArb,
  radiusMeters: fc.constantFrom(500, 5_000, 30_000),
  points: fc.array(fc.record({ offset: offsetArb, unit: unitArb }), {
    minLength: 1,
    maxLength: 300,
    size: "max",
  }),
  queries: fc.array(
    fc.record({
      dx: dbl(-1.3, 1.3),
      dy: dbl(-1.3, 1.3),
      k: fc.integer({ min: 1, max: 12 }),
      type: fc.option(fc.constantFrom(...TYPES)),
      requireAvailable: fc.boolean(),
      costMode: fc.constantFrom("distance", "eta", "eta-no-bound", "eta-inverse", "eta-short-inverse"),
      speedMps: dbl(5, 30),
      maxDistanceMeters: fc.oneof(
        { weight: 2, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: dbl(0, 40_000) },
      ),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});

type Center = { kind: string; lon: number; lat: number };

function place(center: Center, radiusMeters: number, dx: number, dy: number): { lon: number; lat: number } {
  if (center.kind === "global") {
    return { lon: wrapLon(dx * 180), lat: (Math.asin(Math.min(1, Math.max(-1, dy))) * 180) / Math.PI };
  }
  const dLatDeg = (dy * radiusMeters) / METERS_PER_DEG_LAT;
  const cosLat = Math.max(Math.cos((center.lat * Math.PI) / 180), 0.01);
  const dLonDeg = (dx * radiusMeters) / (METERS_PER_DEG_LAT * cosLat);
  return { lon: wrapLon(center.lon + dLonDeg), lat: Math.min(90, Math.max(-90, center.lat + dLatDeg)) };
}

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;
type QuerySpec = Scenario["queries"][number];

function toOptions(q: QuerySpec): GeoSearchOptions<Unit> {
  const opts: GeoSearchOptions<Unit> = {
    k: q.k,
    accept: (u) => (q.type === null || u.type === q.type) && (!q.requireAvailable || u.available),
  };
  if (q.maxDistanceMeters !== null) opts.maxDistanceMeters = q.maxDistanceMeters;
  if (q.costMode !== "distance") opts.cost = (u, d) => u.turnoutSeconds + d / q.speedMps;
  if (q.costMode !== "distance" && q.costMode !== "eta-no-bound") opts.costLowerBound = (d) => d / q.speedMps;
  // The inverse is only a guess the search checks: a short one must not lose hits.
  if (q.costMode === "eta-inverse") opts.costLowerBoundInverse = (c) => c * q.speedMps;
  if (q.costMode === "eta-short-inverse") opts.costLowerBoundInverse = (c) => (c * q.speedMps) / 3 - 10;
  return opts;
}

function expectSameAsBruteForce(
  index: GeoPointIndex<Unit>,
  points: Iterable<Point>,
  lon: number,
  lat: number,
  opts: GeoSearchOptions<Unit>,
): void {
  const got = index.search(lon, lat, opts);
  const want = bruteForce(points, lon, lat, opts);
  expect(got).toEqual(want);
}

describe("GeoPointIndex.search equals a brute-force haversine scan", () => {
  it("on random cities, filters and costs (10,000 cases)", () => {
    fc.assert(
      fc.property(scenarioArb, ({ center, radiusMeters, points, queries }) => {
        const index = new GeoPointIndex<Unit>();
        const placed: Point[] = [];
        points.forEach(({ offset, unit }, i) => {
          const earlier = offset.dupOf === null || i === 0 ? undefined : placed[offset.dupOf % i];
          const pos = earlier ?? place(center, radiusMeters, offset.dx, offset.dy);
          const p = { id: `u${i}`, lon: pos.lon, lat: pos.lat, value: unit };
          placed.push(p);
          index.set(p.id, p.lon, p.lat, p.value);
        });
        for (const q of queries) {
          const at = place(center, radiusMeters, q.dx, q.dy);
          expectSameAsBruteForce(index, placed, at.lon, at.lat, toOptions(q));
        }
      }),
      { numRuns: 10_000 },
    );
  });
});

describe("GeoPointIndex.search into the hits of earlier searches", () => {
  it("when the points are split over one index per type and each is searched in turn into one array, then the hits are those of one search over all (2,000 cases)", () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.shuffledSubarray(TYPES),
        ({ center, radiusMeters, points, queries }, order) => {
          const byType = new Map(TYPES.map((t) => [t, new GeoPointIndex<Unit>()]));
          const placed: Point[] = [];
          points.forEach(({ offset, unit }, i) => {
            const earlier = offset.dupOf === null || i === 0 ? undefined : placed[offset.dupOf % i];
            const pos = earlier ?? place(center, radiusMeters, offset.dx, offset.dy);
            const p = { id: `u${i}`, lon: pos.lon, lat: pos.lat, value: unit };
            placed.push(p);
            byType.get(unit.type)?.set(p.id, p.lon, p.lat, p.value);
          });
          for (const q of queries) {
            const at = place(center, radiusMeters, q.dx, q.dy);
            const opts = toOptions(q);
            const hits: GeoSearchHit<Unit>[] = [];
            for (const t of order) byType.get(t)?.search(at.lon, at.lat, { ...opts, into: hits });
            const wanted = placed.filter((p) => order.includes(p.value.type));
            expect(hits).toEqual(bruteForce(wanted, at.lon, at.lat, opts));
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe("GeoPointIndex updates in place", () => {
  const opArb = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        op: fc.constant("set"),
        id: fc.nat({ max: 30 }),
        offset: offsetArb,
        unit: unitArb,
      }),
    },
    { weight: 1, arbitrary: fc.record({ op: fc.constant("remove"), id: fc.nat({ max: 30 }) }) },
  );

  it("set() moves points and remove() drops them, matching a brute-force model", () => {
    fc.assert(
      fc.property(
        dbl(-180, 180),
        dbl(0, 70),
        fc.array(opArb, { minLength: 1, maxLength: 80, size: "max" }),
        fc.record({ dx: dbl(-1, 1), dy: dbl(-1, 1) }),
        (lon, lat, ops, query) => {
          const center = { kind: "city", lon, lat };
          const index = new GeoPointIndex<Unit>();
          const model = new Map<string, Point>();
          const at = place(center, 30_000, query.dx, query.dy);
          const opts: GeoSearchOptions<Unit> = { k: 3, accept: (u) => u.available };
          ops.forEach((op, step) => {
            const id = `u${op.id}`;
            if (op.op === "remove") {
              expect(index.remove(id)).toBe(model.delete(id));
            } else {
              const prev = model.get(id);
              const pos =
                op.offset.dupOf !== null && prev !== undefined
                  ? prev
                  : place(center, 30_000, op.offset.dx, op.offset.dy);
              model.set(id, { id, lon: pos.lon, lat: pos.lat, value: op.unit });
              index.set(id, pos.lon, pos.lat, op.unit);
            }
            expect(index.size).toBe(model.size);
            expect(index.get(id)).toBe(model.get(id)?.value);
            if (step % 4 === 3) expectSameAsBruteForce(index, model.values(), at.lon, at.lat, opts);
          });
          expectSameAsBruteForce(index, model.values(), at.lon, at.lat, { k: 100 });
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it("supports get, has, position, clear and reports unknown ids", () => {
    const index = new GeoPointIndex<string>();
    index.set("a", -122.33, 47.61, "engine 1");
    index.set("b", -122.3, 47.6, "medic 2");
    expect(index.size).toBe(2);
    expect(index.get("a")).toBe("engine 1");
    expect(index.has("b")).toBe(true);
    expect(index.position("b")).toEqual({ lon: -122.3, lat: 47.6 });
    index.set("a", -122.33, 47.61, "engine 1 (renamed)");
    expect(index.get("a")).toBe("engine 1 (renamed)");
    expect(index.size).toBe(2);
    index.set("a", -122.2, 47.7, "engine 1 (moved)");
    expect(index.position("a")).toEqual({ lon: -122.2, lat: 47.7 });
    expect(index.search(-122.2, 47.7, { k: 1 })[0]).toMatchObject({ id: "a", distanceMeters: 0, cost: 0 });
    expect(index.remove("missing")).toBe(false);
    expect([index.get("missing"), index.position("missing")]).toEqual([undefined, undefined]);
    index.clear();
    expect(index.size).toBe(0);
    expect(index.search(-122.3, 47.6, { k: 5 })).toEqual([]);
  });
});

/**
 * The grid's invariants, read from its private fields: every cell is non-empty, its entries link back to it at
 * their slot, its `tight` box is exactly the box of its points, and its box in the tree contains that.
 */
function expectCellsExact(index: GeoPointIndex<Unit>): void {
  const cells = (index as unknown as { cells: Map<number, CellNode> }).cells;
  let count = 0;
  for (const cell of cells.values()) {
    const entries = cell.children as Entry<Unit>[];
    expect(entries.length).toBeGreaterThan(0);
    count += entries.length;
    const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
    entries.forEach((e, i) => {
      expect(e.cell).toBe(cell);
      expect(e.slot).toBe(i);
      box.minX = Math.min(box.minX, e.lon);
      box.maxX = Math.max(box.maxX, e.lon);
      box.minY = Math.min(box.minY, e.lat);
      box.maxY = Math.max(box.maxY, e.lat);
    });
    expect(cell.tight).toEqual(box);
    expect(
      cell.minX <= box.minX && cell.maxX >= box.maxX && cell.minY <= box.minY && cell.maxY >= box.maxY,
    ).toBe(true);
  }
  expect(count).toBe(index.size);
}

describe("GeoPointIndex under many moves between searches", () => {
  // Steps from a point's last place: within a grid cell, across a few cells, or anywhere in the scenario.
  const moveArb = fc.record({
    id: fc.nat(),
    step: fc.constantFrom(0.0005, 0.01, 0.1, 2),
    dx: dbl(-1, 1),
    dy: dbl(-1, 1),
    gone: fc.oneof(
      { weight: 12, arbitrary: fc.constant(false) },
      { weight: 1, arbitrary: fc.constant(true) },
    ),
  });
  const roundsArb = fc.array(
    fc.record({
      moves: fc.array(moveArb, { maxLength: 60 }),
      query: fc.record({ dx: dbl(-1.3, 1.3), dy: dbl(-1.3, 1.3), k: fc.integer({ min: 1, max: 8 }) }),
    }),
    { minLength: 1, maxLength: 8 },
  );
  /** How far the points spread from the center (m), and the points: each an offset and a unit. */
  const radiusArb = fc.constantFrom(500, 5_000, 30_000);
  const pointsArb = fc.array(fc.record({ offset: offsetArb, unit: unitArb }), {
    minLength: 1,
    maxLength: 150,
  });

  it("search equals a brute-force scan after each round of moves, removals and re-insertions (1,000 cases)", () => {
    fc.assert(
      fc.property(centerArb, radiusArb, pointsArb, roundsArb, (center, radiusMeters, points, rounds) => {
        const index = new GeoPointIndex<Unit>();
        const model = new Map<string, Point>();
        const offsets: { dx: number; dy: number }[] = [];
        points.forEach(({ offset, unit }, i) => {
          // Clusters of points at one place (a station) next to scattered ones.
          const earlier = offset.dupOf === null || i === 0 ? undefined : offsets[offset.dupOf % i];
          const at = earlier ?? { dx: offset.dx, dy: offset.dy };
          offsets.push({ ...at });
          const pos = place(center, radiusMeters, at.dx, at.dy);
          model.set(`u${i}`, { id: `u${i}`, lon: pos.lon, lat: pos.lat, value: unit });
          index.set(`u${i}`, pos.lon, pos.lat, unit);
        });
        for (const { moves, query } of rounds) {
          for (const move of moves) {
            const i = move.id % points.length;
            const id = `u${i}`;
            if (move.gone) {
              expect(index.remove(id)).toBe(model.delete(id));
              continue;
            }
            const at = offsets[i]!;
            at.dx = Math.max(-1.3, Math.min(1.3, at.dx + move.dx * move.step));
            at.dy = Math.max(-1.3, Math.min(1.3, at.dy + move.dy * move.step));
            const pos = place(center, radiusMeters, at.dx, at.dy);
            const value = points[i]!.unit;
            expect(index.set(id, pos.lon, pos.lat, value)).toBe(!model.has(id));
            model.set(id, { id, lon: pos.lon, lat: pos.lat, value });
          }
          expect(index.size).toBe(model.size);
          const at = place(center, radiusMeters, query.dx, query.dy);
          const opts: GeoSearchOptions<Unit> = { k: query.k, accept: (u) => u.available };
          expectSameAsBruteForce(index, model.values(), at.lon, at.lat, opts);
          expectSameAsBruteForce(index, model.values(), at.lon, at.lat, { k: query.k });
        }
        for (const p of model.values()) expect(index.position(p.id)).toEqual({ lon: p.lon, lat: p.lat });
      }),
      { numRuns: 1_000 },
    );
  });

  it("entries held by reference (add, move, delete), hopping between two indexes next to points set by id, equal a brute-force scan after each round (500 cases)", () => {
    fc.assert(
      fc.property(centerArb, radiusArb, pointsArb, roundsArb, (center, radiusMeters, points, rounds) => {
        const indexes = [new GeoPointIndex<Unit>(), new GeoPointIndex<Unit>()];
        const models = [new Map<string, Point>(), new Map<string, Point>()];
        // Odd points are set by id in index 0; even ones are entries, in index `where[i]` (-1: in none).
        const entries = points.map(({ unit }, i) => newEntry(`u${i}`, unit));
        const where = points.map(() => -1);
        const offsets = points.map(({ offset }) => ({ dx: offset.dx, dy: offset.dy }));
        const put = (i: number, target: number) => {
          const id = `u${i}`;
          const pos = place(center, radiusMeters, offsets[i]!.dx, offsets[i]!.dy);
          const value = points[i]!.unit;
          if (i % 2 === 1) {
            expect(indexes[0]!.set(id, pos.lon, pos.lat, value)).toBe(!models[0]!.has(id));
            models[0]!.set(id, { id, lon: pos.lon, lat: pos.lat, value });
            return;
          }
          const entry = entries[i]!;
          if (where[i] === target) indexes[target]!.move(entry, pos.lon, pos.lat);
          else {
            if (where[i]! >= 0) {
              indexes[where[i]!]!.delete(entry);
              models[where[i]!]!.delete(id);
            }
            indexes[target]!.add(entry, pos.lon, pos.lat);
            where[i] = target;
          }
          models[target]!.set(id, { id, lon: pos.lon, lat: pos.lat, value });
          expect({ lon: entry.lon, lat: entry.lat }).toEqual(pos);
        };
        points.forEach((_, i) => put(i, i % 3 === 0 ? 1 : 0));
        for (const { moves, query } of rounds) {
          for (const move of moves) {
            const i = move.id % points.length;
            const id = `u${i}`;
            if (move.gone) {
              if (i % 2 === 1) expect(indexes[0]!.remove(id)).toBe(models[0]!.delete(id));
              else if (where[i]! >= 0) {
                indexes[where[i]!]!.delete(entries[i]!);
                models[where[i]!]!.delete(id);
                where[i] = -1;
              }
              continue;
            }
            const at = offsets[i]!;
            at.dx = Math.max(-1.3, Math.min(1.3, at.dx + move.dx * move.step));
            at.dy = Math.max(-1.3, Math.min(1.3, at.dy + move.dy * move.step));
            // A big step also changes index.
            put(i, move.step === 2 ? (Math.max(0, where[i]!) + 1) % 2 : Math.max(0, where[i]!));
          }
          const at = place(center, radiusMeters, query.dx, query.dy);
          for (let t = 0; t < 2; t++) {
            expectCellsExact(indexes[t]!);
            expect(indexes[t]!.size).toBe(models[t]!.size);
            const opts: GeoSearchOptions<Unit> = { k: query.k, accept: (u) => u.available };
            expectSameAsBruteForce(indexes[t]!, models[t]!.values(), at.lon, at.lat, opts);
            expectSameAsBruteForce(indexes[t]!, models[t]!.values(), at.lon, at.lat, { k: query.k });
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("rejects a grid size that is not a power of two", () => {
    expect(() => new GeoPointIndex(100)).toThrow(RangeError);
    expect(() => new GeoPointIndex(2 ** 17)).toThrow(RangeError);
    expect(new GeoPointIndex(1).size).toBe(0);
  });
});

describe("GeoPointIndex.search edge cases", () => {
  it("finds a unit across the antimeridian", () => {
    const index = new GeoPointIndex<null>();
    index.set("west", -179.9, -16.5, null); // ~21 km from the query, across 180°
    index.set("east", 179.5, -16.5, null); // ~43 km, same side
    for (let i = 0; i < 50; i++) index.set(`far${i}`, 170 - i, -16.5, null);
    const [hit] = index.search(179.9, -16.5, { k: 1 });
    expect(hit?.id).toBe("west");
    expect(hit?.distanceMeters).toBeCloseTo(haversineMeters(179.9, -16.5, -179.9, -16.5), 6);
    expect(index.search(-180, -16.5, { k: 1 })[0]?.id).toBe("west");
    expect(index.search(180, -16.5, { k: 2 }).map((h) => h.id)).toEqual(["west", "east"]);
  });

  it("finds a unit across the pole", () => {
    const index = new GeoPointIndex<null>();
    index.set("same-meridian", 10, 89.9, null); // ~10 km south of the query
    index.set("over-the-pole", -170, 89.99, null); // ~2.2 km, on the opposite meridian
    expect(index.search(10, 89.99, { k: 1 })[0]?.id).toBe("over-the-pole");
  });

  it("breaks cost ties by id and honours k, maxDistanceMeters and NaN costs", () => {
    const index = new GeoPointIndex<number>();
    for (const id of ["c", "a", "d", "b"]) index.set(id, 2.35, 48.85, 0);
    index.set("z", 2.36, 48.85, 0);
    expect(ids(index.search(2.35, 48.85, { k: 3 }))).toBe("a,b,c");
    expect(index.search(2.35, 48.85, { k: 0 })).toEqual([]);
    expect(ids(index.search(2.35, 48.85, { k: 10, maxDistanceMeters: 0 }))).toBe("a,b,c,d");
    expect(index.search(2.35, 48.85, { k: 10, maxDistanceMeters: -1 })).toEqual([]);
    expect(ids(index.search(2.35, 48.85, { k: 10, accept: (_v, id) => id !== "b" }))).toBe("a,c,d,z");
    expect(ids(index.search(2.35, 48.85, { k: 2, cost: (_v, d) => (d === 0 ? Number.NaN : d) }))).toBe("z");
  });

  it("rejects invalid positions and modification from callbacks; allows nested searches", () => {
    const index = new GeoPointIndex<number>();
    expect(() => index.set("x", 181, 0, 1)).toThrow(RangeError);
    expect(() => index.set("x", 0, Number.NaN, 1)).toThrow(RangeError);
    index.set("x", 0, 0, 1);
    expect(() => index.search(0, 91, { k: 1 })).toThrow(RangeError);
    expect(() => index.search(0, 0, { k: 1, accept: () => index.remove("x") })).toThrow(/during search/);
    expect(index.has("x")).toBe(true);
    const nested = index.search(0, 0, { k: 1, accept: () => index.search(1, 1, { k: 1 }).length === 1 });
    expect(nested.map((h) => h.id)).toEqual(["x"]);
  });
});

describe("why not planar nearest on raw degrees", () => {
  it("picks a different unit than the great-circle search", () => {
    // At 60°N a degree of longitude covers half the ground of a degree of latitude.
    const query = { lon: -149.9, lat: 60 };
    const units = [
      { id: "north", lon: -149.9, lat: 60.1 }, // 0.10° away, 11.1 km
      { id: "east", lon: -149.75, lat: 60 }, // 0.15° away, 8.3 km
    ];
    const planarDeg = (u: { lon: number; lat: number }) => Math.hypot(u.lon - query.lon, u.lat - query.lat);
    expect(planarDeg(units[0]!)).toBeLessThan(planarDeg(units[1]!));
    const index = new GeoPointIndex<null>();
    for (const u of units) index.set(u.id, u.lon, u.lat, null);
    expect(index.search(query.lon, query.lat, { k: 1 })[0]?.id).toBe("east");
  });

  it("disagrees with the great-circle answer for a sizeable share of Seattle queries", () => {
    let seed = 42;
    const random = (): number => {
      // mulberry32
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const around = () => ({ lon: -122.33 + (random() - 0.5) * 0.8, lat: 47.6 + (random() - 0.5) * 0.5 });
    let disagreements = 0;
    const queries = 2_000;
    for (let q = 0; q < queries; q++) {
      const units = Array.from({ length: 8 }, around);
      const at = around();
      const byPlanar = (u: { lon: number; lat: number }) => Math.hypot(u.lon - at.lon, u.lat - at.lat);
      const byGreatCircle = (u: { lon: number; lat: number }) =>
        haversineMeters(at.lon, at.lat, u.lon, u.lat);
      const argmin = (f: (u: { lon: number; lat: number }) => number) =>
        units.reduce((best, u) => (f(u) < f(best) ? u : best));
      if (argmin(byPlanar) !== argmin(byGreatCircle)) disagreements++;
    }
    // About 1 in 8 (13% with 8 units, 8% with 2) at this latitude.
    expect(disagreements / queries).toBeGreaterThan(0.08);
  });
});

describe("KeyedMinHeap", () => {
  it("pops by key, then in push order, and is reusable after clear()", () => {
    const heap = new KeyedMinHeap<number>();
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 60 }), (keys) => {
        heap.clear();
        keys.forEach((key, i) => heap.push(i, key));
        const popped: number[] = [];
        while (heap.size > 0) popped.push(heap.pop()!);
        const expected = keys.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
        expect(popped).toEqual(expected);
        expect(heap.pop()).toBeUndefined();
        expect(heap.peekKey()).toBe(Infinity);
      }),
      { numRuns: 500 },
    );
  });
});

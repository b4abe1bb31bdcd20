import { mulberry32 } from "../adapters/sim/prng.ts";
/**
 * k=1 filtered nearest-unit query: GeoPointIndex (best-first great-circle search over rbush) against a
 * linear haversine scan and turf's nearestPoint, at 1k/10k/100k units in a Seattle-sized area.
 * Run: npx tsx bench/nearest.bench.ts
 */
import { featureCollection, point } from "@turf/helpers";
import { nearestPoint } from "@turf/nearest-point";
import { Bench } from "tinybench";
import { GeoPointIndex, haversineMeters } from "../engine/geo/index.ts";

interface Unit {
  available: boolean;
}

const SIZES = [1_000, 10_000, 100_000];
const QUERY_COUNT = 4_096;
// Seattle: ~17 km east-west by ~29 km north-south around 47.6°N.
const AREA = { minLon: -122.45, maxLon: -122.22, minLat: 47.48, maxLat: 47.74 };

function randomLonLat(random: () => number): [number, number] {
  return [
    AREA.minLon + random() * (AREA.maxLon - AREA.minLon),
    AREA.minLat + random() * (AREA.maxLat - AREA.minLat),
  ];
}

interface Fixture {
  index: GeoPointIndex<Unit>;
  lons: Float64Array;
  lats: Float64Array;
  available: Uint8Array;
  ids: string[];
  turfPoints: ReturnType<typeof featureCollection<GeoJSON.Point, { id: string }>>;
}

function buildFixture(n: number, random: () => number): Fixture {
  const index = new GeoPointIndex<Unit>();
  const lons = new Float64Array(n);
  const lats = new Float64Array(n);
  const available = new Uint8Array(n);
  const ids: string[] = [];
  const features = [];
  for (let i = 0; i < n; i++) {
    const [lon, lat] = randomLonLat(random);
    const id = `unit-${i}`;
    const isAvailable = random() < 0.5;
    lons[i] = lon;
    lats[i] = lat;
    available[i] = isAvailable ? 1 : 0;
    ids.push(id);
    index.set(id, lon, lat, { available: isAvailable });
    if (isAvailable) features.push(point([lon, lat], { id }));
  }
  return { index, lons, lats, available, ids, turfPoints: featureCollection(features) };
}

/** Nearest available unit by scanning every unit; ties by id like the index. */
function linearNearest(f: Fixture, lon: number, lat: number): string | undefined {
  let bestId: string | undefined;
  let bestMeters = Infinity;
  for (let i = 0; i < f.lons.length; i++) {
    if (f.available[i] === 0) continue;
    const d = haversineMeters(lon, lat, f.lons[i]!, f.lats[i]!);
    if (d < bestMeters || (d === bestMeters && bestId !== undefined && f.ids[i]! < bestId)) {
      bestMeters = d;
      bestId = f.ids[i];
    }
  }
  return bestId;
}

const accept = (u: Unit): boolean => u.available;
const random = mulberry32(20240611);
const queries = Array.from({ length: QUERY_COUNT }, () => randomLonLat(random));
const bench = new Bench({
  time: 1_000,
  warmupTime: 200,
  timestampProvider: "hrtimeNow",
  subtractTimerOverhead: true,
});
let sink = 0;
let q = 0;
const nextQuery = (): [number, number] => queries[q++ & (QUERY_COUNT - 1)]!;

for (const n of SIZES) {
  const f = buildFixture(n, random);
  // The comparison is only meaningful if all three agree on the answer.
  for (const [lon, lat] of queries.slice(0, 200)) {
    const fromIndex = f.index.search(lon, lat, { k: 1, accept })[0]?.id;
    const fromTurf = nearestPoint(point([lon, lat]), f.turfPoints).properties.id;
    if (fromIndex !== linearNearest(f, lon, lat) || fromIndex !== fromTurf) {
      throw new Error(`disagreement at ${lon},${lat}: ${fromIndex} vs ${fromTurf}`);
    }
  }
  const label = `${n / 1000}k`;
  bench
    .add(`GeoPointIndex.search k=1 accept n=${label}`, () => {
      const [lon, lat] = nextQuery();
      sink += f.index.search(lon, lat, { k: 1, accept }).length;
    })
    .add(`linear haversine scan n=${label}`, () => {
      const [lon, lat] = nextQuery();
      sink += linearNearest(f, lon, lat)?.length ?? 0;
    })
    .add(`turf nearestPoint n=${label}`, () => {
      const [lon, lat] = nextQuery();
      sink += nearestPoint(point([lon, lat]), f.turfPoints).properties.featureIndex;
    });
}

await bench.run();

const micros = (name: string, stat: "p50" | "p99"): number => {
  const result = bench.getTask(name)?.result;
  if (result === undefined || !("latency" in result)) throw new Error(`no result for ${name}`);
  return result.latency[stat] * 1000;
};
const rows = SIZES.map((n) => {
  const label = `${n / 1000}k`;
  const index = `GeoPointIndex.search k=1 accept n=${label}`;
  const linear = `linear haversine scan n=${label}`;
  const turf = `turf nearestPoint n=${label}`;
  const fmt = (x: number): string => (x < 100 ? x.toFixed(2) : x.toFixed(0));
  return {
    points: n,
    "index p50 µs": fmt(micros(index, "p50")),
    "index p99 µs": fmt(micros(index, "p99")),
    "linear p50 µs": fmt(micros(linear, "p50")),
    "linear p99 µs": fmt(micros(linear, "p99")),
    "turf p50 µs": fmt(micros(turf, "p50")),
    "turf p99 µs": fmt(micros(turf, "p99")),
    "speedup vs linear (p50)": `${(micros(linear, "p50") / micros(index, "p50")).toFixed(0)}x`,
    "speedup vs turf (p50)": `${(micros(turf, "p50") / micros(index, "p50")).toFixed(0)}x`,
  };
});
console.table(rows);
console.log(`(checksum ${sink})`);

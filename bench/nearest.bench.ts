/**
 * k=1 filtered nearest-unit query: GeoPointIndex (best-first great-circle search over rbush) against a
 * linear haversine scan and turf's nearestPoint, at 1k/10k/100k units in a Seattle-sized area.
 * Run: node --import tsx bench/nearest.bench.ts; bench/run.ts calls runNearest().
 */
import { featureCollection, point } from "@turf/helpers";
import { nearestPoint } from "@turf/nearest-point";
import { Bench } from "tinybench";
import { mulberry32 } from "../adapters/sim/prng.ts";
import { GeoPointIndex, haversineMeters } from "../engine/geo/index.ts";
import { timing, type Timing } from "./lib/report.ts";
import { isMain } from "./lib/stats.ts";

interface Unit {
  available: boolean;
}

export const NEAREST_SIZES = [1_000, 10_000, 100_000] as const;
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

export interface NearestSizeResult {
  readonly units: number;
  readonly index: Timing;
  readonly linear: Timing;
  readonly turf: Timing;
}

/** The index, the linear scan and turf at each size, in the same run; throws if they disagree. */
export async function runNearest(opts: {
  sizes: readonly number[];
  timeMs: number;
  warmupMs: number;
}): Promise<NearestSizeResult[]> {
  const random = mulberry32(20240611);
  const queries = Array.from({ length: QUERY_COUNT }, () => randomLonLat(random));
  const bench = new Bench({
    time: opts.timeMs,
    warmupTime: opts.warmupMs,
    timestampProvider: "hrtimeNow",
    subtractTimerOverhead: true,
  });
  let sink = 0;
  let q = 0;
  const nextQuery = (): [number, number] => queries[q++ & (QUERY_COUNT - 1)]!;
  const names = (n: number) => {
    const label = `${n / 1000}k`;
    return {
      index: `GeoPointIndex.search k=1 accept n=${label}`,
      linear: `linear haversine scan n=${label}`,
      turf: `turf nearestPoint n=${label}`,
    };
  };
  for (const n of opts.sizes) {
    const f = buildFixture(n, mulberry32(20240611 + n));
    // The comparison is only meaningful if all three agree on the answer.
    for (const [lon, lat] of queries.slice(0, 200)) {
      const fromIndex = f.index.search(lon, lat, { k: 1, accept })[0]?.id;
      const fromTurf = nearestPoint(point([lon, lat]), f.turfPoints).properties.id;
      if (fromIndex !== linearNearest(f, lon, lat) || fromIndex !== fromTurf) {
        throw new Error(`disagreement at ${lon},${lat}: ${fromIndex} vs ${fromTurf}`);
      }
    }
    const name = names(n);
    bench
      .add(name.index, () => {
        const [lon, lat] = nextQuery();
        sink += f.index.search(lon, lat, { k: 1, accept }).length;
      })
      .add(name.linear, () => {
        const [lon, lat] = nextQuery();
        sink += linearNearest(f, lon, lat)?.length ?? 0;
      })
      .add(name.turf, () => {
        const [lon, lat] = nextQuery();
        sink += nearestPoint(point([lon, lat]), f.turfPoints).properties.featureIndex;
      });
  }
  await bench.run();
  if (sink === 0) throw new Error("nearest bench: nothing ran");
  return opts.sizes.map((n) => {
    const name = names(n);
    return {
      units: n,
      index: timing(bench, name.index),
      linear: timing(bench, name.linear),
      turf: timing(bench, name.turf),
    };
  });
}

if (isMain(import.meta.url)) {
  const results = await runNearest({ sizes: NEAREST_SIZES, timeMs: 1_000, warmupMs: 200 });
  const fmt = (x: number): string => (x < 100 ? x.toFixed(2) : x.toFixed(0));
  console.table(
    results.map((r) => ({
      points: r.units,
      "index p50 µs": fmt(r.index.p50Us),
      "index p99 µs": fmt(r.index.p99Us),
      "linear p50 µs": fmt(r.linear.p50Us),
      "linear p99 µs": fmt(r.linear.p99Us),
      "turf p50 µs": fmt(r.turf.p50Us),
      "turf p99 µs": fmt(r.turf.p99Us),
      "speedup vs linear (p50)": `${(r.linear.p50Us / r.index.p50Us).toFixed(0)}x`,
      "speedup vs turf (p50)": `${(r.turf.p50Us / r.index.p50Us).toFixed(0)}x`,
    })),
  );
}

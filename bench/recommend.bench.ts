/**
 * recommend() — a response plan filled by ETA from the in-place unit index — against a linear scan of
 * every unit computing the same answer, and turf's nearestPoint (straight-line, a simpler question), at
 * 1k/10k/100k units in a ~30 km city at 47.6°N. Fleets are built through the engine (AddUnit,
 * UpdateUnitStatus, UpdateUnitLocation, ReceiveCall), seeded, so every run measures the same states.
 * Run: npm run bench:recommend   (node --import tsx bench/recommend.bench.ts); bench/run.ts calls
 * runRecommend().
 */
import { featureCollection, point } from "@turf/helpers";
import { nearestPoint } from "@turf/nearest-point";
import { Bench } from "tinybench";
import { loadConfigFile } from "../adapters/config/index.ts";
import { mulberry32 } from "../adapters/sim/prng.ts";
import { haversineMeters } from "../engine/geo/index.ts";
import type { EngineState, Incident, PlanSlot } from "../engine/index.ts";
import {
  canFill,
  effectivePosition,
  isIndexedStatus,
  isMutualAid,
  recommend,
  unitEtaSeconds,
} from "../engine/recommend/index.ts";
import { buildFleet, openIncidents, spacedPlaces, type Fleet } from "./lib/fleet.ts";
import { fmt, machineInfo, markdownTable, timing, type Timing } from "./lib/report.ts";
import { isMain } from "./lib/stats.ts";

export const RECOMMEND_SIZES = [1_000, 10_000, 100_000] as const;
const INCIDENT_COUNT = 1_000;
const CROSS_CHECK_COUNT = 200;
const COMMAND = "npm run bench:recommend";
const TASKS = {
  one: "recommend 1-engine plan (AFAR)",
  fib: "recommend FIB plan (5 units)",
  linear: "linear scan 1-engine by ETA",
  turf: "turf nearestPoint, available engines",
} as const;
export type TaskKey = keyof typeof TASKS;

const config = loadConfigFile();
const sizeLabel = (n: number): string => `${n / 1000}k`;
const taskName = (key: TaskKey, n: number): string => `${TASKS[key]} n=${sizeLabel(n)}`;

interface Best {
  readonly id: string;
  readonly eta: number;
}

const beats = (eta: number, id: string, best: Best | undefined): boolean =>
  best === undefined || eta < best.eta || (eta === best.eta && id < best.id);

/**
 * The unit recommend() puts in `slot`, found by scanning every unit: the lowest (ETA, id) among free
 * capable units not in `used`, home agencies before mutual aid.
 */
function linearFill(
  state: EngineState,
  incident: Incident,
  now: number,
  slot: PlanSlot,
  used: ReadonlySet<string>,
): string | null {
  const staleMs = config.recommendation.staleAfterSeconds * 1000;
  let home: Best | undefined;
  let aid: Best | undefined;
  for (const unit of state.units.values()) {
    if (!canFill(config, unit, slot) || used.has(unit.id)) continue;
    const at = effectivePosition(unit, now, staleMs);
    if (at === null) continue;
    const meters = haversineMeters(incident.lon, incident.lat, at.lon, at.lat);
    const eta = unitEtaSeconds(config, unit, at.mode, meters);
    if (isMutualAid(config, unit)) {
      if (beats(eta, unit.id, aid)) aid = { id: unit.id, eta };
    } else if (beats(eta, unit.id, home)) home = { id: unit.id, eta };
  }
  return (home ?? aid)?.id ?? null;
}

/** Every slot of the incident's plan filled in order by linearFill, like recommend(). */
function linearPlan(state: EngineState, incident: Incident, now: number): (string | null)[] {
  const used = new Set(incident.unitIds);
  const out: (string | null)[] = [];
  for (const slot of config.callTypes.get(incident.callType)?.plan ?? []) {
    for (let k = 0; k < slot.count; k++) {
      const id = linearFill(state, incident, now, slot, used);
      if (id !== null) used.add(id);
      out.push(id);
    }
  }
  return out;
}

const recommendedIds = (fleet: Fleet, incident: Incident): (string | null)[] =>
  recommend(fleet.state, config, incident, fleet.now).slots.map((s) => s.unit?.unitId ?? null);

/** Available engines (any agency) at their indexed positions, for turf. */
function availableEngines(fleet: Fleet) {
  const staleMs = config.recommendation.staleAfterSeconds * 1000;
  const features = [];
  for (const unit of fleet.state.units.values()) {
    if (unit.type !== "engine" || unit.status !== "available") continue;
    const at = effectivePosition(unit, fleet.now, staleMs);
    if (at !== null) features.push(point([at.lon, at.lat], { id: unit.id }));
  }
  return featureCollection(features);
}

type Engines = ReturnType<typeof availableEngines>;
const turfNearest = (engines: Engines, incident: Incident): string =>
  nearestPoint(point([incident.lon, incident.lat]), engines).properties.id;

/**
 * Aborts unless recommend() and the linear scan agree on the first slot of `count` AFAR incidents (and
 * on every slot of as many FIB incidents); returns how often turf's straight-line pick is the same engine.
 */
function crossCheck(
  fleet: Fleet,
  afar: Incident[],
  fib: Incident[],
  engines: Engines,
  count: number,
): number {
  let turfAgrees = 0;
  for (let i = 0; i < count; i++) {
    const incident = afar[i]!;
    const fromIndex = recommendedIds(fleet, incident)[0] ?? null;
    const fromScan = linearPlan(fleet.state, incident, fleet.now)[0] ?? null;
    if (fromIndex === null || fromIndex !== fromScan)
      throw new Error(
        `cross-check failed on ${incident.id}: recommend ${fromIndex}, linear scan ${fromScan}`,
      );
    if (turfNearest(engines, incident) === fromIndex) turfAgrees++;
    const plan = recommendedIds(fleet, fib[i]!);
    const scanned = linearPlan(fleet.state, fib[i]!, fleet.now);
    if (plan.length !== 5 || plan.includes(null) || plan.join() !== scanned.join())
      throw new Error(
        `cross-check failed on ${fib[i]!.id}: recommend ${plan.join()}, scan ${scanned.join()}`,
      );
  }
  return turfAgrees;
}

/** Cycles through the pre-generated incidents. */
function cycle(incidents: readonly Incident[]): () => Incident {
  let i = 0;
  return () => {
    const incident = incidents[i]!;
    i = i + 1 === incidents.length ? 0 : i + 1;
    return incident;
  };
}

let sink = 0;

export interface RecommendSizeResult {
  readonly units: number;
  readonly timings: Record<TaskKey, Timing>;
  /** Of the cross-checked AFAR incidents, how many turf's straight-line pick was recommend's engine. */
  readonly turfAgrees: number;
  readonly crossChecked: number;
}

export interface RecommendOptions {
  readonly sizes: readonly number[];
  readonly timeMs: number;
  readonly warmupMs: number;
  /** Incidents on which recommend() is checked against the linear scan (default 200). */
  readonly crossCheck?: number;
  readonly log?: (line: string) => void;
}

/**
 * recommend() at each fleet size against the linear scan and turf, in the same run; throws unless
 * recommend() and the scan agree on every cross-checked incident.
 */
export async function runRecommend(opts: RecommendOptions): Promise<RecommendSizeResult[]> {
  // The same seeded fleets and places whatever sizes are asked for: each size draws from its own stream.
  const out: RecommendSizeResult[] = [];
  for (const n of opts.sizes) out.push(await benchSize(n, opts));
  return out;
}

async function benchSize(n: number, opts: RecommendOptions): Promise<RecommendSizeResult> {
  const started = performance.now();
  const random = mulberry32(20250601 + n);
  const places = spacedPlaces(random, 2 * INCIDENT_COUNT);
  const fleet = buildFleet(config, n, random);
  const afar = openIncidents(config, fleet, places.slice(0, INCIDENT_COUNT), "AFAR");
  const fib = openIncidents(config, fleet, places.slice(INCIDENT_COUNT), "FIB");
  const engines = availableEngines(fleet);
  // The index holds the units that may be free (half the fleet is out of service).
  const free = [...fleet.state.units.values()].filter((u) => isIndexedStatus(u.status)).length;
  if (fleet.state.unitIndex.size !== free)
    throw new Error(`index holds ${fleet.state.unitIndex.size} of ${free}`);
  const crossChecked = opts.crossCheck ?? CROSS_CHECK_COUNT;
  const turfAgrees = crossCheck(fleet, afar, fib, engines, crossChecked);
  opts.log?.(
    `n=${sizeLabel(n)}: built and cross-checked in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
      `${engines.features.length} available engines`,
  );
  const { state, now } = fleet;
  const [nextOne, nextFib, nextLinear, nextTurf] = [cycle(afar), cycle(fib), cycle(afar), cycle(afar)];
  const bench = new Bench({
    time: opts.timeMs,
    warmupTime: opts.warmupMs,
    timestampProvider: "hrtimeNow",
    subtractTimerOverhead: true,
  });
  bench
    .add(taskName("one", n), () => {
      sink += recommend(state, config, nextOne(), now).slots.length;
    })
    .add(taskName("fib", n), () => {
      sink += recommend(state, config, nextFib(), now).slots.length;
    })
    .add(taskName("linear", n), () => {
      sink += linearPlan(state, nextLinear(), now)[0]?.length ?? 0;
    })
    .add(taskName("turf", n), () => {
      sink += turfNearest(engines, nextTurf()).length;
    });
  await bench.run();
  const keys = Object.keys(TASKS) as TaskKey[];
  const timings = Object.fromEntries(keys.map((k) => [k, timing(bench, taskName(k, n))]));
  return {
    units: n,
    timings: timings as Record<TaskKey, Timing>,
    turfAgrees,
    crossChecked,
  };
}

/** How many times faster recommend()'s 1-engine plan is than `versus`, at the given statistic. */
export function recommendSpeedup(r: RecommendSizeResult, versus: TaskKey, stat: "p50Us" | "p99Us"): number {
  return r.timings[versus][stat] / r.timings.one[stat];
}

export const RECOMMEND_TASKS = TASKS;

async function main(): Promise<void> {
  const SIZES = RECOMMEND_SIZES;
  const all = await runRecommend({
    sizes: SIZES,
    timeMs: 1_500,
    warmupMs: 200,
    log: (line) => console.error(line),
  });
  const results = new Map(all.map((r) => [r.units, r.timings]));
  const turfAgreement = new Map(all.map((r) => [r.units, r.turfAgrees]));
  const speedup = (n: number, versus: TaskKey, stat: "p50Us" | "p99Us"): number =>
    recommendSpeedup(
      all.find((r) => r.units === n)!,
      versus,
      stat,
    );
  const x = (ratio: number): string => `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1)}×`;

  console.log(`\n## recommend() vs linear scan vs turf nearestPoint\n`);
  console.log(`Machine: ${machineInfo()}  `);
  console.log(`Command: \`${COMMAND}\`\n`);
  const timingRows = SIZES.flatMap((n) =>
    (Object.keys(TASKS) as TaskKey[]).map((k) => {
      const t = results.get(n)![k];
      return [sizeLabel(n), TASKS[k], fmt(t.p50Us), fmt(t.p99Us), fmt(t.opsPerSec)];
    }),
  );
  console.log(markdownTable(["size", "task", "p50 µs", "p99 µs", "ops/s"], timingRows, 2));
  console.log(
    "\n" +
      markdownTable(
        [
          "size",
          "recommend vs linear (p50)",
          "vs linear (p99)",
          "recommend vs turf (p50)",
          "vs turf (p99)",
          "turf picks recommend's engine",
        ],
        SIZES.map((n) => [
          sizeLabel(n),
          x(speedup(n, "linear", "p50Us")),
          x(speedup(n, "linear", "p99Us")),
          x(speedup(n, "turf", "p50Us")),
          x(speedup(n, "turf", "p99Us")),
          `${turfAgreement.get(n)}/${CROSS_CHECK_COUNT}`,
        ]),
      ),
  );
  console.log(`
Notes: half of the units are out of service; the index holds the other half (the units that may be free) at fresh AVL fixes. ops/s = 1 / mean latency.
recommend() returns a full plan, top-${config.recommendation.topK} ranked candidates per slot with reasons, by
ETA = turnout + travel, home agencies before mutual aid. The linear scan finds only the 1-engine answer with
the same ETA; it was checked equal to recommend() on ${CROSS_CHECK_COUNT} incidents per size (FIB plans too).
turf nearestPoint answers a simpler question: the straight-line nearest available engine of any agency (no
ETA, no mutual-aid ordering, hence the disagreements, no candidates). (checksum ${sink})`);
  const at10k = results.get(10_000)!;
  console.log(
    JSON.stringify({
      recommend_p99_us_10k: Number(at10k.one.p99Us.toFixed(3)),
      recommend_p50_us_10k: Number(at10k.one.p50Us.toFixed(3)),
      recommend_speedup_vs_turf_10k: Number(speedup(10_000, "turf", "p50Us").toFixed(2)),
      recommend_speedup_vs_linear_10k: Number(speedup(10_000, "linear", "p50Us").toFixed(2)),
    }),
  );
}

if (isMain(import.meta.url)) await main();

/**
 * Runs every benchmark suite and reports against the targets of issue 7.
 *   npm run bench        (node --expose-gc --import tsx bench/run.ts): the full run; writes
 *                        bench/results/report.md, results.json and SVG plots, and rewrites the README's
 *                        generated Performance block.
 *   npm run bench:quick  (... bench/run.ts --quick): the headline measures at the same sizes (10k units,
 *                        100k incidents) with fewer iterations, in about a minute on an idle machine;
 *                        leaves out the codec, index and per-kind suites; runs the end-to-end
 *                        case without and with authentication (ABBA) and compares; writes nothing.
 * Both print, as the last line of stdout, one JSON object with every headline measure (null, with a
 * `<key>_reason`, only for a part that could not run). Progress goes to stderr. A part that fails is
 * reported and the others still run; the exit code is then 1.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfigFile } from "../adapters/config/index.ts";
import type { Input } from "../engine/index.ts";
import { runCodec } from "./codec.bench.ts";
import { runDecide } from "./decide.bench.ts";
import { runInprocess } from "./inprocess.bench.ts";
import { buildMeasured, fleetMemory, runMemory, type FleetSamples } from "./memory.bench.ts";
import { NEAREST_SIZES, type runNearest } from "./nearest.bench.ts";
import { RECOMMEND_SIZES, type runRecommend } from "./recommend.bench.ts";
import { runRecovery } from "./recovery.bench.ts";
import { demoDayReplays, metroDayReplay, runReplay, testWorkloadInputs } from "./replay.bench.ts";
import { demoDayFacts, loadDemoDay } from "./lib/demo-day.ts";
import { metroDayFacts, recordMetroDay } from "./lib/metro-day.ts";
import { e2eProblem, loadE2E } from "./lib/e2e.ts";
import { inFreshProcess } from "./lib/fresh.ts";
import { runHotPath } from "./lib/hot-path.ts";
import { REPLAY_STATE_ONLY, REPLAY_WITH_RECOMMENDATIONS, measures } from "./lib/measures.ts";
import { kindCounts, mixedLog } from "./lib/mixed.ts";
import { writeResults } from "./lib/write-results.ts";
import { machine, summary, type RunResults } from "./lib/results.ts";
import { snapshotRoundTrips } from "./lib/snapshots.ts";
import { lifecycleInputs } from "./lib/state.ts";

const quick = process.argv.includes("--quick");
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const RESULTS_DIR = join(ROOT, "bench", "results");

/** How much of everything: the sizes are the same in both plans, the iterations are not. */
const PLAN = quick
  ? {
      // Left out: what no key of the quick line needs (the full run measures it).
      codec: null,
      nearest: null,
      recommend: { sizes: [10_000], timeMs: 250, warmupMs: 50, crossCheck: 50 },
      mix: { units: 10_000, inputs: 40_000 },
      inprocessPasses: 1,
      replay: { passes: 1, byKind: false, withRecommendations: false, testWorkload: 0 },
      metroDay: { passes: 3, byKind: false },
      demoDay: { passes: 5, byKind: false, whole: false },
      recovery: { units: 1_000, inputs: 8_000, recoveries: 2, rawReads: 3 },
      snapshot: { writes: 1, restores: 1, stepRuns: 0, encodeSteps: false },
      memory: { live: 1, restored: 0 },
      decide: null,
      hotPathInputs: 0,
    }
  : {
      codec: { timeMs: 300, warmupMs: 50 },
      nearest: { sizes: [...NEAREST_SIZES], timeMs: 1_000, warmupMs: 200 },
      recommend: { sizes: [...RECOMMEND_SIZES], timeMs: 1_500, warmupMs: 200 },
      mix: { units: 10_000, inputs: 200_000 },
      inprocessPasses: 3,
      replay: { passes: 3, byKind: true, withRecommendations: true, testWorkload: 200_000 },
      metroDay: { passes: 5, byKind: true },
      demoDay: { passes: 15, byKind: true, whole: true },
      recovery: { units: 2_000, inputs: 45_000, recoveries: 3, rawReads: 3 },
      snapshot: { writes: 3, restores: 5, stepRuns: 3 },
      memory: { live: 3, restored: 3 },
      decide: { timeMs: 500, warmupMs: 100 },
      hotPathInputs: 50_000,
    };

const started = performance.now();
const log = (line: string): void =>
  console.error(`[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${line}`);
const config = loadConfigFile();
const results: RunResults = {
  quick,
  command: quick ? "npm run bench:quick" : "npm run bench",
  date: new Date().toISOString(),
  machine: machine(),
  load: { start: loadavg()[0] ?? NaN, end: NaN },
  wallSeconds: 0,
  failures: [],
};
/** Failures that are bugs (not a part that is simply not available here). */
let errors = 0;

async function part(name: string, fn: () => Promise<void> | void): Promise<void> {
  log(`${name}...`);
  const wall = performance.now();
  const cpu = process.cpuUsage();
  try {
    await fn();
    const used = process.cpuUsage(cpu);
    const cpuS = (used.user + used.system) / 1e6;
    log(
      `${name}: ${((performance.now() - wall) / 1000).toFixed(1)} s, ${cpuS.toFixed(1)} s of CPU in this process`,
    );
  } catch (error) {
    errors++;
    const reason = (error as Error).message.split("\n")[0] ?? String(error);
    results.failures.push({ part: name, reason: `failed: ${reason}` });
    log(`${name} FAILED: ${(error as Error).stack ?? reason}`);
  }
}

const { codec, nearest, decide } = PLAN;
if (codec !== null)
  await part("codec", async () => {
    results.codec = await runCodec(codec);
  });
// The latency suites each in a process of their own (bench/lib/fresh.ts): not after other suites' work.
if (nearest !== null)
  await part("nearest", async () => {
    results.nearest = await inFreshProcess<Awaited<ReturnType<typeof runNearest>>>(
      new URL("./nearest.bench.ts", import.meta.url).href,
      "runNearest",
      nearest,
      log,
    );
  });
await part("recommend", async () => {
  results.recommend = await inFreshProcess<Awaited<ReturnType<typeof runRecommend>>>(
    new URL("./recommend.bench.ts", import.meta.url).href,
    "runRecommend",
    PLAN.recommend,
    log,
  );
});
await streamParts();
await part("metro day", () => {
  const metro = recordMetroDay();
  results.replays = [...(results.replays ?? []), metroDayReplay(metro, PLAN.metroDay)];
  results.metroDay = metroDayFacts(metro);
  return Promise.resolve();
});
await demoDayPart();
await part("recovery", async () => {
  const small = mixedLog(config, { units: PLAN.recovery.units, inputs: PLAN.recovery.inputs, seed: 7 });
  results.recovery = await runRecovery(config, [...small.roster, ...small.stream], { ...PLAN.recovery, log });
});
await e2ePart();
await statePart();

results.wallSeconds = (performance.now() - started) / 1000;
results.load.end = loadavg()[0] ?? NaN;
if (!quick) {
  try {
    for (const line of await writeResults(results, RESULTS_DIR, join(ROOT, "README.md"))) log(line);
  } catch (error) {
    errors++;
    log(`results not written: ${(error as Error).message}`);
  }
}
log(
  `done in ${results.wallSeconds.toFixed(1)} s${results.failures.length > 0 ? `; ${results.failures.length} part(s) not measured` : ""}`,
);
console.log(JSON.stringify(summary(results, measures(results))));
process.exitCode = errors > 0 ? 1 : 0;

/** In process, and replay into memory, on one realistic mixed log. */
async function streamParts(): Promise<void> {
  let mix: ReturnType<typeof mixedLog> | undefined;
  await part("mixed log", () => {
    mix = mixedLog(config, { ...PLAN.mix, seed: 42 });
    const kinds = Object.fromEntries(kindCounts(mix.stream));
    results.mix = { units: PLAN.mix.units, roster: mix.roster.length, stream: mix.stream.length, kinds };
  });
  if (mix === undefined) return;
  const log_ = mix;
  await part("inprocess", () => {
    results.inprocess = runInprocess(config, log_, { passes: PLAN.inprocessPasses });
  });
  await part("replay", () => {
    const whole: Input[] = [...log_.roster, ...log_.stream];
    const { passes, byKind } = PLAN.replay;
    const replays = [runReplay(config, REPLAY_STATE_ONLY, whole, { passes, byKind, recommendations: false })];
    if (PLAN.replay.withRecommendations)
      replays.push(
        runReplay(config, REPLAY_WITH_RECOMMENDATIONS, whole, { passes, byKind, recommendations: true }),
      );
    if (PLAN.replay.testWorkload > 0) {
      const tests = testWorkloadInputs(PLAN.replay.testWorkload, 42);
      replays.push(
        runReplay(config, "tests' workload, state only", tests, { passes, byKind, recommendations: false }),
      );
      replays.push(
        runReplay(config, "tests' workload, with recommendations", tests, {
          passes,
          byKind,
          recommendations: true,
        }),
      );
    }
    results.replays = replays;
  });
}

/** Replay into memory of a recorded day of real calls (Seattle Fire's log), when its data is here. */
async function demoDayPart(): Promise<void> {
  await part("demo day", async () => {
    const demo = await loadDemoDay();
    if ("skipped" in demo) {
      results.failures.push({ part: "demo day", reason: `not available: ${demo.skipped}` });
      log(`demo day: skipped, ${demo.skipped}`);
      return;
    }
    results.replays = [...(results.replays ?? []), ...demoDayReplays(demo, PLAN.demoDay)];
    results.demoDay = demoDayFacts(demo);
  });
}

async function e2ePart(): Promise<void> {
  log("e2e...");
  const loaded = await loadE2E();
  if ("reason" in loaded) {
    results.failures.push({ part: "e2e", reason: `not available: ${loaded.reason}` });
    log(`e2e: not available (${loaded.reason})`);
    return;
  }
  try {
    // The quick run also says what authentication costs: four runs, without and with, in ABBA order.
    const r = await loaded.runE2E({ quick, seed: 42, log: (line) => log(`e2e: ${line}`), authAbba: quick });
    const problem = e2eProblem(r);
    if (problem !== undefined) throw new Error(problem);
    results.e2e = r;
  } catch (error) {
    errors++;
    results.failures.push({ part: "e2e", reason: `failed: ${(error as Error).message.split("\n")[0]}` });
    log(`e2e FAILED: ${(error as Error).stack ?? String(error)}`);
  }
}

/** The 100k-incident state: snapshot write and restore, memory, decide + evolve per kind, hot path. */
async function statePart(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "cad-bench-"));
  try {
    let fleet: FleetSamples | undefined;
    await part("memory (fleet)", async () => {
      fleet = await fleetMemory(config, dir, 10_000, PLAN.memory);
    });
    let built: Awaited<ReturnType<typeof buildMeasured>> | undefined;
    await part("state", async () => {
      built = await buildMeasured(config);
      const { state } = built.world;
      results.state = {
        incidents: state.incidents.size,
        open: state.active.size,
        units: state.units.size,
        inputs: built.stats.inputs,
        buildMs: built.stats.buildMs,
      };
      log(`state built from ${built.stats.inputs} inputs in ${(built.stats.buildMs / 1000).toFixed(1)} s`);
    });
    if (built === undefined) return;
    const { world, stats, live } = built;
    let trips: Awaited<ReturnType<typeof snapshotRoundTrips>> | undefined;
    await part("snapshot", async () => {
      trips = await snapshotRoundTrips(dir, "bench", world.state, stats.inputs, PLAN.snapshot);
      results.snapshot = trips.result;
    });
    if (trips === undefined) return;
    const { result, store } = trips;
    if (fleet !== undefined) {
      const samples = fleet;
      await part("memory", async () => {
        results.memory = await runMemory(config, live, result, samples, {
          units: 10_000,
          incidents: 100_000,
          extraLiveBuilds: PLAN.memory.live - 1,
        });
      });
    }
    if (decide !== null)
      await part("decide", async () => {
        results.decide = await runDecide(trips!.restored, config, { ...decide, sizeLabel: "100k/10k" });
      });
    trips = undefined;
    if (PLAN.hotPathInputs > 0)
      await part("hot path", () => {
        const inputs = lifecycleInputs(world, Math.ceil(PLAN.hotPathInputs / 5)).slice(0, PLAN.hotPathInputs);
        results.hotPath = runHotPath(config, store, "bench", inputs, dir);
      });
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

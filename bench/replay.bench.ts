/**
 * Replay into memory: a log of decoded inputs applied in order to a fresh state (what recovery does
 * after reading and decoding), timed end to end; and, in a separate instrumented pass, where the time
 * goes by input kind. Logs: the realistic mix (bench/lib/mixed.ts), the tests' workload
 * (test/support/workload.ts), which earlier measurements used, the recorded demo day (24 hours of
 * the demo city Metro, bench/lib/metro-day.ts) and a recorded day of real calls (a day of Seattle
 * Fire's 911 log, bench/lib/demo-day.ts; skipped, with the reason, without the data).
 * Run: node --import tsx bench/replay.bench.ts
 */
import { loadConfigFile } from "../adapters/config/index.ts";
import {
  applyInput,
  createState,
  type ApplyOptions,
  type EngineConfig,
  type Input,
} from "../engine/index.ts";
import { workload } from "../test/support/workload.ts";
import {
  demoDayFacts,
  demoDayLabel,
  describeDemoDay,
  loadDemoDay,
  recordedDaysLabel,
  type DemoDay,
} from "./lib/demo-day.ts";
import {
  describeMetroDay,
  METRO_DAY_LABEL,
  metroDayFacts,
  recordMetroDay,
  type MetroDay,
} from "./lib/metro-day.ts";
import { mixedLog } from "./lib/mixed.ts";
import { fmt, machineInfo, markdownTable } from "./lib/report.ts";
import { fullGc, isMain, median } from "./lib/stats.ts";

export interface KindShare {
  readonly kind: string;
  readonly count: number;
  /** Share of the replay time. */
  readonly share: number;
  readonly meanUs: number;
}

export interface ReplayResult {
  readonly label: string;
  readonly inputs: number;
  readonly rejected: number;
  readonly passesMs: readonly number[];
  /** Median over the passes. */
  readonly inputsPerSec: number;
  /** Time by kind, from one instrumented pass (empty when not asked for). */
  readonly byKind: readonly KindShare[];
  readonly openAtEnd: number;
  readonly pendingAtEnd: number;
}

/** Applies `inputs` to a fresh state `passes` times (a GC before each, outside the timing). */
export function runReplay(
  config: EngineConfig,
  label: string,
  inputs: readonly Input[],
  opts: { passes: number; byKind: boolean; recommendations: boolean },
): ReplayResult {
  const apply = { recommendations: opts.recommendations };
  const passesMs: number[] = [];
  let rejected = 0;
  let state = createState();
  for (let pass = 0; pass < opts.passes; pass++) {
    state = createState();
    fullGc();
    rejected = 0;
    const started = performance.now();
    for (const input of inputs) if (applyInput(state, config, input, apply).rejection !== null) rejected++;
    passesMs.push(performance.now() - started);
  }
  const result = {
    label,
    inputs: inputs.length,
    rejected,
    passesMs,
    inputsPerSec: inputs.length / (median(passesMs) / 1000),
    openAtEnd: state.active.size,
    pendingAtEnd: state.pending.length,
  };
  return { ...result, byKind: opts.byKind ? timeByKind(config, inputs, apply) : [] };
}

function timeByKind(config: EngineConfig, inputs: readonly Input[], apply: ApplyOptions): KindShare[] {
  const state = createState();
  const byKind = new Map<string, { count: number; ms: number }>();
  fullGc();
  let total = 0;
  for (const input of inputs) {
    const t = performance.now();
    applyInput(state, config, input, apply);
    const ms = performance.now() - t;
    total += ms;
    const k = byKind.get(input.kind) ?? { count: 0, ms: 0 };
    k.count++;
    k.ms += ms;
    byKind.set(input.kind, k);
  }
  return [...byKind]
    .map(([kind, k]) => ({ kind, count: k.count, share: k.ms / total, meanUs: (1000 * k.ms) / k.count }))
    .sort((a, b) => b.share - a.share);
}

/** The tests' seeded workload (20 units, 30% calls, nothing ever closed), with ids and instants 100 ms apart. */
export function testWorkloadInputs(count: number, seed: number): Input[] {
  const t0 = Date.UTC(2026, 0, 1, 8, 0, 0);
  const atOf = (i: number): number => t0 + i * 100;
  return workload(count, seed, atOf).map((body, i): Input => ({ ...body, id: `w-${i}`, at: atOf(i) }));
}

/** The recorded Metro day (bench/lib/metro-day.ts), state only. */
export function metroDayReplay(day: MetroDay, opts: { passes: number; byKind: boolean }): ReplayResult {
  return runReplay(day.config, METRO_DAY_LABEL, day.inputs, { ...opts, recommendations: false });
}

/**
 * The recorded day of Seattle Fire's log, state only, and (when `whole`) every recorded day. A day is about 1,500
 * inputs, a few milliseconds: hence more passes than the longer logs.
 */
export function demoDayReplays(
  demo: DemoDay,
  opts: { passes: number; byKind: boolean; whole: boolean },
): ReplayResult[] {
  const { passes, byKind } = opts;
  const day = runReplay(demo.config, demoDayLabel(demo.day.window.from), demo.day.inputs, {
    passes,
    byKind,
    recommendations: false,
  });
  if (!opts.whole) return [day];
  const label = recordedDaysLabel(demo.whole.window);
  return [
    day,
    runReplay(demo.config, label, demo.whole.inputs, { passes: 3, byKind, recommendations: false }),
  ];
}

export function describeShares(shares: readonly KindShare[], top = 4): string {
  return shares
    .slice(0, top)
    .map((k) => `${k.kind} ${Math.round(100 * k.share)}% (${fmt(k.meanUs)} µs each)`)
    .join(", ");
}

if (isMain(import.meta.url)) {
  const config = loadConfigFile();
  const mixed = mixedLog(config, { units: 10_000, inputs: 200_000, seed: 42 });
  const log = [...mixed.roster, ...mixed.stream];
  const tests = testWorkloadInputs(200_000, 42);
  const results = [
    runReplay(config, "realistic mix, state only", log, { passes: 3, byKind: true, recommendations: false }),
    runReplay(config, "realistic mix, with recommendations", log, {
      passes: 3,
      byKind: true,
      recommendations: true,
    }),
    runReplay(config, "tests' workload, state only", tests, {
      passes: 3,
      byKind: true,
      recommendations: false,
    }),
  ];
  const metro = recordMetroDay();
  results.push(metroDayReplay(metro, { passes: 5, byKind: true }));
  const demo = await loadDemoDay();
  if ("skipped" in demo) console.error(`recorded demo day: skipped, ${demo.skipped}`);
  else results.push(...demoDayReplays(demo, { passes: 15, byKind: true, whole: true }));
  console.log(`# Replay into memory\n\nMachine: ${machineInfo()}\n`);
  console.log(
    markdownTable(
      ["log", "inputs", "rejected", "inputs/s (median)", "passes ms", "time by kind"],
      results.map((r) => [
        r.label,
        r.inputs.toLocaleString("en-US"),
        r.rejected.toLocaleString("en-US"),
        fmt(r.inputsPerSec),
        r.passesMs.map(fmt).join(", "),
        describeShares(r.byKind),
      ]),
    ),
  );
  console.log(`\nRecorded Metro day: ${describeMetroDay(metroDayFacts(metro))}.`);
  console.log(
    "skipped" in demo
      ? `\nRecorded demo day: skipped, ${demo.skipped}.`
      : `\nRecorded demo day: ${describeDemoDay(demoDayFacts(demo))}. The recorded days: ${demo.whole.inputs.length.toLocaleString("en-US")} inputs, ${demo.whole.incidents.toLocaleString("en-US")} incidents.`,
  );
}

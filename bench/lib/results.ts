/** What one run of bench/run.ts measured, and the judgement of each headline measure against its target. */
import os from "node:os";
import type { CodecTiming } from "../codec.bench.ts";
import type { KindTiming } from "../decide.bench.ts";
import type { InprocessResult } from "../inprocess.bench.ts";
import type { MemoryResult } from "../memory.bench.ts";
import type { NearestSizeResult } from "../nearest.bench.ts";
import type { RecommendSizeResult } from "../recommend.bench.ts";
import type { RecoveryResult } from "../recovery.bench.ts";
import type { ReplayResult } from "../replay.bench.ts";
import type { AuthComparison, StandbyResult } from "../e2e/types.ts";
import type { DemoDayFacts } from "./demo-day.ts";
import type { MetroDayFacts } from "./metro-day.ts";
import type { E2EResult } from "./e2e.ts";
import type { HotPathRun } from "./hot-path.ts";
import type { SnapshotResult } from "./snapshots.ts";

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly node: string;
  readonly os: string;
  readonly memoryGiB: number;
}

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown CPU",
    cores: cpus.length,
    node: process.version,
    os: `${os.platform()} ${os.release()}`,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  };
}

export interface Target {
  readonly op: "<" | ">" | ">=";
  readonly value: number;
  /** As the issue states it, e.g. "< 10 µs". */
  readonly text: string;
}

export interface Measure {
  /** The key in the summary JSON. */
  readonly key: string;
  readonly label: string;
  readonly value: number | null;
  readonly unit: string;
  readonly target: Target | null;
  /** Null when there is no target or no value. */
  readonly met: boolean | null;
  /** How it was measured (and, for an unmet target, where the time goes), from this run's data. */
  readonly how: string;
  /** Why there is no value. */
  readonly reason?: string;
  /** Left out on purpose (by the quick run): not in the summary line. */
  readonly skipped?: boolean;
  /** For a target not met: where the time goes, in a line, from this run's data. */
  readonly why?: string;
}

export function judge(value: number | null, target: Target | null): boolean | null {
  if (value === null || target === null || !Number.isFinite(value)) return null;
  if (target.op === "<") return value < target.value;
  if (target.op === ">") return value > target.value;
  return value >= target.value;
}

export interface Failure {
  readonly part: string;
  readonly reason: string;
}

export interface RunResults {
  readonly quick: boolean;
  readonly command: string;
  readonly date: string;
  readonly machine: Machine;
  /** 1-minute load average at the start and the end (above the core count: other work was running). */
  readonly load: { readonly start: number; end: number };
  wallSeconds: number;
  codec?: CodecTiming[];
  nearest?: NearestSizeResult[];
  recommend?: RecommendSizeResult[];
  /** The realistic mix the in-process, replay and recovery suites use. */
  mix?: {
    readonly units: number;
    readonly roster: number;
    readonly stream: number;
    kinds: Record<string, number>;
  };
  inprocess?: InprocessResult;
  replays?: ReplayResult[];
  /** The recorded demo day (the city Metro) replayed (its row is among `replays`). */
  metroDay?: MetroDayFacts;
  /** The recorded day of Seattle Fire's calls replayed (its row is among `replays`). */
  demoDay?: DemoDayFacts;
  recovery?: RecoveryResult;
  /** With, from bench/e2e's full result, the probe of the engine with its standby snapshotter (absent or null when not run). */
  e2e?: E2EResult & { readonly standbyAt1k?: StandbyResult | null; readonly auth?: AuthComparison };
  state?: {
    readonly incidents: number;
    readonly open: number;
    readonly units: number;
    readonly inputs: number;
    readonly buildMs: number;
  };
  snapshot?: SnapshotResult;
  memory?: MemoryResult;
  decide?: KindTiming[];
  hotPath?: { readonly none: HotPathRun; readonly inline: HotPathRun };
  readonly failures: Failure[];
}

/** The keys issue 7 asks of `npm run bench:quick`'s last line: always there, a number or null with a reason. */
export const QUICK_KEYS: readonly string[] = [
  "recommend_p99_us_10k",
  "recommend_speedup_vs_turf_10k",
  "inproc_inputs_per_s",
  "replay_inputs_per_s",
  "replay_metro_day_inputs_per_s",
  "recovery_ratio_vs_raw_read",
  "e2e_ratio_vs_passthrough",
  "e2e_p99_ms_at_1k_per_s",
  "restore_ms_100k",
];

/** The one-line JSON: every measure's value by key (null with `<key>_reason` when it could not run). */
export function summary(
  results: RunResults,
  measures: readonly Measure[],
): Record<string, number | string | null> {
  const out: Record<string, number | string | null> = {};
  for (const m of measures) {
    if (m.skipped === true) continue;
    out[m.key] = m.value === null ? null : Number(m.value.toPrecision(6));
    if (m.value === null) out[`${m.key}_reason`] = m.reason ?? "not measured";
  }
  out["wall_s"] = Number(results.wallSeconds.toFixed(1));
  out["node"] = results.machine.node;
  out["cpu"] = `${results.machine.cpu} x${results.machine.cores}`;
  return out;
}

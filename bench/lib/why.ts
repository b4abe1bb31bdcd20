/** For each target not met, where the time goes, in a line, from the run's own data. */
import { describeShares } from "../replay.bench.ts";
import { fmt } from "./report.ts";
import type { StandbyResult } from "../e2e/types.ts";
import { demoDayLabel } from "./demo-day.ts";
import { METRO_DAY_LABEL } from "./metro-day.ts";
import type { RunResults } from "./results.ts";

export const REPLAY_STATE_ONLY = "realistic mix, state only";
export const REPLAY_WITH_RECOMMENDATIONS = "realistic mix, with recommendations";

type Why = (r: RunResults) => string | undefined;

const n = (x: number): string => x.toLocaleString("en-US");

const at10k = (r: RunResults) => r.recommend?.find((x) => x.units === 10_000);
const replay = (r: RunResults, label: string) => r.replays?.find((x) => x.label === label);

export const WHY: Readonly<Record<string, Why>> = {
  recommend_p99_us_10k: (r) => {
    const one = at10k(r)?.timings.one;
    const index = r.nearest?.find((x) => x.units === 10_000)?.index;
    if (one === undefined) return undefined;
    return (
      `p50 ${fmt(one.p50Us)} µs; ` +
      (index === undefined ? "" : `the index query alone has p99 ${fmt(index.p99Us)} µs: `) +
      "the rest is filling the plan by ETA and ranking five candidates per slot with reasons"
    );
  },
  nearest_p99_us_10k: (r) => {
    const index = r.nearest?.find((x) => x.units === 10_000)?.index;
    return index === undefined
      ? undefined
      : `p50 ${fmt(index.p50Us)} µs over ${index.samples.toLocaleString("en-US")} samples`;
  },
  inproc_inputs_per_s: (r) => {
    const live = replay(r, REPLAY_WITH_RECOMMENDATIONS);
    if (live === undefined) return undefined;
    return `applyInput alone runs at ${fmt(live.inputsPerSec)}/s, of which ${describeShares(live.byKind, 2)}; decoding and encoding take the rest`;
  },
  replay_inputs_per_s: (r) => {
    const x = replay(r, REPLAY_STATE_ONLY);
    return x === undefined || x.byKind.length === 0
      ? undefined
      : `time by kind: ${describeShares(x.byKind, 3)}`;
  },
  replay_metro_day_inputs_per_s: (r) => {
    const x = r.metroDay === undefined ? undefined : replay(r, METRO_DAY_LABEL);
    return x === undefined || x.byKind.length === 0
      ? undefined
      : `time by kind: ${describeShares(x.byKind, 3)}`;
  },
  replay_demo_day_inputs_per_s: (r) => {
    const x = r.demoDay === undefined ? undefined : replay(r, demoDayLabel(r.demoDay.day));
    return x === undefined || x.byKind.length === 0
      ? undefined
      : `time by kind: ${describeShares(x.byKind, 3)}`;
  },
  recovery_ratio_vs_raw_read: (r) => {
    const x = r.recovery;
    if (x === undefined) return undefined;
    return `recovery ${fmt(x.recoveryPerSec)}/s (snapshot at input ${x.snapshotAtInput}, ${x.replayedAfterSnapshot} replayed), bare read ${fmt(x.rawReadPerSec)}/s; with no snapshot ${fmt(x.replayOnlyPerSec)}/s; the same inputs applied in memory for the state only, without NATS: ${fmt(x.memoryPerSec)}/s`;
  },
  e2e_ratio_vs_passthrough: (r) =>
    r.e2e === undefined
      ? undefined
      : `engine ${fmt(r.e2e.engineMaxInputsPerS)}/s vs pass-through ${fmt(r.e2e.passthroughMaxInputsPerS)}/s`,
  e2e_p99_ms_at_1k_per_s: (r) =>
    r.e2e === undefined
      ? undefined
      : `p50 ${fmt(r.e2e.latencyAt1k.p50Ms)} ms, p99.9 ${fmt(r.e2e.latencyAt1k.p999Ms)} ms over ${r.e2e.latencyAt1k.samples.toLocaleString("en-US")} calls`,
  restore_ms_100k: (r) => {
    const steps = r.snapshot?.restoreSteps;
    return steps == null
      ? undefined
      : `SQLite read ${fmt(steps.sqlite)} ms + sha256 ${fmt(steps.sha)} ms + decoding ${fmt(steps.decode)} ms`;
  },
};

/** How the engine with its standby snapshotter was measured, with its numbers (the measure's text). */
export function standbyHow(s: StandbyResult | undefined, plain: { p99Ms: number } | undefined): string {
  if (s === undefined || plain === undefined) return "";
  const timed = s.snapshots.filter((x) => x.timed);
  const writes = timed.map((x) => x.writeMs);
  const last = s.snapshots.at(-1);
  return (
    `The engine started with \`--data-dir\` (a standby engine in a worker thread writing a SQLite snapshot every ${n(s.snapshotEveryInputs)} inputs) on the same inputs as the plain engine at 1,000/s, from the same state, each engine's probe in two halves run in ABBA order (plain, standby, standby, plain; each half with its own warm-up; each side's two halves pooled): p50 ${fmt(s.latency.p50Ms)} ms, p99.9 ${fmt(s.latency.p999Ms)} ms over ${n(s.latency.samples)} calls; without the standby (its two halves pooled) p99 ${fmt(plain.p99Ms)} ms. ` +
    `${s.snapshots.length} snapshot(s) of the probe's inputs, ${timed.length} while calls were timed (after a half's warm-up)` +
    (writes.length === 0 ? "" : ` (written in ${writes.map(fmt).join(", ")} ms)`) +
    (last === undefined
      ? ""
      : `; the last ${fmt(last.mb)} MB, ${n(last.atInput)} inputs, about ${n(last.incidents)} incidents`) +
    `. Engine process CPU per input at 1,000/s: ${fmt(s.cpuUsPerInput.withStandby)} µs with the standby, ${fmt(s.cpuUsPerInput.without)} µs without (bench/e2e; the notes say more).`
  );
}

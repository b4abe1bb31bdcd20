/** The headline measures of a run, each with its target, verdict and how it was measured (from the run's data). */
import { describeShares, type ReplayResult } from "../replay.bench.ts";
import { demoDayLabel, describeDemoDay } from "./demo-day.ts";
import { describeMetroDay, METRO_DAY_LABEL } from "./metro-day.ts";
import { fmt } from "./report.ts";
import { QUICK_KEYS, judge, type Measure, type RunResults, type Target } from "./results.ts";
import { REPLAY_STATE_ONLY, REPLAY_WITH_RECOMMENDATIONS, WHY, standbyHow } from "./why.ts";

const n = (x: number): string => x.toLocaleString("en-US");

function measure(
  key: string,
  label: string,
  unit: string,
  target: Target | null,
  value: number | null | undefined,
  how: string,
  reason?: string,
): Measure {
  const v = value === undefined || value === null || !Number.isFinite(value) ? null : value;
  const m = { key, label, value: v, unit, target, met: judge(v, target), how };
  return v === null ? { ...m, reason: reason ?? NOT_RUN } : m;
}

const NOT_RUN = "the part that measures it did not run";

const reasonFor = (r: RunResults, part: string): string | undefined =>
  r.failures.find((f) => f.part === part)?.reason;

export function measures(r: RunResults): Measure[] {
  return [...recommendation(r), ...hotPath(r), ...e2e(r), ...snapshots(r)].map((m) => {
    // The quick run leaves some measures out on purpose: they are not "could not run" (the issue's keys always show).
    if (m.value === null && m.reason === NOT_RUN && r.quick && !QUICK_KEYS.includes(m.key))
      return { ...m, reason: "not in the quick run", skipped: true };
    const why = m.met === false ? WHY[m.key]?.(r) : undefined;
    return why === undefined ? m : { ...m, why };
  });
}

function recommendation(r: RunResults): Measure[] {
  const at10k = r.recommend?.find((x) => x.units === 10_000);
  const nearest = r.nearest?.find((x) => x.units === 10_000);
  const why = reasonFor(r, "recommend");
  const one = at10k?.timings.one;
  return [
    measure(
      "recommend_p99_us_10k",
      "Recommendation p99, 10k units (full plan: 1 engine, top-5 ranked with reasons)",
      "µs",
      { op: "<", value: 10, text: "< 10 µs" },
      one?.p99Us,
      one === undefined
        ? ""
        : `recommend() on 1,000 open AFAR incidents in turn, 10k units (half out of service, 3 agencies), tinybench, ${n(one.samples)} samples; p50 ${fmt(one.p50Us)} µs. ` +
            (nearest === undefined
              ? ""
              : `The nearest-unit index query alone (k = 1 with a filter) has p99 ${fmt(nearest.index.p99Us)} µs at 10k: the rest is ranking five candidates per slot, ETAs, reasons and mutual-aid order.`),
      why,
    ),
    measure(
      "nearest_p99_us_10k",
      "Nearest available unit, index query p99, 10k units",
      "µs",
      { op: "<", value: 10, text: "< 10 µs" },
      nearest?.index.p99Us,
      nearest === undefined
        ? ""
        : `GeoPointIndex.search k = 1 with a filter (half the units available), 4,096 seeded queries, checked equal to a linear scan and to turf; ${n(nearest.index.samples)} samples, p50 ${fmt(nearest.index.p50Us)} µs.`,
      reasonFor(r, "nearest"),
    ),
    measure(
      "recommend_speedup_vs_turf_10k",
      "Recommendation vs turf nearestPoint, 10k units (p50 / p50, same run)",
      "×",
      null,
      one === undefined ? undefined : at10k!.timings.turf.p50Us / one.p50Us,
      one === undefined
        ? ""
        : `turf nearestPoint over the available engines p50 ${fmt(at10k!.timings.turf.p50Us)} µs (a simpler question: straight line, no ETA, no candidates; it picked recommend()'s engine on ${at10k!.turfAgrees}/${at10k!.crossChecked} incidents).`,
      why,
    ),
    measure(
      "recommend_speedup_vs_linear_10k",
      "Recommendation vs a linear scan with the same answer, 10k units (p50 / p50)",
      "×",
      null,
      one === undefined ? undefined : at10k!.timings.linear.p50Us / one.p50Us,
      one === undefined
        ? ""
        : `linear scan of every unit by ETA p50 ${fmt(at10k!.timings.linear.p50Us)} µs, checked equal to recommend() on ${at10k!.crossChecked} incidents (FIB plans too).`,
      why,
    ),
  ];
}

const replayOf = (r: RunResults, label: string): ReplayResult | undefined =>
  r.replays?.find((x) => x.label === label);

export { REPLAY_STATE_ONLY, REPLAY_WITH_RECOMMENDATIONS };

function hotPath(r: RunResults): Measure[] {
  const ip = r.inprocess;
  const stateOnly = replayOf(r, REPLAY_STATE_ONLY);
  const withRecs = replayOf(r, REPLAY_WITH_RECOMMENDATIONS);
  const rec = r.recovery;
  const mix =
    r.mix === undefined ? "" : `a realistic mix of ${n(r.mix.stream)} inputs on ${n(r.mix.units)} units`;
  const applyShare =
    ip !== undefined && withRecs !== undefined
      ? Math.min(1, ip.inputsPerSec / withRecs.inputsPerSec)
      : undefined;
  return [
    measure(
      "inproc_inputs_per_s",
      "In-process hot path: decode, decide, evolve, encode (mixed inputs/s)",
      "inputs/s",
      { op: ">", value: 200_000, text: "> 200k/s" },
      ip?.inputsPerSec,
      ip === undefined
        ? ""
        : `${mix}; every input decoded from protobuf, applied, and each of its ${n(ip.outputs)} outputs encoded in its Output envelope; median of ${ip.passesMs.length} passes (${ip.passesMs.map(fmt).join(", ")} ms), ${ip.rejected} rejected; chunks of 10k inputs p50 ${fmt(ip.chunkP50PerSec)}/s, slowest ${fmt(ip.chunkMinPerSec)}/s.` +
            (applyShare === undefined
              ? ""
              : ` applyInput alone (replay with recommendations) runs at ${fmt(withRecs!.inputsPerSec)}/s: it takes ${Math.round(100 * applyShare)}% of the time, the codec the rest. Time by kind: ${describeShares(withRecs!.byKind)}.`),
      reasonFor(r, "inprocess"),
    ),
    measure(
      "replay_inputs_per_s",
      "Replay into memory, decoded inputs applied for the state (inputs/s)",
      "inputs/s",
      { op: ">", value: 1_000_000, text: "> 1M/s" },
      stateOnly?.inputsPerSec,
      stateOnly === undefined
        ? ""
        : replayHow(stateOnly, "applyInput with recommendations off, as recovery and the standby do"),
      reasonFor(r, "replay"),
    ),
    metroDay(r),
    demoDay(r),
    measure(
      "replay_with_recommendations_inputs_per_s",
      "Replay into memory with recommendations, as a live engine applies (inputs/s)",
      "inputs/s",
      null,
      withRecs?.inputsPerSec,
      withRecs === undefined ? "" : replayHow(withRecs, "applyInput as the live engine calls it"),
      reasonFor(r, "replay"),
    ),
    measure(
      "recovery_ratio_vs_raw_read",
      "Recovery from JetStream (newest snapshot + replay) vs a bare ordered-consumer read of the same stream",
      "ratio",
      { op: ">=", value: 0.8, text: "≥ 0.8" },
      rec?.ratio,
      rec === undefined
        ? ""
        : `${n(rec.inputs)} inputs of the realistic mix on a nats-server of its own, recovered as \`cad serve --data-dir\` does: a snapshot store and the standby snapshotter at the default interval (10,000 inputs, or half the log when shorter), which followed only the first ${n(rec.snapshotAtInput)} inputs, so that the newest snapshot is a whole interval behind the log's end (the worst case: a crash just before the standby's next snapshot). EngineService.start → caughtUp (restore the snapshot at input ${n(rec.snapshotAtInput)}, replay the ${n(rec.replayedAfterSnapshot)} inputs after it, nothing left to publish): median ${fmt(rec.recoveryPerSec)} inputs of the log per second (${rec.recoveriesMs.map(fmt).join(", ")} ms) vs an ordered-consumer read of the whole stream ${fmt(rec.rawReadPerSec)} msgs/s (${rec.rawReadsMs.map(fmt).join(", ")} ms), alternated in the same run. The service said: "${rec.serviceSaid}".`,
      reasonFor(r, "recovery"),
    ),
    measure(
      "replay_only_recovery_ratio_vs_raw_read",
      "Recovery with no snapshot (the whole log replayed from JetStream) vs the same bare read",
      "ratio",
      null,
      rec?.replayOnlyRatio,
      rec === undefined
        ? ""
        : `The same log and runs, started with no snapshot store: every input read with the service's StreamReader (a push consumer read from the wire bytes), decoded and applied for the state only; median ${fmt(rec.replayOnlyPerSec)} inputs/s (${rec.replayOnlyMs.map(fmt).join(", ")} ms) vs the bare read's ${fmt(rec.rawReadPerSec)} msgs/s. The same inputs applied in memory without NATS: ${fmt(rec.memoryPerSec)}/s.`,
      reasonFor(r, "recovery"),
    ),
  ];
}

function metroDay(r: RunResults): Measure {
  const facts = r.metroDay;
  const x = facts === undefined ? undefined : replayOf(r, METRO_DAY_LABEL);
  return measure(
    "replay_metro_day_inputs_per_s",
    "Replay of the recorded demo day (24 h of the demo city Metro), state only",
    "inputs/s",
    { op: ">", value: 2_000_000, text: "> 2M/s" },
    x?.inputsPerSec,
    facts === undefined || x === undefined ? "" : recordedDayHow(describeMetroDay(facts), x),
    reasonFor(r, "metro day"),
  );
}

function demoDay(r: RunResults): Measure {
  const facts = r.demoDay;
  const x = facts === undefined ? undefined : replayOf(r, demoDayLabel(facts.day));
  return measure(
    "replay_demo_day_inputs_per_s",
    `Replay of a recorded day of real calls (Seattle Fire${facts === undefined ? "" : `, ${facts.day}`}), state only`,
    "inputs/s",
    null,
    x?.inputsPerSec,
    facts === undefined || x === undefined ? "" : recordedDayHow(describeDemoDay(facts), x),
    reasonFor(r, "demo day"),
  );
}

/** How a recorded day was replayed: what it is (`day`), then its passes and time by kind. */
function recordedDayHow(day: string, x: ReplayResult): string {
  return (
    `${day}. Applied to a fresh state with recommendations off, as recovery and the standby do; median of ${x.passesMs.length} passes (${x.passesMs.map(fmt).join(", ")} ms), ${n(x.rejected)} rejected.` +
    (x.byKind.length === 0 ? "" : ` Time by kind (one instrumented pass): ${describeShares(x.byKind)}.`)
  );
}

function replayHow(x: ReplayResult, what: string): string {
  return (
    `${n(x.inputs)} decoded inputs (roster + mix) applied to a fresh state, ${what}; median of ${x.passesMs.length} passes (${x.passesMs.map(fmt).join(", ")} ms), ${n(x.rejected)} rejected.` +
    (x.byKind.length === 0 ? "" : ` Time by kind (one instrumented pass): ${describeShares(x.byKind)}.`)
  );
}

function e2e(r: RunResults): Measure[] {
  const e = r.e2e;
  const why = reasonFor(r, "e2e");
  const notes = e === undefined ? "" : e.notes.join(" ");
  return [
    measure(
      "e2e_ratio_vs_passthrough",
      "End to end over NATS vs a bare pass-through doing the same JetStream work (max throughput)",
      "ratio",
      { op: ">=", value: 0.8, text: "≥ 0.8" },
      e?.ratioVsPassthrough,
      e === undefined
        ? ""
        : `engine ${fmt(e.engineMaxInputsPerS)} inputs/s vs pass-through ${fmt(e.passthroughMaxInputsPerS)}/s, same run (bench/e2e). ${notes}`,
      why,
    ),
    measure(
      "e2e_p99_ms_at_1k_per_s",
      "End to end, call in to recommendation out, p99 at 1,000 inputs/s",
      "ms",
      { op: "<", value: 5, text: "< 5 ms" },
      e?.latencyAt1k.p99Ms,
      e === undefined
        ? ""
        : `p50 ${fmt(e.latencyAt1k.p50Ms)} ms, p99.9 ${fmt(e.latencyAt1k.p999Ms)} ms over ${n(e.latencyAt1k.samples)} samples (bench/e2e${e.standbyAt1k == null ? "" : "; the plain engine's 1,000/s probe pooled over its two halves, first and last of an ABBA order with the engine with the standby"}).`,
      why,
    ),
    measure(
      "e2e_p99_ms_at_1k_per_s_with_standby",
      "End to end, p99 at 1,000 inputs/s with the standby snapshotter writing snapshots (`cad serve --data-dir`)",
      "ms",
      null,
      e?.standbyAt1k?.latency.p99Ms,
      standbyHow(e?.standbyAt1k ?? undefined, e?.latencyAt1k),
      // The quick run never times it: "not in the quick run", even when e2e failed.
      r.quick ? undefined : why,
    ),
    // Only the quick run compares (ABBA, four runs): the full run leaves these keys out.
    ...(r.quick ? authMeasures(r, why) : []),
  ];
}

/** With and without authentication, from the quick run's ABBA comparison (bench/e2e/auth.ts). */
function authMeasures(r: RunResults, why: string | undefined): Measure[] {
  const c = r.e2e?.auth;
  const how =
    c === undefined
      ? ""
      : `${c.with.latencyAt1k.samples} calls timed; runs in ABBA order (${c.order.join(", ")}), each side's two runs pooled (bench/e2e/auth.ts).`;
  const change = "(with - without) / without; the issue asks for less than 5% either way.";
  return [
    measure(
      "e2e_auth_ratio_vs_passthrough",
      "End to end vs the pass-through, with authentication (every process on its role's creds)",
      "ratio",
      null,
      c?.with.ratioVsPassthrough,
      c === undefined ? "" : `without: ${fmt(c.without.ratioVsPassthrough)}. ${how}`,
      why,
    ),
    measure(
      "e2e_auth_p99_ms_at_1k_per_s",
      "End to end, p99 at 1,000 inputs/s, with authentication",
      "ms",
      null,
      c?.with.latencyAt1k.p99Ms,
      c === undefined ? "" : `without: ${fmt(c.without.latencyAt1k.p99Ms)} ms. ${how}`,
      why,
    ),
    measure(
      "e2e_auth_ratio_change_pct",
      "Authentication's change of the end-to-end ratio",
      "%",
      null,
      c?.ratioChangePct,
      change,
      why,
    ),
    measure(
      "e2e_auth_p99_change_pct",
      "Authentication's change of the p99 at 1,000/s",
      "%",
      null,
      c?.p99ChangePct,
      change,
      why,
    ),
    measure(
      "e2e_auth_passthrough_change_pct",
      "Authentication's change of the pass-through's saturation rate (NATS and JetStream alone)",
      "%",
      null,
      c?.passthroughChangePct,
      "(with - without) / without: what authentication costs the NATS work itself, without the CAD logic.",
      why,
    ),
  ];
}

function snapshots(r: RunResults): Measure[] {
  const s = r.snapshot;
  const st = r.state;
  const shape =
    st === undefined
      ? ""
      : `${n(st.incidents)} incidents (${n(st.open)} open) + ${n(st.units)} units, built from ${n(st.inputs)} inputs through applyInput`;
  const steps = s?.restoreSteps;
  return [
    measure(
      "restore_ms_100k",
      "Restore the newest snapshot, 100k incidents + 10k units",
      "ms",
      { op: "<", value: 500, text: "< 500 ms" },
      s?.restoreMs,
      s === undefined
        ? ""
        : `SnapshotStore.latestValid (SQLite read, length and sha256 check, decode) of ${shape}; median of ${s.restoresMs.length} (${s.restoresMs.map(fmt).join(", ")} ms).` +
            (steps == null
              ? ""
              : ` Where the time goes: SQLite read ${fmt(steps.sqlite)} ms + sha256 ${fmt(steps.sha)} ms (each timed alone, medians), decoding the rest (${fmt(steps.decode)} ms).`),
      reasonFor(r, "snapshot"),
    ),
    measure(
      "snapshot_write_ms_100k",
      "Write a snapshot, 100k incidents + 10k units (in the standby's worker thread in the product)",
      "ms",
      null,
      s?.writeMs,
      s === undefined
        ? ""
        : `SnapshotStore.write, ${fmt(s.header.byteLength / 1e6)} MB; median of ${s.writesMs.length} (${s.writesMs.map(fmt).join(", ")} ms); ${s.encode === null ? "" : `of one write: serialiseState ${fmt(s.encode.serialiseMs)} ms and sha256 ${fmt(s.encode.shaMs)} ms (each timed alone), the rest the store's encoding and SQLite (synchronous=FULL).`}`,
      reasonFor(r, "snapshot"),
    ),
    measure(
      "snapshot_mb_100k",
      "Snapshot size, 100k incidents + 10k units",
      "MB",
      null,
      s === undefined ? undefined : s.header.byteLength / 1e6,
      s === undefined
        ? ""
        : `the blob SnapshotStore.write stored (${s.header.byteLength.toLocaleString("en-US")} bytes), header excluded.`,
      reasonFor(r, "snapshot"),
    ),
    ...memory(r),
  ];
}

function memory(r: RunResults): Measure[] {
  const m = r.memory;
  const why = reasonFor(r, "memory");
  const how = (which: "live" | "restored"): string => {
    if (m === undefined) return "";
    const f = m[which];
    const whose =
      which === "live"
        ? `the state as built through applyInput (what a running engine holds), ${f.stateSamples.length} build(s) (median)`
        : `the same state restored from its snapshot (what a restarted engine holds), ${f.stateSamples.length} samples (median)`;
    return (
      `${whose}: heap (heapUsed + array buffers) after a forced full GC, before and after; minus a fleet-only state of the same 10k units (${f.fleetSamples.length} samples), divided by 100,000. ` +
      `The whole state holds ${fmt(f.stateBytes / 1e6)} MB, of which ${fmt(f.idsBytes / 1e6)} MB of remembered input ids (a bounded window, left out).`
    );
  };
  return [
    measure(
      "bytes_per_incident_100k",
      "Memory per incident at 100k incidents, built live (with its calls and timeline)",
      "bytes",
      null,
      m?.live.bytesPerIncident,
      how("live"),
      why,
    ),
    measure(
      "bytes_per_incident_100k_restored",
      "Memory per incident at 100k incidents, restored from a snapshot",
      "bytes",
      null,
      m?.restored.bytesPerIncident,
      how("restored"),
      why,
    ),
    measure(
      "bytes_per_unit_10k",
      "Memory per unit at 10k units (with its place in the unit index)",
      "bytes",
      null,
      m?.live.bytesPerUnit,
      m === undefined
        ? ""
        : `a fleet-only state of 10k units built through applyInput, ${m.live.fleetSamples.length} samples (median), ids left out; restored from a snapshot: ${fmt(m.restored.bytesPerUnit)} bytes per unit.`,
      why,
    ),
  ];
}

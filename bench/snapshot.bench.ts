/**
 * Snapshots and recovery: restoring a 100k-incident state from a SQLite snapshot (with where the time
 * goes), replaying decoded inputs in memory, recovering by replay from a real nats-server against a bare
 * read of the same stream, and what writing snapshots in the serving thread would cost the hot path.
 * States and workloads are seeded, so every run measures the same data. Prints a Markdown table and a
 * final single-line JSON object; progress goes to stderr. The suites it runs are functions that
 * bench/run.ts runs too (bench/lib/snapshots.ts, hot-path.ts, replay.bench.ts, recovery.bench.ts).
 * Run: npm run bench:snapshot   (node --import tsx bench/snapshot.bench.ts)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfigFile } from "../adapters/config/index.ts";
import { mulberry32 } from "../adapters/sim/prng.ts";
import { STATE_SEED } from "./memory.bench.ts";
import { describeRecovery, runRecovery } from "./recovery.bench.ts";
import { describeShares, runReplay, testWorkloadInputs } from "./replay.bench.ts";
import { runHotPath, ARRIVALS_PER_S, SNAPSHOT_EVERY } from "./lib/hot-path.ts";
import { fmt, machineInfo, markdownTable } from "./lib/report.ts";
import { snapshotRoundTrips } from "./lib/snapshots.ts";
import { isMain, round } from "./lib/stats.ts";
import { buildIncidentState, lifecycleInputs } from "./lib/state.ts";

const COMMAND = "npm run bench:snapshot  (node --import tsx bench/snapshot.bench.ts)";
const AGENCY = "bench";
const INCIDENTS = 100_000;
const OPEN_INCIDENTS = 1_000;
const UNITS = 10_000;
const REPLAY_INPUTS = 200_000;
const NATS_INPUTS = 50_000;
const HOT_INPUTS = 50_000;

const log = (line: string): void => console.error(`[bench] ${line}`);
const met = (ok: boolean): string => (ok ? "MET" : "NOT MET");
const list = (xs: readonly number[]): string => xs.map(fmt).join(", ");

async function main(): Promise<void> {
  const config = loadConfigFile();
  const rows: string[][] = [];
  const results: Record<string, number | boolean> = {};
  const dir = mkdtempSync(join(tmpdir(), "cad-snapshot-bench-"));
  try {
    log(`building ${INCIDENTS} incidents (${OPEN_INCIDENTS} open) + ${UNITS} units through applyInput...`);
    const { world, stats } = buildIncidentState(config, {
      incidents: INCIDENTS,
      open: OPEN_INCIDENTS,
      units: UNITS,
      random: mulberry32(STATE_SEED),
    });
    log(
      `built from ${stats.inputs} inputs in ${(stats.buildMs / 1000).toFixed(1)} s; writing and restoring...`,
    );
    const { result: snap, store } = await snapshotRoundTrips(dir, AGENCY, world.state, stats.inputs, {
      writes: 3,
      restores: 5,
      stepRuns: 3,
    });
    const steps = snap.restoreSteps!;
    const breakdown =
      `SQLite read ${fmt(steps.sqlite)} + sha256 ${fmt(steps.sha)} ms (medians of 3, one step at a time), ` +
      `decoding the rest (${fmt(steps.decode)} ms)`;
    rows.push(
      [
        "restore_ms_100k (latestValid: read, sha256, decode)",
        fmt(snap.restoreMs),
        "< 500",
        `${met(snap.restoreMs < 500)}; median of 5 (${list(snap.restoresMs)}); ${breakdown}`,
      ],
      [
        "snapshot size (MB)",
        fmt(snap.header.byteLength / 1e6),
        "",
        `${INCIDENTS.toLocaleString("en-US")} incidents (${OPEN_INCIDENTS} open), ${UNITS.toLocaleString("en-US")} units, built from ${stats.inputs.toLocaleString("en-US")} inputs`,
      ],
      [
        "snapshot_write_ms_100k (SnapshotStore.write)",
        fmt(snap.writeMs),
        "",
        `median of 3 (${list(snap.writesMs)}); of which serialiseState ${fmt(snap.encode!.serialiseMs)} + sha256 ${fmt(snap.encode!.shaMs)} ms, the rest the store's encoding and SQLite (synchronous=FULL)`,
      ],
    );
    Object.assign(results, {
      restore_ms_100k: round(snap.restoreMs),
      restore_target_met: snap.restoreMs < 500,
      restore_sqlite_read_ms: round(steps.sqlite),
      restore_sha256_ms: round(steps.sha),
      restore_decode_ms: round(steps.decode),
      snapshot_mb: round(snap.header.byteLength / 1e6),
      snapshot_write_ms_100k: round(snap.writeMs),
    });

    log(`replaying ${REPLAY_INPUTS} workload inputs in memory, 3 times...`);
    const replay = runReplay(config, "tests' workload", testWorkloadInputs(REPLAY_INPUTS, 42), {
      passes: 3,
      byKind: true,
      recommendations: false,
    });
    rows.push([
      "replay_inputs_per_s (decoded, in memory, state only)",
      fmt(replay.inputsPerSec),
      "> 1,000,000",
      `${met(replay.inputsPerSec > 1e6)}; median of 3 (${list(replay.passesMs)} ms for ${REPLAY_INPUTS.toLocaleString("en-US")} inputs, ${replay.rejected.toLocaleString("en-US")} rejected); ` +
        `time by kind: ${describeShares(replay.byKind, 3)}; the workload never closes incidents: it ends with ${replay.openAtEnd.toLocaleString("en-US")} open (${replay.pendingAtEnd.toLocaleString("en-US")} pending)`,
    ]);
    Object.assign(results, {
      replay_inputs_per_s: Math.round(replay.inputsPerSec),
      replay_target_met: replay.inputsPerSec > 1e6,
    });

    log(`recovery over nats-server: ${NATS_INPUTS} workload inputs...`);
    const recovery = await runRecovery(config, testWorkloadInputs(NATS_INPUTS, 7), {
      recoveries: 3,
      rawReads: 3,
      log,
    });
    rows.push([
      "recovery_ratio_vs_raw_read",
      recovery.ratio.toFixed(3),
      "≥ 0.8",
      `${met(recovery.ratio >= 0.8)}; ${describeRecovery(recovery)}`,
    ]);
    Object.assign(results, {
      raw_read_msgs_per_s: Math.round(recovery.rawReadPerSec),
      recovery_inputs_per_s: Math.round(recovery.recoveryPerSec),
      recovery_ratio_vs_raw_read: round(recovery.ratio, 3),
      recovery_target_met: recovery.ratio >= 0.8,
    });

    log(`hot path: ${HOT_INPUTS} inputs with no snapshots, then with one every ${SNAPSHOT_EVERY}...`);
    const hotInputs = lifecycleInputs(world, Math.ceil(HOT_INPUTS / 5)).slice(0, HOT_INPUTS);
    const hot = runHotPath(config, store, AGENCY, hotInputs, dir);
    store.close();
    for (const [label, h] of [
      ["(b) no snapshots", hot.none],
      [`(a) snapshot written inline every ${SNAPSHOT_EVERY / 1000}k inputs`, hot.inline],
    ] as const) {
      rows.push([
        `hot path p99 per input (µs), ${label}`,
        fmt(h.p99Us),
        "",
        `p50 ${fmt(h.p50Us)} µs, p99.9 ${fmt(h.p999Us)} µs, max ${fmt(h.maxMs)} ms; applyInput alone p99 ${fmt(h.applyP99Us)} µs; ` +
          `p99 if inputs arrive at ${ARRIVALS_PER_S}/s (queueing model on these times) ${fmt(h.queuedP99Ms)} ms; ${fmt(h.wallMs)} ms in all` +
          (h.writesMs.length > 0 ? `; the ${h.writesMs.length} writes took ${list(h.writesMs)} ms` : ""),
      ]);
    }
    Object.assign(results, {
      hot_p99_us_no_snapshots: round(hot.none.p99Us),
      hot_p99_us_inline_snapshots: round(hot.inline.p99Us),
      hot_max_ms_no_snapshots: round(hot.none.maxMs),
      hot_max_ms_inline_snapshots: round(hot.inline.maxMs),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`# Snapshots and recovery\n\nMachine: ${machineInfo()}\nCommand: ${COMMAND}\n`);
  // The notes column reads better left-aligned.
  console.log(markdownTable(["metric", "value", "target", "notes"], rows).replace(/---:( \|\n)/, "---$1"));
  console.log(
    "\nThe product writes snapshots from a standby engine in a worker thread (adapters/sqlite/standby-thread-main.ts), " +
      "never in the serving thread: (a) is the cost that design avoids.\n",
  );
  console.log(JSON.stringify({ machine: machineInfo(), command: COMMAND, ...results }));
}

if (isMain(import.meta.url)) await main();

/**
 * Snapshots and recovery: restoring a 100k-incident state from a SQLite snapshot (with where the time
 * goes), replaying decoded inputs in memory, recovering by replay from a real nats-server against a bare
 * read of the same stream, and what writing snapshots in the serving thread would cost the hot path.
 * States and workloads are seeded, so every run measures the same data. Prints a Markdown table and a
 * final single-line JSON object; progress goes to stderr.
 * Run: npm run bench:snapshot   (node --import tsx bench/snapshot.bench.ts)
 */
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deserialize, serialize, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import Database from "better-sqlite3";
import { DeliverPolicy, jetstream, type JetStreamClient } from "@nats-io/jetstream";
import { connect, headers } from "@nats-io/transport-node";
import { loadConfigFile } from "../adapters/config/index.ts";
import { INPUT_SUBJECTS, encodeInput } from "../adapters/nats/codec/index.ts";
import { startNatsServer } from "../adapters/nats/server-process.ts";
import { EngineService } from "../adapters/nats/service.ts";
import { ensureStreams } from "../adapters/nats/streams.ts";
import { TIME_HEADER, agencySubjects } from "../adapters/nats/subjects.ts";
import { mulberry32 } from "../adapters/sim/prng.ts";
import { SnapshotStore } from "../adapters/sqlite/store.ts";
import { applyInput, createState, deserialiseState, serialiseState, type Input } from "../engine/index.ts";
import { workload } from "../test/support/workload.ts";
import { fmt, machineInfo, markdownTable } from "./lib/report.ts";
import { buildIncidentState, lifecycleInputs } from "./lib/state.ts";

const COMMAND = "npm run bench:snapshot  (node --import tsx bench/snapshot.bench.ts)";
const AGENCY = "bench";
const ENGINE_VERSION = "bench";
const INCIDENTS = 100_000;
const OPEN_INCIDENTS = 1_000;
const UNITS = 10_000;
const REPLAY_INPUTS = 200_000;
const NATS_INPUTS = 50_000;
const HOT_INPUTS = 50_000;
const SNAPSHOT_EVERY = 10_000;
/** Arrival rate for the queueing view of the hot path: 10k units each sending AVL every 10 s. */
const ARRIVALS_PER_S = 1_000;
const T0 = Date.UTC(2026, 0, 1, 8, 0, 0);
/** Workload inputs 100 ms apart, as in test/sqlite/kill.test.ts (at 1 s the never-closed backlog's overdue alerts explode). */
const atOf = (i: number): number => T0 + i * 100;

// A full collection before each measurement (outside the timed region) keeps one run's garbage out of the next.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const config = loadConfigFile();
/** Table rows, each under the number of the question it answers (printed in that order). */
const rows: { section: number; cells: string[] }[] = [];
const row = (section: number, metric: string, value: string, target: string, note: string): void => {
  rows.push({ section, cells: [metric, value, target, note] });
};
const results: Record<string, number | boolean> = {};
const round = (x: number, digits = 1): number => Number(x.toFixed(digits));
const log = (line: string): void => console.error(`[bench] ${line}`);
const met = (ok: boolean): string => (ok ? "MET" : "NOT MET");
const list = (xs: readonly number[]): string => xs.map(fmt).join(", ");

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Nearest-rank percentile of an ascending array. */
const pct = (sorted: Float64Array, p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const result = fn();
  return [result, performance.now() - t];
}

/** Runs `fn` `n` times, after a full GC each, and returns the times (ms). */
const repeat = (n: number, fn: () => unknown): number[] =>
  Array.from({ length: n }, () => {
    gc();
    return time(fn)[1];
  });

const sha256 = (data: Buffer): string => createHash("sha256").update(data).digest("hex");

/** Applies inputs to a fresh state; the time of each input kind is summed (ms) alongside. */
function replay(inputs: readonly Input[]) {
  const state = createState();
  const byKind = new Map<string, { n: number; ms: number }>();
  let rejected = 0;
  const started = performance.now();
  for (const input of inputs) {
    const t = performance.now();
    if (applyInput(state, config, input).rejection !== null) rejected++;
    const k = byKind.get(input.kind) ?? { n: 0, ms: 0 };
    k.n++;
    k.ms += performance.now() - t;
    byKind.set(input.kind, k);
  }
  return { ms: performance.now() - started, rejected, state, byKind };
}

const withIds = (prefix: string, count: number, seed: number): Input[] =>
  workload(count, seed, atOf).map((body, i) => ({ ...body, id: `${prefix}${i}`, at: atOf(i) }));

// ---------------------------------------------------------------------------------------------------
// 1. Snapshot of a 100k-incident state: write, restore, and the restore broken down.
// ---------------------------------------------------------------------------------------------------
log(`building ${INCIDENTS} incidents (${OPEN_INCIDENTS} open) + ${UNITS} units through applyInput...`);
const { world, stats } = buildIncidentState(config, {
  incidents: INCIDENTS,
  open: OPEN_INCIDENTS,
  units: UNITS,
  random: mulberry32(20250601),
});
log(`built from ${stats.inputs} inputs in ${(stats.buildMs / 1000).toFixed(1)} s; writing...`);
const dir = mkdtempSync(join(tmpdir(), "cad-snapshot-bench-"));
const store = SnapshotStore.open(join(dir, "snapshots.sqlite"));
let header: ReturnType<SnapshotStore["write"]> | undefined;
const writeMs = repeat(3, () => {
  header = store.write(AGENCY, ENGINE_VERSION, stats.inputs, world.state, Date.now());
});
const snapshotMb = header!.byteLength / 1e6;
const encode = (() => {
  gc();
  const [serialised, serialiseMs] = time(() => serialiseState(world.state, { copy: false }));
  const [encoded, v8Ms] = time(() => serialize(serialised));
  return { serialiseMs, v8Ms, shaMs: time(() => sha256(encoded))[1] };
})();
log("restoring...");
const restoreMs = repeat(5, () => {
  if (store.latestValid(AGENCY)?.state.incidents.size !== INCIDENTS) throw new Error("restore: wrong state");
});

// The steps of SnapshotStore.read one at a time, on a second connection to the same file.
const db = new Database(store.path, { readonly: true });
const select = db.prepare("SELECT data FROM snapshots WHERE id = ?");
const parts = { sqlite: [] as number[], sha: [] as number[], v8: [] as number[], state: [] as number[] };
for (let i = 0; i < 3; i++) {
  gc();
  const [found, sqliteMs] = time(() => select.get(header!.id) as { data: Buffer });
  const [, shaMs] = time(() => sha256(found.data));
  const [raw, v8Ms] = time(() => deserialize(found.data) as unknown);
  const [, stateMs] = time(() => deserialiseState(raw, { copy: false }));
  parts.sqlite.push(sqliteMs);
  parts.sha.push(shaMs);
  parts.v8.push(v8Ms);
  parts.state.push(stateMs);
}
db.close();
const restore = median(restoreMs);
const part = {
  sqlite: median(parts.sqlite),
  sha: median(parts.sha),
  v8: median(parts.v8),
  state: median(parts.state),
};
const breakdown =
  `SQLite read ${fmt(part.sqlite)} + sha256 ${fmt(part.sha)} + v8.deserialize ${fmt(part.v8)} + ` +
  `deserialiseState ${fmt(part.state)} ms (medians of 3, one step at a time)`;
log(`restore ${fmt(restore)} ms = ${breakdown}`);
const stateShape = `${INCIDENTS.toLocaleString("en-US")} incidents (${OPEN_INCIDENTS} open), ${UNITS.toLocaleString("en-US")} units, ${world.state.calls.size.toLocaleString("en-US")} calls, ${world.state.seenInputs.size.toLocaleString("en-US")} remembered input ids, ${world.state.timers.length} timers; built from ${stats.inputs.toLocaleString("en-US")} inputs`;
row(
  1,
  "restore_ms_100k (latestValid: read, sha256, decode)",
  fmt(restore),
  "< 500",
  `${met(restore < 500)}; median of 5 (${list(restoreMs)}); ${breakdown}`,
);
row(1, "snapshot size (MB)", fmt(snapshotMb), "", stateShape);
row(
  1,
  "snapshot_write_ms_100k (SnapshotStore.write)",
  fmt(median(writeMs)),
  "",
  `median of 3 (${list(writeMs)}); of which serialiseState ${fmt(encode.serialiseMs)} + v8.serialize ${fmt(encode.v8Ms)} + sha256 ${fmt(encode.shaMs)} ms, the rest SQLite (synchronous=FULL)`,
);
Object.assign(results, {
  restore_ms_100k: round(restore),
  restore_target_met: restore < 500,
  restore_sqlite_read_ms: round(part.sqlite),
  restore_sha256_ms: round(part.sha),
  restore_v8_deserialize_ms: round(part.v8),
  restore_deserialise_state_ms: round(part.state),
  snapshot_mb: round(snapshotMb),
  snapshot_write_ms_100k: round(median(writeMs)),
});

// ---------------------------------------------------------------------------------------------------
// 4. The hot path while snapshots are written in the same thread, against no snapshots at all.
// ---------------------------------------------------------------------------------------------------
const hotInputs = lifecycleInputs(world, Math.ceil(HOT_INPUTS / 5)).slice(0, HOT_INPUTS);
const hotStore = SnapshotStore.open(join(dir, "hot-path.sqlite"));

/** Applies the hot inputs to a fresh copy of the 100k state; `inline`: a snapshot first every 10k inputs. */
function hotPath(inline: boolean) {
  const state = store.latestValid(AGENCY)!.state;
  const applyUs = new Float64Array(hotInputs.length);
  const latencyUs = new Float64Array(hotInputs.length);
  const writesMs: number[] = [];
  gc();
  const started = performance.now();
  for (let i = 0; i < hotInputs.length; i++) {
    const t0 = performance.now();
    if (inline && i > 0 && i % SNAPSHOT_EVERY === 0) {
      hotStore.write(AGENCY, ENGINE_VERSION, stats.inputs + i, state, Date.now());
      writesMs.push(performance.now() - t0);
    }
    const t1 = performance.now();
    const result = applyInput(state, config, hotInputs[i]!);
    const t2 = performance.now();
    if (result.rejection !== null) throw new Error(`hot path: ${JSON.stringify(result.rejection)}`);
    applyUs[i] = (t2 - t1) * 1000;
    // The input after a write waited for it: the write is part of that input's latency.
    latencyUs[i] = (t2 - t0) * 1000;
  }
  const wallMs = performance.now() - started;
  const sorted = latencyUs.slice().sort();
  return {
    p50: pct(sorted, 50),
    p99: pct(sorted, 99),
    p999: pct(sorted, 99.9),
    maxMs: sorted[sorted.length - 1]! / 1000,
    applyP99: pct(applyUs.sort(), 99),
    queuedP99Ms: queuedP99(latencyUs, ARRIVALS_PER_S) / 1000,
    writesMs,
    wallMs,
  };
}

/** p99 latency (µs) if inputs had arrived every 1/rate s and been served one at a time in these times. */
function queuedP99(serviceUs: Float64Array, perSecond: number): number {
  const gapUs = 1e6 / perSecond;
  const waited = new Float64Array(serviceUs.length);
  let freeAt = 0;
  for (let i = 0; i < serviceUs.length; i++) {
    freeAt = Math.max(i * gapUs, freeAt) + serviceUs[i]!;
    waited[i] = freeAt - i * gapUs;
  }
  return pct(waited.sort(), 99);
}

log(`hot path: ${hotInputs.length} inputs with no snapshots, then with one every ${SNAPSHOT_EVERY}...`);
const hotNone = hotPath(false);
const hotInline = hotPath(true);
hotStore.close();
for (const [label, h] of [
  ["(b) no snapshots", hotNone],
  [`(a) snapshot written inline every ${SNAPSHOT_EVERY / 1000}k inputs`, hotInline],
] as const) {
  row(
    4,
    `hot path p99 per input (µs), ${label}`,
    fmt(h.p99),
    "",
    `p50 ${fmt(h.p50)} µs, p99.9 ${fmt(h.p999)} µs, max ${fmt(h.maxMs)} ms; applyInput alone p99 ${fmt(h.applyP99)} µs; ` +
      `p99 if inputs arrive at ${ARRIVALS_PER_S}/s (queueing model on these times) ${fmt(h.queuedP99Ms)} ms; ` +
      `${fmt(h.wallMs)} ms in all` +
      (h.writesMs.length > 0 ? `; the ${h.writesMs.length} writes took ${list(h.writesMs)} ms` : ""),
  );
}
Object.assign(results, {
  hot_p99_us_no_snapshots: round(hotNone.p99),
  hot_p99_us_inline_snapshots: round(hotInline.p99),
  hot_max_ms_no_snapshots: round(hotNone.maxMs),
  hot_max_ms_inline_snapshots: round(hotInline.maxMs),
  hot_queued_p99_ms_no_snapshots: round(hotNone.queuedP99Ms, 2),
  hot_queued_p99_ms_inline_snapshots: round(hotInline.queuedP99Ms, 2),
});

// ---------------------------------------------------------------------------------------------------
// 2. Replay of decoded inputs in memory.
// ---------------------------------------------------------------------------------------------------
log(`replaying ${REPLAY_INPUTS} workload inputs in memory, 3 times...`);
const replayInputs = withIds("r-", REPLAY_INPUTS, 42);
const replays = [replay(replayInputs), replay(replayInputs), replay(replayInputs)];
const replayMs = replays.map((r) => r.ms);
const mid = replays.find((r) => r.ms === median(replayMs))!;
const replayRate = REPLAY_INPUTS / (median(replayMs) / 1000);
const kinds = [...mid.byKind]
  .sort((a, b) => b[1].ms - a[1].ms)
  .slice(0, 3)
  .map(([kind, k]) => `${kind} ${Math.round((100 * k.ms) / mid.ms)}% (${fmt((1000 * k.ms) / k.n)} µs each)`)
  .join(", ");
row(
  2,
  "replay_inputs_per_s (decoded, in memory)",
  fmt(replayRate),
  "> 1,000,000",
  `${met(replayRate > 1e6)}; median of 3 (${list(replayMs)} ms for ${REPLAY_INPUTS.toLocaleString("en-US")} inputs, ${mid.rejected.toLocaleString("en-US")} rejected); ` +
    `time by kind: ${kinds}; the workload never closes incidents: it ends with ${mid.state.active.size.toLocaleString("en-US")} open (${mid.state.pending.length.toLocaleString("en-US")} pending)`,
);
Object.assign(results, { replay_inputs_per_s: Math.round(replayRate), replay_target_met: replayRate > 1e6 });
replays.length = 0;

// ---------------------------------------------------------------------------------------------------
// 3. Recovery by replay from nats-server, against a bare ordered-consumer read of the same stream.
// ---------------------------------------------------------------------------------------------------
const s = agencySubjects(AGENCY);

/** Reads the whole input stream with an ordered consumer, touching only each message's bytes. */
async function rawRead(js: JetStreamClient): Promise<number> {
  const started = performance.now();
  const consumer = await js.consumers.get(s.inputStream, {
    deliver_policy: DeliverPolicy.StartSequence,
    opt_start_seq: 1,
  });
  const messages = await consumer.consume({ max_messages: 1024 });
  let count = 0;
  let bytes = 0;
  for await (const m of messages) {
    count++;
    bytes += m.data.length;
    if (m.info.pending === 0) break;
  }
  const ms = performance.now() - started;
  await messages.close();
  if (count !== NATS_INPUTS || bytes === 0) throw new Error(`raw read: ${count} messages`);
  return ms;
}

/** Publishes the inputs in order (512 in flight), each with its Cad-Time and a message id. */
async function publishInputs(js: JetStreamClient, inputs: readonly Input[]): Promise<void> {
  const window: Promise<void>[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const { id, at, ...body } = inputs[i]!;
    const h = headers();
    h.set(TIME_HEADER, String(at));
    const subject = `${s.inputPrefix}${INPUT_SUBJECTS[body.kind]}`;
    const sent = js.publish(subject, encodeInput(body), {
      msgID: id,
      headers: h,
      timeout: 30_000,
    });
    window.push(
      sent.then((ack) => {
        if (ack.seq !== i + 1) throw new Error(`publish: input ${i} stored at ${ack.seq}`);
      }),
    );
    if (window.length >= 512) await Promise.all(window.splice(0));
  }
  await Promise.all(window);
}

async function natsSection(): Promise<void> {
  const server = await startNatsServer();
  try {
    const nc = await connect({ servers: server.url });
    await ensureStreams(nc, s);
    const js = jetstream(nc);
    const inputs = withIds(`${AGENCY}-`, NATS_INPUTS, 7);
    await publishInputs(js, inputs);
    log(`published ${NATS_INPUTS} inputs; bare reads...`);
    const raws = [await rawRead(js), await rawRead(js), await rawRead(js)];
    const serviceOpts = { agency: AGENCY, servers: server.url, config, trustInputTime: true };
    const firstStarted = performance.now();
    const first = await EngineService.start(serviceOpts);
    await first.caughtUp;
    await first.stop();
    const firstMs = performance.now() - firstStarted;
    log(`first service run published ${first.counts.published} outputs in ${fmt(firstMs)} ms; recoveries...`);
    const recoveries: number[] = [];
    const lines: string[] = [];
    let republished = 0;
    for (let i = 0; i < 3; i++) {
      gc();
      const started = performance.now();
      const service = await EngineService.start({ ...serviceOpts, log: (line) => lines.push(line) });
      await service.caughtUp;
      recoveries.push(performance.now() - started);
      await service.stop();
      const replayed = service.counts.applied + service.counts.rejected;
      if (replayed !== NATS_INPUTS) throw new Error(`recovery: ${replayed} inputs replayed`);
      republished += service.counts.published;
    }
    await nc.drain();
    const inMemory = replay(inputs);
    const rawRate = NATS_INPUTS / (median(raws) / 1000);
    const recoveryRate = NATS_INPUTS / (median(recoveries) / 1000);
    const memoryRate = NATS_INPUTS / (inMemory.ms / 1000);
    const ratio = recoveryRate / rawRate;
    const said = lines.find((l) => l.includes("recovered"))?.replace(/^cad-engine \S+ /, "") ?? "?";
    row(
      3,
      "raw ordered-consumer read (msgs/s)",
      fmt(rawRate),
      "",
      `median of 3 (${list(raws)} ms for ${NATS_INPUTS.toLocaleString("en-US")} inputs)`,
    );
    row(
      3,
      "recovery by replay, start → caughtUp (inputs/s)",
      fmt(recoveryRate),
      "",
      `median of 3 (${list(recoveries)} ms); ${republished} outputs republished; the same inputs applied in memory: ${fmt(memoryRate)}/s (${fmt(inMemory.ms)} ms); last service log: "${said}"`,
    );
    row(
      3,
      "recovery_ratio_vs_raw_read",
      ratio.toFixed(3),
      "≥ 0.8",
      `${met(ratio >= 0.8)}; first run (publishing ${first.counts.published.toLocaleString("en-US")} outputs) took ${fmt(firstMs)} ms`,
    );
    Object.assign(results, {
      raw_read_msgs_per_s: Math.round(rawRate),
      recovery_inputs_per_s: Math.round(recoveryRate),
      recovery_in_memory_inputs_per_s: Math.round(memoryRate),
      recovery_ratio_vs_raw_read: round(ratio, 3),
      recovery_target_met: ratio >= 0.8,
    });
  } finally {
    await server.stop();
    rmSync(server.storeDir, { recursive: true, force: true });
  }
}

try {
  await natsSection();
} finally {
  store.close();
  rmSync(dir, { recursive: true, force: true });
}

console.log(`# Snapshots and recovery\n\nMachine: ${machineInfo()}\nCommand: ${COMMAND}\n`);
const table = rows.sort((a, b) => a.section - b.section).map((r) => r.cells);
// The notes column reads better left-aligned.
console.log(markdownTable(["metric", "value", "target", "notes"], table).replace(/---:( \|\n)/, "---$1"));
console.log(
  "\nThe product writes snapshots from a standby engine in a worker thread (adapters/sqlite/snapshot-worker.ts), " +
    "never in the serving thread: (a) is the cost that design avoids.\n",
);
console.log(JSON.stringify({ machine: machineInfo(), command: COMMAND, ...results }));

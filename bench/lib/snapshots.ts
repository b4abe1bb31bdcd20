/**
 * Snapshot write and restore of a big state through the product's SnapshotStore (a real SQLite file in
 * a temporary directory), with the restore broken into its steps, and the heap each restored state
 * holds (for bench/memory.bench.ts).
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import Database from "better-sqlite3";
import { SnapshotStore, type SnapshotHeader } from "../../adapters/sqlite/index.ts";
import { createState, serialiseState, type EngineState } from "../../engine/index.ts";
import { fullGc, median, time } from "./stats.ts";

const ENGINE_VERSION = "bench";

export interface SnapshotResult {
  readonly header: SnapshotHeader;
  readonly writesMs: readonly number[];
  readonly writeMs: number;
  /** Of one write: the engine's serialiseState and the sha256 of the blob (the rest: the store's encoding and SQLite). Null: not run. */
  readonly encode: { readonly serialiseMs: number; readonly shaMs: number } | null;
  readonly restoresMs: readonly number[];
  readonly restoreMs: number;
  /**
   * The parts of a restore that do not depend on the store's encoding, one at a time (medians): the SQLite
   * read of the blob and its sha256; decoding is the rest of the restore. Null: not run.
   */
  readonly restoreSteps: { readonly sqlite: number; readonly sha: number; readonly decode: number } | null;
  /** Heap (bytes) each restored state held, and of it the remembered input ids (when measured). */
  readonly retained: readonly { readonly total: number; readonly ids: number | null }[];
}

export const sha256 = (data: Buffer): string => createHash("sha256").update(data).digest("hex");

/**
 * Heap in use after a full collection: V8's heap plus array buffers (typed arrays live outside it).
 * Buffers freed by a collection are released by a background thread: wait a moment before reading.
 */
export async function heapBytes(): Promise<number> {
  fullGc();
  await new Promise((resolve) => setTimeout(resolve, 30));
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** Heap a freshly made state holds, and of it the remembered input ids (dropped, then collected again). */
export async function retainedBy(
  make: () => EngineState,
): Promise<{ total: number; ids: number; state: EngineState }> {
  const before = await heapBytes();
  const state = make();
  const total = (await heapBytes()) - before;
  return { total, ids: await idsBytes(state, before + total), state };
}

/** What the state's remembered input ids hold: they are dropped from it (a bounded window, not per incident). */
export async function idsBytes(state: EngineState, heapNow?: number): Promise<number> {
  const with_ = heapNow ?? (await heapBytes());
  state.seenInputs = createState().seenInputs;
  return with_ - (await heapBytes());
}

/**
 * Writes `state` `writes` times and restores the newest snapshot `restores` times (latestValid, as
 * start-up does), measuring the heap each restored copy holds; the last copy is returned intact.
 */
export async function snapshotRoundTrips(
  dir: string,
  agency: string,
  state: EngineState,
  lastInputSeq: number,
  opts: { writes: number; restores: number; stepRuns: number; encodeSteps?: boolean },
): Promise<{ result: SnapshotResult; restored: EngineState; store: SnapshotStore }> {
  const store = SnapshotStore.open(join(dir, `${agency}.snapshots.sqlite`));
  let header: SnapshotHeader | undefined;
  const writesMs: number[] = [];
  for (let i = 0; i < opts.writes; i++) {
    fullGc();
    writesMs.push(
      time(() => (header = store.write(agency, ENGINE_VERSION, lastInputSeq, state, Date.now())))[1],
    );
  }
  const encode = opts.encodeSteps === false ? null : encodeSteps(state, blobOf(store.path, header!.id));
  const restoresMs: number[] = [];
  const retained: { total: number; ids: number | null }[] = [];
  const holder: { state?: EngineState } = {};
  for (let i = 0; i < opts.restores; i++) {
    delete holder.state;
    // Measure the ids on every copy but the last, which is handed back whole (unless it is the only one).
    const measureIds = i < opts.restores - 1 || opts.restores === 1;
    const sample = await restoreOnce(store, agency, state.incidents.size, holder, measureIds);
    restoresMs.push(sample.ms);
    retained.push({ total: sample.total, ids: sample.ids });
  }
  const result = {
    header: header!,
    writesMs,
    writeMs: median(writesMs),
    encode,
    restoresMs,
    restoreMs: median(restoresMs),
    restoreSteps: stepsOf(store.path, header!.id, opts.stepRuns, median(restoresMs)),
    retained,
  };
  return { result, restored: holder.state!, store };
}

/** Parts of one write, one at a time (in a frame of their own: the buffers die with it). */
function encodeSteps(state: EngineState, blob: Buffer): NonNullable<SnapshotResult["encode"]> {
  fullGc();
  const serialiseMs = time(() => serialiseState(state, { copy: false }))[1];
  return { serialiseMs, shaMs: time(() => sha256(blob))[1] };
}

/**
 * One restore, timed, and the heap the restored copy holds. In a function of its own so that no stale
 * reference to the previous copy stays in the caller's frame while the heap is measured.
 */
async function restoreOnce(
  store: SnapshotStore,
  agency: string,
  incidents: number,
  holder: { state?: EngineState },
  measureIds: boolean,
): Promise<{ ms: number; total: number; ids: number | null }> {
  const before = await heapBytes();
  const started = performance.now();
  const found = store.latestValid(agency);
  const ms = performance.now() - started;
  if (found === null || found.state.incidents.size !== incidents)
    throw new Error("snapshot bench: the restored state is not the one written");
  holder.state = found.state;
  const total = (await heapBytes()) - before;
  if (!measureIds) return { ms, total, ids: null };
  return { ms, total, ids: await idsBytes(holder.state, before + total) };
}

function stepsOf(path: string, id: number, runs: number, restoreMs: number): SnapshotResult["restoreSteps"] {
  if (runs === 0) return null;
  const parts = restoreSteps(path, id, runs);
  const sqlite = median(parts.sqlite);
  const sha = median(parts.sha);
  return { sqlite, sha, decode: Math.max(0, restoreMs - sqlite - sha) };
}

/** The SQLite read and the sha256 of the blob, one at a time, on a second connection to the same file. */
function restoreSteps(path: string, id: number, runs: number): { sqlite: number[]; sha: number[] } {
  const db = new Database(path, { readonly: true });
  try {
    const select = db.prepare("SELECT data FROM snapshots WHERE id = ?");
    const parts = { sqlite: [] as number[], sha: [] as number[] };
    for (let i = 0; i < runs; i++) {
      fullGc();
      const [found, sqliteMs] = time(() => select.get(id) as { data: Buffer });
      parts.sqlite.push(sqliteMs);
      parts.sha.push(time(() => sha256(found.data))[1]);
    }
    return parts;
  } finally {
    db.close();
  }
}

/** The blob of a snapshot, as stored. */
function blobOf(path: string, id: number): Buffer {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare("SELECT data FROM snapshots WHERE id = ?").get(id) as { data: Buffer }).data;
  } finally {
    db.close();
  }
}

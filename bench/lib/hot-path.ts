/**
 * What writing snapshots in the serving thread would cost the hot path: the same inputs applied to a
 * restored copy of the big state with no snapshots, then with a snapshot written inline every 10k inputs.
 * The product writes them from a standby in a worker thread instead; this measures what that avoids.
 */
import { join } from "node:path";
import { SnapshotStore } from "../../adapters/sqlite/index.ts";
import { applyInput, type EngineConfig, type Input } from "../../engine/index.ts";
import { fullGc, percentile } from "./stats.ts";

export const SNAPSHOT_EVERY = 10_000;
/** Arrival rate for the queueing view: 10k units each sending AVL every 10 s. */
export const ARRIVALS_PER_S = 1_000;

export interface HotPathRun {
  readonly p50Us: number;
  readonly p99Us: number;
  readonly p999Us: number;
  readonly maxMs: number;
  readonly applyP99Us: number;
  /** p99 (ms) if inputs had arrived at ARRIVALS_PER_S and been served one at a time in these times. */
  readonly queuedP99Ms: number;
  readonly writesMs: readonly number[];
  readonly wallMs: number;
}

/** Runs the inputs on two fresh restored copies: without snapshots, then with inline ones. */
export function runHotPath(
  config: EngineConfig,
  source: SnapshotStore,
  agency: string,
  inputs: readonly Input[],
  dir: string,
): { none: HotPathRun; inline: HotPathRun } {
  const store = SnapshotStore.open(join(dir, "hot-path.sqlite"));
  try {
    return {
      none: run(config, source, agency, inputs, null),
      inline: run(config, source, agency, inputs, store),
    };
  } finally {
    store.close();
  }
}

function run(
  config: EngineConfig,
  source: SnapshotStore,
  agency: string,
  inputs: readonly Input[],
  inline: SnapshotStore | null,
): HotPathRun {
  const restored = source.latestValid(agency);
  if (restored === null) throw new Error("hot path: no snapshot to start from");
  const { state, header } = restored;
  const applyUs = new Float64Array(inputs.length);
  const latencyUs = new Float64Array(inputs.length);
  const writesMs: number[] = [];
  fullGc();
  const started = performance.now();
  for (let i = 0; i < inputs.length; i++) {
    const t0 = performance.now();
    if (inline !== null && i > 0 && i % SNAPSHOT_EVERY === 0) {
      inline.write(agency, "bench", header.lastInputSeq + i, state, Date.now());
      writesMs.push(performance.now() - t0);
    }
    const t1 = performance.now();
    const result = applyInput(state, config, inputs[i]!);
    const t2 = performance.now();
    if (result.rejection !== null) throw new Error(`hot path: ${JSON.stringify(result.rejection)}`);
    applyUs[i] = (t2 - t1) * 1000;
    // The input after a write waited for it: the write is part of that input's latency.
    latencyUs[i] = (t2 - t0) * 1000;
  }
  const wallMs = performance.now() - started;
  const sorted = latencyUs.slice().sort();
  return {
    p50Us: percentile(sorted, 50),
    p99Us: percentile(sorted, 99),
    p999Us: percentile(sorted, 99.9),
    maxMs: sorted[sorted.length - 1]! / 1000,
    applyP99Us: percentile(applyUs.sort(), 99),
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
  return percentile(waited.sort(), 99);
}

/**
 * Memory: the heap a state holds, per unit and per incident, at 10k units and 100k incidents, for a state
 * built live through applyInput (what a running engine holds) and for the same state restored from its
 * snapshot (what a restarted engine holds: the engine may keep closed incidents in a compact form there).
 * Each figure is a heap delta around making the state, after a forced full GC (--expose-gc, turned on at
 * run time if node was not started with it): heapUsed plus array buffers. The remembered input ids (a
 * bounded window, not a per-incident cost) are measured apart, by dropping them and collecting again.
 *   per unit     = (fleet-only state - its ids) / units              (10k units, half out of service)
 *   per incident = ((100k state - its ids) - (fleet-only state - its ids)) / incidents
 * Run: node --import tsx bench/memory.bench.ts
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfigFile } from "../adapters/config/index.ts";
import { mulberry32 } from "../adapters/sim/prng.ts";
import type { EngineConfig, EngineState } from "../engine/index.ts";
import { buildFleet } from "./lib/fleet.ts";
import { fmt, machineInfo } from "./lib/report.ts";
import { heapBytes, idsBytes, retainedBy, snapshotRoundTrips, type SnapshotResult } from "./lib/snapshots.ts";
import { isMain, median } from "./lib/stats.ts";
import { buildIncidentState } from "./lib/state.ts";

/** The seed bench/lib/state.ts builds the 100k state's fleet with, so the fleet-only state is the same fleet. */
export const STATE_SEED = 20250601;

export interface MemoryFigures {
  readonly bytesPerIncident: number;
  readonly bytesPerUnit: number;
  /** The whole 100k state, ids included (median). */
  readonly stateBytes: number;
  /** Its remembered input ids (median). */
  readonly idsBytes: number;
  /** Samples without ids (bytes). */
  readonly stateSamples: readonly number[];
  readonly fleetSamples: readonly number[];
}

export interface MemoryResult {
  readonly units: number;
  readonly incidents: number;
  readonly live: MemoryFigures;
  readonly restored: MemoryFigures;
}

/** The 100k-incident state of every suite: 1,000 incidents open, 10k units (a fresh seeded generator each time). */
const BIG_STATE = {
  incidents: 100_000,
  open: 1_000,
  units: 10_000,
  get random() {
    return mulberry32(STATE_SEED);
  },
};

/** The live-built 100k state: the heap it took, measured around its build. */
export interface LiveSample {
  readonly state: EngineState;
  readonly total: number;
}

/** Builds the 100k state, measuring the heap it holds (the world around it is a few small arrays). */
export async function buildMeasured(config: EngineConfig) {
  const before = await heapBytes();
  const built = buildIncidentState(config, BIG_STATE);
  const live: LiveSample = { state: built.world.state, total: (await heapBytes()) - before };
  return { ...built, live };
}

/** A fleet-only state of the 100k state's 10k units: heap without ids, built live and restored (bytes). */
export interface FleetSamples {
  readonly live: readonly number[];
  readonly restored: readonly number[];
}

/** Measured before the big state exists, so that each forced GC walks a small heap. */
export async function fleetMemory(
  config: EngineConfig,
  dir: string,
  units: number,
  samples: { live: number; restored: number },
): Promise<FleetSamples> {
  const live: number[] = [];
  for (let i = 0; i < samples.live; i++) {
    const r = await retainedBy(() => buildFleet(config, units, mulberry32(STATE_SEED)).state);
    live.push(r.total - r.ids);
  }
  if (samples.restored === 0) return { live, restored: [] };
  const fleet = buildFleet(config, units, mulberry32(STATE_SEED));
  const trips = await snapshotRoundTrips(dir, "fleet", fleet.state, 1, {
    writes: 1,
    restores: samples.restored + 1,
    stepRuns: 0,
  });
  trips.store.close();
  return { live, restored: trips.result.retained.filter((x) => x.ids !== null).map((x) => x.total - x.ids!) };
}

/**
 * Per-unit and per-incident bytes. `live.state` loses its remembered ids (measured here): call this after
 * everything that needs them. `restored` is the 100k state's snapshot round trips.
 */
export async function runMemory(
  config: EngineConfig,
  live: LiveSample,
  restored: SnapshotResult,
  fleet: FleetSamples,
  opts: { units: number; incidents: number; extraLiveBuilds: number },
): Promise<MemoryResult> {
  const liveIds = await idsBytes(live.state);
  const liveSamples = [live.total - liveIds];
  // More samples of the live state: the same seeded build again, measured, then dropped.
  for (let i = 0; i < opts.extraLiveBuilds; i++) {
    const r = await retainedBy(() => buildIncidentState(config, BIG_STATE).world.state);
    liveSamples.push(r.total - r.ids);
  }
  const restoredBig = restored.retained.filter((x) => x.ids !== null);
  return {
    units: opts.units,
    incidents: opts.incidents,
    live: figures(opts, liveSamples, [...fleet.live], live.total, liveIds),
    restored: figures(
      opts,
      restoredBig.map((x) => x.total - x.ids!),
      [...fleet.restored],
      median(restored.retained.map((x) => x.total)),
      median(restoredBig.map((x) => x.ids!)),
    ),
  };
}

function figures(
  opts: { units: number; incidents: number },
  stateSamples: number[],
  fleetSamples: number[],
  stateBytes: number,
  ids: number,
): MemoryFigures {
  return {
    bytesPerIncident: (median(stateSamples) - median(fleetSamples)) / opts.incidents,
    bytesPerUnit: median(fleetSamples) / opts.units,
    stateBytes,
    idsBytes: ids,
    stateSamples,
    fleetSamples,
  };
}

export function describeMemory(f: MemoryFigures): string {
  const mb = (b: number): string => `${fmt(b / 1e6)} MB`;
  return (
    `${fmt(f.bytesPerIncident)} bytes per incident, ${fmt(f.bytesPerUnit)} bytes per unit; the whole state ` +
    `${mb(f.stateBytes)}, of which remembered input ids ${mb(f.idsBytes)}; samples without ids: ` +
    `state ${f.stateSamples.map(mb).join(", ")}; fleet only ${f.fleetSamples.map(mb).join(", ")}`
  );
}

if (isMain(import.meta.url)) {
  const config = loadConfigFile();
  const dir = mkdtempSync(join(tmpdir(), "cad-bench-memory-"));
  try {
    const fleet = await fleetMemory(config, dir, 10_000, { live: 3, restored: 3 });
    const { stats, live } = await buildMeasured(config);
    const trips = await snapshotRoundTrips(dir, "bench", live.state, stats.inputs, {
      writes: 1,
      restores: 4,
      stepRuns: 0,
    });
    trips.store.close();
    const m = await runMemory(config, live, trips.result, fleet, {
      units: 10_000,
      incidents: 100_000,
      extraLiveBuilds: 2,
    });
    console.log(`# Memory\n\nMachine: ${machineInfo()}\n`);
    console.log(`Built live: ${describeMemory(m.live)}\nRestored:   ${describeMemory(m.restored)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

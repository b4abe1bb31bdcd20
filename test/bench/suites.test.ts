import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfigFile } from "../../adapters/config/index.ts";
import { natsServerAvailable } from "../../adapters/nats/index.ts";
import { mulberry32 } from "../../adapters/sim/prng.ts";
import { serialiseState } from "../../engine/index.ts";
import { runRecovery } from "../../bench/recovery.bench.ts";
import { runReplay, testWorkloadInputs } from "../../bench/replay.bench.ts";
import { mixedLog } from "../../bench/lib/mixed.ts";
import { snapshotRoundTrips } from "../../bench/lib/snapshots.ts";
import { buildIncidentState } from "../../bench/lib/state.ts";

const config = loadConfigFile();
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the snapshot suite, on a small state in a fresh SQLite file", () => {
  it("restores the state it wrote, as many times as asked, and hands back the last copy whole", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cad-bench-test-"));
    dirs.push(dir);
    const { world, stats } = buildIncidentState(config, {
      incidents: 30,
      open: 10,
      units: 100,
      random: mulberry32(2),
    });
    const expected = serialiseState(world.state);
    const { result, restored, store } = await snapshotRoundTrips(dir, "t", world.state, stats.inputs, {
      writes: 2,
      restores: 3,
      stepRuns: 1,
    });
    store.close();
    expect(serialiseState(restored)).toEqual(expected);
    expect(result.writesMs).toHaveLength(2);
    expect(result.restoresMs).toHaveLength(3);
    expect(result.header.lastInputSeq).toBe(stats.inputs);
    expect(result.header.byteLength).toBeGreaterThan(0);
    expect(result.restoreSteps).not.toBeNull();
    // The remembered input ids are measured on every copy but the last, which keeps them.
    expect(result.retained.map((r) => r.ids === null)).toEqual([false, false, true]);
  });
});

describe("the replay suite", () => {
  it("applies the realistic mix without a rejection, and counts the tests' workload's rejections", () => {
    const mix = mixedLog(config, { units: 200, inputs: 4_000, seed: 8 });
    const replay = runReplay(config, "mix", [...mix.roster, ...mix.stream], {
      passes: 2,
      byKind: true,
      recommendations: false,
    });
    expect(replay.inputs).toBe(mix.roster.length + 4_000);
    expect(replay.rejected).toBe(0);
    expect(replay.passesMs).toHaveLength(2);
    expect(replay.byKind.map((k) => k.count).reduce((a, b) => a + b, 0)).toBe(replay.inputs);
    const tests = runReplay(config, "tests", testWorkloadInputs(2_000, 42), {
      passes: 1,
      byKind: false,
      recommendations: true,
    });
    expect(tests.inputs).toBe(2_000);
    expect(tests.rejected).toBeGreaterThan(0);
    expect(tests.byKind).toEqual([]);
  });
});

describe.skipIf(!natsServerAvailable())("the recovery suite (needs nats-server)", () => {
  it("replays the whole log from a nats-server of its own and publishes nothing twice", async () => {
    const mix = mixedLog(config, { units: 100, inputs: 1_500, seed: 6 });
    const inputs = [...mix.roster, ...mix.stream];
    const r = await runRecovery(config, inputs, { recoveries: 2, rawReads: 2 });
    expect(r.inputs).toBe(inputs.length);
    expect(r.recoveriesMs).toHaveLength(2);
    expect(r.rawReadsMs).toHaveLength(2);
    expect(r.firstRunPublished).toBeGreaterThan(inputs.length);
    expect(r.republished).toBe(0);
    expect(r.ratio).toBeGreaterThan(0);
    expect(r.serviceSaid).toMatch(/recovered/);
  });
});

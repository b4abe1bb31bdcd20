import { describe, expect, it } from "vitest";
import { poolRates, type RateResult } from "../../bench/e2e/side.ts";
import { parseSnapshotLines } from "../../bench/e2e/standby.ts";
import { summarise } from "../../bench/e2e/stats.ts";

describe("the standby's snapshot lines in the engine's log", () => {
  it("are read for the agency asked, in order, with size, write and read-back times", () => {
    const log = [
      "2026-01-01T08:00:00.000Z cad-engine e2esb: serving on nats://127.0.0.1:4222",
      "2026-01-01T08:00:05.000Z cad-snapshotter e2esb: snapshot 1 at input 5000, 0.6 MB in 11 ms (then read back in 8 ms)",
      "2026-01-01T08:00:06.000Z cad-snapshotter other: snapshot 7 at input 5000, 9.9 MB in 99 ms (then read back in 9 ms)",
      "2026-01-01T08:00:10.000Z cad-snapshotter e2esb: snapshot 2 at input 10000, 1.2 MB in 23 ms (then read back in 12 ms)",
      "2026-01-01T08:00:11.000Z cad-snapshotter e2esb: snapshot 3 does not read back (bad); going on from the state in memory",
    ].join("\n");
    expect(parseSnapshotLines(log, "e2esb")).toEqual([
      { id: 1, atInput: 5000, mb: 0.6, writeMs: 11, readBackMs: 8 },
      { id: 2, atInput: 10_000, mb: 1.2, writeMs: 23, readBackMs: 12 },
    ]);
    expect(parseSnapshotLines(log, "e2.sb")).toEqual([]);
  });
});

describe("the halves of the ABBA probe at 1,000/s, pooled", () => {
  const half = (latenciesMs: number[], over: Partial<RateResult>): RateResult => ({
    rate: 1000,
    achievedPerS: 1000,
    keptUp: true,
    lagAtEnd: 0,
    latency: summarise(latenciesMs),
    latenciesMs,
    missing: 0,
    slipP99Ms: 0.1,
    seconds: 30,
    inputs: 30_000,
    cpuUsPerInput: 200,
    ...over,
  });

  it("take percentiles over both halves' calls, and weigh rates and CPU by time and inputs", () => {
    const a = half([1, 2, 3], { achievedPerS: 990, cpuUsPerInput: 100, inputs: 10_000, seconds: 10 });
    const b = half([4, 100], {
      achievedPerS: 1000,
      cpuUsPerInput: 400,
      inputs: 30_000,
      seconds: 30,
      missing: 1,
    });
    const p = poolRates([a, b]);
    expect(p.latency).toEqual(summarise([1, 2, 3, 4, 100]));
    expect(p.latenciesMs).toHaveLength(5);
    expect(p.achievedPerS).toBeCloseTo(997.5);
    expect(p.cpuUsPerInput).toBeCloseTo(325);
    expect(p.inputs).toBe(40_000);
    expect(p.seconds).toBe(40);
    expect(p.missing).toBe(1);
    expect(p.keptUp).toBe(true);
    expect(poolRates([a, half([5], { keptUp: false, lagAtEnd: 900 })])).toMatchObject({
      keptUp: false,
      lagAtEnd: 900,
    });
  });
});

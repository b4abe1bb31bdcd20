import { describe, expect, it } from "vitest";
import { ABBA, compareAuth, type RunOnce } from "../../bench/e2e/auth.ts";
import { summarise } from "../../bench/e2e/stats.ts";
import type { E2EResult } from "../../bench/e2e/types.ts";

/** A run's result with the figures the comparison reads (the rest as a quick run leaves it). */
function run(rounds: { engine: number[]; passthrough: number[] }, latenciesMs: number[]): RunOnce {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const latency = summarise(latenciesMs);
  const engine = median(rounds.engine);
  const passthrough = median(rounds.passthrough);
  const result: E2EResult = {
    engineMaxInputsPerS: engine,
    passthroughMaxInputsPerS: passthrough,
    ratioVsPassthrough: engine / passthrough,
    latencyAt1k: latency,
    latencyByRate: [{ rate: 1000, ...latency, achievedPerS: 999, keptUp: true }],
    notes: ["Checks: engine OK"],
    passthroughLatencyAt1k: summarise([]),
    saturation: { engine, passthrough, ratio: engine / passthrough, rounds },
    openLoop: null,
    cpuUsPerInput: {
      engine: { service: 300, natsServer: 50, generator: 20 },
      passthrough: { service: 100, natsServer: 50, generator: 20 },
    },
    standbyAt1k: null,
  };
  return { result, at1kLatenciesMs: latenciesMs };
}

describe("the end-to-end run without and with authentication (ABBA)", () => {
  it("runs without, with, with, without, pools each side's two runs, and reports the change", async () => {
    const order: boolean[] = [];
    const lines: string[] = [];
    // Without: ratios 0.5 and 0.6 (pooled medians 550 / 1000); with: 0.45 and 0.55 (500 / 1000).
    const byRun = [
      run({ engine: [500, 500], passthrough: [1000, 1000] }, [1, 2, 3, 4]),
      run({ engine: [450, 450], passthrough: [1000, 1000] }, [2, 3, 4, 5]),
      run({ engine: [550, 550], passthrough: [1000, 1000] }, [3, 4, 5, 6]),
      run({ engine: [600, 600], passthrough: [1000, 1000] }, [1, 2, 3, 8]),
    ];
    const result = await compareAuth(
      (auth) => {
        order.push(auth);
        return Promise.resolve(byRun[order.length - 1]!);
      },
      (line) => lines.push(line),
    );
    expect(order).toEqual([false, true, true, false]);
    expect(ABBA).toEqual(order);
    const c = result.auth!;
    expect(c.order).toEqual(["without", "with", "with", "without"]);
    expect(c.without.ratioVsPassthrough).toBeCloseTo(0.55);
    expect(c.with.ratioVsPassthrough).toBeCloseTo(0.5);
    expect(c.ratioChangePct).toBeCloseTo(((0.5 - 0.55) / 0.55) * 100);
    // Percentiles over both runs' calls: 8 calls each side, p99 = the largest.
    expect(c.without.latencyAt1k).toEqual(summarise([1, 2, 3, 4, 1, 2, 3, 8]));
    expect(c.with.latencyAt1k.p99Ms).toBe(6);
    expect(c.p99ChangePct).toBeCloseTo(-25);
    expect(c.without.runs).toEqual([
      { ratio: 0.5, p99Ms: 4 },
      { ratio: 0.6, p99Ms: 8 },
    ]);
    // The headline figures are the runs without, pooled; the note says both sides and the change.
    expect(result.ratioVsPassthrough).toBeCloseTo(0.55);
    expect(result.saturation.rounds.engine).toEqual([500, 500, 600, 600]);
    expect(result.latencyAt1k.samples).toBe(8);
    expect(result.latencyByRate[0]!.p99Ms).toBe(8);
    const note = result.notes.at(-1)!;
    expect(note).toMatch(/^Authentication, runs in ABBA order \(without, with, with, without\)/);
    expect(c.engineChangePct).toBeCloseTo(((500 - 550) / 550) * 100);
    expect(c.passthroughChangePct).toBe(0);
    expect(note).toContain(
      "change with authentication: ratio -9.1%, p99 -25.0% (saturation: engine -9.1%, pass-through +0.0%)",
    );
    expect(lines.filter((l) => /run \d of 4/.test(l))).toHaveLength(4);
  });
});

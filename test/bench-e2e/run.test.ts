import { describe, expect, it } from "vitest";
import { natsServerAvailable } from "../../adapters/nats/index.ts";
import { runE2E, type E2EResult } from "../../bench/e2e/index.ts";
import { runningServices } from "../../bench/e2e/processes.ts";

describe.skipIf(!natsServerAvailable())(
  "the end-to-end benchmark, in a tiny run (needs nats-server; measures nothing, checks the machinery)",
  () => {
    it("runs the engine, the pass-through and the engine with its standby in their own processes with authentication, reports every measure, and leaves no process behind", async () => {
      const lines: string[] = [];
      // With authentication, as deployed (every process on its role's creds): the run without is
      // the same code with the creds left out.
      const result = await runE2E({
        quick: true,
        seed: 5,
        auth: true,
        log: (line) => lines.push(line),
        shape: {
          units: 100,
          lat1kSeconds: 2,
          warmupSeconds: 0.5,
          saturationInputs: 1500,
          rounds: 2,
          probes: 1,
          probeSeconds: 1,
          engineSteps: [0.5],
          stepSeconds: 1,
          standbyLatency: true,
          standbySnapshotEveryInputs: 500,
        },
      });
      expect(runningServices()).toBe(0);
      const { saturation, openLoop } = result;
      expect(saturation.rounds.engine).toHaveLength(2);
      expect(saturation.rounds.passthrough).toHaveLength(2);
      for (const x of [...saturation.rounds.engine, ...saturation.rounds.passthrough])
        expect(x).toBeGreaterThan(0);
      expect(saturation.ratio).toBeCloseTo(saturation.engine / saturation.passthrough);
      expect(result.engineMaxInputsPerS).toBe(saturation.engine);
      expect(result.passthroughMaxInputsPerS).toBe(saturation.passthrough);
      expect(result.ratioVsPassthrough).toBe(saturation.ratio);
      // One probe per side, tried again when it fell behind.
      const probes = openLoop?.probes ?? [];
      expect(probes[0]?.side).toBe("engine");
      expect(probes.filter((p) => p.side === "passthrough").length).toBeGreaterThanOrEqual(1);
      expect(probes.length).toBeLessThanOrEqual(4);
      expect(result.latencyAt1k.samples).toBeGreaterThan(0);
      expect(result.latencyAt1k.p50Ms).toBeGreaterThan(0);
      expect(result.latencyAt1k.p999Ms).toBeGreaterThanOrEqual(result.latencyAt1k.p99Ms);
      expect(result.passthroughLatencyAt1k.samples).toBe(0);
      const stepRate = Math.round(0.5 * (openLoop?.engine ?? NaN));
      expect(result.latencyByRate.map((r) => r.rate)).toEqual(stepRate >= 10 ? [1000, stepRate] : [1000]);
      // What the engine stored is what the in-memory record said it would publish, on both sides.
      const checks = result.notes.find((n) => n.startsWith("Checks:")) ?? "";
      expect(checks).toContain("engine OK");
      expect(checks).toContain("pass-through OK");
      expect(checks).toContain("engine with standby OK");
      expectStandby(result);
      // The 1,000/s probe in ABBA order: plain, standby, standby, plain, a half (1 s) each.
      expect(lines.filter((l) => / at 1000\/s for 1 s:/.test(l)).map((l) => l.split(" at ")[0])).toEqual([
        "e2e: engine",
        "e2e: engine with standby",
        "e2e: engine with standby",
        "e2e: engine",
      ]);
      expect(lines.some((l) => l.includes("with authentication (every process on its role's creds)"))).toBe(
        true,
      );
      expect(result.notes.some((n) => n.startsWith("Authentication on:"))).toBe(true);
      expect(lines.at(-1)).toMatch(/^e2e: done/);
    }, 120_000);
  },
);

/**
 * The engine with --data-dir took the plain engine's probe inputs (after the 200-input roster) in two
 * halves of 1,000 (ABBA: between the plain engine's two halves), 500 of warm-up each, and its standby
 * wrote a snapshot every 500 of them: at inputs 500 and 1500 (warm-ups), 1000 and 2000 (timed).
 */
function expectStandby(result: E2EResult): void {
  expect(result.standbyAt1k).not.toBeNull();
  const s = result.standbyAt1k!;
  expect(s.inputs).toEqual({
    from: 200,
    to: 2200,
    segments: [
      { from: 200, to: 1200, firstTimed: 701 },
      { from: 1200, to: 2200, firstTimed: 1701 },
    ],
  });
  expect(s.latency.samples).toBeGreaterThan(0);
  expect(s.latency.p999Ms).toBeGreaterThanOrEqual(s.latency.p99Ms);
  expect(s.caughtUp).toBe(true);
  expect(s.snapshots.map((x) => [x.atInput, x.timed])).toEqual([
    [500, false],
    [1000, true],
    [1500, false],
    [2000, true],
  ]);
  for (const x of s.snapshots) {
    expect(x.mb).toBeGreaterThanOrEqual(0); // 0.1 MB resolution in the log line: 0.0 for 100 units
    expect(x.writeMs).toBeGreaterThanOrEqual(0);
  }
  expect(s.snapshots.at(-1)!.incidents).toBeGreaterThan(0);
  expect(s.cpuUsPerInput.withStandby).toBeGreaterThan(0);
  expect(result.notes.some((n) => n.startsWith("Engine with the standby snapshotter"))).toBe(true);
}

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { serialiseState } from "../../engine/index.ts";
import { InProcessCity, metroZones } from "../../adapters/sim/index.ts";
import { brokenInvariants } from "../support/invariants.ts";
import { T0, config } from "../support/scenario.ts";

const HOUR = 3_600_000;

describe("the synthetic city driven through the engine", () => {
  it("runs twelve hours of calls, dispatches and crews with no rejection and every invariant holding", () => {
    const city = new InProcessCity(config, { seed: 7, callsPerHour: 24, start: T0 });
    for (let h = 1; h <= 12; h++) {
      city.runUntil(T0 + h * HOUR);
      expect(brokenInvariants(city.state)).toEqual([]);
    }
    expect(city.rejections).toEqual([]);
    const view = city.sim.view;
    expect(view.counts.calls).toBeGreaterThan(200);
    expect(view.counts.attached).toBeGreaterThan(0);
    expect(view.counts.dispatches).toBeGreaterThan(view.counts.incidents * 0.9);
    expect(view.counts.closed).toBeGreaterThan(view.counts.incidents * 0.8);
    expect(view.responseSeconds.get(1)?.length ?? 0).toBeGreaterThan(10);
    // Every closed incident has the response-time instants an RMS report needs.
    for (const incident of city.state.incidents.values()) {
      if (
        incident.status !== "closed" ||
        incident.mergedInto !== null ||
        incident.times.firstOnSceneAt === null
      )
        continue;
      const t = incident.times;
      expect(t.receivedAt).toBeLessThanOrEqual(t.createdAt);
      expect(t.firstDispatchedAt).not.toBeNull();
      expect(t.firstOnSceneAt).toBeGreaterThanOrEqual(t.firstDispatchedAt ?? 0);
      expect(t.closedAt).toBeGreaterThanOrEqual(t.firstOnSceneAt ?? 0);
    }
  });

  it("repeats exactly for the same seed and differs for another", () => {
    const run = (seed: number) => {
      const city = new InProcessCity(config, { seed, callsPerHour: 24, start: T0 });
      city.runUntil(T0 + 3 * HOUR);
      return JSON.stringify(serialiseState(city.state));
    };
    expect(run(3)).toBe(run(3));
    expect(run(3)).not.toBe(run(4));
  });
});

describe("Metro's first-due zones", () => {
  it("are the nine station squares the city generator lays out (config/metro-zones.geojson is its output)", () => {
    const file = new URL("../../config/metro-zones.geojson", import.meta.url);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(metroZones());
  });
});

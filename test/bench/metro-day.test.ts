import { describe, expect, it } from "vitest";
import { stateDigest } from "../../adapters/nats/index.ts";
import { CITY_UNITS, DEMO_START, InProcessCity } from "../../adapters/sim/index.ts";
import { applyInput, createState } from "../../engine/index.ts";
import { metroDayReplay } from "../../bench/replay.bench.ts";
import {
  describeMetroDay,
  METRO_DAY_LABEL,
  metroDayFacts,
  recordMetroDay,
} from "../../bench/lib/metro-day.ts";
import { measures } from "../../bench/lib/measures.ts";
import { readmeBlock } from "../../bench/lib/report-md.ts";
import { benchRun } from "./run-results.ts";

const HOURS = 2;

describe("the recorded demo day: the demo city Metro as `cad demo` runs it", () => {
  const day = recordMetroDay(HOURS);

  it("is the demo's own log: roster first, then calls, AVL and a Tick every second, nothing rejected", () => {
    const facts = metroDayFacts(day);
    expect(day.inputs.slice(0, CITY_UNITS.length).every((i) => i.kind === "AddUnit")).toBe(true);
    expect(facts.kinds["AddUnit"]).toBe(CITY_UNITS.length);
    // The clock ticks once a second from the demo's start, both ends counted.
    expect(facts.kinds["Tick"]).toBe(HOURS * 3600 + 1);
    expect(facts.kinds["ReceiveCall"]).toBeGreaterThan(0);
    expect(facts.kinds["UpdateUnitLocation"]).toBeGreaterThan(0);
    expect(facts.rejectedWhileRecording).toEqual({});
    expect(day.inputs[0]!.at).toBe(DEMO_START);
    expect(describeMetroDay(facts)).toContain(`${facts.inputs.toLocaleString("en-US")} inputs (Tick`);
  });

  it("replayed into a fresh state for the state only, gives the state the running demo had", () => {
    const city = new InProcessCity(day.config, { seed: 1, callsPerHour: 24, start: DEMO_START });
    city.runUntil(DEMO_START + HOURS * 3_600_000);
    const state = createState();
    for (const input of day.inputs)
      expect(applyInput(state, day.config, input, { recommendations: false }).rejection).toBeNull();
    expect(stateDigest(state)).toBe(stateDigest(city.state));
    expect(stateDigest(state)).not.toBe(stateDigest(createState()));
  });

  it("is a row of the replay table and a measure judged against > 2M/s", () => {
    const row = metroDayReplay(day, { passes: 2, byKind: true });
    expect([row.label, row.inputs, row.rejected, row.passesMs.length]).toEqual([
      METRO_DAY_LABEL,
      day.inputs.length,
      0,
      2,
    ]);
    expect(row.byKind.reduce((a, k) => a + k.count, 0)).toBe(day.inputs.length);
    const r = benchRun({
      metroDay: metroDayFacts(day),
      replays: [{ ...row, inputsPerSec: 750_000 }],
    });
    const ms = measures(r);
    const m = ms.find((x) => x.key === "replay_metro_day_inputs_per_s")!;
    expect(m.label).toBe("Replay of the recorded demo day (24 h of the demo city Metro), state only");
    expect(m.target?.text).toBe("> 2M/s");
    expect(m.met).toBe(false);
    expect(m.how).toContain("seed 1, 24 calls/hour");
    expect(readmeBlock(r, ms)).toContain(`| ${m.label} | 750,000/s | > 2M/s | **not met** |`);
  });
});

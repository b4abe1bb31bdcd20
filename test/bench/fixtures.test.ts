import { describe, expect, it } from "vitest";
import { loadConfigFile } from "../../adapters/config/index.ts";
import { decodeInput, encodeInput, INPUT_EXAMPLES } from "../../adapters/nats/index.ts";
import { mulberry32 } from "../../adapters/sim/prng.ts";
import { applyInput, createState, INPUT_KINDS } from "../../engine/index.ts";
import { runDecide } from "../../bench/decide.bench.ts";
import { runInprocess } from "../../bench/inprocess.bench.ts";
import { Driver, KIND_CASES, salvage } from "../../bench/lib/kinds.ts";
import { kindCounts, mixedLog } from "../../bench/lib/mixed.ts";
import { buildIncidentState } from "../../bench/lib/state.ts";

const config = loadConfigFile();

describe("the realistic mixed log the in-process, replay and recovery benchmarks use", () => {
  const log = mixedLog(config, { units: 300, inputs: 6_000, seed: 3 });

  it("is accepted whole by the engine: no input of the roster or of the traffic is rejected", () => {
    const state = createState();
    const rejected: string[] = [];
    const created: string[] = [];
    for (const input of [...log.roster, ...log.stream]) {
      const result = applyInput(state, config, input);
      if (result.rejection !== null) rejected.push(`${input.kind}: ${result.rejection.code}`);
      for (const e of result.events) if (e.type === "IncidentCreated") created.push(e.incidentId);
    }
    expect(rejected).toEqual([]);
    expect(created.length).toBeGreaterThan(50);
    // Every incident the traffic opened was closed, or is still among the open ones.
    expect(state.incidents.size).toBe(created.length);
  });

  it("holds calls, dispatches, statuses, AVL, notes, clears, closes and ticks, AVL the most", () => {
    const counts = kindCounts(log.stream);
    expect([...counts.keys()].sort()).toEqual(
      [
        "AddNote",
        "ClearIncident",
        "CloseIncident",
        "DispatchUnit",
        "ReceiveCall",
        "Tick",
        "UpdateUnitLocation",
        "UpdateUnitStatus",
      ].sort(),
    );
    const avl = counts.get("UpdateUnitLocation") ?? 0;
    for (const [kind, n] of counts) if (kind !== "UpdateUnitLocation") expect(avl).toBeGreaterThan(n);
  });

  it("is the same log for the same seed, and another for another seed", () => {
    const again = mixedLog(config, { units: 300, inputs: 6_000, seed: 3 });
    const other = mixedLog(config, { units: 300, inputs: 6_000, seed: 4 });
    expect(again.stream).toEqual(log.stream);
    expect(other.stream).not.toEqual(log.stream);
  });

  it("gives the in-process benchmark a stream it decodes, applies and encodes without a rejection", () => {
    const r = runInprocess(config, mixedLog(config, { units: 200, inputs: 3_000, seed: 5 }), { passes: 1 });
    expect(r.inputs).toBe(3_000);
    expect(r.rejected).toBe(0);
    expect(r.outputs).toBeGreaterThan(r.inputs);
  });
});

describe("the per-kind cases of the decide + evolve benchmark", () => {
  it("cover all 18 input kinds", () => {
    expect(new Set(KIND_CASES.map((c) => c.kind))).toEqual(new Set(INPUT_KINDS));
  });

  it("each time an accepted input, and leave the state as many incidents open and units on the roster as before", async () => {
    const { world } = buildIncidentState(config, {
      incidents: 60,
      open: 20,
      units: 300,
      random: mulberry32(9),
    });
    const { state } = world;
    const open = state.active.size;
    const units = state.units.size;
    const rows = await runDecide(state, config, { timeMs: 5, warmupMs: 1, sizeLabel: "60/300" });
    expect(rows.map((r) => r.kind)).toEqual(KIND_CASES.map((c) => c.kind));
    for (const r of rows) {
      expect({ task: r.task, rejected: r.rejected, codes: r.rejections }).toEqual({
        task: r.task,
        rejected: 0,
        codes: [],
      });
      expect(r.accepted).toBeGreaterThan(0);
    }
    expect(state.active.size).toBe(open);
    expect(state.units.size).toBe(units);
  });
});

describe("a per-kind case whose timed input is not applied (as if rejected)", () => {
  it("is salvaged: every incident it opened is closed, every unit it took is free again", () => {
    const { world } = buildIncidentState(config, {
      incidents: 30,
      open: 10,
      units: 300,
      random: mulberry32(4),
    });
    const { state } = world;
    const available = () => [...state.units.values()].filter((u) => u.status === "available").length;
    const [open, units, free] = [state.active.size, state.units.size, available()];
    const driver = new Driver(state, config, mulberry32(5));
    for (const c of KIND_CASES) {
      const scratch: Record<string, string> = {};
      c.prepare(driver, scratch);
      salvage(driver, scratch);
      expect({ kind: c.kind, what: c.what, open: state.active.size }).toEqual({
        kind: c.kind,
        what: c.what,
        open,
      });
    }
    expect(state.units.size).toBe(units);
    expect(available()).toBe(free);
  });
});

describe("the codec benchmark's sample messages", () => {
  it("hold one message of every kind, each of which decodes back to itself", () => {
    expect(Object.keys(INPUT_EXAMPLES).sort()).toEqual([...INPUT_KINDS].sort());
    for (const kind of INPUT_KINDS) {
      const body = INPUT_EXAMPLES[kind];
      const decoded = decodeInput(kind, encodeInput(body), "id-1", 1_000);
      expect(decoded).toEqual({ ok: true, input: { ...body, id: "id-1", at: 1_000 } });
    }
  });
});

describe("the 100k-incident state's builder, at a small size", () => {
  it("gives as many incidents, open ones and units as asked, every input accepted", () => {
    const { world, stats } = buildIncidentState(config, {
      incidents: 40,
      open: 10,
      units: 200,
      random: mulberry32(1),
    });
    expect(world.state.incidents.size).toBe(40);
    expect(world.state.active.size).toBe(10);
    expect(world.state.units.size).toBe(200);
    expect(stats.inputs).toBeGreaterThan(40 * 5);
  });
});

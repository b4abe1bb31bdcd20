import { describe, expect, it } from "vitest";
import { ConsoleModel } from "../../adapters/console/web/model.ts";
import { planCounts, unitsToSend } from "../../adapters/console/web/plan.ts";
import type { Recommendation, WireOutput } from "../../adapters/console/web/protocol.ts";
import { CitySimulator, type SimInput } from "../../adapters/sim/index.ts";
import { applyInput, createState, type EngineEvent, type Input } from "../../engine/index.ts";
import { T0, config, near } from "../support/scenario.ts";
import { workload } from "../support/workload.ts";
import { consoleView, engineView, expectSameView } from "./support.ts";

const empty = { now: 0, lastInputSeq: 0, pending: [], incidents: [], units: [] };

/** The outputs the engine gives for one input, as the wire carries them. */
function outputsOf(seq: number, id: string, result: ReturnType<typeof applyInput>, at: number): WireOutput[] {
  const meta = { agency: "t", inputSeq: seq, inputId: id };
  if (result.rejection !== null)
    return [
      {
        ...meta,
        index: 0,
        rejected: { at, inputKind: "x", code: result.rejection.code, reason: result.rejection.reason },
      },
    ];
  return result.events.map((event: EngineEvent, index) => ({ ...meta, index, event }));
}

describe("the console model: the engine's state rebuilt from its outputs", () => {
  it("follows a seeded mixed workload of 4,000 inputs (refusals included) to the engine's own queue, incidents and units", () => {
    const state = createState();
    const model = new ConsoleModel();
    model.load(empty);
    const atOf = (i: number) => T0 + i * 1000;
    let rejected = 0;
    workload(4000, 11, atOf).forEach((body, i) => {
      const input = { ...body, id: `w-${i}`, at: atOf(i) } as Input;
      const result = applyInput(state, config, input);
      if (result.rejection !== null) rejected++;
      for (const o of outputsOf(i + 1, input.id, result, input.at)) expect(model.apply(o)).toBe(true);
    });
    expect(rejected).toBeGreaterThan(100);
    expect(state.pending.length).toBeGreaterThan(5);
    expectSameView(consoleView(model), engineView(state));
    expect(model.alerts.some((a) => a.kind === "rejected")).toBe(true);
  });

  it("follows six hours of the synthetic city (overdue calls and units, transports, closures)", () => {
    const sim = new CitySimulator(config, { seed: 5, callsPerHour: 40, start: T0 });
    const state = createState();
    const model = new ConsoleModel();
    model.load(empty);
    let seq = 0;
    const apply = (body: SimInput) => {
      const input = { ...body, at: Math.max(body.at, state.now), id: `sim-${++seq}` } as Input;
      const result = applyInput(state, config, input);
      for (const o of outputsOf(seq, input.id, result, input.at)) model.apply(o);
      for (const event of result.events) sim.observe(event);
    };
    sim.roster().forEach(apply);
    for (let batch = sim.next(T0 + 6 * 3_600_000); batch !== undefined; batch = sim.next(T0 + 6 * 3_600_000))
      batch.forEach(apply);
    expect(model.ended().length).toBeGreaterThan(50);
    expect(model.alerts.some((a) => a.kind === "unit_overdue")).toBe(true);
    expect(model.alerts.some((a) => a.kind === "incident_overdue")).toBe(true);
    expectSameView(consoleView(model), engineView(state));
  });

  it("moves a unit known only by its station with its station, and leaves one with an AVL fix where it is", () => {
    const state = createState();
    const model = new ConsoleModel();
    model.load(empty);
    const station = (id: string, east: number) => ({ id, ...near(east, 0) });
    const inputs = [
      { kind: "AddUnit", unitId: "E1", unitType: "engine", agency: "metro-fire", station: station("S1", 0) },
      {
        kind: "AddUnit",
        unitId: "E2",
        unitType: "engine",
        agency: "metro-fire",
        station: station("S2", 900),
      },
      { kind: "UpdateUnitLocation", unitId: "E2", ...near(300, 300) },
      {
        kind: "ChangeUnit",
        unitId: "E1",
        unitType: "ladder",
        agency: "metro-fire",
        station: station("S3", 5000),
      },
      {
        kind: "ChangeUnit",
        unitId: "E2",
        unitType: "engine",
        agency: "metro-fire",
        station: station("S3", 5000),
      },
    ];
    inputs.forEach((body, i) => {
      const input = { ...body, id: `u-${i}`, at: T0 + i * 1000 } as Input;
      const result = applyInput(state, config, input);
      expect(result.rejection).toBeNull();
      for (const o of outputsOf(i + 1, input.id, result, input.at)) model.apply(o);
    });
    expectSameView(consoleView(model), engineView(state));
    expect(model.units.get("E1")?.type).toBe("ladder");
  });

  it("applies only outputs of inputs after its snapshot, each once", () => {
    const model = new ConsoleModel();
    const unit = { type: "UnitAdded", at: 5, unitType: "engine", agency: "a", capabilities: [], crew: 4 };
    model.load({ ...empty, lastInputSeq: 10 });
    const out = (inputSeq: number, index: number, unitId: string): WireOutput => ({
      agency: "a",
      inputSeq,
      inputId: `i${inputSeq}`,
      index,
      event: { ...unit, unitId, station: null } as EngineEvent,
    });
    expect(model.apply(out(9, 0, "OLD"))).toBe(false);
    expect(model.apply(out(10, 3, "IN_SNAPSHOT"))).toBe(false);
    expect(model.apply(out(11, 0, "NEW"))).toBe(true);
    expect(model.apply(out(11, 0, "NEW"))).toBe(false);
    expect(model.apply(out(11, 1, "NEW2"))).toBe(true);
    expect([...model.units.keys()]).toEqual(["NEW", "NEW2"]);
  });

  it("given the engine's recommendation, accepting sends exactly its units: none for a slot the incident's own unit fills", () => {
    const slot = (types: string[], unitId: string | null, assignedUnitId?: string) => ({
      label: "",
      types,
      capabilities: [],
      unit:
        unitId === null
          ? null
          : { unitId, unitType: types[0] ?? "", agency: "a", etaSeconds: 1, distanceMeters: 1, reasons: [] },
      candidates: [],
      nextBest: null,
      shortfall: [],
      ...(assignedUnitId !== undefined && { assignedUnitId }),
    });
    const rec: Recommendation = {
      incidentId: "I",
      callType: "X",
      zone: null,
      complete: false,
      slots: [
        slot(["engine"], null, "E1"),
        slot(["engine"], "E2"),
        slot(["engine"], null),
        slot(["ladder"], "L9"),
      ],
    };
    expect(unitsToSend(rec)).toEqual(["E2", "L9"]);
    expect(planCounts(rec)).toEqual({ covered: 1, toSend: 2, unfilled: 1 });
  });
});

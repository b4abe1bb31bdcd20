import { describe, expect, it } from "vitest";
import { deserialiseState, recommend, serialiseState, type UnitsRecommended } from "../../engine/index.ts";
import { offset } from "../../adapters/sim/city.ts";
import { Scenario, call, config, near, unit } from "../support/scenario.ts";

const recommendation = (s: Scenario, r: ReturnType<Scenario["when"]>) => {
  const event = r.events.find((e) => e.type === "UnitsRecommended") as UnitsRecommended | undefined;
  if (event === undefined)
    throw new Error(`no recommendation in ${r.events.map((e) => e.type).join(", ")} (${r.rejection?.code})`);
  return event;
};

describe("given units around a new incident", () => {
  it("when a structure fire comes in, then the plan gets 3 engines, 1 ladder and 1 chief, nearest by ETA, none twice", () => {
    const s = new Scenario().given(
      unit("E1", "engine", "metro-fire", near(1000, 0)),
      unit("E2", "engine", "metro-fire", near(0, 2000)),
      unit("E3", "engine", "metro-fire", near(-3000, 0)),
      unit("E4", "engine", "metro-fire", near(0, -4000)),
      unit("L1", "ladder", "metro-fire", near(500, 500)),
      unit("B1", "chief", "metro-fire", near(2500, 0)),
    );
    const rec = recommendation(s, s.when(call("C1", "FIB", near(0, 0))));
    expect(rec.slots.map((slot) => slot.unit?.unitId)).toEqual(["E1", "E2", "E3", "L1", "B1"]);
    expect(rec.complete).toBe(true);
    expect(rec.slots[0]?.candidates.map((c) => c.unitId)).toEqual(["E1", "E2", "E3", "E4"]);
    expect(rec.slots[0]?.nextBest?.unitId).toBe("E2");
    expect(rec.slots[2]?.candidates.map((c) => c.unitId)).toEqual(["E3", "E4"]);
  });

  it("when an aid call comes in, then ETA decides, not distance: the aid car turns out faster than the closer engine", () => {
    const s = new Scenario().given(
      unit("E1", "engine", "metro-fire", near(400, 0)),
      unit("A1", "aid", "metro-fire", near(-500, 0)),
    );
    const slot = recommendation(s, s.when(call("C1", "AID", near(0, 0)))).slots[0];
    // aid: 60 s turnout + 104.89 + 139.75 * 0.5 = 234.8 s; engine: 80 + 104.89 + 139.75 * 0.4 = 240.8 s.
    expect(slot?.unit).toMatchObject({
      unitId: "A1",
      etaSeconds: 234.8,
      distanceMeters: 500,
      reasons: ["CLOSEST_BY_ETA", "AT_STATION"],
    });
    expect(slot?.nextBest).toEqual({ unitId: "E1", deltaSeconds: 6 });
  });

  it("when the only engine is busy, then the slot is a shortfall naming the busy engine and when it may be free", () => {
    const s = new Scenario().given(
      unit("E1", "engine", "metro-fire", near(1000, 0)),
      call("C1", "AFAR", near(5000, 0)),
      { kind: "DispatchUnit", incidentId: "INC-000001", unitId: "E1" },
    );
    const dispatchedAt = s.now;
    const rec = recommendation(s, s.when(call("C2", "AFAR", near(0, 0))));
    expect(rec.complete).toBe(false);
    expect(rec.slots[0]?.unit).toBeNull();
    // expectedBusySeconds.dispatched is 1500 s.
    expect(rec.slots[0]?.shortfall).toEqual([
      {
        unitId: "E1",
        unitType: "engine",
        status: "dispatched",
        incidentId: "INC-000001",
        expectedFreeAt: dispatchedAt + 1_500_000,
        etaSeconds: expect.any(Number) as number,
      },
    ]);
  });

  it("when no home medic is free, then the neighbour's medic is recommended as mutual aid; a free home medic comes first", () => {
    const s = new Scenario().given(
      unit("M1", "medic", "metro-fire", near(6000, 0)),
      unit("CM9", "medic", "county-fire", near(300, 0)),
      unit("E1", "engine", "metro-fire", near(200, 0)),
    );
    const first = recommendation(s, s.when(call("C1", "MED", near(0, 0))));
    expect(first.slots[0]?.unit?.unitId).toBe("M1");
    s.given({ kind: "DispatchUnit", incidentId: "INC-000001", unitId: "M1" });
    const second = recommendation(s, s.when(call("C2", "MED", near(0, 3000))));
    expect(second.slots[0]?.unit).toMatchObject({
      unitId: "CM9",
      reasons: expect.arrayContaining(["MUTUAL_AID"]) as string[],
    });
  });

  it("when a unit's AVL fix is stale, then it counts at its station and the explanation says so", () => {
    const s = new Scenario().given(
      unit("E1", "engine", "metro-fire", near(8000, 0)),
      unit("E2", "engine", "metro-fire", near(3000, 0)),
    );
    s.given({ kind: "UpdateUnitLocation", unitId: "E1", ...near(100, 0) });
    s.advance(301);
    const slot = recommendation(s, s.when(call("C1", "AFAR", near(0, 0)))).slots[0];
    expect(slot?.unit?.unitId).toBe("E2");
    expect(slot?.candidates[1]).toMatchObject({
      unitId: "E1",
      distanceMeters: 8000,
      reasons: ["STALE_POSITION_AT_STATION"],
    });
  });

  it("when a unit with no station has a stale fix, then it keeps its position with a penalty", () => {
    const s = new Scenario().given(
      { kind: "AddUnit", unitId: "P1", unitType: "patrol", agency: "metro-police" },
      { kind: "UpdateUnitLocation", unitId: "P1", ...near(100, 0) },
    );
    s.advance(400);
    const slot = recommendation(s, s.when(call("C1", "THEFT", near(0, 0)))).slots[0];
    // 30 s turnout + 104.89 + 139.75 * 0.1 + 120 s penalty.
    expect(slot?.unit).toMatchObject({
      unitId: "P1",
      etaSeconds: 268.9,
      reasons: ["CLOSEST_BY_ETA", "STALE_POSITION_PENALISED"],
    });
  });

  it("when a unit is returning to quarters, then it needs no turnout and says so", () => {
    const s = new Scenario().given(
      unit("E1", "engine", "metro-fire", near(0, 0)),
      call("C1", "AFAR", near(2000, 0)),
      { kind: "DispatchUnit", incidentId: "INC-000001", unitId: "E1" },
      { kind: "UpdateUnitStatus", unitId: "E1", status: "on_scene" },
      { kind: "UpdateUnitStatus", unitId: "E1", status: "returning" },
    );
    const slot = recommendation(s, s.when(call("C2", "AFAR", near(2000, 3000)))).slots[0];
    expect(slot?.unit?.reasons).toContain("RETURNING_NO_TURNOUT");
  });

  it("when the incident is created, then it carries its zone, and units inside that zone say IN_ZONE", () => {
    // Metro's first-due zones (config/metro-zones.geojson): FS5 is the centre cell, FS4 west of it.
    const s = new Scenario().given(
      unit("E5", "engine", "metro-fire", offset(1000, 0)),
      unit("E4", "engine", "metro-fire", offset(-3000, 0)),
    );
    const rec = recommendation(s, s.when(call("C1", "FIB", offset(0, 0))));
    expect(rec.zone).toBe("FS5");
    expect(s.incident("INC-000001").zone).toBe("FS5");
    expect(rec.slots[0]?.unit).toMatchObject({
      unitId: "E5",
      reasons: ["CLOSEST_BY_ETA", "AT_STATION", "IN_ZONE"],
    });
    expect(rec.slots[1]?.unit).toMatchObject({ unitId: "E4", reasons: ["CLOSEST_BY_ETA", "AT_STATION"] });
    expect(recommendation(s, s.when(call("C2", "THEFT", near(0, 0)))).zone).toBeNull();
  });

  it("when an incident goes back to the queue, then it is recommended again without the unit it lost", () => {
    const s = new Scenario().given(
      unit("E1", "engine", "metro-fire", near(100, 0)),
      unit("E2", "engine", "metro-fire", near(900, 0)),
      call("C1", "AFAR"),
      { kind: "DispatchUnit", incidentId: "INC-000001", unitId: "E1" },
    );
    const r = s.when({ kind: "UpdateUnitStatus", unitId: "E1", status: "out_of_service" });
    expect(recommendation(s, r).slots[0]?.unit?.unitId).toBe("E2");
  });

  it("when the plan wants a capability, then only units that have it (by type or of their own) are recommended", () => {
    const callTypes = new Map(config.callTypes).set("BARI", {
      code: "BARI",
      name: "Bariatric transport",
      discipline: "ems" as const,
      priority: 2,
      plan: [{ label: "Bariatric unit", types: ["medic", "aid"], capabilities: ["BARIATRIC"], count: 1 }],
      dispatchTargetSeconds: null,
    });
    const s = new Scenario({ ...config, callTypes }).given(unit("M1", "medic", "metro-fire", near(100, 0)), {
      kind: "AddUnit",
      unitId: "A7",
      unitType: "aid",
      agency: "metro-fire",
      capabilities: ["BARIATRIC"],
      station: { id: "S7", ...near(4000, 0) },
    });
    const slot = recommendation(s, s.when(call("C1", "BARI", near(0, 0)))).slots[0];
    expect(slot?.candidates.map((c) => c.unitId)).toEqual(["A7"]);
  });
});

describe("given an incident that already has some of its plan's units", () => {
  // Issue 17: a console that worked out the uncovered slots itself sent a mutual-aid engine 35 min
  // away while the engine's own first choice, a home engine 9 min away, was free and never shown.
  const fire = () =>
    new Scenario().given(
      unit("E1", "engine", "metro-fire", near(300, 0)),
      unit("E2", "engine", "metro-fire", near(1500, 0)),
      unit("E3", "engine", "metro-fire", near(0, 2500)),
      unit("CE9", "engine", "county-fire", near(9000, 0)),
      unit("L1", "ladder", "metro-fire", near(500, 500)),
      unit("B1", "chief", "metro-fire", near(2500, 0)),
      call("C1", "FIB", near(0, 0)),
      { kind: "DispatchUnit", incidentId: "INC-000001", unitId: "E1" },
    );

  it("when the recommendation is asked again, then the unit on it fills its own slot and the rest go to the nearest free home units, not mutual aid", () => {
    const s = fire();
    const rec = recommend(s.state, s.cfg, s.incident("INC-000001"), s.now);
    expect(rec.slots.map((slot) => slot.assignedUnitId ?? null)).toEqual(["E1", null, null, null, null]);
    expect(rec.slots.map((slot) => slot.unit?.unitId ?? null)).toEqual([null, "E2", "E3", "L1", "B1"]);
    // The covered slot names no candidate: dispatching every slot's unit completes the plan.
    expect(rec.slots[0]).toMatchObject({ candidates: [], nextBest: null, shortfall: [] });
    expect(rec.complete).toBe(true);
    expect(rec.slots.flatMap((slot) => slot.candidates.map((c) => c.unitId))).not.toContain("E1");
  });

  it("when every slot of the plan is covered by the incident's units, then nothing more is recommended and the plan is complete", () => {
    const s = new Scenario().given(
      unit("E1", "engine", "metro-fire", near(300, 0)),
      unit("E2", "engine", "metro-fire", near(600, 0)),
      call("C1", "AFAR", near(0, 0)),
      { kind: "DispatchUnit", incidentId: "INC-000001", unitId: "E1" },
    );
    const rec = recommend(s.state, s.cfg, s.incident("INC-000001"), s.now);
    expect(rec.slots.map((slot) => [slot.assignedUnitId ?? null, slot.unit?.unitId ?? null])).toEqual([
      ["E1", null],
    ]);
    expect(rec.complete).toBe(true);
  });

  it("when a unit on it fits two slots, then it takes the one that leaves the other for a unit only it fits", () => {
    // A plan of [engine or ladder, ladder]: the ladder on it fills the ladder slot, and the free
    // engine the other, rather than the ladder taking the first slot and the second going unfilled.
    const callTypes = new Map(config.callTypes).set("TWO", {
      code: "TWO",
      name: "Two units",
      discipline: "fire" as const,
      priority: 2,
      plan: [
        { label: "Engine or ladder", types: ["engine", "ladder"], capabilities: [], count: 1 },
        { label: "Ladder", types: ["ladder"], capabilities: [], count: 1 },
      ],
      dispatchTargetSeconds: null,
    });
    const s = new Scenario({ ...config, callTypes }).given(
      unit("L1", "ladder", "metro-fire", near(200, 0)),
      unit("E1", "engine", "metro-fire", near(400, 0)),
      call("C1", "TWO", near(0, 0)),
      { kind: "DispatchUnit", incidentId: "INC-000001", unitId: "L1" },
    );
    const rec = recommend(s.state, s.cfg, s.incident("INC-000001"), s.now);
    expect(rec.slots.map((slot) => [slot.assignedUnitId ?? null, slot.unit?.unitId ?? null])).toEqual([
      [null, "E1"],
      ["L1", null],
    ]);
  });

  it("when the same state is asked twice, then the answer is the same (deterministic)", () => {
    const a = fire();
    const b = fire();
    expect(recommend(a.state, a.cfg, a.incident("INC-000001"), a.now)).toEqual(
      recommend(b.state, b.cfg, b.incident("INC-000001"), b.now),
    );
  });
});

describe("given a plan that wants several units of one kind (one search serves the run of equal slots)", () => {
  it("when three engines are wanted and only two candidates are kept, then each slot ranks the engines the slots before it left", () => {
    const s = new Scenario({ ...config, recommendation: { ...config.recommendation, topK: 2 } }).given(
      unit("E1", "engine", "metro-fire", near(1000, 0)),
      unit("E2", "engine", "metro-fire", near(0, 2000)),
      unit("E3", "engine", "metro-fire", near(-3000, 0)),
      unit("E4", "engine", "metro-fire", near(0, -4000)),
      unit("E5", "engine", "county-fire", near(100, 0)),
    );
    const rec = recommendation(s, s.when(call("C1", "FIB", near(0, 0))));
    expect(rec.slots.slice(0, 3).map((slot) => slot.candidates.map((c) => c.unitId))).toEqual([
      ["E1", "E2"],
      ["E2", "E3"],
      ["E3", "E4"],
    ]);
    expect(rec.slots[2]?.nextBest?.unitId).toBe("E4");
  });

  it("when the home engines run out within the run, then the next slot falls back to mutual aid", () => {
    const s = new Scenario({ ...config, recommendation: { ...config.recommendation, topK: 2 } }).given(
      unit("E1", "engine", "metro-fire", near(1000, 0)),
      unit("E5", "engine", "county-fire", near(100, 0)),
      unit("E6", "engine", "county-fire", near(5000, 0)),
    );
    const rec = recommendation(s, s.when(call("C1", "FIB", near(0, 0))));
    expect(rec.slots.slice(0, 3).map((slot) => slot.candidates.map((c) => c.unitId))).toEqual([
      ["E1"],
      ["E5", "E6"],
      ["E6"],
    ]);
    expect(rec.slots[1]?.unit?.reasons).toContain("MUTUAL_AID");
  });
});

describe("given a unit whose type changes (the index keeps one tree per unit type)", () => {
  it("when an engine is re-typed as a ladder, then it is recommended for a ladder slot and no longer for an engine slot", () => {
    const s = new Scenario().given(
      unit("E1", "engine", "metro-fire", near(300, 0)),
      unit("E2", "engine", "metro-fire", near(2000, 0)),
      unit("L1", "ladder", "metro-fire", near(3000, 0)),
      { kind: "ChangeUnit", unitId: "E1", unitType: "ladder" },
    );
    const rec = recommendation(s, s.when(call("C1", "AFA", near(0, 0))));
    expect(rec.slots.map((slot) => slot.candidates.map((c) => c.unitId))).toEqual([["E2"], ["E1", "L1"]]);
    expect(rec.slots[1]?.unit?.unitType).toBe("ladder");
  });

  it("when a slot accepts several types, then the candidates of every type are ranked together by ETA", () => {
    const s = new Scenario().given(
      unit("E1", "engine", "metro-fire", near(1500, 0)),
      unit("A1", "aid", "metro-fire", near(-400, 0)),
      unit("L1", "ladder", "metro-fire", near(0, 800)),
      unit("A2", "aid", "metro-fire", near(0, -2500)),
    );
    const slot = recommendation(s, s.when(call("C1", "AID", near(0, 0)))).slots[0];
    // aid 60 s, engine and ladder 80 s of turnout, + 104.89 + 139.75 s/km.
    expect(slot?.candidates.map((c) => [c.unitId, c.etaSeconds])).toEqual([
      ["A1", 220.8],
      ["L1", 296.7],
      ["E1", 394.5],
      ["A2", 514.3],
    ]);
  });
});

describe("given units whose status changes (the index holds only the units that may be free)", () => {
  // Each call 1.5 km from the last (a call within 150 m of an open incident is attached to it).
  const afar = (s: Scenario, callId: string, metresNorth: number) =>
    recommendation(s, s.when(call(callId, "AFAR", near(0, metresNorth)))).slots[0]?.candidates.map(
      (c) => c.unitId,
    );

  it("when the nearest engine goes out of service and comes back, then it leaves the candidates and returns to them", () => {
    const s = new Scenario().given(
      unit("E1", "engine", "metro-fire", near(300, 0)),
      unit("E2", "engine", "metro-fire", near(2000, 0)),
    );
    expect(afar(s, "C1", 0)).toEqual(["E1", "E2"]);
    s.given({ kind: "UpdateUnitStatus", unitId: "E1", status: "out_of_service" });
    expect(afar(s, "C2", -1500)).toEqual(["E2"]);
    // It moves while out of service: it comes back where its last fix says.
    s.given({ kind: "UpdateUnitLocation", unitId: "E1", ...near(5000, 0) });
    expect(afar(s, "C3", 1500)).toEqual(["E2"]);
    s.given({ kind: "UpdateUnitStatus", unitId: "E1", status: "available" });
    expect(afar(s, "C4", 3000)).toEqual(["E2", "E1"]);
  });

  it("when an engine is dispatched, then it is no candidate but still the shortfall; once returning it is one again", () => {
    const s = new Scenario().given(
      unit("E1", "engine", "metro-fire", near(300, 0)),
      call("C1", "AFAR", near(5000, 0)),
      { kind: "DispatchUnit", incidentId: "INC-000001", unitId: "E1" },
    );
    const busy = recommendation(s, s.when(call("C2", "AFAR", near(0, 0)))).slots[0];
    expect(busy?.candidates).toEqual([]);
    expect(busy?.shortfall.map((b) => b.unitId)).toEqual(["E1"]);
    s.given({ kind: "UpdateUnitStatus", unitId: "E1", status: "returning" });
    const back = recommendation(s, s.when(call("C3", "AFAR", near(0, -9000)))).slots[0];
    expect(back?.unit?.unitId).toBe("E1"); // config/default.yaml: returning units are available
  });

  it("when the state is saved and loaded, then the loaded index gives the same recommendation as the live one", () => {
    const s = new Scenario().given(
      unit("E1", "engine", "metro-fire", near(300, 0)),
      unit("E2", "engine", "metro-fire", near(2000, 0)),
      unit("E3", "engine", "county-fire", near(800, 0)),
      unit("L1", "ladder", "metro-fire", near(0, 900)),
      { kind: "UpdateUnitStatus", unitId: "E1", status: "out_of_service" },
      call("C1", "AFAR", near(5000, 0)),
      { kind: "DispatchUnit", incidentId: "INC-000001", unitId: "E2" },
      call("C2", "FIB", near(0, 0)),
    );
    const incident = s.incident("INC-000002");
    const loaded = deserialiseState(serialiseState(s.state));
    const live = recommend(s.state, s.cfg, incident, s.now);
    expect(loaded.unitIndex.size).toBe(s.state.unitIndex.size);
    expect(recommend(loaded, s.cfg, incident, s.now)).toEqual(live);
    expect(live.slots.map((slot) => slot.unit?.unitId ?? null)).toEqual(["E3", null, null, "L1", null]);
  });
});

import { describe, expect, it } from "vitest";
import type { EngineEvent, UnitsRecommended } from "../../engine/index.ts";
import { Scenario, call, near, unit } from "../support/scenario.ts";

type Candidate = NonNullable<UnitsRecommended["slots"][number]["unit"]>;

/** A recommended unit at the incident's own address, as the units of these scenarios are. */
const here = (unitId: string, unitType: string, etaSeconds: number): Candidate => ({
  unitId,
  unitType,
  agency: "metro-fire",
  etaSeconds,
  distanceMeters: 0,
  reasons: ["CLOSEST_BY_ETA", "AT_STATION"],
});

const medic = { label: "Medic", types: ["medic"], capabilities: [] };
const firstResponder = { label: "First responder", types: ["engine", "aid", "ladder"], capabilities: [] };
// Turnout + travel over 0 m (104.89 s): medics turn out in 60 s, engines in 80 s.
const E1 = here("E1", "engine", 184.9);
const M1 = here("M1", "medic", 164.9);

const fire = () =>
  new Scenario().given(unit("E1", "engine"), unit("M1", "medic"), call("C1", "MED", near(0, 0)));

describe("given a pending incident and available units", () => {
  it("when the dispatcher dispatches a unit, then the unit is dispatched and the incident leaves the queue", () => {
    const s = fire();
    const r = s.when({ kind: "DispatchUnit", incidentId: "INC-000001", unitId: "M1" });
    const at = s.now;
    expect(r.events).toEqual<EngineEvent[]>([
      { type: "UnitDispatched", at, unitId: "M1", incidentId: "INC-000001" },
      {
        type: "UnitStatusChanged",
        at,
        unitId: "M1",
        from: "available",
        to: "dispatched",
        incidentId: "INC-000001",
        reported: "dispatched",
      },
      {
        type: "IncidentStatusChanged",
        at,
        incidentId: "INC-000001",
        from: "pending",
        to: "dispatched",
        reason: "M1 dispatched",
        disposition: null,
      },
    ]);
    expect(s.unit("M1")).toMatchObject({ status: "dispatched", incidentId: "INC-000001" });
    expect(s.incident("INC-000001")).toMatchObject({ status: "dispatched", unitIds: ["M1"] });
    expect(s.incident("INC-000001").times.firstDispatchedAt).toBe(s.now);
    expect(s.state.pending).toEqual([]);
  });

  it("when the dispatch names an unknown unit or incident, then it is rejected with the matching code", () => {
    const s = fire();
    expect(s.when({ kind: "DispatchUnit", incidentId: "INC-000001", unitId: "X9" }).rejection?.code).toBe(
      "UNKNOWN_UNIT",
    );
    expect(s.when({ kind: "DispatchUnit", incidentId: "INC-999", unitId: "M1" }).rejection?.code).toBe(
      "UNKNOWN_INCIDENT",
    );
  });
});

describe("given a unit dispatched to an incident", () => {
  const setup = () =>
    fire().given(
      { kind: "DispatchUnit", incidentId: "INC-000001", unitId: "M1" },
      call("C2", "AID", near(3000, 0)),
    );

  it("when it is dispatched to another incident, then it is refused: a busy unit is never silently taken", () => {
    const s = setup();
    const before = s.snapshot();
    const r = s.when({ kind: "DispatchUnit", incidentId: "INC-000002", unitId: "M1" });
    expect(r.rejection).toMatchObject({ code: "UNIT_NOT_AVAILABLE" });
    expect(r.rejection?.reason).toContain("INC-000001");
    expect(s.snapshot()).toBe(before);
  });

  it("when it is dispatched again to the same incident, then it is refused as already assigned", () => {
    expect(
      setup().when({ kind: "DispatchUnit", incidentId: "INC-000001", unitId: "M1" }).rejection?.code,
    ).toBe("UNIT_ALREADY_ASSIGNED");
  });

  it("when the dispatcher reassigns it, then it is pre-empted with its own events and the first incident goes back to the queue", () => {
    const s = setup();
    const firstDispatchAt = s.unit("M1").statusSince;
    const r = s.when({ kind: "ReassignUnit", incidentId: "INC-000002", unitId: "M1" });
    const at = s.now;
    expect(r.events).toEqual<EngineEvent[]>([
      { type: "UnitReleased", at, unitId: "M1", incidentId: "INC-000001", reason: "preempted" },
      {
        type: "IncidentStatusChanged",
        at,
        incidentId: "INC-000001",
        from: "dispatched",
        to: "pending",
        reason: "no unit left after M1: back in the queue",
        disposition: null,
      },
      {
        type: "UnitsRecommended",
        at,
        incidentId: "INC-000001",
        callType: "MED",
        zone: null,
        slots: [
          {
            ...medic,
            unit: null,
            candidates: [],
            nextBest: null,
            // Computed between the release and the new dispatch, so M1 shows as dispatched to no
            // incident, free 1500 s after its first dispatch (reported: it is about to serve INC-000002).
            shortfall: [
              {
                unitId: "M1",
                unitType: "medic",
                status: "dispatched",
                incidentId: null,
                expectedFreeAt: firstDispatchAt + 1_500_000,
                etaSeconds: 1662.9,
              },
            ],
          },
          { ...firstResponder, unit: E1, candidates: [E1], nextBest: null, shortfall: [] },
        ],
        complete: false,
      },
      { type: "UnitDispatched", at, unitId: "M1", incidentId: "INC-000002" },
      {
        type: "UnitStatusChanged",
        at,
        unitId: "M1",
        from: "dispatched",
        to: "dispatched",
        incidentId: "INC-000002",
        reported: "dispatched",
      },
      {
        type: "IncidentStatusChanged",
        at,
        incidentId: "INC-000002",
        from: "pending",
        to: "dispatched",
        reason: "M1 dispatched",
        disposition: null,
      },
    ]);
    expect(s.incident("INC-000001")).toMatchObject({ status: "pending", unitIds: [] });
    expect(s.incident("INC-000002")).toMatchObject({ status: "dispatched", unitIds: ["M1"] });
    expect(s.state.pending).toEqual(["INC-000001"]);
  });

  it("when it reports en route then on scene, then the incident follows and records the instants", () => {
    const s = setup();
    s.given({ kind: "UpdateUnitStatus", unitId: "M1", status: "ER" });
    const enRouteAt = s.now;
    s.given({ kind: "UpdateUnitStatus", unitId: "M1", status: "on_scene" });
    const incident = s.incident("INC-000001");
    expect(incident.status).toBe("on_scene");
    expect(incident.times.firstEnRouteAt).toBe(enRouteAt);
    expect(incident.times.firstOnSceneAt).toBe(s.now);
  });

  it("when it reports a status its agency does not have, then it is rejected as unknown", () => {
    expect(setup().when({ kind: "UpdateUnitStatus", unitId: "M1", status: "10-97" }).rejection?.code).toBe(
      "UNKNOWN_STATUS",
    );
  });

  it("when it reports available before arriving, then it is released and the incident waits again", () => {
    const s = setup();
    const r = s.when({ kind: "UpdateUnitStatus", unitId: "M1", status: "AV" });
    const at = s.now;
    expect(r.events).toEqual<EngineEvent[]>([
      { type: "UnitReleased", at, unitId: "M1", incidentId: "INC-000001", reason: "cleared" },
      {
        type: "UnitStatusChanged",
        at,
        unitId: "M1",
        from: "dispatched",
        to: "available",
        incidentId: null,
        reported: "AV",
      },
      {
        type: "IncidentStatusChanged",
        at,
        incidentId: "INC-000001",
        from: "dispatched",
        to: "pending",
        reason: "no unit left after M1: back in the queue",
        disposition: null,
      },
      {
        type: "UnitsRecommended",
        at,
        incidentId: "INC-000001",
        callType: "MED",
        zone: null,
        slots: [
          { ...medic, unit: M1, candidates: [M1], nextBest: null, shortfall: [] },
          { ...firstResponder, unit: E1, candidates: [E1], nextBest: null, shortfall: [] },
        ],
        complete: true,
      },
    ]);
    expect(s.incident("INC-000001").status).toBe("pending");
    expect(s.unit("M1")).toMatchObject({ status: "available", incidentId: null });
  });
});

describe("given a unit on scene", () => {
  const setup = () =>
    fire().given(
      { kind: "DispatchUnit", incidentId: "INC-000001", unitId: "M1" },
      { kind: "DispatchUnit", incidentId: "INC-000001", unitId: "E1" },
      { kind: "UpdateUnitStatus", unitId: "M1", status: "on_scene" },
    );

  it("when it transports and reaches hospital, then the incident stays on scene while the engine is still there", () => {
    const s = setup().given(
      { kind: "UpdateUnitStatus", unitId: "M1", status: "TR" },
      { kind: "UpdateUnitStatus", unitId: "M1", status: "AH" },
    );
    expect(s.unit("M1").status).toBe("at_hospital");
    expect(s.incident("INC-000001").status).toBe("on_scene");
  });

  it("when the last unit clears, then the incident is cleared", () => {
    const s = setup().given({ kind: "UpdateUnitStatus", unitId: "E1", status: "available" });
    expect(s.incident("INC-000001").status).toBe("on_scene");
    const r = s.when({ kind: "UpdateUnitStatus", unitId: "M1", status: "returning" });
    const at = s.now;
    expect(r.events).toEqual<EngineEvent[]>([
      { type: "UnitReleased", at, unitId: "M1", incidentId: "INC-000001", reason: "cleared" },
      {
        type: "UnitStatusChanged",
        at,
        unitId: "M1",
        from: "on_scene",
        to: "returning",
        incidentId: null,
        reported: "returning",
      },
      {
        type: "IncidentStatusChanged",
        at,
        incidentId: "INC-000001",
        from: "on_scene",
        to: "cleared",
        reason: "last unit M1 cleared",
        disposition: null,
      },
    ]);
    expect(s.incident("INC-000001").times.clearedAt).toBe(s.now);
  });

  it("when the unit goes out of service, then it is released with that reason", () => {
    const s = setup();
    const r = s.when({ kind: "UpdateUnitStatus", unitId: "M1", status: "OOS" });
    const at = s.now;
    // E1 is still assigned, so the incident stays on scene.
    expect(r.events).toEqual<EngineEvent[]>([
      { type: "UnitReleased", at, unitId: "M1", incidentId: "INC-000001", reason: "out_of_service" },
      {
        type: "UnitStatusChanged",
        at,
        unitId: "M1",
        from: "on_scene",
        to: "out_of_service",
        incidentId: null,
        reported: "OOS",
      },
    ]);
    expect(s.unit("M1").status).toBe("out_of_service");
  });

  it.each([
    ["dispatched", "dispatch by command"],
    ["en_route", "cannot go from on_scene to en_route"],
  ])("when it reports %s, then the illegal transition is rejected (%s)", (status, reason) => {
    const s = setup();
    const r = s.when({ kind: "UpdateUnitStatus", unitId: "M1", status });
    expect(r.rejection?.code).toBe("ILLEGAL_TRANSITION");
    expect(r.rejection?.reason).toContain(reason);
  });
});

describe("given an available unit", () => {
  it("when it reports on scene with no incident, then it is an illegal transition", () => {
    const s = new Scenario().given(unit("E1", "engine"));
    expect(s.when({ kind: "UpdateUnitStatus", unitId: "E1", status: "on_scene" }).rejection?.code).toBe(
      "ILLEGAL_TRANSITION",
    );
  });

  it("when it goes out of service and is then dispatched, then the dispatch is refused", () => {
    const s = new Scenario().given(unit("E1", "engine"), call("C1", "AFAR"), {
      kind: "UpdateUnitStatus",
      unitId: "E1",
      status: "OOS",
    });
    expect(s.when({ kind: "DispatchUnit", incidentId: "INC-000001", unitId: "E1" }).rejection?.code).toBe(
      "UNIT_NOT_AVAILABLE",
    );
    expect(s.when({ kind: "ReassignUnit", incidentId: "INC-000001", unitId: "E1" }).rejection?.code).toBe(
      "UNIT_NOT_AVAILABLE",
    );
  });

  it("when it is returning to station, then it can be dispatched (returning units count by default)", () => {
    const s = new Scenario().given(
      unit("E1", "engine"),
      call("C1", "AFAR", near(0, 0)),
      { kind: "DispatchUnit", incidentId: "INC-000001", unitId: "E1" },
      { kind: "UpdateUnitStatus", unitId: "E1", status: "on_scene" },
      { kind: "UpdateUnitStatus", unitId: "E1", status: "RT" },
      call("C2", "AFAR", near(2000, 0)),
    );
    expect(s.when({ kind: "DispatchUnit", incidentId: "INC-000002", unitId: "E1" }).rejection).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { Scenario, call, near, types, unit } from "../support/scenario.ts";

const fire = () =>
  new Scenario().given(unit("E1", "engine"), unit("M1", "medic"), call("C1", "MED", near(0, 0)));

describe("given a pending incident and available units", () => {
  it("when the dispatcher dispatches a unit, then the unit is dispatched and the incident leaves the queue", () => {
    const s = fire();
    const r = s.when({ kind: "DispatchUnit", incidentId: "INC-000001", unitId: "M1" });
    expect(types(r.events)).toEqual(["UnitDispatched", "UnitStatusChanged", "IncidentStatusChanged"]);
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
    const r = s.when({ kind: "ReassignUnit", incidentId: "INC-000002", unitId: "M1" });
    expect(types(r.events)).toEqual([
      "UnitReleased",
      "IncidentStatusChanged",
      "UnitsRecommended",
      "UnitDispatched",
      "UnitStatusChanged",
      "IncidentStatusChanged",
    ]);
    expect(r.events[0]).toMatchObject({ reason: "preempted", incidentId: "INC-000001" });
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
    expect(types(r.events)).toEqual([
      "UnitReleased",
      "UnitStatusChanged",
      "IncidentStatusChanged",
      "UnitsRecommended",
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
    expect(r.events.at(-1)).toMatchObject({ type: "IncidentStatusChanged", to: "cleared" });
    expect(s.incident("INC-000001").times.clearedAt).toBe(s.now);
  });

  it("when the unit goes out of service, then it is released with that reason", () => {
    const s = setup();
    const r = s.when({ kind: "UpdateUnitStatus", unitId: "M1", status: "OOS" });
    expect(r.events[0]).toMatchObject({ type: "UnitReleased", reason: "out_of_service" });
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

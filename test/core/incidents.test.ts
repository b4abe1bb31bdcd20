import { describe, expect, it } from "vitest";
import type { EngineEvent } from "../../engine/index.ts";
import { Scenario, call, near, unit } from "../support/scenario.ts";

const INC1 = "INC-000001";
const INC2 = "INC-000002";

describe("given an incident with units on scene", () => {
  const setup = () =>
    new Scenario().given(
      unit("E1", "engine"),
      unit("L1", "ladder"),
      call("C1", "AFA"),
      { kind: "DispatchUnit", incidentId: INC1, unitId: "E1" },
      { kind: "DispatchUnit", incidentId: INC1, unitId: "L1" },
      { kind: "UpdateUnitStatus", unitId: "E1", status: "on_scene" },
    );

  it("when the dispatcher clears it, then every unit is released and the incident is cleared", () => {
    const s = setup();
    const r = s.when({ kind: "ClearIncident", incidentId: INC1 });
    const at = s.now;
    const released = (unitId: string, from: "on_scene" | "dispatched"): EngineEvent[] => [
      { type: "UnitReleased", at, unitId, incidentId: INC1, reason: "incident_cleared" },
      {
        type: "UnitStatusChanged",
        at,
        unitId,
        from,
        to: "available",
        incidentId: null,
        reported: "available",
      },
    ];
    expect(r.events).toEqual<EngineEvent[]>([
      ...released("E1", "on_scene"),
      ...released("L1", "dispatched"),
      {
        type: "IncidentStatusChanged",
        at,
        incidentId: INC1,
        from: "on_scene",
        to: "cleared",
        reason: "cleared by dispatcher",
        disposition: null,
      },
    ]);
    expect(s.incident(INC1)).toMatchObject({ status: "cleared", unitIds: [] });
    expect(s.unit("E1")).toMatchObject({ status: "available", incidentId: null });
  });

  it("when the dispatcher closes it with a disposition, then it is closed and its units released", () => {
    const s = setup();
    s.given({ kind: "CloseIncident", incidentId: INC1, disposition: "FALSE_ALARM" });
    expect(s.incident(INC1)).toMatchObject({ status: "closed", disposition: "FALSE_ALARM", unitIds: [] });
    expect(s.incident(INC1).times.closedAt).toBe(s.now);
  });

  it("when it is closed with an unknown disposition, then it is refused", () => {
    expect(
      setup().when({ kind: "CloseIncident", incidentId: INC1, disposition: "BORED" }).rejection?.code,
    ).toBe("UNKNOWN_DISPOSITION");
  });

  it("when the dispatcher reopens it while active, then it is refused", () => {
    expect(setup().when({ kind: "ReopenIncident", incidentId: INC1 }).rejection?.code).toBe(
      "INCIDENT_NOT_CLOSED",
    );
  });
});

describe("given a closed incident", () => {
  const setup = () =>
    new Scenario().given(call("C1", "THEFT"), {
      kind: "CloseIncident",
      incidentId: INC1,
      disposition: "REPORT",
    });

  it("when it is reopened, then it waits in the queue again without its disposition", () => {
    const s = setup();
    s.given({ kind: "ReopenIncident", incidentId: INC1, reason: "suspect returned" });
    expect(s.incident(INC1)).toMatchObject({ status: "pending", disposition: null });
    expect(s.state.pending).toEqual([INC1]);
    expect(s.incident(INC1).timeline.at(-1)?.what).toContain("suspect returned");
  });

  it("when a unit is dispatched to it, then it is refused as not active", () => {
    const s = setup().given(unit("P1", "patrol", "metro-police"));
    expect(s.when({ kind: "DispatchUnit", incidentId: INC1, unitId: "P1" }).rejection?.code).toBe(
      "INCIDENT_NOT_ACTIVE",
    );
  });

  it("when a note is added, then it is kept (supplements after closing are normal)", () => {
    const s = setup().given({ kind: "AddNote", incidentId: INC1, text: "victim called back", author: "D14" });
    expect(s.incident(INC1).notes).toEqual([{ at: s.now, author: "D14", text: "victim called back" }]);
  });
});

describe("given a pending incident", () => {
  it("when the dispatcher reprioritises it, then it moves in the queue", () => {
    const s = new Scenario().given(call("C1", "THEFT", near(0, 0)), call("C2", "THEFT", near(3000, 0)));
    expect(s.state.pending).toEqual([INC1, INC2]);
    const r = s.when({
      kind: "ReprioritiseIncident",
      incidentId: INC2,
      priority: 2,
      reason: "suspect on scene",
    });
    expect(r.events).toEqual<EngineEvent[]>([
      {
        type: "IncidentReprioritised",
        at: s.now,
        incidentId: INC2,
        from: 4,
        to: 2,
        reason: "dispatcher",
        note: "suspect on scene",
      },
    ]);
    expect(s.state.pending).toEqual([INC2, INC1]);
  });

  it("when it is reprioritised to a level that does not exist, then it is refused", () => {
    const s = new Scenario().given(call("C1", "THEFT"));
    expect(s.when({ kind: "ReprioritiseIncident", incidentId: INC1, priority: 9 }).rejection?.code).toBe(
      "INVALID_FIELD",
    );
  });
});

describe("given two incidents about the same event", () => {
  const setup = () =>
    new Scenario().given(
      unit("P1", "patrol", "metro-police"),
      call("C1", "ASSAULT", near(0, 0)),
      call("C2", "DV", near(400, 0)),
      call("C3", "SHOTS", near(4000, 0)),
      { kind: "DispatchUnit", incidentId: INC2, unitId: "P1" },
    );

  it("when the pending one is merged into the dispatched one, then calls move, lineage is kept and the source closes as MERGED", () => {
    const s = setup();
    const r = s.when({ kind: "MergeIncidents", incidentId: INC1, intoIncidentId: INC2 });
    const at = s.now;
    // Both are priority 2, so the target keeps its priority.
    expect(r.events).toEqual<EngineEvent[]>([
      { type: "IncidentsMerged", at, incidentId: INC1, intoIncidentId: INC2, callIds: ["C1"], unitIds: [] },
      {
        type: "IncidentStatusChanged",
        at,
        incidentId: INC1,
        from: "pending",
        to: "closed",
        reason: `merged into ${INC2}`,
        disposition: "MERGED",
      },
    ]);
    expect(s.incident(INC1)).toMatchObject({
      status: "closed",
      disposition: "MERGED",
      mergedInto: INC2,
      callIds: [],
    });
    expect(s.incident(INC2)).toMatchObject({
      status: "dispatched",
      callIds: ["C2", "C1"],
      mergedFrom: [INC1],
    });
    // The merged incident's history starts with the earliest call.
    expect(s.incident(INC2).times.receivedAt).toBe(s.state.calls.get("C1")?.receivedAt);
    expect(s.state.calls.get("C1")?.incidentId).toBe(INC2);
    expect(s.state.pending).toEqual(["INC-000003"]);
  });

  it("when the dispatched one is merged into the pending one, then its unit moves and the target is dispatched", () => {
    const s = setup();
    s.given({ kind: "MergeIncidents", incidentId: INC2, intoIncidentId: INC1 });
    expect(s.incident(INC1)).toMatchObject({ status: "dispatched", unitIds: ["P1"] });
    expect(s.unit("P1").incidentId).toBe(INC1);
  });

  it("when a merged incident is reopened, then it is refused in favour of its target", () => {
    const s = setup().given({ kind: "MergeIncidents", incidentId: INC1, intoIncidentId: INC2 });
    expect(s.when({ kind: "ReopenIncident", incidentId: INC1 }).rejection?.code).toBe("INCIDENT_NOT_ACTIVE");
  });

  it("when an incident is merged into itself, then it is refused", () => {
    expect(
      setup().when({ kind: "MergeIncidents", incidentId: INC1, intoIncidentId: INC1 }).rejection?.code,
    ).toBe("SAME_INCIDENT");
  });

  it("when two are linked, then both know it, and linking again is refused", () => {
    const s = setup().given({ kind: "LinkIncidents", incidentId: INC1, otherIncidentId: "INC-000003" });
    expect(s.incident(INC1).links).toEqual(["INC-000003"]);
    expect(s.incident("INC-000003").links).toEqual([INC1]);
    expect(
      s.when({ kind: "LinkIncidents", incidentId: "INC-000003", otherIncidentId: INC1 }).rejection?.code,
    ).toBe("ALREADY_LINKED");
  });
});

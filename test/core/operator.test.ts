import { describe, expect, it } from "vitest";
import { Scenario, call, near, unit } from "../support/scenario.ts";

/** The operator of an input (its Cad-Operator, on Input.operator) on its events and in the history. */
describe("given an incident with an engine dispatched to it", () => {
  const setup = () =>
    new Scenario().given(
      unit("E1", "engine"),
      unit("E2", "engine", "metro-fire", near(300, 0)),
      call("C1", "AFAR", near(0, 0)),
      { kind: "DispatchUnit", incidentId: "INC-000001", unitId: "E1" },
    );

  it("when a dispatcher named by the operator reassigns and clears it, then every event of those inputs carries the operator", () => {
    const s = setup();
    const reassigned = s.when({
      kind: "ReassignUnit",
      incidentId: "INC-000001",
      unitId: "E2",
      operator: "jane.d@psap",
    });
    const cleared = s.when({ kind: "ClearIncident", incidentId: "INC-000001", operator: "bob" });
    expect(reassigned.rejection).toBeNull();
    expect(cleared.rejection).toBeNull();
    expect(reassigned.events.length).toBeGreaterThan(0);
    expect(reassigned.events.map((e) => [e.type, e.operator])).toEqual(
      reassigned.events.map((e) => [e.type, "jane.d@psap"]),
    );
    expect(cleared.events.map((e) => e.operator)).toEqual(cleared.events.map(() => "bob"));
  });

  it("when an input has no operator, then its events have no operator property at all (the record of machines' inputs is unchanged)", () => {
    const s = setup();
    const status = s.when({ kind: "UpdateUnitStatus", unitId: "E1", status: "on_scene" });
    expect(status.events.length).toBeGreaterThan(0);
    for (const e of status.events) expect("operator" in e).toBe(false);
    expect(s.incident("INC-000001").timeline.every((t) => !("operator" in t))).toBe(true);
  });

  it("when operators change its priority and close it, then its history says who wrote each line, and the unit's own report names no one", () => {
    const s = setup();
    s.given(
      {
        kind: "ReprioritiseIncident",
        incidentId: "INC-000001",
        priority: 1,
        reason: "upgrade",
        operator: "jane",
      },
      { kind: "UpdateUnitStatus", unitId: "E1", status: "on_scene" },
      { kind: "ClearIncident", incidentId: "INC-000001", operator: "bob" },
      { kind: "CloseIncident", incidentId: "INC-000001", disposition: "REPORT", operator: "bob" },
    );
    const lines = s.incident("INC-000001").timeline.map((t) => [t.what, t.operator]);
    expect(lines).toEqual(
      expect.arrayContaining([
        [expect.stringMatching(/^priority \d -> 1/), "jane"],
        ["E1 on_scene", undefined],
        [expect.stringMatching(/-> cleared/), "bob"],
        [expect.stringMatching(/-> closed REPORT/), "bob"],
      ]),
    );
    expect(lines[0]).toEqual([expect.stringMatching(/^created as AFAR/), undefined]);
  });
});

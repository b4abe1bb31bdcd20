import { describe, expect, it } from "vitest";
import { Scenario, call, unit } from "../support/scenario.ts";

describe("given a unit that reports the status it already has", () => {
  it("when an available unit reports available, then the repeat is accepted with no events", () => {
    const s = new Scenario().given(unit("E1", "engine"));
    const before = { ...s.unit("E1") };
    const r = s.when({ kind: "UpdateUnitStatus", unitId: "E1", status: "available" });
    expect(r.rejection).toBeNull();
    expect(r.events).toEqual([]);
    expect(s.unit("E1")).toEqual(before);
  });

  it("when a unit on scene reports on scene again, then nothing changes", () => {
    const s = new Scenario().given(
      unit("E1", "engine"),
      call("C1", "AFAR"),
      { kind: "DispatchUnit", incidentId: "INC-000001", unitId: "E1" },
      { kind: "UpdateUnitStatus", unitId: "E1", status: "on_scene" },
    );
    const since = s.unit("E1").statusSince;
    const r = s.when({ kind: "UpdateUnitStatus", unitId: "E1", status: "on_scene" });
    expect(r).toMatchObject({ rejection: null, events: [] });
    expect(s.unit("E1")).toMatchObject({ status: "on_scene", incidentId: "INC-000001", statusSince: since });
    expect(s.incident("INC-000001").status).toBe("on_scene");
  });

  it("when an out-of-service unit reports out of service again, then the repeat is accepted", () => {
    const s = new Scenario().given(unit("E1", "engine"), {
      kind: "UpdateUnitStatus",
      unitId: "E1",
      status: "out_of_service",
    });
    expect(s.when({ kind: "UpdateUnitStatus", unitId: "E1", status: "out_of_service" })).toMatchObject({
      rejection: null,
      events: [],
    });
  });
});

import { describe, expect, it } from "vitest";
import { Scenario, call, near, unit } from "../support/scenario.ts";

describe("given an empty roster", () => {
  it("when a unit is added with a station, then it is available at its station", () => {
    const s = new Scenario();
    s.given({
      kind: "AddUnit",
      unitId: "M10",
      unitType: "medic",
      agency: "metro-fire",
      capabilities: ["BARIATRIC"],
      station: { id: "ST10", ...near(100, 100) },
      crew: 2,
    });
    expect(s.unit("M10")).toMatchObject({
      status: "available",
      type: "medic",
      crew: 2,
      capabilities: ["BARIATRIC"],
      lon: near(100, 100).lon,
      positionAt: s.now,
    });
  });

  it.each([
    [{ unitType: "spaceship" }, "UNKNOWN_UNIT_TYPE"],
    [{ agency: "nowhere" }, "UNKNOWN_AGENCY"],
    [{ crew: -1 }, "INVALID_FIELD"],
    [{ station: { id: "S", lon: 200, lat: 0 } }, "INVALID_COORDINATES"],
    [{ unitId: undefined }, "MISSING_FIELD"],
  ])("when a unit is added with %o, then it is rejected with %s", (patch, code) => {
    const s = new Scenario();
    expect(s.when({ ...unit("E1", "engine"), ...patch } as never).rejection?.code).toBe(code);
    expect(s.state.units.size).toBe(0);
  });
});

describe("given a unit on the roster", () => {
  const setup = () => new Scenario().given(unit("E1", "engine"));

  it("when it is added again, then it is refused as a duplicate", () => {
    expect(setup().when(unit("E1", "engine")).rejection?.code).toBe("DUPLICATE_UNIT");
  });

  it("when it is changed, then only the given fields change", () => {
    const s = setup().given({ kind: "ChangeUnit", unitId: "E1", crew: 4, capabilities: ["ALS"] });
    expect(s.unit("E1")).toMatchObject({
      type: "engine",
      agency: "metro-fire",
      crew: 4,
      capabilities: ["ALS"],
    });
  });

  it("when AVL reports positions, then the newest fix is kept and an older fix is refused as stale", () => {
    const s = setup().given({ kind: "UpdateUnitLocation", unitId: "E1", ...near(500, 0) });
    const fixAt = s.now;
    const r = s.when({ kind: "UpdateUnitLocation", unitId: "E1", ...near(900, 0), fixAt: fixAt - 5000 });
    expect(r.rejection?.code).toBe("STALE_POSITION");
    expect(s.unit("E1")).toMatchObject({ lon: near(500, 0).lon, positionAt: fixAt });
    expect(s.when({ kind: "UpdateUnitLocation", unitId: "E1", lon: 0, lat: 95 }).rejection?.code).toBe(
      "INVALID_COORDINATES",
    );
  });

  it("when it is retired while serving an incident, then it is refused; once free it leaves the roster", () => {
    const s = setup().given(call("C1", "AFAR"), {
      kind: "DispatchUnit",
      incidentId: "INC-000001",
      unitId: "E1",
    });
    expect(s.when({ kind: "RetireUnit", unitId: "E1" }).rejection?.code).toBe("UNIT_BUSY");
    s.given({ kind: "ClearIncident", incidentId: "INC-000001" }, { kind: "RetireUnit", unitId: "E1" });
    expect(s.state.units.has("E1")).toBe(false);
    expect(s.when({ kind: "CheckUnit", unitId: "E1" }).rejection?.code).toBe("UNKNOWN_UNIT");
  });
});

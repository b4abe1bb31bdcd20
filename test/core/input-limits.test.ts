import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSeattleFire } from "../../adapters/seattle/index.ts";
import { CITY_UNITS } from "../../adapters/sim/index.ts";
import { Scenario, call, near, unit } from "../support/scenario.ts";

describe("given an empty roster, unit ids must be one NATS subject token", () => {
  it.each(["E.1", "E*", "E>", "E 1", "É1", "", "X".repeat(33)])(
    "when a unit is added as %j, then it is rejected INVALID_UNIT_ID (or MISSING_FIELD when empty) and not added",
    (unitId) => {
      const s = new Scenario();
      const r = s.when(unit(unitId, "engine"));
      expect(r.rejection).toMatchObject({
        code: unitId === "" ? "MISSING_FIELD" : "INVALID_UNIT_ID",
        field: "unitId",
      });
      expect(s.state.units.size).toBe(0);
    },
  );

  it("when every unit of the synthetic city is added, then every id is accepted", () => {
    const s = new Scenario();
    for (const u of CITY_UNITS)
      s.given({ kind: "AddUnit", unitId: u.id, unitType: u.type, agency: u.agency, station: u.station });
    expect(s.state.units.size).toBe(CITY_UNITS.length);
  });

  const dataDir = resolve(process.env["CAD_DATA_DIR"] ?? "../shared/data");
  it.skipIf(!existsSync(join(dataDir, "seattle-fire-2017")))(
    "when every unit of the Seattle Fire replay is added (needs ../shared/data), then every id is accepted",
    async () => {
      const data = await loadSeattleFire(dataDir, { from: "2017-06-01", to: "2017-06-01" });
      const s = new Scenario();
      for (const u of data.units) s.given(unit(u.id, "engine"));
      expect(s.state.units.size).toBe(data.units.length);
    },
  );

  it("when ids use letters, digits, '_' and '-' up to 32 characters, then they are accepted", () => {
    const s = new Scenario().given(unit("E_1-b", "engine"), unit("Z".repeat(32), "engine"));
    expect(s.state.units.size).toBe(2);
  });
});

describe("given a call received long before its input", () => {
  it("when receivedAt is 0 (1970), then the call is rejected CALL_TOO_OLD and nothing is created", () => {
    const s = new Scenario();
    const r = s.when(call("C1", "MED", near(), { receivedAt: 0 }));
    expect(r.rejection).toMatchObject({ code: "CALL_TOO_OLD", field: "receivedAt" });
    expect(s.state.calls.size).toBe(0);
    expect(s.state.incidents.size).toBe(0);
  });

  it("when receivedAt is just over calls.maxAgeSeconds before the input, then it is rejected; just under, accepted", () => {
    const s = new Scenario();
    const maxMs = s.cfg.calls.maxAgeSeconds * 1000;
    const at = s.advance(10);
    expect(s.when(call("C1", "MED", near(), { at, receivedAt: at - maxMs - 1 })).rejection?.code).toBe(
      "CALL_TOO_OLD",
    );
    expect(s.when(call("C2", "MED", near(), { at, receivedAt: at - maxMs })).rejection).toBeNull();
  });
});

describe("given the configured call types and flags (matched exactly, case included)", () => {
  it("when a call type differs from a configured code only in case ('med'), then it is rejected UNKNOWN_CALL_TYPE naming MED, and no police plan is sent", () => {
    const s = new Scenario();
    const r = s.when(call("C1", "med"));
    expect(r.rejection).toMatchObject({ code: "UNKNOWN_CALL_TYPE", field: "callType" });
    expect(r.rejection?.reason).toContain('"MED"');
    expect(r.events).toEqual([]);
    expect(s.state.incidents.size).toBe(0);
  });

  it("when a call type matches no code at all, then it falls back to the default type and CallTypeDefaulted says so", () => {
    const s = new Scenario();
    const r = s.when(call("C1", "MARTIAN_LANDING"));
    expect(r.rejection).toBeNull();
    expect(r.events.find((e) => e.type === "CallTypeDefaulted")).toMatchObject({
      requestedCode: "MARTIAN_LANDING",
      usedCode: s.cfg.defaultCallType,
    });
  });

  it("when a caller flag is unknown or in the wrong case, then the call is rejected UNKNOWN_FLAG naming each such flag", () => {
    const s = new Scenario();
    const r = s.when(call("C1", "MED", near(), { flags: ["INJURIES", "weapons", "ALIENS"] }));
    expect(r.rejection).toMatchObject({ code: "UNKNOWN_FLAG", field: "flags" });
    expect(r.rejection?.reason).toContain('"weapons", "ALIENS"');
    expect(s.state.calls.size).toBe(0);
  });

  it("when every flag is configured, then the call is accepted with its flags", () => {
    const s = new Scenario();
    const r = s.when(call("C1", "MED", near(), { flags: ["INJURIES", "WEAPONS"] }));
    expect(r.rejection).toBeNull();
    expect(s.state.calls.get("C1")?.flags).toEqual(["INJURIES", "WEAPONS"]);
  });
});

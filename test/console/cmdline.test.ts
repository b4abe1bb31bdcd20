import { describe, expect, it } from "vitest";
import { consoleConfig } from "../../adapters/console/config-view.ts";
import { ROLE_COMMANDS } from "../../adapters/console/roles.ts";
import {
  parseCommandLine,
  resolveIncident,
  suggestions,
  type CommandContext,
} from "../../adapters/console/web/cmdline.ts";
import { ConsoleModel } from "../../adapters/console/web/model.ts";
import type { StateIncident, StateUnit } from "../../adapters/console/web/protocol.ts";
import type { ConsoleRole } from "../../adapters/auth/users.ts";
import { T0, config } from "../support/scenario.ts";

const incident = (id: string, status: StateIncident["status"], unitIds: string[] = []): StateIncident => ({
  id,
  status,
  priority: 2,
  callType: "MED",
  lon: -122.3,
  lat: 47.6,
  address: "1 Main St",
  zone: null,
  receivedAt: T0,
  queuedAt: T0,
  unitIds,
  overdueAlerts: 0,
});
const unit = (id: string, status: StateUnit["status"], incidentId: string | null = null): StateUnit => ({
  id,
  type: id.startsWith("M") ? "medic" : "engine",
  agency: "metro-fire",
  status,
  statusSince: T0,
  incidentId,
  lon: null,
  lat: null,
  positionAt: null,
});

/** A page's picture: INC-000012 waiting, INC-001234 with E12 on it, units E12, E7, M5. */
function context(role: ConsoleRole = "supervisor", selected: string | null = null): CommandContext {
  const model = new ConsoleModel();
  model.load({
    now: T0,
    lastInputSeq: 1,
    pending: [incident("INC-000012", "pending")],
    incidents: [incident("INC-001234", "dispatched", ["E12"])],
    units: [unit("E12", "dispatched", "INC-001234"), unit("E7", "available"), unit("M5", "en_route")],
  });
  return {
    model,
    config: consoleConfig(config, "t"),
    selectedIncident: selected,
    calls: ["C-77", "C-78"],
    may: (kind) => ROLE_COMMANDS[role].includes(kind),
  };
}

describe("the console's command line: what a typed line sends", () => {
  it("given short verbs, then each reads as the engine's input, incidents by the numbers the page shows", () => {
    const ctx = context();
    const input = (line: string) => {
      const p = parseCommandLine(line, ctx);
      if (!p.ok || !("input" in p)) throw new Error(`${line}: ${JSON.stringify(p)}`);
      return p.input;
    };
    expect(input("D e7 12")).toEqual({ kind: "DispatchUnit", unitId: "E7", incidentId: "INC-000012" });
    expect(input("d E7 INC-12")).toEqual({ kind: "DispatchUnit", unitId: "E7", incidentId: "INC-000012" });
    expect(input("ST M5 OS")).toEqual({ kind: "UpdateUnitStatus", unitId: "M5", status: "on_scene" });
    expect(input("ST M5 oos")).toEqual({ kind: "UpdateUnitStatus", unitId: "M5", status: "out_of_service" });
    expect(input("CL 1234 REPORT")).toEqual({
      kind: "CloseIncident",
      incidentId: "INC-001234",
      disposition: "REPORT",
    });
    expect(input("CL 1234 false")).toEqual({
      kind: "CloseIncident",
      incidentId: "INC-001234",
      disposition: "FALSE_ALARM",
    });
    expect(input("LK 1234 12")).toEqual({
      kind: "LinkIncidents",
      incidentId: "INC-001234",
      otherIncidentId: "INC-000012",
    });
    expect(input("SP c-78")).toEqual({ kind: "SplitCall", callId: "C-78" });
    expect(input("RO 1234 caller rang back")).toEqual({
      kind: "ReopenIncident",
      incidentId: "INC-001234",
      reason: "caller rang back",
    });
    expect(input("P 12 1")).toEqual({ kind: "ReprioritiseIncident", incidentId: "INC-000012", priority: 1 });
    expect(input("N 12 two  patients, one   trapped")).toEqual({
      kind: "AddNote",
      incidentId: "INC-000012",
      text: "two  patients, one   trapped",
    });
    expect(input("CK E12")).toEqual({ kind: "CheckUnit", unitId: "E12" });
    expect(input("CLR 1234")).toEqual({ kind: "ClearIncident", incidentId: "INC-001234" });
  });

  it("given a reassignment or a merge, then the line asks to confirm first, saying what the unit is doing", () => {
    const ctx = context();
    expect(parseCommandLine("RA E12 12", ctx)).toEqual({
      ok: true,
      input: { kind: "ReassignUnit", unitId: "E12", incidentId: "INC-000012" },
      confirm: "Reassign E12 (dispatched on INC-1234) to INC-12?",
    });
    expect(parseCommandLine("MG 12 1234", ctx)).toMatchObject({
      ok: true,
      input: { kind: "MergeIncidents", incidentId: "INC-000012", intoIncidentId: "INC-001234" },
      confirm: expect.stringMatching(/^Merge INC-12 into INC-1234\?/) as string,
    });
  });

  it("given a selected incident, then the incident may be left out", () => {
    const ctx = context("dispatcher", "INC-000012");
    expect(parseCommandLine("D E7", ctx)).toMatchObject({
      input: { incidentId: "INC-000012", unitId: "E7" },
    });
    expect(parseCommandLine("AC", ctx)).toEqual({ ok: true, accept: "INC-000012" });
    expect(parseCommandLine("N 3 units on scene", ctx)).toMatchObject({
      input: { kind: "AddNote", incidentId: "INC-000012", text: "3 units on scene" },
    });
  });

  it("given a number the page does not know, then it goes to the engine as typed, for the engine to refuse", () => {
    expect(parseCommandLine("D E7 INC-999999", context())).toMatchObject({
      input: { kind: "DispatchUnit", incidentId: "INC-999999" },
    });
  });

  it("given a line the page cannot read, or a verb the role may not use, then it says why and sends nothing", () => {
    expect(parseCommandLine("ZAP", context())).toEqual({
      ok: false,
      error: 'unknown command "ZAP": HELP or ? lists them',
    });
    expect(parseCommandLine("D E7", context())).toEqual({
      ok: false,
      error: "no incident: name one, or select one first (usage: D <unit> [incident])",
    });
    expect(parseCommandLine("P 12 urgent", context())).toMatchObject({ ok: false });
    expect(parseCommandLine("CL 1234 REPORT", context("dispatcher"))).toEqual({
      ok: false,
      error: "your role may not close incidents",
    });
    expect(parseCommandLine("D E7 12", context("viewer"))).toMatchObject({ ok: false });
    expect(parseCommandLine("?", context("viewer"))).toEqual({ ok: true, help: true });
  });

  it("type-ahead offers verbs, then units (free first), incidents, status codes and dispositions", () => {
    const ctx = context("dispatcher");
    expect(suggestions("C", ctx)).toEqual(["CK", "CLR"]); // CL (close) is a supervisor's
    expect(suggestions("D ", ctx)).toEqual(["E7", "E12", "M5"]);
    expect(suggestions("D E7 INC-1", ctx)).toEqual(["INC-12", "INC-1234"]);
    expect(suggestions("ST M5 O", ctx)).toEqual(["OS", "ONSC", "OOS"]);
    expect(suggestions("CL 12 FA", context())).toEqual(["FALSE_ALARM"]);
  });

  it("resolves incident numbers to the incident the page shows", () => {
    const { model } = context();
    expect(resolveIncident(model, "12")).toBe("INC-000012");
    expect(resolveIncident(model, "0012")).toBe("INC-000012");
    expect(resolveIncident(model, "inc-1234")).toBe("INC-001234");
    expect(resolveIncident(model, "99")).toBeNull();
  });
});

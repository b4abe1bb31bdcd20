import { describe, expect, it } from "vitest";
import { Scenario, call, near, unit } from "../support/scenario.ts";

const whats = (s: Scenario, id: string) => s.incident(id).timeline.map((t) => t.what);

describe("given two incidents", () => {
  const setup = () =>
    new Scenario().given(call("C1", "THEFT", near(0, 0)), call("C2", "THEFT", near(20_000, 0)));

  it("when they are linked, then the link is in the timeline of both", () => {
    const s = setup().given({
      kind: "LinkIncidents",
      incidentId: "INC-000001",
      otherIncidentId: "INC-000002",
    });
    expect(whats(s, "INC-000001")).toContain("linked with INC-000002");
    expect(whats(s, "INC-000002")).toContain("linked with INC-000001");
  });
});

describe("given an incident with two calls", () => {
  it("when a call is split off, then the incident it left says so, and the new one says where it came from", () => {
    const s = new Scenario().given(call("C1", "THEFT", near(0, 0)), call("C2", "THEFT", near(50, 0)), {
      kind: "SplitCall",
      callId: "C2",
    });
    expect(s.incident("INC-000001").callIds).toEqual(["C1"]);
    expect(whats(s, "INC-000001")).toContain("call C2 split off to INC-000002");
    expect(whats(s, "INC-000002")).toEqual([
      "created as THEFT priority 4 (split from INC-000001)",
      "call C2 attached (split)",
    ]);
  });
});

describe("given an incident that was cleared and closed", () => {
  const setup = () =>
    new Scenario().given(
      unit("E1", "engine"),
      call("C1", "AFAR"),
      { kind: "DispatchUnit", incidentId: "INC-000001", unitId: "E1" },
      { kind: "UpdateUnitStatus", unitId: "E1", status: "on_scene" },
      { kind: "ClearIncident", incidentId: "INC-000001" },
    );

  it("when it is reopened and cleared again, then its times keep the first clearance and closure beside the new ones", () => {
    const s = setup();
    const firstCleared = s.now;
    s.given({ kind: "CloseIncident", incidentId: "INC-000001", disposition: "REPORT" });
    const firstClosed = s.now;
    s.given({ kind: "ReopenIncident", incidentId: "INC-000001", reason: "caller rang back" });
    expect(s.incident("INC-000001").times).toMatchObject({
      clearedAt: null,
      closedAt: null,
      firstClearedAt: firstCleared,
      firstClosedAt: firstClosed,
    });
    s.given(
      { kind: "DispatchUnit", incidentId: "INC-000001", unitId: "E1" },
      { kind: "UpdateUnitStatus", unitId: "E1", status: "on_scene" },
      { kind: "ClearIncident", incidentId: "INC-000001" },
    );
    expect(s.incident("INC-000001").times).toMatchObject({
      clearedAt: s.now,
      closedAt: null,
      firstClearedAt: firstCleared,
      firstClosedAt: firstClosed,
    });
    const clearances = whats(s, "INC-000001").filter((w) => w.startsWith("on_scene -> cleared"));
    expect(clearances).toHaveLength(2);
    expect(whats(s, "INC-000001")).toContain("cleared -> closed REPORT (closed by dispatcher)");
  });
});

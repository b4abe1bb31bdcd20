import { describe, expect, it } from "vitest";
import type { EngineEvent } from "../../engine/index.ts";
import { Scenario, call, unit } from "../support/scenario.ts";

describe("given a pending priority 2 call (dispatch target 180 s)", () => {
  const setup = () => new Scenario().given(call("C1", "ASSAULT"));

  it("when ticks arrive before the target, then nothing fires", () => {
    const s = setup();
    const r = s.when({ kind: "Tick", at: s.now + 179_000 });
    expect(r.events).toEqual([]);
  });

  it("when a tick passes the target, then an overdue alert fires and the call escalates one level, once", () => {
    const s = setup();
    const received = s.incident("INC-000001").times.receivedAt;
    const r = s.when({ kind: "Tick", at: received + 181_000 });
    expect(r.events).toEqual<EngineEvent[]>([
      {
        type: "IncidentOverdue",
        at: received + 181_000,
        incidentId: "INC-000001",
        priority: 2,
        waitedSeconds: 181,
        targetSeconds: 180,
        count: 1,
      },
      {
        type: "IncidentReprioritised",
        at: received + 181_000,
        incidentId: "INC-000001",
        from: 2,
        to: 1,
        reason: "overdue",
        note: "waited past its dispatch target",
      },
    ]);
    expect(s.incident("INC-000001").priority).toBe(1);
    // Later alerts repeat every overdueRepeatSeconds (120 s) without escalating again.
    expect(s.when({ kind: "Tick", at: received + 300_000 }).events).toEqual([]);
    const again = s.when({ kind: "Tick", at: received + 301_000 });
    // Now priority 1, the alert names that priority's target (60 s).
    expect(again.events).toEqual<EngineEvent[]>([
      {
        type: "IncidentOverdue",
        at: received + 301_000,
        incidentId: "INC-000001",
        priority: 1,
        waitedSeconds: 301,
        targetSeconds: 60,
        count: 2,
      },
    ]);
  });

  it("when it is dispatched before the target, then no overdue alert ever fires", () => {
    const s = setup().given(unit("P1", "patrol", "metro-police"), {
      kind: "DispatchUnit",
      incidentId: "INC-000001",
      unitId: "P1",
    });
    const r = s.when({ kind: "Tick", at: s.now + 3_600_000 });
    expect(r.events.filter((e) => e.type === "IncidentOverdue")).toEqual([]);
  });
});

describe("given a unit on scene (limit 1200 s)", () => {
  const setup = () =>
    new Scenario().given(
      unit("P1", "patrol", "metro-police"),
      call("C1", "WELFARE"),
      { kind: "DispatchUnit", incidentId: "INC-000001", unitId: "P1" },
      { kind: "UpdateUnitStatus", unitId: "P1", status: "10-97" },
    );

  it("when it stays past the limit without a check, then a status alert fires on the tick", () => {
    const s = setup();
    const since = s.unit("P1").statusSince;
    const r = s.when({ kind: "Tick", at: since + 1_200_000 });
    expect(r.events).toEqual([
      {
        type: "UnitStatusOverdue",
        at: since + 1_200_000,
        unitId: "P1",
        status: "on_scene",
        incidentId: "INC-000001",
        sinceAt: since,
        limitSeconds: 1200,
        count: 1,
      },
    ]);
  });

  it("when the dispatcher checks on it, then the timer starts again", () => {
    const s = setup();
    const since = s.unit("P1").statusSince;
    s.given({ kind: "CheckUnit", unitId: "P1", at: since + 600_000 });
    expect(s.when({ kind: "Tick", at: since + 1_300_000 }).events).toEqual([]);
    // The check started the count again as well as the timer.
    expect(s.when({ kind: "Tick", at: since + 1_800_000 }).events).toEqual<EngineEvent[]>([
      {
        type: "UnitStatusOverdue",
        at: since + 1_800_000,
        unitId: "P1",
        status: "on_scene",
        incidentId: "INC-000001",
        sinceAt: since,
        limitSeconds: 1200,
        count: 1,
      },
    ]);
  });

  it("when it changes status before the limit, then the old timer never fires", () => {
    const s = setup();
    const since = s.unit("P1").statusSince;
    s.given({ kind: "UpdateUnitStatus", unitId: "P1", status: "10-8", at: since + 60_000 });
    expect(s.when({ kind: "Tick", at: since + 7_200_000 }).events).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { Scenario, call, near, types } from "../support/scenario.ts";

describe("given no open incident", () => {
  it("when a call arrives, then it creates a pending incident queued by its type's priority", () => {
    const s = new Scenario();
    const r = s.when(
      call("C1", "AID", near(), { address: "3rd Av / Union St", callerNumber: "+12065550100" }),
    );
    expect(r.rejection).toBeNull();
    expect(types(r.events)).toEqual(["CallReceived", "IncidentCreated", "CallAttached", "UnitsRecommended"]);
    const incident = s.incident("INC-000001");
    expect(incident).toMatchObject({
      status: "pending",
      callType: "AID",
      priority: 2,
      address: "3rd Av / Union St",
      callIds: ["C1"],
    });
    expect(incident.times.createdAt).toBe(s.now);
    expect(s.state.pending).toEqual(["INC-000001"]);
  });

  it("when the call's type code is unknown, then the default type is used and an event says so", () => {
    const s = new Scenario();
    const r = s.when(call("C1", "XYZZY"));
    expect(r.events.find((e) => e.type === "CallTypeDefaulted")).toMatchObject({
      requestedCode: "XYZZY",
      usedCode: "UNK",
    });
    expect(s.incident("INC-000001").callType).toBe("UNK");
  });

  it("when the caller reports weapons and violence in progress, then the strongest flag raises the priority", () => {
    const s = new Scenario();
    s.when(call("C1", "ASSAULT", near(), { flags: ["WEAPONS", "VIOLENCE_IN_PROGRESS", "SOMETHING_NEW"] }));
    // ASSAULT is priority 2; VIOLENCE_IN_PROGRESS raises by 2 but never above 1.
    expect(s.incident("INC-000001").priority).toBe(1);
    expect(s.state.calls.get("C1")?.flags).toContain("SOMETHING_NEW");
  });

  it("when calls of different priorities wait, then the queue is ordered by priority, then age", () => {
    const s = new Scenario();
    s.given(
      call("C1", "NOISE", near(0, 0)),
      call("C2", "THEFT", near(5000, 0)),
      call("C3", "SHOTS", near(0, 5000)),
      call("C4", "BURG", near(5000, 5000)),
      call("C5", "THEFT", near(-5000, 0)),
    );
    expect(s.state.pending.map((id) => s.incident(id).callIds[0])).toEqual(["C3", "C4", "C2", "C5", "C1"]);
  });
});

describe("given an open incident", () => {
  const setup = () => new Scenario().given(call("C1", "AID", near(0, 0)));

  it("when another caller reports the same kind of emergency 80 m away, then the call is attached, not a new incident", () => {
    const s = setup();
    const r = s.when(call("C2", "MED", near(80, 0)));
    expect(types(r.events)).toEqual(["CallReceived", "CallAttached", "IncidentReprioritised"]);
    expect(r.events[1]).toMatchObject({ incidentId: "INC-000001", reason: "additional_caller" });
    expect((r.events[1] as { distanceMeters: number }).distanceMeters).toBeCloseTo(80, 0);
    expect(s.incident("INC-000001").callIds).toEqual(["C1", "C2"]);
    // The second caller's call type is more urgent (MED is priority 1): the incident is raised.
    expect(s.incident("INC-000001").priority).toBe(1);
    expect(s.state.incidents.size).toBe(1);
  });

  it("when a call of another discipline arrives at the same place, then it gets its own incident", () => {
    const s = setup();
    s.when(call("C2", "THEFT", near(10, 0)));
    expect(s.state.incidents.size).toBe(2);
  });

  it("when a call arrives beyond the attach distance, then it gets its own incident", () => {
    const s = setup();
    s.when(call("C2", "AID", near(400, 0)));
    expect(s.state.incidents.size).toBe(2);
  });

  it("when a call arrives after the attach window, then it gets its own incident", () => {
    const s = setup();
    s.advance(31 * 60);
    s.when(call("C2", "AID", near(10, 0)));
    expect(s.state.incidents.size).toBe(2);
  });

  it("when the same call id arrives again, then it is rejected as a duplicate and nothing changes", () => {
    const s = setup();
    const before = s.snapshot();
    const r = s.when(call("C1", "AID"));
    expect(r.rejection).toMatchObject({ code: "DUPLICATE_CALL", field: "callId" });
    expect(s.snapshot()).toBe(before);
  });
});

describe("given an incident with two callers", () => {
  const setup = () => new Scenario().given(call("C1", "AID", near(0, 0)), call("C2", "AID", near(50, 0)));

  it("when the dispatcher splits the second call out, then it becomes an incident of its own with its lineage", () => {
    const s = setup();
    const r = s.when({ kind: "SplitCall", callId: "C2" });
    expect(types(r.events)).toEqual(["IncidentCreated", "CallAttached", "UnitsRecommended"]);
    expect(r.events[0]).toMatchObject({ incidentId: "INC-000002", splitFromIncidentId: "INC-000001" });
    expect(s.incident("INC-000001").callIds).toEqual(["C1"]);
    expect(s.incident("INC-000002").callIds).toEqual(["C2"]);
    expect(s.state.calls.get("C2")?.incidentId).toBe("INC-000002");
    expect(s.state.pending).toHaveLength(2);
  });

  it("when the dispatcher splits the only remaining call, then it is refused", () => {
    const s = setup().given({ kind: "SplitCall", callId: "C2" });
    expect(s.when({ kind: "SplitCall", callId: "C1" }).rejection?.code).toBe("CANNOT_SPLIT_ONLY_CALL");
    expect(s.when({ kind: "SplitCall", callId: "C9" }).rejection?.code).toBe("UNKNOWN_CALL");
  });
});

describe("given calls with bad fields", () => {
  it.each([
    [{ lat: 91 }, "INVALID_COORDINATES"],
    [{ lon: -181 }, "INVALID_COORDINATES"],
    [{ lat: Number.NaN }, "INVALID_COORDINATES"],
    [{ callId: "" }, "MISSING_FIELD"],
    [{ receivedAt: "yesterday" }, "INVALID_FIELD"],
    [{ flags: "WEAPONS" }, "INVALID_FIELD"],
  ])("when a call has %o, then it is rejected with %s and nothing changes", (patch, code) => {
    const s = new Scenario();
    const before = s.snapshot();
    const r = s.when({ ...call("C1", "AID"), ...patch } as never);
    expect(r.rejection?.code).toBe(code);
    expect(r.events).toEqual([]);
    expect(s.snapshot()).toBe(before);
  });

  it("when a call says it was answered before it was received, then it is rejected", () => {
    const s = new Scenario();
    const r = s.when(
      call("C1", "AID", near(), { receivedAt: s.now - 5000 + 1000, answeredAt: s.now - 10_000 }),
    );
    expect(r.rejection).toMatchObject({ code: "INVALID_FIELD", field: "answeredAt" });
  });
});

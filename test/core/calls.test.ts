import { describe, expect, it } from "vitest";
import type { EngineEvent } from "../../engine/index.ts";
import { Scenario, call, near } from "../support/scenario.ts";

/** The recommendation for a plan of one slot when the roster has no unit of its types. */
const noUnitFor = (label: string, types: string[]) => ({
  label,
  types,
  capabilities: [],
  unit: null,
  candidates: [],
  nextBest: null,
  shortfall: [],
});

describe("given no open incident", () => {
  it("when a call arrives, then it creates a pending incident queued by its type's priority", () => {
    const s = new Scenario();
    const r = s.when(
      call("C1", "AID", near(), { address: "3rd Av / Union St", callerNumber: "+12065550100" }),
    );
    expect(r.rejection).toBeNull();
    const at = s.now;
    const address = "3rd Av / Union St";
    expect(r.events).toEqual<EngineEvent[]>([
      {
        type: "CallReceived",
        at,
        callId: "C1",
        receivedAt: at,
        answeredAt: null,
        ...near(),
        address,
        callType: "AID",
        callerNumber: "+12065550100",
        flags: [],
        description: "",
      },
      {
        type: "IncidentCreated",
        at,
        incidentId: "INC-000001",
        callType: "AID",
        priority: 2,
        ...near(),
        address,
        zone: null,
        receivedAt: at,
        answeredAt: null,
        splitFromIncidentId: null,
      },
      {
        type: "CallAttached",
        at,
        callId: "C1",
        incidentId: "INC-000001",
        reason: "first_call",
        fromIncidentId: null,
        distanceMeters: 0,
      },
      {
        type: "UnitsRecommended",
        at,
        incidentId: "INC-000001",
        callType: "AID",
        zone: null,
        slots: [noUnitFor("BLS unit", ["aid", "engine", "ladder"])],
        complete: false,
      },
    ]);
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
    expect(r.events[1]).toEqual<EngineEvent>({
      type: "CallTypeDefaulted",
      at: s.now,
      callId: "C1",
      requestedCode: "XYZZY",
      usedCode: "UNK",
    });
    expect(r.events[0]).toMatchObject({ type: "CallReceived", callType: "UNK" });
    expect(r.events[2]).toMatchObject({ type: "IncidentCreated", callType: "UNK" });
    expect(s.incident("INC-000001").callType).toBe("UNK");
  });

  it("when the caller reports weapons and violence in progress, then the strongest flag raises the priority", () => {
    const s = new Scenario();
    s.when(call("C1", "ASSAULT", near(), { flags: ["WEAPONS", "VIOLENCE_IN_PROGRESS"] }));
    // ASSAULT is priority 2; VIOLENCE_IN_PROGRESS raises by 2 but never above 1.
    // (An unknown flag is refused: test/core/input-limits.test.ts.)
    expect(s.incident("INC-000001").priority).toBe(1);
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
    const at = s.now;
    expect(r.events).toEqual<EngineEvent[]>([
      {
        type: "CallReceived",
        at,
        callId: "C2",
        receivedAt: at,
        answeredAt: null,
        ...near(80, 0),
        address: "",
        callType: "MED",
        callerNumber: "",
        flags: [],
        description: "",
      },
      {
        type: "CallAttached",
        at,
        callId: "C2",
        incidentId: "INC-000001",
        reason: "additional_caller",
        fromIncidentId: null,
        distanceMeters: expect.closeTo(80, 0) as number,
      },
      // The raise comes from the call type, yet the reason says caller_flags: no other reason fits (reported).
      {
        type: "IncidentReprioritised",
        at,
        incidentId: "INC-000001",
        from: 2,
        to: 1,
        reason: "caller_flags",
        note: "call C2",
      },
    ]);
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
    const received = s.state.calls.get("C2")?.receivedAt;
    const r = s.when({ kind: "SplitCall", callId: "C2" });
    const at = s.now;
    expect(r.events).toEqual<EngineEvent[]>([
      {
        type: "IncidentCreated",
        at,
        incidentId: "INC-000002",
        callType: "AID",
        priority: 2,
        ...near(50, 0),
        address: "",
        zone: null,
        receivedAt: received as number,
        answeredAt: null,
        splitFromIncidentId: "INC-000001",
      },
      {
        type: "CallAttached",
        at,
        callId: "C2",
        incidentId: "INC-000002",
        reason: "split",
        fromIncidentId: "INC-000001",
        distanceMeters: 0,
      },
      {
        type: "UnitsRecommended",
        at,
        incidentId: "INC-000002",
        callType: "AID",
        zone: null,
        slots: [noUnitFor("BLS unit", ["aid", "engine", "ladder"])],
        complete: false,
      },
    ]);
    expect(received).toBe(at - 1000);
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

import { describe, expect, it } from "vitest";
import type { EngineEvent } from "../model/events.ts";
import { mergedInText, otherTimelineLine, timelineText } from "./timeline-text.ts";

const at = 1_700_000_000_000;

// The exact words matter: the engine's timeline and the RMS's timeline table both store them.
describe("timelineText", () => {
  const cases: [EngineEvent, string | null][] = [
    [
      {
        type: "IncidentCreated",
        at,
        incidentId: "I-1",
        callType: "MED",
        priority: 2,
        lon: 0,
        lat: 0,
        address: "",
        zone: null,
        receivedAt: at,
        answeredAt: null,
        splitFromIncidentId: null,
      },
      "created as MED priority 2",
    ],
    [
      {
        type: "IncidentCreated",
        at,
        incidentId: "I-2",
        callType: "FIRE",
        priority: 1,
        lon: 0,
        lat: 0,
        address: "",
        zone: "Z1",
        receivedAt: at,
        answeredAt: at,
        splitFromIncidentId: "I-1",
      },
      "created as FIRE priority 1 (split from I-1)",
    ],
    [
      {
        type: "CallAttached",
        at,
        callId: "C-1",
        incidentId: "I-1",
        reason: "first_call",
        fromIncidentId: null,
        distanceMeters: 0,
      },
      null,
    ],
    [
      {
        type: "CallAttached",
        at,
        callId: "C-2",
        incidentId: "I-1",
        reason: "additional_caller",
        fromIncidentId: null,
        distanceMeters: 12,
      },
      "call C-2 attached (additional_caller)",
    ],
    [
      {
        type: "IncidentReprioritised",
        at,
        incidentId: "I-1",
        from: 3,
        to: 2,
        reason: "dispatcher",
        note: "",
      },
      "priority 3 -> 2 (dispatcher)",
    ],
    [
      {
        type: "IncidentReprioritised",
        at,
        incidentId: "I-1",
        from: 2,
        to: 1,
        reason: "overdue",
        note: "waited past its dispatch target",
      },
      "priority 2 -> 1 (overdue: waited past its dispatch target)",
    ],
    [
      {
        type: "IncidentStatusChanged",
        at,
        incidentId: "I-1",
        from: "pending",
        to: "dispatched",
        reason: "unit dispatched",
        disposition: null,
      },
      "pending -> dispatched (unit dispatched)",
    ],
    [
      {
        type: "IncidentStatusChanged",
        at,
        incidentId: "I-1",
        from: "cleared",
        to: "closed",
        reason: "dispatcher",
        disposition: "REPORT",
      },
      "cleared -> closed REPORT (dispatcher)",
    ],
    [
      { type: "IncidentsMerged", at, incidentId: "I-2", intoIncidentId: "I-1", callIds: [], unitIds: [] },
      "merged into I-1",
    ],
    [
      { type: "UnitReleased", at, unitId: "M1", incidentId: "I-1", reason: "preempted" },
      "M1 released (preempted)",
    ],
    [
      {
        type: "UnitStatusChanged",
        at,
        unitId: "M1",
        from: "dispatched",
        to: "en_route",
        incidentId: "I-1",
        reported: "ENR",
      },
      "M1 en_route",
    ],
    [
      {
        type: "UnitStatusChanged",
        at,
        unitId: "M1",
        from: "returning",
        to: "available",
        incidentId: null,
        reported: "AV",
      },
      null,
    ],
    [
      {
        type: "IncidentOverdue",
        at,
        incidentId: "I-1",
        priority: 2,
        waitedSeconds: 601,
        targetSeconds: 600,
        count: 1,
      },
      "overdue: waited 601 s of 600 s",
    ],
    [
      {
        type: "IncidentOverdue",
        at,
        incidentId: "I-1",
        priority: 1,
        waitedSeconds: 901,
        targetSeconds: 600,
        count: 2,
      },
      null,
    ],
    [{ type: "NoteAdded", at, incidentId: "I-1", author: "sup", text: "hello" }, null],
    [{ type: "UnitDispatched", at, unitId: "M1", incidentId: "I-1" }, null],
  ];

  it.each(cases.map(([event, text]) => ({ type: event.type, event, text })))(
    "$type writes $text",
    ({ event, text }) => {
      expect(timelineText(event)).toBe(text);
    },
  );

  it("writes a merge into the target's history with the calls it brought", () => {
    expect(
      mergedInText({
        type: "IncidentsMerged",
        at,
        incidentId: "I-2",
        intoIncidentId: "I-1",
        callIds: ["C-3", "C-4"],
        unitIds: ["M2"],
      }),
    ).toBe("I-2 merged in (calls C-3, C-4)");
  });

  it("writes a link into both incidents' histories", () => {
    const e: EngineEvent = { type: "IncidentsLinked", at, incidentId: "I-1", otherIncidentId: "I-2" };
    expect(timelineText(e)).toBe("linked with I-2");
    expect(otherTimelineLine(e)).toEqual({ incidentId: "I-2", text: "linked with I-1" });
  });

  it("writes a split into the history of the incident the call left", () => {
    const e: EngineEvent = {
      type: "CallAttached",
      at,
      callId: "C-2",
      incidentId: "I-2",
      reason: "split",
      fromIncidentId: "I-1",
      distanceMeters: 0,
    };
    expect(otherTimelineLine(e)).toEqual({ incidentId: "I-1", text: "call C-2 split off to I-2" });
    expect(otherTimelineLine({ ...e, reason: "first_call", fromIncidentId: null })).toBeNull();
  });
});

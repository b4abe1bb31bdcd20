import type { EngineEvent, IncidentsMerged } from "../model/events.ts";

/**
 * The line an event writes into the history of the incident it names (its `incidentId`), or
 * null when it writes none. The engine's timeline and the RMS's timeline table both take their
 * lines from here, so the two say the same thing in the same words.
 */
export function timelineText(e: EngineEvent): string | null {
  switch (e.type) {
    case "IncidentCreated": {
      const origin = e.splitFromIncidentId === null ? "" : ` (split from ${e.splitFromIncidentId})`;
      return `created as ${e.callType} priority ${e.priority}${origin}`;
    }
    case "CallAttached":
      // The first call is the incident's own; later ones say why they joined.
      return e.reason === "first_call" ? null : `call ${e.callId} attached (${e.reason})`;
    case "IncidentReprioritised":
      return `priority ${e.from} -> ${e.to} (${e.reason}${e.note === "" ? "" : `: ${e.note}`})`;
    case "IncidentStatusChanged": {
      const disposition = e.disposition === null ? "" : ` ${e.disposition}`;
      return `${e.from} -> ${e.to}${disposition} (${e.reason})`;
    }
    case "IncidentsMerged":
      return `merged into ${e.intoIncidentId}`;
    case "IncidentsLinked":
      return `linked with ${e.otherIncidentId}`;
    case "UnitReleased":
      return `${e.unitId} released (${e.reason})`;
    case "UnitStatusChanged":
      return e.incidentId === null ? null : `${e.unitId} ${e.to}`;
    case "IncidentOverdue":
      // The first alert of a wait goes in the history; the repeats are in the event stream.
      return e.count === 1 ? `overdue: waited ${e.waitedSeconds} s of ${e.targetSeconds} s` : null;
    case "IncidentShared":
      return `shared with ${e.toAgency}`;
    case "IncidentTransferred":
      return `offered to ${e.toAgency}${e.reason === "" ? "" : ` (${e.reason})`}`;
    case "IncidentShareEnded":
      return `no longer shared with ${e.toAgency} (${e.reason})`;
    case "IncidentTransferAnswered":
      return e.accepted
        ? `${e.toAgency} accepted the transfer${e.theirIncidentId === null ? "" : ` as ${e.theirIncidentId}`}`
        : `${e.toAgency} declined the transfer${e.reason === "" ? "" : `: ${e.reason}`}`;
    case "SharedIncidentUpdated":
      return null;
    case "CallReceived":
    case "CallTypeDefaulted":
    case "UnitsRecommended":
    case "NoteAdded":
    case "UnitDispatched":
    case "UnitLocationUpdated":
    case "UnitAdded":
    case "UnitChanged":
    case "UnitRetired":
    case "UnitChecked":
    case "UnitStatusOverdue":
    case "LeadershipChanged":
    case "IncomingIncidentReceived":
    case "IncomingIncidentUpdated":
    case "IncomingIncidentAccepted":
    case "IncomingIncidentDeclined":
    case "IncomingIncidentMerged":
      return null;
  }
}

/** The line a merge writes into the history of the incident merged into (`intoIncidentId`). */
export function mergedInText(e: IncidentsMerged): string {
  return `${e.incidentId} merged in (calls ${e.callIds.join(", ")})`;
}

/** A line an event writes into the history of a second incident it touches. */
export interface OtherTimelineLine {
  readonly incidentId: string;
  readonly text: string;
}

/**
 * The line an event writes into the history of the other incident it touches, besides the one
 * `timelineText` writes: the target of a merge, the other side of a link, the incident a split
 * call left. Null for every other event.
 */
export function otherTimelineLine(e: EngineEvent): OtherTimelineLine | null {
  switch (e.type) {
    case "IncidentsMerged":
      return { incidentId: e.intoIncidentId, text: mergedInText(e) };
    case "IncidentsLinked":
      return { incidentId: e.otherIncidentId, text: `linked with ${e.incidentId}` };
    case "CallAttached": {
      if (e.fromIncidentId === null) return null;
      const how = e.reason === "split" ? "split off to" : "moved to";
      return { incidentId: e.fromIncidentId, text: `call ${e.callId} ${how} ${e.incidentId}` };
    }
    default:
      return null;
  }
}

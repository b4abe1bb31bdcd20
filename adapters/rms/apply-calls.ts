import {
  otherTimelineLine,
  timelineText,
  type CallAttached,
  type CallReceived,
  type CallTypeDefaulted,
} from "../../engine/index.ts";
import type { EventKey, Rows } from "./apply-rows.ts";
import { timeline } from "./apply-timeline.ts";

export function callReceived(rows: Rows, e: CallReceived): void {
  const r = rows.run(
    `INSERT OR IGNORE INTO calls (id, incident_id, received_at, answered_at, lon, lat, address, call_type,
       requested_call_type, caller_number, flags, description, logged_at, attached_at)
     VALUES (?, NULL, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, NULL)`,
    [
      e.callId,
      e.receivedAt,
      e.answeredAt,
      e.lon,
      e.lat,
      e.address,
      e.callType,
      e.callerNumber,
      JSON.stringify(e.flags),
      e.description,
      e.at,
    ],
  );
  if (r.changes === 0) rows.issue("duplicate_call", `call ${e.callId} was already recorded`);
}

export function callTypeDefaulted(rows: Rows, e: CallTypeDefaulted): void {
  rows.run("UPDATE calls SET requested_call_type = ? WHERE id = ?", [e.requestedCode, e.callId]);
}

export function callAttached(rows: Rows, k: EventKey, e: CallAttached): void {
  const r = rows.run("UPDATE calls SET incident_id = ?, attached_at = ? WHERE id = ?", [
    e.incidentId,
    e.at,
    e.callId,
  ]);
  if (r.changes === 0) rows.issue("unknown_call", `call ${e.callId}`);
  rows.run(
    `INSERT OR IGNORE INTO call_attachments (input_seq, idx, call_id, incident_id, reason, from_incident_id,
       distance_m, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [k.inputSeq, k.index, e.callId, e.incidentId, e.reason, e.fromIncidentId, e.distanceMeters, e.at],
  );
  if (e.fromIncidentId !== null)
    timeline(rows, k, 1, e.fromIncidentId, e, otherTimelineLine(e)?.text ?? null);
  // The first call writes no line (null), but its incident changed all the same.
  timeline(rows, k, 0, e.incidentId, e, timelineText(e));
}

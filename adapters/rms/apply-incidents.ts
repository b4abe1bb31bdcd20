import {
  otherTimelineLine,
  timelineText,
  type IncidentCreated,
  type IncidentReprioritised,
  type IncidentsLinked,
  type IncidentStatusChanged,
  type NoteAdded,
} from "../../engine/index.ts";
import type { EventKey, Rows } from "./apply-rows.ts";
import { timeline, touchIncident } from "./apply-timeline.ts";

/** The incident's times as `evolve` sets them on each status: the same first-time rules. */
const INCIDENT_TIME_UPDATE: Record<IncidentStatusChanged["to"], string> = {
  pending: "cleared_at = NULL, closed_at = NULL, disposition = NULL",
  dispatched: "first_dispatched_at = COALESCE(first_dispatched_at, @at)",
  en_route: "first_en_route_at = COALESCE(first_en_route_at, @at)",
  on_scene: "first_on_scene_at = COALESCE(first_on_scene_at, @at)",
  cleared: "cleared_at = @at",
  closed: "cleared_at = COALESCE(cleared_at, @at), closed_at = @at, disposition = @disposition",
};

export function incidentCreated(rows: Rows, k: EventKey, e: IncidentCreated): void {
  const r = rows.run(
    `INSERT OR IGNORE INTO incidents (id, call_type, priority, initial_priority, status, lon, lat, address,
       zone, received_at, answered_at, created_at, split_from, updated_at)
     VALUES (?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      e.incidentId,
      e.callType,
      e.priority,
      e.priority,
      e.lon,
      e.lat,
      e.address,
      e.zone,
      e.receivedAt,
      e.answeredAt,
      e.at,
      e.splitFromIncidentId,
      e.at,
    ],
  );
  if (r.changes === 0) rows.issue("duplicate_incident", `incident ${e.incidentId} was already recorded`);
  timeline(rows, k, 0, e.incidentId, e, timelineText(e));
}

export function incidentReprioritised(rows: Rows, k: EventKey, e: IncidentReprioritised): void {
  rows.run("UPDATE incidents SET priority = ? WHERE id = ?", [e.to, e.incidentId]);
  rows.run(
    `INSERT OR IGNORE INTO priority_changes (input_seq, idx, incident_id, at, from_priority, to_priority,
       reason, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [k.inputSeq, k.index, e.incidentId, e.at, e.from, e.to, e.reason, e.note],
  );
  timeline(rows, k, 0, e.incidentId, e, timelineText(e));
}

export function incidentStatusChanged(rows: Rows, k: EventKey, e: IncidentStatusChanged): void {
  rows.run(`UPDATE incidents SET status = @to, ${INCIDENT_TIME_UPDATE[e.to]} WHERE id = @id`, {
    to: e.to,
    id: e.incidentId,
    ...(e.to === "pending" ? {} : { at: e.at }),
    ...(e.to === "closed" ? { disposition: e.disposition } : {}),
  });
  rows.run(
    `INSERT OR IGNORE INTO incident_status (input_seq, idx, incident_id, at, from_status, to_status, reason,
       disposition) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [k.inputSeq, k.index, e.incidentId, e.at, e.from, e.to, e.reason, e.disposition],
  );
  if (e.to === "closed" && e.disposition !== null)
    rows.run(
      "INSERT OR IGNORE INTO dispositions (input_seq, idx, incident_id, at, disposition) VALUES (?, ?, ?, ?, ?)",
      [k.inputSeq, k.index, e.incidentId, e.at, e.disposition],
    );
  timeline(rows, k, 0, e.incidentId, e, timelineText(e));
}

export function incidentsLinked(rows: Rows, k: EventKey, e: IncidentsLinked): void {
  rows.run(
    "INSERT OR IGNORE INTO links (input_seq, idx, incident_id, other_incident_id, at) VALUES (?, ?, ?, ?, ?)",
    [k.inputSeq, k.index, e.incidentId, e.otherIncidentId, e.at],
  );
  timeline(rows, k, 0, e.incidentId, e, timelineText(e));
  timeline(rows, k, 1, e.otherIncidentId, e, otherTimelineLine(e)?.text ?? null);
}

export function noteAdded(rows: Rows, k: EventKey, e: NoteAdded): void {
  rows.run(
    "INSERT OR IGNORE INTO notes (input_seq, idx, incident_id, at, author, text) VALUES (?, ?, ?, ?, ?, ?)",
    [k.inputSeq, k.index, e.incidentId, e.at, e.author, e.text],
  );
  touchIncident(rows, e.incidentId, e.at);
}

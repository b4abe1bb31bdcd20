import {
  timelineText,
  type IncidentOverdue,
  type LeadershipChanged,
  type UnitChecked,
  type UnitsRecommended,
  type UnitStatusOverdue,
} from "../../engine/index.ts";
import type { DecodedRejection } from "../nats/index.ts";
import type { EventKey, Rows } from "./apply-rows.ts";
import { timeline } from "./apply-timeline.ts";

export function unitChecked(rows: Rows, k: EventKey, e: UnitChecked): void {
  alert(rows, k, "unit_checked", null, e.unitId, e.at, {});
}

export function incidentOverdue(rows: Rows, k: EventKey, e: IncidentOverdue): void {
  const { priority, waitedSeconds, targetSeconds, count } = e;
  alert(rows, k, "incident_overdue", e.incidentId, null, e.at, {
    priority,
    waitedSeconds,
    targetSeconds,
    count,
  });
  // The engine's history keeps the first alert of a wait; the repeats (no line) are in the alerts
  // table only and leave the incident untouched.
  const text = timelineText(e);
  if (text !== null) timeline(rows, k, 0, e.incidentId, e, text);
}

/**
 * A change of the engine's leadership (a replica won a term): no incident's history, a row of
 * its own among the alerts, as the record of which replica led from which input on.
 */
export function leadershipChanged(rows: Rows, k: EventKey, e: LeadershipChanged): void {
  const { term, replica, claimId, previousTerm, previousReplica } = e;
  alert(rows, k, "leadership_changed", null, null, e.at, {
    term,
    replica,
    claimId,
    previousTerm,
    previousReplica,
  });
}

export function unitStatusOverdue(rows: Rows, k: EventKey, e: UnitStatusOverdue): void {
  const { status, sinceAt, limitSeconds, count } = e;
  alert(rows, k, "unit_status_overdue", e.incidentId, e.unitId, e.at, {
    status,
    sinceAt,
    limitSeconds,
    count,
  });
}

export function unitsRecommended(rows: Rows, k: EventKey, e: UnitsRecommended): void {
  const units = e.slots.map((s) => s.unit?.unitId ?? null);
  rows.run(
    `INSERT OR IGNORE INTO recommendations (input_seq, idx, incident_id, at, complete, units, body)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [
      k.inputSeq,
      k.index,
      e.incidentId,
      e.at,
      e.complete ? 1 : 0,
      JSON.stringify(units),
      JSON.stringify({ callType: e.callType, zone: e.zone, slots: e.slots }),
    ],
  );
}

/** An input the engine refused: one row per input, keyed by its sequence. */
export function rejection(rows: Rows, k: EventKey, inputId: string, r: DecodedRejection): void {
  rows.run(
    `INSERT OR IGNORE INTO rejections (input_seq, input_id, at, input_kind, code, reason, field)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [k.inputSeq, inputId, r.at, r.inputKind, r.code, r.reason, r.field ?? null],
  );
}

function alert(
  rows: Rows,
  k: EventKey,
  kind: string,
  incidentId: string | null,
  unitId: string | null,
  at: number,
  detail: object,
): void {
  rows.run(
    "INSERT OR IGNORE INTO alerts (input_seq, idx, kind, incident_id, unit_id, at, detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
    [k.inputSeq, k.index, kind, incidentId, unitId, at, JSON.stringify(detail)],
  );
}

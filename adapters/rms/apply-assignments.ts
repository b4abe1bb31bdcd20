import { timelineText, type UnitDispatched, type UnitReleased } from "../../engine/index.ts";
import type { EventKey, Rows } from "./apply-rows.ts";
import { timeline, touchIncident } from "./apply-timeline.ts";

/** A dispatch opens an assignment, keyed by its output, with the unit's type and agency then. */
export function unitDispatched(rows: Rows, k: EventKey, e: UnitDispatched): void {
  const { unitId, incidentId, at } = e;
  const unit = rows.get<{ unit_type: string; agency: string }>(
    "SELECT unit_type, agency FROM units WHERE id = ?",
    [unitId],
  );
  if (unit === undefined) rows.issue("unknown_unit", `dispatch of ${unitId} to ${incidentId}`);
  rows.run(
    `INSERT OR IGNORE INTO assignments (id, unit_id, unit_type, unit_agency, incident_id, dispatched_incident_id,
       dispatched_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [
      `${k.inputSeq}.${k.index}`,
      unitId,
      unit?.unit_type ?? "",
      unit?.agency ?? "",
      incidentId,
      incidentId,
      at,
    ],
  );
  rows.run("UPDATE units SET incident_id = ? WHERE id = ?", [incidentId, unitId]);
  touchIncident(rows, incidentId, at);
}

/** A release closes the unit's open assignment. */
export function unitReleased(rows: Rows, k: EventKey, e: UnitReleased): void {
  const r = rows.run(
    `UPDATE assignments SET released_at = ?, release_reason = ?
     WHERE unit_id = ? AND released_at IS NULL`,
    [e.at, e.reason, e.unitId],
  );
  if (r.changes === 0) rows.issue("unknown_assignment", `release of ${e.unitId} from ${e.incidentId}`);
  rows.run("UPDATE units SET incident_id = NULL WHERE id = ?", [e.unitId]);
  timeline(rows, k, 0, e.incidentId, e, timelineText(e));
}

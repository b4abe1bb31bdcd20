import {
  keepEarliestTimes,
  MERGE_EARLIEST_TIMES,
  otherTimelineLine,
  timelineText,
  type IncidentsMerged,
  type MergeTimes,
} from "../../engine/index.ts";
import type { EventKey, Rows } from "./apply-rows.ts";
import { timeline } from "./apply-timeline.ts";

/** The records database's column for each time the engine's merge rule compares. */
const TIME_COLUMN: Record<keyof MergeTimes, string> = {
  receivedAt: "received_at",
  answeredAt: "answered_at",
  firstDispatchedAt: "first_dispatched_at",
  firstEnRouteAt: "first_en_route_at",
  firstOnSceneAt: "first_on_scene_at",
};

/** The source's calls, units and open assignments move to the target, which keeps the earliest times. */
export function incidentsMerged(rows: Rows, k: EventKey, e: IncidentsMerged): void {
  const source = e.incidentId;
  const target = e.intoIncidentId;
  for (const callId of e.callIds) rows.run("UPDATE calls SET incident_id = ? WHERE id = ?", [target, callId]);
  for (const unitId of e.unitIds) {
    rows.run(
      "UPDATE assignments SET incident_id = ?, moved_at = ? WHERE unit_id = ? AND released_at IS NULL",
      [target, e.at, unitId],
    );
    rows.run("UPDATE units SET incident_id = ? WHERE id = ?", [target, unitId]);
  }
  rows.run("UPDATE incidents SET merged_into = ? WHERE id = ?", [target, source]);
  keepEarliest(rows, source, target);
  rows.run(
    `INSERT OR IGNORE INTO merges (input_seq, idx, incident_id, into_incident_id, at, call_ids, unit_ids)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [k.inputSeq, k.index, source, target, e.at, JSON.stringify(e.callIds), JSON.stringify(e.unitIds)],
  );
  timeline(rows, k, 0, source, e, timelineText(e));
  timeline(rows, k, 1, target, e, otherTimelineLine(e)?.text ?? null);
}

/** The target of a merge keeps the earliest of each time, by the engine's rule. */
function keepEarliest(rows: Rows, source: string, target: string): void {
  const sql = `SELECT ${MERGE_EARLIEST_TIMES.map((f) => `${TIME_COLUMN[f]} AS ${f}`).join(", ")} FROM incidents WHERE id = ?`;
  const s = rows.get<MergeTimes>(sql, [source]);
  const t = rows.get<MergeTimes>(sql, [target]);
  if (s === undefined || t === undefined) return;
  keepEarliestTimes(t, s);
  const assignments = MERGE_EARLIEST_TIMES.map((f) => `${TIME_COLUMN[f]} = ?`).join(", ");
  rows.run(`UPDATE incidents SET ${assignments} WHERE id = ?`, [
    ...MERGE_EARLIEST_TIMES.map((f) => t[f]),
    target,
  ]);
}

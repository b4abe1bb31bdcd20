import { mergedInText, timelineText, type IncidentsMerged } from "../../engine/index.ts";
import type { EventKey, Rows } from "./apply-rows.ts";
import { timeline } from "./apply-timeline.ts";

/** The times a merge target takes from its source when the source's are earlier. */
const EARLIEST_TIMES = [
  "received_at",
  "answered_at",
  "first_dispatched_at",
  "first_en_route_at",
  "first_on_scene_at",
];

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
  keepEarliestTimes(rows, source, target);
  rows.run(
    `INSERT OR IGNORE INTO merges (input_seq, idx, incident_id, into_incident_id, at, call_ids, unit_ids)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [k.inputSeq, k.index, source, target, e.at, JSON.stringify(e.callIds), JSON.stringify(e.unitIds)],
  );
  timeline(rows, k, 0, source, e.at, timelineText(e));
  timeline(rows, k, 1, target, e.at, mergedInText(e));
}

/** The target of a merge keeps the earliest of each time, as the engine does. */
function keepEarliestTimes(rows: Rows, source: string, target: string): void {
  const sql = `SELECT ${EARLIEST_TIMES.join(", ")} FROM incidents WHERE id = ?`;
  const s = rows.get<Record<string, number | null>>(sql, [source]);
  const t = rows.get<Record<string, number | null>>(sql, [target]);
  if (s === undefined || t === undefined) return;
  const earliest = EARLIEST_TIMES.map((c) => minTime(t[c] ?? null, s[c] ?? null));
  rows.run(`UPDATE incidents SET ${EARLIEST_TIMES.map((c) => `${c} = ?`).join(", ")} WHERE id = ?`, [
    ...earliest,
    target,
  ]);
}

function minTime(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

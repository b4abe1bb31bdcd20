import type { EventKey, Rows } from "./apply-rows.ts";

/**
 * Writes line `n` of an event into an incident's timeline, at the event's instant and with its
 * operator (null when its input named none), and touches the incident; a null line only
 * touches it. The lines are the engine's own (`timelineText`, `mergedInText`).
 */
export function timeline(
  rows: Rows,
  k: EventKey,
  n: number,
  incidentId: string,
  e: { readonly at: number; readonly operator?: string | undefined },
  text: string | null,
): void {
  if (text !== null)
    rows.run(
      "INSERT OR IGNORE INTO timeline (input_seq, idx, n, incident_id, at, text, operator) VALUES (?, ?, ?, ?, ?, ?, ?)",
      [k.inputSeq, k.index, n, incidentId, e.at, text, e.operator ?? null],
    );
  touchIncident(rows, incidentId, e.at);
}

/** The incident changed at `at`: its `updated_at` moves on and its intervals are rewritten. */
export function touchIncident(rows: Rows, incidentId: string, at: number): void {
  rows.touched.add(incidentId);
  const r = rows.run("UPDATE incidents SET updated_at = MAX(updated_at, ?) WHERE id = ?", [at, incidentId]);
  if (r.changes === 0) rows.issue("unknown_incident", `incident ${incidentId}`);
}

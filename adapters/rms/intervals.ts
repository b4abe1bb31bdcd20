import type Database from "better-sqlite3";

/** The response intervals the records keep (see docs/rms.md for the exact start and end of each). */
export type IntervalKind = "answer" | "processing" | "turnout" | "travel" | "on_scene" | "response";

export const INTERVAL_KINDS: readonly IntervalKind[] = [
  "answer",
  "processing",
  "turnout",
  "travel",
  "on_scene",
  "response",
];

interface Row {
  readonly kind: IntervalKind;
  readonly subjectId: string;
  readonly unitId: string | null;
  readonly unitType: string | null;
  readonly start: number;
  readonly end: number;
  readonly firstOfType: boolean;
}

interface IncidentTimes {
  received_at: number;
  first_dispatched_at: number | null;
  first_on_scene_at: number | null;
  merged_into: string | null;
}

interface AssignmentTimes {
  id: string;
  unit_id: string;
  unit_type: string;
  dispatched_at: number;
  en_route_at: number | null;
  on_scene_at: number | null;
  transporting_at: number | null;
  released_at: number | null;
}

/**
 * Rewrites the intervals of these incidents from their rows, so an interval exists once
 * whatever happened before: a pure function of the incident, its calls and its assignments.
 */
export function refreshIntervals(db: Database.Database, incidentIds: Iterable<string>): void {
  const remove = db.prepare("DELETE FROM intervals WHERE incident_id = ?");
  const insert = db.prepare(
    `INSERT OR REPLACE INTO intervals (kind, subject_id, incident_id, unit_id, unit_type, start_at, end_at,
       seconds, first_of_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const incident = db.prepare(
    "SELECT received_at, first_dispatched_at, first_on_scene_at, merged_into FROM incidents WHERE id = ?",
  );
  const calls = db.prepare(
    "SELECT id, received_at, answered_at FROM calls WHERE incident_id = ? AND answered_at IS NOT NULL",
  );
  const assignments = db.prepare(
    `SELECT id, unit_id, unit_type, dispatched_at, en_route_at, on_scene_at, transporting_at, released_at
     FROM assignments WHERE incident_id = ? ORDER BY id`,
  );
  for (const id of incidentIds) {
    remove.run(id);
    const times = incident.get(id) as IncidentTimes | undefined;
    if (times === undefined) continue;
    const rows: Row[] = [];
    for (const c of calls.all(id) as { id: string; received_at: number; answered_at: number }[])
      rows.push(row("answer", c.id, c.received_at, c.answered_at));
    // An incident merged into another is counted there (with the earliest times of both).
    if (times.merged_into === null) {
      if (times.first_dispatched_at !== null)
        rows.push(row("processing", id, times.received_at, times.first_dispatched_at));
      if (times.first_on_scene_at !== null)
        rows.push(row("response", id, times.received_at, times.first_on_scene_at));
    }
    rows.push(...unitIntervals(assignments.all(id) as AssignmentTimes[]));
    for (const r of rows)
      insert.run(
        r.kind,
        r.subjectId,
        id,
        r.unitId,
        r.unitType,
        r.start,
        r.end,
        (r.end - r.start) / 1000,
        r.firstOfType ? 1 : 0,
      );
  }
}

function row(kind: IntervalKind, subjectId: string, start: number, end: number): Row {
  return { kind, subjectId, unitId: null, unitType: null, start, end, firstOfType: false };
}

/** Turnout, travel and time on scene of each dispatch; `firstOfType` marks the first unit of its type to arrive. */
function unitIntervals(assignments: readonly AssignmentTimes[]): Row[] {
  const firstArrival = new Map<string, AssignmentTimes>();
  for (const a of assignments) {
    if (a.on_scene_at === null) continue;
    const best = firstArrival.get(a.unit_type);
    if (best === undefined || a.on_scene_at < (best.on_scene_at as number)) firstArrival.set(a.unit_type, a);
  }
  const rows: Row[] = [];
  for (const a of assignments) {
    const first = firstArrival.get(a.unit_type) === a;
    const add = (kind: IntervalKind, start: number | null, end: number | null) => {
      if (start !== null && end !== null)
        rows.push({
          kind,
          subjectId: a.id,
          unitId: a.unit_id,
          unitType: a.unit_type,
          start,
          end,
          firstOfType: first,
        });
    };
    add("turnout", a.dispatched_at, a.en_route_at);
    add("travel", a.en_route_at, a.on_scene_at);
    add("on_scene", a.on_scene_at, a.transporting_at ?? a.released_at);
  }
  return rows;
}

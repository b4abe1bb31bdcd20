import type Database from "better-sqlite3";

export interface IncidentTimesRecord {
  readonly receivedAt: number;
  readonly answeredAt: number | null;
  readonly createdAt: number;
  readonly firstDispatchedAt: number | null;
  readonly firstEnRouteAt: number | null;
  readonly firstOnSceneAt: number | null;
  /** The latest clearance; null while open, also after a reopen (as the incidents row holds it). */
  readonly clearedAt: number | null;
  /** The latest closure; null while open, also after a reopen. */
  readonly closedAt: number | null;
  /** The first clearance or closure, from the status history: a reopen keeps it. */
  readonly firstClearedAt: number | null;
  /** The first closure, from the status history: a reopen keeps it. */
  readonly firstClosedAt: number | null;
}

export interface CallRecord {
  readonly id: string;
  readonly receivedAt: number;
  readonly answeredAt: number | null;
  readonly lon: number;
  readonly lat: number;
  readonly address: string;
  readonly callType: string;
  /** The type code the call came with when the engine did not know it (it used `callType`). */
  readonly requestedCallType: string | null;
  readonly callerNumber: string;
  readonly flags: readonly string[];
  readonly description: string;
  /** When it joined this incident (first call, another caller, or a split). */
  readonly attachedAt: number | null;
}

export interface AssignmentRecord {
  readonly id: string;
  readonly unitId: string;
  readonly unitType: string;
  readonly unitAgency: string;
  /** The incident the unit serves (a merge moves it); differs from the record's own id only for a merged-away incident. */
  readonly incidentId: string;
  readonly dispatchedIncidentId: string;
  readonly dispatchedAt: number;
  readonly enRouteAt: number | null;
  readonly onSceneAt: number | null;
  readonly transportingAt: number | null;
  readonly atHospitalAt: number | null;
  readonly releasedAt: number | null;
  readonly releaseReason: string | null;
  readonly movedAt: number | null;
}

export interface Dated {
  readonly incidentId: string;
  readonly at: number;
}

/** Everything the records hold about one incident: what an EIDO export carries, and its parse gives back. */
export interface IncidentRecord {
  readonly id: string;
  readonly callType: string;
  readonly priority: number;
  readonly status: string;
  readonly lon: number;
  readonly lat: number;
  readonly address: string;
  readonly zone: string | null;
  readonly times: IncidentTimesRecord;
  readonly disposition: string | null;
  readonly updatedAt: number;
  readonly mergedInto: Dated | null;
  readonly mergedFrom: readonly Dated[];
  readonly splitFrom: Dated | null;
  readonly splitInto: readonly Dated[];
  readonly links: readonly Dated[];
  readonly calls: readonly CallRecord[];
  readonly assignments: readonly AssignmentRecord[];
  readonly notes: readonly { readonly at: number; readonly author: string; readonly text: string }[];
  readonly dispositions: readonly { readonly at: number; readonly disposition: string }[];
  /** The incident's history; `operator` names who sent the input that wrote a line (null: a machine). */
  readonly timeline: readonly {
    readonly at: number;
    readonly text: string;
    readonly operator: string | null;
  }[];
}

type Row = Record<string, unknown>;
const num = (v: unknown) => v as number;
const numOrNull = (v: unknown) => (v === null ? null : (v as number));
const str = (v: unknown) => v as string;
const strOrNull = (v: unknown) => (v === null ? null : (v as string));

/** Reads one incident's record, or undefined when the records have no such incident. */
export function readIncidentRecord(db: Database.Database, id: string): IncidentRecord | undefined {
  const i = db.prepare("SELECT * FROM incidents WHERE id = ?").get(id) as Row | undefined;
  if (i === undefined) return undefined;
  const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Row[];
  const mergedInto = all(
    "SELECT into_incident_id, at FROM merges WHERE incident_id = ? ORDER BY input_seq, idx",
    id,
  );
  const lastMergedInto = mergedInto.at(-1);
  const splitFrom = strOrNull(i["split_from"]);
  return {
    id,
    callType: str(i["call_type"]),
    priority: num(i["priority"]),
    status: str(i["status"]),
    lon: num(i["lon"]),
    lat: num(i["lat"]),
    address: str(i["address"]),
    zone: strOrNull(i["zone"]),
    times: {
      receivedAt: num(i["received_at"]),
      answeredAt: numOrNull(i["answered_at"]),
      createdAt: num(i["created_at"]),
      firstDispatchedAt: numOrNull(i["first_dispatched_at"]),
      firstEnRouteAt: numOrNull(i["first_en_route_at"]),
      firstOnSceneAt: numOrNull(i["first_on_scene_at"]),
      clearedAt: numOrNull(i["cleared_at"]),
      closedAt: numOrNull(i["closed_at"]),
      firstClearedAt: firstStatusAt(db, id, "('cleared', 'closed')"),
      firstClosedAt: firstStatusAt(db, id, "('closed')"),
    },
    disposition: strOrNull(i["disposition"]),
    updatedAt: num(i["updated_at"]),
    mergedInto:
      lastMergedInto === undefined
        ? null
        : { incidentId: str(lastMergedInto["into_incident_id"]), at: num(lastMergedInto["at"]) },
    mergedFrom: all(
      "SELECT incident_id, at FROM merges WHERE into_incident_id = ? ORDER BY input_seq, idx",
      id,
    ).map((r) => ({ incidentId: str(r["incident_id"]), at: num(r["at"]) })),
    splitFrom: splitFrom === null ? null : { incidentId: splitFrom, at: num(i["created_at"]) },
    splitInto: all(
      "SELECT id, created_at FROM incidents WHERE split_from = ? ORDER BY created_at, id",
      id,
    ).map((r) => ({ incidentId: str(r["id"]), at: num(r["created_at"]) })),
    links: all(
      `SELECT other_incident_id AS other, at, input_seq, idx FROM links WHERE incident_id = ?
       UNION ALL SELECT incident_id, at, input_seq, idx FROM links WHERE other_incident_id = ?
       ORDER BY input_seq, idx`,
      id,
      id,
    ).map((r) => ({ incidentId: str(r["other"]), at: num(r["at"]) })),
    calls: all("SELECT * FROM calls WHERE incident_id = ? ORDER BY received_at, id", id).map(callRecord),
    assignments: all(
      "SELECT * FROM assignments WHERE incident_id = ? OR dispatched_incident_id = ? ORDER BY dispatched_at, id",
      id,
      id,
    ).map(assignmentRecord),
    notes: all("SELECT at, author, text FROM notes WHERE incident_id = ? ORDER BY input_seq, idx", id).map(
      (r) => ({ at: num(r["at"]), author: str(r["author"]), text: str(r["text"]) }),
    ),
    dispositions: all(
      "SELECT at, disposition FROM dispositions WHERE incident_id = ? ORDER BY input_seq, idx",
      id,
    ).map((r) => ({ at: num(r["at"]), disposition: str(r["disposition"]) })),
    timeline: all(
      "SELECT at, text, operator FROM timeline WHERE incident_id = ? ORDER BY input_seq, idx, n",
      id,
    ).map((r) => ({ at: num(r["at"]), text: str(r["text"]), operator: strOrNull(r["operator"]) })),
  };
}

function callRecord(r: Row): CallRecord {
  return {
    id: str(r["id"]),
    receivedAt: num(r["received_at"]),
    answeredAt: numOrNull(r["answered_at"]),
    lon: num(r["lon"]),
    lat: num(r["lat"]),
    address: str(r["address"]),
    callType: str(r["call_type"]),
    requestedCallType: strOrNull(r["requested_call_type"]),
    callerNumber: str(r["caller_number"]),
    flags: JSON.parse(str(r["flags"])) as string[],
    description: str(r["description"]),
    attachedAt: numOrNull(r["attached_at"]),
  };
}

function assignmentRecord(r: Row): AssignmentRecord {
  return {
    id: str(r["id"]),
    unitId: str(r["unit_id"]),
    unitType: str(r["unit_type"]),
    unitAgency: str(r["unit_agency"]),
    incidentId: str(r["incident_id"]),
    dispatchedIncidentId: str(r["dispatched_incident_id"]),
    dispatchedAt: num(r["dispatched_at"]),
    enRouteAt: numOrNull(r["en_route_at"]),
    onSceneAt: numOrNull(r["on_scene_at"]),
    transportingAt: numOrNull(r["transporting_at"]),
    atHospitalAt: numOrNull(r["at_hospital_at"]),
    releasedAt: numOrNull(r["released_at"]),
    releaseReason: strOrNull(r["release_reason"]),
    movedAt: numOrNull(r["moved_at"]),
  };
}

/** When the incident first entered one of `statuses` (an SQL list), from its status history. */
function firstStatusAt(db: Database.Database, id: string, statuses: string): number | null {
  const at = db
    .prepare(`SELECT MIN(at) FROM incident_status WHERE incident_id = ? AND to_status IN ${statuses}`)
    .pluck()
    .get(id);
  return numOrNull(at);
}

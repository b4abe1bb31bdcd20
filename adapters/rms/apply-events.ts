import type Database from "better-sqlite3";
import type {
  EngineEvent,
  IncidentsMerged,
  IncidentStatusChanged,
  UnitAdded,
  UnitChanged,
  UnitStatusChanged,
} from "../../engine/index.ts";
import type { DecodedRejection } from "../nats/index.ts";

/** The output an event came in: its identity in the engine's log. */
export interface EventKey {
  readonly inputSeq: number;
  readonly index: number;
}

/** Something the applier could not record as the event said (an unknown reference...). */
export type IssueSink = (kind: string, detail: string) => void;

const MILESTONE_COLUMN: Partial<Record<string, string>> = {
  en_route: "en_route_at",
  on_scene: "on_scene_at",
  transporting: "transporting_at",
  at_hospital: "at_hospital_at",
};

const INCIDENT_TIME_UPDATE: Record<IncidentStatusChanged["to"], string> = {
  pending: "cleared_at = NULL, closed_at = NULL, disposition = NULL",
  dispatched: "first_dispatched_at = COALESCE(first_dispatched_at, @at)",
  en_route: "first_en_route_at = COALESCE(first_en_route_at, @at)",
  on_scene: "first_on_scene_at = COALESCE(first_on_scene_at, @at)",
  cleared: "cleared_at = @at",
  closed: "cleared_at = COALESCE(cleared_at, @at), closed_at = @at, disposition = @disposition",
};

/**
 * Maps each engine event onto rows of the records database, in the engine's own terms: the
 * incident row follows `evolve` (the same first-time rules, the same merge of times), and the
 * timeline gets the same lines the engine keeps. Every insert is keyed by the output.
 */
export class EventWriter {
  private readonly stmts = new Map<string, Database.Statement>();
  /** Incidents whose rows changed in this batch: their intervals are rewritten at the end. */
  readonly touched = new Set<string>();

  constructor(
    private readonly db: Database.Database,
    private readonly issue: IssueSink,
  ) {}

  private run(sql: string, params: Record<string, unknown> | unknown[] = []): Database.RunResult {
    let stmt = this.stmts.get(sql);
    if (stmt === undefined) {
      stmt = this.db.prepare(sql);
      this.stmts.set(sql, stmt);
    }
    return Array.isArray(params) ? stmt.run(...params) : stmt.run(params);
  }

  private get<T>(sql: string, params: unknown[]): T | undefined {
    let stmt = this.stmts.get(sql);
    if (stmt === undefined) {
      stmt = this.db.prepare(sql);
      this.stmts.set(sql, stmt);
    }
    return stmt.get(...params) as T | undefined;
  }

  private timeline(k: EventKey, n: number, incidentId: string, at: number, text: string): void {
    this.run("INSERT OR IGNORE INTO timeline VALUES (?, ?, ?, ?, ?, ?)", [
      k.inputSeq,
      k.index,
      n,
      incidentId,
      at,
      text,
    ]);
    this.touchIncident(incidentId, at);
  }

  private touchIncident(incidentId: string, at: number): void {
    this.touched.add(incidentId);
    const r = this.run("UPDATE incidents SET updated_at = MAX(updated_at, ?) WHERE id = ?", [at, incidentId]);
    if (r.changes === 0) this.issue("unknown_incident", `incident ${incidentId}`);
  }

  rejection(k: EventKey, inputId: string, r: DecodedRejection): void {
    this.run("INSERT OR IGNORE INTO rejections VALUES (?, ?, ?, ?, ?, ?, ?)", [
      k.inputSeq,
      inputId,
      r.at,
      r.inputKind,
      r.code,
      r.reason,
      r.field ?? null,
    ]);
  }

  event(k: EventKey, e: EngineEvent): void {
    switch (e.type) {
      case "CallReceived": {
        const r = this.run(
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
        if (r.changes === 0) this.issue("duplicate_call", `call ${e.callId} was already recorded`);
        return;
      }
      case "CallTypeDefaulted":
        this.run("UPDATE calls SET requested_call_type = ? WHERE id = ?", [e.requestedCode, e.callId]);
        return;
      case "IncidentCreated": {
        const r = this.run(
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
        if (r.changes === 0)
          this.issue("duplicate_incident", `incident ${e.incidentId} was already recorded`);
        const origin = e.splitFromIncidentId === null ? "" : ` (split from ${e.splitFromIncidentId})`;
        this.timeline(k, 0, e.incidentId, e.at, `created as ${e.callType} priority ${e.priority}${origin}`);
        return;
      }
      case "CallAttached": {
        const r = this.run("UPDATE calls SET incident_id = ?, attached_at = ? WHERE id = ?", [
          e.incidentId,
          e.at,
          e.callId,
        ]);
        if (r.changes === 0) this.issue("unknown_call", `call ${e.callId}`);
        this.run("INSERT OR IGNORE INTO call_attachments VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
          k.inputSeq,
          k.index,
          e.callId,
          e.incidentId,
          e.reason,
          e.fromIncidentId,
          e.distanceMeters,
          e.at,
        ]);
        if (e.fromIncidentId !== null) this.touchIncident(e.fromIncidentId, e.at);
        if (e.reason === "first_call") this.touchIncident(e.incidentId, e.at);
        else this.timeline(k, 0, e.incidentId, e.at, `call ${e.callId} attached (${e.reason})`);
        return;
      }
      case "IncidentReprioritised":
        this.run("UPDATE incidents SET priority = ? WHERE id = ?", [e.to, e.incidentId]);
        this.run("INSERT OR IGNORE INTO priority_changes VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
          k.inputSeq,
          k.index,
          e.incidentId,
          e.at,
          e.from,
          e.to,
          e.reason,
          e.note,
        ]);
        this.timeline(
          k,
          0,
          e.incidentId,
          e.at,
          `priority ${e.from} -> ${e.to} (${e.reason}${e.note === "" ? "" : `: ${e.note}`})`,
        );
        return;
      case "IncidentStatusChanged":
        return this.incidentStatus(k, e);
      case "IncidentsMerged":
        return this.merged(k, e);
      case "IncidentsLinked":
        this.run("INSERT OR IGNORE INTO links VALUES (?, ?, ?, ?, ?)", [
          k.inputSeq,
          k.index,
          e.incidentId,
          e.otherIncidentId,
          e.at,
        ]);
        this.touchIncident(e.incidentId, e.at);
        this.touchIncident(e.otherIncidentId, e.at);
        return;
      case "NoteAdded":
        this.run("INSERT OR IGNORE INTO notes VALUES (?, ?, ?, ?, ?, ?)", [
          k.inputSeq,
          k.index,
          e.incidentId,
          e.at,
          e.author,
          e.text,
        ]);
        this.touchIncident(e.incidentId, e.at);
        return;
      case "UnitDispatched":
        return this.dispatched(k, e.unitId, e.incidentId, e.at);
      case "UnitReleased": {
        const r = this.run(
          `UPDATE assignments SET released_at = ?, release_reason = ?
           WHERE unit_id = ? AND released_at IS NULL`,
          [e.at, e.reason, e.unitId],
        );
        if (r.changes === 0) this.issue("unknown_assignment", `release of ${e.unitId} from ${e.incidentId}`);
        this.run("UPDATE units SET incident_id = NULL WHERE id = ?", [e.unitId]);
        this.timeline(k, 0, e.incidentId, e.at, `${e.unitId} released (${e.reason})`);
        return;
      }
      case "UnitStatusChanged":
        return this.unitStatus(k, e);
      case "UnitLocationUpdated":
        this.run("UPDATE units SET lon = ?, lat = ?, fix_at = ? WHERE id = ?", [
          e.lon,
          e.lat,
          e.fixAt,
          e.unitId,
        ]);
        return;
      case "UnitAdded":
        return this.roster(e);
      case "UnitChanged":
        return this.roster(e);
      case "UnitRetired":
        this.run("UPDATE units SET retired_at = ? WHERE id = ?", [e.at, e.unitId]);
        return;
      case "UnitChecked":
        return this.alert(k, "unit_checked", null, e.unitId, e.at, {});
      case "IncidentOverdue": {
        const { priority, waitedSeconds, targetSeconds, count } = e;
        this.alert(k, "incident_overdue", e.incidentId, null, e.at, {
          priority,
          waitedSeconds,
          targetSeconds,
          count,
        });
        // The engine's history keeps the first alert of a wait; the repeats are in the alerts table.
        if (count === 1)
          this.timeline(k, 0, e.incidentId, e.at, `overdue: waited ${waitedSeconds} s of ${targetSeconds} s`);
        return;
      }
      case "UnitStatusOverdue": {
        const { status, sinceAt, limitSeconds, count } = e;
        return this.alert(k, "unit_status_overdue", e.incidentId, e.unitId, e.at, {
          status,
          sinceAt,
          limitSeconds,
          count,
        });
      }
      case "UnitsRecommended": {
        const units = e.slots.map((s) => s.unit?.unitId ?? null);
        this.run("INSERT OR IGNORE INTO recommendations VALUES (?, ?, ?, ?, ?, ?, ?)", [
          k.inputSeq,
          k.index,
          e.incidentId,
          e.at,
          e.complete ? 1 : 0,
          JSON.stringify(units),
          JSON.stringify({ callType: e.callType, zone: e.zone, slots: e.slots }),
        ]);
        return;
      }
    }
  }

  private alert(
    k: EventKey,
    kind: string,
    incidentId: string | null,
    unitId: string | null,
    at: number,
    detail: object,
  ): void {
    this.run("INSERT OR IGNORE INTO alerts VALUES (?, ?, ?, ?, ?, ?, ?)", [
      k.inputSeq,
      k.index,
      kind,
      incidentId,
      unitId,
      at,
      JSON.stringify(detail),
    ]);
  }

  private incidentStatus(k: EventKey, e: IncidentStatusChanged): void {
    this.run(`UPDATE incidents SET status = @to, ${INCIDENT_TIME_UPDATE[e.to]} WHERE id = @id`, {
      to: e.to,
      id: e.incidentId,
      ...(e.to === "pending" ? {} : { at: e.at }),
      ...(e.to === "closed" ? { disposition: e.disposition } : {}),
    });
    this.run("INSERT OR IGNORE INTO incident_status VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
      k.inputSeq,
      k.index,
      e.incidentId,
      e.at,
      e.from,
      e.to,
      e.reason,
      e.disposition,
    ]);
    if (e.to === "closed" && e.disposition !== null)
      this.run("INSERT OR IGNORE INTO dispositions VALUES (?, ?, ?, ?, ?)", [
        k.inputSeq,
        k.index,
        e.incidentId,
        e.at,
        e.disposition,
      ]);
    const disposition = e.disposition === null ? "" : ` ${e.disposition}`;
    this.timeline(k, 0, e.incidentId, e.at, `${e.from} -> ${e.to}${disposition} (${e.reason})`);
  }

  private merged(k: EventKey, e: IncidentsMerged): void {
    const source = e.incidentId;
    const target = e.intoIncidentId;
    for (const callId of e.callIds)
      this.run("UPDATE calls SET incident_id = ? WHERE id = ?", [target, callId]);
    for (const unitId of e.unitIds) {
      this.run(
        "UPDATE assignments SET incident_id = ?, moved_at = ? WHERE unit_id = ? AND released_at IS NULL",
        [target, e.at, unitId],
      );
      this.run("UPDATE units SET incident_id = ? WHERE id = ?", [target, unitId]);
    }
    this.run("UPDATE incidents SET merged_into = ? WHERE id = ?", [target, source]);
    this.keepEarliestTimes(source, target);
    this.run("INSERT OR IGNORE INTO merges VALUES (?, ?, ?, ?, ?, ?, ?)", [
      k.inputSeq,
      k.index,
      source,
      target,
      e.at,
      JSON.stringify(e.callIds),
      JSON.stringify(e.unitIds),
    ]);
    this.timeline(k, 0, source, e.at, `merged into ${target}`);
    this.timeline(k, 1, target, e.at, `${source} merged in (calls ${e.callIds.join(", ")})`);
  }

  /** The target of a merge keeps the earliest of each time, as the engine does. */
  private keepEarliestTimes(source: string, target: string): void {
    const columns = [
      "received_at",
      "answered_at",
      "first_dispatched_at",
      "first_en_route_at",
      "first_on_scene_at",
    ];
    const sql = `SELECT ${columns.join(", ")} FROM incidents WHERE id = ?`;
    const s = this.get<Record<string, number | null>>(sql, [source]);
    const t = this.get<Record<string, number | null>>(sql, [target]);
    if (s === undefined || t === undefined) return;
    const earliest = columns.map((c) => minTime(t[c] ?? null, s[c] ?? null));
    this.run(`UPDATE incidents SET ${columns.map((c) => `${c} = ?`).join(", ")} WHERE id = ?`, [
      ...earliest,
      target,
    ]);
  }

  private dispatched(k: EventKey, unitId: string, incidentId: string, at: number): void {
    const unit = this.get<{ unit_type: string; agency: string }>(
      "SELECT unit_type, agency FROM units WHERE id = ?",
      [unitId],
    );
    if (unit === undefined) this.issue("unknown_unit", `dispatch of ${unitId} to ${incidentId}`);
    this.run(
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
    this.run("UPDATE units SET incident_id = ? WHERE id = ?", [incidentId, unitId]);
    this.touchIncident(incidentId, at);
  }

  private unitStatus(k: EventKey, e: UnitStatusChanged): void {
    this.run("INSERT OR IGNORE INTO unit_status VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
      k.inputSeq,
      k.index,
      e.unitId,
      e.at,
      e.from,
      e.to,
      e.reported,
      e.incidentId,
    ]);
    const r = this.run("UPDATE units SET status = ?, status_since = ? WHERE id = ?", [e.to, e.at, e.unitId]);
    if (r.changes === 0) this.issue("unknown_unit", `status of ${e.unitId}`);
    const column = MILESTONE_COLUMN[e.to];
    if (column !== undefined)
      this.run(
        `UPDATE assignments SET ${column} = COALESCE(${column}, ?) WHERE unit_id = ? AND released_at IS NULL`,
        [e.at, e.unitId],
      );
    if (e.incidentId !== null) this.timeline(k, 0, e.incidentId, e.at, `${e.unitId} ${e.to}`);
  }

  private roster(e: UnitAdded | UnitChanged): void {
    const station = e.station;
    const values = [
      e.unitType,
      e.agency,
      JSON.stringify(e.capabilities),
      station?.id ?? null,
      station?.lon ?? null,
      station?.lat ?? null,
      e.crew,
    ];
    if (e.type === "UnitChanged") {
      const r = this.run(
        `UPDATE units SET unit_type = ?, agency = ?, capabilities = ?, station_id = ?, station_lon = ?,
           station_lat = ?, crew = ? WHERE id = ?`,
        [...values, e.unitId],
      );
      if (r.changes === 0) this.issue("unknown_unit", `change of ${e.unitId}`);
      return;
    }
    // A unit may come back to the roster after it was retired: the row is renewed.
    this.run(
      `INSERT INTO units (unit_type, agency, capabilities, station_id, station_lon, station_lat, crew, id,
         status, status_since, incident_id, lon, lat, fix_at, added_at, retired_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'available', ?, NULL, NULL, NULL, NULL, ?, NULL)
       ON CONFLICT (id) DO UPDATE SET unit_type = excluded.unit_type, agency = excluded.agency,
         capabilities = excluded.capabilities, station_id = excluded.station_id,
         station_lon = excluded.station_lon, station_lat = excluded.station_lat, crew = excluded.crew,
         status = 'available', status_since = excluded.status_since, incident_id = NULL,
         added_at = excluded.added_at, retired_at = NULL`,
      [...values, e.unitId, e.at, e.at],
    );
  }
}

function minTime(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

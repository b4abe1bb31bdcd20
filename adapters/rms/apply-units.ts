import {
  timelineText,
  type UnitAdded,
  type UnitChanged,
  type UnitLocationUpdated,
  type UnitRetired,
  type UnitStatusChanged,
} from "../../engine/index.ts";
import type { EventKey, Rows } from "./apply-rows.ts";
import { timeline } from "./apply-timeline.ts";

/** The assignment's column for the first time its unit reached each milestone status. */
const MILESTONE_COLUMN: Partial<Record<string, string>> = {
  en_route: "en_route_at",
  on_scene: "on_scene_at",
  transporting: "transporting_at",
  at_hospital: "at_hospital_at",
};

/** A unit joins the roster (or comes back to it after it was retired), or its roster entry changes. */
export function unitRoster(rows: Rows, e: UnitAdded | UnitChanged): void {
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
    const r = rows.run(
      `UPDATE units SET unit_type = ?, agency = ?, capabilities = ?, station_id = ?, station_lon = ?,
         station_lat = ?, crew = ? WHERE id = ?`,
      [...values, e.unitId],
    );
    if (r.changes === 0) rows.issue("unknown_unit", `change of ${e.unitId}`);
    return;
  }
  // A unit may come back to the roster after it was retired: the row is renewed.
  rows.run(
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

export function unitLocationUpdated(rows: Rows, e: UnitLocationUpdated): void {
  rows.run("UPDATE units SET lon = ?, lat = ?, fix_at = ? WHERE id = ?", [e.lon, e.lat, e.fixAt, e.unitId]);
}

export function unitRetired(rows: Rows, e: UnitRetired): void {
  rows.run("UPDATE units SET retired_at = ? WHERE id = ?", [e.at, e.unitId]);
}

export function unitStatusChanged(rows: Rows, k: EventKey, e: UnitStatusChanged): void {
  rows.run(
    `INSERT OR IGNORE INTO unit_status (input_seq, idx, unit_id, at, from_status, to_status, reported,
       incident_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [k.inputSeq, k.index, e.unitId, e.at, e.from, e.to, e.reported, e.incidentId],
  );
  const r = rows.run("UPDATE units SET status = ?, status_since = ? WHERE id = ?", [e.to, e.at, e.unitId]);
  if (r.changes === 0) rows.issue("unknown_unit", `status of ${e.unitId}`);
  const column = MILESTONE_COLUMN[e.to];
  if (column !== undefined)
    rows.run(
      `UPDATE assignments SET ${column} = COALESCE(${column}, ?) WHERE unit_id = ? AND released_at IS NULL`,
      [e.at, e.unitId],
    );
  if (e.incidentId !== null) timeline(rows, k, 0, e.incidentId, e, timelineText(e));
}

import { haversineMeters } from "../../engine/index.ts";
import type { SeattleFireData, SeattleStation } from "./types.ts";
import { unitKind } from "./units.ts";
import type { UnitKind } from "./units.ts";

/** One (incident type, unit kind) cell of the straight-line baseline. */
export interface BaselineRow {
  incidentType: string;
  kind: UnitKind;
  /** Incidents counted: inside the city, with a unit of this kind of known home in the first group. */
  n: number;
  /** Of those, incidents whose unit came from the nearest station housing this kind. */
  hits: number;
  /** hits / n. */
  share: number;
  /** Inside-city incidents of this type whose first group has no unit of this kind (not counted). */
  withoutKind: number;
  /** Inside-city incidents whose first-group units of this kind all lack a home station (not counted). */
  unknownHome: number;
}

/** Options for {@link straightLineBaseline}. */
export interface BaselineOptions {
  /** Kinds to score; default all but "other". */
  kinds?: readonly UnitKind[];
  /** Let reserve apparatus define which stations "house" a kind. Default false. */
  includeReserve?: boolean;
}

/**
 * The straight-line figures published for 2017-06-01..2017-06-19, as shares in 0..1. This module
 * reproduces them to within 0.1 point (0.6 for medic) with: the 2017 apparatus list, the oldest
 * row as the first group, the first-listed unit of the kind, the `inside_city_limits` flag, and
 * incidents without a unit of the kind left out. The choices that move it most: the 2016
 * apparatus file drops Aid Response -> aid to ~58%, and counting incidents without a unit of the
 * kind as misses drops it to ~35%.
 */
export const PUBLISHED_SEATTLE_BASELINE: readonly { incidentType: string; kind: UnitKind; share: number }[] =
  [
    { incidentType: "Aid Response", kind: "aid", share: 0.906 },
    { incidentType: "Aid Response", kind: "engine", share: 0.692 },
    { incidentType: "Medic Response", kind: "medic", share: 0.752 },
    { incidentType: "Auto Fire Alarm", kind: "engine", share: 0.6 },
  ];

// Only stations at the same position tie. A looser tolerance buys nothing: a station 0.5 m
// farther is within geocoding error either way, and counting it flips single incidents.
const TIE_METERS = 0.001;

export { haversineMeters };

/**
 * The "send the unit from the nearest station" baseline: for inside-city incidents, looks at the
 * first unit group only, with every unit at its home station, and for each (incident type, kind)
 * scores whether the first-listed unit of that kind (with a known home) is housed at the
 * great-circle-nearest station that houses a non-reserve unit of that kind. Incidents whose first
 * group has no such unit are left out of n (and reported in `withoutKind` / `unknownHome`).
 * Rows come sorted by n descending, then type and kind.
 */
export function straightLineBaseline(
  data: Pick<SeattleFireData, "stations" | "units" | "incidents">,
  options: BaselineOptions = {},
): BaselineRow[] {
  const kinds = new Set(options.kinds ?? (["engine", "ladder", "medic", "aid", "chief"] as const));
  const { homeOf, housing } = stationsByUnit(data, options.includeReserve === true);
  const cells = new Map<string, BaselineRow>();
  const typeTotals = new Map<string, number>();
  for (const incident of data.incidents) {
    if (!incident.insideCity || incident.lon === null || incident.lat === null) continue;
    typeTotals.set(incident.type, (typeTotals.get(incident.type) ?? 0) + 1);
    const firstGroup = incident.unitGroups[0] ?? [];
    for (const kind of kinds) {
      const sent = firstGroup.filter((unit) => unitKind(unit) === kind);
      if (sent.length === 0) continue;
      const home = sent.map((unit) => homeOf.get(unit)).find((station) => station !== undefined);
      score(cellFor(cells, incident.type, kind), home, housing.get(kind), incident.lon, incident.lat);
    }
  }

  return finishRows([...cells.values()], typeTotals);
}

function finishRows(rows: BaselineRow[], typeTotals: ReadonlyMap<string, number>): BaselineRow[] {
  for (const row of rows) {
    row.share = row.n > 0 ? row.hits / row.n : 0;
    row.withoutKind = (typeTotals.get(row.incidentType) ?? 0) - row.n - row.unknownHome;
  }
  return rows.sort((a, b) => b.n - a.n || compare(a.incidentType, b.incidentType) || compare(a.kind, b.kind));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Each unit's home station, and per kind the stations that house a (non-reserve) unit of it. */
function stationsByUnit(
  data: Pick<SeattleFireData, "stations" | "units">,
  includeReserve: boolean,
): { homeOf: Map<string, SeattleStation>; housing: Map<UnitKind, SeattleStation[]> } {
  const stationById = new Map(data.stations.map((s) => [s.id, s]));
  const homeOf = new Map<string, SeattleStation>();
  const housing = new Map<UnitKind, SeattleStation[]>();
  for (const unit of data.units) {
    const station = stationById.get(unit.stationId);
    if (!station) continue;
    homeOf.set(unit.id, station);
    if (unit.reserve && !includeReserve) continue;
    const list = housing.get(unit.kind) ?? [];
    if (!list.includes(station)) list.push(station);
    housing.set(unit.kind, list);
  }
  return { homeOf, housing };
}

function score(
  row: BaselineRow,
  home: SeattleStation | undefined,
  candidates: readonly SeattleStation[] | undefined,
  lon: number,
  lat: number,
): void {
  if (!home || !candidates || candidates.length === 0) {
    row.unknownHome++;
    return;
  }
  row.n++;
  // A home outside the candidate set (a reserve's station) is never "the nearest housing
  // station", however close it is.
  if (!candidates.includes(home)) return;
  const nearestMeters = Math.min(...candidates.map((s) => haversineMeters(lon, lat, s.lon, s.lat)));
  if (haversineMeters(lon, lat, home.lon, home.lat) <= nearestMeters + TIE_METERS) row.hits++;
}

function cellFor(cells: Map<string, BaselineRow>, incidentType: string, kind: UnitKind): BaselineRow {
  const key = `${incidentType}\u0000${kind}`;
  let row = cells.get(key);
  if (!row) {
    row = { incidentType, kind, n: 0, hits: 0, share: 0, withoutKind: 0, unknownHome: 0 };
    cells.set(key, row);
  }
  return row;
}

/** The row for one (incident type, kind), if any incident produced it. */
export function baselineRow(
  rows: readonly BaselineRow[],
  incidentType: string,
  kind: UnitKind,
): BaselineRow | undefined {
  return rows.find((row) => row.incidentType === incidentType && row.kind === kind);
}

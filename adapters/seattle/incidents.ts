import { localDateKey, parseDelimited, parseUsTimestamp, pacificToEpochMs } from "./parse.ts";
import type { SeattleIncident, SeattleLoadCounts, SeattleWindow } from "./types.ts";

/** One `historical/YYYY-MM-DD.tsv` file. */
export interface DayFile {
  date: string;
  text: string;
}

/** A geocoded address. */
export interface Geocode {
  lon: number;
  lat: number;
  insideCity: boolean;
}

/** Finds an address's geocode; `loose` says it matched only after normalisation. */
export type GeocodeLookup = (address: string) => { geocode: Geocode; loose: boolean } | null;

/** The subset of load counts the incident builder fills in. */
export type IncidentCounts = Pick<
  SeattleLoadCounts,
  | "rows"
  | "malformedRows"
  | "duplicateRows"
  | "repeatedUnitMentions"
  | "timestampConflicts"
  | "incidentsOutsideWindow"
  | "incidents"
  | "incidentsWithoutGeocode"
  | "incidentsOutsideCity"
  | "geocodesMatchedLoosely"
>;

const REQUIRED_COLUMNS = ["timestamp", "incident_number", "units", "location", "incident_type"] as const;

interface Draft {
  timestamp: string;
  localDate: string;
  at: number;
  type: string;
  address: string;
  unitGroups: string[][];
  seenUnits: Set<string>;
}

/**
 * Groups the rows of the day files into incidents. Files are taken in date order and each file's
 * rows bottom-up, because the page lists newest first: the first group is therefore the oldest
 * row, the incident's initial assignment. Only incidents created on a local day within the window
 * are returned, sorted by time then number.
 */
export function buildIncidents(
  files: readonly DayFile[],
  window: SeattleWindow,
  lookup: GeocodeLookup,
): { incidents: SeattleIncident[]; counts: IncidentCounts } {
  const counts: IncidentCounts = {
    rows: 0,
    malformedRows: 0,
    duplicateRows: 0,
    repeatedUnitMentions: 0,
    timestampConflicts: 0,
    incidentsOutsideWindow: 0,
    incidents: 0,
    incidentsWithoutGeocode: 0,
    incidentsOutsideCity: 0,
    geocodesMatchedLoosely: 0,
  };
  const drafts = new Map<string, Draft>();
  const seenRows = new Set<string>();
  const ordered = [...files].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const file of ordered) {
    const [header = [], ...rows] = parseDelimited(file.text, { delimiter: "\t", quotes: false });
    const col = columnIndexes(header, file.date);
    counts.rows += rows.length;
    for (const fields of rows.reverse()) {
      if (fields.length !== header.length) {
        counts.malformedRows++;
        continue;
      }
      const rowKey = fields.join("\t");
      if (seenRows.has(rowKey)) counts.duplicateRows++;
      seenRows.add(rowKey);
      if (!addRow(drafts, counts, (name) => (fields[col[name]] ?? "").trim())) counts.malformedRows++;
    }
  }
  const incidents: SeattleIncident[] = [];
  for (const [number, draft] of drafts) {
    if (draft.localDate < window.from || draft.localDate > window.to) {
      counts.incidentsOutsideWindow++;
      continue;
    }
    incidents.push(finish(number, draft, lookup, counts));
  }
  incidents.sort((a, b) => a.at - b.at || (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
  counts.incidents = incidents.length;
  return { incidents, counts };
}

type Column = (typeof REQUIRED_COLUMNS)[number];

function columnIndexes(header: string[], date: string): Record<Column, number> {
  const out = {} as Record<Column, number>;
  for (const name of REQUIRED_COLUMNS) {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`historical/${date}.tsv: missing column "${name}"`);
    out[name] = index;
  }
  return out;
}

/** Adds one row to its incident; false when the row is unusable. */
function addRow(drafts: Map<string, Draft>, counts: IncidentCounts, get: (name: Column) => string): boolean {
  const number = get("incident_number");
  const timestamp = get("timestamp");
  const existing = drafts.get(number);
  let draft = existing;
  if (!draft) {
    const local = parseUsTimestamp(timestamp);
    if (!number || !local) return false;
    draft = {
      timestamp,
      localDate: localDateKey(local),
      at: pacificToEpochMs(local),
      type: get("incident_type"),
      address: get("location"),
      unitGroups: [],
      seenUnits: new Set(),
    };
    drafts.set(number, draft);
  } else if (timestamp !== draft.timestamp) {
    counts.timestampConflicts++;
  }
  const group: string[] = [];
  for (const unit of get("units").split(/\s+/)) {
    if (!unit) continue;
    if (draft.seenUnits.has(unit)) {
      counts.repeatedUnitMentions++;
      continue;
    }
    draft.seenUnits.add(unit);
    group.push(unit);
  }
  if (group.length > 0) draft.unitGroups.push(group);
  return true;
}

function finish(
  number: string,
  draft: Draft,
  lookup: GeocodeLookup,
  counts: IncidentCounts,
): SeattleIncident {
  const found = lookup(draft.address);
  if (!found) counts.incidentsWithoutGeocode++;
  else if (!found.geocode.insideCity) counts.incidentsOutsideCity++;
  if (found?.loose) counts.geocodesMatchedLoosely++;
  return {
    number,
    at: draft.at,
    type: draft.type,
    address: draft.address,
    lon: found ? found.geocode.lon : null,
    lat: found ? found.geocode.lat : null,
    insideCity: found ? found.geocode.insideCity : false,
    unitGroups: draft.unitGroups,
  };
}

/** Normalises an address the way the geocode cache keyed it: lower case, single spaces. */
export function normaliseAddress(address: string): string {
  return address.trim().toLowerCase().replace(/\s+/g, " ");
}

/** Builds a lookup from `address → geocode`, exact first, then normalised. */
export function makeGeocodeLookup(entries: Iterable<readonly [string, Geocode]>): GeocodeLookup {
  const exact = new Map<string, Geocode>();
  const loose = new Map<string, Geocode>();
  for (const [address, geocode] of entries) {
    exact.set(address, geocode);
    const key = normaliseAddress(address);
    if (!loose.has(key)) loose.set(key, geocode);
  }
  return (address) => {
    const hit = exact.get(address);
    if (hit) return { geocode: hit, loose: false };
    const near = loose.get(normaliseAddress(address));
    return near ? { geocode: near, loose: true } : null;
  };
}

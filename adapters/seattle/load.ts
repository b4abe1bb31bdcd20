import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { buildIncidents, makeGeocodeLookup } from "./incidents.ts";
import type { DayFile, Geocode } from "./incidents.ts";
import { parseTable } from "./parse.ts";
import type {
  SeattleFireData,
  SeattleIncident,
  SeattleStation,
  SeattleUnit,
  SeattleWindow,
} from "./types.ts";
import { apparatusCellIds, unitKind } from "./units.ts";

/** The days this copy of the log holds. */
export const SEATTLE_DEFAULT_WINDOW: SeattleWindow = { from: "2017-06-01", to: "2017-06-19" };

// apparatus-locations.csv misses these two although the June 2017 calls use them; SOURCE.md
// names them, and both the 2016 joined file and the later stations.json agree on their homes.
const GAP_FILL_FROM_2016 = ["M16", "L7"] as const;

const CSV = { delimiter: ",", quotes: true } as const;
const TSV = { delimiter: "\t", quotes: false } as const;

/**
 * Loads the Seattle Fire Real-Time 911 log for the local days [from, to] (inclusive) with its
 * stations, apparatus homes and address geocodes. `dataDir` is the folder holding
 * `seattle-fire-2017/` and `seattle-fire-geocodes/`.
 */
export async function loadSeattleFire(
  dataDir: string,
  window: SeattleWindow = SEATTLE_DEFAULT_WINDOW,
): Promise<SeattleFireData> {
  const fireDir = join(dataDir, "seattle-fire-2017");
  const geoDir = join(dataDir, "seattle-fire-geocodes");
  checkWindow(window);
  for (const dir of [fireDir, geoDir]) {
    if (!existsSync(dir)) throw new Error(`Seattle Fire data not found: ${dir}`);
  }

  const stations = await loadStations(fireDir);
  const { units, skipped } = await loadUnits(fireDir, new Set(stations.map((s) => s.id)));
  const { files, missingDays } = await readDayFiles(join(fireDir, "historical"), window);
  const lookup = makeGeocodeLookup(await loadGeocodes(geoDir));
  const { incidents, counts } = buildIncidents(files, window, lookup);
  const mentions = countUnitMentions(incidents, new Set(units.map((u) => u.id)));

  return {
    from: window.from,
    to: window.to,
    stations,
    units,
    incidents,
    counts: { ...counts, ...mentions, filesRead: files.length, missingDays, apparatusRowsSkipped: skipped },
  };
}

async function readTable(path: string, options: typeof CSV | typeof TSV): Promise<Record<string, string>[]> {
  return parseTable(await readFile(path, "utf8"), options).records;
}

function parseCoordinate(text: string | undefined, what: string): number {
  const value = Number(text);
  if (text === undefined || text.trim() === "" || !Number.isFinite(value)) {
    throw new Error(`${what}: bad coordinate "${text ?? ""}"`);
  }
  return value;
}

// Coordinates come from stations-geocoded.csv only: stations.json (seattle-fire-geocodes) copies
// HQ's position onto station 2, which would move Belltown's units about 2 km south-east.
async function loadStations(fireDir: string): Promise<SeattleStation[]> {
  const names = new Map<string, string>([["FMO", "Fire Marshal's Office"]]);
  const wikiPath = join(fireDir, "apparatus-wikipedia.tsv");
  if (existsSync(wikiPath)) {
    for (const row of await readTable(wikiPath, TSV)) {
      if (row["station"] && row["neighborhood"]) names.set(row["station"], row["neighborhood"]);
    }
  }
  const rows = await readTable(join(fireDir, "stations-geocoded.csv"), CSV);
  return rows.map((row) => {
    const id = (row["station"] ?? "").trim();
    return {
      id,
      name: names.get(id) ?? `Station ${id}`,
      address: row["address"] ?? "",
      lon: parseCoordinate(row["lon"], `station ${id} lon`),
      lat: parseCoordinate(row["lat"], `station ${id} lat`),
    };
  });
}

// Source choice for June 2017: apparatus-locations.csv (built in 2017 from Wikipedia), not the
// 2016-12 joined file. The 2017 list has the June assignments: Station 31's units are out at
// other stations (E31 at 17, M31 at 35, A31 at 24, L5 at 39, all "temporarily"), L13 is at 37,
// and aid cars A4/A10/A31 exist. With the 2016 file the Aid Response → aid car straight-line match
// drops from ~90% to ~58%, far from the published baseline; with this list it reproduces it.
async function loadUnits(
  fireDir: string,
  stationIds: ReadonlySet<string>,
): Promise<{ units: SeattleUnit[]; skipped: number }> {
  const units = new Map<string, SeattleUnit>();
  let skipped = 0;
  for (const row of await readTable(join(fireDir, "apparatus-locations.csv"), CSV)) {
    const stationId = (row["station"] ?? "").trim();
    const ids = apparatusCellIds(row["apparatus"] ?? "");
    if (ids.length === 0 || !stationIds.has(stationId)) {
      skipped++;
      continue;
    }
    const reserve = /reserve/i.test(row["apparatus_note"] ?? "");
    for (const id of ids) {
      if (!units.has(id)) units.set(id, { id, kind: unitKind(id), stationId, reserve });
    }
  }
  await fillGapsFrom2016(fireDir, stationIds, units);
  return { units: [...units.values()], skipped };
}

async function fillGapsFrom2016(
  fireDir: string,
  stationIds: ReadonlySet<string>,
  units: Map<string, SeattleUnit>,
): Promise<void> {
  const path = join(fireDir, "apparatus-stations-geocoded-2016.csv");
  if (!existsSync(path)) return;
  const wanted: ReadonlySet<string> = new Set(GAP_FILL_FROM_2016);
  for (const row of await readTable(path, CSV)) {
    const id = (row["apparatus"] ?? "").trim();
    const stationId = (row["station"] ?? "").trim();
    if (!wanted.has(id) || units.has(id) || !stationIds.has(stationId)) continue;
    units.set(id, { id, kind: unitKind(id), stationId, reserve: false });
  }
}

function checkWindow(window: SeattleWindow): void {
  for (const day of [window.from, window.to]) {
    const ms = Date.parse(`${day}T00:00:00Z`);
    // The round trip rejects dates such as 2017-06-31 that some parsers roll over.
    if (
      !/^\d{4}-\d{2}-\d{2}$/.test(day) ||
      Number.isNaN(ms) ||
      new Date(ms).toISOString().slice(0, 10) !== day
    ) {
      throw new Error(`bad day "${day}", expected YYYY-MM-DD`);
    }
  }
  if (window.from > window.to) throw new Error(`empty window ${window.from}..${window.to}`);
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

// Reads the window's days plus the next one: an incident created just before midnight on `to`
// can have later unit groups in the following day's file.
async function readDayFiles(
  dir: string,
  window: SeattleWindow,
): Promise<{ files: DayFile[]; missingDays: string[] }> {
  const files: DayFile[] = [];
  const missingDays: string[] = [];
  const last = addDays(window.to, 1);
  for (let date = window.from; date <= last; date = addDays(date, 1)) {
    const path = join(dir, `${date}.tsv`);
    if (existsSync(path)) files.push({ date, text: await readFile(path, "utf8") });
    else if (date !== last) missingDays.push(date);
  }
  return { files, missingDays };
}

async function loadGeocodes(geoDir: string): Promise<[string, Geocode][]> {
  const rows = await readTable(join(geoDir, "incident_address_geocodes.csv"), CSV);
  const out: [string, Geocode][] = [];
  for (const row of rows) {
    const lon = Number(row["lon"]);
    const lat = Number(row["lat"]);
    // A row without usable coordinates is no geocode at all; its incidents count as unmatched.
    if (!row["lon"] || !row["lat"] || !Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    out.push([row["address"] ?? "", { lon, lat, insideCity: row["inside_city_limits"] === "1" }]);
  }
  return out;
}

function countUnitMentions(
  incidents: readonly SeattleIncident[],
  knownUnits: ReadonlySet<string>,
): { unitMentions: number; unitMentionsWithoutHome: number; unitsWithoutHome: string[] } {
  let unitMentions = 0;
  let unitMentionsWithoutHome = 0;
  const unknown = new Set<string>();
  for (const incident of incidents) {
    for (const unit of incident.unitGroups.flat()) {
      unitMentions++;
      if (knownUnits.has(unit)) continue;
      unitMentionsWithoutHome++;
      unknown.add(unit);
    }
  }
  return { unitMentions, unitMentionsWithoutHome, unitsWithoutHome: [...unknown].sort() };
}

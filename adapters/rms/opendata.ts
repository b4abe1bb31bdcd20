import type Database from "better-sqlite3";
import type { EngineConfig } from "../../engine/index.ts";
import { publicCategory, type OpenDataConfig } from "./opendata-config.ts";

const M_PER_DEG = 111_320;
const RAD = Math.PI / 180;

/** A cell of the open-data grid: rows of `cellMeters` of latitude, each cut into cells `cellMeters` wide. */
export interface GridCell {
  readonly id: string;
  readonly row: number;
  readonly col: number;
  readonly lon: number;
  readonly lat: number;
}

/** The grid cell holding a point: fixed by the cell size alone, so the same in every export. */
export function gridCell(lon: number, lat: number, cellMeters: number): GridCell {
  const dLat = cellMeters / M_PER_DEG;
  const row = Math.floor(lat / dLat);
  return cellAt(row, Math.floor(lon / dLonOf(row, cellMeters)), cellMeters);
}

function dLonOf(row: number, cellMeters: number): number {
  const centreLat = (row + 0.5) * (cellMeters / M_PER_DEG);
  return cellMeters / (M_PER_DEG * Math.cos(centreLat * RAD));
}

function cellAt(row: number, col: number, cellMeters: number): GridCell {
  const dLat = cellMeters / M_PER_DEG;
  const dLon = dLonOf(row, cellMeters);
  return { id: `${cellMeters}m:${row}:${col}`, row, col, lon: (col + 0.5) * dLon, lat: (row + 0.5) * dLat };
}

/** Metres between two points (equirectangular: exact enough within a few kilometres). */
export function metresBetween(aLon: number, aLat: number, bLon: number, bLat: number): number {
  const x = (bLon - aLon) * Math.cos(((aLat + bLat) / 2) * RAD) * M_PER_DEG;
  const y = (bLat - aLat) * M_PER_DEG;
  return Math.hypot(x, y);
}

/**
 * The hundred block of an address, as US cities publish it: "8120 7th Av Sw" -> "8100 block of
 * 7th Av Sw"; an intersection ("3rd Av / Union St") as it is; anything else (a place name, an
 * address without a house number) null, since it may name a person's home.
 */
export function hundredBlock(address: string): string | null {
  const text = address.replace(/\s+/g, " ").trim();
  const sides = text.split(/ (?:\/|&) /);
  if (sides.length === 2 && sides.every((side) => side !== "" && !/^\d+\s/.test(side))) return text;
  const m = /^(\d+)[A-Za-z]?(?:-\d+)? ([^#,]+?)(?:\s*(?:#|,|\b(?:apt|unit|ste)\b).*)?$/i.exec(text);
  if (m === null) return null;
  return `${Math.floor(Number(m[1]) / 100) * 100} block of ${(m[2] as string).trim()}`;
}

/** One published call for service. No id, caller, note, unit or exact time or place of the record. */
export interface OpenDataRow {
  /** A row number of this file only (rows are ordered by the published fields, not by the record). */
  readonly n: number;
  /** The received time rounded down (ISO, UTC). */
  readonly hour: string;
  /** The local calendar day (timeZone) of the received time: the day of the call's group. */
  readonly day: string;
  readonly category: string;
  readonly priority: number;
  readonly area: string;
  /** The area's published point (not the call's), or null when no point of the cell is clear of every call. */
  readonly lon: number | null;
  readonly lat: number | null;
  /** With location method hundred-block: the address's hundred block or intersection. */
  readonly block?: string | null;
}

export interface OpenDataMeta {
  readonly dataset: string;
  readonly period: { readonly from: string; readonly to: string };
  /** The instant of publication the delay is counted from, and the latest received time published. */
  readonly now: string;
  readonly publishedUpTo: string;
  readonly rules: {
    readonly k: number;
    readonly groupBy: string;
    readonly timeRoundingSeconds: number;
    readonly delaySeconds: number;
    readonly timeZone: string;
    readonly location: OpenDataConfig["location"];
    readonly sensitive: { readonly mode: string; readonly callTypes: number };
  };
  readonly counts: {
    /** Incidents opened in the period (merged-away ones are counted in the incident they joined). */
    readonly incidents: number;
    readonly tooRecent: number;
    readonly sensitiveWithheld: number;
    readonly suppressedGroups: number;
    readonly suppressedCalls: number;
    readonly published: number;
    readonly publishedWithoutPoint: number;
  };
  /** With sensitive mode count: sensitive calls per area (areas with fewer than k are summed in `other`). */
  readonly sensitiveByArea?: {
    readonly areas: readonly { area: string; lon: number | null; lat: number | null; calls: number }[];
    readonly other: number;
  };
  readonly fields: Readonly<Record<string, string>>;
}

export interface OpenData {
  readonly rows: readonly OpenDataRow[];
  readonly meta: OpenDataMeta;
}

interface Source {
  id: string;
  call_type: string;
  requested: string | null;
  priority: number;
  lon: number;
  lat: number;
  address: string;
  received_at: number;
}

/**
 * The calls for service of [from, to) as open data, by the agency's rules (see docs in the
 * README): sensitive types withheld, locations generalised to a grid cell's point (kept clear of
 * every true location of the period's calls), times rounded, recent calls held back, and every
 * group of (area, category, day) with fewer than k calls suppressed.
 */
export function computeOpenData(
  db: Database.Database,
  engine: EngineConfig,
  od: OpenDataConfig,
  window: { readonly from: number; readonly to: number; readonly now: number; readonly dataset?: string },
): OpenData {
  const { from, to, now } = window;
  const cutoff = now - od.delaySeconds * 1000;
  const incidents = db
    .prepare(
      `SELECT i.id, i.call_type, i.priority, i.lon, i.lat, i.address, i.received_at,
         (SELECT group_concat(c.requested_call_type, char(10)) FROM calls c
          WHERE c.incident_id = i.id AND c.requested_call_type IS NOT NULL) AS requested
       FROM incidents i WHERE i.received_at >= ? AND i.received_at < ? AND i.merged_into IS NULL
       ORDER BY i.received_at, i.id`,
    )
    .all(from, to) as Source[];
  // Every true location of the period (incidents, merged ones too, and each caller's): points are kept clear of them all.
  const truth = db
    .prepare(
      `SELECT lon, lat FROM incidents WHERE received_at >= ? AND received_at < ?
       UNION SELECT c.lon, c.lat FROM calls c JOIN incidents i ON i.id = c.incident_id
       WHERE i.received_at >= ? AND i.received_at < ?`,
    )
    .all(from, to, from, to) as { lon: number; lat: number }[];
  const size = od.location.cellMeters;
  const dayOf = dayFormatter(od.timeZone);
  const round = od.timeRoundingSeconds * 1000;
  let tooRecent = 0;
  let sensitiveWithheld = 0;
  const sensitiveCells = new Map<string, number>();
  const groups = new Map<string, { rows: Omit<OpenDataRow, "n" | "lon" | "lat">[]; cell: GridCell }>();
  for (const inc of incidents) {
    if (inc.received_at > cutoff) {
      tooRecent++;
      continue;
    }
    const requested = inc.requested === null ? [] : inc.requested.split("\n");
    const cell = gridCell(inc.lon, inc.lat, size);
    if (od.sensitive.has(inc.call_type) || requested.some((t) => od.sensitive.has(t))) {
      sensitiveWithheld++;
      sensitiveCells.set(cell.id, (sensitiveCells.get(cell.id) ?? 0) + 1);
      continue;
    }
    // The type the caller's call came with names the call better than the engine's fallback for it.
    const type = requested.find((t) => od.categories.has(t)) ?? inc.call_type;
    const category = publicCategory(od, engine, type);
    const day = dayOf(inc.received_at);
    const key = `${cell.id}\u0000${category}\u0000${day}`;
    const group = groups.get(key) ?? { rows: [], cell };
    group.rows.push({
      hour: new Date(Math.floor(inc.received_at / round) * round).toISOString(),
      day,
      category,
      priority: inc.priority,
      area: cell.id,
      ...(od.location.method === "hundred-block" && { block: hundredBlock(inc.address) }),
    });
    groups.set(key, group);
  }
  const anchors = new AnchorFinder(truth, size, od.location.clearanceMeters);
  let suppressedGroups = 0;
  let suppressedCalls = 0;
  let withoutPoint = 0;
  const published: Omit<OpenDataRow, "n">[] = [];
  for (const { rows, cell } of groups.values()) {
    if (rows.length < od.k) {
      suppressedGroups++;
      suppressedCalls += rows.length;
      continue;
    }
    const point = anchors.of(cell);
    if (point === null) withoutPoint += rows.length;
    for (const r of rows) published.push({ ...r, lon: point?.lon ?? null, lat: point?.lat ?? null });
  }
  const order = (r: Omit<OpenDataRow, "n">) => [
    r.hour,
    r.area,
    r.category,
    String(r.priority),
    r.block ?? "",
  ];
  published.sort((a, b) => compareLists(order(a), order(b)));
  const rows = published.map((r, i) => ({ n: i + 1, ...r }));
  let sensitiveByArea: OpenDataMeta["sensitiveByArea"];
  if (od.sensitiveMode === "count") {
    const areas: { area: string; lon: number | null; lat: number | null; calls: number }[] = [];
    let other = 0;
    for (const [id, calls] of [...sensitiveCells].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (calls < od.k) {
        other += calls;
        continue;
      }
      const [, row, col] = id.split(":").map(Number) as [number, number, number];
      const point = anchors.of(cellAt(row, col, size));
      areas.push({ area: id, lon: point?.lon ?? null, lat: point?.lat ?? null, calls });
    }
    sensitiveByArea = { areas, other };
  }
  const meta: OpenDataMeta = {
    dataset: window.dataset ?? "calls for service",
    period: { from: new Date(from).toISOString(), to: new Date(to).toISOString() },
    now: new Date(now).toISOString(),
    publishedUpTo: new Date(Math.min(to, cutoff)).toISOString(),
    rules: {
      k: od.k,
      groupBy: "area, category, day",
      timeRoundingSeconds: od.timeRoundingSeconds,
      delaySeconds: od.delaySeconds,
      timeZone: od.timeZone,
      location: od.location,
      sensitive: { mode: od.sensitiveMode, callTypes: od.sensitive.size },
    },
    counts: {
      incidents: incidents.length,
      tooRecent,
      sensitiveWithheld,
      suppressedGroups,
      suppressedCalls,
      published: rows.length,
      publishedWithoutPoint: withoutPoint,
    },
    ...(sensitiveByArea !== undefined && { sensitiveByArea }),
    fields: FIELDS,
  };
  return { rows, meta };
}

const FIELDS: Readonly<Record<string, string>> = {
  n: "row number of this file only; not an incident number",
  hour: "time the call was received, rounded down (UTC, ISO 8601)",
  day: "local calendar day of the call (the day its group is counted in)",
  category: "public category of the call type",
  priority: "dispatch priority (1 most urgent)",
  area: "grid cell the call lies in (cell size in metres : row : column)",
  lon: "the area's published point (WGS84), not the call's location; empty when none is published",
  lat: "as lon",
  block: "hundred block of the address, or the intersection (location method hundred-block only)",
};

function compareLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

function dayFormatter(timeZone: string): (t: number) => string {
  const f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  return (t) => f.format(t);
}

/**
 * The published point of each cell: its centre, unless a true location of the period lies within
 * the clearance, then the nearest point of a 25 m lattice of the cell that is clear of them all
 * (null when none is). The same cell gets the same point for every row of one export.
 */
class AnchorFinder {
  private readonly buckets = new Map<string, { lon: number; lat: number }[]>();
  private readonly cache = new Map<string, { lon: number; lat: number } | null>();
  private readonly lattice: { dx: number; dy: number }[] = [];

  constructor(
    points: readonly { lon: number; lat: number }[],
    private readonly size: number,
    private readonly clearance: number,
  ) {
    for (const p of points) {
      const c = gridCell(p.lon, p.lat, size);
      const key = `${c.row}:${c.col}`;
      const list = this.buckets.get(key) ?? [];
      list.push(p);
      this.buckets.set(key, list);
    }
    const step = 25;
    const half = size / 2 - step / 2;
    for (let dy = -half; dy <= half + 1e-9; dy += step)
      for (let dx = -half; dx <= half + 1e-9; dx += step) this.lattice.push({ dx, dy });
    this.lattice.unshift({ dx: 0, dy: 0 });
    this.lattice.sort((a, b) => Math.hypot(a.dx, a.dy) - Math.hypot(b.dx, b.dy));
  }

  of(cell: GridCell): { lon: number; lat: number } | null {
    const cached = this.cache.get(cell.id);
    if (cached !== undefined) return cached;
    const near: { lon: number; lat: number }[] = [];
    for (let r = cell.row - 1; r <= cell.row + 1; r++) {
      const col = gridCell(cell.lon, (r + 0.5) * (this.size / M_PER_DEG), this.size).col;
      for (let c = col - 1; c <= col + 1; c++) near.push(...(this.buckets.get(`${r}:${c}`) ?? []));
    }
    let found: { lon: number; lat: number } | null = null;
    const metresPerLon = M_PER_DEG * Math.cos(cell.lat * RAD);
    for (const { dx, dy } of this.lattice) {
      const lon = cell.lon + dx / metresPerLon;
      const lat = cell.lat + dy / M_PER_DEG;
      if (near.every((p) => metresBetween(lon, lat, p.lon, p.lat) >= this.clearance)) {
        found = { lon: Number(lon.toFixed(6)), lat: Number(lat.toFixed(6)) };
        break;
      }
    }
    this.cache.set(cell.id, found);
    return found;
  }
}

const csvField = (v: string | number | null | undefined) => {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The rows as CSV (RFC 4180), with a header line. */
export function openDataCsv(data: OpenData): string {
  const block = data.meta.rules.location.method === "hundred-block";
  const cols = [
    "n",
    "hour",
    "day",
    "category",
    "priority",
    "area",
    "lon",
    "lat",
    ...(block ? ["block"] : []),
  ];
  const lines = [cols.join(",")];
  for (const r of data.rows)
    lines.push(
      cols.map((c) => csvField((r as unknown as Record<string, string | number | null>)[c])).join(","),
    );
  return `${lines.join("\r\n")}\r\n`;
}

/** The rows as a GeoJSON FeatureCollection (a row without a point has a null geometry), with the metadata. */
export function openDataGeoJson(data: OpenData): Record<string, unknown> {
  return {
    type: "FeatureCollection",
    metadata: data.meta,
    features: data.rows.map(({ lon, lat, ...properties }) => ({
      type: "Feature",
      geometry: lon === null || lat === null ? null : { type: "Point", coordinates: [lon, lat] },
      properties,
    })),
  };
}

import RBush from "rbush";
import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";

/** A GeoJSON position ([lon, lat, ...]); declared here so only turf's own types are needed. */
type Position = number[];
interface Polygon {
  type: "Polygon";
  coordinates: Position[][];
}

/** One polygon part in the R-tree; a MultiPolygon feature contributes one entry per part. */
interface ZoneEntry {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  name: string;
  /** Feature order, then part order: the tie-break when polygons overlap or share an edge. */
  order: number;
  polygon: Polygon;
}

/**
 * Point-in-polygon lookup of named zones (police beats, first-due areas).
 *
 * Polygons are indexed by bounding box, so a lookup only runs the exact test on the few
 * polygons whose box contains the point. Points on a boundary count as inside; when several
 * zones contain a point the one whose feature comes first in the source collection wins.
 */
export class ZoneIndex {
  readonly #tree: RBush<ZoneEntry>;
  readonly #names: readonly string[];

  private constructor(entries: ZoneEntry[], names: readonly string[]) {
    this.#tree = new RBush<ZoneEntry>().load(entries);
    this.#names = names;
  }

  /**
   * Builds the index from a parsed GeoJSON FeatureCollection of Polygon / MultiPolygon features.
   * Several features may share a name (a zone drawn in pieces).
   * @param fc the parsed GeoJSON value (validated here, hence `unknown`)
   * @param nameProperty the feature property that holds the zone name (string or finite number)
   * @throws Error naming the offending feature when the collection, a name or a geometry is invalid
   */
  static fromGeoJSON(fc: unknown, nameProperty: string): ZoneIndex {
    if (!isRecord(fc) || fc["type"] !== "FeatureCollection" || !Array.isArray(fc["features"])) {
      throw new Error("ZoneIndex: expected a GeoJSON FeatureCollection with a features array");
    }
    const entries: ZoneEntry[] = [];
    const names: string[] = [];
    const seen = new Set<string>();
    let order = 0;
    fc["features"].forEach((feature: unknown, i: number) => {
      const name = featureName(feature, i, nameProperty);
      const where = `ZoneIndex: feature #${i} (${nameProperty}=${JSON.stringify(name)})`;
      for (const rings of polygonsOf(feature, where)) {
        entries.push({
          ...ringsBBox(rings),
          name,
          order: order++,
          polygon: { type: "Polygon", coordinates: rings },
        });
      }
      if (!seen.has(name)) {
        seen.add(name);
        names.push(name);
      }
    });
    return new ZoneIndex(entries, names);
  }

  /** Number of distinct zone names. */
  get size(): number {
    return this.#names.length;
  }

  /** Distinct zone names, in the order of their first feature. */
  zones(): string[] {
    return [...this.#names];
  }

  /** The zone containing (lon, lat) in WGS84 degrees, or null when no zone contains it. */
  zoneAt(lon: number, lat: number): string | null {
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return null;
    const candidates = this.#tree.search({ minX: lon, minY: lat, maxX: lon, maxY: lat });
    // R-tree search order depends on tree layout, so sort to make the overlap tie-break stable.
    candidates.sort((a, b) => a.order - b.order);
    const point = [lon, lat];
    for (const c of candidates) {
      if (booleanPointInPolygon(point, c.polygon)) return c.name;
    }
    return null;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function featureName(feature: unknown, i: number, nameProperty: string): string {
  if (!isRecord(feature) || feature["type"] !== "Feature") {
    throw new Error(`ZoneIndex: feature #${i} is not a GeoJSON Feature`);
  }
  const props = feature["properties"];
  const raw = isRecord(props) ? props[nameProperty] : undefined;
  if (typeof raw === "string" && raw.trim() !== "") return raw;
  if (typeof raw === "number" && Number.isFinite(raw)) return String(raw);
  throw new Error(
    `ZoneIndex: feature #${i} has no valid zone name: property "${nameProperty}" is ${JSON.stringify(raw) ?? "undefined"} (expected a non-empty string or a finite number)`,
  );
}

/** The polygons (each a list of rings) of a Polygon or MultiPolygon feature, validated. */
function polygonsOf(feature: unknown, where: string): Position[][][] {
  const geometry = isRecord(feature) ? feature["geometry"] : undefined;
  if (!isRecord(geometry)) throw new Error(`${where} has no geometry`);
  const type = geometry["type"];
  const coords = geometry["coordinates"];
  if (type === "Polygon") return [checkPolygon(coords, where)];
  if (type === "MultiPolygon") {
    if (!Array.isArray(coords) || coords.length === 0) {
      throw new Error(`${where}: MultiPolygon coordinates must be a non-empty array of polygons`);
    }
    return coords.map((p: unknown, k: number) => checkPolygon(p, `${where} part ${k}`));
  }
  throw new Error(`${where}: geometry type ${JSON.stringify(type)} is not Polygon or MultiPolygon`);
}

function checkPolygon(rings: unknown, where: string): Position[][] {
  if (!Array.isArray(rings) || rings.length === 0) {
    throw new Error(`${where}: a polygon must be a non-empty array of rings`);
  }
  rings.forEach((ring: unknown, r: number) => {
    // A closed linear ring needs at least 4 positions (triangle + closing point).
    if (!Array.isArray(ring) || ring.length < 4) {
      throw new Error(`${where}: ring ${r} must be an array of at least 4 positions`);
    }
    ring.forEach((pos: unknown, p: number) => {
      if (!Array.isArray(pos) || pos.length < 2 || !isFiniteNumber(pos[0]) || !isFiniteNumber(pos[1])) {
        throw new Error(`${where}: ring ${r} position ${p} is not a [lon, lat] pair of finite numbers`);
      }
    });
  });
  return rings as Position[][];
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

/** Holes lie inside the outer ring, so the outer ring alone bounds the polygon. */
function ringsBBox(rings: Position[][]): Pick<ZoneEntry, "minX" | "minY" | "maxX" | "maxY"> {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x = NaN, y = NaN] of rings[0] ?? []) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return { minX, minY, maxX, maxY };
}

/**
 * GeoJSON to the map's compact layer form and back (used by the console server for the
 * configured layers and by the page for the config's zones): coordinates quantised and
 * delta-coded, simplified once at load at about a metre.
 */
import { labelPoint, ringArea, simplify } from "./map-geometry.ts";
import type { MapFeature, MapLayer, MapLayerStyle } from "./protocol.ts";

/** Degrees per quantum: 1e-5° is 1.1 m north-south, less east-west. */
export const QUANTUM = 1e-5;

export interface LayerSource {
  readonly name: string;
  readonly nameProperty: string | null;
  readonly style: MapLayerStyle;
  readonly visible: boolean;
}

type Position = readonly number[];
interface GeoFeature {
  readonly properties?: Record<string, unknown> | null;
  readonly geometry?: { readonly type?: string; readonly coordinates?: unknown } | null;
}

/** What a GeoJSON FeatureCollection holds, as a layer; `skipped` counts features it cannot draw. */
export function layerFromGeoJSON(
  geojson: unknown,
  source: LayerSource,
): { layer: MapLayer; skipped: number } {
  const raw = (geojson as { features?: unknown } | null)?.features;
  const features: MapFeature[] = [];
  let skipped = 0;
  for (const f of Array.isArray(raw) ? (raw as GeoFeature[]) : []) {
    const feature = readFeature(f, source.nameProperty);
    if (feature === null) skipped++;
    else features.push(feature);
  }
  const layer = { name: source.name, style: source.style, visible: source.visible, features };
  return { layer, skipped };
}

function readFeature(f: GeoFeature, nameProperty: string | null): MapFeature | null {
  const value = nameProperty === null ? undefined : f.properties?.[nameProperty];
  const name = typeof value === "string" || typeof value === "number" ? String(value) : "";
  const g = f.geometry;
  const c = g?.coordinates;
  if (!Array.isArray(c)) return null;
  switch (g?.type) {
    case "Polygon":
      return area(name, c as Position[][]);
    case "MultiPolygon":
      return area(name, (c as Position[][][]).flat());
    case "LineString":
      return line(name, [c as Position[]]);
    case "MultiLineString":
      return line(name, c as Position[][]);
    default:
      return null;
  }
}

function area(name: string, rings: readonly (readonly Position[])[]): MapFeature | null {
  const parts = rings.map(quantise).filter((r) => r.length >= 8);
  if (parts.length === 0) return null;
  let labelAt: [number, number] | null = null;
  if (name !== "") {
    const largest = parts.reduce((a, b) => (ringArea(b) > ringArea(a) ? b : a));
    const p = labelPoint(largest);
    if (p !== null) labelAt = [Math.round(p.x), Math.round(p.y)];
  }
  return { kind: "area", name, labelAt, parts: parts.map(deltaCode) };
}

function line(name: string, lines: readonly (readonly Position[])[]): MapFeature | null {
  const parts = lines.map(quantise).filter((l) => l.length >= 4);
  return parts.length === 0 ? null : { kind: "line", name, labelAt: null, parts: parts.map(deltaCode) };
}

/** A ring or line in whole quanta, without repeated points, simplified at one quantum. */
function quantise(positions: readonly Position[]): number[] {
  const flat: number[] = [];
  for (const p of (Array.isArray(positions) ? positions : []) as readonly Position[]) {
    const x = Math.round((p[0] ?? NaN) / QUANTUM);
    const y = Math.round((p[1] ?? NaN) / QUANTUM);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (flat.length > 0 && flat[flat.length - 2] === x && flat[flat.length - 1] === y) continue;
    flat.push(x, y);
  }
  return simplify(flat, 1);
}

function deltaCode(flat: readonly number[]): number[] {
  return flat.map((v, i) => (i < 2 ? v : v - (flat[i - 2] ?? 0)));
}

/** A part's points as flat [lon0, lat0, lon1, lat1, ...] in degrees. */
export function decodePart(part: readonly number[], quantum: number): number[] {
  const out = new Array<number>(part.length);
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < part.length; i += 2) {
    x += part[i] ?? 0;
    y += part[i + 1] ?? 0;
    out[i] = x * quantum;
    out[i + 1] = y * quantum;
  }
  return out;
}

/** How many points a layer holds (what the page draws at the closest zoom). */
export function layerPoints(layer: MapLayer): number {
  return layer.features.reduce((n, f) => n + f.parts.reduce((m, p) => m + p.length / 2, 0), 0);
}

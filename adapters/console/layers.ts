import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parse } from "yaml";
import { ConfigError, DEFAULT_CONFIG_PATH } from "../config/index.ts";
import { metroStreets } from "../sim/streets.ts";
import { layerFromGeoJSON, QUANTUM } from "./web/map-layers.ts";
import type { LayersReply, MapLayer, MapLayerStyle } from "./web/protocol.ts";

/**
 * The map's extra layers (`map.layers` in the agency configuration), drawn over the zones:
 *
 *     map:
 *       layers:
 *         - name: SPD beats                         # in the legend
 *           file: seattle-boundaries/spd-beats.geojson
 *           relativeTo: data     # config (default): beside the config file; data: $CAD_DATA_DIR,
 *                                # else ../shared/data beside the repository
 *           nameProperty: name   # optional: the property that names a feature (its label)
 *           visible: false       # optional: off until the dispatcher turns it on (default on)
 *           style: { stroke: "#3d5a80", fill: none, width: 1, dash: [4, 3], label: "#6b85a6" }
 *         - { name: Streets, generated: metro-streets }   # the demo city's own street grid
 *
 * Each file is read, quantised and simplified once, when the console starts; a layer that cannot
 * be read stops the start with a ConfigError naming it.
 */
export function loadMapLayers(
  configPath: string = DEFAULT_CONFIG_PATH,
  dataDir = defaultDataDir(),
): LayersReply {
  const raw = parse(readFileSync(configPath, "utf8")) as { map?: unknown } | null;
  const problems: string[] = [];
  const specs = readSpecs(raw?.map, problems);
  const layers: MapLayer[] = [];
  for (const [i, spec] of specs.entries()) {
    const at = `map.layers[${i}]`;
    const geojson =
      spec.generated !== null
        ? GENERATED[spec.generated]()
        : readGeoJSON(spec, at, configPath, dataDir, problems);
    if (geojson === undefined) continue;
    const { layer, skipped } = layerFromGeoJSON(geojson, spec);
    if (layer.features.length === 0)
      problems.push(
        `${at}: "${spec.name}" has no polygon or line to draw${skipped > 0 ? ` (${skipped} other features)` : ""}`,
      );
    layers.push(layer);
  }
  if (problems.length > 0) throw new ConfigError(configPath, problems);
  return { quantum: QUANTUM, layers };
}

/** $CAD_DATA_DIR, else the shared data folder beside the repository. */
export function defaultDataDir(): string {
  return process.env["CAD_DATA_DIR"] ?? resolve(import.meta.dirname, "../../../shared/data");
}

/** Layers made from the project's own geography rather than read from a file. */
const GENERATED = {
  /** The demo city's street grid, the same one its gazetteer's addresses lie on. */
  "metro-streets": () => ({
    type: "FeatureCollection",
    features: metroStreets().map((s) => ({
      type: "Feature",
      properties: { name: s.name },
      geometry: { type: "LineString", coordinates: [s.from, s.to] },
    })),
  }),
} as const satisfies Record<string, () => unknown>;
type Generated = keyof typeof GENERATED;

interface LayerSpec {
  readonly name: string;
  readonly file: string | null;
  readonly relativeTo: "config" | "data";
  readonly generated: Generated | null;
  readonly nameProperty: string | null;
  readonly visible: boolean;
  readonly style: MapLayerStyle;
}

const LAYER_KEYS = ["name", "file", "relativeTo", "generated", "nameProperty", "visible", "style"];
const STYLE_KEYS = ["stroke", "fill", "width", "dash", "label"];
/** #rgb or #rrggbb: the page writes colours into SVG attributes. */
const COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

function readSpecs(map: unknown, problems: string[]): LayerSpec[] {
  if (map === undefined || map === null) return [];
  if (typeof map !== "object" || Array.isArray(map)) {
    problems.push("map: expected { layers: [...] }");
    return [];
  }
  for (const key of Object.keys(map))
    if (key !== "layers") problems.push(`map.${key}: unknown key (known here: layers)`);
  const list = (map as { layers?: unknown }).layers ?? [];
  if (!Array.isArray(list)) {
    problems.push("map.layers: expected a list of layers");
    return [];
  }
  return list.flatMap((entry: unknown, i) => {
    const spec = readSpec(entry, `map.layers[${i}]`, problems);
    return spec === null ? [] : [spec];
  });
}

function readSpec(entry: unknown, at: string, problems: string[]): LayerSpec | null {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
    problems.push(`${at}: expected { name, file | generated, ... }`);
    return null;
  }
  const e = entry as Record<string, unknown>;
  const before = problems.length;
  for (const key of Object.keys(e))
    if (!LAYER_KEYS.includes(key))
      problems.push(`${at}.${key}: unknown key (known here: ${LAYER_KEYS.join(", ")})`);
  const name = e["name"];
  if (typeof name !== "string" || name.trim() === "") problems.push(`${at}.name: expected the layer's name`);
  const file = e["file"];
  const generated = e["generated"];
  if ((file === undefined) === (generated === undefined))
    problems.push(`${at}: expected either file or generated`);
  if (file !== undefined && typeof file !== "string") problems.push(`${at}.file: expected a path`);
  if (generated !== undefined && !(typeof generated === "string" && generated in GENERATED))
    problems.push(`${at}.generated: expected one of ${Object.keys(GENERATED).join(", ")}`);
  const relativeTo = e["relativeTo"] ?? "config";
  if (relativeTo !== "config" && relativeTo !== "data")
    problems.push(`${at}.relativeTo: expected config or data`);
  const nameProperty = e["nameProperty"] ?? null;
  if (nameProperty !== null && typeof nameProperty !== "string")
    problems.push(`${at}.nameProperty: expected a property name`);
  const visible = e["visible"] ?? true;
  if (typeof visible !== "boolean") problems.push(`${at}.visible: expected true or false`);
  const style = readStyle(e["style"], `${at}.style`, problems, generated !== undefined);
  if (problems.length > before) return null;
  return {
    name: name as string,
    file: (file as string | undefined) ?? null,
    relativeTo: relativeTo as "config" | "data",
    generated: (generated as Generated | undefined) ?? null,
    nameProperty: generated !== undefined ? "name" : (nameProperty as string | null),
    visible: visible as boolean,
    style,
  };
}

function readStyle(raw: unknown, at: string, problems: string[], lines: boolean): MapLayerStyle {
  const s = (raw ?? {}) as Record<string, unknown>;
  if (typeof s !== "object" || Array.isArray(s)) {
    problems.push(`${at}: expected { stroke, fill, width, dash, label }`);
    return DEFAULT_STYLE;
  }
  for (const key of Object.keys(s))
    if (!STYLE_KEYS.includes(key))
      problems.push(`${at}.${key}: unknown key (known here: ${STYLE_KEYS.join(", ")})`);
  const colour = (key: string, fallback: string | null): string | null => {
    const v = s[key];
    if (v === undefined) return fallback;
    if (v === "none") return null;
    if (typeof v === "string" && COLOUR.test(v)) return v;
    problems.push(`${at}.${key}: expected a colour like "#3d5a80" or none`);
    return fallback;
  };
  const width = s["width"] ?? (lines ? 1 : 1.2);
  if (typeof width !== "number" || !(width > 0 && width <= 10))
    problems.push(`${at}.width: expected pixels, over 0 and at most 10`);
  const dash = s["dash"] ?? null;
  if (
    dash !== null &&
    !(
      Array.isArray(dash) &&
      dash.length <= 8 &&
      dash.every((d) => typeof d === "number" && d >= 0 && d <= 50)
    )
  )
    problems.push(`${at}.dash: expected a list of up to 8 pixel lengths, e.g. [4, 3]`);
  return {
    stroke: colour("stroke", DEFAULT_STYLE.stroke) ?? "none",
    fill: colour("fill", null),
    width: typeof width === "number" ? width : 1,
    dash: Array.isArray(dash) ? (dash as number[]) : null,
    label: colour("label", DEFAULT_STYLE.label),
  };
}

const DEFAULT_STYLE: MapLayerStyle = {
  stroke: "#4b5a6b",
  fill: null,
  width: 1,
  dash: null,
  label: "#6b7a8b",
};

function readGeoJSON(
  spec: LayerSpec,
  at: string,
  configPath: string,
  dataDir: string,
  problems: string[],
): unknown {
  const path = resolve(spec.relativeTo === "data" ? dataDir : dirname(configPath), spec.file ?? "");
  try {
    return JSON.parse(readFileSync(path, "utf8")) as unknown;
  } catch (cause) {
    problems.push(`${at}: cannot load "${spec.name}" from ${path}: ${(cause as Error).message}`);
    return undefined;
  }
}

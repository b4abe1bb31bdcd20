import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfigFile } from "../../adapters/config/index.ts";
import { defaultDataDir, loadMapLayers } from "../../adapters/console/layers.ts";
import { decodePart } from "../../adapters/console/web/map-layers.ts";
import { Projection } from "../../adapters/console/web/map-geometry.ts";
import type { MapFeature } from "../../adapters/console/web/protocol.ts";
import { metroStreets } from "../../adapters/sim/streets.ts";

const SEATTLE_CONFIG = resolve("config/seattle-fire.yaml");
const BOUNDARIES = join(defaultDataDir(), "seattle-boundaries");

/** A config file in a fresh folder: the default config's text with `extra` appended. */
function configWith(extra: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "cad-layers-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const base = readFileSync(resolve("config/default.yaml"), "utf8").replace(/\nmap:[\s\S]*$/, "\n");
  writeFileSync(join(dir, "metro-zones.geojson"), readFileSync(resolve("config/metro-zones.geojson")));
  const path = join(dir, "cad.yaml");
  writeFileSync(path, `${base}\n${extra}\n`);
  return path;
}

const problems = (path: string): string[] => {
  try {
    loadMapLayers(path);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  return [];
};

/** Every ring of an area feature, in degrees. */
const rings = (f: MapFeature, quantum: number) => f.parts.map((p) => decodePart(p, quantum));

function inside(lon: number, lat: number, ring: readonly number[]): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
    const [xi, yi, xj, yj] = [ring[i] ?? 0, ring[i + 1] ?? 0, ring[j] ?? 0, ring[j + 1] ?? 0];
    if (yi > lat !== yj > lat && lon < xi + ((lat - yi) / (yj - yi)) * (xj - xi)) hit = !hit;
  }
  return hit;
}

describe("the map's layers from the configuration", () => {
  it("the demo city's street layer is its street grid: 134 named streets, each end where the grid puts it", () => {
    const { quantum, layers } = loadMapLayers(resolve("config/default.yaml"));
    expect(layers.map((l) => l.name)).toEqual(["Streets"]);
    const streets = layers[0]?.features ?? [];
    const grid = metroStreets();
    expect(streets.map((f) => f.name)).toEqual(grid.map((s) => s.name));
    expect(streets.map((f) => f.name)).toEqual(expect.arrayContaining(["Main St", "Capitol Way", "1st Ave"]));
    // Each end within half a quantum (1e-5°) of the grid's.
    for (const [k, f] of streets.entries()) {
      const [line] = rings(f, quantum);
      const s = grid[k];
      expect(f.kind).toBe("line");
      expect(line?.[0]).toBeCloseTo(s?.from[0] ?? NaN, 4);
      expect(line?.[1]).toBeCloseTo(s?.from[1] ?? NaN, 4);
      expect(line?.[2]).toBeCloseTo(s?.to[0] ?? NaN, 4);
      expect(line?.[3]).toBeCloseTo(s?.to[1] ?? NaN, 4);
    }
  });

  it("a config without map layers has none, and the engine still reads a config that has them", () => {
    expect(loadMapLayers(configWith("")).layers).toEqual([]);
    expect(() => loadConfigFile(resolve("config/default.yaml"))).not.toThrow();
  });

  it("a layer file beside the config is read with its style; its names become labels", () => {
    const square = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: { beat: "Q1" },
          geometry: {
            type: "Polygon",
            coordinates: [
              [
                [-122.9, 47.0],
                [-122.89, 47.0],
                [-122.89, 47.01],
                [-122.9, 47.01],
                [-122.9, 47.0],
              ],
            ],
          },
        },
        {
          type: "Feature",
          properties: { beat: "X" },
          geometry: { type: "Point", coordinates: [-122.9, 47] },
        },
      ],
    };
    const path = configWith(
      'map:\n  layers:\n    - { name: Beats, file: beats.geojson, nameProperty: beat, visible: false, style: { stroke: "#aabbcc", fill: "#112233", width: 2, dash: [4, 3] } }',
      { "beats.geojson": JSON.stringify(square) },
    );
    const { quantum, layers } = loadMapLayers(path);
    expect(layers).toHaveLength(1);
    const beats = layers[0];
    expect(beats?.visible).toBe(false);
    expect(beats?.style).toEqual({
      stroke: "#aabbcc",
      fill: "#112233",
      width: 2,
      dash: [4, 3],
      label: "#6b7a8b",
    });
    // The point is not drawn; the square is, named, with its label inside it.
    expect(beats?.features.map((f) => f.name)).toEqual(["Q1"]);
    const at = beats?.features[0]?.labelAt ?? [0, 0];
    expect(
      inside(at[0] * quantum, at[1] * quantum, rings(beats?.features[0] as MapFeature, quantum)[0] ?? []),
    ).toBe(true);
  });

  it("a bad layer stops the console's start with every problem named by its path", () => {
    const path = configWith(
      [
        "map:",
        "  layers:",
        "    - { name: Beats, file: missing.geojson }",
        '    - { name: Bad, generated: metro-streets, colour: red, style: { stroke: "red; x", width: 40 } }',
        "    - { file: a.geojson, generated: metro-streets }",
        "    - { name: Nothing, file: empty.geojson, relativeTo: elsewhere }",
      ].join("\n"),
      { "empty.geojson": '{"type":"FeatureCollection","features":[]}' },
    );
    const found = problems(path);
    expect(found).toEqual([
      "map.layers[1].colour: unknown key (known here: name, file, relativeTo, generated, nameProperty, visible, style)",
      "map.layers[1].style.width: expected pixels, over 0 and at most 10",
      'map.layers[1].style.stroke: expected a colour like "#3d5a80" or none',
      "map.layers[2].name: expected the layer's name",
      "map.layers[2]: expected either file or generated",
      "map.layers[3].relativeTo: expected config or data",
      expect.stringMatching(/^map\.layers\[0\]: cannot load "Beats" from .*missing\.geojson: ENOENT/),
    ]);
    expect(problems(configWith("map: { layers: 3 }"))).toEqual(["map.layers: expected a list of layers"]);
    expect(problems(configWith("map: { tiles: x }"))).toEqual([
      "map.tiles: unknown key (known here: layers)",
    ]);
  });
});

describe.skipIf(!existsSync(BOUNDARIES))(`Seattle's layers (needs ${BOUNDARIES})`, () => {
  const reply = existsSync(BOUNDARIES) ? loadMapLayers(SEATTLE_CONFIG) : { quantum: 1, layers: [] };
  const layer = (name: string) => reply.layers.find((l) => l.name === name);

  it("are the city limits, council districts, precincts and beats, drawn in that order, districts off at first", () => {
    expect(reply.layers.map((l) => [l.name, l.features.length, l.visible])).toEqual([
      ["City limits", 29, true],
      ["Council districts", 7, false],
      ["SPD precincts", 5, true],
      ["SPD beats", 51, true],
    ]);
    expect(layer("SPD beats")?.features.map((f) => f.name)).toEqual(
      expect.arrayContaining(["B1", "K3", "C3"]),
    );
  });

  it("are served at under a tenth of the files' size", () => {
    const files = ["city-limits", "city-council-districts", "spd-precincts", "spd-beats"];
    const raw = files.reduce((n, f) => n + statSync(join(BOUNDARIES, `${f}.geojson`)).size, 0);
    const served = JSON.stringify(reply).length;
    process.stdout.write(`Seattle map layers: ${raw} bytes of GeoJSON served as ${served} bytes\n`);
    expect(served).toBeLessThan(raw / 10);
  });

  it("every beat's name sits inside the beat, and every point of the file is within 3 m of the served outline", () => {
    const quantum = reply.quantum;
    const file = JSON.parse(readFileSync(join(BOUNDARIES, "spd-beats.geojson"), "utf8")) as {
      features: { properties: { name: string }; geometry: { coordinates: number[][][][] } }[];
    };
    const p = new Projection(-122.33, 47.6);
    for (const f of layer("SPD beats")?.features ?? []) {
      const served = rings(f, quantum);
      const at = f.labelAt ?? [0, 0];
      expect(
        served.some((r) => inside(at[0] * quantum, at[1] * quantum, r)),
        f.name,
      ).toBe(true);
      const original = file.features.find((o) => o.properties.name === f.name);
      const segments = served.map((r) => {
        const xy: number[] = [];
        for (let i = 0; i + 1 < r.length; i += 2) {
          const w = p.project(r[i] ?? 0, r[i + 1] ?? 0);
          xy.push(w.x, w.y);
        }
        return xy;
      });
      for (const polygon of original?.geometry.coordinates ?? [])
        for (const ring of polygon)
          for (const [lon, lat] of ring) {
            const w = p.project(lon ?? 0, lat ?? 0);
            const d = Math.min(...segments.map((xy) => distanceTo(w.x, w.y, xy)));
            expect(d, `${f.name} at ${lon},${lat}`).toBeLessThan(3);
          }
    }
  });
});

function distanceTo(px: number, py: number, flat: readonly number[]): number {
  let best = Infinity;
  for (let i = 0; i + 3 < flat.length; i += 2) {
    const ax = flat[i] ?? 0;
    const ay = flat[i + 1] ?? 0;
    const dx = (flat[i + 2] ?? 0) - ax;
    const dy = (flat[i + 3] ?? 0) - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
    best = Math.min(best, Math.hypot(ax + t * dx - px, ay + t * dy - py));
  }
  return best;
}

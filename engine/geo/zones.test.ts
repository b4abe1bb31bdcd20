import { mulberry32 } from "../../adapters/sim/prng.ts";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import { ZoneIndex } from "./zones.ts";

type Ring = [number, number][];

function square(x0: number, y0: number, x1: number, y1: number): Ring {
  return [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ];
}

function feature(name: unknown, geometry: unknown): unknown {
  return { type: "Feature", properties: { name }, geometry };
}

function fc(...features: unknown[]): unknown {
  return { type: "FeatureCollection", features };
}

function poly(...rings: Ring[]): unknown {
  return { type: "Polygon", coordinates: rings };
}

describe("ZoneIndex on hand-made squares", () => {
  const index = ZoneIndex.fromGeoJSON(
    fc(
      // A: 0..10 square with a 4..6 hole; "island" fills the hole.
      feature("A", poly(square(0, 0, 10, 10), square(4, 4, 6, 6))),
      // B: two disjoint parts.
      feature("B", { type: "MultiPolygon", coordinates: [[square(20, 0, 22, 2)], [square(30, 0, 32, 2)]] }),
      feature("island", poly(square(4.5, 4.5, 5.5, 5.5))),
    ),
    "name",
  );

  it("finds the zone containing a point", () => {
    expect(index.zoneAt(1, 1)).toBe("A");
    expect(index.zoneAt(9.5, 2)).toBe("A");
  });

  it("returns null outside every zone", () => {
    expect(index.zoneAt(-1, 5)).toBeNull();
    expect(index.zoneAt(15, 1)).toBeNull();
    expect(index.zoneAt(100, 100)).toBeNull();
    expect(index.zoneAt(Number.NaN, 1)).toBeNull();
  });

  it("excludes a polygon's hole, even inside its bounding box", () => {
    expect(index.zoneAt(4.2, 4.2)).toBeNull();
    expect(index.zoneAt(5, 5)).toBe("island");
  });

  it("matches every part of a MultiPolygon and nothing between the parts", () => {
    expect(index.zoneAt(21, 1)).toBe("B");
    expect(index.zoneAt(31, 1)).toBe("B");
    expect(index.zoneAt(26, 1)).toBeNull();
  });

  it("lists zones in feature order and counts them", () => {
    expect(index.zones()).toEqual(["A", "B", "island"]);
    expect(index.size).toBe(3);
  });

  it("counts a zone drawn as several features once", () => {
    const split = ZoneIndex.fromGeoJSON(
      fc(
        feature("Z", poly(square(0, 0, 1, 1))),
        feature(7, poly(square(5, 5, 6, 6))),
        feature("Z", poly(square(2, 0, 3, 1))),
      ),
      "name",
    );
    expect(split.zones()).toEqual(["Z", "7"]);
    expect(split.size).toBe(2);
    expect(split.zoneAt(2.5, 0.5)).toBe("Z");
    expect(split.zoneAt(5.5, 5.5)).toBe("7");
  });
});

describe("ZoneIndex tie-break on shared edges and overlaps", () => {
  const left = feature("left", poly(square(0, 0, 1, 1)));
  const right = feature("right", poly(square(1, 0, 2, 1)));

  it("gives a point on a shared edge or vertex to the first feature", () => {
    const lr = ZoneIndex.fromGeoJSON(fc(left, right), "name");
    const rl = ZoneIndex.fromGeoJSON(fc(right, left), "name");
    for (const [x, y] of [
      [1, 0.5],
      [1, 0],
      [1, 1],
    ] as const) {
      expect(lr.zoneAt(x, y)).toBe("left");
      expect(rl.zoneAt(x, y)).toBe("right");
    }
    expect(lr.zoneAt(0.5, 0.5)).toBe("left");
    expect(lr.zoneAt(1.5, 0.5)).toBe("right");
  });

  it("resolves overlaps by feature order regardless of R-tree layout", () => {
    // Enough overlapping features to force several R-tree nodes.
    const many = Array.from({ length: 40 }, (_, i) => feature(`z${i}`, poly(square(-i, -i, 1 + i, 1 + i))));
    expect(ZoneIndex.fromGeoJSON(fc(...many), "name").zoneAt(0.5, 0.5)).toBe("z0");
    expect(ZoneIndex.fromGeoJSON(fc(...many.slice().reverse()), "name").zoneAt(0.5, 0.5)).toBe("z39");
    expect(ZoneIndex.fromGeoJSON(fc(...many), "name").zoneAt(20.5, 0.5)).toBe("z20");
  });
});

describe("ZoneIndex.fromGeoJSON validation", () => {
  const ok = poly(square(0, 0, 1, 1));
  const cases: [string, unknown, RegExp][] = [
    ["not a collection", { type: "Feature" }, /expected a GeoJSON FeatureCollection/],
    ["not a feature", fc(42), /feature #0 is not a GeoJSON Feature/],
    [
      "missing name",
      fc(feature(undefined, ok)),
      /feature #0 has no valid zone name: property "name" is undefined/,
    ],
    ["empty name", fc(feature("", ok)), /feature #0 has no valid zone name: property "name" is ""/],
    ["object name", fc(feature({ id: 1 }, ok)), /feature #0 has no valid zone name/],
    [
      "blank name",
      fc(feature("a", ok), feature("  ", ok)),
      /feature #1 has no valid zone name: property "name" is " {2}"/,
    ],
    ["null geometry", fc(feature("a", null)), /feature #0 \(name="a"\) has no geometry/],
    [
      "point geometry",
      fc(feature("a", { type: "Point", coordinates: [0, 0] })),
      /geometry type "Point" is not Polygon or MultiPolygon/,
    ],
    [
      "empty polygon",
      fc(feature("a", { type: "Polygon", coordinates: [] })),
      /a polygon must be a non-empty array of rings/,
    ],
    [
      "short ring",
      fc(
        feature("a", {
          type: "Polygon",
          coordinates: [
            [
              [0, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        }),
      ),
      /ring 0 must be an array of at least 4 positions/,
    ],
    [
      "bad position",
      fc(
        feature(
          "a",
          poly([
            [0, 0],
            [1, 0],
            [1, Number.NaN],
            [0, 0],
          ] as Ring),
        ),
      ),
      /ring 0 position 2 is not a \[lon, lat\] pair/,
    ],
    [
      "empty multipolygon",
      fc(feature("a", { type: "MultiPolygon", coordinates: [] })),
      /MultiPolygon coordinates must be a non-empty array/,
    ],
    [
      "bad multipolygon part",
      fc(feature("a", { type: "MultiPolygon", coordinates: [[square(0, 0, 1, 1)], []] })),
      /part 1: a polygon must be/,
    ],
  ];
  it.each(cases)("rejects %s", (_label, input, message) => {
    expect(() => ZoneIndex.fromGeoJSON(input, "name")).toThrow(message);
  });

  it("reads the name from the property it is told to", () => {
    const index = ZoneIndex.fromGeoJSON(
      fc({ type: "Feature", properties: { beat: "K3", name: "x" }, geometry: ok }),
      "beat",
    );
    expect(index.zoneAt(0.5, 0.5)).toBe("K3");
  });
});

const repoRoot = resolve(fileURLToPath(import.meta.url), "../../..");
const dataDir = process.env["CAD_DATA_DIR"] ?? resolve(repoRoot, "../shared/data");
const beatsPath = join(dataDir, "seattle-boundaries", "spd-beats.geojson");
const hasData = existsSync(beatsPath);

interface BeatFeature {
  properties: { name: string };
  geometry:
    { type: "Polygon"; coordinates: number[][][] } | { type: "MultiPolygon"; coordinates: number[][][][] };
}

describe.skipIf(!hasData)("seattle police beats (needs ../shared/data/seattle-boundaries)", () => {
  const raw: unknown = hasData ? JSON.parse(readFileSync(beatsPath, "utf8")) : null;

  it("has 51 beats", () => {
    const index = ZoneIndex.fromGeoJSON(raw, "name");
    expect(index.size).toBe(51);
    expect(index.zones()).toContain("K3");
  });

  it("agrees with a brute-force scan on 5,000 seeded random points", () => {
    const index = ZoneIndex.fromGeoJSON(raw, "name");
    const features = (raw as { features: BeatFeature[] }).features;
    const coords = features.flatMap((f) =>
      f.geometry.type === "Polygon" ? f.geometry.coordinates.flat() : f.geometry.coordinates.flat(2),
    );
    const lons = coords.map((p) => p[0] ?? NaN);
    const lats = coords.map((p) => p[1] ?? NaN);
    const [minLon, maxLon] = [Math.min(...lons), Math.max(...lons)];
    const [minLat, maxLat] = [Math.min(...lats), Math.max(...lats)];
    const rand = mulberry32(911);
    let inside = 0;
    for (let i = 0; i < 5000; i++) {
      const lon = minLon + rand() * (maxLon - minLon);
      const lat = minLat + rand() * (maxLat - minLat);
      const expected =
        features.find((f) => booleanPointInPolygon([lon, lat], f.geometry))?.properties.name ?? null;
      expect(index.zoneAt(lon, lat), `point ${i} (${lon}, ${lat})`).toBe(expected);
      if (expected !== null) inside++;
    }
    // Guard against a vacuous pass where every point falls outside every beat.
    expect(inside).toBeGreaterThan(2500);
  });
});

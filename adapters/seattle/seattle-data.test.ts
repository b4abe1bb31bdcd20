import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { PUBLISHED_SEATTLE_BASELINE, baselineRow, straightLineBaseline } from "./baseline.ts";
import { loadSeattleFire } from "./load.ts";
import type { SeattleFireData } from "./types.ts";
import { unitKind, unitKindFromTypeName } from "./units.ts";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const dataDir = resolve(repoRoot, process.env["CAD_DATA_DIR"] ?? "../shared/data");
const hasData =
  existsSync(join(dataDir, "seattle-fire-2017", "historical")) &&
  existsSync(join(dataDir, "seattle-fire-geocodes", "incident_address_geocodes.csv"));

describe.skipIf(!hasData)(
  "seattle fire 2017 loader (needs ../shared/data/seattle-fire-2017 and seattle-fire-geocodes)",
  () => {
    let data: SeattleFireData;
    beforeAll(async () => {
      data = await loadSeattleFire(dataDir, { from: "2017-06-01", to: "2017-06-19" });
    });

    it("loads about 5,100 incidents, sorted, all created on June 1-19 local time", () => {
      expect(data.incidents.length).toBeGreaterThan(4_900);
      expect(data.incidents.length).toBeLessThan(5_300);
      expect(data.counts.missingDays).toEqual([]);
      const first = Date.UTC(2017, 5, 1, 7); // 2017-06-01 00:00 PDT
      const end = Date.UTC(2017, 5, 20, 7);
      for (let i = 0; i < data.incidents.length; i++) {
        const incident = data.incidents[i]!;
        expect(incident.at).toBeGreaterThanOrEqual(first);
        expect(incident.at).toBeLessThan(end);
        if (i > 0) expect(incident.at).toBeGreaterThanOrEqual(data.incidents[i - 1]!.at);
      }
    });

    it("gives every incident inside the city coordinates in the Seattle area", () => {
      const inside = data.incidents.filter((i) => i.insideCity);
      expect(inside.length).toBeGreaterThan(0.98 * data.incidents.length);
      for (const incident of inside) {
        expect(incident.lon).toBeGreaterThan(-122.46);
        expect(incident.lon).toBeLessThan(-122.22);
        expect(incident.lat).toBeGreaterThan(47.49);
        expect(incident.lat).toBeLessThan(47.74);
      }
      expect(data.counts.incidentsWithoutGeocode).toBe(0);
    });

    it("orders unit groups oldest row first (F170054001, listed newest first on the page)", () => {
      const fire = data.incidents.find((i) => i.number === "F170054001");
      expect(fire?.unitGroups.map((g) => g.join(" "))).toEqual([
        "B4 E41 E20 L8",
        "E18",
        "B6 E9 DEP1 SAFT2 AIR9 L6 M44 STAF10 A2 M18",
        "MAR5",
      ]);
      // A group listed in the next day's file comes after the first day's groups.
      expect(data.incidents.find((i) => i.number === "F170057630")?.unitGroups).toEqual([
        ["A2", "M18"],
        ["M10"],
      ]);
    });

    it("uses stations-geocoded.csv coordinates (station 2 is not at HQ)", () => {
      const byId = new Map(data.stations.map((s) => [s.id, s]));
      expect(data.stations).toHaveLength(37);
      expect(byId.get("2")).toMatchObject({ name: "Belltown", lat: 47.6161239 });
      expect(byId.get("2")?.lat).not.toBe(byId.get("HQ")?.lat);
      expect(byId.get("HMC")?.name).toBe("Harborview Medical Center");
    });

    it("houses the June 2017 apparatus, including the M16 and L7 gap fills", () => {
      const home = new Map(data.units.map((u) => [u.id, u]));
      expect(home.get("M16")).toEqual({ id: "M16", kind: "medic", stationId: "17", reserve: false });
      expect(home.get("L7")).toMatchObject({ kind: "ladder", stationId: "14" });
      expect(home.get("E31")?.stationId).toBe("17");
      expect(home.get("A84")).toMatchObject({ kind: "aid", stationId: "11", reserve: true });
      const stationIds = new Set(data.stations.map((s) => s.id));
      for (const unit of data.units) expect(stationIds.has(unit.stationId)).toBe(true);
      expect(data.counts.unitMentionsWithoutHome / data.counts.unitMentions).toBeLessThan(0.02);
    });

    it("derives the same kind as units.json for every unit id in the log", () => {
      const patterns = Object.entries(
        JSON.parse(readFileSync(join(dataDir, "seattle-fire-geocodes", "units.json"), "utf8")) as Record<
          string,
          string
        >,
      ).map(([source, name]) => [new RegExp(source), name] as const);
      const ids = new Set(data.incidents.flatMap((i) => i.unitGroups.flat()));
      for (const id of ids) {
        const name = patterns.find(([re]) => re.test(id))?.[1];
        expect([id, unitKind(id)]).toEqual([id, name === undefined ? "other" : unitKindFromTypeName(name)]);
      }
    });
  },
);

describe.skipIf(!hasData)("seattle fire 2017 baseline (needs ../shared/data/seattle-fire-2017)", () => {
  it("reproduces the published straight-line figures within 1.5 points", async () => {
    const data = await loadSeattleFire(dataDir, { from: "2017-06-01", to: "2017-06-19" });
    const rows = straightLineBaseline(data);
    for (const ref of PUBLISHED_SEATTLE_BASELINE) {
      const row = baselineRow(rows, ref.incidentType, ref.kind);
      expect(row?.n, `${ref.incidentType} -> ${ref.kind}`).toBeGreaterThan(200);
      expect(
        Math.abs((row?.share ?? 0) - ref.share),
        `${ref.incidentType} -> ${ref.kind}`,
      ).toBeLessThanOrEqual(0.015);
    }
  });
});

import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfigFile } from "../../adapters/config/index.ts";
import { replaySeattle } from "../../adapters/replay/index.ts";
import {
  PUBLISHED_SEATTLE_BASELINE,
  loadSeattleFire,
  type SeattleFireData,
} from "../../adapters/seattle/index.ts";

const dataDir = resolve(process.env["CAD_DATA_DIR"] ?? "../shared/data");
const hasData =
  existsSync(resolve(dataDir, "seattle-fire-2017")) && existsSync(resolve(dataDir, "seattle-fire-geocodes"));
const config = loadConfigFile(resolve("config/seattle-fire.yaml"));

describe.skipIf(!hasData)(
  "Seattle Fire 2017-06-01..19 replayed through the engine (needs ../shared/data/seattle-fire-2017 and seattle-fire-geocodes)",
  () => {
    let data: SeattleFireData;
    const row = (r: ReturnType<typeof replaySeattle>, type: string, kind: string) => {
      const found = r.rows.find((x) => x.incidentType === type && x.kind === kind);
      if (found === undefined) throw new Error(`no row ${type} -> ${kind}`);
      return found;
    };

    it("replays every located incident with no input rejected", async () => {
      data = await loadSeattleFire(dataDir);
      const r = replaySeattle(data, config);
      expect(r.incidentsReplayed).toBeGreaterThan(5000);
      expect([...r.rejections]).toEqual([]);
    });

    it("with every unit at home and free, the engine's first choice is from the nearest station as often as the straight-line baseline (within half a point)", () => {
      const r = replaySeattle(data, config, { engine: 0, ladder: 0, chief: 0, aid: 0, medic: 0 });
      for (const p of PUBLISHED_SEATTLE_BASELINE) {
        const x = row(r, p.incidentType, p.kind);
        expect(Math.abs(x.stationShare - (x.baselineShare ?? -1))).toBeLessThan(0.005);
      }
    });

    it("modelling availability, agreement reaches at least the published straight-line baseline for each pair", () => {
      const r = replaySeattle(data, config);
      for (const p of PUBLISHED_SEATTLE_BASELINE) {
        expect(
          row(r, p.incidentType, p.kind).stationShare,
          `${p.incidentType} -> ${p.kind}`,
        ).toBeGreaterThanOrEqual(p.share);
      }
    });
  },
);

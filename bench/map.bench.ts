/**
 * The console map's drawing work, in Node (the string building the page does; the browser's own
 * layout and paint are not in it): Seattle's four boundary layers loaded and served (bytes, ms),
 * each detail level's paths made once, and the overlay (markers and placed labels) with
 * UNITS units and INCIDENTS incidents over those layers, p50/p99 over seeded random views.
 * Run: node --import tsx bench/map.bench.ts [dataDir]   (default: $CAD_DATA_DIR or ../shared/data)
 */
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { defaultDataDir, loadMapLayers } from "../adapters/console/layers.ts";
import { DrawLayer, overlaySvg } from "../adapters/console/web/map-draw.ts";
import {
  detailLevel,
  fitBounds,
  boundsOf,
  Projection,
  type View,
} from "../adapters/console/web/map-geometry.ts";
import type { ConsoleModel } from "../adapters/console/web/model.ts";
import { mulberry32 } from "../adapters/sim/prng.ts";
import { machineInfo } from "./lib/report.ts";
import { isMain, percentile, time } from "./lib/stats.ts";

const UNITS = 500;
const INCIDENTS = 300;
const FRAMES = 400;
const SIZE = { width: 1000, height: 700 };
const FILES = ["city-limits", "city-council-districts", "spd-precincts", "spd-beats"];

export function runMapBench(dataDir: string): string[] {
  const lines: string[] = [];
  const config = resolve("config/seattle-fire.yaml");
  const [reply, loadMs] = time(() => loadMapLayers(config, dataDir));
  const raw = FILES.reduce(
    (n, f) => n + statSync(join(dataDir, "seattle-boundaries", `${f}.geojson`)).size,
    0,
  );
  const served = JSON.stringify(reply).length;
  lines.push(
    `layers: ${raw} bytes of GeoJSON -> ${served} bytes served (${((100 * served) / raw).toFixed(1)}%), loaded in ${loadMs.toFixed(0)} ms`,
  );
  const projection = new Projection(-122.335, 47.615);
  const layers = reply.layers.map((l) => new DrawLayer(l.name, l.style, true, l, reply.quantum, projection));
  const fit = fitBounds(
    boundsOf(layers.flatMap((l) => [...l.worldPoints()])) ?? { minX: 0, minY: 0, maxX: 1, maxY: 1 },
    SIZE,
  );
  for (const zoom of [1, 4, 16, 64]) {
    const level = detailLevel(fit.scale * zoom);
    const [svgs, ms] = time(() => layers.map((l, k) => l.svg(level, k)));
    const points = svgs.reduce((n, s) => n + s.points, 0);
    const bytes = svgs.reduce((n, s) => n + s.svg.length, 0);
    lines.push(
      `paths at ${zoom}x the fit (level ${level}): ${points} points, ${bytes} bytes of SVG, made once in ${ms.toFixed(1)} ms`,
    );
  }
  const model = syntheticModel(mulberry32(17), projection);
  const random = mulberry32(42);
  const times: number[] = [];
  let labels = 0;
  for (let k = 0; k < FRAMES; k++) {
    const zoom = 2 ** Math.floor(random() * 5);
    const view: View = {
      cx: fit.cx + (random() - 0.5) * 8000,
      cy: fit.cy + (random() - 0.5) * 12_000,
      scale: fit.scale * zoom,
    };
    const sel = { incidentId: `INC-${Math.floor(random() * INCIDENTS)}`, unitId: null, recommended: [] };
    const [overlay, ms] = time(() =>
      overlaySvg(model, sel, layers, projection, view, SIZE, (t) => t.length * 6.5),
    );
    times.push(ms);
    labels += overlay.labelsPlaced;
  }
  times.sort((a, b) => a - b);
  lines.push(
    `overlay with ${UNITS} units, ${INCIDENTS} incidents and the layers' names, ${FRAMES} views: p50 ${percentile(times, 50).toFixed(2)} ms, p99 ${percentile(times, 99).toFixed(2)} ms, ${(labels / FRAMES).toFixed(0)} labels placed per view`,
  );
  return lines;
}

/** Units and incidents spread over Seattle, as the page's model holds them. */
function syntheticModel(random: () => number, projection: Projection): ConsoleModel {
  const at = () => projection.unproject((random() - 0.5) * 14_000, (random() - 0.5) * 26_000);
  const statuses = ["available", "en_route", "on_scene", "dispatched"];
  const units = new Map(
    Array.from({ length: UNITS }, (_, k) => {
      const p = at();
      const status = statuses[k % statuses.length] ?? "available";
      return [`U${k}`, { id: `U${k}`, type: "engine", status, lon: p.lon, lat: p.lat, incidentId: null }];
    }),
  );
  const incidents = new Map(
    Array.from({ length: INCIDENTS }, (_, k) => {
      const p = at();
      const unitIds = k % 3 === 0 ? [`U${k}`] : [];
      return [
        `INC-${k}`,
        {
          id: `INC-${k}`,
          lon: p.lon,
          lat: p.lat,
          priority: 1 + (k % 4),
          status: k % 2 === 0 ? "pending" : "dispatched",
          overdueAlerts: k % 7 === 0 ? 1 : 0,
          callType: "AID",
          address: `${k} Pine St`,
          endedAt: null,
          unitIds,
        },
      ];
    }),
  );
  return { units, incidents } as unknown as ConsoleModel;
}

if (isMain(import.meta.url)) {
  const dataDir = resolve(process.argv[2] ?? defaultDataDir());
  if (!existsSync(join(dataDir, "seattle-boundaries"))) {
    process.stderr.write(`map bench: no ${join(dataDir, "seattle-boundaries")}\n`);
    process.exit(1);
  }
  process.stdout.write(`${machineInfo()}\n`);
  for (const line of runMapBench(dataDir)) process.stdout.write(`${line}\n`);
}

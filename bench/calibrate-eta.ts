// Calibrates the travel-time model on the Seattle medic drive-time grid.
// Usage: npx tsx bench/calibrate-eta.ts [dataDir]   (default: $CAD_DATA_DIR or ../shared/data)
// Prints the fits and error table, and writes docs/eta-calibration.md.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  biasByDistanceBand,
  crossValidate,
  errorStats,
  fitKnee,
  fitLinear,
  kFold,
  parseGridSamples,
  parseMedicStations,
  type CalibrationSample,
  type ErrorStats,
  type Fitter,
} from "../adapters/calibration/eta.ts";
import { DEFAULT_TRAVEL_MODEL, type TravelModel } from "../engine/geo/travel.ts";

// The knee must cut cross-validated MAE by this fraction, in both CV schemes, to be worth a parameter.
const MATERIAL_GAIN = 0.02;
const FOLDS = 5;

const repoRoot = resolve(fileURLToPath(import.meta.url), "../..");
const dataDir = resolve(
  process.argv[2] ?? process.env["CAD_DATA_DIR"] ?? resolve(repoRoot, "../shared/data"),
);
const folder = join(dataDir, "seattle-medic-drive-times");
const stations = parseMedicStations(readFileSync(join(folder, "medic_units_2016.csv"), "utf8"));
const samples = parseGridSamples(readFileSync(join(folder, "grid_drive_times.csv"), "utf8"), stations);

interface Row {
  label: string;
  model: TravelModel;
  fit: Fitter | null;
}

const linear = fitLinear(samples);
const knee = fitKnee(samples);
const rows: Row[] = [
  { label: "linear (OLS)", model: linear, fit: fitLinear },
  { label: "knee (hinge OLS)", model: knee, fit: fitKnee },
  { label: "DEFAULT_TRAVEL_MODEL", model: DEFAULT_TRAVEL_MODEL, fit: null },
];
const cv = (fit: Fitter | null, foldOf: Parameters<typeof crossValidate>[2]): ErrorStats | null =>
  fit === null ? null : crossValidate(samples, fit, foldOf);
const measured = rows.map((r) => ({
  ...r,
  stats: errorStats(r.model, samples),
  kFoldCv: cv(r.fit, kFold(FOLDS)),
  stationCv: cv(r.fit, (s: CalibrationSample) => s.station),
}));

const gain = (a: ErrorStats | null, b: ErrorStats | null): number =>
  a === null || b === null ? 0 : 1 - b.maeSeconds / a.maeSeconds;
const [lin, kn] = measured;
const kneeGainKFold = gain(lin?.kFoldCv ?? null, kn?.kFoldCv ?? null);
const kneeGainStation = gain(lin?.stationCv ?? null, kn?.stationCv ?? null);
const kneeWins = kneeGainKFold >= MATERIAL_GAIN && kneeGainStation >= MATERIAL_GAIN;

// Rounds -0.04 to "0.0", not "-0.0".
const f1 = (x: number): string => (Math.abs(x) < 0.05 ? 0 : x).toFixed(1);
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const describe = (m: TravelModel): string =>
  m.knee === undefined
    ? `${m.baseSeconds.toFixed(3)} s + ${m.secondsPerKm.toFixed(3)} s/km`
    : `${m.baseSeconds.toFixed(3)} s + ${m.secondsPerKm.toFixed(3)} s/km up to ${m.knee.km} km, ` +
      `then ${m.knee.secondsPerKm.toFixed(3)} s/km`;

/** A Markdown table padded the way Prettier pads it, so the generated file passes format:check. */
function table(header: string[], body: string[][], rightFrom = 1): string {
  const widths = header.map((h, c) => Math.max(3, h.length, ...body.map((r) => (r[c] ?? "").length)));
  const cell = (t: string, c: number): string =>
    c >= rightFrom ? t.padStart(widths[c] ?? 0) : t.padEnd(widths[c] ?? 0);
  const line = (cells: string[]): string => `| ${cells.map(cell).join(" | ")} |`;
  const rule = widths.map((w, c) => (c >= rightFrom ? "-".repeat(w - 1) + ":" : "-".repeat(w)));
  return [line(header), `| ${rule.join(" | ")} |`, ...body.map(line)].join("\n");
}

const errorTable = table(
  [
    "model",
    "MAE s",
    "RMSE s",
    "median abs s",
    "p90 abs s",
    "bias s",
    `${FOLDS}-fold CV MAE s`,
    "by-station CV MAE s",
  ],
  measured.map((r) => [
    r.label,
    f1(r.stats.maeSeconds),
    f1(r.stats.rmseSeconds),
    f1(r.stats.medianAbsSeconds),
    f1(r.stats.p90AbsSeconds),
    f1(r.stats.meanBiasSeconds),
    r.kFoldCv === null ? "n/a" : f1(r.kFoldCv.maeSeconds),
    r.stationCv === null ? "n/a" : f1(r.stationCv.maeSeconds),
  ]),
);
const kneeBands = biasByDistanceBand(knee, samples, 0.5);
const bandTable = table(
  ["distance km", "n", "mean observed s", "linear bias s", "knee bias s"],
  biasByDistanceBand(linear, samples, 0.5).map((b, i) => [
    `${b.fromKm.toFixed(1)}–${b.toKm.toFixed(1)}`,
    String(b.n),
    f1(b.meanObservedSeconds),
    f1(b.meanBiasSeconds),
    f1(kneeBands[i]?.meanBiasSeconds ?? NaN),
  ]),
);

const verdict = kneeWins
  ? `The knee cuts cross-validated MAE by ${pct(kneeGainKFold)} (${FOLDS}-fold) and ${pct(kneeGainStation)} (by station), at least the ${pct(MATERIAL_GAIN)} required: **use the knee model**.`
  : `The knee cuts cross-validated MAE by only ${pct(kneeGainKFold)} (${FOLDS}-fold) and ${pct(kneeGainStation)} (by station), under the ${pct(MATERIAL_GAIN)} required to justify two more parameters: **keep the straight line**.`;

const near = (a: number, b: number): boolean => Math.abs(a - b) <= 0.005;
const defaultProvenance =
  DEFAULT_TRAVEL_MODEL.knee === undefined &&
  near(DEFAULT_TRAVEL_MODEL.baseSeconds, linear.baseSeconds) &&
  near(DEFAULT_TRAVEL_MODEL.secondsPerKm, linear.secondsPerKm)
    ? "the fitted line rounded to 0.01"
    : "**differs from the fits above: update it**";

const doc = `# ETA travel-time calibration

Generated by \`npx tsx bench/calibrate-eta.ts\`; edit the script, not this file.

## Data

\`seattle-medic-drive-times\` (see its SOURCE.md): ${samples.length} points of a 0.005° grid over Seattle, each with the
Google Maps driving time (seconds, no traffic model, from the grid point to the station) to the Seattle medic unit
nearest by great-circle distance, among the ${stations.length} stations of \`medic_units_2016.csv\`. The drive times come from the
Google Distance Matrix API: a local evaluation reference only, never shipped. They are civilian driving
times; emergency driving with lights and sirens is usually faster.

## Method

- Distance: haversine (\`@turf/distance\`, mean Earth radius 6,371,008.8 m) from each grid point to its \`dispatch\` station.
- Linear: ordinary least squares of drive time on distance, \`base + slope · km\`.
- Knee: continuous two-segment least squares, \`base + s1 · km + (s2 − s1) · max(0, km − knee)\`, with the knee
  searched over 0.5–5 km in 0.25 km steps and only monotone fits (all parameters ≥ 0) allowed.
- Errors are predicted minus observed. CV: ${FOLDS}-fold with fold = row index mod ${FOLDS} (deterministic; rows are in
  grid order), and leave-one-station-out (${stations.length} folds), which holds out whole areas of the city. For the knee,
  the knee position is re-searched inside each training fold.

## Fits

- Linear: ${describe(linear)}
- Knee: ${describe(knee)}

## Errors on the ${samples.length} grid points

${errorTable}

## Mean bias by distance band

${bandTable}

## Decision

${verdict}

\`DEFAULT_TRAVEL_MODEL\` in \`engine/geo/travel.ts\`: ${describe(DEFAULT_TRAVEL_MODEL)} (${defaultProvenance}).
The remaining error (RMSE ${f1(lin?.stats.rmseSeconds ?? NaN)} s) barely depends on the shape of the curve; it most likely comes
from the street network (water, bridges, hills, one-way grids), which no function of straight-line distance captures.
`;

const docPath = join(repoRoot, "docs", "eta-calibration.md");
writeFileSync(docPath, doc);
console.log(`data: ${folder} (${samples.length} samples, ${stations.length} stations)`);
console.log(`linear: ${describe(linear)}`);
console.log(`knee:   ${describe(knee)}`);
console.log(`\n${errorTable}\n\n${bandTable}\n\n${verdict}\nwrote ${docPath}`);

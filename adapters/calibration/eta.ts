import { distance } from "@turf/distance";
import { travelSeconds, type TravelModel } from "../../engine/index.ts";

/** A medic station from medic_units_2016.csv. */
export interface MedicStation {
  unit: string;
  name: string;
  lat: number;
  lon: number;
}

/** One row of grid_drive_times.csv joined to its station: what the travel model must predict. */
export interface CalibrationSample {
  lat: number;
  lon: number;
  /** The `dispatch` column: the station's full name, e.g. "Seattle Medic 32". */
  station: string;
  distanceMeters: number;
  observedSeconds: number;
}

/** Error of predicted minus observed seconds over a set of samples. */
export interface ErrorStats {
  n: number;
  maeSeconds: number;
  rmseSeconds: number;
  medianAbsSeconds: number;
  p90AbsSeconds: number;
  /** Mean of predicted minus observed: positive means the model is pessimistic. */
  meanBiasSeconds: number;
}

/** Fits a model to training samples (the unit of cross-validation). */
export type Fitter = (samples: readonly CalibrationSample[]) => TravelModel;

/**
 * Parses RFC 4180 CSV (quoted fields with commas, doubled quotes, CRLF, a leading UTF-8 BOM).
 * Blank lines are dropped.
 * @throws Error at the offset of a malformed field (e.g. a stray quote)
 */
export function parseCsv(text: string): string[][] {
  const s = text.startsWith("\uFEFF") ? text.slice(1) : text;
  // One field and the separator after it; sticky, so fields must follow each other exactly.
  const fieldRe = /(?:"((?:[^"]|"")*)"|([^",\r\n]*))(,|\r\n|\n|\r|$)/y;
  const rows: string[][] = [];
  let row: string[] = [];
  for (;;) {
    const at = fieldRe.lastIndex;
    const m = fieldRe.exec(s);
    if (m === null) throw new Error(`parseCsv: malformed field at offset ${at}`);
    row.push(m[1] !== undefined ? m[1].replaceAll('""', '"') : (m[2] ?? ""));
    if (m[3] === ",") continue;
    if (row.length > 1 || row[0] !== "") rows.push(row);
    row = [];
    if (m[3] === "" || fieldRe.lastIndex >= s.length) return rows;
  }
}

/** CSV rows as records keyed by the header, checking that the required columns exist. */
function records(text: string, required: readonly string[], what: string): Record<string, string>[] {
  const [header, ...body] = parseCsv(text);
  const missing = required.filter((c) => !header?.includes(c));
  if (header === undefined || missing.length > 0) {
    throw new Error(`${what}: missing column(s) ${missing.join(", ")}`);
  }
  return body.map((cells, r) => {
    if (cells.length !== header.length) {
      throw new Error(`${what}: row ${r + 2} has ${cells.length} fields, header has ${header.length}`);
    }
    return Object.fromEntries(header.map((h, c) => [h, cells[c] ?? ""]));
  });
}

function num(rec: Record<string, string>, col: string, where: string): number {
  const v = Number(rec[col]);
  if (rec[col]?.trim() === "" || !Number.isFinite(v)) {
    throw new Error(`${where}: column ${col} is not a number: ${JSON.stringify(rec[col])}`);
  }
  return v;
}

/** Parses medic_units_2016.csv (`unit,name,address,lat,lon`). */
export function parseMedicStations(text: string): MedicStation[] {
  return records(text, ["unit", "name", "lat", "lon"], "medic_units").map((r, i) => ({
    unit: r["unit"] ?? "",
    name: r["name"] ?? "",
    lat: num(r, "lat", `medic_units row ${i + 2}`),
    lon: num(r, "lon", `medic_units row ${i + 2}`),
  }));
}

/**
 * Parses grid_drive_times.csv (`lat,lng,address,dispatch,response_time`) and measures the
 * haversine distance from each grid point to its dispatched station.
 * @throws Error when a row names a station absent from `stations`
 */
export function parseGridSamples(text: string, stations: readonly MedicStation[]): CalibrationSample[] {
  const byName = new Map(stations.map((s) => [s.name, s]));
  const cols = ["lat", "lng", "dispatch", "response_time"];
  return records(text, cols, "grid_drive_times").map((r, i) => {
    const where = `grid_drive_times row ${i + 2}`;
    const station = r["dispatch"] ?? "";
    const at = byName.get(station);
    if (at === undefined) throw new Error(`${where}: unknown dispatch station ${JSON.stringify(station)}`);
    const lat = num(r, "lat", where);
    const lon = num(r, "lng", where);
    return {
      lat,
      lon,
      station,
      distanceMeters: distance([lon, lat], [at.lon, at.lat], { units: "meters" }),
      observedSeconds: num(r, "response_time", where),
    };
  });
}

/** Solves a small dense linear system by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] | null {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const pivot = m[c]![c]!;
    if (Math.abs(pivot) < 1e-12) return null;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / pivot;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/** Least squares of observed seconds on the given feature columns (normal equations). */
function leastSquares(
  samples: readonly CalibrationSample[],
  features: (km: number) => number[],
): number[] | null {
  const xs = samples.map((s) => features(s.distanceMeters / 1000));
  const p = xs[0]?.length ?? 0;
  const ata = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const atb = new Array<number>(p).fill(0);
  xs.forEach((x, i) => {
    const y = samples[i]!.observedSeconds;
    for (let r = 0; r < p; r++) {
      atb[r]! += x[r]! * y;
      for (let c = 0; c < p; c++) ata[r]![c]! += x[r]! * x[c]!;
    }
  });
  return solve(ata, atb);
}

/** Ordinary least squares line: observed seconds ~ base + slope · km. */
export const fitLinear: Fitter = (samples) => {
  const coef = leastSquares(samples, (km) => [1, km]);
  if (coef === null) throw new Error("fitLinear: degenerate samples (need two distinct distances)");
  return { baseSeconds: coef[0]!, secondsPerKm: coef[1]! };
};

/** Candidate knee positions for {@link fitKnee}: 0.5 km to 5 km in 0.25 km steps. */
export const KNEE_CANDIDATES_KM: readonly number[] = Array.from({ length: 19 }, (_, i) => 0.5 + i * 0.25);

/**
 * Continuous two-segment least squares ("hinge" regression): for each candidate knee, fits
 * base + s1 · km + (s2 − s1) · max(0, km − knee) and keeps the lowest squared error among the
 * fits that are monotone (all parameters >= 0). Falls back to the line when none is.
 */
export function fitKnee(samples: readonly CalibrationSample[], kneesKm = KNEE_CANDIDATES_KM): TravelModel {
  let best: { rmse: number; model: TravelModel } | null = null;
  for (const kneeKm of kneesKm) {
    const coef = leastSquares(samples, (km) => [1, km, Math.max(0, km - kneeKm)]);
    const model = coef === null ? null : monotoneKneeModel(coef, kneeKm);
    if (model === null) continue;
    const rmse = errorStats(model, samples).rmseSeconds;
    if (best === null || rmse < best.rmse) best = { rmse, model };
  }
  return best?.model ?? fitLinear(samples);
}

/** The knee model for hinge coefficients, or null when it would not be monotone. */
function monotoneKneeModel(coef: readonly number[], kneeKm: number): TravelModel | null {
  const [base = NaN, s1 = NaN, delta = NaN] = coef;
  const ok = base >= 0 && s1 >= 0 && s1 + delta >= 0;
  return ok ? { baseSeconds: base, secondsPerKm: s1, knee: { km: kneeKm, secondsPerKm: s1 + delta } } : null;
}

/** Linear-interpolation quantile of sorted values (numpy's default), q in [0, 1]. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const a = sorted[lo]!;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return a + (b - a) * (pos - lo);
}

/** Error statistics of a model's predictions against the observed drive times. */
export function errorStats(model: TravelModel, samples: readonly CalibrationSample[]): ErrorStats {
  return statsOfErrors(samples.map((s) => travelSeconds(model, s.distanceMeters) - s.observedSeconds));
}

function statsOfErrors(errors: readonly number[]): ErrorStats {
  const n = errors.length;
  const abs = errors.map(Math.abs).sort((a, b) => a - b);
  const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / n;
  return {
    n,
    maeSeconds: mean(abs),
    rmseSeconds: Math.sqrt(mean(errors.map((e) => e * e))),
    medianAbsSeconds: quantile(abs, 0.5),
    p90AbsSeconds: quantile(abs, 0.9),
    meanBiasSeconds: mean(errors),
  };
}

/**
 * Cross-validated error: for each fold, fits on the other folds and predicts the held-out one.
 * @param foldOf assigns a sample (by index) to a fold, e.g. `(_, i) => i % 5` or by station
 * @returns stats over all held-out predictions
 */
export function crossValidate(
  samples: readonly CalibrationSample[],
  fit: Fitter,
  foldOf: (sample: CalibrationSample, index: number) => string | number,
): ErrorStats {
  const folds = samples.map(foldOf);
  const errors = new Array<number>(samples.length).fill(NaN);
  for (const fold of new Set(folds)) {
    const model = fit(samples.filter((_, i) => folds[i] !== fold));
    samples.forEach((s, i) => {
      if (folds[i] === fold) errors[i] = travelSeconds(model, s.distanceMeters) - s.observedSeconds;
    });
  }
  return statsOfErrors(errors);
}

/** Deterministic k-fold assignment: sample i goes to fold i mod k (rows are in grid order). */
export function kFold(k: number): (sample: CalibrationSample, index: number) => number {
  return (_, i) => i % k;
}

/** Mean observation and mean model bias within one distance band. */
export interface BandBias {
  fromKm: number;
  toKm: number;
  n: number;
  meanObservedSeconds: number;
  meanBiasSeconds: number;
}

/** Mean bias per distance band of width `bandKm`, to see where a model's shape is wrong. */
export function biasByDistanceBand(
  model: TravelModel,
  samples: readonly CalibrationSample[],
  bandKm: number,
): BandBias[] {
  const bands = new Map<number, CalibrationSample[]>();
  for (const s of samples) {
    const band = Math.floor(s.distanceMeters / 1000 / bandKm);
    bands.set(band, [...(bands.get(band) ?? []), s]);
  }
  return [...bands.entries()]
    .sort(([a], [b]) => a - b)
    .map(([band, group]) => ({
      fromKm: band * bandKm,
      toKm: (band + 1) * bandKm,
      n: group.length,
      meanObservedSeconds: group.reduce((a, s) => a + s.observedSeconds, 0) / group.length,
      meanBiasSeconds: errorStats(model, group).meanBiasSeconds,
    }));
}

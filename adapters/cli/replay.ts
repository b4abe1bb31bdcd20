import { resolve } from "node:path";
import { loadConfigFile } from "../config/index.ts";
import { packageFile } from "../package/index.ts";
import { DEFAULT_BUSY_MINUTES, replaySeattle, type ReplayResult } from "../replay/index.ts";
import { PUBLISHED_SEATTLE_BASELINE, loadSeattleFire } from "../seattle/index.ts";

const SEATTLE_CONFIG = packageFile("config/seattle-fire.yaml");

export interface ReplayOptions {
  readonly dataDir: string;
  readonly from: string;
  readonly to: string;
  readonly busy: string | undefined;
}

/** `cad replay seattle DATA_DIR`: the Seattle Fire log through the engine, against the straight-line baseline. */
export async function runSeattleReplay(opts: ReplayOptions): Promise<number> {
  const started = performance.now();
  const data = await loadSeattleFire(resolve(opts.dataDir), { from: opts.from, to: opts.to });
  const busy = { ...DEFAULT_BUSY_MINUTES, ...parseBusy(opts.busy) };
  const result = replaySeattle(data, loadConfigFile(SEATTLE_CONFIG), busy);
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(formatReplay(result, busy, `${opts.from}..${opts.to}`, seconds));
  return 0;
}

function parseBusy(text: string | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of (text ?? "").split(",").filter((p) => p !== "")) {
    const [kind, minutes] = part.split("=");
    const value = Number(minutes);
    if (kind === undefined || kind === "" || !Number.isFinite(value) || value < 0)
      throw new Error(`--busy: expected kind=minutes, got "${part}"`);
    out[kind] = value;
  }
  return out;
}

const pct = (x: number | null) => (x === null ? "   -  " : `${(100 * x).toFixed(1).padStart(5)}%`);

export function formatReplay(
  r: ReplayResult,
  busy: Record<string, number>,
  window: string,
  seconds: number,
): string {
  const lines = [
    `Seattle Fire ${window}: ${r.incidentsReplayed} incidents replayed (${r.incidentsWithoutPlace} without coordinates skipped), ${r.inputs} inputs in ${seconds.toFixed(1)} s`,
    `busy minutes per kind: ${Object.entries(busy)
      .map(([k, v]) => `${k}=${v}`)
      .join(", ")}; rejected inputs: ${[...r.rejections].map(([c, n]) => `${c} ${n}`).join(", ") || "none"}`,
    `units SFD sent that are not on the 2017 roster (skipped): ${[...r.unitsOffRoster].sort().join(" ") || "none"}`,
    "",
    "first unit of each kind in the first group (incidents inside the city)",
    "incident type                      kind       n   same unit  same station  baseline  published",
  ];
  for (const row of r.rows.filter((x) => x.n >= 30)) {
    const published = PUBLISHED_SEATTLE_BASELINE.find(
      (p) => p.incidentType === row.incidentType && p.kind === row.kind,
    );
    lines.push(
      `${row.incidentType.padEnd(34)} ${row.kind.padEnd(7)} ${String(row.n).padStart(5)}   ${pct(row.share)}      ${pct(row.stationShare)}     ${pct(row.baselineShare)}  ${published === undefined ? "" : pct(published.share)}`,
    );
  }
  lines.push(
    "",
    "same station: the engine's first choice came from the station of the unit SFD sent first (the baseline's measure).",
    "",
  );
  return lines.join("\n");
}

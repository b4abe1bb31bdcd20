/**
 * The recorded demo day of the replay benchmark: a real day of the Seattle Fire Department's 911
 * log (2017-06-01..19, docs/seattle-replay.md), as the inputs the Seattle replay itself applies
 * (adapters/replay: the 2017 roster added at the home stations, each call received at its geocoded
 * place, the units SFD sent dispatched, and released after a modelled busy time). The day is the
 * log's busiest, by incidents created that local day; the whole log is recorded too.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadConfigFile } from "../../adapters/config/index.ts";
import { PACKAGE_ROOT, packageFile } from "../../adapters/package/index.ts";
import { replaySeattle } from "../../adapters/replay/index.ts";
import {
  SEATTLE_DEFAULT_WINDOW,
  loadSeattleFire,
  pacificToEpochMs,
  type SeattleFireData,
  type SeattleWindow,
} from "../../adapters/seattle/index.ts";
import type { EngineConfig, Input } from "../../engine/index.ts";
import { countKinds, kindsText } from "./report.ts";

/** The configuration `cad replay seattle` runs with. */
export const SEATTLE_CONFIG_FILE = packageFile("config/seattle-fire.yaml");

/** One recorded log: the replay's inputs for a window of local days, in the order it applied them. */
export interface RecordedLog {
  readonly window: SeattleWindow;
  /** Incidents created in the window, and of those the ones replayed (with a place). */
  readonly incidents: number;
  readonly incidentsReplayed: number;
  readonly inputs: readonly Input[];
  /** Inputs the engine rejected while the replay recorded them, by code (none expected). */
  readonly rejectedWhileRecording: Readonly<Record<string, number>>;
}

export interface DemoDay {
  readonly dataDir: string;
  readonly config: EngineConfig;
  /** The busiest day of the log. */
  readonly day: RecordedLog;
  /** Every day of the log. */
  readonly whole: RecordedLog;
}

/** The data folder, as the tests and the CLI's docs name it: $CAD_DATA_DIR, else ../shared/data beside the repository. */
export function seattleDataDir(): string {
  return resolve(process.env["CAD_DATA_DIR"] ?? join(PACKAGE_ROOT, "../shared/data"));
}

/** Why the recorded day cannot be built from `dataDir`, or undefined when its data is there. */
export function demoDayMissing(dataDir: string): string | undefined {
  const missing = ["seattle-fire-2017", "seattle-fire-geocodes"].filter((d) => !existsSync(join(dataDir, d)));
  return missing.length === 0
    ? undefined
    : `the Seattle Fire 2017 log is not in ${dataDir} (no ${missing.join(", ")}; set CAD_DATA_DIR)`;
}

/** The label of the recorded day's row (the summary finds the row by it). */
export function demoDayLabel(day: string): string {
  return `recorded demo day (Seattle Fire, ${day}), state only`;
}

export function recordedDaysLabel(window: SeattleWindow): string {
  return `recorded days (Seattle Fire, ${window.from}..${window.to}), state only`;
}

/**
 * Records the busiest day of the log and the whole log, or says why not (data missing).
 * The replay runs with recommendations on, as `cad replay seattle` does; the recorded inputs
 * do not depend on them.
 */
export async function loadDemoDay(dataDir = seattleDataDir()): Promise<DemoDay | { skipped: string }> {
  const missing = demoDayMissing(dataDir);
  if (missing !== undefined) return { skipped: missing };
  const config = loadConfigFile(SEATTLE_CONFIG_FILE);
  const all = await loadSeattleFire(dataDir, SEATTLE_DEFAULT_WINDOW);
  const { day } = busiestDay(all);
  const one = await loadSeattleFire(dataDir, { from: day, to: day });
  return { dataDir, config, day: record(one, config), whole: record(all, config) };
}

/** The replay's inputs for `data`, in order. */
export function record(data: SeattleFireData, config: EngineConfig): RecordedLog {
  const inputs: Input[] = [];
  const r = replaySeattle(data, config, undefined, (input) => inputs.push(input));
  if (r.inputs !== inputs.length)
    throw new Error(`replay applied ${r.inputs} inputs, ${inputs.length} recorded`);
  return {
    window: { from: data.from, to: data.to },
    incidents: data.incidents.length,
    incidentsReplayed: r.incidentsReplayed,
    inputs,
    rejectedWhileRecording: Object.fromEntries(r.rejections),
  };
}

/** The local day of the window with the most incidents created (the earliest of equals). */
export function busiestDay(data: SeattleFireData): { day: string; incidents: number } {
  let best = { day: data.from, incidents: -1 };
  for (let day = data.from; day <= data.to; day = nextDay(day)) {
    const [start, end] = [startOf(day), startOf(nextDay(day))];
    const incidents = data.incidents.filter((i) => i.at >= start && i.at < end).length;
    if (incidents > best.incidents) best = { day, incidents };
  }
  return best;
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Local midnight in Seattle, epoch ms. */
function startOf(day: string): number {
  const [year = 0, month = 0, date = 0] = day.split("-").map(Number);
  return pacificToEpochMs({ year, month, day: date, hour: 0, minute: 0, second: 0 });
}

/** What the report says of the recorded day (kept in the run's results). */
export interface DemoDayFacts {
  /** The days of the log, of which `day` is the busiest. */
  readonly log: SeattleWindow;
  readonly day: string;
  readonly incidents: number;
  readonly inputs: number;
  readonly kinds: Readonly<Record<string, number>>;
  readonly rejectedWhileRecording: Readonly<Record<string, number>>;
}

export function demoDayFacts(d: DemoDay): DemoDayFacts {
  const kinds = countKinds(d.day.inputs);
  return {
    log: d.whole.window,
    day: d.day.window.from,
    incidents: d.day.incidents,
    inputs: d.day.inputs.length,
    kinds,
    rejectedWhileRecording: d.day.rejectedWhileRecording,
  };
}

const n = (x: number): string => x.toLocaleString("en-US");

/** The recorded day in a sentence: which day, why that one, what inputs. */
export function describeDemoDay(f: DemoDayFacts): string {
  const kinds = kindsText(f.kinds);
  const rejected = Object.entries(f.rejectedWhileRecording);
  return (
    `Seattle Fire's 911 log of ${f.day}, the busiest day of ${f.log.from}..${f.log.to} (${n(f.incidents)} incidents), ` +
    `as the inputs \`cad replay seattle\` applies (config/seattle-fire.yaml; the 2017 roster at its stations, each call at its geocoded place, the units SFD sent dispatched and released after a modelled busy time): ` +
    `${n(f.inputs)} inputs (${kinds}), ${rejected.length === 0 ? "none" : rejected.map(([c, k]) => `${k} ${c}`).join(", ")} rejected while recording`
  );
}

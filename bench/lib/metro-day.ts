/**
 * The recorded demo day of the replay benchmark (DESIGN.md's "2M/s on the recorded demo day", issue
 * 20's "recorded Metro day"): 24 simulated hours of the demo city Metro as `cad demo` runs it
 * (config/default.yaml, its default seed and call rate, from its fixed start), recorded as the
 * in-process demo applies them: the roster, the callers' calls, the dispatcher's DispatchUnit, the
 * crews' status changes and AVL fixes, and the clock's Tick every second. Always available: the city
 * is the project's own, seeded, so every run records the same log.
 */
import { loadConfigFile } from "../../adapters/config/index.ts";
import { DEMO_CALLS_PER_HOUR, DEMO_SEED, DEMO_START, InProcessCity } from "../../adapters/sim/index.ts";
import type { EngineConfig, Input } from "../../engine/index.ts";
import { countKinds, kindsText } from "./report.ts";

export const METRO_DAY_HOURS = 24;

/** The label of the recorded Metro day's row (the summary finds the row by it). */
export const METRO_DAY_LABEL = `recorded demo day (Metro, \`cad demo\` ${METRO_DAY_HOURS} h), state only`;

export interface MetroDay {
  readonly config: EngineConfig;
  readonly inputs: readonly Input[];
  /** Inputs the engine rejected while the city ran (the replay rejects the same ones). */
  readonly rejectedWhileRecording: Readonly<Record<string, number>>;
}

/** Records `hours` of the demo city from `cad demo`'s start with its defaults. */
export function recordMetroDay(hours = METRO_DAY_HOURS): MetroDay {
  const config = loadConfigFile();
  const inputs: Input[] = [];
  const city = new InProcessCity(
    config,
    { seed: DEMO_SEED, callsPerHour: DEMO_CALLS_PER_HOUR, start: DEMO_START },
    (input) => inputs.push(input),
  );
  city.runUntil(DEMO_START + hours * 3_600_000);
  const rejectedWhileRecording: Record<string, number> = {};
  for (const { rejection } of city.rejections)
    rejectedWhileRecording[rejection.code] = (rejectedWhileRecording[rejection.code] ?? 0) + 1;
  return { config, inputs, rejectedWhileRecording };
}

/** What the report says of the recorded Metro day (kept in the run's results). */
export interface MetroDayFacts {
  readonly hours: number;
  readonly seed: number;
  readonly callsPerHour: number;
  readonly inputs: number;
  readonly kinds: Readonly<Record<string, number>>;
  readonly rejectedWhileRecording: Readonly<Record<string, number>>;
}

export function metroDayFacts(d: MetroDay): MetroDayFacts {
  const kinds = countKinds(d.inputs);
  return {
    hours: METRO_DAY_HOURS,
    seed: DEMO_SEED,
    callsPerHour: DEMO_CALLS_PER_HOUR,
    inputs: d.inputs.length,
    kinds,
    rejectedWhileRecording: d.rejectedWhileRecording,
  };
}

const n = (x: number): string => x.toLocaleString("en-US");

/** The recorded Metro day in a sentence: what ran, what inputs it gave. */
export function describeMetroDay(f: MetroDayFacts): string {
  const kinds = kindsText(f.kinds);
  const rejected = Object.entries(f.rejectedWhileRecording);
  return (
    `${f.hours} simulated hours of the demo city Metro as \`cad demo\` runs them (config/default.yaml, seed ${f.seed}, ${f.callsPerHour} calls/hour; callers, the dispatcher, crews with AVL every 20 s, a Tick every second), recorded as the in-process demo applied them: ` +
    `${n(f.inputs)} inputs (${kinds}); ${rejected.length === 0 ? "none" : rejected.map(([c, k]) => `${n(k)} ${c}`).join(", ")} rejected while recording (the replay rejects the same)`
  );
}

/**
 * decide + evolve (applyInput) per input kind, each input valid and accepted, on the 100k-incident state
 * (10k units, 1,000 open incidents): what each kind of input costs the engine once it is decoded.
 * Setup and teardown inputs (bench/lib/kinds.ts) are applied outside the timed region.
 * Run: node --import tsx bench/decide.bench.ts
 */
import { Bench } from "tinybench";
import { loadConfigFile } from "../adapters/config/index.ts";
import { mulberry32 } from "../adapters/sim/prng.ts";
import { applyInput, type EngineConfig, type EngineState, type InputKind } from "../engine/index.ts";
import { Driver, KIND_CASES, salvage } from "./lib/kinds.ts";
import { fmt, machineInfo, markdownTable, timing } from "./lib/report.ts";
import { isMain } from "./lib/stats.ts";
import { buildIncidentState } from "./lib/state.ts";

export interface KindTiming {
  readonly kind: InputKind;
  readonly what: string;
  readonly task: string;
  readonly p50Us: number;
  readonly p99Us: number;
  readonly opsPerSec: number;
  readonly samples: number;
  readonly accepted: number;
  readonly rejected: number;
  /** Rejection codes of the timed inputs, if any (there should be none). */
  readonly rejections: readonly string[];
  readonly eventsPerInput: number;
}

export interface DecideOptions {
  /** Measured time per kind (ms of timed inputs plus their setup). */
  readonly timeMs: number;
  readonly warmupMs: number;
  /** Describes the state in the task names, e.g. "100k inc/10k units". */
  readonly sizeLabel: string;
  readonly seed?: number;
}

/** Times each kind's input on `state` (which it changes: give it a copy you can spare). */
export async function runDecide(
  state: EngineState,
  config: EngineConfig,
  opts: DecideOptions,
): Promise<KindTiming[]> {
  const driver = new Driver(state, config, mulberry32(opts.seed ?? 7));
  const bench = new Bench({ time: opts.timeMs, warmupTime: opts.warmupMs, timestampProvider: "hrtimeNow" });
  const tallies = KIND_CASES.map(() => ({ accepted: 0, rejected: 0, events: 0, codes: new Set<string>() }));
  const names = KIND_CASES.map((c) => `applyInput ${c.kind} (${c.what}) state=${opts.sizeLabel}`);
  KIND_CASES.forEach((c, i) => {
    const tally = tallies[i]!;
    bench.add(names[i]!, () => {
      const started = bench.now();
      const scratch: Record<string, string> = {};
      const input = c.prepare(driver, scratch);
      const t0 = bench.now();
      const result = applyInput(state, driver.config, input);
      const elapsed = bench.now() - t0;
      if (result.rejection === null) tally.accepted++;
      else {
        tally.rejected++;
        tally.codes.add(result.rejection.code);
      }
      tally.events += result.events.length;
      if (result.rejection === null) c.teardown?.(driver, scratch, result);
      else salvage(driver, scratch);
      return { overriddenDuration: elapsed, overriddenIterationCost: bench.now() - started };
    });
  });
  await bench.run();
  return KIND_CASES.map((c, i) => {
    const t = timing(bench, names[i]!);
    const tally = tallies[i]!;
    const total = tally.accepted + tally.rejected;
    return {
      kind: c.kind,
      what: c.what,
      task: names[i]!,
      ...t,
      accepted: tally.accepted,
      rejected: tally.rejected,
      rejections: [...tally.codes],
      eventsPerInput: total === 0 ? 0 : tally.events / total,
    };
  });
}

export function decideTable(rows: readonly KindTiming[]): string {
  return markdownTable(
    ["input kind", "what", "p50 µs", "p99 µs", "inputs/s", "accepted", "rejected", "events/input"],
    rows.map((r) => [
      r.kind,
      r.what,
      fmt(r.p50Us),
      fmt(r.p99Us),
      fmt(r.opsPerSec),
      r.accepted.toLocaleString("en-US"),
      r.rejected === 0 ? "0" : `**${r.rejected}** (${r.rejections.join(", ")})`,
      r.eventsPerInput.toFixed(1),
    ]),
    2,
  );
}

if (isMain(import.meta.url)) {
  const config = loadConfigFile();
  console.error("[bench] building 100k incidents (1,000 open) + 10k units through applyInput...");
  const { world } = buildIncidentState(config, {
    incidents: 100_000,
    open: 1_000,
    units: 10_000,
    random: mulberry32(20250601),
  });
  const rows = await runDecide(world.state, config, { timeMs: 500, warmupMs: 100, sizeLabel: "100k/10k" });
  console.log(`# decide + evolve per input kind\n\nMachine: ${machineInfo()}\n`);
  console.log(decideTable(rows));
}

/**
 * Quick timing of the recorded Metro day's replay into memory, state only: records the day once (or
 * reads it from a JSON file given as the first argument, written there when absent), then times N
 * passes (second argument, default 12), each into a fresh state (a full GC before each, outside the timing, as bench/replay.bench.ts does). Prints the median (of the later half), fastest and all
 * passes by CPU (user + system) and wall time. For alternating runs of two worktrees in separate
 * processes: `node --import tsx bench/metro-day-passes.ts /tmp/day.json 9`.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { applyInput, createState, type EngineConfig, type Input } from "../engine/index.ts";
import { loadConfigFile } from "../adapters/config/index.ts";
import { recordMetroDay } from "./lib/metro-day.ts";
import { fullGc } from "./lib/stats.ts";

const file = process.argv[2];
const passes = Number(process.argv[3] ?? 12);
let config: EngineConfig;
let inputs: readonly Input[];
if (file !== undefined && existsSync(file)) {
  // The configuration holds Sets and Maps: it is loaded again, the inputs are plain JSON.
  config = loadConfigFile();
  inputs = JSON.parse(readFileSync(file, "utf8")) as Input[];
} else {
  ({ config, inputs } = recordMetroDay());
  if (file !== undefined) writeFileSync(file, JSON.stringify(inputs));
}

const cpu: number[] = [];
const wall: number[] = [];
let rejected = 0;
const apply = { recommendations: false };
for (let p = 0; p < passes; p++) {
  const state = createState();
  fullGc();
  rejected = 0;
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  for (const input of inputs) if (applyInput(state, config, input, apply).rejection) rejected++;
  const w = performance.now() - w0;
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
  wall.push(w);
}
// The first passes warm the JIT up: the median is of the later half.
const median = (all: number[]): number => {
  const s = all.slice(Math.floor(all.length / 2)).sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};
const rate = (ms: number): string => `${(((inputs.length / ms) * 1000) / 1e6).toFixed(3)}M/s`;
console.log(
  JSON.stringify({
    inputs: inputs.length,
    rejected,
    cpuMedianMs: +median(cpu).toFixed(1),
    wallMedianMs: +median(wall).toFixed(1),
    cpuMin: +Math.min(...cpu).toFixed(1),
    cpuRate: rate(median(cpu)),
    wallRate: rate(median(wall)),
    cpu: cpu.map((x) => +x.toFixed(1)),
  }),
);

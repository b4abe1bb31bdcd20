/** What the end-to-end benchmark takes and returns (bench/e2e/index.ts runs it). */
import type { SaturationResult } from "./side.ts";
import type { LatencySummary } from "./stats.ts";

export interface E2EOptions {
  quick: boolean;
  seed?: number;
  log?: (line: string) => void;
  /** Write V8 CPU profiles of the engine and pass-through processes under DIR/engine and DIR/passthrough. */
  cpuProfileDir?: string;
  /** Override the run's shape (tests use a tiny one). */
  shape?: Partial<RunShape>;
}

export interface E2EResult {
  /**
   * Highest sustained rate (inputs/s): fed as fast as each side takes inputs with a bounded backlog
   * (`saturation`, medians of alternating rounds on identical inputs), the same in quick and full runs.
   * The full run also searches the highest open-loop rate each side keeps up with (`openLoop`).
   */
  engineMaxInputsPerS: number;
  passthroughMaxInputsPerS: number;
  /** engineMaxInputsPerS / passthroughMaxInputsPerS. */
  ratioVsPassthrough: number;
  /** Call in -> UnitsRecommended out at 1,000 inputs/s, open loop, after the warm-up. */
  latencyAt1k: LatencySummary;
  /** Open-loop rates, 1,000/s first; keptUp: at most 0.2 s of input unprocessed when publishing ended. */
  latencyByRate: RateRow[];
  /** How it was measured (machine and its load, mix, sizes, acks in flight, durations, checks). */
  notes: string[];
  /** The same at 1,000 inputs/s through the pass-through: what NATS and JetStream alone cost (NaN in the quick run). */
  passthroughLatencyAt1k: LatencySummary;
  /** Fed as fast as each side takes inputs, at most 4,096 unprocessed: rounds alternate on identical inputs; medians. */
  saturation: {
    engine: number;
    passthrough: number;
    ratio: number;
    rounds: { engine: number[]; passthrough: number[] };
  };
  /** Open loop (inputs arrive at a rate, whatever the service does): the highest rate kept up with, by bisection (full run). */
  openLoop: {
    engine: number;
    passthrough: number;
    ratio: number;
    probes: { side: "engine" | "passthrough"; rate: number; achievedPerS: number; keptUp: boolean }[];
  } | null;
  /** CPU microseconds per input during saturation (medians): the service process, nats-server, the generator. */
  cpuUsPerInput: {
    engine: SaturationResult["cpuUsPerInput"];
    passthrough: SaturationResult["cpuUsPerInput"];
  };
}

export interface RateRow {
  rate: number;
  p50Ms: number;
  p99Ms: number;
  p999Ms: number;
  achievedPerS: number;
  keptUp: boolean;
  samples: number;
}

export interface RunShape {
  /** Units on the roster (the city is 14 km across: Metro's nine first-due zones). */
  readonly units: number;
  /** Share of live inputs that are 911 calls. */
  readonly callShare: number;
  /** Seconds at 1,000 inputs/s for the latency measurement, of which the first `warmupSeconds` are not counted. */
  readonly lat1kSeconds: number;
  readonly warmupSeconds: number;
  /** Also time calls through the pass-through at 1,000/s (else it takes those inputs in a burst). */
  readonly passthroughLatency: boolean;
  /** Inputs per saturation round (the first tenth is warm-up), and rounds per side (alternating). */
  readonly saturationInputs: number;
  readonly rounds: number;
  /** Open-loop bisection probes per side (0: none), each `probeSeconds` long, between 0 and 1.1 x saturation. */
  readonly probes: number;
  readonly probeSeconds: number;
  /** Engine latency steps after the search, as fractions of its open-loop maximum (saturation without a search). */
  readonly engineSteps: readonly number[];
  readonly stepSeconds: number;
}

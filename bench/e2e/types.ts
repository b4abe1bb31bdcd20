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
  /**
   * A nats-server with authentication (`cad auth init`'s configuration), every process on its
   * role's creds; default off (the engine `--insecure`).
   */
  auth?: boolean;
  /**
   * The run four times on the same workload, without and with authentication in ABBA order
   * (without, with, with, without): the result pools the two runs without, and `auth` compares.
   */
  authAbba?: boolean;
}

/** One side of the authentication comparison: its two runs pooled. */
export interface AuthSideResult {
  /** Saturation medians over both runs' rounds (inputs/s), and their ratio. */
  readonly engineMaxInputsPerS: number;
  readonly passthroughMaxInputsPerS: number;
  readonly ratioVsPassthrough: number;
  /** Call -> recommendation at 1,000/s, percentiles over both runs' timed calls. */
  readonly latencyAt1k: LatencySummary;
  /** Each run's own figures, in the order run. */
  readonly runs: readonly { readonly ratio: number; readonly p99Ms: number }[];
}

/**
 * The end-to-end run without and with authentication, in ABBA order on the same workload: what
 * authentication costs the engine against the same pass-through, and its latency at 1,000/s.
 */
export interface AuthComparison {
  readonly order: readonly ("without" | "with")[];
  readonly without: AuthSideResult;
  readonly with: AuthSideResult;
  /** (with - without) / without, in percent. */
  readonly ratioChangePct: number;
  readonly p99ChangePct: number;
  /**
   * The same for each service's saturation rate. The pass-through's is what authentication costs
   * NATS and JetStream alone (no CAD logic, steadier than the engine's on a shared machine).
   */
  readonly engineChangePct: number;
  readonly passthroughChangePct: number;
}

/** One snapshot the standby wrote, from the engine's log line `cad-snapshotter A: snapshot ID at input N, X MB in W ms (then read back in R ms)`. */
export interface StandbySnapshot {
  readonly id: number;
  /** The last input it includes (the input stream's sequence: the roster counts). */
  readonly atInput: number;
  readonly mb: number;
  readonly writeMs: number;
  readonly readBackMs: number;
  /** Incidents opened by then: calls of the workload up to that input that opened one with a UnitsRecommended. */
  readonly incidents: number;
  /** Written for an input after the warm-up, whose calls are timed (else during the warm-up). */
  readonly timed: boolean;
}

/**
 * The engine started with `--data-dir` (a standby engine in a worker thread following the same input log
 * and writing snapshots, as `cad serve --data-dir` runs in the product), at 1,000 inputs/s, on the same
 * inputs as `latencyAt1k`, from the same state (its own agency and streams). The two engines' probes are
 * each cut in two halves run in ABBA order (plain, standby, standby, plain), each half with its own
 * warm-up, and each side's percentiles pool its two halves: a drift over the four slots weighs on both alike.
 */
export interface StandbyResult {
  readonly latency: LatencySummary;
  readonly achievedPerS: number;
  readonly keptUp: boolean;
  /** Calls whose UnitsRecommended never arrived (should be 0). */
  readonly missing: number;
  /** Service process CPU microseconds per input (all its threads, publishing and drain), with the standby and without (the plain engine's probe). */
  readonly cpuUsPerInput: { readonly withStandby: number; readonly without: number };
  readonly snapshotEveryInputs: number;
  readonly snapshotEverySeconds: number;
  /**
   * Input sequences of the probe: (from, to], in its two segments (ABBA order: the standby's are the
   * middle two); in each segment calls are timed from `firstTimed` on.
   */
  readonly inputs: {
    readonly from: number;
    readonly to: number;
    readonly segments: readonly { readonly from: number; readonly to: number; readonly firstTimed: number }[];
  };
  /** Snapshots of the probe's inputs, oldest first. */
  readonly snapshots: StandbySnapshot[];
  /** Whether the standby had written every snapshot due for the probe's inputs within 30 s of its end. */
  readonly caughtUp: boolean;
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
  /**
   * Call in -> UnitsRecommended out at 1,000 inputs/s, open loop, after the warm-up. When the run times the
   * standby (`standbyAt1k`), pooled over the plain engine's two halves of the ABBA probe (first and last).
   */
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
  /** The same probe as `latencyAt1k` through an engine with the standby snapshotter (null when the run leaves it out). */
  standbyAt1k: StandbyResult | null;
  /** With `authAbba`: the runs without and with authentication compared (absent otherwise). */
  auth?: AuthComparison;
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
  /**
   * Also time the same calls through a second engine started with `--data-dir` (the standby snapshotter),
   * which writes a snapshot every `standbySnapshotEveryInputs` inputs: each engine's `lat1kSeconds` are then
   * cut in two halves, run plain, standby, standby, plain, each half with its own `warmupSeconds`.
   */
  readonly standbyLatency: boolean;
  readonly standbySnapshotEveryInputs: number;
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

/**
 * One side of the comparison (the engine, or the pass-through): its process, its load generator, and the
 * phases run against it: a burst (the roster), an open-loop rate with latencies, a saturation run.
 */
import type { NatsConnection } from "@nats-io/transport-node";
import type { LoadGenerator, PhaseTiming } from "./load.ts";
import type { ServiceProcess } from "./processes.ts";
import { cpuSeconds, summarise, type LatencySummary } from "./stats.ts";
import type { Workload } from "./workload.ts";

/** Unprocessed inputs the saturation run allows: several pulls (1,024) of work, never an unbounded queue. */
export const SATURATION_BACKLOG = 4096;
/** A phase that has not drained after this long means the service is stuck: the run fails with its log. */
const DRAIN_TIMEOUT_MS = 120_000;

export interface RateResult {
  readonly rate: number;
  readonly achievedPerS: number;
  /** Whether the backlog stayed bounded: at the end of publishing, at most 0.2 s of input unprocessed. */
  readonly keptUp: boolean;
  readonly lagAtEnd: number;
  readonly latency: LatencySummary;
  /** The latencies summarised in `latency`, in ms (to pool segments of a probe). */
  readonly latenciesMs: readonly number[];
  /** Calls whose UnitsRecommended never arrived (should be 0). */
  readonly missing: number;
  readonly slipP99Ms: number;
  readonly seconds: number;
  readonly inputs: number;
  /** CPU microseconds per input of the service process (all its threads), from the first publication to the drain. */
  readonly cpuUsPerInput: number;
}

/**
 * Segments of one probe at one rate pooled: percentiles over all their timed calls, rates and CPU per
 * input weighted by time and inputs, kept up only if every segment kept up.
 */
export function poolRates(rs: readonly RateResult[]): RateResult {
  const first = rs[0];
  if (first === undefined) throw new Error("poolRates: no segment");
  const sum = (f: (r: RateResult) => number) => rs.reduce((a, r) => a + f(r), 0);
  const seconds = sum((r) => r.seconds);
  const inputs = sum((r) => r.inputs);
  const latenciesMs = rs.flatMap((r) => r.latenciesMs);
  return {
    rate: first.rate,
    achievedPerS: sum((r) => r.achievedPerS * r.seconds) / seconds,
    keptUp: rs.every((r) => r.keptUp),
    lagAtEnd: Math.max(...rs.map((r) => r.lagAtEnd)),
    latency: summarise(latenciesMs),
    latenciesMs,
    missing: sum((r) => r.missing),
    slipP99Ms: Math.max(...rs.map((r) => r.slipP99Ms)),
    seconds,
    inputs,
    cpuUsPerInput: sum((r) => r.cpuUsPerInput * r.inputs) / inputs,
  };
}

export interface SaturationResult {
  readonly inputsPerS: number;
  readonly inputs: number;
  /** CPU microseconds per input, over the whole phase, of the service process, nats-server and the generator. */
  readonly cpuUsPerInput: {
    readonly service: number;
    readonly natsServer: number;
    readonly generator: number;
  };
}

export class Side {
  constructor(
    readonly name: "engine" | "passthrough",
    readonly agency: string,
    readonly proc: ServiceProcess,
    readonly nc: NatsConnection,
    readonly gen: LoadGenerator,
    private readonly workload: Workload,
    private readonly natsPid: number | undefined,
    /** How the log names it (the engine with the standby is an engine of another agency). */
    readonly label: string = name,
  ) {}

  /** Publishes `count` inputs as fast as they are taken and waits for them (the roster; not measured). */
  async burst(count: number): Promise<void> {
    await this.drain(await this.gen.saturate(count, SATURATION_BACKLOG));
  }

  /** `seconds` of input at `rate`, open loop; latencies of the calls after the first `warmupSeconds`. */
  async atRate(rate: number, seconds: number, warmupSeconds: number): Promise<RateResult> {
    const cpuBefore = cpuSeconds(this.proc.child.pid);
    const timing = await this.gen.openLoop(Math.round(rate * seconds), rate);
    await this.drain(timing);
    const cpu = cpuSeconds(this.proc.child.pid) - cpuBefore;
    const latencies: number[] = [];
    let missing = 0;
    for (let p = timing.from + Math.round(rate * warmupSeconds); p < timing.to; p++) {
      if (this.workload.recommends[this.gen.indexAt(p)] !== 1) continue;
      const sent = this.gen.sentAt[p];
      const received = this.gen.recommendedAt[p];
      if (sent === undefined || received === undefined) missing++;
      else latencies.push(received - sent);
    }
    const ms = timing.endMs - timing.startMs;
    return {
      rate,
      achievedPerS: ((this.gen.processedAt(timing.endMs) - this.gen.processedAt(timing.startMs)) * 1000) / ms,
      keptUp: timing.lagAtEnd <= 0.2 * rate + 100,
      lagAtEnd: timing.lagAtEnd,
      latency: summarise(latencies),
      latenciesMs: latencies,
      missing,
      slipP99Ms: timing.slipP99Ms,
      seconds: ms / 1000,
      inputs: timing.to - timing.from,
      cpuUsPerInput: (cpu * 1e6) / (timing.to - timing.from),
    };
  }

  /** `count` inputs as fast as the service takes them (bounded backlog); the rate after the first `warmup`. */
  async saturation(count: number, warmup: number): Promise<SaturationResult> {
    const pid = this.proc.child.pid;
    const before = { service: cpuSeconds(pid), nats: cpuSeconds(this.natsPid), gen: process.cpuUsage() };
    const timing = await this.gen.saturate(count, SATURATION_BACKLOG);
    await this.drain(timing);
    const after = {
      service: cpuSeconds(pid),
      nats: cpuSeconds(this.natsPid),
      gen: process.cpuUsage(before.gen),
    };
    const t0 = this.gen.timeProcessed(timing.from + warmup);
    const t1 = this.gen.timeProcessed(timing.to);
    const us = (seconds: number) => (seconds * 1e6) / count;
    return {
      inputsPerS: ((count - warmup) * 1000) / (t1 - t0),
      inputs: count - warmup,
      cpuUsPerInput: {
        service: us(after.service - before.service),
        natsServer: us(after.nats - before.nats),
        generator: (after.gen.user + after.gen.system) / count,
      },
    };
  }

  private async drain(timing: PhaseTiming): Promise<void> {
    if (await this.gen.waitProcessed(timing.to, DRAIN_TIMEOUT_MS)) return;
    throw new Error(
      `${this.proc.name}: ${timing.to - this.gen.processed} inputs still unprocessed ${DRAIN_TIMEOUT_MS / 1000} s after publishing ended; its log ends: ${this.proc.output().slice(-1500)}`,
    );
  }
}

/**
 * The phases of a run, in order: the roster (not measured), latency at 1,000 inputs/s, saturation rounds
 * (alternating sides on identical inputs), the open-loop search for the highest rate each side keeps up
 * with (full run), and engine latency steps up to and past that rate (full run).
 */
import type { PlanFeed } from "./plan-feed.ts";
import { poolRates, type RateResult, type SaturationResult, type Side } from "./side.ts";
import { STANDBY_CATCH_UP_MS, STANDBY_EVERY_SECONDS, parseSnapshotLines } from "./standby.ts";
import { median, summarise } from "./stats.ts";
import type { E2EResult, RateRow, RunShape, StandbyResult } from "./types.ts";
import type { Workload } from "./workload.ts";

type Probe = NonNullable<E2EResult["openLoop"]>["probes"][number];
type PerSide<T> = { engine: T; passthrough: T };
/** The sides, and the engine with the standby snapshotter when the run times it. */
type Sides = PerSide<Side> & { standby?: Side };

const row = (r: RateResult): RateRow => ({
  rate: r.rate,
  p50Ms: r.latency.p50Ms,
  p99Ms: r.latency.p99Ms,
  p999Ms: r.latency.p999Ms,
  achievedPerS: r.achievedPerS,
  keptUp: r.keptUp,
  samples: r.latency.samples,
});

export class Run {
  private readonly rounds: PerSide<SaturationResult[]> = { engine: [], passthrough: [] };
  private readonly probes: Probe[] = [];
  /** The engine's call -> recommendation latencies at 1,000/s (ms) behind `latencyAt1k`, set by all() (to pool runs). */
  at1kLatenciesMs: readonly number[] = [];
  /** Where the engine's last open-loop phase started: the pass-through's next one takes the same inputs. */
  private lastEngineFrom = 0;

  constructor(
    private readonly shape: RunShape,
    private readonly workload: Workload,
    private readonly sides: Sides,
    private readonly plan: PlanFeed,
    private readonly log: (line: string) => void,
  ) {}

  async all(): Promise<E2EResult> {
    const { shape, sides } = this;
    const all = Object.values(sides).filter((s): s is Side => s !== undefined);
    await Promise.all(all.map((s) => s.burst(this.workload.rosterInputs)));
    this.log(`e2e: roster of ${shape.units} units in place`);
    const { plain: at1k, standby: standbyAt1k } = await this.at1k();
    this.at1kLatenciesMs = at1k.latenciesMs;
    const at1kPassthrough = shape.passthroughLatency
      ? await this.openLoop(sides.passthrough, 1000, shape.lat1kSeconds, shape.warmupSeconds)
      : undefined;
    if (at1kPassthrough === undefined) await sides.passthrough.burst(at1k.inputs);
    const saturation = await this.saturationRounds();
    const openLoop =
      shape.probes > 0
        ? await this.search(saturation, {
            engine: at1k.keptUp,
            passthrough: at1kPassthrough?.keptUp ?? false,
          })
        : null;
    const stepsOf = openLoop?.engine ?? saturation.engine;
    const steps: RateResult[] = [];
    for (const rate of shape.engineSteps.map((f) => Math.round(f * stepsOf)).filter((r) => r >= 10))
      steps.push(await this.openLoop(sides.engine, rate, shape.stepSeconds, 1));
    const cpu = (rs: SaturationResult[]) => ({
      service: median(rs.map((r) => r.cpuUsPerInput.service)),
      natsServer: median(rs.map((r) => r.cpuUsPerInput.natsServer)),
      generator: median(rs.map((r) => r.cpuUsPerInput.generator)),
    });
    return {
      engineMaxInputsPerS: saturation.engine,
      passthroughMaxInputsPerS: saturation.passthrough,
      ratioVsPassthrough: saturation.engine / saturation.passthrough,
      latencyAt1k: at1k.latency,
      latencyByRate: [at1k, ...steps].map(row),
      notes: [],
      passthroughLatencyAt1k: at1kPassthrough?.latency ?? summarise([]),
      saturation: {
        ...saturation,
        ratio: saturation.engine / saturation.passthrough,
        rounds: {
          engine: this.rounds.engine.map((r) => r.inputsPerS),
          passthrough: this.rounds.passthrough.map((r) => r.inputsPerS),
        },
      },
      openLoop: openLoop && {
        ...openLoop,
        ratio: openLoop.engine / openLoop.passthrough,
        probes: this.probes,
      },
      cpuUsPerInput: { engine: cpu(this.rounds.engine), passthrough: cpu(this.rounds.passthrough) },
      standbyAt1k,
    };
  }

  /**
   * The engine at 1,000/s for `lat1kSeconds`. When the run times the engine with the standby snapshotter,
   * both take the same inputs from the same state in ABBA order: the plain engine the first half, the
   * standby the first half then the second, the plain engine the second half, each half with its own
   * `warmupSeconds` not counted; each side's percentiles pool its two halves, so that a drift over the four
   * slots (the order effect an A/A control showed) weighs on both alike. Before the plain engine's second
   * half, waits for the standby to write the snapshots due for its inputs (so that it idles, as during the
   * first half), reads them from its log, and after that half stops the standby's process (the rest of the
   * run is as without it).
   */
  private async at1k(): Promise<{ plain: RateResult; standby: StandbyResult | null }> {
    const { shape } = this;
    const { engine, standby: s } = this.sides;
    if (s === undefined)
      return {
        plain: await this.openLoop(engine, 1000, shape.lat1kSeconds, shape.warmupSeconds),
        standby: null,
      };
    const from = engine.gen.next;
    this.lastEngineFrom = from;
    const total = Math.round(1000 * shape.lat1kSeconds);
    await this.haveInputs(from + total);
    const halves = [Math.floor(total / 2), total - Math.floor(total / 2)] as const;
    const warmup = Math.round(1000 * shape.warmupSeconds);
    if (warmup >= halves[0])
      throw new Error(
        `the ABBA probe's halves (${halves[0]} inputs) must be longer than the warm-up (${warmup} inputs)`,
      );
    if (s.gen.next > from)
      throw new Error(
        `${s.label} is past the plain engine's probe (at ${s.gen.next}, the probe from ${from})`,
      );
    if (s.gen.next < from) await s.burst(from - s.gen.next);
    const w = shape.warmupSeconds;
    const plain1 = await this.measure(engine, 1000, halves[0] / 1000, w);
    const segments: { from: number; to: number; firstTimed: number }[] = [];
    const withStandby: RateResult[] = [];
    for (const count of halves) {
      const at = s.gen.published;
      const r = await this.measure(s, 1000, count / 1000, w);
      // Positions [at, at + inputs) are input sequences at + 1 .. at + inputs (no input skipped).
      segments.push({ from: at, to: at + r.inputs, firstTimed: at + warmup + 1 });
      withStandby.push(r);
    }
    const start = segments[0]!.from;
    const to = segments.at(-1)!.to;
    const every = shape.standbySnapshotEveryInputs;
    const lastDue = Math.floor(to / every) * every;
    const snapshots = () =>
      parseSnapshotLines(s.proc.output(), s.agency).filter((x) => x.atInput > start && x.atInput <= to);
    let caughtUp = lastDue <= start;
    for (const until = performance.now() + STANDBY_CATCH_UP_MS; !caughtUp && performance.now() < until;) {
      caughtUp = snapshots().some((x) => x.atInput >= lastDue);
      if (!caughtUp) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const found = snapshots();
    // Same inputs: the plain engine's second half starts where the standby's did.
    if (engine.gen.next !== from + halves[0] || s.gen.next !== from + total)
      throw new Error(
        `ABBA out of step: the plain engine at ${engine.gen.next}, the standby at ${s.gen.next} (from ${from})`,
      );
    const plain2 = await this.measure(engine, 1000, halves[1] / 1000, w);
    await s.proc.stop();
    const plain = poolRates([plain1, plain2]);
    const r = poolRates(withStandby);
    // Incidents opened by input sequence q: calls among the first q inputs that opened one with a recommendation.
    const incidentsBy = (q: number) => {
      let count = 0;
      for (let p = 0; p < q; p++) count += this.workload.recommends[s.gen.indexAt(p)] ?? 0;
      return count;
    };
    const timed = (q: number) => segments.some((g) => q >= g.firstTimed && q <= g.to);
    const l = (x: RateResult) => x.latency;
    this.log(
      `e2e: ABBA at 1,000/s, halves pooled: plain engine p99 ${l(plain).p99Ms.toFixed(2)} ms, p99.9 ${l(plain).p999Ms.toFixed(2)} ms (${l(plain).samples} calls); ${s.label} p99 ${l(r).p99Ms.toFixed(2)} ms, p99.9 ${l(r).p999Ms.toFixed(2)} ms (${l(r).samples} calls)`,
    );
    this.log(
      `e2e: ${s.label}: ${found.length} snapshot(s) of the probe's inputs: ${found.map((x) => `at ${x.atInput}, ${x.mb} MB in ${x.writeMs} ms`).join("; ")}${caughtUp ? "" : " (the standby had not caught up)"}`,
    );
    return {
      plain,
      standby: {
        latency: r.latency,
        achievedPerS: r.achievedPerS,
        keptUp: r.keptUp,
        missing: r.missing,
        cpuUsPerInput: { withStandby: r.cpuUsPerInput, without: plain.cpuUsPerInput },
        snapshotEveryInputs: every,
        snapshotEverySeconds: STANDBY_EVERY_SECONDS,
        inputs: { from: start, to, segments },
        snapshots: found.map((x) => ({ ...x, incidents: incidentsBy(x.atInput), timed: timed(x.atInput) })),
        caughtUp,
      },
    };
  }

  private async saturationRounds(): Promise<PerSide<number>> {
    const { shape, sides } = this;
    for (let r = 0; r < shape.rounds; r++) {
      const order = r % 2 === 0 ? [sides.engine, sides.passthrough] : [sides.passthrough, sides.engine];
      for (const s of order) {
        const result = await s.saturation(shape.saturationInputs, Math.round(shape.saturationInputs / 10));
        this.rounds[s.name].push(result);
        this.log(`e2e: saturation round ${r + 1}, ${s.name}: ${Math.round(result.inputsPerS)} inputs/s`);
      }
    }
    return {
      engine: median(this.rounds.engine.map((r) => r.inputsPerS)),
      passthrough: median(this.rounds.passthrough.map((r) => r.inputsPerS)),
    };
  }

  /** Bisection per side between 0 (or 1,000 if kept up with) and 1.1 x saturation, sides alternating; a rate fails only if it fails twice. */
  private async search(saturation: PerSide<number>, keptUpAt1k: PerSide<boolean>): Promise<PerSide<number>> {
    const bounds = {
      engine: { lo: keptUpAt1k.engine ? 1000 : 0, hi: 1.1 * saturation.engine },
      passthrough: { lo: keptUpAt1k.passthrough ? 1000 : 0, hi: 1.1 * saturation.passthrough },
    };
    for (let k = 0; k < this.shape.probes; k++) {
      for (const s of [this.sides.engine, this.sides.passthrough]) {
        const b = bounds[s.name];
        const rate = Math.round((b.lo + b.hi) / 2 / 10) * 10;
        // Keeping up cannot be luck, falling behind can (other work on the machine): a failure is tried again.
        let keptUp = false;
        for (let attempt = 0; attempt < 2 && !keptUp; attempt++) {
          const result = await this.openLoop(s, rate, this.shape.probeSeconds, 1);
          this.probes.push({ side: s.name, rate, achievedPerS: result.achievedPerS, keptUp: result.keptUp });
          keptUp = result.keptUp;
        }
        if (keptUp) b.lo = rate;
        else b.hi = rate;
      }
    }
    return { engine: bounds.engine.lo, passthrough: bounds.passthrough.lo };
  }

  /** `seconds` at `rate`, open loop, on fresh inputs for the engine and the engine's latest ones for the pass-through. */
  private async openLoop(s: Side, rate: number, seconds: number, warmupSeconds: number): Promise<RateResult> {
    if (s.name === "engine") this.lastEngineFrom = s.gen.next;
    else s.gen.next = Math.max(s.gen.next, this.lastEngineFrom);
    await this.haveInputs(s.gen.next + Math.round(rate * seconds));
    return this.measure(s, rate, seconds, warmupSeconds);
  }

  /** Extends the workload (and the pass-through's plan) to at least `count` inputs. */
  private async haveInputs(count: number): Promise<void> {
    const need = count - this.workload.inputs.length;
    if (need > 0) {
      this.workload.extend(need);
      await this.plan.sync();
    }
  }

  /** `seconds` at `rate` from where the side's generator is, logged. */
  private async measure(s: Side, rate: number, seconds: number, warmupSeconds: number): Promise<RateResult> {
    const r = await s.atRate(rate, seconds, warmupSeconds);
    const l = r.latency;
    const behind = r.keptUp ? "kept up" : `fell behind (${r.lagAtEnd} unprocessed when publishing ended)`;
    this.log(
      `e2e: ${s.label} at ${rate}/s for ${seconds} s: achieved ${Math.round(r.achievedPerS)}/s, ${behind}; p50 ${l.p50Ms.toFixed(2)} ms, p99 ${l.p99Ms.toFixed(2)} ms, p99.9 ${l.p999Ms.toFixed(2)} ms (${l.samples} calls${r.missing > 0 ? `, ${r.missing} without a recommendation` : ""}); service CPU ${r.cpuUsPerInput.toFixed(0)} us per input`,
    );
    return r;
  }
}

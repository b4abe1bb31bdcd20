/**
 * The phases of a run, in order: the roster (not measured), latency at 1,000 inputs/s, saturation rounds
 * (alternating sides on identical inputs), the open-loop search for the highest rate each side keeps up
 * with (full run), and engine latency steps up to and past that rate (full run).
 */
import type { PlanFeed } from "./plan-feed.ts";
import type { RateResult, SaturationResult, Side } from "./side.ts";
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
    const at1k = await this.openLoop(sides.engine, 1000, shape.lat1kSeconds, shape.warmupSeconds);
    const standbyAt1k = await this.standbyProbe(at1k, this.lastEngineFrom);
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
   * The engine with the standby snapshotter at 1,000/s on the inputs of the plain engine's probe (which
   * started at workload index `from`), after the same inputs before them: the same state, the same calls.
   * Then waits for the standby to write the snapshots due for those inputs, reads them from its log, and
   * stops that process (the rest of the run is as without it).
   */
  private async standbyProbe(plain: RateResult, from: number): Promise<StandbyResult | null> {
    const { shape } = this;
    const s = this.sides.standby;
    if (s === undefined) return null;
    if (s.gen.next > from)
      throw new Error(
        `${s.label} is past the plain engine's probe (at ${s.gen.next}, the probe from ${from})`,
      );
    if (s.gen.next < from) await s.burst(from - s.gen.next);
    const start = s.gen.published;
    const r = await this.measure(s, 1000, shape.lat1kSeconds, shape.warmupSeconds);
    // Positions [start, start + inputs) are input sequences start + 1 .. start + inputs (no input skipped).
    const to = start + r.inputs;
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
    await s.proc.stop();
    const firstTimed = start + Math.round(1000 * shape.warmupSeconds) + 1;
    // Incidents opened by input sequence q: calls among the first q inputs that opened one with a recommendation.
    const incidentsBy = (q: number) => {
      let count = 0;
      for (let p = 0; p < q; p++) count += this.workload.recommends[s.gen.indexAt(p)] ?? 0;
      return count;
    };
    this.log(
      `e2e: ${s.label}: ${found.length} snapshot(s) of the probe's inputs: ${found.map((x) => `at ${x.atInput}, ${x.mb} MB in ${x.writeMs} ms`).join("; ")}${caughtUp ? "" : " (the standby had not caught up)"}`,
    );
    return {
      latency: r.latency,
      achievedPerS: r.achievedPerS,
      keptUp: r.keptUp,
      missing: r.missing,
      cpuUsPerInput: { withStandby: r.cpuUsPerInput, without: plain.cpuUsPerInput },
      snapshotEveryInputs: every,
      snapshotEverySeconds: STANDBY_EVERY_SECONDS,
      inputs: { from: start, to, firstTimed },
      snapshots: found.map((x) => ({
        ...x,
        incidents: incidentsBy(x.atInput),
        timed: x.atInput >= firstTimed,
      })),
      caughtUp,
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
    const need = s.gen.next + Math.round(rate * seconds) - this.workload.inputs.length;
    if (need > 0) {
      this.workload.extend(need);
      await this.plan.sync();
    }
    return this.measure(s, rate, seconds, warmupSeconds);
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

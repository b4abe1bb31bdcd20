/**
 * The load generator for one agency: publishes the workload's inputs to the input stream's subjects (open
 * loop at a target rate, or as fast as a bounded backlog allows), follows how far the service has got by the number of
 * outputs stored in the event stream, and times each call from its publication to its UnitsRecommended
 * output (a core-NATS subscription on `cad.<agency>.evt.units.recommended`, matched by Cad-Input-Seq).
 * Inputs go out as core-NATS publishes with the Nats-Msg-Id and Cad-Time headers: JetStream stores them
 * (deduplicated by id) all the same, and the generator spends no CPU on acks, which it would take from the
 * services it measures on a 2-core machine; `check` verifies afterwards that none was lost.
 * Positions count published inputs (the n-th published input has stream sequence base + n + 1, where base
 * counts what the stream held before the load: the configuration `cad serve` records at start-up); a generator
 * may skip inputs of the workload (by moving `next`), so a position's input index is `indexAt(position)`.
 */
import { jetstreamManager, type JetStreamManager } from "@nats-io/jetstream";
import { headers, type NatsConnection, type Subscription } from "@nats-io/transport-node";
import { INPUT_SEQ_HEADER, TIME_HEADER, agencySubjects } from "../../adapters/nats/index.ts";
import type { Workload } from "./workload.ts";

/** Progress readings: often while inputs are outstanding, seldom while the side is idle. */
const POLL_MS = 10;
const IDLE_POLL_MS = 200;

export interface Reading {
  /** performance.now() of the reading. */
  readonly t: number;
  /** Published inputs whose outputs are all stored. */
  readonly processed: number;
  readonly published: number;
}

export interface StreamCheck {
  readonly published: number;
  readonly inputsStored: number;
  /** Outputs the recorded plan says the service publishes for the inputs published, and what is stored. */
  readonly outputsExpected: number;
  readonly outputsStored: number;
  /** Bytes of the event stream as JetStream counts them (subjects, headers, data). */
  readonly outputBytes: number;
}

export interface PhaseTiming {
  /** Positions [from, to) were published in this phase. */
  readonly from: number;
  readonly to: number;
  readonly startMs: number;
  readonly endMs: number;
  /** How late publications were against the open-loop schedule (p99, ms). */
  readonly slipP99Ms: number;
  /** Inputs published but not processed when publishing ended. */
  readonly lagAtEnd: number;
}

export class LoadGenerator {
  /** Next input (workload index) to publish. */
  next = 0;
  /** Published inputs whose outputs are all stored (a position). */
  processed = 0;
  /** performance.now() when the input at a position was published, and when its UnitsRecommended arrived. */
  readonly sentAt: number[] = [];
  readonly recommendedAt: number[] = [];
  readonly readings: Reading[] = [];
  private readonly indexOfPosition: number[] = [];
  /** Outputs of the first p published inputs. */
  private readonly outputsBefore: number[] = [0];
  private readonly prefix: string;
  private readonly sub: Subscription;
  private polling = true;
  private readonly poller: Promise<void>;

  private constructor(
    private readonly nc: NatsConnection,
    private readonly jsm: JetStreamManager,
    private readonly workload: Workload,
    private readonly agency: string,
    /** Inputs in the stream before the load (the engine's recorded configuration and its claim of the lead; none for the pass-through). */
    private readonly base: number,
    /** Outputs in the event stream before the load (the claim's LeadershipChanged; none for the pass-through). */
    private readonly outputsBase: number,
  ) {
    this.prefix = agencySubjects(agency).inputPrefix;
    this.sub = nc.subscribe(`${agencySubjects(agency).eventPrefix}units.recommended`, {
      callback: (error, msg) => {
        const seq = Number(msg.headers?.get(INPUT_SEQ_HEADER));
        if (error === null && Number.isInteger(seq) && seq >= 1)
          this.recommendedAt[seq - 1 - this.base] = performance.now();
      },
    });
    this.poller = this.poll();
  }

  /**
   * `nc` publishes the inputs and hears the recommendations (under credentials, the sim role's);
   * `monitor` reads the streams' state (the input stream too, which only the engine and the admin
   * may read: under credentials, the admin's).
   */
  static async start(
    nc: NatsConnection,
    workload: Workload,
    agency: string,
    monitor: NatsConnection = nc,
  ): Promise<LoadGenerator> {
    const jsm = await jetstreamManager(monitor);
    const s = agencySubjects(agency);
    const base = (await jsm.streams.info(s.inputStream)).state.last_seq;
    const outputsBase = (await jsm.streams.info(s.eventStream)).state.messages;
    return new LoadGenerator(nc, jsm, workload, agency, base, outputsBase);
  }

  get published(): number {
    return this.indexOfPosition.length;
  }

  indexAt(position: number): number {
    return this.indexOfPosition[position] ?? -1;
  }

  async close(): Promise<void> {
    this.polling = false;
    await this.poller;
    this.sub.unsubscribe();
  }

  /** Publishes `count` inputs at `ratePerS`, open loop (never waiting for the service). */
  async openLoop(count: number, ratePerS: number): Promise<PhaseTiming> {
    const from = this.published;
    const to = from + count;
    const slips: number[] = [];
    const startMs = performance.now();
    while (this.published < to) {
      const now = performance.now();
      const due = Math.min(to, from + Math.floor(((now - startMs) * ratePerS) / 1000) + 1);
      while (this.published < due) {
        slips.push(now - (startMs + ((this.published - from) * 1000) / ratePerS));
        this.publish();
      }
      await sleep(1);
    }
    const endMs = performance.now();
    slips.sort((a, b) => a - b);
    const slipP99Ms = slips[Math.min(slips.length - 1, Math.floor(slips.length * 0.99))] ?? 0;
    return { from, to, startMs, endMs, slipP99Ms, lagAtEnd: to - this.processed };
  }

  /** Publishes `count` inputs as fast as the service takes them, keeping at most `backlog` unprocessed. */
  async saturate(count: number, backlog: number): Promise<PhaseTiming> {
    const from = this.published;
    const to = from + count;
    const startMs = performance.now();
    while (this.published < to) {
      const limit = Math.min(to, this.processed + backlog);
      while (this.published < limit) this.publish();
      await sleep(1);
    }
    return { from, to, startMs, endMs: performance.now(), slipP99Ms: 0, lagAtEnd: to - this.processed };
  }

  /** Waits until every published input before `position` is processed; false on timeout. */
  async waitProcessed(position: number, timeoutMs: number): Promise<boolean> {
    const until = performance.now() + timeoutMs;
    while (this.processed < position) {
      if (performance.now() > until) return false;
      await sleep(POLL_MS);
    }
    return true;
  }

  /** When `processed` reached `position` (interpolated between readings); NaN if it has not. */
  timeProcessed(position: number): number {
    const r = this.readings;
    for (let k = 0; k < r.length; k++) {
      const b = r[k]!;
      if (b.processed < position) continue;
      const a = r[k - 1];
      if (a === undefined || b.processed === a.processed) return b.t;
      return a.t + ((position - a.processed) / (b.processed - a.processed)) * (b.t - a.t);
    }
    return NaN;
  }

  /** How many published inputs were processed at time `t` (interpolated between readings). */
  processedAt(t: number): number {
    const r = this.readings;
    for (let k = 0; k < r.length; k++) {
      const b = r[k]!;
      if (b.t < t) continue;
      const a = r[k - 1];
      if (a === undefined) return b.processed;
      return a.processed + ((t - a.t) / (b.t - a.t)) * (b.processed - a.processed);
    }
    return this.processed;
  }

  private publish(): void {
    const i = this.next++;
    const input = this.workload.inputs[i]!;
    const plan = this.workload.plan;
    const seq = this.indexOfPosition.push(i);
    this.outputsBefore.push(this.outputsBefore[seq - 1]! + plan.start[i + 1]! - plan.start[i]!);
    const h = headers();
    h.set("Nats-Msg-Id", input.id);
    h.set(TIME_HEADER, String(input.at));
    this.sentAt[seq - 1] = performance.now();
    this.nc.publish(this.prefix + input.subject, input.data, { headers: h });
  }

  /** What the streams hold against what was published and what the plan says the service publishes. */
  async check(): Promise<StreamCheck> {
    const s = agencySubjects(this.agency);
    const inputs = (await this.jsm.streams.info(s.inputStream)).state;
    const outputs = (await this.jsm.streams.info(s.eventStream)).state;
    return {
      published: this.published,
      inputsStored: inputs.messages - this.base,
      outputsExpected: this.outputsBefore[this.published] ?? NaN,
      outputsStored: outputs.messages - this.outputsBase,
      outputBytes: outputs.bytes,
    };
  }

  /** Follows the event stream's message count: an input is processed when all its outputs are stored. */
  private async poll(): Promise<void> {
    const stream = agencySubjects(this.agency).eventStream;
    while (this.polling) {
      try {
        const info = await this.jsm.streams.info(stream);
        const stored = info.state.messages - this.outputsBase;
        const before = this.outputsBefore;
        // Largest p with before[p] <= stored.
        let lo = this.processed;
        let hi = before.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (before[mid]! <= stored) lo = mid;
          else hi = mid - 1;
        }
        this.processed = lo;
        this.readings.push({ t: performance.now(), processed: lo, published: this.published });
      } catch {
        // The stream may not exist yet; the next reading will tell.
      }
      await sleep(this.processed < this.published ? POLL_MS : IDLE_POLL_MS);
    }
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

import {
  jetstream,
  type ConsumerMessages,
  type JetStreamClient,
  type JetStreamManager,
} from "@nats-io/jetstream";
import type { NatsConnection, Subscription } from "@nats-io/transport-node";
import type { EngineConfig, EngineState } from "../../engine/index.ts";
import { InputApplier, faultId } from "./apply.ts";
import { connectNats, consumeFrom } from "./connection.ts";
import { logMessageOfJs, type LogMessage } from "./log.ts";
import { Publisher } from "./publisher.ts";
import { serveQueries } from "./queries.ts";
import {
  replayBacklog,
  recover,
  WatermarkRecorder,
  type ReplaySteps,
  type Recovery,
  type RecoveryOptions,
} from "./recovery.ts";
import type { StreamReader } from "./stream-reader.ts";
import { ensureStreams } from "./streams.ts";
import { agencySubjects, type AgencySubjects } from "./subjects.ts";

export interface ServiceOptions extends RecoveryOptions {
  readonly servers: string;
  readonly config: EngineConfig;
  /** Take each input's time from its Cad-Time header (simulations, replays) instead of the log's acceptance time. */
  readonly trustInputTime?: boolean;
}

/**
 * The engine as a NATS service for one agency: it reads the agency's input stream in order
 * from the start, applies every input, and publishes the events (or the rejection) to the
 * event stream with message ids derived from the input's sequence, so outputs republished
 * after a crash are dropped by JetStream and consumers never see one twice.
 *
 * This file is the loop; its parts are recovery.ts (restore, watermark, catch-up replay),
 * apply.ts (one input to its outputs), outputs.ts (their subjects and ids) and publisher.ts.
 */
export class EngineService {
  readonly counts = { applied: 0, rejected: 0, published: 0 };
  /** Sequence of the last input read from the log (applied or rejected). */
  lastSeq = 0;
  /** The engine state: from the newest valid snapshot, or empty. */
  readonly state: EngineState;
  private readonly inputs: InputApplier;
  private readonly publisher: Publisher;
  private readonly watermark: WatermarkRecorder;
  private messages: ConsumerMessages | undefined;
  /** The start-up replay's reader, while it reads. */
  private reader: StreamReader | undefined;
  private queries: Subscription | undefined;
  private loop: Promise<void> = Promise.resolve();
  private stopping = false;
  private caughtUpResolve: (() => void) | undefined;
  /** Resolves once every input that was in the log at start-up has been applied. */
  readonly caughtUp: Promise<void> = new Promise((resolve) => (this.caughtUpResolve = resolve));

  private constructor(
    private readonly opts: ServiceOptions,
    private readonly s: AgencySubjects,
    readonly nc: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    private readonly recovery: Recovery,
  ) {
    this.state = recovery.state;
    this.lastSeq = recovery.fromSeq;
    const stopping = () => this.stopping;
    this.publisher = new Publisher(js, this.counts, recovery.published, stopping);
    this.inputs = new InputApplier({
      s,
      state: this.state,
      config: opts.config,
      trustInputTime: opts.trustInputTime === true,
      counts: this.counts,
      stateOnly: (inputSeq) => this.publisher.stored(inputSeq),
      log: opts.log,
    });
    this.watermark = new WatermarkRecorder(opts);
  }

  static async start(opts: ServiceOptions): Promise<EngineService> {
    const s = agencySubjects(opts.agency);
    const nc = await connectNats(opts.servers, `cad-engine-${opts.agency}`);
    const jsm = await ensureStreams(nc, s);
    const recovery = await recover(nc, jsm, s, opts);
    const service = new EngineService(opts, s, nc, jetstream(nc), jsm, recovery);
    const position = () => ({
      lastInputSeq: service.lastSeq,
      catchingUp: service.caughtUpResolve !== undefined,
      backlogSeq: recovery.backlog,
    });
    service.queries = serveQueries(nc, s, service.state, opts.config, position, opts.log);
    service.loop = service.run().catch((error: unknown) => {
      opts.log?.(`cad-engine ${opts.agency}: input loop stopped: ${(error as Error).stack ?? String(error)}`);
    });
    if (recovery.backlog <= recovery.fromSeq) service.markCaughtUp(0);
    return service;
  }

  /** Finishes the input in hand, waits for its outputs, and closes the connection. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.reader?.close();
    await this.messages?.close();
    await this.loop.catch(() => undefined);
    // Every output is acknowledged: a clean stop leaves the exact watermark.
    if (await this.publisher.settle()) this.watermark.markNow(this.lastSeq);
    this.queries?.unsubscribe();
    await this.nc.drain().catch(() => undefined);
  }

  /** The catch-up replay of the backlog, then the live loop: apply each input, publish, and now and then wait for acks. */
  private async run(): Promise<void> {
    const started = performance.now();
    await this.catchUp(started);
    if (this.stopping) return;
    this.messages = await consumeFrom(this.js, this.s.inputStream, this.lastSeq + 1);
    for await (const m of this.messages) {
      if (this.stopping) break;
      this.handleSafely(logMessageOfJs(m));
      // Wait for acks when 256 are out, or when nothing more is waiting: neither on the server nor
      // already delivered to this client (waiting with inputs in hand only adds latency).
      if (this.publisher.full || (m.info.pending === 0 && this.messages.getPending() === 0)) {
        await this.publisher.flush();
        this.watermark.mark(this.lastSeq);
      }
      if (m.seq >= this.recovery.backlog && this.caughtUpResolve !== undefined)
        this.markCaughtUp(performance.now() - started);
    }
  }

  /**
   * Replays the inputs that were in the log at start-up (recovery.ts). Caught up is marked in here,
   * a step before run() looks at `stopping` again: a stop() called on caught up is seen in time.
   */
  private async catchUp(started: number): Promise<void> {
    const { backlog } = this.recovery;
    if (this.lastSeq >= backlog) return;
    const range = { stream: this.s.inputStream, fromSeq: this.lastSeq + 1, toSeq: backlog };
    await replayBacklog(this.nc, this.jsm, range, this.replaySteps());
    if (this.lastSeq >= backlog && this.caughtUpResolve !== undefined)
      this.markCaughtUp(performance.now() - started);
  }

  private replaySteps(): ReplaySteps {
    return {
      publisher: this.publisher,
      stopping: () => this.stopping,
      handle: (m) => this.handleSafely(m),
      flushed: () => this.watermark.mark(this.lastSeq),
      reading: (reader) => (this.reader = reader),
      failed: (error) =>
        this.opts.log?.(
          `cad-engine ${this.s.agency}: fast replay stopped after input ${this.lastSeq} (${error.message}); reading on with an ordered consumer`,
        ),
    };
  }

  private markCaughtUp(ms: number): void {
    const { from, restoreMs } = this.recovery;
    this.opts.log?.(
      `cad-engine ${this.s.agency}: recovered from ${from} and ${this.counts.applied + this.counts.rejected} inputs replayed in ${(restoreMs + ms).toFixed(0)} ms (restore ${restoreMs.toFixed(0)} ms); live at input ${this.lastSeq}`,
    );
    this.caughtUpResolve?.();
    this.caughtUpResolve = undefined;
  }

  /** One bad input must never stop the engine: a failure outside the engine is logged and reported, and the log moves on. */
  private handleSafely(m: LogMessage): void {
    try {
      const outputs = this.inputs.apply(m);
      this.lastSeq = m.seq;
      this.publisher.publishMissing(m.seq, outputs);
    } catch (error) {
      this.lastSeq = m.seq;
      (this.opts.log ?? console.error)(
        `cad-engine ${this.s.agency}: ENGINE_FAULT ${faultId(this.s.agency, m.seq)} on input ${m.seq} (${m.subject}): ${(error as Error).stack ?? String(error)}`,
      );
      try {
        this.publisher.publish(this.inputs.fault(m));
      } catch {
        // Nothing more can be said on the wire; the log line above is the record.
      }
    }
  }
}

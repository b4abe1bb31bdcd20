import {
  jetstream,
  type ConsumerMessages,
  type JetStreamClient,
  type JetStreamManager,
} from "@nats-io/jetstream";
import type { NatsConnection, Subscription } from "@nats-io/transport-node";
import type { EngineConfig, EngineState } from "../../engine/index.ts";
import { InputApplier, faultId } from "./apply.ts";
import { closedByRefusal, connectNats, consumeFrom, type NatsAuth } from "./connection.ts";
import { Leadership } from "./leadership.ts";
import { logMessageOfJs, type LogMessage } from "./log.ts";
import type { Output } from "./outputs.ts";
import { publishedTail } from "./published-tail.ts";
import { isLogLostError, isStreamNotFound, LogLostError, LogWatch, RECOVER_INPUTS } from "./log-watch.ts";
import { Publisher } from "./publisher.ts";
import { serveQueries } from "./queries.ts";
import {
  replayBacklog,
  recover,
  seenUpTo,
  WatermarkRecorder,
  type ReplaySteps,
  type Recovery,
  type RecoveryOptions,
} from "./recovery.ts";
import type { StreamReader } from "./stream-reader.ts";
import { ensureServiceStreams } from "./streams.ts";
import { agencySubjects, type AgencySubjects } from "./subjects.ts";

/** How long a stop waits for the input in hand and its outputs before it closes anyway. */
export const STOP_GRACE_MS = 5000;

export interface ServiceOptions extends RecoveryOptions {
  readonly servers: string;
  readonly config: EngineConfig;
  /** Take each input's time from its Cad-Time header (simulations, replays) instead of the log's acceptance time. */
  readonly trustInputTime?: boolean;
  /** The engine role's creds file and the CA for TLS (the standby connects with the same). */
  readonly auth?: NatsAuth;
  /**
   * Run as one replica of the agency's engine (`cad serve`): it publishes outputs, runs the clock
   * and answers `cad.<a>.q.>` only while it leads, by a claim in the log (leadership.ts). Absent:
   * the sole engine of the agency, which always publishes (a library use, most tests).
   */
  readonly replica?: { readonly name: string };
  /** Replicas of the streams it creates (1-5); default: 3 on a cluster of 3 or more servers, else 1. */
  readonly replicas?: number | undefined;
  /** Told what the counts do not say: rejections by code, each output's publish-to-ack time (metrics). */
  readonly observer?: ServiceObserver | undefined;
}

/** What the metrics learn from the service as it happens (the rest they read from it when scraped). */
export interface ServiceObserver {
  rejected(code: string): void;
  acknowledged(seconds: number): void;
}

/** A follower keeps at most this many inputs' outputs that the leader has not said are stored. */
const MAX_HELD_INPUTS = 100_000;

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
  private readonly watch: LogWatch;
  private failure: LogLostError | undefined;
  private failedResolve: ((error: LogLostError) => void) | undefined;
  /** A replica's leadership (undefined: the sole engine, which always leads). */
  private readonly leadership: Leadership | undefined;
  /** Whether this replica publishes: it leads, and has taken over (read what the event stream holds). */
  private leadingNow: boolean;
  /** Outputs of inputs not known stored (a follower's, and the leader's until acknowledged), oldest first, from `heldStart` on. */
  private held: { seq: number; outputs: readonly Output[] }[] = [];
  private heldStart = 0;
  /** Outputs were dropped past MAX_HELD_INPUTS: this replica must not take the lead. */
  private heldIncomplete = false;
  private takeoverDue = false;
  /** Every output of inputs up to this one is acknowledged (this replica's own, as leader). */
  private publishedUpTo: number;
  private leaderQueries: Subscription | undefined;
  private readonly leadershipListeners = new Set<(leading: boolean) => void>();
  /**
   * Resolves when the engine cannot go on (a stream deleted, inputs purged, outputs not stored, the
   * loop failed), after one loud log line: the caller stops it and exits non-zero.
   */
  readonly failed: Promise<LogLostError> = new Promise((resolve) => (this.failedResolve = resolve));
  /** Resolves once every input that was in the log at start-up has been applied. */
  readonly caughtUp: Promise<void> = new Promise((resolve) => (this.caughtUpResolve = resolve));

  /** Whether this service honours Cad-Time on timed subjects (--trust-input-time). */
  get trustsInputTime(): boolean {
    return this.opts.trustInputTime === true;
  }

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
    this.publishedUpTo = recovery.published.skipUpToInputSeq;
    const stopping = () => this.stopping;
    const say = (line: string) => opts.log?.(`cad-engine ${s.agency}: ${line}`);
    this.publisher = new Publisher(js, this.counts, recovery.published, stopping, say);
    if (opts.observer !== undefined) this.publisher.acknowledged = (sec) => opts.observer?.acknowledged(sec);
    this.leadingNow = opts.replica === undefined;
    if (opts.replica !== undefined) {
      const leadership = new Leadership(opts.replica.name, {
        s,
        nc,
        js,
        jsm,
        state: this.state,
        trustsInputTime: opts.trustInputTime === true,
        lastSeq: () => this.lastSeq,
        caughtUp: () => this.caughtUpResolve === undefined && !this.stopping,
        canLead: () => !this.heldIncomplete,
        lag: () => this.lag,
        publishedUpTo: () => this.publishedUpTo,
        log: (line) => say(`replica ${opts.replica?.name}: ${line}`),
      });
      this.leadership = leadership;
      this.publisher.gate = () => leadership.gate();
    }
    this.inputs = new InputApplier({
      s,
      state: this.state,
      config: opts.config,
      trustInputTime: opts.trustInputTime === true,
      counts: this.counts,
      // A follower need not compute the outputs of inputs the leader has said are stored.
      stateOnly: (inputSeq) =>
        this.publisher.stored(inputSeq) ||
        (this.leadership !== undefined && inputSeq <= this.leadership.knownPublishedUpTo),
      log: opts.log,
      rejected: opts.observer && ((code) => opts.observer?.rejected(code)),
    });
    this.watermark = new WatermarkRecorder(opts);
    this.watch = new LogWatch(nc, jsm, s, {
      lastSeq: () => this.lastSeq,
      // Only a leader's outputs are its to store: a follower's (or a fenced leader's) are no alarm.
      publishFailingSince: () =>
        this.leadingNow && this.leadership?.isFenced !== true ? this.publisher.failingSince : undefined,
      readAgain: (why) => this.readAgain(why),
      fatal: (error) => this.fatal(error),
      log: say,
    });
  }

  /** The replica's name ("" for the sole engine). */
  get replicaName(): string {
    return this.opts.replica?.name ?? "";
  }

  /** Whether this engine publishes outputs now (always, for the sole engine). */
  get leading(): boolean {
    return this.leadingNow;
  }

  /** The leadership term in force in the log (0 before the first claim). */
  get term(): number {
    return this.state.leadership.term;
  }

  /** Calls `listener` whenever this replica takes or loses the lead; returns how to stop. */
  onLeadership(listener: (leading: boolean) => void): () => void {
    this.leadershipListeners.add(listener);
    return () => this.leadershipListeners.delete(listener);
  }

  /** True until every input that was in the log at start-up has been applied (the start-up replay). */
  get catchingUp(): boolean {
    return this.caughtUpResolve !== undefined;
  }

  /** Whether the NATS connection is up (false between a disconnect and the reconnect, and once closed). */
  get connected(): boolean {
    return this.watch.isConnected;
  }

  /** The last input in the log at start-up: the start-up replay reads up to it. */
  get backlogSeq(): number {
    return this.recovery.backlog;
  }

  /** Inputs in the log not applied yet, as last seen (the `lag` of the metrics query). */
  get lag(): number {
    return this.watch.lag;
  }

  static async start(opts: ServiceOptions): Promise<EngineService> {
    const s = agencySubjects(opts.agency);
    const nc = await connectNats(opts.servers, `cad-engine-${opts.agency}`, opts.auth);
    let recovery: Recovery;
    let jsm: JetStreamManager;
    try {
      const streams = await ensureServiceStreams(nc, s, seenUpTo(opts), {
        replicas: opts.replicas,
        log: (line) => opts.log?.(`cad-engine ${opts.agency}: ${line}`),
      });
      jsm = streams.jsm;
      recovery = await recover(nc, jsm, s, opts, streams.eventsCreated);
    } catch (error) {
      if (isLogLostError(error)) opts.log?.(`cad-engine ${opts.agency}: FATAL ${error.message}`);
      await nc.close();
      throw error;
    }
    const service = new EngineService(opts, s, nc, jetstream(nc), jsm, recovery);
    service.queries =
      opts.replica === undefined
        ? service.serveQueries(s.queryPrefix)
        : service.serveQueries(s.replicaQueryPrefix(opts.replica.name));
    service.leadership?.start();
    service.loop = service.run().catch((error: unknown) => {
      service.fatal(
        new LogLostError(
          "INPUT_LOOP_FAILED",
          `the input loop stopped after input ${service.lastSeq}: ${(error as Error).stack ?? String(error)}`,
          { cause: error },
        ),
      );
    });
    service.watch.start(recovery.backlog);
    // nats.js stops reconnecting only when the server refuses the credentials twice in a row
    // (they expired or were revoked): the engine then can never follow the log again; it says so.
    void closedByRefusal(nc, opts.servers, opts.auth).then((refused) => {
      if (refused !== undefined)
        service.fatal(
          new LogLostError("CREDENTIALS_REFUSED", `NATS closed the connection: ${refused.message}`, {
            cause: refused,
          }),
        );
    });
    if (recovery.backlog <= recovery.fromSeq) service.markCaughtUp(0);
    // The server has the query subscription before start() resolves: a query sent by another
    // connection right after it is answered, never "no responders". A connection lost here is
    // the log watch's to report.
    await nc.flush().catch(() => undefined);
    return service;
  }

  /** Queries under `prefix`, answered from this engine's state with its position. */
  private serveQueries(prefix: string): Subscription {
    const position = () => ({
      lastInputSeq: this.lastSeq,
      catchingUp: this.caughtUpResolve !== undefined,
      backlogSeq: this.recovery.backlog,
      lag: this.lag,
      ...(this.opts.replica && {
        replication: {
          term: this.state.leadership.term,
          leader: this.state.leadership.replica,
          replica: this.opts.replica.name,
          leading: this.leadingNow,
        },
      }),
    });
    return serveQueries(this.nc, this.s, this.state, this.opts.config, position, this.opts.log, prefix);
  }

  /**
   * Finishes the input in hand, waits for its outputs (up to `graceMs`), and closes the
   * connection (its drain bounded too: a stop is always honoured within about 1.4 x graceMs).
   */
  async stop(graceMs = STOP_GRACE_MS): Promise<void> {
    this.stopping = true;
    this.watch.stop();
    this.leadership?.stop();
    // Bounded, whatever state the connection or the streams are in: SIGTERM is always honoured.
    const settled = await within(
      (async () => {
        await this.reader?.close();
        await this.messages?.close();
        await this.loop.catch(() => undefined);
        return this.publisher.settle();
      })(),
      graceMs,
    );
    // Every output is acknowledged: a clean stop leaves the exact watermark. Otherwise the last
    // one known (every output up to the last flush), so that a stop cut short by its time bound
    // still records what is stored.
    if (settled === true) this.watermark.markNow(this.storedUpTo());
    else {
      this.watermark.markNow(
        Math.min(this.lastSeq, Math.max(this.leadership?.knownPublishedUpTo ?? 0, this.publishedUpTo)),
      );
      this.opts.log?.(
        `cad-engine ${this.s.agency}: stopping with outputs unacknowledged after input ${this.lastSeq}; the next start publishes them again`,
      );
    }
    this.queries?.unsubscribe();
    this.leaderQueries?.unsubscribe();
    // A drain refused while disconnected would leave the client reconnecting for ever: close then.
    await within(
      this.nc.drain().catch(() => undefined),
      Math.min(2000, graceMs * 0.4),
    );
    if (!this.nc.isClosed()) await this.nc.close();
  }

  /**
   * After `stop`: records the publication watermark again if the snapshot file was busy when the
   * stop tried (the standby writing its last snapshot alongside).
   */
  recordStopWatermark(): void {
    this.watermark.markPending();
  }

  /** The catch-up replay of the backlog, then the live loop: apply each input, publish, and now and then wait for acks. */
  private async run(): Promise<void> {
    const started = performance.now();
    await this.catchUp(started);
    if (this.takeoverDue) await this.takeOver();
    while (!this.stopping) {
      const messages = await this.consumeAgain();
      if (messages === undefined) return;
      // A stop() that came while the consumer was being made found none to close: close it here,
      // without waiting: close() resolves once the messages are read to their end, and nobody
      // reads these (awaiting it held every such stop for the whole STOP_GRACE_MS).
      if (this.stopping) return void messages.close().catch(() => undefined);
      await this.readLive(messages, started);
    }
  }

  /** Reads the log from the last input applied until `messages` is closed (a stop, a reconnect). */
  private async readLive(messages: ConsumerMessages, started: number): Promise<void> {
    this.messages = messages;
    for await (const m of messages) {
      if (this.stopping) break;
      // Read again after a reconnect: what is applied already is skipped.
      if (m.seq <= this.lastSeq) continue;
      if (m.seq > this.lastSeq + 1) {
        this.fatal(
          new LogLostError(
            "INPUT_LOG_GAP",
            `the input log ${this.s.inputStream} went from input ${this.lastSeq} to ${m.seq}: inputs ${this.lastSeq + 1}..${m.seq - 1} were purged or deleted before this engine applied them. ${RECOVER_INPUTS}`,
          ),
        );
        break;
      }
      this.handleSafely(logMessageOfJs(m));
      if (this.takeoverDue) await this.takeOver();
      // Wait for acks when 256 are out, or when nothing more is waiting: neither on the server nor
      // already delivered to this client (waiting with inputs in hand only adds latency).
      if (this.publisher.full || (m.info.pending === 0 && messages.getPending() === 0)) {
        await this.publisher.flush();
        this.flushed();
      }
      if (m.seq >= this.recovery.backlog && this.caughtUpResolve !== undefined)
        this.markCaughtUp(performance.now() - started);
    }
  }

  /** A consumer of the input log from the last input applied, retried until the server answers (undefined when stopping). */
  private async consumeAgain(): Promise<ConsumerMessages | undefined> {
    for (let attempt = 0; !this.stopping; attempt++) {
      try {
        return await consumeFrom(this.js, this.s.inputStream, this.lastSeq + 1);
      } catch (error) {
        if (isStreamNotFound(error)) {
          this.fatal(
            new LogLostError(
              "INPUT_STREAM_GONE",
              `the stream ${this.s.inputStream} was deleted under the running engine (input ${this.lastSeq} applied). ${RECOVER_INPUTS}`,
              { cause: error },
            ),
          );
          return undefined;
        }
        if (attempt === 0)
          this.opts.log?.(
            `cad-engine ${this.s.agency}: cannot read the input log yet (${(error as Error).message}); retrying`,
          );
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    return undefined;
  }

  /** The connection is back (or the loop stalled): read the log again at once from the last input applied. */
  private readAgain(why: string): void {
    if (this.stopping) return;
    this.opts.log?.(
      `cad-engine ${this.s.agency}: ${why}; reading the input log again from input ${this.lastSeq + 1} (lag ${this.lag})`,
    );
    this.publisher.reconnected();
    this.leadership?.reconnected();
    void this.reader?.close();
    void this.messages?.close();
  }

  /** Says why, once and loudly, and ends the loop; `failed` tells the caller to stop and exit non-zero. */
  private fatal(error: LogLostError): void {
    if (this.failure !== undefined || this.stopping) return;
    this.failure = error;
    this.opts.log?.(`cad-engine ${this.s.agency}: FATAL ${error.message}`);
    this.stopping = true;
    void this.reader?.close();
    void this.messages?.close();
    this.failedResolve?.(error);
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
      flushed: () => this.flushed(),
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
      this.route(m.seq, outputs);
    } catch (error) {
      this.lastSeq = m.seq;
      (this.opts.log ?? console.error)(
        `cad-engine ${this.s.agency}: ENGINE_FAULT ${faultId(this.s.agency, m.seq)} on input ${m.seq} (${m.subject}): ${(error as Error).stack ?? String(error)}`,
      );
      try {
        this.route(m.seq, [this.inputs.fault(m)]);
      } catch {
        // Nothing more can be said on the wire; the log line above is the record.
      }
    }
  }
  /** Every output so far is acknowledged (or, for a follower, the leader has said how far). */
  private flushed(): void {
    if (this.leadingNow && this.leadership?.isFenced !== true) this.publishedUpTo = this.lastSeq;
    this.watermark.mark(this.storedUpTo());
  }

  /**
   * Up to which input every output is known stored, once what is in flight is acknowledged: all
   * applied for the leader (or the sole engine), what the leader said for a follower.
   */
  private storedUpTo(): number {
    const leadership = this.leadership;
    if (leadership === undefined) return this.lastSeq;
    if (this.leadingNow && !leadership.isFenced) return this.lastSeq;
    return Math.min(this.lastSeq, Math.max(leadership.knownPublishedUpTo, this.publishedUpTo));
  }

  /**
   * An input's outputs: published by the leader (after the input: a claim's own outputs are its
   * new leader's), held by a follower until the leader says they are stored.
   */
  private route(seq: number, outputs: readonly Output[]): void {
    const leadership = this.leadership;
    if (leadership === undefined) return this.publisher.publishMissing(seq, outputs);
    leadership.applied();
    const leads = leadership.leads();
    if (!leads && this.leadingNow) this.depose();
    if (leads && this.leadingNow) this.publisher.publishMissing(seq, outputs);
    else if (leads) this.takeoverDue = true;
    // Held by the leader too, until stored: outputs it gives up (a fence, a deposition) are then
    // still here should it lead again, after a next leader that was itself deposed before it
    // could publish them.
    this.hold(seq, outputs);
  }

  private hold(seq: number, outputs: readonly Output[]): void {
    // Stored up to here: as a leader said, or as this replica's own acknowledgements said.
    const known = Math.max(this.leadership?.knownPublishedUpTo ?? 0, this.publishedUpTo);
    while (this.heldStart < this.held.length && this.held[this.heldStart]!.seq <= known) this.heldStart++;
    if (this.heldStart > 4096 && this.heldStart * 2 > this.held.length) {
      this.held = this.held.slice(this.heldStart);
      this.heldStart = 0;
    }
    if (outputs.length === 0 || seq <= known) return;
    this.held.push({ seq, outputs });
    if (this.held.length - this.heldStart > MAX_HELD_INPUTS) {
      this.heldStart++;
      if (!this.heldIncomplete)
        this.opts.log?.(
          `cad-engine ${this.s.agency}: replica ${this.replicaName}: no leader has said its outputs are stored for ${MAX_HELD_INPUTS} inputs; this replica drops the oldest it held and will not take the lead (restart it to recover them from the log)`,
        );
      this.heldIncomplete = true;
    }
  }

  /**
   * This replica's claim is in force: it reads what the event stream holds, publishes the outputs
   * it held that are missing (the deposed leader's unstored ones, the claim's own), and leads.
   */
  private async takeOver(): Promise<void> {
    this.takeoverDue = false;
    const from = Math.max(this.leadership?.knownPublishedUpTo ?? 0, this.publishedUpTo);
    for (let attempt = 0; !this.stopping; attempt++) {
      try {
        // Every held output after `from` goes out unless the tail holds its id: an older one than
        // the tail's first is published again too (the stream's duplicate window absorbs it),
        // rather than taken for stored.
        const tail = await publishedTail(this.nc, this.jsm, this.s, from);
        this.publisher.storedNow({ ...tail, skipUpToInputSeq: from });
        break;
      } catch (error) {
        if (attempt === 0)
          this.opts.log?.(
            `cad-engine ${this.s.agency}: cannot read the event stream's tail to take the lead (${(error as Error).message}); retrying`,
          );
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    if (this.stopping || this.leadership?.leads() !== true) return;
    this.leadingNow = true;
    // Still held after this: until stored, a fence or a deposition meanwhile must not lose them.
    const held = this.held.slice(this.heldStart);
    for (const h of held) {
      this.publisher.publishMissing(h.seq, h.outputs);
      // In batches, as the live loop does: a long backlog must not put every output in flight at once.
      if (this.publisher.full) await this.publisher.flush();
    }
    await this.publisher.flush();
    this.flushed();
    this.leaderQueries = this.serveQueries(this.s.queryPrefix);
    this.opts.log?.(
      `cad-engine ${this.s.agency}: replica ${this.replicaName} leads term ${this.state.leadership.term} from input ${this.lastSeq} (${held.length} inputs' outputs held, the missing ones published)`,
    );
    for (const listener of this.leadershipListeners) listener(true);
  }

  /** Another replica's claim is in force: publish nothing more, hold outputs, stop answering the agency's queries. */
  private depose(): void {
    this.leadingNow = false;
    this.publisher.deposed();
    this.takeoverDue = false;
    this.leaderQueries?.unsubscribe();
    this.leaderQueries = undefined;
    const { term, replica } = this.state.leadership;
    this.opts.log?.(
      `cad-engine ${this.s.agency}: replica ${this.replicaName} no longer leads: ${replica} leads term ${term} from input ${this.lastSeq}`,
    );
    for (const listener of this.leadershipListeners) listener(false);
  }
}

/** The promise's value, or undefined when it takes longer than `ms`. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

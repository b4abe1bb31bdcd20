import {
  DeliverPolicy,
  jetstream,
  type ConsumerMessages,
  type JetStreamClient,
  type JetStreamManager,
} from "@nats-io/jetstream";
import { connect, headers, type NatsConnection, type Subscription } from "@nats-io/transport-node";
import {
  applyInput,
  createState,
  reject,
  type EngineConfig,
  type EngineEvent,
  type EngineState,
  type Rejection,
} from "../../engine/index.ts";
import { encodeEvent, encodeRejection, eventSubjectSuffix, type OutputMeta } from "./codec/index.ts";
import { LOG_HEADERS, logMessageOfJs, logMessageOfStream, readLogEntry, type LogMessage } from "./log.ts";
import { publishedTail, type PublishedTail } from "./published-tail.ts";
import { StreamReader } from "./stream-reader.ts";

/** What the service needs of a snapshot store (adapters/sqlite implements it). */
export interface SnapshotSource {
  latestValid(
    agency: string,
    log: (line: string) => void,
    atMostInputSeq: number,
  ): { header: { id: number; lastInputSeq: number }; state: EngineState } | null;
  /** Every output of inputs up to this sequence is known stored. */
  publishedUpTo(agency: string): number;
  /** False when the store was busy and nothing was recorded (try again later). */
  markPublished(agency: string, inputSeq: number, at: number): boolean;
}
import { serveQueries } from "./queries.ts";
import { ensureStreams } from "./streams.ts";
import { INPUT_SEQ_HEADER, agencySubjects, type AgencySubjects } from "./subjects.ts";

/** Where a starting engine's state comes from: a snapshot (with the input it includes), or nothing. */
interface Recovery {
  readonly state: EngineState;
  readonly fromSeq: number;
  readonly from: string;
  readonly restoreMs: number;
}

/**
 * The publication watermark recorded beside the snapshots (0 without a store, or when it cannot
 * be this log's: past its end).
 */
function watermark(opts: ServiceOptions, logLastSeq: number): number {
  try {
    const upTo = opts.snapshots?.publishedUpTo(opts.agency) ?? 0;
    return upTo <= logLastSeq ? upTo : 0;
  } catch (error) {
    opts.log?.(`cad-engine ${opts.agency}: publication watermark unreadable: ${(error as Error).message}`);
    return 0;
  }
}

function restore(opts: ServiceOptions, logLastSeq: number, published: number): Recovery {
  const started = performance.now();
  const say = (line: string) => opts.log?.(`cad-engine ${opts.agency}: ${line}`);
  let snapshot: ReturnType<SnapshotSource["latestValid"]> | undefined;
  try {
    // A snapshot past what was surely published would skip outputs: use one at or before the watermark.
    snapshot = opts.snapshots?.latestValid(opts.agency, say, published);
  } catch (error) {
    say(`snapshots unreadable (${(error as Error).message}); replaying the whole log`);
  }
  const restoreMs = performance.now() - started;
  if (snapshot == null) return { state: createState(), fromSeq: 0, from: "an empty state", restoreMs };
  if (snapshot.header.lastInputSeq > logLastSeq) {
    say(
      `snapshot ${snapshot.header.id} includes input ${snapshot.header.lastInputSeq} but the log ends at ${logLastSeq}: not this log's; replaying from the start`,
    );
    return { state: createState(), fromSeq: 0, from: "an empty state", restoreMs };
  }
  return {
    state: snapshot.state,
    fromSeq: snapshot.header.lastInputSeq,
    from: `snapshot ${snapshot.header.id} (input ${snapshot.header.lastInputSeq})`,
    restoreMs,
  };
}

export interface ServiceOptions {
  /** Where to start from: the newest valid snapshot of the agency, then the log after it. */
  readonly snapshots?: SnapshotSource;
  readonly agency: string;
  readonly servers: string;
  readonly config: EngineConfig;
  /** Take each input's time from its Cad-Time header (simulations, replays) instead of the log's acceptance time. */
  readonly trustInputTime?: boolean;
  readonly log?: (line: string) => void;
}

interface Output {
  readonly subject: string;
  /** Encodes on demand: replay skips outputs already stored without paying for their encoding. */
  readonly encode: () => Uint8Array;
  readonly msgID: string;
}

/** Calls `f` once, on first use, and remembers its value. */
function once<T>(f: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: f() }).v;
}

const MAX_IN_FLIGHT = 256;
const UNIT_EVENTS = new Set(["UnitDispatched", "UnitReleased", "UnitStatusChanged"]);
const SUBJECT_TOKEN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The engine as a NATS service for one agency: it reads the agency's input stream in order
 * from the start, applies every input, and publishes the events (or the rejection) to the
 * event stream with message ids derived from the input's sequence, so outputs republished
 * after a crash are dropped by JetStream and consumers never see one twice.
 */
export class EngineService {
  readonly counts = { applied: 0, rejected: 0, published: 0 };
  /** Sequence of the last input read from the log (applied or rejected). */
  lastSeq = 0;
  private readonly inFlight: Promise<unknown>[] = [];
  private messages: ConsumerMessages | undefined;
  /** The start-up replay's reader, while it reads. */
  private reader: StreamReader | undefined;
  private queries: Subscription | undefined;
  private loop: Promise<void> = Promise.resolve();
  private stopping = false;
  private lastMarkAt = 0;
  private caughtUpResolve: (() => void) | undefined;
  /** Resolves once every input that was in the log at start-up has been applied. */
  readonly caughtUp: Promise<void> = new Promise((resolve) => (this.caughtUpResolve = resolve));

  private constructor(
    private readonly opts: ServiceOptions,
    private readonly s: AgencySubjects,
    readonly nc: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    private readonly published: PublishedTail,
    private readonly backlog: number,
    /** The engine state: from the newest valid snapshot, or empty. */
    readonly state: EngineState,
    private readonly recovery: Recovery,
  ) {
    this.lastSeq = recovery.fromSeq;
  }

  static async start(opts: ServiceOptions): Promise<EngineService> {
    const s = agencySubjects(opts.agency);
    const nc = await connect({
      servers: opts.servers,
      name: `cad-engine-${opts.agency}`,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 250,
      // No async stack traces: the client would otherwise build two Error objects per publish
      // (about a quarter of the service's CPU under load, measured with bench/e2e --profile).
      noAsyncTraces: true,
    });
    const jsm = await ensureStreams(nc, s);
    const input = await jsm.streams.info(s.inputStream);
    const js = jetstream(nc);
    const logLastSeq = input.state.last_seq;
    const upTo = watermark(opts, logLastSeq);
    // Every output of inputs up to the watermark is stored; only those after it can be missing.
    const published =
      upTo >= logLastSeq
        ? { skipUpToInputSeq: upTo, toInputSeq: 0, ids: new Set<string>() }
        : await publishedTail(nc, jsm, s, upTo);
    const recovery = restore(opts, logLastSeq, upTo);
    const service = new EngineService(
      opts,
      s,
      nc,
      js,
      jsm,
      published,
      input.state.last_seq,
      recovery.state,
      recovery,
    );
    service.queries = serveQueries(nc, s, service.state, opts.config, () => service.lastSeq);
    service.loop = service.run().catch((error: unknown) => {
      opts.log?.(`cad-engine ${opts.agency}: input loop stopped: ${(error as Error).stack ?? String(error)}`);
    });
    if (service.backlog <= recovery.fromSeq) service.markCaughtUp(0);
    return service;
  }

  /** Finishes the input in hand, waits for its outputs, and closes the connection. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.reader?.close();
    await this.messages?.close();
    await this.loop.catch(() => undefined);
    const settled = await Promise.allSettled(this.inFlight);
    if (settled.every((r) => r.status === "fulfilled")) {
      // Every output is acknowledged: a clean stop leaves the exact watermark.
      this.lastMarkAt = 0;
      this.markPublished();
    }
    this.queries?.unsubscribe();
    await this.nc.drain().catch(() => undefined);
  }

  private async run(): Promise<void> {
    const started = performance.now();
    await this.catchUp(started);
    if (this.stopping) return;
    const consumer = await this.js.consumers.get(this.s.inputStream, {
      deliver_policy: DeliverPolicy.StartSequence,
      opt_start_seq: this.lastSeq + 1,
    });
    this.messages = await consumer.consume({ max_messages: 1024 });
    for await (const m of this.messages) {
      if (this.stopping) break;
      this.handleSafely(logMessageOfJs(m));
      // Wait for acks when 256 are out, or when nothing more is waiting: neither on the server nor
      // already delivered to this client (waiting with inputs in hand only adds latency).
      if (
        this.inFlight.length >= MAX_IN_FLIGHT ||
        (m.info.pending === 0 && this.messages.getPending() === 0)
      ) {
        await this.flush();
        this.markPublished();
      }
      if (m.seq >= this.backlog && this.caughtUpResolve !== undefined)
        this.markCaughtUp(performance.now() - started);
    }
  }

  /**
   * Replays the inputs that were in the log at start-up with a StreamReader (a fast in-order read,
   * one await per batch); publishes what is missing as the live loop does. Should the read fail
   * (a message dropped, the server gone), the live loop's consumer reads on from the last input
   * applied, so nothing is skipped or applied twice.
   */
  private async catchUp(started: number): Promise<void> {
    if (this.lastSeq >= this.backlog) return;
    let reader: StreamReader | undefined;
    try {
      reader = this.reader = await StreamReader.open(this.nc, this.jsm, {
        stream: this.s.inputStream,
        fromSeq: this.lastSeq + 1,
        toSeq: this.backlog,
        headerNames: LOG_HEADERS,
      });
      for (let batch = await reader.next(); batch !== null; batch = await reader.next()) {
        for (const m of batch) {
          if (this.stopping) return;
          this.handleSafely(logMessageOfStream(m));
          if (this.inFlight.length >= MAX_IN_FLIGHT) await this.flush();
        }
        if (this.inFlight.length > 0) {
          await this.flush();
          this.markPublished();
        }
      }
    } catch (error) {
      this.opts.log?.(
        `cad-engine ${this.s.agency}: fast replay stopped after input ${this.lastSeq} (${(error as Error).message}); reading on with an ordered consumer`,
      );
    } finally {
      this.reader = undefined;
      await reader?.close();
    }
    if (this.lastSeq >= this.backlog && this.caughtUpResolve !== undefined)
      this.markCaughtUp(performance.now() - started);
  }

  /** After a flush every output so far is stored: record it now and then (one small SQLite write a second at most). */
  private markPublished(): void {
    const now = Date.now();
    if (this.opts.snapshots === undefined || now - this.lastMarkAt < 1000) return;
    try {
      if (this.opts.snapshots.markPublished(this.s.agency, this.lastSeq, now)) this.lastMarkAt = now;
    } catch (error) {
      this.opts.log?.(
        `cad-engine ${this.s.agency}: could not record the publication watermark: ${(error as Error).message}`,
      );
    }
  }

  private markCaughtUp(ms: number): void {
    this.opts.log?.(
      `cad-engine ${this.s.agency}: recovered from ${this.recovery.from} and ${this.counts.applied + this.counts.rejected} inputs replayed in ${(this.recovery.restoreMs + ms).toFixed(0)} ms (restore ${this.recovery.restoreMs.toFixed(0)} ms); live at input ${this.lastSeq}`,
    );
    this.caughtUpResolve?.();
    this.caughtUpResolve = undefined;
  }

  /** One bad input must never stop the engine: a failure outside the engine is logged and reported, and the log moves on. */
  private handleSafely(m: LogMessage): void {
    try {
      this.handle(m);
    } catch (error) {
      this.lastSeq = m.seq;
      this.opts.log?.(
        `cad-engine ${this.s.agency}: failed on input ${m.seq} (${m.subject}): ${(error as Error).stack ?? String(error)}`,
      );
      try {
        const meta = {
          agency: this.s.agency,
          inputSeq: m.seq,
          inputId: `${this.s.agency}:${m.seq}`,
          index: 0,
        };
        this.publish(
          this.rejection(
            meta,
            this.state.now,
            m.subject,
            reject("ENGINE_FAULT", `the service failed on this input: ${(error as Error).message}`),
          ),
        );
      } catch {
        // Nothing more can be said on the wire; the log line above is the record.
      }
    }
  }

  private handle(m: LogMessage): void {
    const entry = readLogEntry(m, this.s.agency, this.opts.trustInputTime === true, this.state.now);
    const { seq, at, kind, decoded } = entry;
    const meta: OutputMeta = { agency: this.s.agency, inputSeq: seq, inputId: entry.id, index: 0 };
    const { skipUpToInputSeq, toInputSeq, ids } = this.published;
    // Every output of this input was stored before the tail read back at start-up: only the state is needed.
    const stateOnly = seq <= skipUpToInputSeq;
    let outputs: Output[];
    if (kind === undefined || decoded === undefined) {
      outputs = [
        this.rejection(meta, at, m.subject, reject("UNKNOWN_INPUT_KIND", `no input is sent on ${m.subject}`)),
      ];
    } else if (!decoded.ok) {
      outputs = [this.rejection(meta, at, kind, reject("DECODE_ERROR", decoded.reason))];
    } else {
      outputs = this.apply(meta, kind, decoded.input, stateOnly);
    }
    this.lastSeq = seq;
    if (stateOnly) return;
    for (const o of outputs) {
      // Outputs of inputs before the tail read back were all stored; within it, only missing ones go out.
      if (seq <= skipUpToInputSeq || (seq <= toInputSeq && ids.has(o.msgID))) continue;
      this.publish(o);
    }
  }

  private apply(
    meta: OutputMeta,
    kind: string,
    input: Parameters<typeof applyInput>[2],
    stateOnly: boolean,
  ): Output[] {
    let result;
    try {
      result = applyInput(this.state, this.opts.config, input, { recommendations: !stateOnly });
    } catch (error) {
      this.opts.log?.(
        `cad-engine ${this.s.agency}: engine fault on input ${meta.inputSeq} (${kind}): ${(error as Error).stack ?? String(error)}`,
      );
      return [
        this.rejection(
          meta,
          input.at,
          kind,
          reject("ENGINE_FAULT", `the engine failed on this input: ${(error as Error).message}`),
        ),
      ];
    }
    if (result.rejection !== null) return [this.rejection(meta, input.at, kind, result.rejection)];
    this.counts.applied++;
    if (stateOnly) return [];
    return result.events.flatMap((event, index) => this.eventOutputs({ ...meta, index }, event));
  }

  private eventOutputs(meta: OutputMeta, event: EngineEvent): Output[] {
    const encode = once(() => encodeEvent(meta, event));
    const suffix = eventSubjectSuffix(event);
    const msgID = `${meta.agency}:${meta.inputSeq}:${meta.index}`;
    const out: Output[] = [{ subject: `${this.s.eventPrefix}${suffix}`, encode, msgID }];
    if (UNIT_EVENTS.has(event.type) && "unitId" in event && SUBJECT_TOKEN.test(event.unitId)) {
      out.push({ subject: `${this.s.unitPrefix}${event.unitId}.${suffix}`, encode, msgID: `${msgID}:unit` });
    }
    return out;
  }

  private rejection(meta: OutputMeta, at: number, inputKind: string, rejection: Rejection): Output {
    this.counts.rejected++;
    return {
      subject: `${this.s.eventPrefix}rejected`,
      encode: () => encodeRejection(meta, at, inputKind, rejection),
      msgID: `${meta.agency}:${meta.inputSeq}:r`,
    };
  }

  private publish(o: Output): void {
    // Encoded here, synchronously, so that a codec failure is caught with its input.
    const data = o.encode();
    const h = headers();
    h.set(INPUT_SEQ_HEADER, String(o.msgID.split(":")[1]));
    this.inFlight.push(this.publishUntilAcked(o.subject, data, o.msgID, h));
  }

  /** Publishes until JetStream acknowledges; a repeat (same msgID) after a lost ack is dropped by the server. */
  private async publishUntilAcked(
    subject: string,
    data: Uint8Array,
    msgID: string,
    h: ReturnType<typeof headers>,
  ): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.js.publish(subject, data, { msgID, headers: h, timeout: 5000 });
        this.counts.published++;
        return;
      } catch (error) {
        if (this.stopping && attempt > 20) throw error;
        await new Promise((r) => setTimeout(r, Math.min(2000, 100 * 2 ** Math.min(attempt, 5))));
      }
    }
  }

  private async flush(): Promise<void> {
    const batch = this.inFlight.splice(0);
    await Promise.all(batch);
  }
}

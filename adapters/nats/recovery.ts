import type { JetStreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { createState, type EngineState } from "../../engine/index.ts";
import { LogLostError, RECOVER_INPUTS } from "./log-watch.ts";
import { LOG_HEADERS, logMessageOfStream, type LogMessage } from "./log.ts";
import { publishedTail, type PublishedTail } from "./published-tail.ts";
import type { Publisher } from "./publisher.ts";
import { StreamReader } from "./stream-reader.ts";
import type { AgencySubjects } from "./subjects.ts";

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

export interface RecoveryOptions {
  /** Where to start from: the newest valid snapshot of the agency, then the log after it. */
  readonly snapshots?: SnapshotSource;
  readonly agency: string;
  readonly log?: (line: string) => void;
}

/** Where a starting engine's state comes from: a snapshot (with the input it includes), or nothing. */
export interface Recovery {
  readonly state: EngineState;
  readonly fromSeq: number;
  readonly from: string;
  readonly restoreMs: number;
  /** What the event stream holds already, so that only missing outputs are published again. */
  readonly published: PublishedTail;
  /** The last input in the log at start-up: the catch-up replay reads up to it. */
  readonly backlog: number;
}

/**
 * Recovers a starting engine: reads the publication watermark, the tail of the event stream it
 * does not cover, and restores the newest snapshot at or before the watermark. It refuses
 * (LogLostError) a log that holds less than the snapshots and watermark have seen, or that lost
 * inputs after the state it would start from: it never serves a state that contradicts them.
 * `eventsCreated`: the event stream was just created empty, so every output is published again.
 */
export async function recover(
  nc: NatsConnection,
  jsm: JetStreamManager,
  s: AgencySubjects,
  opts: RecoveryOptions,
  eventsCreated = false,
): Promise<Recovery> {
  const input = await jsm.streams.info(s.inputStream);
  const logLastSeq = input.state.last_seq;
  const watermark = readWatermark(opts, s, logLastSeq);
  if (eventsCreated && logLastSeq > 0)
    opts.log?.(
      `cad-engine ${opts.agency}: WARNING: the event stream ${s.eventStream} was missing and is created empty; every output of the ${logLastSeq} inputs of ${s.inputStream} is published again (the whole log is replayed)`,
    );
  const upTo = eventsCreated ? 0 : watermark;
  // Every output of inputs up to the watermark is stored; only those after it can be missing.
  const published =
    upTo >= logLastSeq && !eventsCreated
      ? { skipUpToInputSeq: upTo, toInputSeq: 0, ids: new Set<string>() }
      : await publishedTail(nc, jsm, s, upTo);
  const restored = restore(opts, s, logLastSeq, upTo);
  if (input.state.first_seq > restored.fromSeq + 1 && logLastSeq > restored.fromSeq)
    throw new LogLostError(
      "INPUT_LOG_GAP",
      `the input log ${s.inputStream} starts at input ${input.state.first_seq} (ends at ${logLastSeq}) but the engine would start from ${restored.from}${watermark > 0 ? ` and its snapshot store has seen inputs up to ${watermark}` : ""}: inputs ${restored.fromSeq + 1}..${input.state.first_seq - 1} were purged. ${RECOVER_INPUTS}`,
    );
  return { ...restored, published, backlog: logLastSeq };
}

/**
 * The publication watermark recorded beside the snapshots (0 without a store). One past the log's
 * end means the log lost inputs the engine has seen: refused, never silently ignored.
 */
function readWatermark(opts: RecoveryOptions, s: AgencySubjects, logLastSeq: number): number {
  const upTo = seenUpTo(opts);
  if (upTo > logLastSeq)
    throw new LogLostError(
      "INPUT_LOG_BEHIND",
      `the publication watermark says every output of inputs up to ${upTo} is stored, but the input log ${s.inputStream} ends at ${logLastSeq}: it was deleted, purged and recreated, or is another log. ${RECOVER_INPUTS}`,
    );
  return upTo;
}

/** The last input the snapshot store has seen published (0 without a store, or when it cannot be read). */
export function seenUpTo(opts: RecoveryOptions): number {
  try {
    return opts.snapshots?.publishedUpTo(opts.agency) ?? 0;
  } catch (error) {
    opts.log?.(`cad-engine ${opts.agency}: publication watermark unreadable: ${(error as Error).message}`);
    return 0;
  }
}

type Restored = Pick<Recovery, "state" | "fromSeq" | "from" | "restoreMs">;

function restore(opts: RecoveryOptions, s: AgencySubjects, logLastSeq: number, published: number): Restored {
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
  if (snapshot.header.lastInputSeq > logLastSeq)
    throw new LogLostError(
      "INPUT_LOG_BEHIND",
      `snapshot ${snapshot.header.id} includes input ${snapshot.header.lastInputSeq} but the input log ${s.inputStream} ends at ${logLastSeq}. ${RECOVER_INPUTS}`,
    );
  return {
    state: snapshot.state,
    fromSeq: snapshot.header.lastInputSeq,
    from: `snapshot ${snapshot.header.id} (input ${snapshot.header.lastInputSeq})`,
    restoreMs,
  };
}

/** Records the publication watermark after a flush, now and then (one small SQLite write a second at most). */
export class WatermarkRecorder {
  private lastMarkAt = 0;
  /** A stop's mark that the busy file refused. */
  private pending: number | undefined;

  constructor(private readonly opts: RecoveryOptions) {}

  /** Every output of inputs up to `inputSeq` is acknowledged. */
  mark(inputSeq: number): void {
    const now = Date.now();
    if (this.opts.snapshots === undefined || now - this.lastMarkAt < 1000) return;
    try {
      if (this.opts.snapshots.markPublished(this.opts.agency, inputSeq, now)) this.lastMarkAt = now;
    } catch (error) {
      this.opts.log?.(
        `cad-engine ${this.opts.agency}: could not record the publication watermark: ${(error as Error).message}`,
      );
    }
  }

  /**
   * At a stop: the exact watermark, however recent the last one. The standby may hold the file for
   * its last snapshot at that moment (the serving engine never waits on it): the mark is then kept
   * for `markPending`, which the owner of both calls once the standby has stopped.
   */
  markNow(inputSeq: number): void {
    this.lastMarkAt = 0;
    this.mark(inputSeq);
    this.pending = this.lastMarkAt === 0 ? inputSeq : undefined;
  }

  /** Records a stop's mark that the busy file refused (nothing when there is none). */
  markPending(): void {
    if (this.pending !== undefined) this.markNow(this.pending);
  }
}

/** What the catch-up replay (replayBacklog) calls back into the service for. */
export interface ReplaySteps {
  readonly publisher: Publisher;
  stopping(): boolean;
  /** Applies one input and publishes its missing outputs. */
  handle(m: LogMessage): void;
  /** Every output so far is acknowledged. */
  flushed(): void;
  /** The reader while it reads (undefined after), so that a stop can end its read at once. */
  reading(reader: StreamReader | undefined): void;
  /** The read failed: the live loop's consumer reads on from the last input applied. */
  failed(error: Error): void;
}

/**
 * Replays the inputs in [fromSeq, toSeq] with a StreamReader (a fast in-order read, one await per
 * batch), publishing what is missing as the live loop does. Should the read fail (a message
 * dropped, the server gone), the live loop's consumer reads on from the last input applied, so
 * nothing is skipped or applied twice.
 */
export async function replayBacklog(
  nc: NatsConnection,
  jsm: JetStreamManager,
  range: { readonly stream: string; readonly fromSeq: number; readonly toSeq: number },
  steps: ReplaySteps,
): Promise<void> {
  let reader: StreamReader | undefined;
  try {
    reader = await StreamReader.open(nc, jsm, { ...range, headerNames: LOG_HEADERS });
    steps.reading(reader);
    for (let batch = await reader.next(); batch !== null; batch = await reader.next()) {
      for (const m of batch) {
        if (steps.stopping()) return;
        steps.handle(logMessageOfStream(m));
        if (steps.publisher.full) await steps.publisher.flush();
      }
      if (!steps.publisher.idle) {
        await steps.publisher.flush();
        steps.flushed();
      }
    }
  } catch (error) {
    steps.failed(error as Error);
  } finally {
    steps.reading(undefined);
    await reader?.close();
  }
}

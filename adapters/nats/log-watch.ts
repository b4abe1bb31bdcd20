import { JetStreamApiCodes, JetStreamApiError, type JetStreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import type { AgencySubjects } from "./subjects.ts";

/** Why the engine refuses to go on with the log it finds (each a `code` an operator can search for). */
export type LogLostCode =
  | "INPUT_STREAM_GONE"
  | "INPUT_LOG_BEHIND"
  | "INPUT_LOG_GAP"
  | "EVENT_STREAM_GONE"
  | "OUTPUTS_NOT_STORED"
  | "INPUT_LOOP_FAILED"
  | "STREAMS_MISSING"
  | "CREDENTIALS_REFUSED";

/**
 * The input or event log no longer holds what the engine has seen (deleted, purged, recreated
 * empty), or outputs cannot be stored: the engine stops (`cad serve` exits non-zero) rather than
 * serve a state that contradicts the log or its snapshots. The message says how to recover.
 */
export class LogLostError extends Error {
  override readonly name = "LogLostError";

  constructor(
    readonly code: LogLostCode,
    message: string,
    opts?: ErrorOptions,
  ) {
    super(`${code}: ${message}`, opts);
  }
}

export function isLogLostError(error: unknown): error is LogLostError {
  return error instanceof LogLostError;
}

/** Whether a JetStream API call failed because the stream does not exist. */
export function isStreamNotFound(error: unknown): boolean {
  return error instanceof JetStreamApiError && error.code === JetStreamApiCodes.StreamNotFound;
}

/** How often the watch looks at the streams. */
export const WATCH_EVERY_MS = 1000;
/** An input loop that applies nothing for this long with inputs waiting reads the log again. */
export const STALL_MS = 3000;
/** A lost log seen at one look is fatal once seen again this much later (a fresh stream leader may lag). */
export const CONFIRM_MS = 2000;
/** Outputs that stay unacknowledged this long while connected stop the engine (OUTPUTS_NOT_STORED). */
export const PUBLISH_STALL_MS = 20_000;

/** What the watch needs of the service. */
export interface Watched {
  /** The last input applied (or rejected). */
  lastSeq(): number;
  /** Since when outputs have failed to be acknowledged (performance.now()), or undefined. */
  publishFailingSince(): number | undefined;
  /** The connection is back, or the loop stalled: read the log again from the last input applied. */
  readAgain(why: string): void;
  /** The log cannot be followed any more: stop, say why. */
  fatal(error: LogLostError): void;
  log(line: string): void;
}

/**
 * Watches the connection and the agency's streams under a running engine: on a reconnect (or an
 * input loop that stalls with inputs waiting) it has the service read the log again at once from
 * the last input applied; it notices a stream deleted, a log purged past or reset below what the
 * engine has applied, and outputs that are not being stored, and reports each as a LogLostError.
 * It keeps the log's last sequence, from which `lag` (inputs in the log not yet applied) is read.
 */
export class LogWatch {
  /** The input log's last sequence when last looked at. */
  logLastSeq = 0;
  private timer: NodeJS.Timeout | undefined;
  private connected = true;
  private stopped = false;
  private looking = false;
  private stalledSince: { seq: number; at: number } | undefined;
  private firstSeqSeen = 0;
  /** A lost log seen at the last look, not yet confirmed. */
  private suspected: { code: LogLostCode; since: number } | undefined;

  constructor(
    private readonly nc: NatsConnection,
    private readonly jsm: JetStreamManager,
    private readonly s: AgencySubjects,
    private readonly w: Watched,
  ) {}

  /** Inputs in the log that the engine has not applied yet (0 when it is caught up). */
  get lag(): number {
    return Math.max(0, this.logLastSeq - this.w.lastSeq());
  }

  /** Whether the connection is up, as its last status said (a disconnect, a reconnect). */
  get isConnected(): boolean {
    return this.connected && !this.nc.isClosed();
  }

  start(logLastSeq: number): void {
    this.logLastSeq = logLastSeq;
    void this.followStatus();
    this.timer = setInterval(() => void this.look(), WATCH_EVERY_MS);
    this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  private async followStatus(): Promise<void> {
    for await (const status of this.nc.status()) {
      if (this.stopped) return;
      if (status.type === "disconnect") {
        this.connected = false;
        this.w.log(
          `disconnected from NATS (${status.server}); reconnecting, input ${this.w.lastSeq()} applied`,
        );
      } else if (status.type === "reconnect") {
        this.connected = true;
        this.stalledSince = undefined;
        this.w.readAgain(`reconnected to NATS (${status.server})`);
      }
    }
  }

  private async look(): Promise<void> {
    if (this.stopped || this.looking || !this.connected) return;
    this.looking = true;
    try {
      await this.lookAtInputs();
      await this.lookAtEvents();
      this.lookAtPublishing();
      this.suspected = undefined;
    } catch (error) {
      // A timeout while the server restarts: the next look, or the reconnect, tells.
      if (isLogLostError(error)) this.confirm(error);
    } finally {
      this.looking = false;
    }
  }

  /**
   * A lost log is fatal once seen again CONFIRM_MS later: on a cluster, a stream leader elected a
   * moment ago (or a node that has just rejoined) can answer one stream info with a state it has
   * not caught up on yet, such as a last sequence below what this engine applied.
   */
  private confirm(error: LogLostError): void {
    const now = performance.now();
    if (this.suspected?.code !== error.code) {
      this.suspected = { code: error.code, since: now };
      this.w.log(`suspected ${error.message} (looking again in ${CONFIRM_MS / 1000} s before stopping)`);
    } else if (now - this.suspected.since >= CONFIRM_MS) this.fail(error);
  }

  private async lookAtInputs(): Promise<void> {
    const applied = this.w.lastSeq();
    const state = (await this.info(this.s.inputStream, "INPUT_STREAM_GONE")).state;
    if (this.stopped) return;
    this.logLastSeq = state.last_seq;
    if (state.last_seq < applied)
      throw new LogLostError(
        "INPUT_LOG_BEHIND",
        `the input log ${this.s.inputStream} ends at ${state.last_seq} but this engine has applied input ${applied}: it was deleted and recreated, or reset. ${RECOVER_INPUTS}`,
      );
    if (state.first_seq > applied + 1 && state.last_seq > applied)
      throw new LogLostError(
        "INPUT_LOG_GAP",
        `inputs ${applied + 1}..${state.first_seq - 1} of ${this.s.inputStream} were purged before this engine applied them. ${RECOVER_INPUTS}`,
      );
    if (state.first_seq > 1 && state.first_seq !== this.firstSeqSeen) {
      this.firstSeqSeen = state.first_seq;
      this.w.log(
        `WARNING: the input log ${this.s.inputStream} was purged up to input ${state.first_seq - 1}; this engine's state still holds those inputs, but an engine started without a snapshot at or after input ${state.first_seq - 1} will refuse to start (INPUT_LOG_GAP)`,
      );
    }
    this.watchStall(applied);
  }

  private watchStall(applied: number): void {
    if (this.logLastSeq <= applied) {
      this.stalledSince = undefined;
      return;
    }
    const now = performance.now();
    if (this.stalledSince?.seq !== applied) this.stalledSince = { seq: applied, at: now };
    else if (now - this.stalledSince.at >= STALL_MS) {
      this.stalledSince = undefined;
      this.w.readAgain(`no input applied for ${STALL_MS / 1000} s with ${this.lag} waiting`);
    }
  }

  private async lookAtEvents(): Promise<void> {
    await this.info(this.s.eventStream, "EVENT_STREAM_GONE");
  }

  private lookAtPublishing(): void {
    const since = this.w.publishFailingSince();
    if (since !== undefined && performance.now() - since > PUBLISH_STALL_MS)
      throw new LogLostError(
        "OUTPUTS_NOT_STORED",
        `outputs to ${this.s.eventStream} have not been acknowledged for ${PUBLISH_STALL_MS / 1000} s while connected (input ${this.w.lastSeq()} applied); check the stream and this engine's publish permissions, then restart it: outputs after the publication watermark are published again`,
      );
  }

  private async info(stream: string, code: "INPUT_STREAM_GONE" | "EVENT_STREAM_GONE") {
    try {
      return await this.jsm.streams.info(stream);
    } catch (error) {
      if (!isStreamNotFound(error)) throw error;
      const how = code === "INPUT_STREAM_GONE" ? RECOVER_INPUTS : RECOVER_EVENTS;
      throw new LogLostError(
        code,
        `the stream ${stream} was deleted under the running engine (input ${this.w.lastSeq()} applied). ${how}`,
        { cause: error },
      );
    }
  }

  private fail(error: LogLostError): void {
    if (this.stopped) return;
    this.stop();
    this.w.fatal(error);
  }
}

/** How to recover an input log that lost inputs the engine has seen. */
export const RECOVER_INPUTS =
  "The engine will not create an empty log over data it has seen: restore the stream from a backup (nats stream restore) and restart; or, to start over from an empty log on purpose, delete the stream (nats stream rm) and move the agency's snapshot file (<data-dir>/<agency>.snapshots.sqlite) aside, then restart";

/** How to recover a deleted event stream. */
export const RECOVER_EVENTS =
  "Restart the engine: it recreates the stream and publishes again every output of the input log (the same message ids), or restore the stream from a backup first";

import { AckPolicy, DeliverPolicy, type JetStreamManager } from "@nats-io/jetstream";
import type { Msg, NatsConnection, Subscription } from "@nats-io/transport-node";
import { inboxOf } from "./connection.ts";
import { ACK, ENCODER, headerValue, partsOf, readAckInfo, text } from "./wire.ts";

/** One stored message of a stream, as a reader needs it to replay the stream in order. */
export interface StreamMessage {
  /** The stream sequence. */
  readonly seq: number;
  readonly subject: string;
  /** When the stream accepted it (ms since the epoch, the nanoseconds cut down). */
  readonly storedAtMs: number;
  /** The values of the headers the reader was asked for, in that order; undefined when absent. */
  readonly headers: readonly (string | undefined)[];
  /** The payload (empty for a headers-only read). Valid until the next batch is asked for. */
  readonly data: Uint8Array;
  /** Messages still in the stream after this one when it was sent. */
  readonly pending: number;
}

/** The reader can no longer promise every message in order: read on another way from `nextSeq`. */
export class StreamReadError extends Error {
  override readonly name = "StreamReadError";
}

export interface StreamReaderOptions {
  readonly stream: string;
  /** The first stream sequence to read. */
  readonly fromSeq: number;
  /** Stop after this sequence (the stream's last sequence when reading began). */
  readonly toSeq: number;
  /** Headers whose values each message carries (exact names, first value, trimmed as nats.js does). */
  readonly headerNames: readonly string[];
  /** Only the headers, no payload (a read of message ids). */
  readonly headersOnly?: boolean;
  /** Messages held before the server is asked to wait (flow control is answered only below it). */
  readonly highWater?: number;
  /**
   * End where the server's copy ends (nothing pending) even short of toSeq: for a read that may
   * miss the newest messages (a read of ids to leave out, where a miss only means a re-publication
   * that the stream's duplicate window absorbs), and must not wait for a lagging replica.
   */
  readonly endWhereCopyEnds?: boolean;
  /** Gives up when nothing arrives for this long. */
  readonly idleTimeoutMs?: number;
}

/** How long before a wait began the server's last word still counts (heartbeats come every second). */
const WAIT_GRACE_MS = 2000;

/**
 * Reads a range of a JetStream stream in order, as fast as one connection can: an ephemeral push
 * consumer (no acks, flow control, heartbeats) on a plain subscription whose callback takes each
 * message apart straight from its bytes, and hands them over in batches, one await per batch.
 * The consumer sequence of every message is checked: a gap (a message the server dropped) ends
 * the read with a StreamReadError, so a caller never applies a log with a hole in it.
 *
 * This is what recovery reads the input log with: nats.js's ordered consumer spends about as much
 * per message (an async iterator step, a JsMsg, the reply subject split into strings, every header
 * decoded into a map) as the engine needs to apply the input. Flow control is the backpressure:
 * while more than `highWater` messages wait to be taken, the server's flow-control request is held
 * unanswered, and the server stops sending.
 */
export class StreamReader {
  private queue: StreamMessage[] = [];
  private heldFlowControl: string[] = [];
  private failure: Error | undefined;
  private ended = false;
  private nextDelivery = 1;
  private wake: (() => void) | undefined;
  private lastHeard = 0;
  /** When the last message of the stream arrived (heartbeats aside). */
  private lastData = 0;
  /** The server said nothing more is pending before toSeq: its copy of the stream ends short. */
  private shortAt: number | undefined;
  private readonly headerKeys: readonly Uint8Array[];
  private readonly highWater: number;
  private sub: Subscription | undefined;
  private consumerName: string | undefined;
  private idleTimer: ReturnType<typeof setInterval> | undefined;

  private constructor(
    private readonly nc: NatsConnection,
    private readonly jsm: JetStreamManager,
    private readonly opts: StreamReaderOptions,
  ) {
    this.headerKeys = opts.headerNames.map((name) => ENCODER.encode(`\r\n${name}:`));
    this.highWater = opts.highWater ?? 8192;
  }

  /** Starts reading `fromSeq..toSeq` (nothing to read when toSeq < fromSeq). */
  static async open(
    nc: NatsConnection,
    jsm: JetStreamManager,
    opts: StreamReaderOptions,
  ): Promise<StreamReader> {
    const reader = new StreamReader(nc, jsm, opts);
    if (opts.toSeq < opts.fromSeq) {
      reader.ended = true;
      return reader;
    }
    const inbox = inboxOf(nc);
    reader.sub = nc.subscribe(inbox, { callback: (error, m) => reader.take(error, m) });
    reader.lastHeard = performance.now();
    try {
      const info = await jsm.consumers.add(opts.stream, {
        deliver_subject: inbox,
        ack_policy: AckPolicy.None,
        deliver_policy: DeliverPolicy.StartSequence,
        opt_start_seq: opts.fromSeq,
        flow_control: true,
        idle_heartbeat: 1_000_000_000,
        headers_only: opts.headersOnly === true,
        mem_storage: true,
        // Should this process die, the server removes the consumer by itself.
        inactive_threshold: 30_000_000_000,
      });
      reader.consumerName = info.name;
    } catch (error) {
      reader.sub.unsubscribe();
      throw error;
    }
    const idleMs = opts.idleTimeoutMs ?? 10_000;
    reader.idleTimer = setInterval(
      () => {
        // Only while the caller waits: a caller busy with a long batch holds the server back itself.
        if (reader.wake === undefined) return;
        const now = performance.now();
        // Short of toSeq, the server's heartbeats are no progress: only messages are.
        if (reader.shortAt !== undefined && now - reader.lastData > idleMs)
          reader.fail(
            new StreamReadError(
              `the server's copy of ${opts.stream} ended at ${reader.shortAt}, short of ${opts.toSeq}, for ${idleMs} ms`,
            ),
          );
        else if (now - reader.lastHeard > idleMs)
          reader.fail(new StreamReadError(`nothing from the server for ${idleMs} ms`));
      },
      Math.min(1000, idleMs),
    );
    return reader;
  }

  /** The next messages in order (at least one), or null once `toSeq` is read. Throws what ended the read. */
  async next(): Promise<StreamMessage[] | null> {
    for (;;) {
      if (this.queue.length > 0) {
        const batch = this.queue;
        this.queue = [];
        this.answerFlowControl();
        return batch;
      }
      if (this.failure !== undefined) throw this.failure;
      if (this.ended) return null;
      // The wait starts now: time spent by the caller on the previous batch is not the server's silence.
      const now = performance.now();
      this.lastHeard = Math.max(this.lastHeard, now - WAIT_GRACE_MS);
      this.lastData = Math.max(this.lastData, now - WAIT_GRACE_MS);
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  /** Stops reading and removes the consumer; a caller waiting in next() gets null. */
  async close(): Promise<void> {
    this.ended = true;
    this.wakeUp();
    if (this.idleTimer !== undefined) clearInterval(this.idleTimer);
    this.sub?.unsubscribe();
    this.sub = undefined;
    const name = this.consumerName;
    this.consumerName = undefined;
    if (name !== undefined) await this.jsm.consumers.delete(this.opts.stream, name).catch(() => undefined);
  }

  private answerFlowControl(): void {
    if (this.queue.length >= this.highWater / 2) return;
    for (const reply of this.heldFlowControl.splice(0)) this.nc.publish(reply);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.ended = true;
    if (this.idleTimer !== undefined) clearInterval(this.idleTimer);
    this.sub?.unsubscribe();
    this.sub = undefined;
    this.wakeUp();
  }

  private wakeUp(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  /** A heartbeat, or a flow-control request (with a reply subject to answer, now or once the queue drains). */
  private status(code: number, replyBytes: Uint8Array): void {
    if (code !== 100 || replyBytes.length === 0) return;
    const reply = text(replyBytes, 0, replyBytes.length);
    if (this.queue.length >= this.highWater) this.heldFlowControl.push(reply);
    else this.nc.publish(reply);
  }

  private take(error: Error | null, m: Msg): void {
    if (this.ended) return;
    this.lastHeard = performance.now();
    if (error !== null) return this.fail(new StreamReadError(`subscription failed: ${error.message}`));
    try {
      const parts = partsOf(m);
      if (parts.status !== 0) return this.status(parts.status, parts.replyBytes);
      if (!readAckInfo(parts.replyBytes))
        return this.fail(new StreamReadError("a message without JetStream delivery info"));
      if (ACK.delivery !== this.nextDelivery)
        return this.fail(
          new StreamReadError(
            `message ${this.nextDelivery} of the read was not delivered (got ${ACK.delivery}, stream sequence ${ACK.seq})`,
          ),
        );
      this.nextDelivery++;
      if (ACK.seq > this.opts.toSeq) return this.finish();
      const keys = this.headerKeys;
      const headers: (string | undefined)[] = new Array<string | undefined>(keys.length);
      for (let k = 0; k < keys.length; k++) headers[k] = headerValue(parts.headerBytes, keys[k]!);
      this.queue.push({
        seq: ACK.seq,
        subject: text(parts.subjectBytes, 0, parts.subjectBytes.length),
        storedAtMs: ACK.storedAtMs,
        headers,
        data: parts.data,
        pending: ACK.pending,
      });
      this.lastData = this.lastHeard;
      this.shortAt = undefined;
      if (ACK.seq >= this.opts.toSeq || (ACK.pending === 0 && this.opts.endWhereCopyEnds === true))
        this.finish();
      else {
        // Nothing pending short of toSeq: the consumer reads a replica whose copy is behind (a
        // clustered stream), or the range ends past the stream's end. Neither ends the read: more
        // is waited for, and a copy that stays short fails it (never a silent end before toSeq).
        if (ACK.pending === 0) this.shortAt = ACK.seq;
        if (this.queue.length === 1) this.wakeUp();
      }
    } catch (cause) {
      this.fail(new StreamReadError(`could not read a message: ${(cause as Error).message}`));
    }
  }

  private finish(): void {
    this.ended = true;
    if (this.idleTimer !== undefined) clearInterval(this.idleTimer);
    this.wakeUp();
  }
}

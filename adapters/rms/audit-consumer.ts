import type { ConsumerMessages, JetStreamClient, JetStreamManager, JsMsg } from "@nats-io/jetstream";
import type { AuditMessage, AuditStore } from "./audit-store.ts";
import { prepareDurable } from "./durable.ts";

export class AuditConsumerError extends Error {
  override readonly name = "AuditConsumerError";
}

export interface AuditConsumerStats {
  /** Rows written, invalid ones included. */
  applied: number;
  invalid: number;
  duplicates: number;
  resyncs: number;
}

export interface AuditConsumerOptions {
  readonly durable: string;
  readonly ackWaitMs: number;
  readonly batch: number;
  readonly say: (line: string) => void;
}

/**
 * The RMS's consumer of the audit stream: its own durable on CAD_AUDIT_<A>, run beside the
 * event consumer on the same connection and database, on the same rule: the database's
 * position says where to go on (the durable is recreated to deliver from the message after
 * it), so each record is stored exactly once however often JetStream delivers it. A message
 * that is not a valid record is stored as an invalid row and said out loud; it never stops it.
 */
export class AuditConsumer {
  readonly stats: AuditConsumerStats = { applied: 0, invalid: 0, duplicates: 0, resyncs: 0 };
  private stopping = false;
  private messages: ConsumerMessages | undefined;
  private loop: Promise<void> = Promise.resolve();

  constructor(
    readonly store: AuditStore,
    private readonly jsm: JetStreamManager,
    private readonly js: JetStreamClient,
    private readonly opts: AuditConsumerOptions,
  ) {}

  /** Starts consuming; `done` settles when it stops (after stop(), or a failure it could not get past). */
  start(): void {
    this.loop = this.run();
    // Its failure is reported through `done` (cad rms run waits on it); a caller that only stops
    // the consumer, its connection closed under it, must not see an unhandled rejection.
    this.loop.catch(() => undefined);
  }

  get done(): Promise<void> {
    return this.loop;
  }

  /** Applies what was delivered, acknowledges it, and stops. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.messages?.close();
    await this.loop.catch(() => undefined);
  }

  private async run(): Promise<void> {
    await this.checkStream();
    let resynced = true;
    while (!this.stopping) {
      const { stream } = this.store;
      if (await prepareDurable(this.jsm, stream, this.opts.durable, this.store.lastSeq, this.opts.ackWaitMs))
        this.opts.say(
          `audit durable "${this.opts.durable}" delivers from ${stream} sequence ${this.store.lastSeq + 1}`,
        );
      const consumer = await this.js.consumers.get(stream, this.opts.durable);
      this.messages = await consumer.consume({ max_messages: this.opts.batch * 2 });
      // A stop asked for while the consumer was being made: close it, not awaited (close()
      // resolves once the messages are read to their end, which the loop below does at once).
      if (this.stopping) void this.messages.close().catch(() => undefined);
      let batch: JsMsg[] = [];
      let gap = false;
      for await (const m of this.messages) {
        batch.push(m);
        if (batch.length < this.opts.batch && m.info.pending > 0) continue;
        gap = this.flush(batch, resynced);
        resynced = false;
        batch = [];
        if (gap) break;
      }
      if (!gap && batch.length > 0) this.flush(batch, resynced);
      await this.messages.close();
      if (gap) {
        this.stats.resyncs++;
        resynced = true;
        await this.jsm.consumers.delete(stream, this.opts.durable).catch(() => false);
      }
    }
  }

  /** Stores a batch in one transaction, then acknowledges every message it covers. True on a gap. */
  private flush(batch: readonly JsMsg[], justResynced: boolean): boolean {
    const messages = batch.map(auditMessage);
    let result = this.store.applyBatch(messages);
    this.count(result);
    if (result.gap !== null && justResynced) {
      // Delivered from the position on, and still a gap: the append-only stream lost records.
      const { expected, got } = result.gap;
      this.opts.say(
        `WARNING: audit records ${expected}..${got - 1} are missing from ${this.store.stream}; recorded as a gap row`,
      );
      const seenAt = messages.find((m) => m.seq === got)?.storedAt ?? 0;
      this.store.acceptGap(got, "missing from the append-only audit stream", seenAt);
      result = this.store.applyBatch(messages);
      this.count(result);
    }
    for (const m of batch) if (m.seq <= this.store.lastSeq) m.ack();
    if (result.gap === null) return false;
    this.opts.say(
      `audit: expected ${this.store.stream} sequence ${result.gap.expected}, got ${result.gap.got}: resuming from the position`,
    );
    return true;
  }

  private count(result: ReturnType<AuditStore["applyBatch"]>): void {
    this.stats.applied += result.applied;
    this.stats.duplicates += result.duplicates;
    this.stats.invalid += result.invalid.length;
    for (const bad of result.invalid)
      this.opts.say(
        `WARNING: INVALID AUDIT RECORD at ${this.store.stream} sequence ${bad.seq} on ${bad.subject} (${bad.length} bytes): ${bad.reason}; stored as an invalid row`,
      );
  }

  /** Refuses records ahead of the stream: the audit stream was deleted and created again. */
  private async checkStream(): Promise<void> {
    const info = await this.jsm.streams.info(this.store.stream);
    const last = this.store.lastSeq;
    if (last > info.state.last_seq)
      throw new AuditConsumerError(
        `the audit records are at sequence ${last} but ${this.store.stream} ends at ${info.state.last_seq}: ` +
          `the audit stream was deleted and created again; start a new records database (--db)`,
      );
    this.opts.say(
      `audit records at ${this.store.stream} sequence ${last}; the stream ends at ${info.state.last_seq}`,
    );
  }
}

function auditMessage(m: JsMsg): AuditMessage {
  return { seq: m.seq, subject: m.subject, data: m.data, storedAt: m.time.getTime() };
}

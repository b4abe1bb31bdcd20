import { DeliverPolicy, jetstream, type JetStreamClient } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { decodeOutput, type AgencySubjects } from "../nats/index.ts";
import { ShiftLedger, type ShiftReport } from "./web/shift.ts";
import type { ConsoleConfig } from "./web/protocol.ts";

/** How far back (wall clock) the first read of the event stream starts: past any shift of 12 h. */
const LOOKBACK_MS = 36 * 3600_000;
/** The default shift: the last 12 hours of engine time. */
export const DEFAULT_SHIFT_HOURS = 12;

/**
 * The shift's figures for the supervisor view, from the agency's event stream (the engine's own
 * record): the first request reads the events of the last 36 h, each later one only those stored
 * since; a ShiftLedger keeps what the figures need. Requests are served one at a time.
 */
export class ShiftSource {
  private readonly ledger = new ShiftLedger();
  private readonly js: JetStreamClient;
  /** The last stream sequence read (0: nothing read yet). */
  private lastSeq = 0;
  private reading: Promise<void> = Promise.resolve();

  constructor(
    nc: NatsConnection,
    private readonly s: AgencySubjects,
    private readonly config: ConsoleConfig,
  ) {
    this.js = jetstream(nc);
  }

  /** The report of the shift since `since` (engine time; default: the last 12 hours). */
  async report(since?: number): Promise<ShiftReport & { readonly lastStreamSeq: number }> {
    const next = this.reading.then(() => this.catchUp());
    this.reading = next.catch(() => undefined);
    await next;
    const start = since ?? this.ledger.now - DEFAULT_SHIFT_HOURS * 3600_000;
    return { ...this.ledger.report(this.config, start), lastStreamSeq: this.lastSeq };
  }

  private async catchUp(): Promise<void> {
    const jsm = await this.js.jetstreamManager();
    const info = await jsm.streams.info(this.s.eventStream);
    if (info.state.last_seq <= this.lastSeq) return;
    const consumer = await this.js.consumers.get(this.s.eventStream, {
      filter_subjects: this.s.events,
      ...(this.lastSeq === 0
        ? {
            deliver_policy: DeliverPolicy.StartTime,
            opt_start_time: new Date(Date.now() - LOOKBACK_MS).toISOString(),
          }
        : { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: this.lastSeq + 1 }),
    });
    const pending = (await consumer.info()).num_pending;
    if (pending === 0) {
      this.lastSeq = info.state.last_seq;
      return;
    }
    const messages = await consumer.consume();
    for await (const m of messages) {
      this.lastSeq = Math.max(this.lastSeq, m.seq);
      try {
        const output = decodeOutput(m.data);
        if ("event" in output) this.ledger.apply(output.event);
      } catch {
        // An output that does not decode is the console's log's to report (the gateway does).
      }
      if (m.info.pending === 0) break;
    }
    await messages.close();
  }
}

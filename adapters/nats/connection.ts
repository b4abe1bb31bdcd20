import { DeliverPolicy, type ConsumerMessages, type JetStreamClient } from "@nats-io/jetstream";
import { connect, type MsgHdrs, type NatsConnection } from "@nats-io/transport-node";

/**
 * How every long-running process here talks to NATS: the engine service, its standby and the
 * benchmark's pass-through connect, consume the input log and publish in the same way.
 */

/** How many messages an input-log consumer pulls at a time (consume max_messages). */
export const PULL_MESSAGES = 1024;

/** Connects to `servers` for good: reconnects forever, every 250 ms. */
export async function connectNats(servers: string, name: string): Promise<NatsConnection> {
  return connect({
    servers,
    name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
    // No async stack traces: the client would otherwise build two Error objects per publish
    // (about a quarter of the service's CPU under load, measured with bench/e2e --profile).
    noAsyncTraces: true,
  });
}

/** Reads `stream` in order from `fromSeq` on, PULL_MESSAGES at a time. */
export async function consumeFrom(
  js: JetStreamClient,
  stream: string,
  fromSeq: number,
): Promise<ConsumerMessages> {
  const consumer = await js.consumers.get(stream, {
    deliver_policy: DeliverPolicy.StartSequence,
    opt_start_seq: fromSeq,
  });
  return consumer.consume({ max_messages: PULL_MESSAGES });
}

/** What publishUntilAcked needs of its caller. */
export interface Publishing {
  readonly js: JetStreamClient;
  /** Counts every message JetStream acknowledged. */
  readonly counts: { published: number };
  /** True once the caller stops: then it gives up after 20 failed attempts, retrying every 100 ms. */
  stopping(): boolean;
  /** An attempt failed (it will be retried). */
  failed?(error: Error): void;
  /** JetStream acknowledged a message. */
  acked?(): void;
  /**
   * Registers `abandon`, called when attempts in flight will never be answered (the connection
   * came back: the server lost the requests sent before), so that they are retried at once
   * instead of timing out; returns how to unregister it.
   */
  track?(abandon: () => void): () => void;
}

/** Publishes until JetStream acknowledges; a repeat (same msgID) after a lost ack is dropped by the server. */
export async function publishUntilAcked(
  p: Publishing,
  subject: string,
  data: Uint8Array,
  msgID: string,
  h: MsgHdrs,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      const ack = p.js.publish(subject, data, { msgID, headers: h, timeout: 5000 });
      if (p.track === undefined) await ack;
      else await ackUnlessAbandoned(ack, p.track.bind(p));
      p.counts.published++;
      p.acked?.();
      return;
    } catch (error) {
      p.failed?.(error as Error);
      if (p.stopping() && attempt > 20) throw error;
      // A stopping caller retries quickly, so that a stop is not held up for minutes.
      const waitMs = p.stopping() ? 100 : Math.min(2000, 100 * 2 ** Math.min(attempt, 5));
      await new Promise((r) => setTimeout(r, waitMs));
    }
  }
}

async function ackUnlessAbandoned(
  ack: Promise<unknown>,
  track: (abandon: () => void) => () => void,
): Promise<void> {
  let untrack = () => undefined as void;
  // A promise per attempt, never a shared one: reactions on a long-lived promise would pile up.
  const abandoned = new Promise<false>((resolve) => (untrack = track(() => resolve(false))));
  try {
    if (!(await Promise.race([ack.then(() => true), abandoned]))) {
      ack.catch(() => undefined);
      throw new Error("connection back: publishing again");
    }
  } finally {
    untrack();
  }
}

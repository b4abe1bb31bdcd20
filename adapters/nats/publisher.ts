import type { JetStreamClient } from "@nats-io/jetstream";
import { publishUntilAcked, type Publishing } from "./connection.ts";
import { msgIdOf, outputHeaders, type Output } from "./outputs.ts";
import type { PublishedTail } from "./published-tail.ts";

/** Acks are awaited once this many outputs are in flight (a batch, then a wait for all: not a sliding window). */
export const MAX_IN_FLIGHT = 256;

/**
 * Publishes the service's outputs to the event stream, each until JetStream acknowledges it, and
 * leaves out those of inputs whose outputs were stored before a restart (the published tail).
 */
export class Publisher implements Publishing {
  private readonly inFlight: Promise<unknown>[] = [];
  /** Since when outputs have failed to be acknowledged (performance.now()), until one is. */
  failingSince: number | undefined;
  private readonly attempts = new Set<() => void>();

  /** Told how long each output took from publish to JetStream's ack, retries included (the metrics' histogram). */
  acknowledged?: (seconds: number) => void;

  /** Whether outputs may go out (a replica's leadership); absent for a sole engine. */
  gate?: () => boolean | Promise<boolean>;

  constructor(
    readonly js: JetStreamClient,
    readonly counts: { published: number },
    private published: PublishedTail,
    /** True once the service stops: an output that keeps failing is then given up. */
    readonly stopping: () => boolean,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  /** One line when outputs start failing, one when they are acknowledged again: never silent, never a flood. */
  failed(error: Error): void {
    if (this.failingSince !== undefined) return;
    this.failingSince = performance.now();
    this.log(
      `publishing outputs failed (${error.message}); retrying with the same message ids until acknowledged`,
    );
  }

  track(abandon: () => void): () => void {
    this.attempts.add(abandon);
    return () => this.attempts.delete(abandon);
  }

  /**
   * This replica no longer leads: what it has not stored is the new leader's to publish, so its
   * failing publishes are no alarm any more (OUTPUTS_NOT_STORED watches failingSince).
   */
  deposed(): void {
    this.failingSince = undefined;
  }

  /** The connection is back: every attempt in flight is retried now rather than after its timeout. */
  reconnected(): void {
    for (const abandon of this.attempts) abandon();
    this.attempts.clear();
  }

  acked(): void {
    if (this.failingSince === undefined) return;
    const ms = performance.now() - this.failingSince;
    this.failingSince = undefined;
    this.log(`outputs acknowledged again after ${ms.toFixed(0)} ms`);
  }

  /** True when it is time to wait for acks (MAX_IN_FLIGHT outputs out). */
  get full(): boolean {
    return this.inFlight.length >= MAX_IN_FLIGHT;
  }

  get idle(): boolean {
    return this.inFlight.length === 0;
  }

  /** A replica taking the lead: what the event stream holds now, so that only missing outputs go out. */
  storedNow(published: PublishedTail): void {
    this.published = published;
  }

  /** Whether the outputs of input `inputSeq` were all stored before start-up (only the state is needed). */
  stored(inputSeq: number): boolean {
    return inputSeq <= this.published.skipUpToInputSeq;
  }

  /** Publishes the outputs of input `inputSeq` that the event stream does not hold yet. */
  publishMissing(inputSeq: number, outputs: readonly Output[]): void {
    if (this.stored(inputSeq)) return;
    const { toInputSeq, ids } = this.published;
    for (const o of outputs) {
      const msgID = msgIdOf(o.id);
      // Within the tail read back at start-up, only missing outputs go out.
      if (inputSeq <= toInputSeq && ids.has(msgID)) continue;
      this.send(o, msgID);
    }
  }

  /** Waits for every output in flight to be acknowledged. */
  async flush(): Promise<void> {
    await Promise.all(this.inFlight.splice(0));
  }

  /** Waits for every output in flight to be acknowledged or given up; true when all were acknowledged. */
  async settle(): Promise<boolean> {
    const settled = await Promise.allSettled(this.inFlight);
    return settled.every((r) => r.status === "fulfilled");
  }

  private send(o: Output, msgID: string): void {
    // Encoded here, synchronously, so that a codec failure is caught with its input.
    const data = o.encode();
    const publishing = publishUntilAcked(this, o.subject, data, msgID, outputHeaders(o.id));
    const acknowledged = this.acknowledged;
    if (acknowledged === undefined) return void this.inFlight.push(publishing);
    const sentAt = performance.now();
    this.inFlight.push(publishing.then((ack) => (acknowledged((performance.now() - sentAt) / 1000), ack)));
  }
}

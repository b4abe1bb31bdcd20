import type { JetStreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { StreamReadError, StreamReader } from "./stream-reader.ts";
import { INPUT_SEQ_HEADER, type AgencySubjects } from "./subjects.ts";

/** At start-up, the last this-many outputs are read back, so that only missing ones are published again. */
const TAIL_OUTPUTS = 16_384;

export interface PublishedTail {
  /** Inputs up to this sequence had all their outputs stored before the tail that was read back. */
  readonly skipUpToInputSeq: number;
  readonly toInputSeq: number;
  /**
   * The Nats-Msg-Id of each output read back, compared whole with msgIdOf(output.id) (outputs.ts);
   * never taken apart: each one's input sequence is read from its Cad-Input-Seq header.
   */
  readonly ids: ReadonlySet<string>;
}

/** Reads back the message ids of the last outputs in the event stream. */
export async function publishedTail(
  nc: NatsConnection,
  jsm: JetStreamManager,
  s: AgencySubjects,
  watermark: number,
): Promise<PublishedTail> {
  const info = await jsm.streams.info(s.eventStream);
  const last = info.state.last_seq;
  const ids = new Set<string>();
  if (last === 0) return { skipUpToInputSeq: watermark, toInputSeq: 0, ids };
  const first = Math.max(info.state.first_seq, last - TAIL_OUTPUTS + 1);
  // A read that lost a message (the server dropped it, or went away) is started again.
  for (let attempt = 1; ; attempt++) {
    try {
      const tail = await readTail(nc, jsm, s, first, last, info.state.first_seq);
      return { ...tail, skipUpToInputSeq: Math.max(tail.skipUpToInputSeq, watermark) };
    } catch (error) {
      if (!(error instanceof StreamReadError) || attempt >= 5) throw error;
    }
  }
}

async function readTail(
  nc: NatsConnection,
  jsm: JetStreamManager,
  s: AgencySubjects,
  first: number,
  last: number,
  streamFirst: number,
): Promise<PublishedTail> {
  const ids = new Set<string>();
  let fromInputSeq = Infinity;
  let toInputSeq = 0;
  const reader = await StreamReader.open(nc, jsm, {
    stream: s.eventStream,
    fromSeq: first,
    toSeq: last,
    headerNames: ["Nats-Msg-Id", INPUT_SEQ_HEADER],
    headersOnly: true,
    // The newest outputs missed on a lagging replica are published again, and deduplicated.
    endWhereCopyEnds: true,
  });
  try {
    for (let batch = await reader.next(); batch !== null; batch = await reader.next()) {
      for (const m of batch) {
        ids.add(m.headers[0] ?? "");
        const inputSeq = Number(m.headers[1] ?? 0);
        fromInputSeq = Math.min(fromInputSeq, inputSeq);
        toInputSeq = Math.max(toInputSeq, inputSeq);
      }
    }
  } finally {
    await reader.close();
  }
  // With only a tail read, the oldest input in it may have outputs before the tail: count it as done.
  return { skipUpToInputSeq: first === streamFirst ? 0 : fromInputSeq, toInputSeq, ids };
}

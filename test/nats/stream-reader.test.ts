import { AckPolicy, DeliverPolicy, jetstreamManager } from "@nats-io/jetstream";
import { createInbox, type Msg } from "@nats-io/transport-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  LOG_HEADERS,
  logMessageOfJs,
  logMessageOfStream,
  readLogEntry,
  StreamReader,
  type StreamReaderOptions,
  ensureStreams,
  agencySubjects,
} from "../../adapters/nats/index.ts";
import {
  hasWireBuffers,
  headerValue,
  parseAckReply,
  partsOf,
  publicPartsOf,
} from "../../adapters/nats/testing.ts";
import { NatsClient, useNatsServer } from "../support/nats.ts";

const AGENCY = "rdr";
const s = agencySubjects(AGENCY);
const nats = useNatsServer();
let client: NatsClient;

beforeAll(async () => {
  client = await NatsClient.connect(nats.server.url, AGENCY);
  await ensureStreams(client.nc, s);
  // A log as senders write it: ids and times in headers, one without either, a non-ASCII id, a Tick (no payload).
  for (let i = 0; i < 300; i++)
    await client.send(
      { kind: "UpdateUnitLocation", unitId: `U${i % 7}`, lon: -122.3 + i / 1e4, lat: 47.6 },
      { id: `loc-${i}`, time: 1_800_000_000_000 + i },
    );
  await client.sendRaw(`${s.inputPrefix}tick`, new Uint8Array(0), { id: "tick-é-1" });
  await client.sendRaw(`${s.inputPrefix}no-such-kind`, new Uint8Array([1, 2, 3]));
});

afterAll(async () => {
  await client.nc.drain();
});

/** Every message of the input stream as nats.js's ordered consumer gives it, read the slow, public way. */
async function readWithConsumer(): Promise<{ entries: ReturnType<typeof readLogEntry>[]; seqs: number[] }> {
  const consumer = await client.js.consumers.get(s.inputStream, { deliver_policy: DeliverPolicy.All });
  const messages = await consumer.consume({ max_messages: 100 });
  const entries = [];
  const seqs = [];
  for await (const m of messages) {
    entries.push(readLogEntry(logMessageOfJs(m), AGENCY, true, 0));
    seqs.push(m.seq);
    if (m.info.pending === 0) break;
  }
  await messages.close();
  return { entries, seqs };
}

/** A reader of the input stream (the options the tests vary; the rest as recovery sets them). */
async function openReader(opts: Omit<StreamReaderOptions, "stream">): Promise<StreamReader> {
  return StreamReader.open(client.nc, await jetstreamManager(client.nc), { stream: s.inputStream, ...opts });
}

async function readAll(reader: StreamReader) {
  const out = [];
  for (let batch = await reader.next(); batch !== null; batch = await reader.next()) out.push(...batch);
  await reader.close();
  return out;
}

describe("StreamReader: the fast in-order read recovery uses", () => {
  it("gives every message of a range with the same id, instant, kind and input as nats.js's consumer", async () => {
    const jsm = await jetstreamManager(client.nc);
    const info = await jsm.streams.info(s.inputStream);
    const reader = await openReader({
      fromSeq: 1,
      toSeq: info.state.last_seq,
      headerNames: LOG_HEADERS,
      // Small, so that flow control holds the server back many times over.
      highWater: 16,
    });
    const fast = await readAll(reader);
    const slow = await readWithConsumer();
    expect(fast.map((m) => m.seq)).toEqual(slow.seqs);
    expect(fast).toHaveLength(302);
    const entries = fast.map((m) => readLogEntry(logMessageOfStream(m), AGENCY, true, 0));
    expect(entries).toEqual(slow.entries);
    expect(entries[300]).toMatchObject({ id: "tick-é-1", kind: "Tick" });
    expect(entries[301]).toMatchObject({ id: "test-rdr-1", kind: undefined });
    // Without Cad-Time, the instant is the log's acceptance time (checked against nats.js's parse).
    expect(entries[300]!.at).toBeGreaterThan(1_700_000_000_000);
  });

  it("stops at toSeq, starts at fromSeq, and reads headers only when asked", async () => {
    const jsm = await jetstreamManager(client.nc);
    const reader = await openReader({
      fromSeq: 11,
      toSeq: 20,
      headerNames: ["Nats-Msg-Id", "No-Such-Header"],
      headersOnly: true,
    });
    const got = await readAll(reader);
    expect(got.map((m) => m.seq)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect(got.map((m) => m.headers)).toEqual(got.map((m) => [`loc-${m.seq - 1}`, undefined]));
    expect(got.every((m) => m.data.length === 0)).toBe(true);
    // The reader's push consumer is gone once the read is closed.
    const consumers = await jsm.consumers.list(s.inputStream).next();
    expect(consumers.filter((c) => c.config.deliver_subject !== undefined)).toEqual([]);
  });

  it("reads nothing for an empty range", async () => {
    const reader = await openReader({
      fromSeq: 10,
      toSeq: 9,
      headerNames: [],
    });
    expect(await reader.next()).toBeNull();
  });

  it("takes messages apart from nats.js's wire buffers, and the public API gives the same parts", async () => {
    const jsm = await jetstreamManager(client.nc);
    const inbox = createInbox();
    const seen: Msg[] = [];
    const done = new Promise<void>((resolve) => {
      const sub = client.nc.subscribe(inbox, {
        callback: (_error, m) => {
          seen.push(m);
          if (seen.length === 5) {
            sub.unsubscribe();
            resolve();
          }
        },
      });
    });
    const info = await jsm.consumers.add(s.inputStream, {
      deliver_subject: inbox,
      ack_policy: AckPolicy.None,
      deliver_policy: DeliverPolicy.StartSequence,
      opt_start_seq: 298,
    });
    await done;
    await jsm.consumers.delete(s.inputStream, info.name);
    const key = new TextEncoder().encode("\r\nNats-Msg-Id:");
    for (const m of seen) {
      // A nats.js upgrade that changes its message internals fails here, not silently slower.
      expect(hasWireBuffers(m)).toBe(true);
      const wire = partsOf(m);
      const pub = publicPartsOf(m);
      expect(wire.status).toBe(0);
      expect(Buffer.from(wire.data)).toEqual(Buffer.from(pub.data));
      expect(new TextDecoder().decode(wire.subjectBytes)).toBe(m.subject);
      expect(new TextDecoder().decode(wire.replyBytes)).toBe(m.reply);
      expect(headerValue(wire.headerBytes, key)).toBe(m.headers?.get("Nats-Msg-Id"));
      expect(headerValue(pub.headerBytes, key)).toBe(m.headers?.get("Nats-Msg-Id"));
      const ack = parseAckReply(m.reply ?? "")!;
      expect(ack.seq).toBeGreaterThanOrEqual(298);
    }
  });

  it("reads the delivery info of both reply-subject forms as nats.js does", () => {
    expect(parseAckReply("$JS.ACK.CAD_IN_X.c1.1.42.7.1764900000123456789.3")).toEqual({
      seq: 42,
      delivery: 7,
      storedAtMs: 1764900000123,
      pending: 3,
    });
    expect(parseAckReply("$JS.ACK.dom.hash.CAD_IN_X.c1.2.43.8.1764900000999999999.0.rnd")).toEqual({
      seq: 43,
      delivery: 8,
      storedAtMs: 1764900000999,
      pending: 0,
    });
    // A short time (before 2001) is still read exactly.
    expect(parseAckReply("$JS.ACK.S.c.1.1.1.5000000.0")?.storedAtMs).toBe(5);
    expect(parseAckReply("_INBOX.abc")).toBeNull();
    expect(parseAckReply("$JS.ACK.S.c.1.x.1.5.0")).toBeNull();
  });

  it("ends with an error, not a hole, when the stream's messages stop arriving short of toSeq", async () => {
    // The range ends past the copy the server reads from (a lagging replica of a clustered stream
    // says nothing is pending just the same): the server's heartbeats go on, but without a message
    // for the idle limit the read fails rather than end before toSeq.
    const reader = await openReader({ fromSeq: 302, toSeq: 400, headerNames: [], idleTimeoutMs: 300 });
    const first = await reader.next();
    expect(first?.map((m) => m.seq)).toEqual([302]);
    await expect(reader.next()).rejects.toThrow(/ended at 302, short of 400/);
    await reader.close();
    // A read that may miss the newest messages (ids to leave out) ends cleanly where the copy ends.
    const tail = await openReader({ fromSeq: 302, toSeq: 400, headerNames: [], endWhereCopyEnds: true });
    expect((await readAll(tail)).map((m) => m.seq)).toEqual([302]);
    // A consumer that delivers nothing at all (a range starting past the end) times out.
    const empty = await openReader({ fromSeq: 500, toSeq: 600, headerNames: [], idleTimeoutMs: 300 });
    await expect(empty.next()).rejects.toThrow(/nothing from the server for 300 ms/);
    await empty.close();
  });
});

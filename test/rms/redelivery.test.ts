import { AckPolicy, DeliverPolicy, jetstreamManager, type JsMsg } from "@nats-io/jetstream";
import { nanos } from "@nats-io/transport-node";
import { describe, expect, it, onTestFinished } from "vitest";
import {
  natsServerAvailable,
  EngineService,
  ensureStreams,
  agencySubjects,
} from "../../adapters/nats/index.ts";
import { canonicalDump } from "../../adapters/rms/index.ts";
import { NatsClient, useNatsServer } from "../support/nats.ts";
import { config } from "../support/scenario.ts";
import { applyAll, freshStore } from "./support/db.ts";
import { sleep } from "./support/child.ts";
import { richLog } from "./support/rich-log.ts";

const AGENCY = "rmsredo";

describe.skipIf(!natsServerAvailable())("JetStream redeliveries into the records (needs nats-server)", () => {
  const nats = useNatsServer();

  it("applies each message once: messages JetStream delivers again (applied, never acknowledged) add no row and no interval", async () => {
    const log = richLog({ agency: AGENCY, seed: 5, hours: 1 });
    const total = log.messages.length;
    const s = agencySubjects(AGENCY);
    const client = await NatsClient.connect(nats.server.url, AGENCY);
    onTestFinished(() => client.close());
    await ensureStreams(client.nc, s);
    await client.sendLog(log.inputs);
    const engine = await EngineService.start({
      agency: AGENCY,
      servers: nats.server.url,
      config,
      trustInputTime: true,
    });
    onTestFinished(() => engine.stop());
    const jsm = await jetstreamManager(client.nc);
    for (
      let waited = 0;
      (await jsm.streams.info(s.eventStream)).state.last_seq < total && waited < 60_000;
      waited += 100
    )
      await sleep(100);

    // A durable whose messages are applied but never acknowledged at first: each is refused (nak)
    // after it is applied, as a consumer that crashed before its acks would leave them, and
    // JetStream delivers it again. (A short ack_wait did the same, but a loaded machine could
    // take longer than it to read the first pass.)
    await jsm.consumers.add(s.eventStream, {
      durable_name: "redo",
      ack_policy: AckPolicy.Explicit,
      ack_wait: nanos(60_000),
      deliver_policy: DeliverPolicy.All,
      max_ack_pending: total + 10,
    });
    const consumer = await client.js.consumers.get(s.eventStream, "redo");
    const store = freshStore(AGENCY);
    const read = async (count: number): Promise<JsMsg[]> => {
      const out: JsMsg[] = [];
      const messages = await consumer.consume({ max_messages: 1000 });
      for await (const m of messages) {
        out.push(m);
        if (out.length >= count) break;
      }
      await messages.close();
      return out;
    };
    const first = await read(total);
    expect(first.every((m) => !m.redelivered)).toBe(true);
    for (let i = 0; i < first.length; i += 500) store.applyBatch(first.slice(i, i + 500));
    expect(store.lastSeq).toBe(total);
    const intervals = store.db.prepare("SELECT count(*) FROM intervals").pluck().get() as number;

    for (const m of first) m.nak();
    const again = await read(total);
    expect(again.length).toBe(total);
    // JetStream really delivered them again (one may come in the first delivery's place when a
    // pull of the first pass was still open: either way the store must see it as applied).
    expect(again.filter((m) => m.redelivered && m.info.deliveryCount >= 2).length).toBeGreaterThan(total / 2);
    let duplicates = 0;
    for (let i = 0; i < again.length; i += 500) {
      const result = store.applyBatch(again.slice(i, i + 500));
      expect(result.applied).toBe(0);
      expect(result.gap).toBeNull();
      duplicates += result.duplicates;
    }
    for (const m of again) m.ack();
    expect(duplicates).toBe(total);
    expect(store.db.prepare("SELECT count(*) FROM intervals").pluck().get()).toBe(intervals);

    // Exactly the records of the stream applied once, in process.
    const once = freshStore(AGENCY, "once.sqlite");
    applyAll(once, log.messages);
    expect(canonicalDump(store.db)).toEqual(canonicalDump(once.db));
    expect(intervals).toBeGreaterThan(100);
  }, 120_000);
});

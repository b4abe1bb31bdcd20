import { join } from "node:path";
import { jetstream, type JetStreamClient } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { describe, expect, it, onTestFinished } from "vitest";
import { agencySubjects, EngineService, natsServerAvailable } from "../../adapters/nats/index.ts";
import {
  EidoRelay,
  eidoSchemaAvailable,
  loadEidoValidator,
  RmsConsumer,
  RmsStore,
  type EidoValidator,
  type StreamMessage,
} from "../../adapters/rms/index.ts";
import type {
  EngineConfig,
  EngineEvent,
  IncidentTransferAnswered,
  SharedIncidentUpdated,
} from "../../engine/index.ts";
import { editedSource } from "../support/configs.ts";
import { NatsClient, eventsOf, rejectionsOf, useNatsServer } from "../support/nats.ts";
import { call, near, unit } from "../support/scenario.ts";
import { sleep } from "./support/child.ts";
import { tempDir } from "./support/db.ts";

/** Agency `me`'s configuration: `partner` is its partner, and a partner's Fire incidents are our FIB. */
function partnered(partner: string): EngineConfig {
  return editedSource((doc) => {
    const d = doc as Record<string, unknown>;
    d["sharing"] = { partners: [partner] };
    d["eido"] = { callTypes: { Fire: "FIB" }, defaultCallType: "UNK" };
  }).config;
}

/** A new call now (the log's time is the wall clock's here). */
const newCall = (callId: string, where: { lon: number; lat: number }, address = "") =>
  call(callId, "FIB", where, { receivedAt: Date.now() - 1000, ...(address && { address }) });

const trackingOf = (agency: string, incidentId: string) =>
  `urn:emergency:uid:incidentid:${incidentId}:${agency}.cad.invalid`;

/** Every message of a stream, in order (as the RMS consumer would be delivered them). */
async function readStream(js: JetStreamClient, stream: string): Promise<StreamMessage[]> {
  const consumer = await js.consumers.get(stream);
  const out: StreamMessage[] = [];
  const messages = await consumer.consume();
  for await (const m of messages) {
    out.push({ seq: m.seq, subject: m.subject, data: m.data });
    if (m.info.pending === 0) break;
  }
  await messages.close();
  return out;
}

async function until(what: string, holds: () => boolean | Promise<boolean>): Promise<void> {
  for (let waited = 0; !(await holds()); waited += 50) {
    if (waited > 30_000) throw new Error(`${what}: not within 30 s`);
    await sleep(50);
  }
}

/** Every EIDO published to an agency's intake, as the wire carried it. */
interface Sent {
  readonly subject: string;
  readonly msgId: string;
  readonly doc: Record<string, unknown>;
}

async function listen(url: string): Promise<{ sent: Sent[]; nc: NatsConnection }> {
  const nc = await connect({ servers: url });
  const sent: Sent[] = [];
  const sub = nc.subscribe("cad.*.in.eido");
  void (async () => {
    for await (const m of sub)
      sent.push({
        subject: m.subject,
        msgId: m.headers?.get("Nats-Msg-Id") ?? "",
        doc: JSON.parse(m.string()) as Record<string, unknown>,
      });
  })();
  await nc.flush();
  return { sent, nc };
}

describe.skipIf(!natsServerAvailable() || !eidoSchemaAvailable())(
  "EIDO out between two agencies on one server: share, transfer, the answer back (needs nats-server and ../shared/data/nena-eido)",
  () => {
    const nats = useNatsServer();
    let validator: EidoValidator | undefined;

    /** Engines a and b, partners, each with its RMS relaying EIDO; clients; a listener on both intakes. */
    async function twoAgencies(a: string, b: string, opts: { relayA?: boolean } = {}) {
      validator ??= loadEidoValidator();
      const url = nats.server.url;
      const dir = tempDir("cad-eido-out-");
      const engines = await Promise.all([
        EngineService.start({ agency: a, servers: url, config: partnered(b) }),
        EngineService.start({ agency: b, servers: url, config: partnered(a) }),
      ]);
      const rms = (agency: string, partner: string) =>
        RmsConsumer.start({
          agency,
          servers: url,
          dbPath: join(dir, `${agency}.sqlite`),
          logEveryMs: 60_000,
          relay: { config: partnered(partner), validator: validator as EidoValidator },
        });
      const relays = {
        a: opts.relayA === false ? undefined : await rms(a, b),
        b: await rms(b, a),
      };
      const clients = { a: await NatsClient.connect(url, a), b: await NatsClient.connect(url, b) };
      const wire = await listen(url);
      onTestFinished(async () => {
        await wire.nc.close();
        await clients.a.close();
        await clients.b.close();
        await relays.a?.stop().catch(() => undefined);
        await relays.b.stop().catch(() => undefined);
        for (const e of engines) await e.stop();
      });
      return { relays, clients, wire, rms, url, dir };
    }

    const ofType = <T extends EngineEvent["type"]>(events: EngineEvent[], type: T) =>
      events.filter((e): e is Extract<EngineEvent, { type: T }> => e.type === type);

    it("a transfers an incident to b; b accepts; a's incident closes as transferred; b's status changes flow back to a as new versions; both records agree", async () => {
      const { clients, wire } = await twoAgencies("ta", "tb");
      const tracking = trackingOf("ta", "INC-000001");
      // Given agency ta's incident, offered to tb.
      await clients.a.send(newCall("C1", near(200, 100), "1201 3rd Ave"));
      await clients.a.send({
        kind: "TransferIncident",
        incidentId: "INC-000001",
        toAgency: "tb",
        reason: "their area",
      });
      // Then tb holds it as an incoming incident from ta, keeping ta's tracking id.
      const incoming = await clients.b.outputs((all) =>
        eventsOf(all).some((e) => e.type === "IncomingIncidentReceived"),
      );
      expect(ofType(eventsOf(incoming), "IncomingIncidentReceived")[0]).toMatchObject({
        trackingId: tracking,
        senderAgency: "ta.cad.invalid",
        // Offered for them to take over, as the EIDO says.
        detail: { address: "1201 3rd Ave", offer: "transfer" },
      });
      // When tb's dispatcher accepts it.
      await clients.b.send(unit("E1", "engine"));
      await clients.b.send({ kind: "AcceptIncoming", trackingId: tracking });
      // Then ta learns the answer: its incident is closed as transferred, tb's incident named.
      const answered = await clients.a.outputs((all) =>
        eventsOf(all).some((e) => e.type === "IncidentTransferAnswered"),
      );
      expect(ofType(eventsOf(answered), "IncidentTransferAnswered")[0]).toMatchObject({
        incidentId: "INC-000001",
        toAgency: "tb",
        accepted: true,
        theirIncidentId: "INC-000001",
      } satisfies Partial<IncidentTransferAnswered>);
      const closed = await clients.a.query<{ status: string; disposition: string }>("incident", {
        id: "INC-000001",
      });
      expect(closed).toMatchObject({
        status: "closed",
        disposition: "TRANSFERRED",
        shares: [{ agency: "tb", mode: "transfer", status: "accepted", theirIncidentId: "INC-000001" }],
      });

      // When tb dispatches its unit and it arrives on scene.
      await clients.b.send({ kind: "DispatchUnit", incidentId: "INC-000001", unitId: "E1" });
      await clients.b.send({ kind: "UpdateUnitStatus", unitId: "E1", status: "on_scene" });
      // Then each change reaches ta as a newer version of the incident it follows.
      const followed = await clients.a.outputs((all) =>
        ofType(eventsOf(all), "SharedIncidentUpdated").some((e) =>
          e.detail.notes.some((n) => n.text === "E1 on scene"),
        ),
      );
      const versions = ofType(eventsOf(followed), "SharedIncidentUpdated");
      expect(versions.length).toBeGreaterThanOrEqual(3);
      const stamps = versions.map((v) => v.updatedAt);
      expect([...stamps].sort((x, y) => x - y)).toEqual(stamps);
      expect(new Set(stamps).size).toBe(stamps.length);
      expect(rejectionsOf(followed)).toEqual([]);

      // And both sides' records agree on what both hold: place, calls, units, notes.
      const last = versions.at(-1) as SharedIncidentUpdated;
      const theirs = await clients.b.query<{
        address: string;
        lon: number;
        lat: number;
        status: string;
        calls: { receivedAt: number }[];
        unitIds: string[];
        notes: { text: string }[];
      }>("incident", { id: "INC-000001" });
      expect(theirs.status).toBe("on_scene");
      expect(last.detail.address).toBe(theirs.address);
      expect(last.detail.lon).toBeCloseTo(theirs.lon, 9);
      expect(last.detail.lat).toBeCloseTo(theirs.lat, 9);
      expect(last.detail.calls.map((c) => c.receivedAt)).toEqual(theirs.calls.map((c) => c.receivedAt));
      expect(last.detail.units.map((u) => u.name)).toEqual(theirs.unitIds);
      const noted = new Set(last.detail.notes.map((n) => n.text));
      for (const n of theirs.notes) expect(noted).toContain(n.text);
      // ta's own call is what tb's incident began with.
      const ours = await clients.a.query<{ calls: { receivedAt: number }[] }>("incident", {
        id: "INC-000001",
      });
      expect(theirs.calls.map((c) => c.receivedAt)).toEqual(ours.calls.map((c) => c.receivedAt));

      // Every EIDO sent is valid against the NENA schema, and each Nats-Msg-Id went out once.
      expect(wire.sent.length).toBeGreaterThanOrEqual(4);
      for (const s of wire.sent) expect(validator?.(s.doc).errors ?? []).toEqual([]);
      expect(new Set(wire.sent.map((s) => s.msgId)).size).toBe(wire.sent.length);
      expect(wire.sent.every((s) => s.msgId.startsWith("eido:"))).toBe(true);
    });

    it("a shares an incident with b: b follows a's changes as newer versions until the share ends; a declined transfer's reason reaches a", async () => {
      const { clients, wire, relays } = await twoAgencies("sa", "sb");
      const relayA = relays.a as RmsConsumer;
      const tracking = trackingOf("sa", "INC-000001");
      await clients.a.send(newCall("C1", near(0, 0), "5 Pike St"));
      await clients.a.send({ kind: "ShareIncident", incidentId: "INC-000001", toAgency: "sb" });
      await clients.a.send({ kind: "AddNote", incidentId: "INC-000001", text: "ladder needed" });
      const updated = await clients.b.outputs((all) =>
        ofType(eventsOf(all), "IncomingIncidentUpdated").some((e) =>
          e.detail.notes.some((n) => n.text === "ladder needed"),
        ),
      );
      // Shared, as the EIDO says: b follows it.
      expect(ofType(eventsOf(updated), "IncomingIncidentReceived")).toMatchObject([
        { trackingId: tracking, detail: { offer: "share" } },
      ]);
      // Still theirs: b only follows (the incoming incident stays pending).
      expect(ofType(eventsOf(updated), "IncomingIncidentAccepted")).toEqual([]);

      // When sa ends the share and goes on changing the incident.
      await clients.a.send({ kind: "EndShare", incidentId: "INC-000001", toAgency: "sb" });
      const lastSeq = await clients.a.send({
        kind: "AddNote",
        incidentId: "INC-000001",
        text: "after the share",
      });
      // Then, once sa's RMS has recorded that note and sent everything it had, nothing more went to sb.
      await until("sa's records hold the note", async () => {
        const all = await clients.a.readEvents();
        const noted = all.find((o) => o.inputSeq === lastSeq);
        return (
          noted !== undefined && relayA.store.current.lastInputSeq >= lastSeq && relayA.relay?.waiting === 0
        );
      });
      const toB = wire.sent.filter((s) => s.subject === "cad.sb.in.eido");
      expect(toB.some((s) => JSON.stringify(s.doc).includes("after the share"))).toBe(false);
      const seen = await clients.b.readEvents();
      expect(
        ofType(eventsOf(seen), "IncomingIncidentUpdated").some((e) =>
          e.detail.notes.some((n) => n.text === "after the share"),
        ),
      ).toBe(false);

      // A transfer declined: the reason reaches sa, and the incident stays sa's.
      await clients.a.send(newCall("C2", near(3000, 3000)));
      await clients.a.send({
        kind: "TransferIncident",
        incidentId: "INC-000002",
        toAgency: "sb",
        reason: "",
      });
      await clients.b.outputs((all) =>
        ofType(eventsOf(all), "IncomingIncidentReceived").some(
          (e) => e.trackingId === trackingOf("sa", "INC-000002"),
        ),
      );
      await clients.b.send({
        kind: "DeclineIncoming",
        trackingId: trackingOf("sa", "INC-000002"),
        reason: "no engines free <tonight>",
      });
      const declined = await clients.a.outputs(
        (all) => ofType(eventsOf(all), "IncidentTransferAnswered").length > 0,
      );
      expect(ofType(eventsOf(declined), "IncidentTransferAnswered")).toMatchObject([
        { incidentId: "INC-000002", accepted: false, reason: "no engines free <tonight>" },
      ]);
      // The dispatcher sees the decline and its reason on the incident.
      const still = await clients.a.query<{ status: string; shares: unknown[] }>("incident", {
        id: "INC-000002",
      });
      expect(still.status).toBe("pending");
      expect(still.shares).toMatchObject([
        { agency: "sb", mode: "transfer", status: "declined", reason: "no engines free <tonight>" },
      ]);
      for (const s of wire.sent) expect(validator?.(s.doc).errors ?? []).toEqual([]);
    });

    it("a relay stopped and started again mid-stream loses and doubles no version: b sees each once", async () => {
      const { clients, relays, rms, wire } = await twoAgencies("ra", "rb");
      await clients.a.send(newCall("C1", near(0, 0)));
      await clients.a.send({ kind: "ShareIncident", incidentId: "INC-000001", toAgency: "rb" });
      const notes = Array.from({ length: 30 }, (_, i) => `note ${i}`);
      // The first half of the notes go in while the relay stops (after its first version), the
      // second half while it is stopped; then it starts again.
      const send = async (texts: string[]) => {
        for (const text of texts) await clients.a.send({ kind: "AddNote", incidentId: "INC-000001", text });
      };
      const sending = send(notes.slice(0, 15));
      await until("a first version relayed", () => wire.sent.length > 0);
      await (relays.a as RmsConsumer).stop();
      await sending;
      await send(notes.slice(15));
      const again = await rms("ra", "rb");
      onTestFinished(() => again.stop().catch(() => undefined));
      const all = await clients.b.outputs((o) =>
        ofType(eventsOf(o), "IncomingIncidentUpdated").some((e) =>
          e.detail.notes.some((n) => n.text === "note 29"),
        ),
      );
      // Every version the relays sent (a batch of events makes one) reached rb once: each is an
      // event of rb's (a repeat would be a STALE_EIDO or dropped by its stream as a repeated id),
      // stamped later than the one before; the last holds every note.
      const received = ofType(eventsOf(all), "IncomingIncidentReceived");
      const updates = ofType(eventsOf(all), "IncomingIncidentUpdated");
      expect(received).toHaveLength(1);
      expect(rejectionsOf(all)).toEqual([]);
      const sent = wire.sent.filter((s) => s.subject === "cad.rb.in.eido");
      expect(new Set(sent.map((s) => s.msgId)).size).toBe(sent.length);
      expect(received.length + updates.length).toBe(sent.length);
      const stamps = [received[0]?.updatedAt ?? 0, ...updates.map((u) => u.updatedAt)];
      for (let i = 1; i < stamps.length; i++) expect(stamps[i]).toBeGreaterThan(stamps[i - 1] as number);
      const last = updates.at(-1)?.detail.notes.map((n) => n.text) ?? [];
      for (const text of notes) expect(last).toContain(text);
      // The relay started again had events of the share still to send, and left none unsent.
      expect(again.stats.applied).toBeGreaterThan(0);
      await until("the outbox emptied", () => again.relay?.waiting === 0);
    });

    it("a relay that crashed after its records were committed, with versions unsent or sent but not yet marked, loses and doubles none", async () => {
      const { clients, wire, url, dir } = await twoAgencies("ka", "kb", { relayA: false });
      await clients.a.send(newCall("C1", near(0, 0)));
      await clients.a.send({ kind: "ShareIncident", incidentId: "INC-000001", toAgency: "kb" });
      for (const text of ["one", "two", "three"])
        await clients.a.send({ kind: "AddNote", incidentId: "INC-000001", text });
      await clients.a.outputs((all) => ofType(eventsOf(all), "NoteAdded").length === 3);
      // ka's records take the whole stream in one transaction, outbox included, and the process
      // "dies" before publishing: nothing is sent.
      const dbPath = join(dir, "ka.sqlite");
      const store = RmsStore.open(dbPath, "ka");
      const relay = new EidoRelay(store, {
        agency: "ka",
        config: partnered("kb"),
        validator: validator as EidoValidator,
      });
      store.onEvent = (k, e) => relay.onEvent(k, e);
      const nc = await connect({ servers: url });
      onTestFinished(() => nc.close());
      const js = jetstream(nc);
      const messages = await readStream(js, agencySubjects("ka").eventStream);
      store.applyBatch(messages);
      const outbox = store.db
        .prepare("SELECT msg_id, subject, document FROM eido_outbox ORDER BY n")
        .all() as {
        msg_id: string;
        subject: string;
        document: string;
      }[];
      // A version not sent yet is replaced by a newer one: the outbox holds the latest, which
      // carries every change.
      expect(outbox.length).toBeGreaterThan(0);
      // The first was even published, its acknowledgement lost with the process.
      const first = outbox[0] as (typeof outbox)[number];
      await js.publish(first.subject, first.document, { msgID: first.msg_id });
      store.close();
      // When ka's relay starts again on those records.
      const again = await RmsConsumer.start({
        agency: "ka",
        servers: url,
        dbPath,
        logEveryMs: 60_000,
        relay: { config: partnered("kb"), validator: validator as EidoValidator },
      });
      onTestFinished(() => again.stop().catch(() => undefined));
      // Then kb has every version once: the one published twice was dropped by its stream.
      const all = await clients.b.outputs(
        (o) =>
          ofType(eventsOf(o), "IncomingIncidentUpdated").some((e) =>
            e.detail.notes.some((n) => n.text === "three"),
          ) ||
          ofType(eventsOf(o), "IncomingIncidentReceived").some((e) =>
            e.detail.notes.some((n) => n.text === "three"),
          ),
      );
      await until("the outbox emptied", () => again.relay?.waiting === 0);
      const versions = [
        ...ofType(eventsOf(await clients.b.readEvents()), "IncomingIncidentReceived"),
        ...ofType(eventsOf(await clients.b.readEvents()), "IncomingIncidentUpdated"),
      ];
      expect(versions).toHaveLength(outbox.length);
      expect(rejectionsOf(all)).toEqual([]);
      expect(wire.sent.filter((s) => s.msgId === first.msg_id)).toHaveLength(2);
    });
  },
);

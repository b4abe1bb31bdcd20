import { randomUUID } from "node:crypto";
import { join } from "node:path";
import {
  AckPolicy,
  DeliverPolicy,
  JetStreamApiError,
  jetstream,
  jetstreamManager,
  type JetStreamClient,
  type JsMsg,
} from "@nats-io/jetstream";
import { connect, nanos } from "@nats-io/transport-node";
import { describe, expect, it, onTestFinished } from "vitest";
import { agencySubjects, ensureStreams, natsServerAvailable } from "../../adapters/nats/index.ts";
import {
  AuditStore,
  openRmsDatabase,
  queryAudit,
  RmsConsumer,
  type AuditAction,
  type AuditMessage,
} from "../../adapters/rms/index.ts";
import { useNatsServer } from "../support/nats.ts";
import { auditRecord, encodeAudit } from "./support/audit.ts";
import { runCad, sleep } from "./support/child.ts";
import { tempDir } from "./support/db.ts";

/** The server's refusal of a JetStream API call: its error code and description. */
async function refusal(call: () => Promise<unknown>): Promise<{ code: number; description: string }> {
  try {
    await call();
  } catch (error) {
    if (error instanceof JetStreamApiError) {
      const api = error.apiError();
      return { code: api.err_code ?? 0, description: api.description ?? "" };
    }
    throw error;
  }
  throw new Error("the server accepted the call");
}

/** Publishes an audit message as the gateway does: JetStream, acknowledged, with a unique message id. */
async function publishAudit(
  js: JetStreamClient,
  agency: string,
  action: string,
  body: unknown,
): Promise<number> {
  const ack = await js.publish(`cad.${agency}.audit.${action}`, encodeAudit(body), {
    msgID: randomUUID(),
  });
  return ack.seq;
}

const record = (agency: string, action: AuditAction, over: Parameters<typeof auditRecord>[1] = {}) =>
  auditRecord(action, { agency, ...over });

async function until(what: string, holds: () => boolean): Promise<void> {
  for (let waited = 0; !holds(); waited += 50) {
    if (waited > 30_000) throw new Error(`${what}: not within 30 s`);
    await sleep(50);
  }
}

describe.skipIf(!natsServerAvailable())(
  "the audit stream and the RMS's audit table (needs nats-server)",
  () => {
    const nats = useNatsServer();

    async function client() {
      const nc = await connect({ servers: nats.server.url });
      onTestFinished(() => nc.close());
      return { nc, js: jetstream(nc), jsm: await jetstreamManager(nc) };
    }

    it("is append-only: the server refuses purging it, deleting or erasing a message, and lifting either refusal", async () => {
      const { nc, js } = await client();
      const s = agencySubjects("audonly");
      const jsm = await ensureStreams(nc, s);
      const config = (await jsm.streams.info(s.auditStream)).config;
      expect(config).toMatchObject({
        subjects: ["cad.audonly.audit.>"],
        storage: "file",
        deny_delete: true,
        deny_purge: true,
        max_age: 0,
        duplicate_window: nanos(10 * 60_000),
      });
      await publishAudit(js, "audonly", "login", record("audonly", "login"));
      await publishAudit(js, "audonly", "logout", record("audonly", "logout"));

      expect(await refusal(() => jsm.streams.purge(s.auditStream))).toEqual({
        code: 10110,
        description: "stream purge not permitted",
      });
      expect(
        await refusal(() => jsm.streams.purge(s.auditStream, { filter: "cad.audonly.audit.login" })),
      ).toEqual({
        code: 10110,
        description: "stream purge not permitted",
      });
      expect(await refusal(() => jsm.streams.deleteMessage(s.auditStream, 1, false))).toEqual({
        code: 10057,
        description: "message delete not permitted",
      });
      expect(await refusal(() => jsm.streams.deleteMessage(s.auditStream, 1, true))).toEqual({
        code: 10057,
        description: "message delete not permitted",
      });
      expect(
        await refusal(() =>
          jsm.streams.update(s.auditStream, { ...config, deny_delete: false, deny_purge: false }),
        ),
      ).toMatchObject({ description: expect.stringContaining("can not cancel deny") as string });
      expect((await jsm.streams.info(s.auditStream)).state).toMatchObject({
        messages: 2,
        first_seq: 1,
        last_seq: 2,
      });
    });

    it("stores each record once though JetStream delivers them all again (applied, never acknowledged)", async () => {
      const agency = "audredo";
      const { nc, js } = await client();
      const s = agencySubjects(agency);
      const jsm = await ensureStreams(nc, s);
      const actions: AuditAction[] = [
        "login",
        "query",
        "command",
        "command",
        "logout",
        "login-failed",
        "locked",
      ];
      const total = 70;
      for (let i = 0; i < total; i++) {
        const action = actions[i % actions.length] ?? "login";
        await publishAudit(js, agency, action, record(agency, action, { at: 1_790_000_000_000 + i }));
      }
      await jsm.consumers.add(s.auditStream, {
        durable_name: "redo",
        ack_policy: AckPolicy.Explicit,
        ack_wait: nanos(60_000),
        deliver_policy: DeliverPolicy.All,
        max_ack_pending: total + 10,
      });
      const consumer = await js.consumers.get(s.auditStream, "redo");
      const readAll = async (): Promise<JsMsg[]> => {
        const out: JsMsg[] = [];
        const messages = await consumer.consume({ max_messages: 1000 });
        for await (const m of messages) {
          out.push(m);
          if (out.length >= total) break;
        }
        await messages.close();
        return out;
      };
      const asAudit = (m: JsMsg): AuditMessage => ({
        seq: m.seq,
        subject: m.subject,
        data: m.data,
        storedAt: m.time.getTime(),
      });
      const db = openRmsDatabase(join(tempDir(), "records.sqlite"), { agency });
      onTestFinished(() => void db.close());
      const store = new AuditStore(db, agency);

      const first = await readAll();
      for (let i = 0; i < first.length; i += 25) store.applyBatch(first.slice(i, i + 25).map(asAudit));
      expect(store.lastSeq).toBe(total);
      for (const m of first) m.nak();
      const again = await readAll();
      expect(again.filter((m) => m.redelivered && m.info.deliveryCount >= 2).length).toBeGreaterThan(
        total / 2,
      );
      const result = store.applyBatch(again.map(asAudit));
      for (const m of again) m.ack();
      expect(result).toMatchObject({ applied: 0, duplicates: total, gap: null });

      const rows = db.prepare("SELECT seq, at, action FROM audit ORDER BY seq").all() as {
        seq: number;
        at: number;
        action: string;
      }[];
      expect(rows).toEqual(
        Array.from({ length: total }, (_, i) => ({
          seq: i + 1,
          at: 1_790_000_000_000 + i,
          action: actions[i % actions.length],
        })),
      );
    });

    it("cad rms run keeps an invalid record as an invalid row, says so, and goes on; cad rms audit lists them filtered", async () => {
      const agency = "audrms";
      const { nc, js } = await client();
      await ensureStreams(nc, agencySubjects(agency));
      const dbPath = join(tempDir(), "records.sqlite");
      const lines: string[] = [];
      const start = () =>
        RmsConsumer.start({
          agency,
          servers: nats.server.url,
          dbPath,
          log: (l) => lines.push(l),
          logEveryMs: 60_000,
        });
      const audited = (c: RmsConsumer) => c.audit.store.lastSeq;

      const at = Date.parse("2020-03-01T08:00:00Z");
      await publishAudit(js, agency, "login", record(agency, "login", { at, operator: "alice" }));
      await publishAudit(js, agency, "command", "{ not json");
      const freeText = record(agency, "command", {
        at: at + 1000,
        detail: {
          kind: "AddNote",
          subject: `cad.${agency}.in.cmd.note`,
          msgId: "n1",
          ok: true,
          text: "caller says",
        },
      });
      await publishAudit(js, agency, "command", freeText);
      await publishAudit(
        js,
        agency,
        "command",
        record(agency, "command", { at: at + 2000, operator: "bob" }),
      );
      let rms = await start();
      await until("four audit records stored", () => audited(rms) === 4);
      await publishAudit(
        js,
        agency,
        "logout",
        record(agency, "logout", { at: at + 60_000, operator: "alice" }),
      );
      await until("the fifth stored", () => audited(rms) === 5);
      expect(rms.audit.stats).toMatchObject({ applied: 5, invalid: 2 });
      await rms.stop();

      const loud = lines.filter((l) => l.includes("WARNING: INVALID AUDIT RECORD"));
      expect(loud).toHaveLength(2);
      expect(loud[0]).toContain(
        `CAD_AUDIT_AUDRMS sequence 2 on cad.${agency}.audit.command (10 bytes): not JSON`,
      );
      expect(loud[1]).toContain('"text" is not a command audit field');

      // A restart delivers from the position: what was stored is not stored again, what is new is.
      await publishAudit(js, agency, "query", record(agency, "query", { at: at + 120_000, operator: "bob" }));
      rms = await start();
      await until("the sixth stored", () => audited(rms) === 6);
      await rms.stop();
      const db = openRmsDatabase(dbPath, { readonly: true });
      const rows = db.prepare("SELECT seq, action, operator FROM audit ORDER BY seq").all();
      db.close();
      expect(rows).toEqual([
        { seq: 1, action: "login", operator: "alice" },
        { seq: 2, action: "invalid", operator: null },
        { seq: 3, action: "invalid", operator: null },
        { seq: 4, action: "command", operator: "bob" },
        { seq: 5, action: "logout", operator: "alice" },
        { seq: 6, action: "query", operator: "bob" },
      ]);

      const cad = (...args: string[]) => {
        const r = runCad(["rms", "audit", "--agency", agency, "--db", dbPath, ...args]);
        expect(r.status, r.stderr).toBe(0);
        return r.stdout.trim().split("\n");
      };
      expect(cad("--operator", "alice")).toEqual([
        "2020-03-01T08:00:00.000Z  #1  login  alice (dispatcher) from 127.0.0.1  {}",
        "2020-03-01T08:01:00.000Z  #5  logout  alice (dispatcher) from 127.0.0.1  {}",
      ]);
      const invalid = cad("--action", "invalid");
      expect(invalid).toHaveLength(2);
      expect(invalid[0]).toMatch(
        new RegExp(
          `^\\S+Z  #2  INVALID on cad\\.${agency}\\.audit\\.command  \\{"length":10,"reason":"not JSON"\\}$`,
        ),
      );
      expect(invalid.join("\n")).not.toContain("caller says");
      // The same filters in process (each cad run costs seconds of start-up).
      const listed = openRmsDatabase(dbPath, { readonly: true });
      const seqs = (filter: Parameters<typeof queryAudit>[1]) =>
        queryAudit(listed, filter).rows.map((r) => r.seq);
      expect(seqs({ action: "command", limit: 100 })).toEqual([4]);
      // Rows without the gateway's time (invalid ones) are dated by the server's: they were stored now.
      expect(seqs({ since: Date.parse("2020-03-01T08:00:30Z"), limit: 100 })).toEqual([2, 3, 5, 6]);
      expect(seqs({ limit: 2 })).toEqual([5, 6]);
      listed.close();
      expect(
        cad("--since", "2020-03-01T08:00:30Z", "--operator", "bob").map((l) => l.split("  ")[1]),
      ).toEqual(["#6"]);
      const latest = runCad([
        "rms",
        "audit",
        "--agency",
        agency,
        "--db",
        dbPath,
        "--operator",
        "bob",
        "--limit",
        "1",
      ]);
      expect(latest.stdout.trim().split("  ")[1]).toBe("#6");
      expect(latest.stderr).toContain("1 earlier matching rows not shown (--limit 1)");
      const bad = runCad(["rms", "audit", "--agency", agency, "--db", dbPath, "--action", "delete"]);
      expect(bad.status).not.toBe(0);
      expect(bad.stderr).toContain("--action must be one of");
    }, 120_000);

    it("records audit records that vanished from the stream (an admin changed its limits) as a gap row, and goes on", async () => {
      const agency = "audgap";
      const { nc, js } = await client();
      const s = agencySubjects(agency);
      const jsm = await ensureStreams(nc, s);
      for (const action of ["login", "command", "logout"] as const)
        await publishAudit(js, agency, action, record(agency, action));
      // Purge and delete are refused, but limits are not: keeping one message drops the first two.
      const { config } = await jsm.streams.info(s.auditStream);
      await jsm.streams.update(s.auditStream, { ...config, max_msgs: 1 });
      const dbPath = join(tempDir(), "records.sqlite");
      const lines: string[] = [];
      const rms = await RmsConsumer.start({
        agency,
        servers: nats.server.url,
        dbPath,
        log: (l) => lines.push(l),
      });
      await until("the third stored", () => rms.audit.store.lastSeq === 3);
      await rms.stop();
      const db = openRmsDatabase(dbPath, { readonly: true });
      const rows = db.prepare("SELECT seq, action, detail FROM audit ORDER BY seq").all();
      const [gapAt, thirdAt] = db.prepare("SELECT stored_at FROM audit ORDER BY seq").pluck().all();
      db.close();
      // Dated by the server's time of the record after it: listed among the records of its time.
      expect(gapAt).toBe(thirdAt);
      expect(rows).toEqual([
        {
          seq: 1,
          action: "gap",
          detail: JSON.stringify({ from: 1, to: 2, reason: "missing from the append-only audit stream" }),
        },
        { seq: 3, action: "logout", detail: "{}" },
      ]);
      expect(
        lines.some((l) => l.includes("WARNING: audit records 1..2 are missing from CAD_AUDIT_AUDGAP")),
      ).toBe(true);
    });
  },
);

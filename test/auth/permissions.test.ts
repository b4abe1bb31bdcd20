/**
 * The permissions of `cad auth init`'s creds, enforced by a real nats-server started with the
 * generated configuration: for every role, what it must be able to do works, and what it must
 * not do is refused by the server (asserted on the server's -ERR "Permissions Violation", not
 * inferred from silence).
 */
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager } from "@nats-io/jetstream";
import {
  connect,
  credsAuthenticator,
  createInbox,
  nanos,
  type NatsConnection,
} from "@nats-io/transport-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  agencyStreams,
  inboxPrefixOf,
  initAuth,
  issueUserCreds,
  permissionsFor,
  type AuthLayout,
  type NatsRole,
} from "../../adapters/auth/nats-auth.ts";
import { natsServerAvailable, startNatsServer, type NatsServerProcess } from "../../adapters/nats/index.ts";
import { watchViolations, type ViolationWatch } from "../support/permission-violations.ts";

const enc = new TextEncoder();

describe.skipIf(!natsServerAvailable())(
  "NATS permissions of cad auth init's creds (needs nats-server)",
  () => {
    let layout: AuthLayout;
    let server: NatsServerProcess;
    const open: NatsConnection[] = [];
    const clients = new Map<string, ViolationWatch>();

    const connectWith = async (credsText: string): Promise<NatsConnection> => {
      const inboxPrefix = inboxPrefixOf(credsText);
      const nc = await connect({
        servers: server.url,
        authenticator: credsAuthenticator(enc.encode(credsText)),
        ...(inboxPrefix === undefined ? {} : { inboxPrefix }),
        maxReconnectAttempts: 0,
      });
      open.push(nc);
      return nc;
    };
    /** The connection of `agency`'s `role` (one per role and unit, reused). */
    const as = async (agency: string, role: NatsRole, unit?: string): Promise<ViolationWatch> => {
      const key = `${agency}/${role}/${unit ?? ""}`;
      const known = clients.get(key);
      if (known !== undefined) return known;
      const client = watchViolations(
        await connectWith(readFileSync(layout.creds(agency, role, unit), "utf8")),
      );
      clients.set(key, client);
      return client;
    };
    /** Publishes with JetStream and returns the stream that stored it (the ack proves publish and inbox). */
    const stored = async (agency: string, role: NatsRole, subject: string, unit?: string) =>
      (await jetstream((await as(agency, role, unit)).nc).publish(subject, enc.encode("{}"))).stream;
    /** Reads the first message of `stream` with an ordered consumer. */
    const firstOf = async (agency: string, role: NatsRole, stream: string) => {
      const consumer = await jetstream((await as(agency, role)).nc).consumers.get(stream);
      const msg = await consumer.next({ expires: 5_000 });
      return msg?.subject;
    };

    beforeAll(async () => {
      const dir = mkdtempSync(join(tmpdir(), "cad-auth-"));
      layout = await initAuth({
        agencies: ["a", "b"],
        out: join(dir, "auth"),
        shares: [{ from: "a", to: "b" }],
        mdtUnits: { a: ["E1", "E2"] },
        sim: true,
      });
      server = await startNatsServer({ configFile: layout.conf });
      for (const agency of ["a", "b"]) {
        const jsm = await jetstreamManager((await as(agency, "admin")).nc);
        const streams = agencyStreams(agency);
        const window = nanos(10 * 60_000);
        await jsm.streams.add({
          name: streams.input,
          subjects: [`cad.${agency}.in.>`],
          duplicate_window: window,
        });
        await jsm.streams.add({
          name: streams.events,
          subjects: [`cad.${agency}.evt.>`, `cad.${agency}.unit.>`],
          duplicate_window: window,
        });
        await jsm.streams.add({
          name: streams.audit,
          subjects: [`cad.${agency}.audit.>`],
          deny_delete: true,
          deny_purge: true,
          duplicate_window: window,
        });
      }
    });

    afterAll(async () => {
      await Promise.all(open.map((nc) => nc.close()));
      await server?.stop();
    });

    it("writes the conf and creds private: files 0600, directories 0700", () => {
      const mode = (p: string) => statSync(p).mode & 0o777;
      expect(mode(layout.conf)).toBe(0o600);
      expect(mode(layout.creds("a", "console"))).toBe(0o600);
      expect(mode(layout.creds("a", "mdt", "E1"))).toBe(0o600);
      expect(mode(join(layout.dir, "a"))).toBe(0o700);
      expect(mode(join(layout.dir, "keys"))).toBe(0o700);
      expect(mode(join(layout.dir, "keys", "a.nk"))).toBe(0o600);
      expect(inboxPrefixOf(readFileSync(layout.creds("a", "mdt", "E1"), "utf8"))).toBe("_INBOX.mdt.E1");
      expect(inboxPrefixOf(readFileSync(layout.creds("b", "engine"), "utf8"))).toBe("_INBOX.engine");
    });

    it("each role can publish what its job needs (JetStream acks through its own inbox)", async () => {
      expect(await stored("a", "engine", "cad.a.evt.incident.created")).toBe("CAD_EVT_A");
      expect(await stored("a", "engine", "cad.a.unit.E1.assigned")).toBe("CAD_EVT_A");
      expect(await stored("a", "engine", "cad.a.in.tick")).toBe("CAD_IN_A");
      expect(await stored("a", "engine", "cad.a.in.timed.config.apply")).toBe("CAD_IN_A");
      expect(await stored("a", "intake", "cad.a.in.call")).toBe("CAD_IN_A");
      expect(await stored("a", "intake", "cad.a.in.eido")).toBe("CAD_IN_A");
      expect(await stored("a", "avl", "cad.a.in.unit.location.E7")).toBe("CAD_IN_A");
      expect(await stored("a", "mdt", "cad.a.in.unit.status.E7")).toBe("CAD_IN_A");
      expect(await stored("a", "mdt", "cad.a.in.unit.status.E1", "E1")).toBe("CAD_IN_A");
      expect(await stored("a", "mdt", "cad.a.in.unit.location.E1", "E1")).toBe("CAD_IN_A");
      expect(await stored("a", "console", "cad.a.in.cmd.dispatch")).toBe("CAD_IN_A");
      // Call entry: the console's call-takers (and dispatchers) enter calls as ReceiveCall.
      expect(await stored("a", "console", "cad.a.in.call")).toBe("CAD_IN_A");
      expect(await stored("a", "console", "cad.a.in.unit.status.E1")).toBe("CAD_IN_A");
      expect(await stored("a", "console", "cad.a.in.roster.set")).toBe("CAD_IN_A");
      expect(await stored("a", "console", "cad.a.audit.login")).toBe("CAD_AUDIT_A");
      expect(await stored("a", "clock", "cad.a.in.timed.tick")).toBe("CAD_IN_A");
      expect(await stored("a", "sim", "cad.a.in.timed.call")).toBe("CAD_IN_A");
      // The demo's console runs as sim (timed commands) and audits.
      expect(await stored("a", "sim", "cad.a.audit.login")).toBe("CAD_AUDIT_A");
      expect(await stored("b", "intake", "cad.b.in.call")).toBe("CAD_IN_B");
    });

    /** Reads 12 messages of 500 kB from `stream` as `role` with a flow-controlled push consumer in its inbox. */
    const readsWithFlowControl = async (role: NatsRole, stream: string, subject: string) => {
      // 6 MB: the server stops after about 2 MB until the reader answers a flow-control request
      // on $JS.FC.<stream>.>, so reading everything proves the role may answer it.
      const js = jetstream((await as("a", "engine")).nc);
      const first = (await js.publish(subject, new Uint8Array(500_000))).seq;
      for (let i = 1; i < 12; i++) await js.publish(subject, new Uint8Array(500_000));
      const reader = await as("a", role);
      const inbox = createInbox(`_INBOX.${role}`);
      let got = 0;
      const all = new Promise<void>((resolve, reject) => {
        reader.nc.subscribe(inbox, {
          callback: (error, m) => {
            if (error !== null) return reject(error);
            if (m.headers?.code === 100)
              return void (m.reply === undefined || m.reply === "" ? 0 : m.respond());
            if (++got === 12) resolve();
          },
        });
      });
      await (
        await jetstreamManager(reader.nc)
      ).consumers.add(stream, {
        deliver_subject: inbox,
        ack_policy: AckPolicy.None,
        deliver_policy: DeliverPolicy.StartSequence,
        opt_start_seq: first,
        flow_control: true,
        idle_heartbeat: nanos(1_000),
        inactive_threshold: nanos(30_000),
      });
      let stalled: NodeJS.Timeout | undefined;
      await Promise.race([
        all,
        new Promise((_, reject) => {
          stalled = setTimeout(
            () => reject(new Error(`${role} stalled after ${got} of 12 messages`)),
            20_000,
          );
        }),
      ]);
      clearTimeout(stalled);
      return got;
    };

    it("readers answer flow control: the engine's recovery reader on the input log, console and rms on events", async () => {
      expect(await readsWithFlowControl("engine", "CAD_IN_A", "cad.a.in.tick")).toBe(12);
      expect(await readsWithFlowControl("console", "CAD_EVT_A", "cad.a.evt.bulk")).toBe(12);
      expect(await readsWithFlowControl("rms", "CAD_EVT_A", "cad.a.evt.bulk")).toBe(12);
    });

    it("readers read their streams; the engine answers a console's query; subscribers hear events live", async () => {
      expect(await firstOf("a", "engine", "CAD_IN_A")).toMatch(/^cad\.a\.in\./);
      expect(await firstOf("a", "engine", "CAD_EVT_A")).toMatch(/^cad\.a\./);
      expect(await firstOf("a", "console", "CAD_EVT_A")).toMatch(/^cad\.a\./);
      expect(await firstOf("a", "sim", "CAD_EVT_A")).toMatch(/^cad\.a\./);
      expect(await firstOf("a", "rms", "CAD_EVT_A")).toMatch(/^cad\.a\./);
      expect(await firstOf("a", "rms", "CAD_AUDIT_A")).toBe("cad.a.audit.login");

      const engine = (await as("a", "engine")).nc;
      const queries = engine.subscribe("cad.a.q.>", {
        callback: (_e, m) => void m.respond(enc.encode("state")),
      });
      await engine.flush();
      const reply = await (await as("a", "console")).nc.request("cad.a.q.state", enc.encode("{}"));
      expect(new TextDecoder().decode(reply.data)).toBe("state");
      queries.unsubscribe();

      const heard = async (listener: ViolationWatch, subject: string, unitSubject: string) => {
        const sub = listener.nc.subscribe(subject, { max: 1 });
        await listener.nc.flush();
        engine.publish(unitSubject, enc.encode("{}"));
        for await (const m of sub) return m.subject;
        return undefined;
      };
      expect(await heard(await as("a", "console"), "cad.a.evt.>", "cad.a.evt.unit.dispatched")).toBe(
        "cad.a.evt.unit.dispatched",
      );
      expect(await heard(await as("a", "mdt", "E1"), "cad.a.unit.E1.>", "cad.a.unit.E1.assigned")).toBe(
        "cad.a.unit.E1.assigned",
      );
      expect(await heard(await as("a", "mdt"), "cad.a.unit.>", "cad.a.unit.E2.assigned")).toBe(
        "cad.a.unit.E2.assigned",
      );
      // --share a:b: b's console and rms hear a's events live.
      expect(await heard(await as("b", "console"), "cad.a.evt.>", "cad.a.evt.incident.created")).toBe(
        "cad.a.evt.incident.created",
      );
      expect(await heard(await as("b", "rms"), "cad.a.evt.>", "cad.a.evt.incident.closed")).toBe(
        "cad.a.evt.incident.closed",
      );
    });

    it("admin alone creates, updates, purges and deletes streams", async () => {
      const jsm = await jetstreamManager((await as("a", "admin")).nc);
      await jsm.streams.add({ name: "SCRATCH_A", subjects: ["scratch.a.>"] });
      await jsm.streams.update("SCRATCH_A", { subjects: ["scratch.a.>", "scratch2.a.>"] });
      await jsm.streams.purge("SCRATCH_A");
      expect(await jsm.streams.delete("SCRATCH_A")).toBe(true);
      // Each agency has its own JetStream: a's admin does not even see b's streams.
      await expect(jsm.streams.info("CAD_EVT_B")).rejects.toThrow(/not found/i);

      const nonAdmin: [NatsRole, string?][] = [
        ["engine"],
        ["intake"],
        ["avl"],
        ["mdt"],
        ["mdt", "E1"],
        ["console"],
        ["rms"],
        ["clock"],
        ["sim"],
      ];
      for (const [role, unit] of nonAdmin) {
        const c = await as("a", role, unit);
        for (const api of [
          "$JS.API.STREAM.CREATE.CAD_FAKE_A",
          "$JS.API.STREAM.UPDATE.CAD_EVT_A",
          "$JS.API.STREAM.PURGE.CAD_EVT_A",
          "$JS.API.STREAM.DELETE.CAD_IN_A",
          "$JS.API.STREAM.MSG.DELETE.CAD_IN_A",
        ])
          await c.refused("publish", api, () =>
            c.nc.publish(api, enc.encode("{}"), { reply: createInbox() }),
          );
      }
    });

    it("no role but the engine can forge an output on cad.a.evt.> or cad.a.unit.>", async () => {
      const roles: [NatsRole, string?][] = [
        ["intake"],
        ["avl"],
        ["mdt"],
        ["mdt", "E1"],
        ["console"],
        ["rms"],
        ["clock"],
        ["sim"],
        ["admin"],
      ];
      for (const [role, unit] of roles) {
        const c = await as("a", role, unit);
        for (const subject of ["cad.a.evt.incident.created", "cad.a.unit.E1.assigned"])
          await c.refused("publish", subject, () => c.nc.publish(subject, enc.encode("{}")));
      }
    });

    it("each role is refused what is not its job", async () => {
      const refusedPub = async (agency: string, role: NatsRole, subject: string, unit?: string) => {
        const c = await as(agency, role, unit);
        await c.refused("publish", subject, () => c.nc.publish(subject, enc.encode("{}")));
      };
      const refusedSub = async (agency: string, role: NatsRole, subject: string, unit?: string) => {
        const c = await as(agency, role, unit);
        await c.refused("subscription", subject, () => c.nc.subscribe(subject));
      };
      // Into another agency: a's roles have no subject of b.
      await refusedPub("a", "console", "cad.b.in.call");
      await refusedPub("a", "sim", "cad.b.in.call");
      await refusedPub("a", "engine", "cad.b.evt.incident.created");
      // Another agency's events: not without a share (b shares nothing with a), and only live.
      await refusedSub("a", "console", "cad.b.evt.>");
      await refusedSub("a", "rms", "cad.b.evt.>");
      await refusedSub("b", "engine", "cad.a.evt.>");
      await refusedSub("b", "sim", "cad.a.evt.>");
      await refusedPub("b", "console", "$JS.API.CONSUMER.CREATE.CAD_EVT_A");
      // Consumers on a stream the role does not read (another agency's, or the input log).
      await refusedPub("a", "console", "$JS.API.CONSUMER.CREATE.CAD_EVT_B");
      await refusedPub("a", "console", "$JS.API.CONSUMER.CREATE.CAD_IN_A.x");
      await refusedPub("a", "rms", "$JS.API.CONSUMER.CREATE.CAD_IN_A.x");
      await refusedPub("a", "sim", "$JS.API.CONSUMER.CREATE.CAD_AUDIT_A.x");
      // Unit terminals: E1 cannot report as E2 nor hear E2's orders; no inputs but status/location.
      await refusedPub("a", "mdt", "cad.a.in.unit.status.E2", "E1");
      await refusedPub("a", "mdt", "cad.a.in.unit.location.E2", "E1");
      await refusedSub("a", "mdt", "cad.a.unit.E2.>", "E1");
      await refusedSub("a", "mdt", "cad.a.unit.>", "E1");
      await refusedPub("a", "mdt", "cad.a.in.cmd.dispatch");
      await refusedSub("a", "mdt", "cad.a.evt.>");
      // Inboxes: a role cannot read another's replies.
      await refusedSub("a", "console", "_INBOX.engine.>");
      await refusedSub("a", "console", "_INBOX.>");
      await refusedSub("a", "mdt", "_INBOX.mdt.E2.>", "E1");
      // Timed inputs: only sim, clock (ticks) and engine (config.apply).
      await refusedPub("a", "console", "cad.a.in.timed.call");
      await refusedPub("a", "intake", "cad.a.in.timed.call");
      await refusedPub("a", "clock", "cad.a.in.timed.call");
      await refusedPub("a", "engine", "cad.a.in.timed.call");
      // Inputs outside the role's job.
      await refusedPub("a", "engine", "cad.a.in.call");
      await refusedPub("a", "intake", "cad.a.in.cmd.dispatch");
      await refusedPub("a", "avl", "cad.a.in.unit.status.E1");
      await refusedPub("a", "clock", "cad.a.in.call");
      await refusedPub("a", "rms", "cad.a.in.call");
      await refusedPub("a", "avl", "cad.a.in.call");
      await refusedPub("a", "mdt", "cad.a.in.call", "E1");
      await refusedPub("a", "admin", "cad.a.in.call");
      await refusedPub("a", "console", "cad.a.in.config.apply");
      // Reading live what is not the role's: inputs, queries, audit.
      await refusedSub("a", "console", "cad.a.in.>");
      await refusedSub("a", "console", "cad.a.q.>");
      await refusedSub("a", "intake", "cad.a.evt.>");
      await refusedSub("a", "rms", "cad.a.audit.>");
      await refusedSub("a", "admin", "cad.a.evt.>");
      await refusedSub("a", "engine", "cad.a.in.>");
    });

    it("engine replicas beat, hear each other, claim leadership and answer replica queries; admin watches", async () => {
      // Two replicas of a's engine run on the same creds: one beats, the other and admin hear it.
      const beating = (await as("a", "engine")).nc;
      const other = watchViolations(await connectWith(readFileSync(layout.creds("a", "engine"), "utf8")));
      const admin = (await as("a", "admin")).nc;
      const beats = [other.nc.subscribe("cad.a.ha.>", { max: 1 }), admin.subscribe("cad.a.ha.>", { max: 1 })];
      await Promise.all([other.nc.flush(), admin.flush()]);
      beating.publish("cad.a.ha.beat", enc.encode('{"replica":"r1"}'));
      for (const sub of beats) for await (const m of sub) expect(m.subject).toBe("cad.a.ha.beat");

      // The claim is an input of the log, from the engine.
      expect(await stored("a", "engine", "cad.a.in.leader.claim")).toBe("CAD_IN_A");

      // A replica answers a query addressed to it by name, to admin as to a console.
      const answering = other.nc.subscribe("cad.a.replica.*.q.>", {
        callback: (_e, m) => void m.respond(enc.encode(`view of ${m.subject.split(".")[3]}`)),
      });
      await other.nc.flush();
      const ask = async (role: NatsRole) =>
        new TextDecoder().decode(
          (await (await as("a", role)).nc.request("cad.a.replica.r2.q.state", enc.encode("{}"))).data,
        );
      expect(await ask("admin")).toBe("view of r2");
      answering.unsubscribe();
      await other.nc.close();
    });

    it("only the engine claims leadership or beats; only engine and admin hear beats or ask a replica", async () => {
      const refusedPub = async (role: NatsRole, subject: string, agency = "a") => {
        const c = await as(agency, role);
        await c.refused("publish", subject, () => c.nc.publish(subject, enc.encode("{}")));
      };
      const refusedSub = async (role: NatsRole, subject: string, agency = "a") => {
        const c = await as(agency, role);
        await c.refused("subscription", subject, () => c.nc.subscribe(subject));
      };
      for (const role of ["intake", "avl", "console", "rms", "clock", "admin", "sim"] as const)
        await refusedPub(role, "cad.a.in.leader.claim");
      // The simulator may send every other input, timed too, but no claim.
      await refusedPub("sim", "cad.a.in.timed.leader.claim");
      for (const role of ["intake", "console", "rms", "sim", "admin"] as const)
        await refusedPub(role, "cad.a.ha.beat");
      for (const role of ["console", "rms", "sim", "intake"] as const) await refusedSub(role, "cad.a.ha.>");
      for (const role of ["console", "rms", "intake"] as const)
        await refusedPub(role, "cad.a.replica.r1.q.state");
      await refusedSub("admin", "cad.a.replica.*.q.>");
      // Not across agencies: b's engine and admin have nothing of a's replicas.
      await refusedPub("engine", "cad.a.ha.beat", "b");
      await refusedSub("engine", "cad.a.ha.>", "b");
      await refusedPub("admin", "cad.a.replica.r1.q.state", "b");
      await refusedPub("engine", "cad.a.in.leader.claim", "b");
    });

    it("refuses a connection without creds, with another operator's creds, and with expired creds", async () => {
      await expect(connect({ servers: server.url, maxReconnectAttempts: 0 })).rejects.toThrow(
        /Authorization Violation/i,
      );
      const other = await initAuth({ agencies: ["a"], out: mkdtempSync(join(tmpdir(), "cad-auth-other-")) });
      await expect(connectWith(readFileSync(other.creds("a", "console"), "utf8"))).rejects.toThrow(
        /Authorization Violation/i,
      );
      const expired = await issueUserCreds(layout.dir, "a", "console", { expiresDays: -1 });
      await expect(connectWith(expired)).rejects.toThrow(/Authorization Violation|expired/i);
      // The same user issued fresh connects: the refusals above are about the creds, nothing else.
      const fresh = await connectWith(await issueUserCreds(layout.dir, "a", "console", { expiresDays: 1 }));
      await fresh.flush();
    });

    it("permissionsFor: every role subscribes only to its own inbox among inboxes", () => {
      for (const role of [
        "engine",
        "intake",
        "avl",
        "mdt",
        "console",
        "rms",
        "clock",
        "admin",
        "sim",
      ] as const) {
        const inboxes = permissionsFor("a", role).sub.allow.filter((s) => s.startsWith("_INBOX"));
        expect(inboxes).toEqual([`_INBOX.${role}.>`]);
      }
    });
  },
);

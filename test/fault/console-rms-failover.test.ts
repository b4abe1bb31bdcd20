import { LAUNCH_ARGS } from "../console/support.ts";
/**
 * Issue 16's proof, second bullet: the console gateway and the RMS consumer keep working through
 * the faults of a replicated engine on a real 3-node JetStream cluster. Three engine replicas (in
 * process), the console (gateway and web server) with a dispatcher logged in to the page in
 * Chromium, and the RMS consumer into a SQLite file run while a stream of mixed inputs goes in;
 * the leading replica crashes, the nats-server node leading the input stream is killed and started
 * again, and the next leader crashes too. After each fault a new call appears on the open page
 * (never reloaded), the gateway's state query is answered by the new leader, a page that joins
 * then gets it in its snapshot, and the dispatcher's note goes through. At the end the page's
 * model equals a reference engine's state, the event stream holds each output once with the
 * reference's body, and the RMS's records equal an RMS built from scratch over the same stream
 * and one built from the reference engine's outputs.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DeliverPolicy, jetstream, type JetStreamClient, type JetStreamManager } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import type Database from "better-sqlite3";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConsoleGateway, startConsole, type ConsoleServer } from "../../adapters/console/index.ts";
import type { StateReply } from "../../adapters/console/web/protocol.ts";
import {
  EngineService,
  agencySubjects,
  decodeOutput,
  encodeEvent,
  encodeInput,
  encodeRejection,
  ensureStreams,
  eventSubjectSuffix,
  inputSubject,
  logMessageOfJs,
  natsServerAvailable,
  readLogEntry,
  type DecodedOutput,
} from "../../adapters/nats/index.ts";
import { startNatsCluster, type NatsCluster } from "../../adapters/nats/testing.ts";
import { RmsConsumer, RmsStore, canonicalDump, type StreamMessage } from "../../adapters/rms/index.ts";
import { offset as near } from "../../adapters/sim/city.ts";
import { applyInput, createState, reject, type EngineEvent, type EngineState } from "../../engine/index.ts";
import { login, loginInBrowser, usersFileWith } from "../console/login.ts";
import { TestPage } from "../console/sse.ts";
import { consoleView, engineView, eventually, expectSameView } from "../console/support.ts";
import { call, config, type InputBody } from "../support/scenario.ts";
import { workload } from "../support/workload.ts";

const CHROMIUM = "/usr/bin/chromium";
const AGENCY = "hacon";
const REPLICAS = ["r1", "r2", "r3"];
/** Inputs a second of the background load. */
const LOAD_PER_SECOND = 10;
/** How long the service may take to answer again after a fault (a nats node's RAFT election takes 4-9 s). */
const RECOVER_MS = 60_000;
const ARTIFACTS = resolve(".tmp/artifacts");
const s = agencySubjects(AGENCY);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The promise's value, or the error it failed with (so that a failure waits until it is looked at). */
const settled = <T>(p: Promise<T>): Promise<T | Error> =>
  p.catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
/** The state a page's first snapshot carried. */
const snapshotOf = (p: TestPage): StateReply | undefined => {
  for (const m of p.messages) if (m.name === "snapshot") return m.data.state;
  return undefined;
};
const keyOf = (o: DecodedOutput) => `${o.inputSeq}:${"event" in o ? o.index : "r"}`;

/** What the reference engine gives for the input log: its state and its outputs, as the service encodes them. */
interface Reference {
  readonly lastInputSeq: number;
  readonly state: EngineState;
  readonly outputs: { readonly subject: string; readonly data: Uint8Array }[];
}

/**
 * The records of an RMS database that do not depend on where in the event stream each output
 * lies (its stream sequence) or on the console's audit: every table's rows, stream_seq left out.
 */
function recordsOf(db: Database.Database): string[] {
  const skip = new Set(["runs", "audit", "position"]);
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const lines: string[] = [];
  for (const table of tables.filter((t) => !skip.has(t))) {
    const columns = (
      db.prepare("SELECT name FROM pragma_table_info(?)").pluck().all(table) as string[]
    ).filter((c) => c !== "stream_seq");
    const list = columns.map((c) => `"${c}"`).join(", ");
    const order = columns.map((_, i) => String(i + 1)).join(", ");
    lines.push(`# ${table} (${columns.join(", ")})`);
    for (const row of db.prepare(`SELECT ${list} FROM "${table}" ORDER BY ${order}`).raw().iterate())
      lines.push(JSON.stringify(row));
  }
  return lines;
}

describe.skipIf(!natsServerAvailable() || !existsSync(CHROMIUM))(
  `the console and the RMS through engine and nats-server failures (needs ${CHROMIUM} and nats-server)`,
  () => {
    const dir = mkdtempSync(join(tmpdir(), "cad-console-rms-failover-"));
    const logLines: string[] = [];
    const say = (line: string) => void logLines.push(`${new Date().toISOString()} ${line}`);
    let cluster: NatsCluster;
    let nc: NatsConnection;
    let js: JetStreamClient;
    let jsm: JetStreamManager;
    const replicas: EngineService[] = [];
    let web: ConsoleServer;
    let cookie = "";
    let browser: Browser;
    let page: Page;
    /** A page's event stream read by the test (SSE), open from the start to the end. */
    let watcher: TestPage;
    let rms: RmsConsumer | undefined;
    const pageErrors: string[] = [];
    /** Every output published on the agency's event subjects, as a plain core subscriber hears them. */
    const heard: DecodedOutput[] = [];
    /** The background load: stops when told, then resolves. */
    let load: { stop(): Promise<number> };
    const MARK = `loaded-${process.pid}`;

    const startReplica = (name: string) =>
      EngineService.start({
        agency: AGENCY,
        servers: cluster.urls,
        config,
        replica: { name },
        log: (line) => say(line),
      });
    const leaders = () => replicas.filter((r) => r.leading);
    const oneLeader = (what = "one leading replica") =>
      eventually(
        what,
        () => {
          const l = leaders();
          return l.length === 1 ? l[0] : undefined;
        },
        RECOVER_MS,
      );

    /** Publishes an input until JetStream acknowledges it (the message id makes repeats harmless). */
    const send = async (body: InputBody, msgID: string): Promise<number> => {
      const subject = inputSubject(AGENCY, body as never, { timed: false });
      const data = encodeInput(body as never);
      const started = Date.now();
      for (;;) {
        try {
          return (await js.publish(subject, data, { msgID, timeout: 2000 })).seq;
        } catch (error) {
          if (Date.now() - started > RECOVER_MS) throw error;
          await sleep(100);
        }
      }
    };

    /** A JetStream API call retried while the cluster elects (a node down, the client moving). */
    const retried = async <T>(what: string, f: () => Promise<T>): Promise<T> => {
      const started = Date.now();
      for (;;) {
        try {
          return await f();
        } catch (error) {
          if (Date.now() - started > RECOVER_MS) throw new Error(`${what}: ${(error as Error).message}`);
          await sleep(250);
        }
      }
    };

    /** The incident the engine attached a call to, as heard on NATS. */
    const incidentOf = (callId: string) =>
      eventually(
        `CallAttached of ${callId} on NATS`,
        () => {
          for (const o of heard)
            if ("event" in o && o.event.type === "CallAttached" && o.event.callId === callId)
              return o.event.incidentId;
          return undefined;
        },
        RECOVER_MS,
      );
    const heardEvent = <T extends EngineEvent["type"]>(
      type: T,
      match: (e: Extract<EngineEvent, { type: T }>) => boolean,
    ) =>
      eventually(
        `${type} on NATS`,
        () => {
          for (const o of heard)
            if ("event" in o && o.event.type === type && match(o.event as Extract<EngineEvent, { type: T }>))
              return o;
          return undefined;
        },
        RECOVER_MS,
      );

    /** Sends the mixed workload (units, calls, dispatches, statuses, AVL, ticks) until stopped. */
    const startLoad = () => {
      const bodies = workload(100_000, 16, () => 0);
      let stopped = false;
      let i = 0;
      const done = (async () => {
        const started = Date.now();
        for (; i < bodies.length && !stopped; i++) {
          const body = bodies[i]!;
          await send(
            body.kind === "ReceiveCall" ? { ...body, receivedAt: Date.now() - 500 } : body,
            `load-${i}`,
          );
          const due = started + ((i + 1) * 1000) / LOAD_PER_SECOND;
          if (due > Date.now()) await sleep(due - Date.now());
        }
      })();
      return {
        stop: async () => {
          stopped = true;
          await done;
          return i;
        },
      };
    };

    /** Where the nats node leading a stream's RAFT group is, by its server name. */
    const streamLeader = async (stream: string) => {
      const info = await retried(`info of ${stream}`, () => jsm.streams.info(stream));
      const node = cluster.nodes.find((n) => n.name === info.cluster?.leader);
      if (node === undefined) throw new Error(`${stream} has no leader among the nodes`);
      return node;
    };

    /** Every stream of the agency has a leader and two current replicas. */
    const streamsCurrent = () =>
      eventually(
        "every stream current on all three nodes",
        async () => {
          for (const name of [s.inputStream, s.eventStream, s.auditStream]) {
            const info = await jsm.streams.info(name).catch(() => undefined);
            const peers = info?.cluster?.replicas ?? [];
            if (info?.cluster?.leader === undefined || peers.length !== 2 || !peers.every((p) => p.current))
              return undefined;
          }
          return true;
        },
        RECOVER_MS,
      );

    /** The input log applied in one go by an engine of its own, as the replicas read it. */
    const reference = async (): Promise<Reference> => {
      const state = createState();
      const outputs: { subject: string; data: Uint8Array }[] = [];
      const last = (await jsm.streams.info(s.inputStream)).state.last_seq;
      const consumer = await js.consumers.get(s.inputStream, { deliver_policy: DeliverPolicy.All });
      const messages = await consumer.consume();
      for await (const m of messages) {
        const maxAheadMs = config.inputTime.maxAheadSeconds * 1000;
        const entry = readLogEntry(logMessageOfJs(m), AGENCY, false, state.now, maxAheadMs);
        const meta = { agency: AGENCY, inputSeq: entry.seq, inputId: entry.id };
        if (entry.kind === undefined || entry.decoded === undefined)
          throw new Error(`input ${entry.seq} on ${m.subject}: this test sends no such input`);
        const result = entry.decoded.ok
          ? applyInput(state, config, entry.decoded.input)
          : { rejection: reject(entry.decoded.code, entry.decoded.reason, entry.decoded.field), events: [] };
        if (result.rejection !== null)
          outputs.push({
            subject: `${s.eventPrefix}rejected`,
            data: encodeRejection({ ...meta, index: 0 }, entry.at, entry.kind, result.rejection),
          });
        else
          result.events.forEach((event, index) =>
            outputs.push({
              subject: `${s.eventPrefix}${eventSubjectSuffix(event)}`,
              data: encodeEvent({ ...meta, index }, event),
            }),
          );
        if (m.seq >= last) break;
      }
      await messages.close();
      return { lastInputSeq: last, state, outputs };
    };

    /** The outputs in the event stream (the event subjects, not the unit terminals' copies), in stream order. */
    const storedOutputs = async (): Promise<DecodedOutput[]> => {
      const info = await jsm.streams.info(s.eventStream);
      if (info.state.last_seq === 0) return [];
      const consumer = await js.consumers.get(s.eventStream, {
        deliver_policy: DeliverPolicy.All,
        filter_subjects: s.events,
      });
      const out: DecodedOutput[] = [];
      const messages = await consumer.consume();
      for await (const m of messages) {
        out.push(decodeOutput(m.data));
        if (m.info.pending === 0) break;
      }
      await messages.close();
      return out;
    };

    /**
     * What a dispatcher sees after a fault: a call sent just after it appears on the open page; the
     * gateway's state query is answered by the (new) leader; a page that joins now gets the call
     * in its snapshot; on the page the incident's detail loads and a note goes through the gateway.
     */
    const dispatcherCarriesOn = async (n: number, what: string) => {
      const callId = `FAULT${n}`;
      const sentAt = Date.now();
      // Received long before the load's calls, so that it stands still near the top of a busy queue.
      await send(
        call(callId, "MED", near(600 * n, -400), {
          receivedAt: Date.now() - 20 * 60_000,
          address: `${n} Failover Way`,
        }),
        `fault-call-${n}`,
      );
      let stepAt = Date.now();
      const step = (done: string) => {
        say(`${what}: ${done} (${Date.now() - stepAt} ms)`);
        stepAt = Date.now();
      };
      const incident = await incidentOf(callId);
      await page.locator(`#queue tr[data-incident="${incident}"]`).first().waitFor({ timeout: RECOVER_MS });
      stepAt = Date.now();
      say(
        `${what}: ${incident} (call ${callId}) on the page ${Date.now() - sentAt} ms after the call was sent`,
      );
      // The same page, never reloaded, and live.
      expect(await page.evaluate(() => (window as { cadTestMark?: string }).cadTestMark)).toBe(MARK);
      await expect.poll(() => page.locator("#link").textContent(), { timeout: RECOVER_MS }).toBe("live");
      // Whatever the page said while the service recovered, it says nothing is wrong any more.
      await expect.poll(() => page.locator("#problem").isHidden(), { timeout: RECOVER_MS }).toBe(true);

      // Answered by a live leader (which one: the lead may move to the agency's preferred replica).
      await oneLeader(`one leader after ${what}`);
      const reply = (await web.gateway.query("state")) as StateReply & {
        leader: string;
        replica: string;
        leading: boolean;
      };
      expect(reply.leading).toBe(true);
      expect(reply.replica).toBe(reply.leader);
      expect(replicas.map((r) => r.replicaName)).toContain(reply.leader);
      step("the gateway's state query answered");
      const fresh = new TestPage(web.url, cookie);
      try {
        const snapshot = await eventually("a joining page's snapshot", () => snapshotOf(fresh), RECOVER_MS);
        expect([...snapshot.pending, ...snapshot.incidents].map((i) => i.id)).toContain(incident);
      } finally {
        fresh.close();
      }
      step("a joining page's snapshot holds the incident");

      // The busy queue is redrawn many times a second, so its rows are never still for Playwright's
      // click; the page selects on the press itself (app.ts), which is what a dispatcher's click does.
      await page.locator(`#queue tr[data-incident="${incident}"]`).first().dispatchEvent("pointerdown");
      await page.locator(`#callers >> text=${callId}`).waitFor({ timeout: RECOVER_MS });
      step("the incident's detail on the page");
      const text = `still here after ${what}`;
      await page.locator("#note").fill(text);
      await page.locator("#note").press("Enter");
      const note = await heardEvent("NoteAdded", (e) => e.incidentId === incident && e.text === text);
      expect(note.inputId.startsWith(`console:${AGENCY}:`)).toBe(true);
      await page.locator(`#timeline >> text=${text}`).waitFor({ timeout: RECOVER_MS });
      step("the dispatcher's note in the incident's history");
    };

    /**
     * The leading replica dies: its connection is cut with no goodbye (no stop(), no drain), so it
     * falls silent as a killed process does; a standby takes over in a later term. The dead one is
     * cleaned up, and a new process of the same replica name starts (and follows) after the check.
     */
    const crashLeader = async (n: number) => {
      const leader = await oneLeader();
      const term = leader.term;
      replicas.splice(replicas.indexOf(leader), 1);
      say(`crash ${leader.replicaName} (leads term ${term})`);
      await leader.nc.close();
      // Asked while no replica leads: the gateway waits for the next leader's answer, and a page
      // that joins meanwhile gets its snapshot from it.
      const asked = settled(
        web.gateway.query("metrics") as Promise<{ leading: boolean; leader: string; term: number }>,
      );
      const joining = new TestPage(web.url, cookie);
      const checks = dispatcherCarriesOn(n, `the crash of ${leader.replicaName}`);
      const next = await eventually(
        "a standby leading a later term",
        () => {
          const l = leaders();
          return l.length === 1 && l[0]!.term > term ? l[0] : undefined;
        },
        RECOVER_MS,
      );
      say(`${next.replicaName} leads term ${next.term}`);
      const answer = await asked;
      if (answer instanceof Error) throw answer;
      expect(answer.leading).toBe(true);
      expect(answer.term).toBeGreaterThan(term);
      expect(answer.leader).not.toBe(leader.replicaName);
      try {
        const snapshot = await eventually("the snapshot of a page that joined during the failover", () =>
          snapshotOf(joining),
        );
        // The new leader's state: the term after the crash, the dead replica no longer named.
        const by = snapshot as unknown as { term: number; leader: string };
        expect(by.term).toBeGreaterThan(term);
        expect(by.leader).not.toBe(leader.replicaName);
        expect(joining.messages.filter((m) => m.name === "problem")).toEqual([]);
      } finally {
        joining.close();
      }
      await checks;
      await leader.stop();
      replicas.push(await startReplica(leader.replicaName));
    };

    beforeAll(async () => {
      cluster = await startNatsCluster({ dir: join(dir, "cluster") });
      nc = await connect({
        servers: cluster.urls.split(","),
        maxReconnectAttempts: -1,
        reconnectTimeWait: 100,
      });
      js = jetstream(nc);
      jsm = await ensureStreams(nc, s, { replicas: 3 });
      nc.subscribe(`${s.eventPrefix}>`, { callback: (_e, m) => void heard.push(decodeOutput(m.data)) });
      await nc.flush();
      for (const name of REPLICAS) replicas.push(await startReplica(name));
      await oneLeader();

      rms = await RmsConsumer.start({
        agency: AGENCY,
        servers: cluster.urls,
        dbPath: join(dir, "rms-live.sqlite"),
        durable: "rms-live",
        batch: 50,
        log: say,
      });
      load = startLoad();

      // The console as `cad console` runs it (its own connection to every node), a dispatcher logged in.
      const users = await usersFileWith(AGENCY, [{ name: "tester", role: "dispatcher" }]);
      web = await startConsole({ agency: AGENCY, servers: cluster.urls, users, port: 0, log: say });
      cookie = await login(web.url, "tester");
      watcher = new TestPage(web.url, cookie);
      browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
      page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
      page.setDefaultTimeout(30_000);
      page.on("pageerror", (error) => pageErrors.push(error.message));
      // The page's queries that fail go in the log (the test's artifact) with what the console said.
      page.on("response", (r) => {
        if (r.url().includes("/api/") && r.status() !== 200 && !r.url().endsWith("/api/session"))
          void r
            .text()
            .catch(() => "(body gone)")
            .then((body) => say(`page: ${r.status()} ${r.url()}: ${body.slice(0, 300)}`));
      });
    }, 120_000);

    afterAll(async () => {
      await load?.stop().catch(() => undefined);
      watcher?.close();
      await browser?.close();
      await web?.close().catch(() => undefined);
      await rms?.stop().catch(() => undefined);
      await Promise.all(replicas.map((r) => r.stop()));
      await nc?.close();
      await cluster?.stop();
      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(join(ARTIFACTS, "console-rms-failover.log"), logLines.join("\n") + "\n");
      rmSync(dir, { recursive: true, force: true });
    }, 120_000);

    it("a query the gateway asks while the dead leader's subscription still lingers is answered by the next leader", async () => {
      // A leader whose host died keeps its subscription on its nats-server until the server stops
      // hearing from it (and across the cluster's routes for a moment after any death): a request
      // then finds a subscriber that never answers, and times out instead of "no responders".
      const agency = "hacon-q";
      const subject = `${agencySubjects(agency).queryPrefix}metrics`;
      const gateway = await ConsoleGateway.start({ agency, servers: cluster.urls });
      const dead = await connect({ servers: cluster.urls.split(",") });
      const next = await connect({ servers: cluster.urls.split(",") });
      try {
        dead.subscribe(subject, { callback: () => undefined });
        await dead.flush();
        const asked = settled(gateway.query("metrics"));
        await sleep(1000);
        next.subscribe(subject, {
          callback: (_e, m) => void m.respond(new TextEncoder().encode(JSON.stringify({ leader: "next" }))),
        });
        await next.flush();
        expect(await asked).toEqual({ leader: "next" });
      } finally {
        await gateway.close();
        await dead.close();
        await next.close();
      }
    }, 60_000);

    it("the dispatcher's page loads with the agency's units while one replica leads", async () => {
      await loginInBrowser(page, web.url);
      await page.evaluate((mark) => {
        (window as { cadTestMark?: string }).cadTestMark = mark;
      }, MARK);
      await expect.poll(() => page.locator("#units [data-unit]").count(), { timeout: 30_000 }).toBe(20);
      expect(await page.locator("#link").textContent()).toBe("live");
      await dispatcherCarriesOn(0, "start-up");
    }, 180_000);

    it("the leading replica crashes: the page shows the next call, the gateway's queries and commands work", async () => {
      await crashLeader(1);
    }, 300_000);

    it("the nats-server node leading the input stream is killed, then restarted: the console carries on", async () => {
      const node = await streamLeader(s.inputStream);
      say(`kill nats node ${node.name} (leads ${s.inputStream})`);
      await node.kill();
      await dispatcherCarriesOn(2, `the kill of nats node ${node.name}`);
      await node.restart();
      say(`nats node ${node.name} restarted`);
      await streamsCurrent();
      await dispatcherCarriesOn(3, `the restart of nats node ${node.name}`);
    }, 300_000);

    it("the next leader crashes too: the page shows the next call, the gateway's queries and commands work", async () => {
      await crashLeader(4);
    }, 300_000);

    it("at the end the pages equal a reference engine's state, every output is stored once, and the RMS equals an uninterrupted one", async () => {
      const sent = await load.stop();
      say(`load stopped after ${sent} inputs`);
      await streamsCurrent();
      // Settled: every replica at the end of the log, every output stored, and no claim for a while
      // (a restarted replica that the agency prefers claims the lead about 5 s after it is back).
      let ref: Reference;
      for (;;) {
        ref = await reference();
        const last = ref.lastInputSeq;
        await eventually(
          `every replica at input ${last}`,
          () => (replicas.every((r) => r.lastSeq >= last) && leaders().length === 1 ? true : undefined),
          RECOVER_MS,
        ).catch((error: unknown) => {
          const where = replicas.map((r) => `${r.replicaName} at ${r.lastSeq}${r.leading ? " leading" : ""}`);
          const fatal = logLines.filter((l) => l.includes("FATAL"));
          throw new Error(`${(error as Error).message} (${where.join(", ")}) ${fatal.join("; ")}`);
        });
        const expected = ref.outputs.length;
        await eventually(
          `${expected} outputs stored`,
          async () => ((await storedOutputs()).length >= expected ? true : undefined),
          RECOVER_MS,
        );
        await sleep(8000);
        if ((await jsm.streams.info(s.inputStream)).state.last_seq === last) break;
      }
      // Followers first, so that nobody claims once the leader has gone.
      const leader = await oneLeader();
      await Promise.all(replicas.filter((r) => r !== leader).map((r) => r.stop()));
      await leader.stop();
      replicas.length = 0;
      expect((await jsm.streams.info(s.inputStream)).state.last_seq).toBe(ref.lastInputSeq);

      // What the watching page was told was wrong through the faults (for the log).
      for (const m of watcher.messages) if (m.name === "problem") say(`a page was told: ${m.data.message}`);
      // How often a plain subscriber heard an output again through the faults (published by two
      // leaders, or retried): the gateway must pass each on once.
      say(
        `outputs heard on NATS: ${heard.length}, of which repeats: ${heard.length - new Set(heard.map(keyOf)).size}`,
      );
      // A publish made again (a deposed leader's retry, a takeover's republishing) is dropped by
      // JetStream, but every core subscriber hears it: the gateway must not pass it on to pages.
      const last = (await jsm.streams.info(s.eventStream)).state.last_seq;
      let again = await jsm.streams.getMessage(s.eventStream, { seq: last });
      for (let seq = last - 1; again !== null && !again.subject.startsWith(s.eventPrefix); seq--)
        again = await jsm.streams.getMessage(s.eventStream, { seq });
      if (again === null) throw new Error("no output in the event stream");
      const againKey = keyOf(decodeOutput(again.data));
      const ack = await js.publish(again.subject, again.data, { msgID: again.header.get("Nats-Msg-Id") });
      expect(ack.duplicate).toBe(true);
      await eventually("the repeat heard on NATS", () =>
        heard.filter((o) => keyOf(o) === againKey).length >= 2 ? true : undefined,
      );

      // The event stream: each output once, with the body the reference engine gives it.
      const stored = await storedOutputs();
      const expected = ref.outputs.map((o) => decodeOutput(o.data));
      expect(new Set(stored.map(keyOf)).size).toBe(stored.length);
      const byKey = new Map(stored.map((o) => [keyOf(o), o]));
      expect(stored.length).toBe(expected.length);
      for (const o of expected) expect(byKey.get(keyOf(o))).toEqual(o);
      const changes = expected.filter((o) => "event" in o && o.event.type === "LeadershipChanged");
      expect(changes.length).toBeGreaterThanOrEqual(3);

      // The pages: the one open from the start (never a repeat passed on) and the browser's queue.
      const view = engineView(ref.state);
      await eventually(
        "the watching page at the reference's state",
        () => (JSON.stringify(consoleView(watcher.model)) === JSON.stringify(view) ? true : undefined),
        RECOVER_MS,
      ).catch(() => undefined);
      expectSameView(consoleView(watcher.model), view);
      expect(watcher.repeats).toBe(0);
      const pendingOnPage = () =>
        page.locator("#pending tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-incident")));
      await expect.poll(pendingOnPage, { timeout: RECOVER_MS }).toEqual(view.pending);
      expect(await page.evaluate(() => (window as { cadTestMark?: string }).cadTestMark)).toBe(MARK);
      expect(pageErrors).toEqual([]);

      // Nothing more goes into the audit stream: the RMS's audit reader can catch up with it.
      watcher.close();
      await browser.close();
      await web.close();

      const caughtUp = async (store: RmsStore) => {
        const events = (await jsm.streams.info(s.eventStream)).state.last_seq;
        const audit = (await jsm.streams.info(s.auditStream)).state.last_seq;
        await eventually(
          `${store.db.name} at event ${events} and audit record ${audit}`,
          () => {
            const auditAt = store.db
              .prepare("SELECT coalesce(max(seq), 0) FROM audit")
              .pluck()
              .get() as number;
            return store.lastSeq === events && auditAt === audit ? true : undefined;
          },
          RECOVER_MS,
        );
      };
      const live = rms!;
      rms = undefined;
      await caughtUp(live.store);
      const fresh = await RmsConsumer.start({
        agency: AGENCY,
        servers: cluster.urls,
        dbPath: join(dir, "rms-fresh.sqlite"),
        durable: "rms-fresh",
        log: say,
      });
      await caughtUp(fresh.store);
      const liveDump = canonicalDump(live.store.db);
      const uninterrupted = canonicalDump(fresh.store.db);
      const liveRecords = recordsOf(live.store.db);
      const issues = live.store.db.prepare("SELECT kind, detail FROM issues").all();
      const journal = live.store.db.prepare("SELECT count(*) FROM journal").pluck().get();
      await fresh.stop();
      await live.stop();

      // The RMS that ran through the faults equals one run from scratch after them, table by table.
      expect(liveDump.length).toBeGreaterThan(1000);
      expect(liveDump).toEqual(uninterrupted);
      // No output is in it twice, and it holds every output of the reference engine.
      expect(issues.filter((i) => (i as { kind: string }).kind === "duplicate_output")).toEqual([]);
      expect(journal).toBe(expected.length);
      // The same records as an RMS fed the reference engine's outputs (stream positions aside).
      const referenceStore = RmsStore.open(join(dir, "rms-reference.sqlite"), AGENCY);
      const messages: StreamMessage[] = ref.outputs.map((o, i) => ({ seq: i + 1, ...o }));
      for (let i = 0; i < messages.length; i += 256)
        expect(referenceStore.applyBatch(messages.slice(i, i + 256)).gap).toBeNull();
      const referenceRecords = recordsOf(referenceStore.db);
      referenceStore.close();
      expect(liveRecords).toEqual(referenceRecords);
    }, 600_000);
  },
);

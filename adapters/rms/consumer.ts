import { hostname } from "node:os";
import {
  jetstream,
  jetstreamManager,
  type ConsumerMessages,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
} from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import {
  closedByRefusal,
  connectNats,
  ensureStreams,
  agencySubjects,
  type CredentialsError,
  type NatsAuth,
} from "../nats/index.ts";
import { AuditConsumer } from "./audit-consumer.ts";
import { AuditStore } from "./audit-store.ts";
import { prepareDurable } from "./durable.ts";
import { EidoRelay, type RelayOptions } from "./relay.ts";
import { RmsStore } from "./store.ts";

export interface ConsumerOptions {
  readonly agency: string;
  readonly servers: string;
  readonly dbPath: string;
  /** The durable consumer's name on the event stream (and, its own consumer, on the audit stream). */
  readonly durable?: string;
  /** How long JetStream waits for an acknowledgement before it delivers a message again. */
  readonly ackWaitMs?: number;
  /** Most messages applied in one transaction. */
  readonly batch?: number;
  /** How often progress and lag are logged. */
  readonly logEveryMs?: number;
  readonly log?: (line: string) => void;
  /** The rms role's creds and the TLS CA. */
  readonly auth?: NatsAuth;
  /** EIDO out: send shared and transferred incidents, and our answers, to partner agencies. */
  readonly relay?: Omit<RelayOptions, "agency" | "log">;
}

export class RmsConsumerError extends Error {
  override readonly name = "RmsConsumerError";
}

export interface ConsumerStats {
  applied: number;
  duplicates: number;
  redelivered: number;
  resyncs: number;
}

/**
 * The RMS consumer: a durable JetStream pull consumer on the agency's event stream feeding the
 * records database. The database's position, not the consumer's acknowledgements, says where
 * to go on: at start-up (and whenever a message does not follow the position) the durable is
 * recreated to deliver from the message after it, so a crash between commit and acknowledgement,
 * or messages delivered but never applied, can neither double nor skip anything.
 */
export class RmsConsumer {
  readonly stats: ConsumerStats = { applied: 0, duplicates: 0, redelivered: 0, resyncs: 0 };
  /** The durable's lag as last reported (every logEveryMs): not delivered yet, and not acknowledged. */
  lag: { pending: number; unacknowledged: number } | undefined;
  /**
   * Resolves with the refusal when the connection closed because the server refused the
   * credentials (expired, revoked); with undefined on any other close.
   */
  credentialsRefused: Promise<CredentialsError | undefined> = new Promise(() => undefined);
  private stopping = false;
  private messages: ConsumerMessages | undefined;
  private loop: Promise<void> = Promise.resolve();
  private runId = 0;
  private lastLogAt = 0;
  private lastLogApplied = 0;
  private readonly durable: string;
  /** The audit stream's consumer, on the same connection and database. */
  readonly audit: AuditConsumer;
  /** The EIDO relay, when asked for (ConsumerOptions.relay). */
  readonly relay: EidoRelay | undefined;

  private constructor(
    private readonly opts: ConsumerOptions,
    readonly store: RmsStore,
    private readonly nc: NatsConnection,
    private readonly jsm: JetStreamManager,
    private readonly js: JetStreamClient,
  ) {
    this.durable = opts.durable ?? "rms";
    if (opts.relay !== undefined) {
      const relay = new EidoRelay(store, { ...opts.relay, agency: opts.agency, log: (l) => this.say(l) });
      store.onEvent = (k, e) => relay.onEvent(k, e);
      this.relay = relay;
    }
    this.audit = new AuditConsumer(new AuditStore(store.db, opts.agency), jsm, js, {
      durable: this.durable,
      ackWaitMs: opts.ackWaitMs ?? 30_000,
      batch: opts.batch ?? 256,
      say: (line) => this.say(line),
    });
  }

  static async start(opts: ConsumerOptions): Promise<RmsConsumer> {
    const store = RmsStore.open(opts.dbPath, opts.agency);
    try {
      claimDatabase(store, opts.dbPath);
      const nc = await connectNats(opts.servers, `cad-rms-${opts.agency}`, opts.auth);
      // The RMS may start before the engine: the streams are created as the engine would. Under
      // credentials they are admin's to create (cad streams create); the rms role only reads.
      const jsm =
        opts.auth?.credsFile === undefined
          ? await ensureStreams(nc, agencySubjects(opts.agency))
          : await jetstreamManager(nc);
      const consumer = new RmsConsumer(opts, store, nc, jsm, jetstream(nc));
      // Expired or revoked credentials end the connection for good: `cad rms run` stops on it.
      consumer.credentialsRefused = closedByRefusal(nc, opts.servers, opts.auth);
      consumer.runId = Number(
        store.db
          .prepare(
            `INSERT INTO runs (pid, host, started_at, heartbeat_at, stopped_at, applied, duplicates, redelivered,
               resyncs) VALUES (?, ?, ?, ?, NULL, 0, 0, 0, 0)`,
          )
          .run(process.pid, hostname(), Date.now(), Date.now()).lastInsertRowid,
      );
      consumer.loop = consumer.run();
      // Reported through `done`, as the audit consumer's failure is (see AuditConsumer.start).
      consumer.loop.catch(() => undefined);
      consumer.audit.start();
      return consumer;
    } catch (error) {
      store.close();
      throw error;
    }
  }

  /** Resolves when the consumer has stopped (after stop(), or a failure it could not get past). */
  get done(): Promise<void> {
    return Promise.all([this.loop, this.audit.done]).then(() => undefined);
  }

  /** Applies what was delivered, acknowledges it, and closes. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.messages?.close();
    await this.audit.stop();
    await this.loop.catch(() => undefined);
    this.saveRun(true);
    await this.nc.drain().catch(() => undefined);
    this.store.close();
  }

  private say(line: string): void {
    this.opts.log?.(`cad-rms ${this.opts.agency}: ${line}`);
  }

  private async run(): Promise<void> {
    const stream = this.store.stream;
    await this.checkStream();
    // What the relay wrote and did not send before a stop or a crash goes first.
    await this.relay?.flush(this.js);
    // Lag is reported while idle too; the relay tries again what a partner did not acknowledge.
    const timer = setInterval(() => {
      void this.report();
      if (this.relay !== undefined && this.relay.waiting > 0) void this.relay.flush(this.js);
    }, this.opts.logEveryMs ?? 5000);
    try {
      await this.consumeUntilStopped(stream, true);
    } finally {
      clearInterval(timer);
    }
  }

  private async consumeUntilStopped(stream: string, resyncedAtStart: boolean): Promise<void> {
    let resynced = resyncedAtStart;
    while (!this.stopping) {
      await this.prepareConsumer();
      const consumer = await this.js.consumers.get(stream, this.durable);
      const batchSize = this.opts.batch ?? 256;
      this.messages = await consumer.consume({ max_messages: batchSize * 2 });
      // A stop asked for while the consumer was being made: close it, not awaited (close()
      // resolves once the messages are read to their end, which the loop below does at once).
      if (this.stopping) void this.messages.close().catch(() => undefined);
      let batch: JsMsg[] = [];
      let gap = false;
      for await (const m of this.messages) {
        if (m.redelivered) this.stats.redelivered++;
        batch.push(m);
        if (batch.length < batchSize && m.info.pending > 0) continue;
        gap = await this.flush(batch, resynced);
        resynced = false;
        batch = [];
        if (gap) break;
        if (m.info.pending === 0) this.caughtUp();
        await this.report();
      }
      if (!gap && batch.length > 0) await this.flush(batch, resynced);
      await this.messages.close();
      if (gap) {
        this.stats.resyncs++;
        resynced = true;
        await this.jsm.consumers.delete(stream, this.durable).catch(() => false);
      }
    }
  }

  /** Applies a batch in one transaction, then acknowledges every message it covers. True on a gap. */
  private async flush(batch: readonly JsMsg[], justResynced: boolean): Promise<boolean> {
    let result = this.store.applyBatch(batch);
    if (result.gap !== null && justResynced) {
      // Delivered from the position on, and still a gap: those messages are gone from the stream.
      const info = await this.jsm.streams.info(this.store.stream);
      const why =
        info.state.first_seq > result.gap.expected
          ? "aged out of the stream by its limits"
          : "deleted from the stream";
      this.say(
        `stream sequences ${result.gap.expected}..${result.gap.got - 1} are missing (${why}); going on`,
      );
      this.store.acceptGap(result.gap.got, why);
      result = this.store.applyBatch(batch);
    }
    this.stats.applied += result.applied;
    this.stats.duplicates += result.duplicates;
    // The versions the batch wrote to the outbox are sent before its messages are acknowledged.
    await this.relay?.flush(this.js);
    for (const m of batch) if (m.seq <= this.store.lastSeq) m.ack();
    if (result.gap === null) return false;
    this.say(
      `expected stream sequence ${result.gap.expected}, got ${result.gap.got}: resuming from the position`,
    );
    return true;
  }

  /** A fresh durable delivering from the position, unless the existing one is exactly there. */
  private async prepareConsumer(): Promise<void> {
    const from = this.store.lastSeq + 1;
    const ackWaitMs = this.opts.ackWaitMs ?? 30_000;
    if (await prepareDurable(this.jsm, this.store.stream, this.durable, this.store.lastSeq, ackWaitMs))
      this.say(`durable consumer "${this.durable}" delivers from stream sequence ${from}`);
  }

  /** Refuses records ahead of the stream (a recreated stream); steps over what aged out of it. */
  private async checkStream(): Promise<void> {
    const info = await this.jsm.streams.info(this.store.stream);
    const last = this.store.lastSeq;
    if (last > info.state.last_seq)
      throw new RmsConsumerError(
        `the records are at stream sequence ${last} but ${this.store.stream} ends at ${info.state.last_seq}: ` +
          `the stream was recreated or purged; start a new records database (--db)`,
      );
    if (info.state.messages > 0 && info.state.first_seq > last + 1) {
      this.say(`stream sequences ${last + 1}..${info.state.first_seq - 1} aged out before the RMS read them`);
      this.store.acceptGap(info.state.first_seq, "aged out of the stream by its limits");
    }
    const p = this.store.current;
    this.say(
      `records at stream sequence ${p.lastSeq} (input ${p.lastInputSeq}); stream ends at ${info.state.last_seq}`,
    );
  }

  /** Progress and lag (messages the durable has not delivered yet, and delivered ones not yet acknowledged). */
  private async report(): Promise<void> {
    const now = Date.now();
    if (now - this.lastLogAt < (this.opts.logEveryMs ?? 5000)) return;
    const seconds = this.lastLogAt === 0 ? 0 : (now - this.lastLogAt) / 1000;
    const rate = seconds === 0 ? 0 : (this.stats.applied - this.lastLogApplied) / seconds;
    this.lastLogAt = now;
    this.lastLogApplied = this.stats.applied;
    this.saveRun(false);
    const info = await this.jsm.consumers.info(this.store.stream, this.durable).catch(() => undefined);
    const p = this.store.current;
    this.lag = info && { pending: info.num_pending, unacknowledged: info.num_ack_pending };
    const lag =
      info === undefined
        ? "lag unknown"
        : `lag ${info.num_pending} pending, ${info.num_ack_pending} unacknowledged`;
    const at = p.lastEventAt === null ? "" : `, event time ${new Date(p.lastEventAt).toISOString()}`;
    this.say(
      `at stream sequence ${p.lastSeq} (input ${p.lastInputSeq}${at}); ${lag}; ${this.stats.applied} applied (${rate.toFixed(0)}/s), ${this.stats.duplicates} duplicates skipped`,
    );
  }

  /** Whether it has caught up with the stream since start (read by the metrics' readiness). */
  get caughtUpOnce(): boolean {
    return this.caughtUpLogged;
  }

  /** The NATS connection (the metrics follow whether it is up). */
  get connection(): NatsConnection {
    return this.nc;
  }

  private caughtUpLogged = false;
  private readonly startedAt = performance.now();

  /** Says once how long catching up with the stream took. */
  private caughtUp(): void {
    if (this.caughtUpLogged) return;
    this.caughtUpLogged = true;
    const ms = performance.now() - this.startedAt;
    const rate = this.stats.applied / Math.max(ms / 1000, 0.001);
    this.say(
      `caught up with the stream at sequence ${this.store.lastSeq}: ${this.stats.applied} outputs applied in ${ms.toFixed(0)} ms (${rate.toFixed(0)}/s)`,
    );
  }

  private saveRun(stopped: boolean): void {
    const s = this.stats;
    try {
      this.store.db
        .prepare(
          `UPDATE runs SET heartbeat_at = ?, stopped_at = ?, applied = ?, duplicates = ?, redelivered = ?, resyncs = ?
           WHERE rowid = ?`,
        )
        .run(
          Date.now(),
          stopped ? Date.now() : null,
          s.applied,
          s.duplicates,
          s.redelivered,
          s.resyncs,
          this.runId,
        );
    } catch {
      // The run log is for people; the records never depend on it.
    }
  }
}

/** One consumer per database: refuses while another live process on this host is writing it. */
function claimDatabase(store: RmsStore, path: string): void {
  const open = store.db
    .prepare("SELECT pid, host FROM runs WHERE stopped_at IS NULL ORDER BY rowid DESC LIMIT 1")
    .get() as { pid: number; host: string } | undefined;
  if (open === undefined || open.host !== hostname() || open.pid === process.pid) return;
  if (processAlive(open.pid))
    throw new RmsConsumerError(`another cad rms run (pid ${open.pid}) is writing ${path}; stop it first`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

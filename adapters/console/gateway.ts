import { jetstream, jetstreamManager, type JetStreamClient } from "@nats-io/jetstream";
import {
  headers,
  RequestError,
  TimeoutError,
  type NatsConnection,
  type Subscription,
} from "@nats-io/transport-node";
import {
  inputSubject,
  decodeOutput,
  encodeInput,
  INPUT_SEQ_HEADER,
  TIME_HEADER,
  agencySubjects,
  closedByRefusal,
  connectNats,
  type AgencySubjects,
  type CredentialsError,
  type NatsAuth,
} from "../nats/index.ts";
import { publishAudit, type AuditAction, type AuditRecord } from "../nats/index.ts";
import type { InputBody } from "../nats/index.ts";
import { INPUT_KINDS } from "../../engine/index.ts";
import { CommandError, MAX_ENTRY_MS } from "./commands.ts";
import { AccessError, mayCommand, unitRefusal, type Operator } from "./roles.ts";
import type { CommandReply, CommandRequest, StateReply, StreamMessages, WireOutput } from "./web/protocol.ts";

/** Where a page's stream goes: one server-sent-events response. */
export interface ClientSink {
  send<K extends keyof StreamMessages>(name: K, data: StreamMessages[K]): void;
  /** Ends the stream (the page reconnects and starts from a fresh snapshot). */
  close(): void;
}

interface Client {
  readonly sink: ClientSink;
  /** Outputs held while the snapshot is asked for; null once live. */
  buffer: WireOutput[] | null;
  /** The snapshot's input: only outputs of later inputs go to this page. */
  after: number;
  /** Bumped by every resync, so that an older one in flight gives up. */
  generation: number;
  closed: boolean;
}

export interface GatewayOptions {
  readonly agency: string;
  /** A NATS URL to connect to, or a connection to share (`nc`). */
  readonly servers?: string;
  readonly nc?: NatsConnection;
  /** The console role's creds and the TLS CA, for the connection it makes (not a shared `nc`). */
  readonly auth?: NatsAuth;
  readonly log?: (line: string) => void;
  /**
   * The instant to stamp on commands (Cad-Time header), for an engine that trusts input time
   * (simulations): the demo gives its simulated clock. Without it the latest engine time known
   * is used; an engine that does not trust input time ignores the header.
   */
  readonly inputTime?: () => number;
  readonly clockEveryMs?: number;
}

/** Who an audit record names: a session's operator, or (a failed login) the name tried and no role. */
export type Audited = Pick<Operator, "user" | "client"> & { readonly role: Operator["role"] | null };

/** The header naming the operator of an input (contract, section 1): from the session, never the page. */
export const OPERATOR_HEADER = "Cad-Operator";

/** The inputs the engine's codec in this build knows: a console command of another kind is refused. */
const ENGINE_KINDS: ReadonlySet<string> = new Set(INPUT_KINDS);

/** Commands whose engine outcome is awaited for the audit, at most (the oldest are forgotten first). */
const MAX_AWAITED = 10_000;

/** A page whose snapshot is still being taken holds at most this many outputs, then starts again. */
const MAX_BUFFER = 50_000;
const QUERY_TIMEOUT_MS = 5000;
/** How many outputs' keys the gateway remembers to drop repeats (well past a takeover's republishing). */
const MAX_HEARD = 100_000;
/** How long a query waits for an engine to answer while its replicas elect a new leader. */
const FAILOVER_WAIT_MS = 8000;
const RETRY_MS = 1000;
/** Times the paged state is asked for from its first page when the engine dropped its snapshot meanwhile. */
const MAX_STATE_ATTEMPTS = 3;

/** One page of the `state` reply (README, "Queries"): lists to join, and the cursor of the next page. */
type StatePage = {
  readonly error?: { readonly code: string; readonly message: string };
  readonly next?: unknown;
} & Pick<StateReply, "pending" | "incidents" | "units">;

/**
 * The console's side of NATS: one subscription to `cad.<agency>.evt.>` shared by every page,
 * the `state` query that gives each page its starting point, queries, and commands published
 * to the agency's input stream. A page gets the state, then exactly the outputs of later
 * inputs, in order; after NATS reconnects (when outputs may have been missed) it gets a fresh
 * state.
 */
export class ConsoleGateway {
  readonly s: AgencySubjects;
  /**
   * Resolves with the refusal when the connection this gateway made closed because the server
   * refused its credentials (expired, revoked); with undefined on any other close. Never
   * resolves for a connection the caller lent it.
   */
  credentialsRefused: Promise<CredentialsError | undefined> = new Promise(() => undefined);
  /** The engine's latest time known here (clock readings, event instants). */
  engineNow = 0;
  private readonly clients = new Set<Client>();
  private readonly js: JetStreamClient;
  private sub: Subscription | undefined;
  private clock: ReturnType<typeof setInterval> | undefined;
  private batch: WireOutput[] = [];
  private flushing = false;
  private engineSilent = false;
  private closed = false;
  /** Audit records on their way to the audit stream: close() waits for them. */
  private readonly auditing = new Set<Promise<boolean>>();
  /** Commands published, by input sequence, until the engine's outputs tell whether it rejected them. */
  private readonly awaited = new Map<number, { who: Audited; detail: Record<string, string | boolean> }>();
  /** The outputs heard lately (input sequence and index), oldest first: a repeat is not passed on. */
  private readonly heard = new Set<string>();
  /** Rejection codes of outputs that came before their command's ack. */
  private readonly rejections = new Map<number, string>();
  /** Called after NATS reconnects (outputs may have been missed): unit terminals' feeds start again. */
  readonly onReconnect = new Set<() => void>();
  /** Called with every output heard (once each), in order: unit terminals learn their commands' rejections. */
  readonly outputListeners = new Set<(output: WireOutput) => void>();

  private constructor(
    private readonly opts: GatewayOptions,
    readonly nc: NatsConnection,
    private readonly ownsConnection: boolean,
  ) {
    this.s = agencySubjects(opts.agency);
    this.js = jetstream(nc);
  }

  static async start(opts: GatewayOptions): Promise<ConsoleGateway> {
    const nc =
      opts.nc ??
      (await connectNats(opts.servers ?? "nats://127.0.0.1:4222", `cad-console-${opts.agency}`, opts.auth));
    const gateway = new ConsoleGateway(opts, nc, opts.nc === undefined);
    // Credentials that expire or are revoked end the connection for good: the console says so
    // (cad console stops with a FATAL line) instead of serving pages that can never update.
    if (opts.nc === undefined)
      gateway.credentialsRefused = closedByRefusal(nc, opts.servers ?? "nats://127.0.0.1:4222", opts.auth);
    gateway.sub = nc.subscribe(gateway.s.events, {
      callback: (error, msg) => {
        if (error === null) gateway.receive(msg.data);
      },
    });
    // The subscription is in place at the server before any state is asked for: no output falls between.
    await nc.flush();
    void gateway.watchConnection();
    gateway.clock = setInterval(() => void gateway.tickClock(), opts.clockEveryMs ?? 1000);
    return gateway;
  }

  /** A page joins: it gets the state, then the outputs after it. Returns its leave function. */
  attach(sink: ClientSink, who: Operator): () => void {
    const client: Client = { sink, buffer: [], after: 0, generation: 0, closed: false };
    this.clients.add(client);
    this.audit("query", who, { name: "state", params: {} });
    void this.sync(client, "connect");
    return () => {
      client.closed = true;
      this.clients.delete(client);
    };
  }

  get clientCount(): number {
    return this.clients.size;
  }

  /**
   * A request/reply query of the engine (`state`, `incident`, `recommend`, `metrics`), its JSON
   * reply. Only the leading replica answers: while a standby takes over, the query is asked again
   * for up to FAILOVER_WAIT_MS. Then either nobody is subscribed (no responders) or nobody answers
   * (a timeout): a request sent on another node just after the leader died still finds its
   * subscription there for a moment, and a dead host's stays until the server stops hearing it.
   */
  async query(name: string, body: unknown = {}): Promise<unknown> {
    const data = new TextEncoder().encode(JSON.stringify(body));
    const deadline = performance.now() + FAILOVER_WAIT_MS;
    for (;;) {
      try {
        const reply = await this.nc.request(`${this.s.queryPrefix}${name}`, data, {
          timeout: QUERY_TIMEOUT_MS,
        });
        return JSON.parse(new TextDecoder().decode(reply.data)) as unknown;
      } catch (error) {
        const noLeader =
          (error instanceof RequestError && error.isNoResponders()) || error instanceof TimeoutError;
        if (!noLeader || performance.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  /** A query a page asks for (`incident`, `recommend`), audited with its operator and parameters. */
  async pageQuery(name: string, params: Readonly<Record<string, string>>, who: Operator): Promise<unknown> {
    this.audit("query", who, { name, params });
    return this.query(name, params);
  }

  /**
   * Publishes a command to the input log as the session's operator (header Cad-Operator); the
   * reply names the input (its sequence) whose outputs will tell. A command the operator's role
   * may not send is refused (FORBIDDEN_FOR_ROLE). Every command is audited, refused or not.
   */
  async command(request: CommandRequest, who: Operator): Promise<CommandReply> {
    const inputId = this.inputId(request);
    if (!ENGINE_KINDS.has(request.input.kind)) {
      // A console command the engine's codec in this build does not have (sharing, before EIDO out).
      const { kind } = request.input;
      this.audit("command", who, { kind, subject: "", msgId: inputId, ok: false, code: "UNKNOWN_COMMAND" });
      throw new CommandError(
        "UNKNOWN_COMMAND",
        `${kind}: the engine this console is built with has no such input yet`,
        "kind",
      );
    }
    const input = this.completeCall(request);
    const subject = inputSubject(this.s.agency, input, { timed: this.opts.inputTime !== undefined });
    const detail = {
      kind: input.kind,
      subject,
      msgId: inputId,
      ...("incidentId" in input && { incidentId: input.incidentId }),
      ...("unitId" in input && { unitId: input.unitId }),
      ...("callId" in input && { callId: input.callId }),
    };
    if (!mayCommand(who.role, request.input.kind)) {
      this.audit("command", who, { ...detail, ok: false, code: "FORBIDDEN_FOR_ROLE" });
      throw new AccessError(403, "FORBIDDEN_FOR_ROLE", `a ${who.role} may not send ${input.kind}`);
    }
    if (who.role === "unit") {
      // A unit's terminal speaks for its unit only: its status, notes on the incident it serves now.
      const served = input.kind === "AddNote" ? await this.servedIncident(who.unit ?? "") : undefined;
      const why = unitRefusal(who, request.input, served);
      if (why !== undefined) {
        this.audit("command", who, { ...detail, ok: false, code: "FORBIDDEN_FOR_UNIT" });
        throw new AccessError(403, "FORBIDDEN_FOR_UNIT", why);
      }
    }
    const h = headers();
    h.set(OPERATOR_HEADER, who.user);
    let ack;
    try {
      // Only the demo stamps commands (with the simulated clock), on the timed subjects that only
      // its credentials may use; a console in service leaves the instant to the log.
      if (this.opts.inputTime !== undefined) h.set(TIME_HEADER, String(Math.max(1, this.opts.inputTime())));
      ack = await this.js.publish(subject, encodeInput(input), {
        msgID: inputId,
        headers: h,
        timeout: QUERY_TIMEOUT_MS,
      });
    } catch (error) {
      this.audit("command", who, { ...detail, ok: false, code: "NATS_ERROR" });
      throw error;
    }
    if (!ack.duplicate) {
      this.audit("command", who, { ...detail, ok: true });
      const early = this.rejections.get(ack.seq);
      if (early !== undefined) this.audit("command", who, { ...detail, ok: false, code: early });
      else this.awaitOutcome(ack.seq, who, detail);
    }
    return { ok: true, inputId, seq: ack.seq, duplicate: ack.duplicate };
  }

  /**
   * An entered call completed for the log: its callId comes from the page's id for the command
   * (a retry is the same call), its receivedAt from the console's time (the demo's simulated
   * one) less how long the call-taker took to enter it. Other commands go as they are.
   */
  private completeCall(request: CommandRequest): InputBody {
    const { input } = request;
    // Every kind here is one of the engine's (checked by the caller against INPUT_KINDS).
    if (input.kind !== "ReceiveCall") return input;
    const { startedMsAgo, ...call } = input;
    const now = this.opts.inputTime?.() ?? Date.now();
    const receivedAt = Math.max(1, Math.round(now - Math.min(MAX_ENTRY_MS, Math.max(0, startedMsAgo ?? 0))));
    return { ...call, callId: `CON-${request.id}`, receivedAt };
  }

  /** The incident a unit serves now, as the engine says (null: none, or no such unit). */
  private async servedIncident(unitId: string): Promise<string | null> {
    const reply = (await this.query("unit", { id: unitId })) as {
      assignment?: { incident: { incidentId: string } | null };
    };
    return reply.assignment?.incident?.incidentId ?? null;
  }

  /** A command's Nats-Msg-Id: from the page's id for it, so that a command posted twice is one input. */
  inputId(request: CommandRequest): string {
    return `console:${this.s.agency}:${request.id}`;
  }

  /** A command refused before it reached the gateway's role check (its shape): audited all the same. */
  refused(who: Operator, kind: string, code: string): void {
    this.audit("command", who, { kind, subject: "", msgId: "", ok: false, code });
  }

  /**
   * Publishes an audit record (cad.<agency>.audit.<action>) without holding up the request; a
   * record that cannot be stored is logged loudly by publishAudit and never fails the console.
   */
  audit(action: AuditAction, who: Audited, detail: AuditRecord["detail"] = {}): void {
    const record: AuditRecord = {
      v: 1,
      at: Date.now(),
      agency: this.s.agency,
      action,
      operator: who.user,
      role: who.role,
      client: who.client,
      detail,
    };
    const log = this.opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
    const p = publishAudit(this.js, this.s.agency, record, log);
    this.auditing.add(p);
    void p.finally(() => this.auditing.delete(p));
  }

  private awaitOutcome(seq: number, who: Audited, detail: Record<string, string>): void {
    this.awaited.set(seq, { who, detail });
    if (this.awaited.size > MAX_AWAITED) {
      const oldest = this.awaited.keys().next().value;
      if (oldest !== undefined) this.awaited.delete(oldest);
    }
  }

  /** An output of a command this gateway published: a rejection is audited with the engine's code. */
  private outcome(output: WireOutput): void {
    const awaited = this.awaited.get(output.inputSeq);
    if (awaited === undefined) {
      if ("rejected" in output && output.inputId.startsWith("console:")) {
        this.rejections.set(output.inputSeq, output.rejected.code);
        if (this.rejections.size > 1000) {
          const oldest = this.rejections.keys().next().value;
          if (oldest !== undefined) this.rejections.delete(oldest);
        }
      }
      return;
    }
    this.awaited.delete(output.inputSeq);
    if ("rejected" in output)
      this.audit("command", awaited.who, { ...awaited.detail, ok: false, code: output.rejected.code });
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.clock);
    for (const c of this.clients) c.sink.close();
    this.clients.clear();
    this.sub?.unsubscribe();
    await Promise.all([...this.auditing]);
    if (this.ownsConnection) await this.nc.drain().catch(() => undefined);
  }

  private receive(data: Uint8Array): void {
    let output: WireOutput;
    try {
      output = decodeOutput(data);
    } catch (error) {
      this.opts.log?.(
        `console ${this.s.agency}: skipped an output that does not decode: ${(error as Error).message}`,
      );
      return;
    }
    // A core subscription hears every publish, also one JetStream drops as a repeat (a replica
    // taking over republishes what the deposed leader may not have stored): pages get each once.
    const key = `${output.inputSeq}:${"event" in output ? output.index : "r"}`;
    if (this.heard.has(key)) return;
    this.heard.add(key);
    if (this.heard.size > MAX_HEARD)
      for (const old of this.heard) if (this.heard.delete(old) && this.heard.size <= MAX_HEARD / 2) break;
    this.outcome(output);
    for (const f of this.outputListeners) f(output);
    const at = "event" in output ? output.event.at : output.rejected.at;
    this.engineNow = Math.max(this.engineNow, at);
    this.batch.push(output);
    if (!this.flushing) {
      this.flushing = true;
      setImmediate(() => this.flush());
    }
  }

  /** Hands the outputs received so far to every page: held for those awaiting a snapshot, sent to the rest. */
  private flush(): void {
    this.flushing = false;
    const batch = this.batch;
    if (batch.length === 0) return;
    this.batch = [];
    for (const client of this.clients) {
      if (client.buffer !== null) {
        client.buffer.push(...batch);
        if (client.buffer.length > MAX_BUFFER) void this.sync(client, "too many outputs during the snapshot");
        continue;
      }
      const fresh = batch.filter((o) => o.inputSeq > client.after);
      if (fresh.length > 0) client.sink.send("outputs", fresh);
    }
  }

  /** Gives a page the current state, then the outputs held meanwhile that come after it. */
  private async sync(client: Client, reason: string): Promise<void> {
    const generation = ++client.generation;
    client.buffer = [];
    for (;;) {
      if (client.closed || this.closed || generation !== client.generation) return;
      const state = await this.consistentState().catch((error: unknown) => (error as Error).message);
      if (client.closed || this.closed || generation !== client.generation) return;
      if (typeof state !== "string") {
        this.flush();
        client.sink.send("snapshot", { state, reason });
        const held = client.buffer.filter((o) => o.inputSeq > state.lastInputSeq);
        client.buffer = null;
        client.after = state.lastInputSeq;
        if (held.length > 0) client.sink.send("outputs", held);
        return;
      }
      client.sink.send("problem", { message: state });
      await new Promise((r) => setTimeout(r, RETRY_MS));
    }
  }

  /**
   * The engine's state, once the engine has caught up with its log: an engine replaying at
   * start-up answers with a state older than outputs already published, which would never
   * come again. Outputs are published only after their input is applied, so a live engine's
   * state always includes the input of the last stored output.
   */
  private async consistentState(): Promise<StateReply> {
    const published = await this.lastPublishedInputSeq();
    let reply: unknown;
    try {
      reply = await this.wholeState();
    } catch (error) {
      throw new Error(
        `the engine of agency "${this.s.agency}" does not answer ${this.s.queryPrefix}state (${(error as Error).message}); retrying`,
      );
    }
    const state = reply as Partial<StateReply> & { catchingUp?: boolean; backlogSeq?: number };
    if (typeof state.lastInputSeq !== "number" || !Array.isArray(state.units))
      throw new Error(`the engine's state reply has no lastInputSeq: is the engine older than the console?`);
    if (state.catchingUp === true)
      throw new Error(
        `the engine is replaying its log at start-up (input ${state.lastInputSeq} of ${state.backlogSeq ?? "?"}); waiting`,
      );
    if (state.lastInputSeq < published)
      throw new Error(
        `the engine is catching up with its log (input ${state.lastInputSeq} of at least ${published}); waiting`,
      );
    this.engineNow = Math.max(this.engineNow, state.now ?? 0);
    return { ...(state as StateReply), incoming: await this.pendingIncoming() };
  }

  /**
   * The whole `state` reply: the engine pages a state larger than NATS's max_payload, every page
   * from one snapshot; the pages' lists are joined in order. A snapshot dropped by the engine
   * meanwhile (CURSOR_EXPIRED) means asking again from the first page.
   */
  private async wholeState(): Promise<unknown> {
    for (let attempt = 1; ; attempt++) {
      const first = (await this.query("state")) as StatePage;
      if (first.error !== undefined) throw new Error(`${first.error.code}: ${first.error.message}`);
      const whole = {
        ...first,
        pending: [...first.pending],
        incidents: [...first.incidents],
        units: [...first.units],
      };
      let next = first.next;
      while (next !== null && next !== undefined) {
        const page = (await this.query("state", { cursor: next })) as StatePage;
        if (page.error !== undefined) {
          if (page.error.code === "CURSOR_EXPIRED" && attempt < MAX_STATE_ATTEMPTS) break;
          throw new Error(`${page.error.code}: ${page.error.message}`);
        }
        whole.pending.push(...page.pending);
        whole.incidents.push(...page.incidents);
        whole.units.push(...page.units);
        next = page.next;
      }
      if (next === null || next === undefined) return { ...whole, next: null };
    }
  }

  /**
   * The pending incoming incidents (the `incoming` query), asked after the state: the outputs
   * of the inputs between the two, replayed on the page, set each incoming incident to what
   * it became, so the page converges. An engine without the query gives none.
   */
  private async pendingIncoming(): Promise<NonNullable<StateReply["incoming"]>> {
    const reply = (await this.query("incoming", { status: "pending" })) as {
      incoming?: StateReply["incoming"];
    };
    const list: unknown = reply.incoming;
    return Array.isArray(list) ? (list as NonNullable<StateReply["incoming"]>) : [];
  }

  /** The input of the last output stored in the event stream (0: none, or no stream yet). */
  private async lastPublishedInputSeq(): Promise<number> {
    try {
      const jsm = await jetstreamManager(this.nc, { timeout: QUERY_TIMEOUT_MS });
      const info = await jsm.streams.info(this.s.eventStream);
      if (info.state.last_seq === 0) return 0;
      const last = await jsm.streams.getMessage(this.s.eventStream, { seq: info.state.last_seq });
      return Number(last?.header.get(INPUT_SEQ_HEADER) ?? 0) || 0;
    } catch {
      return 0;
    }
  }

  private async tickClock(): Promise<void> {
    if (this.clients.size === 0) return;
    try {
      const m = (await this.query("metrics")) as { now: number; lastInputSeq: number };
      this.engineNow = Math.max(this.engineNow, m.now);
      this.engineSilent = false;
      for (const c of this.clients)
        if (c.buffer === null) c.sink.send("clock", { now: m.now, lastInputSeq: m.lastInputSeq });
    } catch (error) {
      if (this.engineSilent) return;
      this.engineSilent = true;
      const message = `the engine of agency "${this.s.agency}" does not answer (${(error as Error).message})`;
      for (const c of this.clients) c.sink.send("problem", { message });
    }
  }

  /** After a reconnect, outputs may have been missed: every page starts again from a fresh state. */
  private async watchConnection(): Promise<void> {
    for await (const status of this.nc.status()) {
      if (this.closed) return;
      if (status.type === "disconnect") {
        for (const c of this.clients)
          c.sink.send("problem", { message: "NATS connection lost; reconnecting" });
      } else if (status.type === "reconnect") {
        this.opts.log?.(`console ${this.s.agency}: NATS reconnected; pages resynchronised`);
        await this.nc.flush().catch(() => undefined);
        for (const c of this.clients) void this.sync(c, "NATS reconnected");
        for (const f of this.onReconnect) f();
      }
    }
  }
}

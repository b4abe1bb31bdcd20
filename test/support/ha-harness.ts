/**
 * The HA harness (issue 16): a real 3-node nats-server cluster on loopback, the agency's streams
 * with 3 replicas, and engine replicas as real `cad serve --replica rN` child processes that a test
 * kills (SIGKILL), restarts, pauses (SIGSTOP) and resumes; nats-server nodes killed and restarted;
 * who leads, read from the replicas' heartbeats (`cad.<a>.ha.beat`). The load and the checks are
 * in ha-load.ts and ha-verify.ts. Used by test/fault and bench/failover.ts.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, type WriteStream } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from "@nats-io/jetstream";
import { connect, type NatsConnection, type Subscription } from "@nats-io/transport-node";
import {
  agencySubjects,
  ensureStreams,
  startNatsCluster,
  type Heartbeat,
} from "../../adapters/nats/index.ts";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** A replica's heartbeat (core NATS, JSON, every 250 ms), as the service publishes it. */
export type Beat = Heartbeat;

/** A beat and when this process heard it (Date.now()). */
export interface HeardBeat {
  readonly beat: Beat;
  readonly agency: string;
  readonly heardAt: number;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `probe` every `everyMs` until it gives a value; throws naming `what` after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs: number,
  everyMs = 50,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await sleep(everyMs);
  }
}

/** How long a beat counts as current: four beats missed. */
const FRESH_MS = 1000;

/** Every replica's latest heartbeat, per agency, from `cad.*.ha.beat`. */
export class BeatWatch {
  private readonly latest = new Map<string, Map<string, HeardBeat>>();
  private readonly sub: Subscription;

  constructor(nc: NatsConnection) {
    this.sub = nc.subscribe("cad.*.ha.beat", {
      callback: (error, msg) => {
        if (error !== null) return;
        const agency = msg.subject.split(".")[1] ?? "";
        let beat: Beat;
        try {
          beat = JSON.parse(new TextDecoder().decode(msg.data)) as Beat;
        } catch {
          return;
        }
        const heard = { beat, agency, heardAt: Date.now() };
        let byReplica = this.latest.get(agency);
        if (byReplica === undefined) this.latest.set(agency, (byReplica = new Map<string, HeardBeat>()));
        byReplica.set(beat.replica, heard);
      },
    });
  }

  /** The latest beat of each replica of `agency` heard within `freshMs`. */
  fresh(agency: string, freshMs = FRESH_MS): HeardBeat[] {
    const now = Date.now();
    return [...(this.latest.get(agency)?.values() ?? [])].filter((h) => now - h.heardAt <= freshMs);
  }

  /** The replica's latest beat, however old. */
  of(agency: string, replica: string): HeardBeat | undefined {
    return this.latest.get(agency)?.get(replica);
  }

  /** The leader of `agency` now: the fresh beat saying `leading` with the highest term. */
  leader(agency: string): Beat | undefined {
    let best: Beat | undefined;
    for (const { beat } of this.fresh(agency))
      if (beat.leading && (best === undefined || beat.term > best.term)) best = beat;
    return best;
  }

  /** Waits for a leader whose term is above `aboveTerm` (and, when given, that is not `notReplica`). */
  async leaderAfter(
    agency: string,
    aboveTerm: number,
    timeoutMs: number,
    notReplica?: string,
  ): Promise<Beat> {
    return waitFor(
      `a leader of ${agency} after term ${aboveTerm}`,
      () => {
        const l = this.leader(agency);
        return l !== undefined && l.term > aboveTerm && l.replica !== notReplica ? l : undefined;
      },
      timeoutMs,
    );
  }

  /** Waits until `replicas` all beat caught up with at least `seq` applied. */
  async allCaughtUp(
    agency: string,
    replicas: readonly string[],
    seq: number,
    timeoutMs: number,
  ): Promise<void> {
    await waitFor(
      `replicas ${replicas.join(", ")} of ${agency} caught up to ${seq}`,
      () => {
        const fresh = new Map(this.fresh(agency).map((h) => [h.beat.replica, h.beat]));
        return replicas.every((r) => {
          const b = fresh.get(r);
          return b !== undefined && b.caughtUp && b.appliedSeq >= seq;
        })
          ? true
          : undefined;
      },
      timeoutMs,
    );
  }

  stop(): void {
    this.sub.unsubscribe();
  }
}

export interface ReplicaOptions {
  readonly name: string;
  /** One agency (`--agency`) or several (`--agencies A,B,C`). */
  readonly agencies: readonly string[];
  readonly urls: string;
  readonly dataDir: string;
  /** Where its stdout and stderr go (appended across restarts). */
  readonly logFile: string;
  /** `--clock`: the leader writes a tick every second. Off unless a test needs ticks. */
  readonly clock?: boolean;
  readonly extraArgs?: readonly string[];
  /** Started again 1 s after it exits on its own (as a supervisor would); every such exit is counted either way. */
  readonly restartOnExit?: boolean;
}

/** A replica that ended without the harness asking it to (a FATAL exit, a crash). */
export interface UnexpectedExit {
  readonly replica: string;
  readonly at: number;
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** Every engine child still running, so an interrupted run leaves none behind. */
const children = new Set<ChildProcess>();
let exitHook = false;

/** One engine replica: a `cad serve --replica NAME` child process, started again after a kill with the same data dir. */
export class EngineReplica {
  private child: ChildProcess | undefined;
  private readonly log: WriteStream;
  /** Set while the harness ends it: an exit then is expected. */
  private ending = false;
  private closed = false;
  starts = 0;
  readonly unexpectedExits: UnexpectedExit[] = [];

  constructor(readonly opts: ReplicaOptions) {
    this.log = createWriteStream(opts.logFile, { flags: "a" });
  }

  get name(): string {
    return this.opts.name;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    const c = this.child;
    return c !== undefined && c.exitCode === null && c.signalCode === null;
  }

  /** The command line after `node`. */
  args(): string[] {
    const o = this.opts;
    const agencies =
      o.agencies.length === 1 ? ["--agency", o.agencies[0] ?? ""] : ["--agencies", o.agencies.join(",")];
    return [
      "--import",
      "tsx",
      "adapters/cli/main.ts",
      "serve",
      "--insecure",
      ...agencies,
      "--replica",
      o.name,
      "--nats",
      o.urls,
      "--data-dir",
      o.dataDir,
      ...(o.clock === true ? ["--clock"] : ["--no-clock"]),
      ...(o.extraArgs ?? []),
    ];
  }

  start(): void {
    if (this.running) throw new Error(`replica ${this.name} is running already`);
    const child = spawn(process.execPath, this.args(), { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe"] });
    this.starts++;
    this.log.write(
      `--- harness: start ${this.starts} of ${this.name} (pid ${child.pid ?? "?"}) at ${new Date().toISOString()}\n`,
    );
    child.stdout?.pipe(this.log, { end: false });
    child.stderr?.pipe(this.log, { end: false });
    children.add(child);
    child.once("exit", (code, signal) => {
      children.delete(child);
      if (this.ending || this.closed) return;
      this.unexpectedExits.push({ replica: this.name, at: Date.now(), code, signal });
      this.log.write(
        `--- harness: ${this.name} exited on its own (${code ?? signal}) at ${new Date().toISOString()}\n`,
      );
      if (this.opts.restartOnExit === true)
        setTimeout(() => {
          if (!this.running && !this.closed) this.start();
        }, 1000);
    });
    if (!exitHook) {
      exitHook = true;
      process.once("exit", () => {
        for (const c of children) c.kill("SIGKILL");
      });
    }
    this.child = child;
  }

  /** SIGKILL, as a crash would; resolves once it has exited. */
  async kill(): Promise<void> {
    await this.signal("SIGKILL");
  }

  /** SIGTERM (a clean stop), SIGKILL after `graceMs`. */
  async stop(graceMs = 15_000): Promise<void> {
    const c = this.child;
    if (c === undefined || !this.running) return;
    c.kill("SIGCONT");
    const timer = setTimeout(() => c.kill("SIGKILL"), graceMs);
    await this.signal("SIGTERM");
    clearTimeout(timer);
  }

  /** SIGSTOP: the process stands still, its connections open, as a long GC pause or a frozen VM would. */
  pause(): void {
    this.child?.kill("SIGSTOP");
  }

  resume(): void {
    this.child?.kill("SIGCONT");
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const c = this.child;
    if (c === undefined || !this.running) return;
    const exited = new Promise<void>((resolve) => c.once("exit", () => resolve()));
    this.ending = true;
    c.kill(signal);
    await exited;
    this.ending = false;
    this.log.write(`--- harness: ${this.name} ended by ${signal} at ${new Date().toISOString()}\n`);
  }

  close(): void {
    this.closed = true;
    this.log.end();
  }
}

type Cluster = Awaited<ReturnType<typeof startNatsCluster>>;

/**
 * A 3-node cluster on loopback (startNatsCluster), a client connected to all of it, a heartbeat
 * watch, and the engine replicas a test starts on it. `stop()` ends every process it started.
 */
export class HaCluster {
  readonly replicas = new Map<string, EngineReplica>();

  private constructor(
    readonly cluster: Cluster,
    readonly dir: string,
    readonly nc: NatsConnection,
    readonly js: JetStreamClient,
    readonly jsm: JetStreamManager,
    readonly beats: BeatWatch,
  ) {}

  static async start(opts: { nodes?: number; dir?: string } = {}): Promise<HaCluster> {
    const dir = opts.dir ?? mkdtempSync(join(tmpdir(), "cad-ha-"));
    const cluster = await startNatsCluster({ nodes: opts.nodes ?? 3, dir: join(dir, "nats") });
    const nc = await connect({
      servers: cluster.urls.split(","),
      name: "ha-harness",
      maxReconnectAttempts: -1,
      reconnectTimeWait: 100,
    });
    return new HaCluster(cluster, dir, nc, jetstream(nc), await jetstreamManager(nc), new BeatWatch(nc));
  }

  get urls(): string {
    return this.cluster.urls;
  }

  /** The agency's streams (inputs, events, audit) with `replicas` replicas each. */
  async createStreams(agency: string, replicas = 3): Promise<void> {
    await ensureStreams(this.nc, agencySubjects(agency), { replicas });
  }

  /** Starts (and keeps) an engine replica `name` serving `agencies`. */
  startReplica(
    name: string,
    agencies: readonly string[],
    opts: { clock?: boolean; extraArgs?: readonly string[]; restartOnExit?: boolean } = {},
  ): EngineReplica {
    const dataDir = join(this.dir, "engines", name);
    mkdirSync(dataDir, { recursive: true });
    const replica = new EngineReplica({
      name,
      agencies,
      urls: this.urls,
      dataDir,
      logFile: join(this.dir, `${name}.log`),
      ...opts,
    });
    const before = this.replicas.get(name);
    if (before?.running === true) throw new Error(`replica ${name} is running already`);
    before?.close();
    this.replicas.set(name, replica);
    replica.start();
    return replica;
  }

  /** Every replica's exits on its own, so far. */
  get unexpectedExits(): UnexpectedExit[] {
    return [...this.replicas.values()].flatMap((r) => r.unexpectedExits);
  }

  replica(name: string): EngineReplica {
    const r = this.replicas.get(name);
    if (r === undefined) throw new Error(`no replica ${name}`);
    return r;
  }

  /** Index in `cluster.nodes` of the node that leads `stream` (its RAFT group's leader, from stream info). */
  async streamLeader(stream: string): Promise<number> {
    const info = await this.jsm.streams.info(stream);
    const leader = info.cluster?.leader ?? "";
    const index = this.nodeIndex(leader);
    if (index < 0)
      throw new Error(`stream ${stream} has no leader (cluster: ${JSON.stringify(info.cluster)})`);
    return index;
  }

  /** Index in `cluster.nodes` of the node whose server_name is `serverName` (n1..nN), -1 when none. */
  nodeIndex(serverName: string): number {
    return this.cluster.nodes.findIndex((n) => n.name === serverName);
  }

  /** Waits until each stream has a leader and every replica of it is current (after a node came back). */
  async streamsHealthy(streams: readonly string[], timeoutMs: number): Promise<void> {
    await waitFor(
      `streams ${streams.join(", ")} led with every replica current`,
      async () => {
        for (const name of streams) {
          const info = await this.jsm.streams.info(name).catch(() => undefined);
          const c = info?.cluster;
          if (c?.leader === undefined || c.leader === "") return undefined;
          const replicas = c.replicas ?? [];
          if (replicas.length < (info?.config.num_replicas ?? 1) - 1) return undefined;
          if (replicas.some((r) => r.current !== true || r.offline === true)) return undefined;
        }
        return true;
      },
      timeoutMs,
      250,
    );
  }

  async stop(opts: { keepDir?: boolean } = {}): Promise<void> {
    await Promise.all([...this.replicas.values()].map((r) => r.stop(5000)));
    for (const r of this.replicas.values()) r.close();
    this.beats.stop();
    await this.nc.close().catch(() => undefined);
    await this.cluster.stop();
    if (opts.keepDir !== true) rmSync(this.dir, { recursive: true, force: true });
  }
}

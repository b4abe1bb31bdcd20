import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { jetstreamManager } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";

/** A nats-server with JetStream that this process started, on loopback. */
export interface NatsServerProcess {
  readonly url: string;
  readonly port: number;
  readonly storeDir: string;
  /** Stops it cleanly (SIGTERM) and waits for the exit. */
  stop(): Promise<void>;
  /** Kills it hard (SIGKILL), as a crash would. */
  kill(): Promise<void>;
  /** Starts it again on the same port and store. */
  restart(): Promise<void>;
}

export class NatsServerMissingError extends Error {
  override readonly name = "NatsServerMissingError";
}

export function natsServerAvailable(binary = "nats-server"): boolean {
  return spawnSync(binary, ["--version"], { stdio: "ignore" }).status === 0;
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address !== null
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/** Whether something accepts TCP connections at host:port. */
export async function reachable(host: string, port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/**
 * Starts `nats-server -js` on loopback with its own store (a fresh temp dir unless given).
 * `configFile`: a configuration such as `cad auth init` writes (`-c FILE`, before the other flags).
 * With `tls` (PEM files of the server's certificate and key) every client must speak TLS.
 */
export async function startNatsServer(
  opts: {
    port?: number;
    storeDir?: string;
    binary?: string;
    configFile?: string;
    tls?: { cert: string; key: string };
  } = {},
): Promise<NatsServerProcess> {
  const binary = opts.binary ?? "nats-server";
  if (!natsServerAvailable(binary)) {
    throw new NatsServerMissingError(
      `${binary} not found: install it (Debian: apt-get install nats-server) or put it on PATH`,
    );
  }
  const port = opts.port ?? (await freePort());
  const storeDir = opts.storeDir ?? mkdtempSync(join(tmpdir(), "cad-nats-"));
  let child: ChildProcess | undefined;
  const launch = async () => {
    const config = opts.configFile === undefined ? [] : ["-c", opts.configFile];
    const tls = opts.tls === undefined ? [] : ["--tls", "--tlscert", opts.tls.cert, "--tlskey", opts.tls.key];
    child = spawn(
      binary,
      [...config, "-a", "127.0.0.1", "-p", String(port), "-js", "-sd", storeDir, ...tls],
      {
        stdio: "ignore",
      },
    );
    const started = Date.now();
    while (!(await reachable("127.0.0.1", port))) {
      if (child.exitCode !== null)
        throw new Error(`nats-server exited with ${child.exitCode} (port ${port}, store ${storeDir})`);
      if (Date.now() - started > 15_000) throw new Error(`nats-server did not listen on ${port} within 15 s`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const end = async (signal: NodeJS.Signals) => {
    const c = child;
    if (c === undefined || c.exitCode !== null || c.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => c.once("exit", () => resolve()));
    c.kill(signal);
    await exited;
  };
  await launch();
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    storeDir,
    stop: () => end("SIGTERM"),
    kill: () => end("SIGKILL"),
    restart: async () => {
      await end("SIGTERM");
      await launch();
    },
  };
}

/** A node of a cluster that startNatsCluster started: a NatsServerProcess that can also be frozen. */
export interface NatsClusterNode extends NatsServerProcess {
  /** Its `server_name` (n1, n2, ...). */
  readonly name: string;
  /** Where the other nodes' routes reach it. */
  readonly clusterPort: number;
  /** Its HTTP monitoring port (`/healthz`, `/jsz`). */
  readonly monitorPort: number;
  /** Its nats-server configuration file (the nats-server log is beside it, nats-server.log). */
  readonly configFile: string;
  /** Freezes it (SIGSTOP), as a hung host would: connections stay open and nothing answers. */
  pause(): void;
  /** Lets it run again (SIGCONT). */
  resume(): void;
}

/** A JetStream cluster on loopback that this process started. */
export interface NatsCluster {
  readonly nodes: NatsClusterNode[];
  /** The client URLs of every node, comma-joined (what every `--nats` flag takes). */
  readonly urls: string;
  /** Where each node keeps its configuration, store and log (DIR/n1, DIR/n2, ...). */
  readonly dir: string;
  /** Resolves once JetStream has a meta leader that every running node follows (throws after `timeoutMs`). */
  ready(timeoutMs?: number): Promise<void>;
  /** Stops every node cleanly (SIGTERM, resuming a paused one first). */
  stop(): Promise<void>;
}

export interface NatsClusterOptions {
  /** How many nodes (default 3). */
  nodes?: number;
  /**
   * A configuration each node's file includes: the operator/JWT conf that `cad auth init` writes
   * (DIR/nats-server.conf).
   */
  configFile?: string;
  /** Where the nodes live (DIR/n1, ...; kept: a restart on the same DIR finds its streams). Default: a fresh temp dir. */
  dir?: string;
  /**
   * Fixed ports: node i (0-based) listens for clients on port+i, for routes on port+nodes+i and
   * for monitoring on port+2*nodes+i. Default: free ports.
   */
  port?: number;
  binary?: string;
  /** How long start-up may wait for the meta leader (default 30 s). */
  readyTimeoutMs?: number;
}

/** The cluster name of every cluster startNatsCluster starts. */
export const CLUSTER_NAME = "cad";

/**
 * Starts a JetStream cluster of `nodes` nats-servers on 127.0.0.1: `server_name` n1..nN, cluster
 * `cad`, every node routing to every other, each with its own store. With `configFile`, each
 * node's configuration includes it (nats-server resolves includes relative to the including file,
 * so the include names it by a relative path). Resolves when JetStream has elected a meta leader
 * that every node follows and, without `configFile`, once a stream of min(3, nodes) replicas can
 * really be created (a probe stream, deleted again).
 */
export async function startNatsCluster(opts: NatsClusterOptions = {}): Promise<NatsCluster> {
  const binary = opts.binary ?? "nats-server";
  if (!natsServerAvailable(binary)) {
    throw new NatsServerMissingError(
      `${binary} not found: install it (Debian: apt-get install nats-server) or put it on PATH`,
    );
  }
  const count = opts.nodes ?? 3;
  if (!Number.isInteger(count) || count < 1 || count > 32)
    throw new Error(`a cluster needs 1-32 nodes, got ${count}`);
  const dir = resolve(opts.dir ?? mkdtempSync(join(tmpdir(), "cad-nats-cluster-")));
  // Free ports can be taken by another process between the pick and the start (or picked twice):
  // a node that exits at start is tried again, up to three times, on ports picked afresh.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startCluster(binary, count, dir, await clusterPorts(count, opts.port), opts);
    } catch (error) {
      if (opts.port !== undefined || attempt >= 3 || !/exited with|did not listen/.test(String(error)))
        throw error;
    }
  }
}

/** Each node's client, route and monitoring ports: from `base` on, or free ones, all distinct. */
async function clusterPorts(
  count: number,
  base: number | undefined,
): Promise<{ client: number; cluster: number; monitor: number }[]> {
  if (base !== undefined)
    return Array.from({ length: count }, (_, i) => ({
      client: base + i,
      cluster: base + count + i,
      monitor: base + 2 * count + i,
    }));
  const taken = new Set<number>();
  const pick = async () => {
    for (;;) {
      const port = await freePort();
      if (!taken.has(port)) return (taken.add(port), port);
    }
  };
  const ports: { client: number; cluster: number; monitor: number }[] = [];
  for (let i = 0; i < count; i++)
    ports.push({ client: await pick(), cluster: await pick(), monitor: await pick() });
  return ports;
}

async function startCluster(
  binary: string,
  count: number,
  dir: string,
  ports: { client: number; cluster: number; monitor: number }[],
  opts: NatsClusterOptions,
): Promise<NatsCluster> {
  const routes = ports.map((p) => `nats-route://127.0.0.1:${p.cluster}`);
  const nodes = ports.map((p, i) => {
    const name = `n${i + 1}`;
    const nodeDir = join(dir, name);
    const storeDir = join(nodeDir, "store");
    mkdirSync(storeDir, { recursive: true });
    const configFile = join(nodeDir, "nats-server.conf");
    writeFileSync(
      configFile,
      nodeConfig({ name, ports: p, storeDir, routes, nodeDir, include: opts.configFile }),
    );
    return clusterNode(binary, name, p, storeDir, configFile);
  });
  const cluster: NatsCluster = {
    nodes,
    urls: nodes.map((n) => n.url).join(","),
    dir,
    ready: (timeoutMs = 30_000) => metaLeader(nodes, timeoutMs),
    stop: async () => {
      await Promise.all(nodes.map((n) => n.stop()));
    },
  };
  try {
    await Promise.all(nodes.map((n) => n.restart()));
    const deadline = Date.now() + (opts.readyTimeoutMs ?? 30_000);
    await cluster.ready(deadline - Date.now());
    if (opts.configFile === undefined) await probeStream(cluster.urls, Math.min(3, count), deadline);
  } catch (error) {
    await Promise.all(nodes.map((n) => n.kill()));
    throw error;
  }
  return cluster;
}

/** The nats-server configuration of one node (nats conf syntax; strings as JSON strings). */
function nodeConfig(c: {
  name: string;
  ports: { client: number; cluster: number; monitor: number };
  storeDir: string;
  routes: string[];
  nodeDir: string;
  include: string | undefined;
}): string {
  const q = (text: string) => JSON.stringify(text);
  const lines = [
    "# Written by startNatsCluster (cad dev cluster): one node of a loopback JetStream cluster.",
    `server_name: ${c.name}`,
    `listen: "127.0.0.1:${c.ports.client}"`,
    `http: "127.0.0.1:${c.ports.monitor}"`,
    `log_file: ${q(join(c.nodeDir, "nats-server.log"))}`,
    `jetstream { store_dir: ${q(c.storeDir)} }`,
    "cluster {",
    `  name: ${CLUSTER_NAME}`,
    `  listen: "127.0.0.1:${c.ports.cluster}"`,
    `  routes: [${c.routes.map(q).join(", ")}]`,
    "}",
  ];
  // nats-server joins an include's path to the including file's directory, absolute or not.
  if (c.include !== undefined) lines.push(`include ${q(relative(c.nodeDir, resolve(c.include)))}`);
  return `${lines.join("\n")}\n`;
}

function clusterNode(
  binary: string,
  name: string,
  ports: { client: number; cluster: number; monitor: number },
  storeDir: string,
  configFile: string,
): NatsClusterNode {
  let child: ChildProcess | undefined;
  let paused = false;
  const alive = (c: ChildProcess | undefined): c is ChildProcess =>
    c !== undefined && c.exitCode === null && c.signalCode === null;
  const launch = async () => {
    const c = spawn(binary, ["-c", configFile], { stdio: "ignore" });
    child = c;
    paused = false;
    const started = Date.now();
    while (!(await reachable("127.0.0.1", ports.client))) {
      if (c.exitCode !== null)
        throw new Error(
          `nats-server ${name} exited with ${c.exitCode} (see ${join(dirname(configFile), "nats-server.log")})`,
        );
      if (Date.now() - started > 15_000)
        throw new Error(`nats-server ${name} did not listen on ${ports.client} within 15 s`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const end = async (signal: NodeJS.Signals) => {
    const c = child;
    if (!alive(c)) return;
    const exited = new Promise<void>((resolve) => c.once("exit", () => resolve()));
    c.kill(signal);
    // A stopped process handles SIGTERM only once it runs again.
    if (paused) c.kill("SIGCONT");
    paused = false;
    await exited;
  };
  const signal = (s: NodeJS.Signals) => {
    if (!alive(child)) throw new Error(`nats-server ${name} is not running`);
    child.kill(s);
    paused = s === "SIGSTOP";
  };
  return {
    name,
    url: `nats://127.0.0.1:${ports.client}`,
    port: ports.client,
    clusterPort: ports.cluster,
    monitorPort: ports.monitor,
    storeDir,
    configFile,
    stop: () => end("SIGTERM"),
    kill: () => end("SIGKILL"),
    restart: async () => {
      await end("SIGTERM");
      await launch();
    },
    pause: () => signal("SIGSTOP"),
    resume: () => signal("SIGCONT"),
  };
}

/** GET http://127.0.0.1:port/path as JSON, or undefined when the node does not answer within 1 s. */
async function monitor(port: number, path: string): Promise<unknown> {
  return new Promise((resolve) => {
    const req = get({ host: "127.0.0.1", port, path, timeout: 1000 }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => {
        try {
          resolve(JSON.parse(body));
        } catch {
          resolve(undefined);
        }
      });
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(undefined));
  });
}

interface Jsz {
  meta_cluster?: { leader?: string; cluster_size?: number; replicas?: { name: string; current: boolean }[] };
}

/**
 * Waits until every running node names the same meta leader, and the leader counts the whole
 * cluster with every other running node current.
 */
async function metaLeader(nodes: readonly NatsClusterNode[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen = "no answer yet";
  for (;;) {
    const views = await Promise.all(
      nodes.map(async (n) => (await monitor(n.monitorPort, "/jsz")) as Jsz | undefined),
    );
    const answering = views.filter((v): v is Jsz => v !== undefined);
    const leaders = new Set(answering.map((v) => v.meta_cluster?.leader ?? ""));
    const [leader] = leaders;
    const lead = nodes.findIndex((n) => n.name === leader);
    const view = lead >= 0 ? views[lead] : undefined;
    if (
      answering.length > 0 &&
      leaders.size === 1 &&
      leader !== undefined &&
      leader !== "" &&
      view !== undefined
    ) {
      const meta = view.meta_cluster ?? {};
      const current = (meta.replicas ?? []).filter((r) => r.current).length + 1;
      if ((meta.cluster_size ?? 0) >= nodes.length && current >= answering.length) return;
      seen = `leader ${leader}, cluster size ${meta.cluster_size ?? 0}, ${current} current`;
    } else seen = `leaders seen: ${[...leaders].map((l) => l || "none").join(", ") || "no answer"}`;
    if (Date.now() > deadline)
      throw new Error(
        `the JetStream cluster has no meta leader that all nodes follow within ${timeoutMs} ms (${seen})`,
      );
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Creates and deletes a stream of `replicas` replicas until it works (JetStream may still lack peers' reports). */
async function probeStream(urls: string, replicas: number, deadline: number): Promise<void> {
  const nc = await connect({ servers: urls.split(","), maxReconnectAttempts: -1, reconnectTimeWait: 100 });
  try {
    const jsm = await jetstreamManager(nc);
    const name = `cad_cluster_probe_${process.pid}`;
    for (;;) {
      try {
        await jsm.streams.add({
          name,
          subjects: [`cad-cluster-probe.${process.pid}`],
          num_replicas: replicas,
        });
        await jsm.streams.delete(name);
        return;
      } catch (error) {
        if (Date.now() > deadline)
          throw new Error(
            `the cluster cannot create a stream of ${replicas} replicas: ${(error as Error).message}`,
            {
              cause: error,
            },
          );
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  } finally {
    await nc.close();
  }
}

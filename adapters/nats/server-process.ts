import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

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

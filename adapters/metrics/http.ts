import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Registry } from "./registry.ts";

/** A probe's answer: ok, and why not (or what it checked) for the operator reading it. */
export interface Probe {
  readonly ok: boolean;
  readonly detail: string;
}

export interface MetricsServerOptions {
  readonly host: string;
  readonly port: number;
  readonly registry: Registry;
  /** `/healthz`: the process is alive and connected (200), or not (503). */
  readonly health: () => Probe;
  /** `/readyz`: the process does its job now (200), or not yet (503). */
  readonly ready: () => Probe;
}

export interface MetricsServer {
  /** The port it listens on (the one asked for, or the one given for port 0). */
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

/** Thrown when the port cannot be listened on (taken, not allowed): the command stops with this message. */
export class MetricsServerError extends Error {
  readonly code = "METRICS_PORT_UNAVAILABLE";
}

/**
 * Serves `/metrics` (Prometheus text), `/healthz` and `/readyz` (200 or 503 with a one-line
 * reason) on plain HTTP: it carries no personal data and accepts GET and HEAD only.
 */
export async function startMetricsServer(opts: MetricsServerOptions): Promise<MetricsServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://metrics").pathname;
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain" }).end("GET or HEAD only\n");
      return;
    }
    if (path === "/metrics") {
      let body: string;
      try {
        body = opts.registry.render();
      } catch (error) {
        res
          .writeHead(500, { "content-type": "text/plain" })
          .end(`metrics failed: ${(error as Error).message}\n`);
        return;
      }
      res.writeHead(200, { "content-type": "text/plain; version=0.0.4; charset=utf-8" }).end(body);
      return;
    }
    const probe = path === "/healthz" ? opts.health : path === "/readyz" ? opts.ready : undefined;
    if (probe === undefined) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found: /metrics, /healthz, /readyz\n");
      return;
    }
    const { ok, detail } = probe();
    res
      .writeHead(ok ? 200 : 503, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" })
      .end(`${ok ? "ok" : "not ok"}: ${detail}\n`);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new MetricsServerError(
          `--metrics-port ${opts.port}: cannot listen on ${opts.host}:${opts.port} (${error.code ?? error.message})`,
          { cause: error },
        ),
      ),
    );
    server.listen(opts.port, opts.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = opts.host.includes(":") ? `[${opts.host}]` : opts.host;
  return {
    port,
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

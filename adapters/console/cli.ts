import type { NatsAuth } from "../nats/index.ts";
import { ConsoleStartError } from "./http.ts";
import { startConsole, type ConsoleServer } from "./server.ts";
import { lineLog } from "../log/index.ts";
import { consoleMetrics, packageVersion, startMetricsServer, type MetricsServer } from "../metrics/index.ts";

export interface ConsoleCliOptions {
  readonly agency: string;
  readonly servers: string;
  readonly configPath: string | undefined;
  readonly host: string;
  /** Undefined: 8080, or any free port when 8080 is taken. */
  readonly port: string | undefined;
  /** The console role's creds and the TLS CA; empty only with --insecure. */
  readonly auth: NatsAuth;
  /** `--tls-cert`, `--tls-key`: both or neither. */
  readonly tlsCert?: string | undefined;
  readonly tlsKey?: string | undefined;
  /** `--public-name`, repeatable. */
  readonly publicNames?: readonly string[] | undefined;
  /** The users file (`--users`). */
  readonly users: string;
  readonly idleMinutes: number;
  /** `--metrics-port`, `--metrics-host`: /metrics, /healthz, /readyz; none when undefined. */
  readonly metrics?: { readonly host: string; readonly port: number } | undefined;
}

/** `cad console`: serves the dispatch console until SIGTERM or SIGINT. */
export async function runConsole(opts: ConsoleCliOptions): Promise<number> {
  const port = opts.port === undefined ? 8080 : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`--port must be a whole number 0-65535, got "${opts.port ?? ""}"`);
  if ((opts.tlsCert === undefined) !== (opts.tlsKey === undefined)) {
    process.stderr.write("cad console: give both --tls-cert FILE and --tls-key FILE, or neither\n");
    return 2;
  }
  const log = lineLog("console");
  let server: ConsoleServer;
  try {
    server = await startConsole({
      agency: opts.agency,
      servers: opts.servers,
      auth: opts.auth,
      ...(opts.configPath !== undefined && { configPath: opts.configPath }),
      host: opts.host,
      port,
      portFallback: opts.port === undefined,
      ...(opts.tlsCert !== undefined &&
        opts.tlsKey !== undefined && { tls: { certFile: opts.tlsCert, keyFile: opts.tlsKey } }),
      publicNames: opts.publicNames ?? [],
      log,
      users: opts.users,
      idleMs: opts.idleMinutes * 60_000,
    });
  } catch (error) {
    // Refused before it started (plain http off loopback, TLS files, names): one line says why.
    if (!(error instanceof ConsoleStartError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  log(
    `cad console for agency "${opts.agency}" on NATS ${opts.servers}: open ${server.url} (events cad.${opts.agency}.evt.>, state by cad.${opts.agency}.q.state)`,
  );
  let endpoint: MetricsServer | undefined;
  if (opts.metrics !== undefined) {
    const measured = consoleMetrics(opts.agency, packageVersion(), server);
    try {
      endpoint = await startMetricsServer({ ...opts.metrics, ...measured });
    } catch (error) {
      await server.close();
      throw error;
    }
    log(
      `cad console ${opts.agency}: metrics on ${endpoint.url}/metrics (health /healthz, readiness /readyz)`,
    );
  }
  const signalled = new Promise<undefined>((resolve) => {
    process.once("SIGTERM", () => resolve(undefined));
    process.once("SIGINT", () => resolve(undefined));
  });
  const refused = server.gateway.credentialsRefused.then((r) => r ?? new Promise<never>(() => undefined));
  const fatal = await Promise.race([signalled, refused]);
  await endpoint?.close();
  await server.close();
  if (fatal !== undefined) {
    // Expired or revoked credentials: pages could never update again, so the console stops (exit 3,
    // as the engine's FATAL lines do) and a supervisor restarts it with new ones.
    log(
      `cad console ${opts.agency}: FATAL CREDENTIALS_REFUSED: NATS closed the connection: ${fatal.message}`,
    );
    return 3;
  }
  log("cad console: stopped");
  return 0;
}

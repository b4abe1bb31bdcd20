import type { NatsAuth } from "../nats/index.ts";
import { waitForNats } from "../cli/connect-wait.ts";
import { CONNECT_TIMEOUT_FLAG, NATS_AUTH_FLAGS, NATS_URL_FLAG, natsAuthOf } from "../cli/nats-flags.ts";
import { describeStop, exitAfter, STOP_BUDGET_MS, stopRequested } from "../cli/signals.ts";
import { checks, command, UsageError } from "../cli/spec.ts";
import { ConsoleStartError } from "./http.ts";
import { startConsole, type ConsoleServer } from "./server.ts";
import { configureLoggingFrom, LOG_OPTIONS, METRICS_OPTIONS, metricsOf } from "../cli/ops-flags.ts";
import { lineLog } from "../log/index.ts";
import { consoleMetrics, packageVersion, startMetricsServer, type MetricsServer } from "../metrics/index.ts";

const logLine = lineLog("console");

/** `cad console`: its spec (options, usage) and how it runs. */
export const consoleCommand = command(
  {
    path: "console",
    synopsis: "(--creds FILE | --insecure) [options]",
    summary: "serves the web dispatch console for an agency",
    description: `Serves the web dispatch console for agency A on http://H:P/: the map, pending queue, unit board
and incident detail, live from cad.A.evt.>, with commands (dispatch, unit status, clear, close,
notes) published to cad.A.in.>. See docs/console.md. With --tls-cert and --tls-key it serves
https; a --host other than loopback needs them. It answers only requests for its own address
(H:P, and localhost for 127.0.0.1) or a --public-name: a console reached by a DNS name lists that
name. Operators log in as users of --users FILE (see cad auth user); a session ends after
--idle-minutes without a request. Stops on SIGTERM, SIGINT or SIGHUP.`,
    options: {
      agency: { type: "string", default: "demo", arg: "A", help: "the agency" },
      ...NATS_URL_FLAG,
      config: {
        type: "string",
        arg: "FILE",
        help: "the engine configuration (YAML)",
        shownDefault: "config/default.yaml",
      },
      host: { type: "string", default: "127.0.0.1", arg: "H", help: "the address to listen on" },
      port: {
        type: "string",
        arg: "P",
        help: "the port to listen on",
        shownDefault: "8080, or a free port when 8080 is taken",
        check: checks.port,
      },
      ...NATS_AUTH_FLAGS,
      "tls-cert": { type: "string", arg: "FILE", help: "serve https with this certificate (PEM)" },
      "tls-key": { type: "string", arg: "FILE", help: "and this key (PEM)" },
      "public-name": {
        type: "string",
        multiple: true,
        arg: "NAME[:PORT]",
        help: "a name the console is reached by",
      },
      users: {
        type: "string",
        default: "console-users.json",
        arg: "FILE",
        help: "the operators' users file",
      },
      "idle-minutes": {
        type: "string",
        default: "30",
        arg: "M",
        help: "a session ends after this long without a request",
        check: checks.positive,
      },
      ...CONNECT_TIMEOUT_FLAG,
      ...LOG_OPTIONS,
      ...METRICS_OPTIONS,
    },
  },
  (values) => {
    configureLoggingFrom(values);
    if ((values["tls-cert"] === undefined) !== (values["tls-key"] === undefined))
      throw new UsageError("console", "give both --tls-cert FILE and --tls-key FILE, or neither");
    return runConsole({
      auth: natsAuthOf(values, "cad console", logLine),
      agency: values.agency,
      servers: values.nats,
      configPath: values.config,
      host: values.host,
      port: values.port,
      tlsCert: values["tls-cert"],
      tlsKey: values["tls-key"],
      publicNames: values["public-name"],
      users: values.users,
      idleMinutes: Number(values["idle-minutes"]),
      connectTimeoutSeconds: Number(values["connect-timeout"]),
      metrics: metricsOf(values),
    });
  },
);

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
  /** `--connect-timeout`: seconds to wait for NATS at start (0: for ever); none: no wait. */
  readonly connectTimeoutSeconds?: number;
}

/** `cad console`: serves the dispatch console until SIGTERM, SIGINT or SIGHUP. */
export async function runConsole(opts: ConsoleCliOptions): Promise<number> {
  const port = opts.port === undefined ? 8080 : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new UsageError("console", `--port must be a whole number 0-65535, got "${opts.port ?? ""}"`);
  if ((opts.tlsCert === undefined) !== (opts.tlsKey === undefined))
    throw new UsageError("console", "give both --tls-cert FILE and --tls-key FILE, or neither");
  const log = logLine;
  const signalled = stopRequested();
  if (opts.connectTimeoutSeconds !== undefined) {
    const waited = await waitForNats({
      command: "console",
      servers: opts.servers,
      auth: opts.auth,
      timeoutSeconds: opts.connectTimeoutSeconds,
      log,
      stop: signalled,
    });
    if (waited === "stopped") {
      log(`cad console: stopped during start-up (${describeStop(await signalled)})`);
      return 0;
    }
  }
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
  const refused = server.gateway.credentialsRefused.then((r) => r ?? new Promise<never>(() => undefined));
  const why = await Promise.race([signalled.then((reason) => ({ reason })), refused]);
  exitAfter(STOP_BUDGET_MS, "reason" in why ? 0 : 3, log, "cad console");
  await endpoint?.close();
  await server.close();
  if (!("reason" in why)) {
    // Expired or revoked credentials: pages could never update again, so the console stops (exit 3,
    // as the engine's FATAL lines do) and a supervisor restarts it with new ones.
    log(`cad console ${opts.agency}: FATAL CREDENTIALS_REFUSED: NATS closed the connection: ${why.message}`);
    return 3;
  }
  log(`cad console: stopped (${describeStop(why.reason)})`);
  return 0;
}

import type { NatsAuth } from "../nats/index.ts";
import { startConsole } from "./server.ts";

export interface ConsoleCliOptions {
  readonly agency: string;
  readonly servers: string;
  readonly configPath: string | undefined;
  readonly host: string;
  /** Undefined: 8080, or any free port when 8080 is taken. */
  readonly port: string | undefined;
  /** The console role's creds and the TLS CA; empty only with --insecure. */
  readonly auth: NatsAuth;
}

/** `cad console`: serves the dispatch console until SIGTERM or SIGINT. */
export async function runConsole(opts: ConsoleCliOptions): Promise<number> {
  const port = opts.port === undefined ? 8080 : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`--port must be a whole number 0-65535, got "${opts.port ?? ""}"`);
  const log = (line: string) => process.stdout.write(`${new Date().toISOString()} ${line}\n`);
  const server = await startConsole({
    agency: opts.agency,
    servers: opts.servers,
    auth: opts.auth,
    ...(opts.configPath !== undefined && { configPath: opts.configPath }),
    host: opts.host,
    port,
    portFallback: opts.port === undefined,
    log,
  });
  log(
    `cad console for agency "${opts.agency}" on NATS ${opts.servers}: open ${server.url} (events cad.${opts.agency}.evt.>, state by cad.${opts.agency}.q.state)`,
  );
  await new Promise<void>((resolve) => {
    process.once("SIGTERM", resolve);
    process.once("SIGINT", resolve);
  });
  await server.close();
  log("cad console: stopped");
  return 0;
}

import type { NatsAuth } from "../nats/index.ts";
import { checks, UsageError, type Options } from "./spec.ts";

/**
 * The flags of every `cad` command that connects to NATS (option specs): `--creds FILE` (the
 * role's creds, written by `cad auth init`), `--tls-ca FILE` (the CA of the server's certificate),
 * and `--insecure` (no credentials: a development server without authentication).
 */
export const NATS_AUTH_FLAGS = {
  creds: { type: "string", arg: "FILE", help: "the role's NATS creds file (written by cad auth init)" },
  "tls-ca": { type: "string", arg: "FILE", help: "the CA that signed the NATS server's TLS certificate" },
  insecure: {
    type: "boolean",
    default: false,
    help: "no credentials: a NATS server without authentication (warns at every start)",
  },
} as const satisfies Options;

/** `--nats URL[,URL...]`, default the local server. */
export const NATS_URL_FLAG = {
  nats: {
    type: "string",
    default: "nats://127.0.0.1:4222",
    arg: "URL[,URL...]",
    help: "the NATS servers (a cluster's, comma-separated)",
  },
} as const satisfies Options;

/** `--connect-timeout SECONDS`: how long a command waits for NATS to answer at its start. */
export const CONNECT_TIMEOUT_FLAG = {
  "connect-timeout": {
    type: "string",
    default: "30",
    arg: "SECONDS",
    help: "wait this long for NATS to answer at start, retrying with a line per attempt; 0: for ever",
    check: checks.nonNegative,
  },
} as const satisfies Options;

/** Said on every start without credentials: the operator sees it each time, not once. */
export const INSECURE_WARNING =
  "WARNING: --insecure: no credentials; anyone who can reach NATS can command and read this agency";

export interface NatsAuthFlags {
  readonly creds?: string | undefined;
  readonly "tls-ca"?: string | undefined;
  readonly insecure?: boolean | undefined;
}

/**
 * The NatsAuth of a command's flags. A command that serves or reads an agency runs without
 * credentials only when told so (`--insecure`, which warns on every start): forgetting `--creds`
 * must not silently leave a 911 centre's log open to anyone on the network (a UsageError says
 * so). `warn`: where the warning goes (a long-running command's log; by default stderr, apart
 * from a command's output).
 */
export function natsAuthOf(
  flags: NatsAuthFlags,
  command: string,
  warn: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): NatsAuth {
  const tls = flags["tls-ca"] === undefined ? {} : { tlsCaFile: flags["tls-ca"] };
  const words = command.replace(/^cad /, "");
  if (flags.creds !== undefined && flags.insecure === true)
    throw new UsageError(words, "give --creds FILE or --insecure, not both");
  if (flags.creds !== undefined) return { credsFile: flags.creds, ...tls };
  if (flags.insecure !== true)
    throw new UsageError(
      words,
      "no --creds FILE (the role's creds file, written by cad auth init); to run without credentials give --insecure",
    );
  warn(INSECURE_WARNING);
  return tls;
}

/** The NatsAuth of a command that may connect without credentials and says nothing (cad streams create). */
export function optionalNatsAuthOf(flags: NatsAuthFlags): NatsAuth {
  return {
    ...(flags.creds !== undefined && { credsFile: flags.creds }),
    ...(flags["tls-ca"] !== undefined && { tlsCaFile: flags["tls-ca"] }),
  };
}

import { readFileSync } from "node:fs";
import { inboxPrefixOf } from "../auth/nats-auth.ts";
import { DeliverPolicy, type ConsumerMessages, type JetStreamClient } from "@nats-io/jetstream";
import {
  AuthorizationError,
  connect,
  createInbox,
  credsAuthenticator,
  UserAuthenticationExpiredError,
  type MsgHdrs,
  type NatsConnection,
  type NodeConnectionOptions,
} from "@nats-io/transport-node";

/**
 * How every long-running process here talks to NATS: the engine service, its standby and the
 * benchmark's pass-through connect, consume the input log and publish in the same way.
 */

/** How many messages an input-log consumer pulls at a time (consume max_messages). */
export const PULL_MESSAGES = 1024;

/**
 * How a process proves who it is to NATS (`--creds FILE`, a creds file `cad auth init` wrote for
 * its role) and which CA it trusts for the server's TLS certificate (`--tls-ca FILE`). Neither:
 * a plain connection, for a server without authentication (`--insecure`).
 */
export interface NatsAuth {
  readonly credsFile?: string;
  readonly tlsCaFile?: string;
}

/** Why a connection could not be made with the credentials given. */
export type CredentialsProblem = "UNREADABLE" | "INVALID" | "REFUSED" | "MISSING" | "TLS";

/**
 * The credentials or the CA file cannot be used, or the server refused them: one line naming the
 * file and its flag, which the CLI prints as is (no stack: there is nothing to debug but the file).
 */
export class CredentialsError extends Error {
  override readonly name = "CredentialsError";

  constructor(
    readonly problem: CredentialsProblem,
    message: string,
    opts?: ErrorOptions,
  ) {
    super(message, opts);
  }
}

export function isCredentialsError(error: unknown): error is CredentialsError {
  return error instanceof CredentialsError;
}

/**
 * Connects to `servers` for good: reconnects forever, every 250 ms. With `auth`, authenticates
 * with the creds file (and its role's own inbox prefix: replies to it travel on subjects only
 * that role may read) and trusts the CA file for TLS. A server that refuses the credentials at
 * the first connection fails it with a CredentialsError, never a reconnect loop; nats.js itself
 * closes the connection when a reconnect is refused twice in a row for authentication.
 */
export async function connectNats(
  servers: string,
  name: string,
  auth: NatsAuth = {},
): Promise<NatsConnection> {
  const opts: NodeConnectionOptions = {
    servers: serverList(servers),
    name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
    // A server that stops answering (frozen, cut off) is left for another of the list within
    // about 6 s, not after nats.js's default 2 min ping interval.
    pingInterval: 2000,
    maxPingOut: 3,
    // No async stack traces: the client would otherwise build two Error objects per publish
    // (about a quarter of the service's CPU under load, measured with bench/e2e --profile).
    noAsyncTraces: true,
  };
  if (auth.credsFile !== undefined) {
    const creds = readCreds(auth.credsFile);
    opts.authenticator = credsAuthenticator(creds.bytes);
    if (creds.inboxPrefix !== undefined) opts.inboxPrefix = creds.inboxPrefix;
  }
  if (auth.tlsCaFile !== undefined) {
    readable(auth.tlsCaFile, "--tls-ca");
    opts.tls = { caFile: auth.tlsCaFile };
  }
  try {
    const nc = await connect(opts);
    if (opts.inboxPrefix !== undefined) inboxPrefixes.set(nc, opts.inboxPrefix);
    return nc;
  } catch (error) {
    throw credentialsProblemOf(error, servers, auth) ?? error;
  }
}

/**
 * The servers of a `--nats URL[,URL...]` flag: split on commas, each trimmed, empty ones dropped.
 * nats.js takes a string as one URL, so a comma list must reach it as an array; it then connects
 * to one of them and, when that server goes, reconnects to another (and learns the rest of the
 * cluster from the servers' INFO).
 */
export function serverList(servers: string): string[] {
  const list = servers
    .split(",")
    .map((url) => url.trim())
    .filter((url) => url !== "");
  if (list.length === 0) throw new RangeError(`no NATS server URL in "${servers}"`);
  return list;
}

/**
 * Resolves when `nc` has closed: with the refusal (one line naming the creds file) when it closed
 * because the server refused the credentials (they expired or were revoked), else undefined.
 * nats.js gives up reconnecting once the server refuses them twice in a row, but may close with
 * the last dial's error: the refusal is then the one the server sent before.
 */
export async function closedByRefusal(
  nc: NatsConnection,
  servers: string,
  auth: NatsAuth = {},
): Promise<CredentialsError | undefined> {
  let refused: CredentialsError | undefined;
  void (async () => {
    for await (const status of nc.status())
      if (status.type === "error") refused = credentialsProblemOf(status.error, servers, auth) ?? refused;
  })();
  const error = await nc.closed();
  if (!(error instanceof Error)) return undefined;
  return credentialsProblemOf(error, servers, auth) ?? refused;
}

/** The inbox prefix of each connection connectNats made with one (the client keeps it to itself). */
const inboxPrefixes = new WeakMap<NatsConnection, string>();

/**
 * A new inbox subject on `nc` for a subscription of our own (a push consumer's deliver subject):
 * under the connection's inbox prefix, the only inboxes its credentials may subscribe to.
 */
export function inboxOf(nc: NatsConnection): string {
  return createInbox(inboxPrefixes.get(nc));
}

/** The contents of `file`, or a CredentialsError naming it and its flag. */
function readable(file: string, flag: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CredentialsError("UNREADABLE", `${flag} FILE: cannot read ${file} (${code})`, { cause: error });
  }
}

const JWT_BLOCK = /-{3,}BEGIN NATS USER JWT-{3,}\s*\n\s*\S+\s*\n\s*-{3,}END NATS USER JWT-{3,}/;
const SEED_BLOCK = /-{3,}BEGIN USER NKEY SEED-{3,}\s*\n\s*SU\S+\s*\n\s*-{3,}END USER NKEY SEED-{3,}/;

/** A creds file's bytes and the inbox prefix its user may read replies on. */
function readCreds(file: string): { bytes: Uint8Array; inboxPrefix: string | undefined } {
  const bytes = readable(file, "--creds");
  const text = bytes.toString("utf8");
  if (!JWT_BLOCK.test(text) || !SEED_BLOCK.test(text))
    throw new CredentialsError(
      "INVALID",
      `--creds FILE: ${file} is not a NATS creds file (a user JWT and its seed, as cad auth init writes)`,
    );
  return { bytes: new Uint8Array(bytes), inboxPrefix: inboxPrefixOf(text) };
}

/**
 * The server refused the credentials (or sent none were given), or the TLS handshake failed: one
 * clear line naming the file and its flag, or undefined for any other error.
 */
export function credentialsProblemOf(
  error: unknown,
  servers: string,
  auth: NatsAuth,
): CredentialsError | undefined {
  const reason = (error as Error).message;
  if (error instanceof UserAuthenticationExpiredError || error instanceof AuthorizationError)
    return new CredentialsError(
      auth.credsFile === undefined ? "MISSING" : "REFUSED",
      auth.credsFile === undefined
        ? `the NATS server at ${servers} requires credentials (${reason}): give --creds FILE`
        : `--creds FILE: the NATS server at ${servers} refused ${auth.credsFile} (${reason})`,
      { cause: error },
    );
  const code = tlsCode(error);
  if (code !== undefined)
    return new CredentialsError(
      "TLS",
      auth.tlsCaFile === undefined
        ? `TLS to ${servers}: the server's certificate is not trusted (${code}): give --tls-ca FILE, the CA that signed it`
        : `--tls-ca FILE: the server at ${servers} has a certificate ${auth.tlsCaFile} does not vouch for (${code})`,
      { cause: error },
    );
  return undefined;
}

/** Node's TLS verification code (`SELF_SIGNED_CERT_IN_CHAIN`, ...) anywhere in the error's causes. */
function tlsCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === "string" && /CERT|SIGNATURE|ISSUER|TLS|SSL/.test(code)) return code;
  }
  return undefined;
}

/** Reads `stream` in order from `fromSeq` on, PULL_MESSAGES at a time. */
export async function consumeFrom(
  js: JetStreamClient,
  stream: string,
  fromSeq: number,
): Promise<ConsumerMessages> {
  const consumer = await js.consumers.get(stream, {
    deliver_policy: DeliverPolicy.StartSequence,
    opt_start_seq: fromSeq,
  });
  return consumer.consume({ max_messages: PULL_MESSAGES });
}

/** What publishUntilAcked needs of its caller. */
export interface Publishing {
  readonly js: JetStreamClient;
  /** Counts every message JetStream acknowledged. */
  readonly counts: { published: number };
  /** True once the caller stops: then it gives up after 20 failed attempts, retrying every 100 ms. */
  stopping(): boolean;
  /** An attempt failed (it will be retried). */
  failed?(error: Error): void;
  /** JetStream acknowledged a message. */
  acked?(): void;
  /**
   * Registers `abandon`, called when attempts in flight will never be answered (the connection
   * came back: the server lost the requests sent before), so that they are retried at once
   * instead of timing out; returns how to unregister it.
   */
  track?(abandon: () => void): () => void;
  /**
   * Asked before each attempt: true (or absent) to publish now, a promise to wait for the answer,
   * false to give the message up (a replica that no longer leads: the new leader publishes it).
   */
  gate?(): boolean | Promise<boolean>;
}

/**
 * Publishes until JetStream acknowledges (or the gate gives the message up); a repeat (same
 * msgID) after a lost ack is dropped by the server.
 */
export async function publishUntilAcked(
  p: Publishing,
  subject: string,
  data: Uint8Array,
  msgID: string,
  h: MsgHdrs,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const go = p.gate?.() ?? true;
    if (go === false || (go !== true && !(await go))) return;
    try {
      const ack = p.js.publish(subject, data, { msgID, headers: h, timeout: 5000 });
      if (p.track === undefined) await ack;
      else await ackUnlessAbandoned(ack, p.track.bind(p));
      p.counts.published++;
      p.acked?.();
      return;
    } catch (error) {
      p.failed?.(error as Error);
      if (p.stopping() && attempt > 20) throw error;
      // A stopping caller retries quickly, so that a stop is not held up for minutes.
      const waitMs = p.stopping() ? 100 : Math.min(2000, 100 * 2 ** Math.min(attempt, 5));
      await new Promise((r) => setTimeout(r, waitMs));
    }
  }
}

async function ackUnlessAbandoned(
  ack: Promise<unknown>,
  track: (abandon: () => void) => () => void,
): Promise<void> {
  let untrack = () => undefined as void;
  // A promise per attempt, never a shared one: reactions on a long-lived promise would pile up.
  const abandoned = new Promise<false>((resolve) => (untrack = track(() => resolve(false))));
  try {
    if (!(await Promise.race([ack.then(() => true), abandoned]))) {
      ack.catch(() => undefined);
      throw new Error("connection back: publishing again");
    }
  } finally {
    untrack();
  }
}

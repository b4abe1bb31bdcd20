import { jetstreamManager } from "@nats-io/jetstream";
import {
  agencySubjects,
  connectNats,
  ensureStreams,
  isPermissionViolation,
  replicasFor,
  CredentialsError,
  type NatsAuth,
} from "../nats/index.ts";

export interface StreamsCreateOptions {
  readonly agency: string;
  readonly servers: string;
  readonly auth: NatsAuth;
  /** Replicas of each stream it creates (`--replicas N`); default 3 on a cluster of 3 or more servers, else 1. */
  readonly replicas?: number | undefined;
}

/**
 * `cad streams create`: creates the agency's streams (input log, events, audit) when missing, as
 * the engine does on a server without authentication. Under credentials only the agency's admin
 * may create streams, so this is how a secured agency gets them before its engine first starts.
 * Streams that exist are left as they are (one warning line for each whose replica count is not
 * the one asked for). Prints each of the agency's streams afterwards, with its replicas.
 */
export async function runStreamsCreate(opts: StreamsCreateOptions): Promise<number> {
  const s = agencySubjects(opts.agency);
  const nc = await connectNats(opts.servers, `cad-streams-${opts.agency}`, opts.auth);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  try {
    try {
      await ensureStreams(nc, s, { replicas: opts.replicas ?? replicasFor(nc), log: out });
    } catch (error) {
      if (!isPermissionViolation(error)) throw error;
      throw new CredentialsError(
        "REFUSED",
        `cad streams create: ${opts.auth.credsFile ?? "a connection without credentials"} may not create streams (${(error as Error).message}): use the agency's admin creds, DIR/${opts.agency}/admin.creds`,
        { cause: error },
      );
    }
    const jsm = await jetstreamManager(nc);
    for (const name of [s.inputStream, s.eventStream, s.auditStream]) {
      const info = await jsm.streams.info(name);
      out(
        `${name}: subjects ${info.config.subjects.join(" ")}, ${info.state.messages} messages, ${info.config.storage} storage, ${info.config.num_replicas || 1} replicas`,
      );
    }
    out(`streams of agency ${opts.agency} are in place on ${opts.servers}`);
    return 0;
  } finally {
    await nc.close();
  }
}

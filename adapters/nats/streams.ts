import {
  jetstreamManager,
  StorageType,
  type JetStreamManager,
  type StreamConfig,
  type StreamInfo,
} from "@nats-io/jetstream";
import { nanos, PermissionViolationError, type NatsConnection } from "@nats-io/transport-node";
import { isStreamNotFound, LogLostError, RECOVER_INPUTS } from "./log-watch.ts";
import type { AgencySubjects } from "./subjects.ts";

/** How long JetStream remembers message ids to drop repeats. Outputs republished after a crash fall inside it. */
export const DUPLICATE_WINDOW_MS = 10 * 60_000;

/**
 * Creates the agency's input, event and audit streams if they are missing (file storage: the
 * durable log). The audit stream is append-only and kept for good: who did what at a console must
 * outlive any clean-up, so the server itself refuses purges and message deletes (only deleting
 * the whole stream, an admin's act, removes it), and no age limit ever drops a record.
 */
export async function ensureStreams(
  nc: NatsConnection,
  s: AgencySubjects,
  opts: StreamOptions = {},
): Promise<JetStreamManager> {
  const jsm = await jetstreamManager(nc);
  const replicas = opts.replicas ?? replicasFor(nc);
  if (!Number.isInteger(replicas) || replicas < 1 || replicas > 5)
    throw new RangeError(`stream replicas must be a whole number 1-5, got ${replicas}`);
  const ensure = async (config: Partial<StreamConfig> & { name: string }) => {
    let info: StreamInfo;
    try {
      info = await jsm.streams.info(config.name);
    } catch {
      // Missing, or this user may not look at it: creating it says which (a permission violation).
      await jsm.streams.add({ ...config, num_replicas: replicas });
      return;
    }
    const has = info.config.num_replicas || 1;
    if (has !== replicas)
      (opts.log ?? warnOnStderr)(
        `WARNING: stream ${config.name} has ${has} replica${has === 1 ? "" : "s"}, not ${replicas}: left as it is (change it with: nats stream edit ${config.name} --replicas ${replicas})`,
      );
  };
  await ensure({
    name: s.inputStream,
    subjects: [s.inputs],
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
  });
  await ensure({
    name: s.eventStream,
    subjects: [s.events, `${s.unitPrefix}>`],
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
  });
  await ensure({
    name: s.auditStream,
    subjects: [s.audit],
    storage: StorageType.File,
    deny_delete: true,
    deny_purge: true,
    max_age: 0,
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
  });
  return jsm;
}

/** How ensureStreams makes the streams it creates. */
export interface StreamOptions {
  /** Replicas of each stream it creates (1-5); default replicasFor(nc). */
  readonly replicas?: number | undefined;
  /** Where the warning about an existing stream with another replica count goes (default stderr). */
  readonly log?: ((line: string) => void) | undefined;
}

const warnOnStderr = (line: string) => process.stderr.write(`${line}\n`);

/**
 * How many replicas the agency's streams get on the NATS `nc` is connected to: 3 on a cluster of
 * 3 or more servers (a stream then survives the loss of any one of them), else 1. The size is the
 * client URLs the server gossips (INFO `connect_urls`: every server of its cluster that routes to
 * it, itself included); a server outside a cluster, or one that advertises none, counts as 1.
 */
export function replicasFor(nc: NatsConnection): 1 | 3 {
  const info = nc.info;
  if (info?.cluster === undefined) return 1;
  return new Set(info.connect_urls ?? []).size >= 3 ? 3 : 1;
}

/**
 * The engine's own start: creates the event stream when it is missing (the engine then publishes
 * every output of the log again), and the input stream only when nothing has been seen of it: an
 * empty input log is never created over inputs that snapshots (`seenUpTo`) include.
 *
 * Under credentials the engine may not manage streams (admin's job, `cad streams create`): a
 * stream it needs that is missing is then STREAMS_MISSING, and the streams it does not read (the
 * audit stream) are none of its business.
 */
export async function ensureServiceStreams(
  nc: NatsConnection,
  s: AgencySubjects,
  seenUpTo: number,
  opts: StreamOptions = {},
): Promise<{ jsm: JetStreamManager; eventsCreated: boolean }> {
  const jsm = await jetstreamManager(nc);
  const inputExists = await exists(jsm, s.inputStream);
  if (!inputExists && seenUpTo > 0)
    throw new LogLostError(
      "INPUT_STREAM_GONE",
      `the input stream ${s.inputStream} does not exist, but this engine's snapshot store has seen inputs up to ${seenUpTo}. ${RECOVER_INPUTS}`,
    );
  const eventsCreated = !(await exists(jsm, s.eventStream));
  try {
    await ensureStreams(nc, s, opts);
  } catch (error) {
    if (!isPermissionViolation(error)) throw error;
    const missing = [...(inputExists ? [] : [s.inputStream]), ...(eventsCreated ? [s.eventStream] : [])];
    if (missing.length > 0)
      throw new LogLostError(
        "STREAMS_MISSING",
        `${missing.join(" and ")} ${missing.length === 1 ? "does" : "do"} not exist and this engine's credentials may not create streams: create them with cad streams create --agency ${s.agency} --creds DIR/${s.agency}/admin.creds`,
        { cause: error },
      );
  }
  return { jsm, eventsCreated };
}

/** Whether a NATS or JetStream API call failed because the server refused this user the subject. */
export function isPermissionViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++)
    if (e instanceof PermissionViolationError) return true;
  return false;
}

async function exists(jsm: JetStreamManager, name: string): Promise<boolean> {
  try {
    await jsm.streams.info(name);
    return true;
  } catch (error) {
    if (isStreamNotFound(error)) return false;
    throw error;
  }
}

import { jetstreamManager, StorageType, type JetStreamManager, type StreamConfig } from "@nats-io/jetstream";
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
export async function ensureStreams(nc: NatsConnection, s: AgencySubjects): Promise<JetStreamManager> {
  const jsm = await jetstreamManager(nc);
  await ensure(jsm, {
    name: s.inputStream,
    subjects: [s.inputs],
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
  });
  await ensure(jsm, {
    name: s.eventStream,
    subjects: [s.events, `${s.unitPrefix}>`],
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
  });
  await ensure(jsm, {
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

async function ensure(
  jsm: JetStreamManager,
  config: Partial<StreamConfig> & { name: string },
): Promise<void> {
  try {
    await jsm.streams.info(config.name);
  } catch {
    await jsm.streams.add(config);
  }
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
    await ensureStreams(nc, s);
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

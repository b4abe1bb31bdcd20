import { jetstreamManager, type JetStreamManager, type StreamConfig } from "@nats-io/jetstream";
import { nanos, type NatsConnection } from "@nats-io/transport-node";
import type { AgencySubjects } from "./subjects.ts";

/** How long JetStream remembers message ids to drop repeats. Outputs republished after a crash fall inside it. */
export const DUPLICATE_WINDOW_MS = 10 * 60_000;

/** Creates the agency's input and event streams if they are missing (file storage: the durable log). */
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

import { jetstream } from "@nats-io/jetstream";
import type { ConfigSource } from "../config/index.ts";
import { headers } from "@nats-io/transport-node";
import { encodeInput, inputSubject, TIME_HEADER, type EngineService } from "../nats/index.ts";

/** How often a serving replica looks whether the configuration in force is still its file's. */
const WATCH_EVERY_MS = 2000;

export const short = (hash: string | null | undefined): string => (hash ? hash.slice(0, 12) : "none");

/**
 * After recovery: when the file's configuration is not the one the log has in force (or the log
 * has recorded none), records it as an ApplyConfiguration input and says so in one line. The
 * message id is the hash and the position, so replicas starting together with the same new file
 * record it once. Returns the sequence it was recorded at, or null when nothing was recorded.
 */
export async function recordConfiguration(
  service: EngineService,
  source: ConfigSource,
  agency: string,
  log: (line: string) => void,
): Promise<number | null> {
  await service.caughtUp;
  const inForce = service.state.configuration?.hash ?? null;
  if (inForce === source.hash) {
    log(`cad-engine ${agency}: configuration ${short(source.hash)} (${source.path}) is the one in force`);
    return null;
  }
  const { hash, content } = source;
  const body = { kind: "ApplyConfiguration", hash, content } as const;
  // The engine's own time, on the timed subject, for a service that trusts input time
  // (simulations, replays): it must not be moved to the wall clock (later inputs would be out of
  // order). The others refuse Cad-Time and timed subjects, so they get neither.
  const timed = service.trustsInputTime;
  const subject = inputSubject(agency, body, { timed });
  for (let attempt = 1; ; attempt++) {
    const msgID = `config-${hash}-${service.lastSeq}`;
    const h = headers();
    if (timed) h.set(TIME_HEADER, String(Math.max(1, service.state.now)));
    const ack = await jetstream(service.nc).publish(subject, encodeInput(body), {
      msgID,
      headers: h,
      timeout: 10_000,
    });
    await appliedThrough(service, ack.seq);
    const now = service.state.configuration?.hash ?? null;
    if (now === hash || attempt === MAX_ATTEMPTS) {
      log(
        `cad-engine ${agency}: configuration ${short(hash)} (${source.path}) ${now === hash ? "recorded" : "NOT recorded"} at input ${ack.seq}${ack.duplicate ? " (already recorded by another replica)" : ""}; in force before: ${inForce === null ? "none recorded (the file the engine started with)" : short(inForce)}`,
      );
      return ack.seq;
    }
    // Rejected (inputs from elsewhere came first with a later time: OUT_OF_ORDER): again, at the new time.
  }
}

const MAX_ATTEMPTS = 5;

async function appliedThrough(service: EngineService, seq: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (service.lastSeq < seq && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}

/**
 * Watches the configuration in force: when the log puts another replica's configuration in
 * force, this replica runs under it (the log's latest wins) and says loudly, once per change,
 * that its own file is not in force.
 */
export function watchConfiguration(
  service: EngineService,
  source: ConfigSource,
  agency: string,
  log: (line: string) => void,
): { stop(): void } {
  let seen: string | null | undefined;
  const check = () => {
    const c = service.state.configuration;
    const hash = c?.hash ?? null;
    if (hash === seen) return;
    seen = hash;
    if (hash !== null && hash !== source.hash)
      log(
        `cad-engine ${agency}: WARNING configuration ${short(hash)} recorded in the log by another replica is in force; this replica's file ${source.path} (${short(source.hash)}) is NOT: restart it with the same file, or restart the others with this one`,
      );
  };
  const timer = setInterval(check, WATCH_EVERY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

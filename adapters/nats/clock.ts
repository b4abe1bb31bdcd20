import { jetstream } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { encodeInput, inputSubject } from "./codec/index.ts";

/**
 * The clock adapter: writes a Tick into the agency's input log every `periodMs`, so timers
 * fire from the log. Ids are the period's number, so two clocks running never double a tick.
 */
export function startClock(
  nc: NatsConnection,
  agency: string,
  periodMs = 1000,
  now: () => number = Date.now,
): { stop(): void } {
  const js = jetstream(nc);
  const subject = inputSubject(agency, { kind: "Tick" });
  const body = encodeInput({ kind: "Tick" });
  const timer = setInterval(() => {
    const n = Math.floor(now() / periodMs);
    js.publish(subject, body, { msgID: `tick:${agency}:${n}` }).catch(() => undefined);
  }, periodMs);
  return { stop: () => clearInterval(timer) };
}

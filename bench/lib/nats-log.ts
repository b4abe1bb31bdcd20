/** An agency's input log on a real nats-server, for the recovery benchmark: writing it, and reading it bare. */
import { DeliverPolicy, type JetStreamClient } from "@nats-io/jetstream";
import { headers } from "@nats-io/transport-node";
import { encodeInput, inputSubject, TIME_HEADER, type AgencySubjects } from "../../adapters/nats/index.ts";
import type { Input } from "../../engine/index.ts";

const WINDOW = 512;

/**
 * Publishes the inputs in order (512 in flight), each with its Cad-Time and its id as message id,
 * after the `already` inputs the stream holds.
 */
export async function publishInputs(
  js: JetStreamClient,
  s: AgencySubjects,
  inputs: readonly Input[],
  already = 0,
): Promise<void> {
  const window: Promise<void>[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const { id, at, ...body } = inputs[i]!;
    const h = headers();
    h.set(TIME_HEADER, String(at));
    const subject = inputSubject(s.agency, body, { timed: true });
    const sent = js.publish(subject, encodeInput(body), {
      msgID: id,
      headers: h,
      timeout: 30_000,
    });
    window.push(
      sent.then((ack) => {
        if (ack.seq !== already + i + 1)
          throw new Error(`publish: input ${already + i} stored at ${ack.seq}`);
      }),
    );
    if (window.length >= WINDOW) await Promise.all(window.splice(0));
  }
  await Promise.all(window);
}

/**
 * Reads the whole input stream with an ordered consumer from sequence 1, touching only each message's
 * bytes: the floor under any recovery that reads the same stream. Returns the milliseconds it took.
 */
export async function rawRead(js: JetStreamClient, s: AgencySubjects, expected: number): Promise<number> {
  const started = performance.now();
  const consumer = await js.consumers.get(s.inputStream, {
    deliver_policy: DeliverPolicy.StartSequence,
    opt_start_seq: 1,
  });
  const messages = await consumer.consume({ max_messages: 1024 });
  let count = 0;
  let bytes = 0;
  for await (const m of messages) {
    count++;
    bytes += m.data.length;
    if (m.info.pending === 0) break;
  }
  const ms = performance.now() - started;
  await messages.close();
  if (count !== expected || bytes === 0) throw new Error(`raw read: ${count} of ${expected} messages`);
  return ms;
}

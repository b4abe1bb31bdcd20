import { AckPolicy, DeliverPolicy, type JetStreamManager } from "@nats-io/jetstream";
import { nanos } from "@nats-io/transport-node";

/**
 * A durable consumer on `stream` delivering from the message after `lastSeq` (the records'
 * position), unless the existing one is exactly there. The position, not the durable's
 * acknowledgements, says where to go on. True when the durable was (re)created.
 */
export async function prepareDurable(
  jsm: JetStreamManager,
  stream: string,
  durable: string,
  lastSeq: number,
  ackWaitMs: number,
): Promise<boolean> {
  const from = lastSeq + 1;
  const ackWait = nanos(ackWaitMs);
  const info = await jsm.consumers.info(stream, durable).catch(() => undefined);
  const inPlace =
    info !== undefined &&
    info.delivered.stream_seq === lastSeq &&
    info.num_ack_pending === 0 &&
    info.config.ack_wait === ackWait &&
    info.config.filter_subject === undefined;
  if (inPlace) return false;
  if (info !== undefined) await jsm.consumers.delete(stream, durable);
  await jsm.consumers.add(stream, {
    durable_name: durable,
    ack_policy: AckPolicy.Explicit,
    ack_wait: ackWait,
    max_ack_pending: 4096,
    ...(from === 1
      ? { deliver_policy: DeliverPolicy.All }
      : { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: from }),
  });
  return true;
}

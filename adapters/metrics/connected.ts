import type { NatsConnection } from "@nats-io/transport-node";

/** Whether a NATS connection is up now, from its status events (a disconnect, a reconnect, the close). */
export function followConnection(nc: NatsConnection): () => boolean {
  let up = !nc.isClosed();
  void (async () => {
    for await (const status of nc.status()) {
      if (status.type === "disconnect") up = false;
      else if (status.type === "reconnect") up = true;
    }
  })();
  return () => up && !nc.isClosed();
}

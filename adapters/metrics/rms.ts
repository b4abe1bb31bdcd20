import type { NatsConnection } from "@nats-io/transport-node";
import { followConnection } from "./connected.ts";
import type { Probe } from "./http.ts";
import { processMetrics } from "./process.ts";
import { Registry, type Labels } from "./registry.ts";

/** What the metrics read from a running RMS consumer (RmsConsumer has it). */
export interface RmsMeasured {
  readonly stats: {
    readonly applied: number;
    readonly duplicates: number;
    readonly redelivered: number;
    readonly resyncs: number;
  };
  readonly audit: { readonly stats: { readonly applied: number; readonly invalid: number } };
  readonly store: { readonly current: { readonly lastSeq: number } };
  readonly lag: { readonly pending: number; readonly unacknowledged: number } | undefined;
  readonly caughtUpOnce: boolean;
  readonly connection: NatsConnection;
}

/** `cad rms run`'s metrics, health and readiness, labelled agency. */
export function rmsMetrics(
  agency: string,
  version: string,
  rms: RmsMeasured,
): { registry: Registry; health: () => Probe; ready: () => Probe } {
  const registry = new Registry();
  const connected = followConnection(rms.connection);
  const labels: Labels = { agency };
  const one = (name: string, help: string, kind: "counter" | "gauge", read: () => number | undefined) =>
    registry.sampled(name, help, kind, () => {
      const v = read();
      return v === undefined ? [] : [[labels, v]];
    });
  processMetrics(registry, "cad-rms", version);
  one(
    "cad_rms_events_stored_total",
    "Engine outputs stored in the records database.",
    "counter",
    () => rms.stats.applied,
  );
  one(
    "cad_rms_duplicates_total",
    "Outputs delivered again and skipped (already stored).",
    "counter",
    () => rms.stats.duplicates,
  );
  one(
    "cad_rms_redelivered_total",
    "Outputs JetStream delivered more than once.",
    "counter",
    () => rms.stats.redelivered,
  );
  one(
    "cad_rms_resyncs_total",
    "Times the durable was recreated to follow the database's position.",
    "counter",
    () => rms.stats.resyncs,
  );
  one(
    "cad_rms_audit_records_stored_total",
    "Audit records stored (invalid ones included).",
    "counter",
    () => rms.audit.stats.applied,
  );
  one(
    "cad_rms_audit_records_invalid_total",
    "Audit records stored as invalid rows.",
    "counter",
    () => rms.audit.stats.invalid,
  );
  one(
    "cad_rms_last_stream_sequence",
    "Event-stream sequence of the last output stored.",
    "gauge",
    () => rms.store.current.lastSeq,
  );
  one(
    "cad_rms_lag_messages",
    "Event-stream messages not delivered to the RMS yet (as last looked at, every 5 s).",
    "gauge",
    () => rms.lag?.pending,
  );
  one(
    "cad_rms_unacknowledged_messages",
    "Messages delivered and not acknowledged yet.",
    "gauge",
    () => rms.lag?.unacknowledged,
  );
  one("cad_rms_caught_up", "1 once the RMS has caught up with the event stream since start.", "gauge", () =>
    rms.caughtUpOnce ? 1 : 0,
  );
  one("cad_rms_nats_connected", "1 while the NATS connection is up.", "gauge", () => (connected() ? 1 : 0));
  return {
    registry,
    health: () =>
      connected()
        ? { ok: true, detail: `rms ${agency}: NATS connected` }
        : { ok: false, detail: `rms ${agency}: NATS disconnected` },
    ready: () => {
      if (!connected()) return { ok: false, detail: `rms ${agency}: NATS disconnected` };
      if (!rms.caughtUpOnce)
        return {
          ok: false,
          detail: `rms ${agency}: catching up (at stream sequence ${rms.store.current.lastSeq})`,
        };
      return {
        ok: true,
        detail: `rms ${agency}: caught up, at stream sequence ${rms.store.current.lastSeq}`,
      };
    },
  };
}

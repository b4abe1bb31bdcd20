import type { NatsConnection } from "@nats-io/transport-node";
import { followConnection } from "./connected.ts";
import type { Probe } from "./http.ts";
import { processMetrics } from "./process.ts";
import { Registry } from "./registry.ts";

/** What the metrics read from a running console (ConsoleServer has it). */
export interface ConsoleMeasured {
  readonly sessions: { readonly count: number };
  readonly gateway: { readonly clientCount: number; readonly nc: NatsConnection };
  readonly commandResults: ReadonlyMap<string, number>;
}

/** `cad console`'s metrics, health and readiness, labelled agency. */
export function consoleMetrics(
  agency: string,
  version: string,
  server: ConsoleMeasured,
): { registry: Registry; health: () => Probe; ready: () => Probe } {
  const registry = new Registry();
  const connected = followConnection(server.gateway.nc);
  const labels = { agency };
  processMetrics(registry, "cad-console", version);
  registry.sampled("cad_console_sessions", "Operators' sessions open.", "gauge", () => [
    [labels, server.sessions.count],
  ]);
  registry.sampled("cad_console_sse_clients", "Pages connected to the live event stream.", "gauge", () => [
    [labels, server.gateway.clientCount],
  ]);
  registry.sampled(
    "cad_console_commands_total",
    'Commands received, by result: "accepted" (in the input log) or the refusal\'s code.',
    "counter",
    () => [...server.commandResults].map(([result, n]) => [{ ...labels, result }, n] as const),
  );
  registry.sampled("cad_console_nats_connected", "1 while the NATS connection is up.", "gauge", () => [
    [labels, connected() ? 1 : 0],
  ]);
  const probe = (): Probe =>
    connected()
      ? { ok: true, detail: `console ${agency}: NATS connected, ${server.gateway.clientCount} pages` }
      : { ok: false, detail: `console ${agency}: NATS disconnected` };
  return { registry, health: probe, ready: probe };
}

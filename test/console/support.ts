import { expect } from "vitest";
import type { ConsoleModel } from "../../adapters/console/web/model.ts";
import type { StateReply } from "../../adapters/console/web/protocol.ts";
import type { DecodedOutput } from "../../adapters/nats/index.ts";
import type { EngineEvent, EngineState, Incident } from "../../engine/index.ts";

/** What a console shows, in a form two sources can be compared by. */
export function consoleView(model: ConsoleModel) {
  const active = [...model.incidents.values()].filter((i) => i.endedAt === null);
  return {
    pending: model.pending().map((i) => i.id),
    incidents: active
      .map((i) => ({
        id: i.id,
        status: i.status,
        priority: i.priority,
        queuedAt: i.queuedAt,
        unitIds: [...i.unitIds].sort(),
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    units: [...model.units.values()]
      .map((u) => ({ id: u.id, status: u.status, incidentId: u.incidentId, lon: u.lon, lat: u.lat }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

/** The same view of a `state` query's reply. */
export function stateView(state: StateReply) {
  return {
    pending: state.pending.map((i) => i.id),
    incidents: state.incidents
      .map((i) => ({
        id: i.id,
        status: i.status,
        priority: i.priority,
        queuedAt: i.queuedAt ?? i.receivedAt,
        unitIds: [...i.unitIds].sort(),
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    units: state.units
      .map((u) => ({ id: u.id, status: u.status, incidentId: u.incidentId, lon: u.lon, lat: u.lat }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

/** The same view of an engine's own state. */
export function engineView(state: EngineState) {
  const incident = (id: string) => state.incidents.get(id) as Incident;
  return {
    pending: [...state.pending],
    incidents: [...state.active]
      .map((id) => incident(id))
      .map((i) => ({
        id: i.id,
        status: i.status,
        priority: i.priority,
        queuedAt: i.queuedAt,
        unitIds: [...i.unitIds].sort(),
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    units: [...state.units.values()]
      .map((u) => ({ id: u.id, status: u.status, incidentId: u.incidentId, lon: u.lon, lat: u.lat }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

export function expectSameView(actual: ReturnType<typeof consoleView>, expected: typeof actual): void {
  expect(actual.pending).toEqual(expected.pending);
  expect(actual.incidents).toEqual(expected.incidents);
  expect(actual.units).toEqual(expected.units);
}

/** Polls until `check` returns a value (not undefined) or fails after `timeoutMs`. */
export async function eventually<T>(
  what: string,
  check: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 15_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The first event of `type` that `match` accepts among the outputs seen on NATS (an independent
 * subscriber's list, growing as they come), with its output; waits for it.
 */
export function seenEvent<T extends EngineEvent["type"]>(
  seen: readonly DecodedOutput[],
  type: T,
  match: (e: Extract<EngineEvent, { type: T }>, o: DecodedOutput) => boolean,
  what = `${type} on NATS`,
): Promise<{ event: Extract<EngineEvent, { type: T }>; output: DecodedOutput }> {
  return eventually(what, () => {
    for (const o of seen)
      if ("event" in o && o.event.type === type && match(o.event as Extract<EngineEvent, { type: T }>, o))
        return { event: o.event as Extract<EngineEvent, { type: T }>, output: o };
    return undefined;
  });
}

/** How the browser tests start Debian's Chromium: headless, no sandbox, nothing fetched from the network. */
export const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

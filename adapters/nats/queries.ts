import { createHash } from "node:crypto";
import type { NatsConnection, Subscription } from "@nats-io/transport-node";
import {
  recommend,
  serialiseState,
  type EngineConfig,
  type EngineState,
  type Incident,
} from "../../engine/index.ts";
import type { AgencySubjects } from "./subjects.ts";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Request/reply queries on `cad.<agency>.q.<name>`, answered in JSON from the engine's
 * current state (between two inputs, so always consistent):
 * - `state`: time, the last input applied, the pending queue in order, active incidents, every unit;
 * - `incident` {"id"}: one incident with its calls, notes and timeline;
 * - `recommend` {"incidentId"}: the recommendation for an incident now;
 * - `metrics`: counts, the last input read from the log, and `lag` (inputs in the log not applied yet);
 * - `digest`: a sha256 of the whole serialised state, to check that two instances agree.
 */
export function serveQueries(
  nc: NatsConnection,
  s: AgencySubjects,
  state: EngineState,
  config: EngineConfig,
  lastInputSeq: () => number = () => 0,
  lag: () => number = () => 0,
): Subscription {
  return nc.subscribe(`${s.queryPrefix}>`, {
    callback: (error, msg) => {
      if (error !== null) return;
      const name = msg.subject.slice(s.queryPrefix.length);
      let reply: unknown;
      try {
        const body =
          msg.data.length === 0 ? {} : (JSON.parse(decoder.decode(msg.data)) as Record<string, unknown>);
        reply = answer(name, body, state, config, lastInputSeq());
        if (name === "metrics") reply = { ...(reply as object), lag: lag() };
      } catch (e) {
        reply = { error: `bad request: ${(e as Error).message}` };
      }
      msg.respond(encoder.encode(JSON.stringify(reply)));
    },
  });
}

function answer(
  name: string,
  body: Record<string, unknown>,
  state: EngineState,
  config: EngineConfig,
  lastInputSeq: number,
): unknown {
  switch (name) {
    case "state":
      return {
        now: state.now,
        // Outputs of inputs up to this one are in this state: a console applies only later ones.
        lastInputSeq,
        pending: state.pending.map((id) => summary(state.incidents.get(id) as Incident)),
        incidents: [...state.active].map((id) => summary(state.incidents.get(id) as Incident)),
        units: [...state.units.values()].map((u) => ({
          id: u.id,
          type: u.type,
          agency: u.agency,
          status: u.status,
          statusSince: u.statusSince,
          incidentId: u.incidentId,
          lon: u.lon,
          lat: u.lat,
          positionAt: u.positionAt,
          positionSource: u.positionSource,
        })),
      };
    case "incident": {
      const id = typeof body["id"] === "string" ? body["id"] : "";
      const incident = state.incidents.get(id);
      if (incident === undefined) return { error: `no incident "${id}"` };
      return { ...incident, calls: incident.callIds.map((c) => state.calls.get(c)) };
    }
    case "recommend": {
      const id = typeof body["incidentId"] === "string" ? body["incidentId"] : "";
      const incident = state.incidents.get(id);
      if (incident === undefined) return { error: `no incident "${id}"` };
      return recommend(state, config, incident, state.now);
    }
    case "metrics":
      return {
        lastInputSeq,
        now: state.now,
        incidents: state.incidents.size,
        active: state.active.size,
        pending: state.pending.length,
        units: state.units.size,
        calls: state.calls.size,
      };
    case "digest":
      return { lastInputSeq, now: state.now, sha256: stateDigest(state) };
    default:
      return { error: `unknown query "${name}" (known: state, incident, recommend, metrics, digest)` };
  }
}

/** sha256 of the serialised state: equal digests, equal states. */
export function stateDigest(state: EngineState): string {
  return createHash("sha256")
    .update(JSON.stringify(serialiseState(state, { copy: false })))
    .digest("hex");
}

function summary(i: Incident) {
  return {
    id: i.id,
    status: i.status,
    priority: i.priority,
    callType: i.callType,
    lon: i.lon,
    lat: i.lat,
    address: i.address,
    zone: i.zone,
    receivedAt: i.times.receivedAt,
    queuedAt: i.queuedAt,
    unitIds: i.unitIds,
    overdueAlerts: i.overdueAlerts,
  };
}

import { createHash } from "node:crypto";
import type { Msg, NatsConnection, Subscription } from "@nats-io/transport-node";
import {
  UNIT_STATUSES,
  recommend,
  serialiseState,
  type EngineConfig,
  type EngineState,
} from "../../engine/index.ts";
import { incidentItemsReply, incidentReply } from "./query-incident.ts";
import {
  DEFAULT_MAX_PAYLOAD,
  fitted,
  positionFields,
  queryError,
  replyBudget,
  type QueryPosition,
} from "./query-reply.ts";
import { StatePages } from "./query-state.ts";
import type { AgencySubjects } from "./subjects.ts";
import { unitAssignmentOf } from "./unit-assignment.ts";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The queries answered, by name (`cad.<agency>.q.<name>`). */
export const QUERY_NAMES = [
  "state",
  "incident",
  "incident.items",
  "recommend",
  "metrics",
  "digest",
  "codes",
  "unit",
  "incoming",
] as const;

/**
 * Request/reply queries on `cad.<agency>.q.<name>`, answered in JSON from the engine's current
 * state (between two inputs, so always consistent). Every reply carries `lastInputSeq` and
 * `catchingUp` (with `backlogSeq` while the start-up replay runs), fits the connection's
 * max_payload (`state` in pages, `incident` capped, `incident.items` for the rest), and a query
 * that cannot be answered gets `{error: {code, message}}`. The README's "Queries" is the contract.
 */
export function serveQueries(
  nc: NatsConnection,
  s: AgencySubjects,
  state: EngineState,
  config: EngineConfig,
  position: () => QueryPosition = () => ({ lastInputSeq: 0, catchingUp: false, backlogSeq: 0, lag: 0 }),
  log?: (line: string) => void,
  /** The subjects' prefix: the agency's queries (`cad.<a>.q.`), or one replica's (`cad.<a>.replica.<r>.q.`). */
  prefix: string = s.queryPrefix,
): Subscription {
  const pages = new StatePages();
  return nc.subscribe(`${prefix}>`, {
    callback: (error, msg) => {
      if (error !== null) return;
      const name = msg.subject.slice(prefix.length);
      const budget = replyBudget(nc.info?.max_payload ?? DEFAULT_MAX_PAYLOAD);
      let reply: string;
      try {
        // The configuration in force is the log's latest ApplyConfiguration, as for applyInput.
        const inForce = state.configuration?.config ?? config;
        reply = answer(name, msg, { state, config: inForce, pages, position: position(), budget });
      } catch (e) {
        log?.(`cad-engine ${s.agency}: query ${name} failed: ${(e as Error).stack ?? String(e)}`);
        reply = JSON.stringify(queryError("INTERNAL", `query ${name} failed: ${(e as Error).message}`));
      }
      respond(msg, reply, (e) =>
        log?.(`cad-engine ${s.agency}: could not answer query ${name}: ${(e as Error).message}`),
      );
    },
  });
}

/** A reply that cannot be sent is logged; it must never reach the connection's own error path. */
function respond(msg: Msg, reply: string, failed: (e: unknown) => void): void {
  try {
    msg.respond(encoder.encode(reply));
  } catch (e) {
    failed(e);
  }
}

interface Ctx {
  readonly state: EngineState;
  readonly config: EngineConfig;
  readonly pages: StatePages;
  readonly position: QueryPosition;
  readonly budget: number;
}

function answer(name: string, msg: Msg, ctx: Ctx): string {
  const { state, position, budget } = ctx;
  const body = requestBody(msg.data);
  if (typeof body === "string")
    return JSON.stringify({ ...queryError("BAD_REQUEST", body), ...positionFields(position) });
  const reply = (r: unknown) =>
    fitted({ ...(r as object), ...positionFields(position) }, position, budget, name);
  switch (name) {
    case "state":
      return ctx.pages.answer(state, position, body["cursor"], budget);
    case "incident":
      return incidentReply(state, typeof body["id"] === "string" ? body["id"] : "", position, budget);
    case "incident.items":
      return incidentItemsReply(state, body, position, budget);
    case "recommend": {
      const id = typeof body["incidentId"] === "string" ? body["incidentId"] : "";
      const incident = state.incidents.get(id);
      if (incident === undefined) return reply(queryError("UNKNOWN_INCIDENT", `no incident "${id}"`));
      return reply(recommend(state, ctx.config, incident, state.now));
    }
    case "metrics":
      return reply({
        now: state.now,
        incidents: state.incidents.size,
        active: state.active.size,
        pending: state.pending.length,
        units: state.units.size,
        calls: state.calls.size,
        // Inputs in the log not applied yet (the log's last sequence minus the last applied).
        lag: position.lag,
      });
    case "digest":
      return reply({ now: state.now, sha256: stateDigest(state) });
    case "codes":
      return reply(codes(ctx.config));
    case "unit": {
      // What the unit's terminal shows now: the same picture its unit messages carry.
      const id = typeof body["id"] === "string" ? body["id"] : "";
      const assignment = unitAssignmentOf(state, ctx.config, id);
      if (assignment === undefined) return reply(queryError("UNKNOWN_UNIT", `no unit "${id}"`));
      const unit = state.units.get(id);
      return reply({ now: state.now, statusSince: unit?.statusSince ?? 0, assignment });
    }
    case "incoming": {
      // Incidents other agencies handed over by EIDO: the pending ones unless {status} says
      // "accepted", "declined", "merged" or "all"; in the order received.
      const status = typeof body["status"] === "string" ? body["status"] : "pending";
      if (!["pending", "accepted", "declined", "merged", "all"].includes(status))
        return reply(
          queryError("BAD_REQUEST", `status "${status}": use pending, accepted, declined, merged or all`),
        );
      const incoming = [...state.incoming.values()].filter((i) => status === "all" || i.status === status);
      return reply({ incoming });
    }
    default:
      return reply(queryError("UNKNOWN_QUERY", `unknown query "${name}" (known: ${QUERY_NAMES.join(", ")})`));
  }
}

/** The request's JSON object (empty data: {}), or what is wrong with it. */
function requestBody(data: Uint8Array): Record<string, unknown> | string {
  if (data.length === 0) return {};
  let body: unknown;
  try {
    body = JSON.parse(decoder.decode(data));
  } catch (e) {
    return `the request is not JSON: ${(e as Error).message}`;
  }
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return "the request must be a JSON object";
  return body as Record<string, unknown>;
}

/** `codes`: the values inputs may use under this configuration. */
function codes(config: EngineConfig) {
  return {
    callTypes: [...config.callTypes.values()].map(({ code, name, discipline, priority }) => ({
      code,
      name,
      discipline,
      priority,
    })),
    unitTypes: [...config.unitTypes.values()].map(({ code, name, discipline }) => ({
      code,
      name,
      discipline,
    })),
    statuses: UNIT_STATUSES,
    agencyStatusNames: Object.fromEntries(
      [...config.agencies.values()].map((a) => [a.id, Object.fromEntries(a.statusNames)]),
    ),
    flags: [...config.flags.values()].map(({ code, name }) => ({ code, name })),
    dispositions: [...config.dispositions],
    priorities: [...config.priorities.keys()],
  };
}

/** sha256 of the serialised state: equal digests, equal states. */
export function stateDigest(state: EngineState): string {
  return createHash("sha256")
    .update(JSON.stringify(serialiseState(state, { copy: false })))
    .digest("hex");
}

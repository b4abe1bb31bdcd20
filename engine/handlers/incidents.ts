import type {
  AddNote,
  ClearIncident,
  CloseIncident,
  LinkIncidents,
  MergeIncidents,
  ReopenIncident,
  ReprioritiseIncident,
} from "../model/inputs.ts";
import { reject, type Rejection } from "../model/rejection.ts";
import type { Incident, IncidentStatus } from "../model/state.ts";
import type { Ctx } from "./context.ts";
import { FieldCheck, isId, type FieldOf, type Outcome } from "./context.ts";
import { STAGE_RANK, changeIncidentStatus, releaseAll } from "./lifecycle.ts";

/** The disposition the engine gives an incident merged into another. */
export const MERGED_DISPOSITION = "MERGED";
const MAX_NOTES = 1000;

export function mergeIncidents(ctx: Ctx, input: MergeIncidents): Outcome {
  const pair = readPair(ctx, input, "intoIncidentId");
  if ("code" in pair) return pair;
  const [source, target] = pair;
  if (source.status === "closed" || target.status === "closed") {
    const closed = source.status === "closed" ? source : target;
    return reject(
      "INCIDENT_NOT_ACTIVE",
      `incident ${closed.id} is closed`,
      closed === source ? "incidentId" : "intoIncidentId",
    );
  }
  mergeInto(ctx, source, target);
  return undefined;
}

/**
 * Merges `source` into `target` (two distinct incidents, neither closed): its calls and units
 * move, the target takes the higher priority and the further status, the source is closed.
 */
export function mergeInto(ctx: Ctx, source: Incident, target: Incident): void {
  const nextStatus = mergedStatus(source, target);
  const priorityBefore = target.priority;
  ctx.emit({
    type: "IncidentsMerged",
    at: ctx.at,
    incidentId: source.id,
    intoIncidentId: target.id,
    callIds: [...source.callIds],
    unitIds: [...source.unitIds],
  });
  if (source.priority < priorityBefore) {
    ctx.emit({
      type: "IncidentReprioritised",
      at: ctx.at,
      incidentId: target.id,
      from: priorityBefore,
      to: source.priority,
      reason: "merge",
      note: `from ${source.id}`,
    });
  }
  changeIncidentStatus(ctx, source, "closed", `merged into ${target.id}`, MERGED_DISPOSITION);
  if (nextStatus !== target.status) changeIncidentStatus(ctx, target, nextStatus, `merged with ${source.id}`);
}

/** With units the merged incident is as far along as the further of the two; without, pending if either waits. */
function mergedStatus(source: Incident, target: Incident): IncidentStatus {
  if (source.unitIds.length + target.unitIds.length > 0) {
    const further = STAGE_RANK[source.status] > STAGE_RANK[target.status] ? source.status : target.status;
    return STAGE_RANK[further] >= 1 ? further : "dispatched";
  }
  return source.status === "pending" || target.status === "pending" ? "pending" : target.status;
}

export function linkIncidents(ctx: Ctx, input: LinkIncidents): Outcome {
  const pair = readPair(ctx, input, "otherIncidentId");
  if ("code" in pair) return pair;
  const [a, b] = pair;
  if (a.links.includes(b.id))
    return reject("ALREADY_LINKED", `${a.id} and ${b.id} are already linked`, "otherIncidentId");
  ctx.emit({ type: "IncidentsLinked", at: ctx.at, incidentId: a.id, otherIncidentId: b.id });
  return undefined;
}

export function clearIncident(ctx: Ctx, input: ClearIncident): Outcome {
  const incident = readActive(ctx, input);
  if ("code" in incident) return incident;
  releaseAll(ctx, incident);
  changeIncidentStatus(ctx, incident, "cleared", "cleared by dispatcher");
  return undefined;
}

export function closeIncident(ctx: Ctx, input: CloseIncident): Outcome {
  const f = new FieldCheck(input);
  const disposition = f.string("disposition", { max: 64 });
  const incident = readIncident(ctx, f);
  if ("code" in incident) return incident;
  if (incident.status === "closed")
    return reject("INCIDENT_NOT_ACTIVE", `incident ${incident.id} is already closed`, "incidentId");
  if (!ctx.config.dispositions.has(disposition)) {
    return reject("UNKNOWN_DISPOSITION", `"${disposition}" is not a configured disposition`, "disposition");
  }
  releaseAll(ctx, incident);
  changeIncidentStatus(ctx, incident, "closed", "closed by dispatcher", disposition);
  return undefined;
}

export function reopenIncident(ctx: Ctx, input: ReopenIncident): Outcome {
  const f = new FieldCheck(input);
  const reason = f.string("reason", { optional: true, max: 500 });
  const incident = readIncident(ctx, f);
  if ("code" in incident) return incident;
  if (incident.status !== "closed" && incident.status !== "cleared") {
    return reject("INCIDENT_NOT_CLOSED", `incident ${incident.id} is ${incident.status}`, "incidentId");
  }
  if (incident.mergedInto !== null) {
    return reject(
      "INCIDENT_NOT_ACTIVE",
      `incident ${incident.id} was merged into ${incident.mergedInto}; reopen that`,
      "incidentId",
    );
  }
  changeIncidentStatus(ctx, incident, "pending", reason === "" ? "reopened" : `reopened: ${reason}`);
  return undefined;
}

export function reprioritiseIncident(ctx: Ctx, input: ReprioritiseIncident): Outcome {
  const f = new FieldCheck(input);
  const priority = f.number("priority", { int: true, min: 1, max: ctx.config.priorities.size });
  const note = f.string("reason", { optional: true, max: 500 });
  const incident = readIncident(ctx, f);
  if ("code" in incident) return incident;
  if (!ctx.state.active.has(incident.id))
    return reject("INCIDENT_NOT_ACTIVE", `incident ${incident.id} is ${incident.status}`, "incidentId");
  if (priority === incident.priority)
    return reject("INVALID_FIELD", `incident ${incident.id} is already priority ${priority}`, "priority");
  ctx.emit({
    type: "IncidentReprioritised",
    at: ctx.at,
    incidentId: incident.id,
    from: incident.priority,
    to: priority,
    reason: "dispatcher",
    note,
  });
  return undefined;
}

export function addNote(ctx: Ctx, input: AddNote): Outcome {
  const f = new FieldCheck(input);
  const text = f.string("text");
  const author = f.string("author", { optional: true, max: 128 });
  const incident = readIncident(ctx, f);
  if ("code" in incident) return incident;
  if (incident.notes.length >= MAX_NOTES)
    return reject("INVALID_FIELD", `incident ${incident.id} has reached ${MAX_NOTES} notes`, "text");
  ctx.emit({ type: "NoteAdded", at: ctx.at, incidentId: incident.id, author, text });
  return undefined;
}

/** An input that names an incident. */
type IncidentInput = { readonly incidentId: string };

function readIncident<T extends IncidentInput>(
  ctx: Ctx,
  f: FieldCheck<T>,
  field: FieldOf<T> = "incidentId",
): Incident | Rejection {
  const id = f.id(field);
  if (f.rejection !== undefined) return f.rejection;
  return ctx.state.incidents.get(id) ?? reject("UNKNOWN_INCIDENT", `no incident ${id}`, field);
}

function readActive(ctx: Ctx, input: IncidentInput): Incident | Rejection {
  const id = input.incidentId;
  // An id as it nearly always comes is looked up directly; FieldCheck reads any other.
  const incident = isId(id)
    ? (ctx.state.incidents.get(id) ?? reject("UNKNOWN_INCIDENT", `no incident ${id}`, "incidentId"))
    : readIncident(ctx, new FieldCheck(input));
  if ("code" in incident) return incident;
  if (!ctx.state.active.has(incident.id))
    return reject("INCIDENT_NOT_ACTIVE", `incident ${incident.id} is ${incident.status}`, "incidentId");
  return incident;
}

function readPair<T extends IncidentInput>(
  ctx: Ctx,
  input: T,
  otherField: FieldOf<T>,
): [Incident, Incident] | Rejection {
  const f = new FieldCheck(input);
  const a = readIncident(ctx, f);
  if ("code" in a) return a;
  const b = readIncident(ctx, f, otherField);
  if ("code" in b) return b;
  if (a.id === b.id)
    return reject("SAME_INCIDENT", `an incident cannot be merged or linked with itself`, otherField);
  return [a, b];
}

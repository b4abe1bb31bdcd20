import type { DispatchUnit, ReassignUnit, UpdateUnitStatus } from "../model/inputs.ts";
import { reject, type Rejection } from "../model/rejection.ts";
import {
  UNIT_STATUSES,
  isFreeToDispatch,
  type Incident,
  type Unit,
  type UnitStatus,
} from "../model/state.ts";
import type { Ctx } from "./context.ts";
import { FieldCheck, isId, isText, type Outcome } from "./context.ts";
import { advanceIncident, afterUnitLeft, releaseUnit, stageOf } from "./lifecycle.ts";

const MAX_STATUS_LENGTH = 64;

/** Where a unit may go by a reported status. Dispatch happens only by command. */
const NEXT: Record<UnitStatus, readonly UnitStatus[]> = {
  available: ["out_of_service"],
  dispatched: ["en_route", "on_scene", "available", "returning", "out_of_service"],
  en_route: ["on_scene", "available", "returning", "out_of_service"],
  on_scene: ["transporting", "available", "returning", "out_of_service"],
  transporting: ["at_hospital", "available", "returning", "out_of_service"],
  at_hospital: ["transporting", "available", "returning", "out_of_service"],
  returning: ["available", "out_of_service"],
  out_of_service: ["available"],
};

export function dispatchUnit(ctx: Ctx, input: DispatchUnit): Outcome {
  const target = readAssignment(ctx, input);
  if ("code" in target) return target;
  const { incident, unit } = target;
  if (!isFreeToDispatch(ctx.config, unit)) {
    const where = unit.incidentId === null ? "" : ` on ${unit.incidentId}`;
    return reject(
      "UNIT_NOT_AVAILABLE",
      `unit ${unit.id} is ${unit.status}${where}; reassign to pre-empt it`,
      "unitId",
    );
  }
  assign(ctx, unit, incident);
  return undefined;
}

export function reassignUnit(ctx: Ctx, input: ReassignUnit): Outcome {
  const target = readAssignment(ctx, input);
  if ("code" in target) return target;
  const { incident, unit } = target;
  if (unit.status === "out_of_service") {
    return reject("UNIT_NOT_AVAILABLE", `unit ${unit.id} is out of service`, "unitId");
  }
  if (unit.incidentId !== null) {
    const previous = ctx.state.incidents.get(unit.incidentId) as Incident;
    releaseUnit(ctx, unit, "preempted", unit.status, unit.status);
    afterUnitLeft(ctx, previous, unit.id);
  }
  assign(ctx, unit, incident);
  return undefined;
}

export function updateUnitStatus(ctx: Ctx, input: UpdateUnitStatus): Outcome {
  let { unitId, status: reported } = input;
  if (!isId(unitId) || !isText(reported, MAX_STATUS_LENGTH)) {
    // Only FieldCheck finds the words for what is wrong.
    const f = new FieldCheck(input);
    unitId = f.id("unitId");
    reported = f.string("status", { max: MAX_STATUS_LENGTH });
    if (f.rejection !== undefined) return f.rejection;
  }
  const unit = ctx.state.units.get(unitId);
  if (unit === undefined) return reject("UNKNOWN_UNIT", `no unit ${unitId}`, "unitId");
  const to = resolveStatus(ctx, unit, reported);
  if (to === undefined)
    return reject("UNKNOWN_STATUS", `"${reported}" is not a status of ${unit.agency}`, "status");
  // Terminals repeat their last report (a retry, a second button press): a repeat changes nothing.
  if (to === unit.status) return undefined;
  if (!NEXT[unit.status].includes(to)) {
    const hint = to === "dispatched" ? "; dispatch by command" : "";
    return reject(
      "ILLEGAL_TRANSITION",
      `unit ${unit.id} cannot go from ${unit.status} to ${to}${hint}`,
      "status",
    );
  }
  const incident =
    unit.incidentId === null ? undefined : (ctx.state.incidents.get(unit.incidentId) as Incident);
  const stage = stageOf(to);
  if (incident !== undefined && stage === null) {
    releaseUnit(ctx, unit, to === "out_of_service" ? "out_of_service" : "cleared", to, reported);
    afterUnitLeft(ctx, incident, unit.id);
    return undefined;
  }
  ctx.emit({
    type: "UnitStatusChanged",
    at: ctx.at,
    unitId,
    from: unit.status,
    to,
    incidentId: unit.incidentId,
    reported,
  });
  if (incident !== undefined && stage !== null) advanceIncident(ctx, incident, stage, unit.id, to);
  return undefined;
}

function resolveStatus(ctx: Ctx, unit: Unit, reported: string): UnitStatus | undefined {
  if ((UNIT_STATUSES as readonly string[]).includes(reported)) return reported as UnitStatus;
  return ctx.config.agencies.get(unit.agency)?.statusNames.get(reported);
}

function readAssignment(
  ctx: Ctx,
  input: DispatchUnit | ReassignUnit,
): { incident: Incident; unit: Unit } | Rejection {
  let { incidentId, unitId } = input;
  if (!isId(incidentId) || !isId(unitId)) {
    // Only FieldCheck finds the words for what is wrong.
    const f = new FieldCheck(input);
    incidentId = f.id("incidentId");
    unitId = f.id("unitId");
    if (f.rejection !== undefined) return f.rejection;
  }
  const incident = ctx.state.incidents.get(incidentId);
  if (incident === undefined) return reject("UNKNOWN_INCIDENT", `no incident ${incidentId}`, "incidentId");
  if (!ctx.state.active.has(incidentId)) {
    return reject("INCIDENT_NOT_ACTIVE", `incident ${incidentId} is ${incident.status}`, "incidentId");
  }
  const unit = ctx.state.units.get(unitId);
  if (unit === undefined) return reject("UNKNOWN_UNIT", `no unit ${unitId}`, "unitId");
  if (unit.incidentId === incidentId) {
    return reject("UNIT_ALREADY_ASSIGNED", `unit ${unitId} already serves ${incidentId}`, "unitId");
  }
  return { incident, unit };
}

function assign(ctx: Ctx, unit: Unit, incident: Incident): void {
  const at = ctx.at;
  ctx.emit({ type: "UnitDispatched", at, unitId: unit.id, incidentId: incident.id });
  ctx.emit({
    type: "UnitStatusChanged",
    at,
    unitId: unit.id,
    from: unit.status,
    to: "dispatched",
    incidentId: incident.id,
    reported: "dispatched",
  });
  advanceIncident(ctx, incident, "dispatched", unit.id, "dispatched");
}

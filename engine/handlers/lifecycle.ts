import { recommend } from "../recommend/recommend.ts";
import type { UnitReleaseReason } from "../model/events.ts";
import type { Incident, IncidentStatus, Unit, UnitStatus } from "../model/state.ts";
import type { Ctx } from "./context.ts";

/**
 * How far an incident is on its way to the scene, so that it only ever moves forward (and a merge
 * takes the further of two). Cleared and closed are off that ladder (-1); they are never ranked
 * against each other, since units serve active incidents only and a merge refuses a closed one.
 */
export const STAGE_RANK: Readonly<Record<IncidentStatus, number>> = {
  pending: 0,
  dispatched: 1,
  en_route: 2,
  on_scene: 3,
  cleared: -1,
  closed: -1,
};

/** The incident stage a unit's status stands for. */
export function stageOf(status: UnitStatus): IncidentStatus | null {
  switch (status) {
    case "dispatched":
      return "dispatched";
    case "en_route":
      return "en_route";
    case "on_scene":
    case "transporting":
    case "at_hospital":
      return "on_scene";
    case "available":
    case "returning":
    case "out_of_service":
      return null;
  }
}

/**
 * Moves an incident forward to `stage` if that is further than where it is (never back), for a
 * unit's new status (the reason, "<unit> <status>", is composed only then).
 */
export function advanceIncident(
  ctx: Ctx,
  incident: Incident,
  stage: IncidentStatus,
  unitId: string,
  unitStatus: UnitStatus,
): void {
  if (STAGE_RANK[stage] > STAGE_RANK[incident.status]) {
    changeIncidentStatus(ctx, incident, stage, `${unitId} ${unitStatus}`);
  }
}

export function changeIncidentStatus(
  ctx: Ctx,
  incident: Incident,
  to: IncidentStatus,
  reason: string,
  disposition: string | null = null,
): void {
  ctx.emit({
    type: "IncidentStatusChanged",
    at: ctx.at,
    incidentId: incident.id,
    from: incident.status,
    to,
    reason,
    disposition,
  });
  if (to === "pending") emitRecommendation(ctx, incident);
}

/** Recommends units for an incident that waits for them (unless the caller needs the state only). */
export function emitRecommendation(ctx: Ctx, incident: Incident): void {
  if (!ctx.recommendations) return;
  ctx.emit({ type: "UnitsRecommended", at: ctx.at, ...recommend(ctx.state, ctx.config, incident, ctx.at) });
}

/** Takes a unit off its incident and gives it a new status. */
export function releaseUnit(
  ctx: Ctx,
  unit: Unit,
  reason: UnitReleaseReason,
  to: UnitStatus,
  reported: string,
): void {
  const incidentId = unit.incidentId;
  if (incidentId === null) throw new Error(`releaseUnit: ${unit.id} is not assigned`);
  ctx.emit({ type: "UnitReleased", at: ctx.at, unitId: unit.id, incidentId, reason });
  if (to !== unit.status) {
    ctx.emit({
      type: "UnitStatusChanged",
      at: ctx.at,
      unitId: unit.id,
      from: unit.status,
      to,
      incidentId: null,
      reported,
    });
  }
}

/**
 * After an incident lost a unit: with none left, an incident that had a unit on scene is
 * cleared; one that never had is back in the queue, because nobody has helped yet.
 */
export function afterUnitLeft(ctx: Ctx, incident: Incident, unitId: string): void {
  if (incident.unitIds.length > 0 || !ctx.state.active.has(incident.id) || incident.status === "pending")
    return;
  if (incident.status === "on_scene") {
    changeIncidentStatus(ctx, incident, "cleared", `last unit ${unitId} cleared`);
  } else {
    changeIncidentStatus(ctx, incident, "pending", `no unit left after ${unitId}: back in the queue`);
  }
}

/** Releases every unit of an incident that the dispatcher clears or closes. */
export function releaseAll(ctx: Ctx, incident: Incident): void {
  const to = ctx.config.dispatch.releasedUnitStatus;
  for (const unitId of [...incident.unitIds]) {
    const unit = ctx.state.units.get(unitId) as Unit;
    releaseUnit(ctx, unit, "incident_cleared", to, to);
  }
}

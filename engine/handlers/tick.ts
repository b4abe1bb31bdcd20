import type { Incident, Timer, Unit } from "../model/state.ts";
import { dispatchTargetSeconds } from "../queue/target.ts";
import { popDueTimer } from "../timers/timers.ts";
import type { Ctx, Outcome } from "./context.ts";

/** A bound on the work of one tick; timers left over fire on the next one. */
const MAX_TIMERS_PER_TICK = 10_000;

/** Time advances: every due, still-valid timer fires its alert. */
export function tick(ctx: Ctx): Outcome {
  for (let n = 0; n < MAX_TIMERS_PER_TICK; n++) {
    const timer = popDueTimer(ctx.state, ctx.at);
    if (timer === undefined) break;
    if (timer.kind === "incident_overdue") fireOverdue(ctx, timer);
    else fireUnitStatus(ctx, timer);
  }
  return undefined;
}

function fireOverdue(ctx: Ctx, timer: Timer): void {
  const incident: Incident | undefined = ctx.state.incidents.get(timer.targetId);
  if (incident === undefined || incident.status !== "pending" || incident.timerToken !== timer.seq) return;
  const count = incident.overdueAlerts + 1;
  const priority = incident.priority;
  ctx.emit({
    type: "IncidentOverdue",
    at: ctx.at,
    incidentId: incident.id,
    priority,
    waitedSeconds: Math.floor((ctx.at - incident.queuedAt) / 1000),
    targetSeconds: dispatchTargetSeconds(ctx.config, incident),
    count,
  });
  // The first time a call goes overdue it escalates one level, once: aging, not a runaway.
  if (count === 1 && priority > 1) {
    ctx.emit({
      type: "IncidentReprioritised",
      at: ctx.at,
      incidentId: incident.id,
      from: priority,
      to: priority - 1,
      reason: "overdue",
      note: "waited past its dispatch target",
    });
  }
}

function fireUnitStatus(ctx: Ctx, timer: Timer): void {
  const unit: Unit | undefined = ctx.state.units.get(timer.targetId);
  if (unit === undefined || unit.timerToken !== timer.seq) return;
  const limitSeconds = ctx.config.unitStatusTimers.get(unit.status);
  if (limitSeconds === undefined) return;
  ctx.emit({
    type: "UnitStatusOverdue",
    at: ctx.at,
    unitId: unit.id,
    status: unit.status,
    incidentId: unit.incidentId,
    sinceAt: unit.statusSince,
    limitSeconds,
    count: unit.statusAlerts + 1,
  });
}

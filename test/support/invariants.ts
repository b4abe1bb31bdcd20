import {
  ACTIVE_INCIDENT_STATUSES,
  ASSIGNED_STATUSES,
  comparePending,
  type EngineState,
} from "../../engine/index.ts";

/** Checks the state's invariants; returns the broken ones (empty when all hold). */
export function brokenInvariants(state: EngineState): string[] {
  const broken: string[] = [];
  for (const unit of state.units.values()) {
    if ((unit.incidentId !== null) !== ASSIGNED_STATUSES.has(unit.status)) {
      broken.push(`unit ${unit.id} is ${unit.status} with incident ${unit.incidentId}`);
    }
    if (unit.incidentId !== null && !state.incidents.get(unit.incidentId)?.unitIds.includes(unit.id)) {
      broken.push(`unit ${unit.id} names ${unit.incidentId}, which does not list it`);
    }
  }
  const servedBy = new Map<string, string>();
  for (const incident of state.incidents.values()) {
    for (const unitId of incident.unitIds) {
      const other = servedBy.get(unitId);
      if (other !== undefined) broken.push(`unit ${unitId} serves both ${other} and ${incident.id}`);
      servedBy.set(unitId, incident.id);
      if (state.units.get(unitId)?.incidentId !== incident.id)
        broken.push(`${incident.id} lists ${unitId}, which serves elsewhere`);
    }
    const busy =
      incident.status === "dispatched" || incident.status === "en_route" || incident.status === "on_scene";
    if (busy && incident.unitIds.length === 0)
      broken.push(`${incident.id} is ${incident.status} without a unit`);
    if (!busy && incident.unitIds.length > 0) broken.push(`${incident.id} is ${incident.status} with units`);
    if (incident.mergedInto === null && incident.callIds.length === 0)
      broken.push(`${incident.id} has no call`);
    for (const callId of incident.callIds) {
      if (state.calls.get(callId)?.incidentId !== incident.id)
        broken.push(`${incident.id} lists call ${callId} of another`);
    }
    if (ACTIVE_INCIDENT_STATUSES.has(incident.status) !== state.active.has(incident.id)) {
      broken.push(`active index wrong for ${incident.id} (${incident.status})`);
    }
  }
  if (
    state.activeByPlace.size !== state.active.size ||
    [...state.active].some((id) => !state.activeByPlace.has(id))
  ) {
    broken.push(
      `the place index of active incidents (${state.activeByPlace.size}) disagrees with the active set (${state.active.size})`,
    );
  }
  const expected = [...state.incidents.values()]
    .filter((i) => i.status === "pending")
    .sort(comparePending)
    .map((i) => i.id);
  if (JSON.stringify(expected) !== JSON.stringify(state.pending)) {
    broken.push(`pending queue ${state.pending.join(",")} should be ${expected.join(",")}`);
  }
  return broken;
}

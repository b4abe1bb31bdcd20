import type { EngineConfig, EngineEvent, EngineState } from "../../engine/index.ts";
import type { AssignedIncident, UnitAssignment } from "./codec/index.ts";

/** Callers and notes a unit message carries at most (the newest): the incident query has the rest. */
export const ASSIGNED_CALLERS_MAX = 20;
export const ASSIGNED_NOTES_MAX = 50;

/**
 * What unit `unitId`'s terminal shows, read from the engine's state as it stands (just after an
 * input, for the unit messages; now, for the `unit` query). Undefined for a unit not on the roster.
 * A function of the state and the configuration in force only: the same log gives the same messages.
 */
export function unitAssignmentOf(
  state: EngineState,
  config: EngineConfig,
  unitId: string,
): UnitAssignment | undefined {
  const unit = state.units.get(unitId);
  if (unit === undefined) return undefined;
  const incident = unit.incidentId === null ? undefined : state.incidents.get(unit.incidentId);
  return {
    unitId,
    unitStatus: unit.status,
    incident: incident === undefined ? null : assignedIncident(state, config, incident.id),
  };
}

function assignedIncident(state: EngineState, config: EngineConfig, id: string): AssignedIncident | null {
  const i = state.incidents.get(id);
  if (i === undefined) return null;
  const calls = i.callIds.flatMap((c) => {
    const call = state.calls.get(c);
    return call === undefined ? [] : [call];
  });
  const flags = [...new Set(calls.flatMap((c) => c.flags))];
  return {
    incidentId: i.id,
    status: i.status,
    callType: i.callType,
    callTypeName: config.callTypes.get(i.callType)?.name ?? i.callType,
    priority: i.priority,
    address: i.address,
    lon: i.lon,
    lat: i.lat,
    zone: i.zone,
    receivedAt: i.times.receivedAt,
    flags,
    callers: calls.slice(-ASSIGNED_CALLERS_MAX).map((c) => ({
      callId: c.id,
      receivedAt: c.receivedAt,
      flags: c.flags,
      description: c.description,
    })),
    notes: i.notes.slice(-ASSIGNED_NOTES_MAX),
    notesTotal: i.notes.length,
    unitIds: [...i.unitIds],
  };
}

/**
 * The incident whose crews' subjects also carry this event, if any: what changes an incident its
 * crews must know (a note, another caller and their flags, a new priority, a merge into it) goes
 * to every unit assigned to it. (A unit's own dispatch, release and status go to that unit.)
 */
export function crewsEventIncident(event: EngineEvent): string | undefined {
  switch (event.type) {
    case "NoteAdded":
    case "CallAttached":
    case "IncidentReprioritised":
      return event.incidentId;
    case "IncidentsMerged":
      return event.intoIncidentId;
    default:
      return undefined;
  }
}

import type { EngineConfig } from "../config/types.ts";
import type { UnitAdded, UnitChanged, UnitStatusChanged } from "../model/events.ts";
import type { EngineState, Unit } from "../model/state.ts";
import { addTimeline, armStatusTimer, getUnit } from "./schedule.ts";
import { timelineText } from "./timeline-text.ts";

export function unitAdded(state: EngineState, e: UnitAdded): void {
  const unit: Unit = {
    id: e.unitId,
    type: e.unitType,
    capabilities: [...e.capabilities],
    agency: e.agency,
    station: e.station,
    crew: e.crew,
    status: "available",
    statusSince: e.at,
    incidentId: null,
    // A new unit is where its station is until AVL says otherwise.
    lon: e.station?.lon ?? null,
    lat: e.station?.lat ?? null,
    positionAt: e.station === null ? null : e.at,
    positionSource: e.station === null ? null : "station",
    timerToken: -1,
    statusAlerts: 0,
  };
  state.units.set(unit.id, unit);
  state.unitIndex.place(unit);
}

export function unitChanged(state: EngineState, e: UnitChanged): void {
  const unit = getUnit(state, e.unitId);
  if (unit.status === "returning") {
    state.unitIndex.countReturning(unit.type, -1);
    state.unitIndex.countReturning(e.unitType, 1);
  }
  unit.type = e.unitType;
  unit.agency = e.agency;
  unit.capabilities = [...e.capabilities];
  unit.station = e.station;
  unit.crew = e.crew;
  if (unit.positionSource !== "avl") {
    unit.lon = e.station?.lon ?? null;
    unit.lat = e.station?.lat ?? null;
    unit.positionAt = e.station === null ? null : e.at;
    unit.positionSource = e.station === null ? null : "station";
  }
  state.unitIndex.place(unit);
}

export function unitStatusChanged(state: EngineState, config: EngineConfig, e: UnitStatusChanged): void {
  const unit = getUnit(state, e.unitId);
  if (unit.status === "returning") state.unitIndex.countReturning(unit.type, -1);
  if (e.to === "returning") state.unitIndex.countReturning(unit.type, 1);
  unit.status = e.to;
  unit.statusSince = e.at;
  unit.statusAlerts = 0;
  // The index holds only the units that may be free: this one may join or leave it.
  state.unitIndex.statusChanged(unit);
  armStatusTimer(state, config, unit, e.at);
  if (e.incidentId !== null) {
    const incident = state.incidents.get(e.incidentId);
    if (incident !== undefined) addTimeline(incident, e, timelineText(e));
  }
}

export function unitAssigned(state: EngineState, unitId: string, incidentId: string): void {
  getUnit(state, unitId).incidentId = incidentId;
  const incident = state.incidents.get(incidentId);
  if (incident === undefined) throw new Error(`event names unknown incident ${incidentId}`);
  incident.unitIds.push(unitId);
}

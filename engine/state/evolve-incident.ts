import type { EngineConfig } from "../config/types.ts";
import type {
  CallAttached,
  IncidentCreated,
  IncidentReprioritised,
  IncidentsLinked,
  IncidentsMerged,
  IncidentStatusChanged,
} from "../model/events.ts";
import {
  ACTIVE_INCIDENT_STATUSES,
  type EngineState,
  type Incident,
  type IncidentTimes,
  type Note,
  type TimelineEntry,
} from "../model/state.ts";
import { queueInsert, queueRemove } from "../queue/pending.ts";
import { keepEarliestTimes } from "./merge-times.ts";
import { addTimeline, armOverdue, getIncident, removeValue } from "./schedule.ts";
import { otherTimelineLine, timelineText } from "./timeline-text.ts";

export function incidentCreated(state: EngineState, config: EngineConfig, e: IncidentCreated): void {
  // The times and the lists are made apart and the incident refers to them: an object literal
  // with literals nested in it is copied from its template by a slower path than a flat one.
  const times: IncidentTimes = {
    receivedAt: e.receivedAt,
    answeredAt: e.answeredAt,
    createdAt: e.at,
    firstDispatchedAt: null,
    firstEnRouteAt: null,
    firstOnSceneAt: null,
    clearedAt: null,
    closedAt: null,
    firstClearedAt: null,
    firstClosedAt: null,
  };
  const callIds: string[] = [];
  const unitIds: string[] = [];
  const mergedFrom: string[] = [];
  const links: string[] = [];
  const notes: Note[] = [];
  const timeline: TimelineEntry[] = [];
  const incident: Incident = {
    id: e.incidentId,
    callType: e.callType,
    priority: e.priority,
    status: "pending",
    lon: e.lon,
    lat: e.lat,
    address: e.address,
    zone: e.zone,
    callIds,
    unitIds,
    times,
    disposition: null,
    mergedInto: null,
    mergedFrom,
    links,
    notes,
    timeline,
    queuedAt: e.receivedAt,
    lastCallAt: e.receivedAt,
    timerToken: -1,
    overdueAlerts: 0,
  };
  state.incidents.set(incident.id, incident);
  state.active.add(incident.id);
  state.activeByPlace.set(incident.id, incident.lon, incident.lat, incident);
  state.nextIncidentNumber++;
  queueInsert(state, incident);
  armOverdue(state, config, incident, e.at);
  addTimeline(incident, e, timelineText(e));
}

export function callAttached(state: EngineState, e: CallAttached): void {
  const call = state.calls.get(e.callId);
  if (call === undefined) throw new Error(`event names unknown call ${e.callId}`);
  if (e.fromIncidentId !== null) {
    const from = getIncident(state, e.fromIncidentId);
    removeValue(from.callIds, e.callId);
    addTimeline(from, e, otherTimelineLine(e)?.text ?? null);
  }
  const incident = getIncident(state, e.incidentId);
  call.incidentId = incident.id;
  incident.callIds.push(call.id);
  incident.lastCallAt = Math.max(incident.lastCallAt, call.receivedAt);
  addTimeline(incident, e, timelineText(e));
}

export function incidentReprioritised(
  state: EngineState,
  config: EngineConfig,
  e: IncidentReprioritised,
): void {
  const incident = getIncident(state, e.incidentId);
  const pending = incident.status === "pending";
  if (pending) queueRemove(state, incident);
  incident.priority = e.to;
  if (pending) {
    queueInsert(state, incident);
    armOverdue(state, config, incident, e.at);
  }
  addTimeline(incident, e, timelineText(e));
}

export function incidentStatusChanged(
  state: EngineState,
  config: EngineConfig,
  e: IncidentStatusChanged,
): void {
  const incident = getIncident(state, e.incidentId);
  const times = incident.times;
  if (e.from === "pending") {
    queueRemove(state, incident);
    incident.timerToken = -1;
  }
  incident.status = e.to;
  switch (e.to) {
    case "pending":
      // A reopen ends the current clearance; the first one stays in firstClearedAt/firstClosedAt.
      incident.queuedAt = e.at;
      incident.overdueAlerts = 0;
      incident.disposition = null;
      times.clearedAt = null;
      times.closedAt = null;
      queueInsert(state, incident);
      armOverdue(state, config, incident, e.at);
      break;
    case "dispatched":
      times.firstDispatchedAt ??= e.at;
      break;
    case "en_route":
      times.firstEnRouteAt ??= e.at;
      break;
    case "on_scene":
      times.firstOnSceneAt ??= e.at;
      break;
    case "cleared":
      times.clearedAt = e.at;
      times.firstClearedAt ??= e.at;
      break;
    case "closed":
      times.clearedAt ??= e.at;
      times.closedAt = e.at;
      times.firstClearedAt ??= e.at;
      times.firstClosedAt ??= e.at;
      incident.disposition = e.disposition;
      break;
  }
  if (ACTIVE_INCIDENT_STATUSES.has(e.to)) {
    state.active.add(incident.id);
    state.activeByPlace.set(incident.id, incident.lon, incident.lat, incident);
  } else {
    state.active.delete(incident.id);
    state.activeByPlace.remove(incident.id);
  }
  addTimeline(incident, e, timelineText(e));
}

export function incidentsMerged(state: EngineState, e: IncidentsMerged): void {
  const source = getIncident(state, e.incidentId);
  const target = getIncident(state, e.intoIncidentId);
  const targetPending = target.status === "pending";
  // The merged timeline starts at the earliest of the two, which moves the target in the queue.
  if (targetPending) queueRemove(state, target);
  for (const callId of e.callIds) {
    const call = state.calls.get(callId);
    if (call !== undefined) call.incidentId = target.id;
    target.callIds.push(callId);
  }
  for (const unitId of e.unitIds) {
    const unit = state.units.get(unitId);
    if (unit !== undefined) unit.incidentId = target.id;
    target.unitIds.push(unitId);
  }
  source.callIds = [];
  source.unitIds = [];
  source.mergedInto = target.id;
  target.mergedFrom.push(source.id);
  keepEarliestTimes(target.times, source.times);
  target.lastCallAt = Math.max(target.lastCallAt, source.lastCallAt);
  if (targetPending) queueInsert(state, target);
  addTimeline(source, e, timelineText(e));
  addTimeline(target, e, otherTimelineLine(e)?.text ?? null);
}

export function incidentsLinked(state: EngineState, e: IncidentsLinked): void {
  const incident = getIncident(state, e.incidentId);
  const other = getIncident(state, e.otherIncidentId);
  incident.links.push(other.id);
  other.links.push(incident.id);
  addTimeline(incident, e, timelineText(e));
  addTimeline(other, e, otherTimelineLine(e)?.text ?? null);
}

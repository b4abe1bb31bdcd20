import type { EngineConfig } from "../config/types.ts";
import type { EngineEvent } from "../model/events.ts";
import type { EngineState, IncidentShare, IncomingIncident } from "../model/state.ts";
import {
  callAttached,
  incidentCreated,
  incidentReprioritised,
  incidentsLinked,
  incidentsMerged,
  incidentStatusChanged,
} from "./evolve-incident.ts";
import { unitAdded, unitAssigned, unitChanged, unitStatusChanged } from "./evolve-unit.ts";
import { addTimeline, armOverdue, armStatusTimer, getIncident, getUnit, removeValue } from "./schedule.ts";
import { timelineText } from "./timeline-text.ts";
import { scheduleTimer } from "../timers/timers.ts";

function getIncoming(state: EngineState, trackingId: string): IncomingIncident {
  const incoming = state.incoming.get(trackingId);
  if (incoming === undefined) throw new Error(`no incoming incident ${trackingId}`);
  return incoming;
}

/**
 * Applies one event to the state, in place. Events carry every fact they need, so the
 * same events always give the same state; all judgement happened in the handlers.
 */
export function evolve(state: EngineState, config: EngineConfig, e: EngineEvent): void {
  switch (e.type) {
    case "CallReceived":
      state.calls.set(e.callId, {
        id: e.callId,
        incidentId: "",
        receivedAt: e.receivedAt,
        answeredAt: e.answeredAt,
        lon: e.lon,
        lat: e.lat,
        address: e.address,
        callType: e.callType,
        callerNumber: e.callerNumber,
        flags: e.flags,
        description: e.description,
      });
      return;
    case "CallTypeDefaulted":
      return;
    case "IncidentCreated":
      return incidentCreated(state, config, e);
    case "CallAttached":
      return callAttached(state, e);
    case "IncidentReprioritised":
      return incidentReprioritised(state, config, e);
    case "IncidentStatusChanged":
      return incidentStatusChanged(state, config, e);
    case "IncidentsMerged":
      return incidentsMerged(state, e);
    case "IncidentsLinked":
      return incidentsLinked(state, e);
    case "NoteAdded": {
      const incident = getIncident(state, e.incidentId);
      incident.notes.push({ at: e.at, author: e.author, text: e.text });
      return;
    }
    case "UnitDispatched":
      unitAssigned(state, e.unitId, e.incidentId);
      return;
    case "UnitReleased": {
      getUnit(state, e.unitId).incidentId = null;
      const incident = getIncident(state, e.incidentId);
      removeValue(incident.unitIds, e.unitId);
      addTimeline(incident, e, timelineText(e));
      return;
    }
    case "UnitStatusChanged":
      return unitStatusChanged(state, config, e);
    case "UnitLocationUpdated": {
      const unit = getUnit(state, e.unitId);
      unit.lon = e.lon;
      unit.lat = e.lat;
      unit.positionAt = e.fixAt;
      unit.positionSource = "avl";
      state.unitIndex.place(unit);
      return;
    }
    case "UnitAdded":
      return unitAdded(state, e);
    case "UnitChanged":
      return unitChanged(state, e);
    case "UnitRetired":
      if (getUnit(state, e.unitId).status === "returning")
        state.unitIndex.countReturning(getUnit(state, e.unitId).type, -1);
      state.units.delete(e.unitId);
      state.unitIndex.remove(e.unitId);
      return;
    case "UnitsRecommended":
      return;
    case "UnitChecked": {
      const unit = getUnit(state, e.unitId);
      unit.statusAlerts = 0;
      armStatusTimer(state, config, unit, e.at);
      return;
    }
    case "IncidentOverdue": {
      const incident = getIncident(state, e.incidentId);
      incident.overdueAlerts = e.count;
      armOverdue(state, config, incident, e.at);
      addTimeline(incident, e, timelineText(e));
      return;
    }
    case "UnitStatusOverdue": {
      const unit = getUnit(state, e.unitId);
      unit.statusAlerts = e.count;
      unit.timerToken = scheduleTimer(state, "unit_status", unit.id, e.at + e.limitSeconds * 1000);
      return;
    }
    case "LeadershipChanged":
      state.leadership = { term: e.term, replica: e.replica, claimId: e.claimId, since: e.at };
      return;
    case "IncomingIncidentReceived":
      state.incoming.set(e.trackingId, {
        trackingId: e.trackingId,
        senderAgency: e.senderAgency,
        updatedAt: e.updatedAt,
        receivedAt: e.at,
        status: "pending",
        incidentId: null,
        declineReason: null,
        detail: e.detail,
      });
      return;
    case "IncomingIncidentUpdated": {
      const incoming = getIncoming(state, e.trackingId);
      incoming.updatedAt = e.updatedAt;
      incoming.detail = e.detail;
      return;
    }
    case "IncomingIncidentAccepted": {
      const incoming = getIncoming(state, e.trackingId);
      incoming.status = "accepted";
      incoming.incidentId = e.incidentId;
      return;
    }
    case "IncomingIncidentDeclined": {
      const incoming = getIncoming(state, e.trackingId);
      incoming.status = "declined";
      incoming.declineReason = e.reason;
      return;
    }
    case "IncomingIncidentMerged": {
      const incoming = getIncoming(state, e.trackingId);
      incoming.status = "merged";
      incoming.mergedInto = e.intoTrackingId;
      return;
    }
    case "IncidentShared":
    case "IncidentTransferred": {
      // One entry per partner: a new share or transfer replaces a declined (or shared) one.
      const others = (state.shares.get(e.incidentId) ?? []).filter((s) => s.agency !== e.toAgency);
      const transfer = e.type === "IncidentTransferred";
      others.push({
        agency: e.toAgency,
        mode: transfer ? "transfer" : "share",
        status: transfer ? "pending" : "active",
        since: e.at,
        reason: transfer ? e.reason : "",
        theirIncidentId: null,
        updatedAt: 0,
        detail: null,
      });
      state.shares.set(e.incidentId, others);
      addTimeline(getIncident(state, e.incidentId), e, timelineText(e));
      return;
    }
    case "IncidentShareEnded": {
      const left = (state.shares.get(e.incidentId) ?? []).filter((s) => s.agency !== e.toAgency);
      if (left.length === 0) state.shares.delete(e.incidentId);
      else state.shares.set(e.incidentId, left);
      addTimeline(getIncident(state, e.incidentId), e, timelineText(e));
      return;
    }
    case "IncidentTransferAnswered": {
      const share = getShare(state, e.incidentId, e.toAgency);
      share.status = e.accepted ? "accepted" : "declined";
      share.theirIncidentId = e.theirIncidentId;
      if (!e.accepted) share.reason = e.reason;
      addTimeline(getIncident(state, e.incidentId), e, timelineText(e));
      return;
    }
    case "SharedIncidentUpdated": {
      const share = getShare(state, e.incidentId, e.fromAgency);
      share.updatedAt = e.updatedAt;
      share.detail = e.detail;
      return;
    }
  }
}

function getShare(state: EngineState, incidentId: string, agency: string): IncidentShare {
  const share = state.shares.get(incidentId)?.find((s) => s.agency === agency);
  if (share === undefined) throw new Error(`incident ${incidentId} is not shared with ${agency}`);
  return share;
}

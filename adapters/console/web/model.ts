import {
  comparePending,
  type EngineEvent,
  type IncidentStatus,
  type IncomingDetail,
  type UnitStatus,
} from "../../../engine/index.ts";
import type { Recommendation, StateIncident, StateReply, StateUnit, WireOutput } from "./protocol.ts";

export interface ConsoleIncident {
  readonly id: string;
  status: IncidentStatus;
  priority: number;
  callType: string;
  readonly lon: number;
  readonly lat: number;
  readonly address: string;
  readonly zone: string | null;
  /** As the engine's incident times: the queue is ordered by `receivedAt` (see comparePending). */
  readonly times: { receivedAt: number };
  /** When it last entered the queue: its wait is counted from here. */
  queuedAt: number;
  unitIds: string[];
  overdueAlerts: number;
  /** When it left the active incidents (cleared, closed), for the recent list. */
  endedAt: number | null;
}

export interface ConsoleUnit {
  readonly id: string;
  type: string;
  agency: string;
  status: UnitStatus;
  statusSince: number;
  incidentId: string | null;
  lon: number | null;
  lat: number | null;
  positionAt: number | null;
  /** Where the position comes from: its station (roster) or an AVL fix. */
  positionSource: "station" | "avl" | null;
  /** Status-timer alerts since the unit entered its status or was last checked. */
  statusAlerts: number;
}

/** Another agency's incident handed over by EIDO, waiting for this agency's answer. */
export interface ConsoleIncoming {
  readonly trackingId: string;
  readonly senderAgency: string;
  /** The sender's version (lastUpdateTimeStamp), epoch ms. */
  updatedAt: number;
  /** When it first came (engine time). */
  readonly receivedAt: number;
  detail: IncomingDetail;
}

export interface ConsoleAlert {
  readonly at: number;
  readonly kind: "incident_overdue" | "unit_overdue" | "rejected";
  readonly text: string;
  readonly inputSeq: number;
  readonly inputId: string;
  readonly incidentId: string | null;
  readonly unitId: string | null;
}

const ACTIVE: ReadonlySet<IncidentStatus> = new Set(["pending", "dispatched", "en_route", "on_scene"]);
const MAX_ALERTS = 200;
const MAX_ENDED = 100;

/**
 * What a console knows: the state from the `state` query, then every later output applied
 * in order. Nothing changes here but by a snapshot or an engine output: never by a guess.
 */
export class ConsoleModel {
  /** The engine's time as last reported (an event's instant or a clock reading). */
  now = 0;
  /** The last input whose outputs are in this model, and the last output index applied from it. */
  seq = 0;
  private index = Infinity;
  loaded = false;
  /** Bumped on every change, so views can skip work when nothing moved. */
  version = 0;
  readonly incidents = new Map<string, ConsoleIncident>();
  readonly units = new Map<string, ConsoleUnit>();
  /** The engine's latest recommendation per active incident, from its UnitsRecommended events. */
  readonly recommendations = new Map<string, Recommendation>();
  /** Alerts and rejections, oldest first. */
  readonly alerts: ConsoleAlert[] = [];
  /** The pending incoming incidents (by EIDO), in the order received. */
  readonly incoming = new Map<string, ConsoleIncoming>();

  /** Replaces everything with a state query's reply. */
  load(state: StateReply): void {
    this.incidents.clear();
    this.units.clear();
    this.recommendations.clear();
    for (const i of [...state.pending, ...state.incidents]) this.incidents.set(i.id, fromState(i));
    for (const u of state.units) this.units.set(u.id, { ...unitFromState(u), statusAlerts: 0 });
    this.incoming.clear();
    for (const i of state.incoming ?? [])
      if (i.status === "pending")
        this.incoming.set(i.trackingId, {
          trackingId: i.trackingId,
          senderAgency: i.senderAgency,
          updatedAt: i.updatedAt,
          receivedAt: i.receivedAt,
          detail: i.detail,
        });
    this.now = state.now;
    this.seq = state.lastInputSeq;
    this.index = Infinity;
    this.loaded = true;
    this.version++;
  }

  /** Applies one output; false when it is not newer than what the model holds (a repeat). */
  apply(o: WireOutput): boolean {
    if (o.inputSeq < this.seq || (o.inputSeq === this.seq && o.index <= this.index)) return false;
    this.seq = o.inputSeq;
    this.index = o.index;
    this.version++;
    if ("rejected" in o) {
      const r = o.rejected;
      this.now = Math.max(this.now, r.at);
      const field = r.field === undefined ? "" : ` (${r.field})`;
      this.alert(r.at, "rejected", `${r.inputKind} rejected: ${r.code}${field}: ${r.reason}`, o, null, null);
      return true;
    }
    this.now = Math.max(this.now, o.event.at);
    this.applyEvent(o.event, o);
    return true;
  }

  /** Records the engine's time from a clock reading. */
  clock(now: number): void {
    if (now > this.now) {
      this.now = now;
      this.version++;
    }
  }

  /** The pending incoming incidents, in the order received: row n of the panel is AI n / DI n. */
  incomingList(): ConsoleIncoming[] {
    return [...this.incoming.values()];
  }

  pending(): ConsoleIncident[] {
    return [...this.incidents.values()].filter((i) => i.status === "pending").sort(comparePending);
  }

  /** Active incidents with units on them, most urgent first. */
  working(): ConsoleIncident[] {
    return [...this.incidents.values()]
      .filter((i) => i.status !== "pending" && ACTIVE.has(i.status))
      .sort(comparePending);
  }

  /** Incidents that left the active list while this page watched, newest first. */
  ended(): ConsoleIncident[] {
    return [...this.incidents.values()]
      .filter((i) => i.endedAt !== null)
      .sort((a, b) => (b.endedAt ?? 0) - (a.endedAt ?? 0));
  }

  private applyEvent(e: EngineEvent, o: WireOutput): void {
    switch (e.type) {
      case "IncidentCreated":
        this.incidents.set(e.incidentId, {
          id: e.incidentId,
          status: "pending",
          priority: e.priority,
          callType: e.callType,
          lon: e.lon,
          lat: e.lat,
          address: e.address,
          zone: e.zone,
          times: { receivedAt: e.receivedAt },
          queuedAt: e.receivedAt,
          unitIds: [],
          overdueAlerts: 0,
          endedAt: null,
        });
        return;
      case "UnitsRecommended":
        this.recommendations.set(e.incidentId, e);
        return;
      case "IncidentReprioritised":
        this.withIncident(e.incidentId, (i) => (i.priority = e.to));
        return;
      case "IncidentStatusChanged":
        this.incidentStatus(e.incidentId, e.to, e.at);
        return;
      case "IncidentsMerged":
        this.merged(e.incidentId, e.intoIncidentId, e.unitIds);
        return;
      case "IncidentOverdue":
        this.withIncident(e.incidentId, (i) => (i.overdueAlerts = e.count));
        this.alert(
          e.at,
          "incident_overdue",
          `${e.incidentId} P${e.priority} overdue: waited ${e.waitedSeconds} s of ${e.targetSeconds} s (alert ${e.count})`,
          o,
          e.incidentId,
          null,
        );
        return;
      default:
        if (!this.applyIncomingEvent(e)) this.applyUnitEvent(e, o);
    }
  }

  /**
   * Incoming incidents: a first version waits; a newer one replaces what the row shows; an
   * answer (accepted, declined, merged by the sender) takes it off the list. Each sets the row
   * to what it became, so replaying outputs already in the snapshot changes nothing.
   */
  private applyIncomingEvent(e: EngineEvent): boolean {
    switch (e.type) {
      case "IncomingIncidentReceived":
        this.incoming.set(e.trackingId, {
          trackingId: e.trackingId,
          senderAgency: e.senderAgency,
          updatedAt: e.updatedAt,
          receivedAt: e.at,
          detail: e.detail,
        });
        return true;
      case "IncomingIncidentUpdated": {
        const row = this.incoming.get(e.trackingId);
        if (row !== undefined && e.updatedAt >= row.updatedAt)
          Object.assign(row, { updatedAt: e.updatedAt, detail: e.detail });
        return true;
      }
      case "IncomingIncidentAccepted":
      case "IncomingIncidentDeclined":
      case "IncomingIncidentMerged":
        this.incoming.delete(e.trackingId);
        return true;
      default:
        return false;
    }
  }

  private applyUnitEvent(e: EngineEvent, o: WireOutput): void {
    switch (e.type) {
      case "UnitDispatched":
        this.withUnit(e.unitId, (u) => (u.incidentId = e.incidentId));
        this.withIncident(e.incidentId, (i) => i.unitIds.push(e.unitId));
        return;
      case "UnitReleased":
        this.withUnit(e.unitId, (u) => (u.incidentId = null));
        this.withIncident(e.incidentId, (i) => (i.unitIds = i.unitIds.filter((id) => id !== e.unitId)));
        return;
      case "UnitStatusChanged":
        this.withUnit(e.unitId, (u) =>
          Object.assign(u, { status: e.to, statusSince: e.at, statusAlerts: 0 }),
        );
        return;
      case "UnitChecked":
        this.withUnit(e.unitId, (u) => (u.statusAlerts = 0));
        return;
      case "UnitStatusOverdue": {
        this.withUnit(e.unitId, (u) => (u.statusAlerts = e.count));
        const on = e.incidentId === null ? "" : ` on ${e.incidentId}`;
        const text = `${e.unitId} ${e.status.replace("_", " ")} past ${Math.round(e.limitSeconds / 60)} min${on} (alert ${e.count})`;
        this.alert(e.at, "unit_overdue", text, o, e.incidentId, e.unitId);
        return;
      }
      default:
        this.applyRosterEvent(e);
    }
  }

  private applyRosterEvent(e: EngineEvent): void {
    switch (e.type) {
      case "UnitLocationUpdated":
        this.withUnit(e.unitId, (u) =>
          Object.assign(u, { lon: e.lon, lat: e.lat, positionAt: e.fixAt, positionSource: "avl" }),
        );
        return;
      case "UnitAdded":
        this.units.set(e.unitId, {
          id: e.unitId,
          type: e.unitType,
          agency: e.agency,
          status: "available",
          statusSince: e.at,
          incidentId: null,
          ...atStation(e.station, e.at),
          statusAlerts: 0,
        });
        return;
      case "UnitChanged":
        this.withUnit(e.unitId, (u) => {
          Object.assign(u, { type: e.unitType, agency: e.agency });
          // A unit known only by its station moves with it; an AVL fix stays where it is.
          if (u.positionSource !== "avl") Object.assign(u, atStation(e.station, e.at));
        });
        return;
      case "UnitRetired":
        this.units.delete(e.unitId);
        return;
      default:
        // Calls, notes and links change no summary: the incident detail is asked of the engine.
        return;
    }
  }

  private incidentStatus(id: string, to: IncidentStatus, at: number): void {
    this.withIncident(id, (i) => {
      i.status = to;
      if (to === "pending") {
        i.queuedAt = at;
        i.overdueAlerts = 0;
      }
      i.endedAt = ACTIVE.has(to) ? null : at;
    });
    if (!ACTIVE.has(to)) {
      this.recommendations.delete(id);
      this.forgetOldEnded();
    }
  }

  private merged(sourceId: string, targetId: string, unitIds: readonly string[]): void {
    const source = this.incidents.get(sourceId);
    this.withIncident(targetId, (t) => {
      t.unitIds.push(...unitIds);
      if (source !== undefined) t.times.receivedAt = Math.min(t.times.receivedAt, source.times.receivedAt);
    });
    if (source !== undefined) source.unitIds = [];
    for (const id of unitIds) this.withUnit(id, (u) => (u.incidentId = targetId));
  }

  private forgetOldEnded(): void {
    const ended = this.ended();
    for (const i of ended.slice(MAX_ENDED)) this.incidents.delete(i.id);
  }

  private withIncident(id: string, f: (i: ConsoleIncident) => void): void {
    const incident = this.incidents.get(id);
    if (incident !== undefined) f(incident);
  }

  private withUnit(id: string, f: (u: ConsoleUnit) => void): void {
    const unit = this.units.get(id);
    if (unit !== undefined) f(unit);
  }

  private alert(
    at: number,
    kind: ConsoleAlert["kind"],
    text: string,
    o: WireOutput,
    incidentId: string | null,
    unitId: string | null,
  ): void {
    this.alerts.push({ at, kind, text, inputSeq: o.inputSeq, inputId: o.inputId, incidentId, unitId });
    if (this.alerts.length > MAX_ALERTS) this.alerts.splice(0, this.alerts.length - MAX_ALERTS);
  }
}

function fromState(i: StateIncident): ConsoleIncident {
  return {
    id: i.id,
    status: i.status,
    priority: i.priority,
    callType: i.callType,
    lon: i.lon,
    lat: i.lat,
    address: i.address,
    zone: i.zone,
    times: { receivedAt: i.receivedAt },
    queuedAt: i.queuedAt ?? i.receivedAt,
    unitIds: [...i.unitIds],
    overdueAlerts: i.overdueAlerts,
    endedAt: null,
  };
}

function unitFromState(u: StateUnit): Omit<ConsoleUnit, "statusAlerts"> {
  return { ...u, positionSource: u.positionSource ?? (u.positionAt === null ? null : "avl") };
}

/** Where a unit is when only its station is known. */
function atStation(station: { readonly lon: number; readonly lat: number } | null, at: number) {
  return station === null
    ? { lon: null, lat: null, positionAt: null, positionSource: null }
    : { lon: station.lon, lat: station.lat, positionAt: at, positionSource: "station" as const };
}

import {
  comparePending,
  haversineMeters,
  type EngineEvent,
  type IncidentStatus,
  type UnitStatus,
} from "../../engine/index.ts";

export interface ViewUnit {
  readonly id: string;
  type: string;
  agency: string;
  status: UnitStatus;
  lon: number;
  lat: number;
}

export interface ViewIncident {
  readonly id: string;
  callType: string;
  priority: number;
  status: IncidentStatus;
  readonly lon: number;
  readonly lat: number;
  readonly times: { readonly receivedAt: number };
  firstDispatchedAt: number | null;
  firstOnSceneAt: number | null;
}

/**
 * What a console knows, built from the engine's events alone: units, incidents and the
 * measures a supervisor watches (queue, response times, alerts).
 */
export class SimView {
  readonly units = new Map<string, ViewUnit>();
  readonly incidents = new Map<string, ViewIncident>();
  readonly counts = {
    calls: 0,
    incidents: 0,
    dispatches: 0,
    overdue: 0,
    statusAlerts: 0,
    closed: 0,
    attached: 0,
  };
  /** Received -> first on scene, seconds, by priority at creation. */
  readonly responseSeconds = new Map<number, number[]>();
  /** Received -> first unit dispatched, seconds. */
  readonly queueSeconds: number[] = [];
  /** The engine's latest recommendation per incident: a unit id (or null) per plan slot. */
  readonly recommended = new Map<string, (string | null)[]>();
  now = 0;

  observe(e: EngineEvent): void {
    this.now = Math.max(this.now, e.at);
    switch (e.type) {
      case "CallReceived":
        this.counts.calls++;
        return;
      case "CallAttached":
        if (e.reason === "additional_caller") this.counts.attached++;
        return;
      case "IncidentCreated":
        this.counts.incidents++;
        this.incidents.set(e.incidentId, {
          id: e.incidentId,
          callType: e.callType,
          priority: e.priority,
          status: "pending",
          lon: e.lon,
          lat: e.lat,
          times: { receivedAt: e.receivedAt },
          firstDispatchedAt: null,
          firstOnSceneAt: null,
        });
        return;
      case "UnitsRecommended":
        this.recommended.set(
          e.incidentId,
          e.slots.map((s) => s.unit?.unitId ?? null),
        );
        return;
      case "IncidentReprioritised":
        this.withIncident(e.incidentId, (i) => (i.priority = e.to));
        return;
      case "IncidentStatusChanged":
        this.withIncident(e.incidentId, (i) => this.incidentStatus(i, e.to, e.at));
        return;
      case "UnitAdded":
        this.units.set(e.unitId, {
          id: e.unitId,
          type: e.unitType,
          agency: e.agency,
          status: "available",
          lon: e.station?.lon ?? 0,
          lat: e.station?.lat ?? 0,
        });
        return;
      case "UnitStatusChanged":
        this.withUnit(e.unitId, (u) => (u.status = e.to));
        return;
      case "UnitLocationUpdated":
        this.withUnit(e.unitId, (u) => {
          u.lon = e.lon;
          u.lat = e.lat;
        });
        return;
      case "UnitDispatched":
        this.counts.dispatches++;
        return;
      case "IncidentOverdue":
        this.counts.overdue++;
        return;
      case "UnitStatusOverdue":
        this.counts.statusAlerts++;
        return;
      default:
        return;
    }
  }

  pendingByPriority(): ViewIncident[] {
    return [...this.incidents.values()].filter((i) => i.status === "pending").sort(comparePending);
  }

  /** The free unit of one of `types` with the lowest ETA to the incident. */
  nearestFree(
    incident: ViewIncident,
    types: readonly string[],
    taken: ReadonlySet<string>,
    eta: (type: string, meters: number) => number,
  ): ViewUnit | undefined {
    let best: ViewUnit | undefined;
    let bestEta = Infinity;
    for (const unit of this.units.values()) {
      if (
        (unit.status !== "available" && unit.status !== "returning") ||
        taken.has(unit.id) ||
        !types.includes(unit.type)
      )
        continue;
      const seconds = eta(unit.type, haversineMeters(unit.lon, unit.lat, incident.lon, incident.lat));
      if (seconds < bestEta) {
        best = unit;
        bestEta = seconds;
      }
    }
    return best;
  }

  /** An open incident from the last half hour, for additional callers. */
  recentIncident(now: number, random: () => number): ViewIncident | undefined {
    const open = [...this.incidents.values()].filter(
      (i) => i.status !== "closed" && i.status !== "cleared" && now - i.times.receivedAt < 1_200_000,
    );
    return open.length === 0 ? undefined : open[Math.floor(random() * open.length)];
  }

  private incidentStatus(incident: ViewIncident, to: IncidentStatus, at: number): void {
    incident.status = to;
    if (to === "dispatched" && incident.firstDispatchedAt === null) {
      incident.firstDispatchedAt = at;
      this.queueSeconds.push((at - incident.times.receivedAt) / 1000);
    }
    if (to === "on_scene" && incident.firstOnSceneAt === null) {
      incident.firstOnSceneAt = at;
      const list = this.responseSeconds.get(incident.priority) ?? [];
      list.push((at - incident.times.receivedAt) / 1000);
      this.responseSeconds.set(incident.priority, list);
    }
    if (to === "closed") this.counts.closed++;
  }

  private withIncident(id: string, f: (i: ViewIncident) => void): void {
    const incident = this.incidents.get(id);
    if (incident !== undefined) f(incident);
  }

  private withUnit(id: string, f: (u: ViewUnit) => void): void {
    const unit = this.units.get(id);
    if (unit !== undefined) f(unit);
  }
}

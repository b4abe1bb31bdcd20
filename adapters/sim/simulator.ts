import { haversineMeters, type EngineConfig, type EngineEvent, type Input } from "../../engine/index.ts";
import { CALL_MIX, CITY_UNITS, HOSPITAL, HOTSPOTS, offset, type CityUnit } from "./city.ts";
import { exponential, mulberry32, weighted } from "./prng.ts";
import { SimView } from "./view.ts";

/** An input without the id and instant the log gives it. */
export type SimInput = { at: number } & DistributiveOmit<Input, "id" | "at">;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface SimOptions {
  readonly seed: number;
  readonly callsPerHour: number;
  /** Sim time of the first input, epoch ms. */
  readonly start: number;
}

interface Action {
  readonly at: number;
  readonly seq: number;
  readonly unitId: string | null;
  readonly token: number;
  readonly input: SimInput | (() => SimInput[]);
}

const AVL_PERIOD_MS = 20_000;
const TICK_PERIOD_MS = 1000;

/**
 * A seeded synthetic city: callers, a dispatcher who sends the nearest free units by ETA,
 * and crews who drive, work and clear. It sees the engine only through its events.
 */
export class CitySimulator {
  readonly view = new SimView();
  private readonly random: () => number;
  private readonly actions: Action[] = [];
  private seq = 0;
  private nextCallAt: number;
  private nextTickAt: number;
  private callNo = 0;
  private readonly unitTokens = new Map<string, number>();
  private readonly home = new Map<string, CityUnit>();
  /** When the dispatcher next looks at the queue; one pass at a time. */
  private dispatchAt: number | null = null;

  constructor(
    private readonly config: EngineConfig,
    private readonly opts: SimOptions,
  ) {
    this.random = mulberry32(opts.seed);
    this.nextCallAt = opts.start + this.callGap();
    this.nextTickAt = opts.start;
    for (const unit of CITY_UNITS) this.home.set(unit.id, unit);
  }

  /** The roster: every unit of the city, at its station. */
  roster(): SimInput[] {
    return CITY_UNITS.map((u) => ({
      kind: "AddUnit",
      at: this.opts.start,
      unitId: u.id,
      unitType: u.type,
      agency: u.agency,
      station: u.station,
      crew: u.crew,
    }));
  }

  /**
   * The next thing the city does at or before `now` (a call, a tick, a crew's status, a
   * dispatch), or undefined when nothing is due. Apply it and feed back its events before
   * asking again, so the dispatcher always sees the engine's latest state.
   */
  next(now: number): SimInput[] | undefined {
    return this.nextDue(now);
  }

  observe(event: EngineEvent): void {
    this.view.observe(event);
    switch (event.type) {
      case "IncidentCreated":
        this.requestDispatch(event.at + 20_000 + this.random() * 40_000);
        break;
      case "IncidentStatusChanged":
        if (event.to === "pending" && event.from !== "pending") this.requestDispatch(event.at + 15_000);
        if (event.to === "cleared")
          this.schedule(event.at + 60_000, null, {
            kind: "CloseIncident",
            at: 0,
            incidentId: event.incidentId,
            disposition: this.disposition(event.incidentId),
          });
        break;
      case "UnitDispatched":
        this.crewResponds(event.unitId, event.incidentId, event.at);
        break;
      case "UnitStatusOverdue":
        // The dispatcher raises the crew on the radio and acknowledges the timer.
        this.schedule(event.at + 20_000 + this.random() * 40_000, null, {
          kind: "CheckUnit",
          at: 0,
          unitId: event.unitId,
        });
        break;
      default:
        break;
    }
  }

  private nextDue(now: number): SimInput[] | undefined {
    const action = this.earliestAction();
    const candidates = [this.nextCallAt, this.nextTickAt, action?.at ?? Infinity];
    const at = Math.min(...candidates);
    if (at > now) return undefined;
    if (at === this.nextTickAt) {
      this.nextTickAt += TICK_PERIOD_MS;
      return [{ kind: "Tick", at }];
    }
    if (at === this.nextCallAt) {
      this.nextCallAt += this.callGap();
      return [this.newCall(at)];
    }
    const a = action as Action;
    this.actions.splice(this.actions.indexOf(a), 1);
    if (a.unitId !== null && this.unitTokens.get(a.unitId) !== a.token) return [];
    const inputs = typeof a.input === "function" ? a.input() : [a.input];
    return inputs.map((i) => ({ ...i, at: Math.max(i.at, a.at) }));
  }

  private earliestAction(): Action | undefined {
    let best: Action | undefined;
    for (const a of this.actions)
      if (best === undefined || a.at < best.at || (a.at === best.at && a.seq < best.seq)) best = a;
    return best;
  }

  private schedule(at: number, unitId: string | null, input: Action["input"]): void {
    const token = unitId === null ? 0 : (this.unitTokens.get(unitId) ?? 0);
    this.actions.push({ at: Math.round(at), seq: this.seq++, unitId, token, input });
  }

  private callGap(): number {
    return Math.max(1000, Math.round(exponential(this.random, 3_600_000 / this.opts.callsPerHour)));
  }

  private newCall(at: number): SimInput {
    const callId = `SIM-${++this.callNo}`;
    const recent = this.view.recentIncident(at, this.random);
    // About one call in ten is another caller about an incident already open.
    if (recent !== undefined && this.random() < 0.1) {
      const p = {
        lon: recent.lon + (this.random() - 0.5) * 0.001,
        lat: recent.lat + (this.random() - 0.5) * 0.0007,
      };
      return {
        kind: "ReceiveCall",
        at,
        callId,
        receivedAt: at - 15_000,
        answeredAt: at - 8000,
        callType: recent.callType,
        ...p,
        callerNumber: this.phone(),
      };
    }
    const spot = weighted(
      this.random,
      HOTSPOTS.map((h) => [h, h.weight] as const),
    );
    const r = spot.spreadMeters * Math.sqrt(this.random());
    const angle = this.random() * 2 * Math.PI;
    const base = offset(0, 0);
    const p = {
      lon: spot.lon + (offset(r * Math.cos(angle), 0).lon - base.lon),
      lat: spot.lat + (offset(0, r * Math.sin(angle)).lat - base.lat),
    };
    const flags = this.random() < 0.05 ? ["WEAPONS"] : this.random() < 0.08 ? ["INJURIES"] : [];
    return {
      kind: "ReceiveCall",
      at,
      callId,
      receivedAt: at - 20_000,
      answeredAt: at - 12_000,
      callType: weighted(this.random, CALL_MIX),
      ...p,
      address: `${100 + Math.floor(this.random() * 9000)} ${weighted(this.random, STREETS)}`,
      callerNumber: this.phone(),
      flags,
    };
  }

  private phone(): string {
    return `+1360555${String(Math.floor(this.random() * 10_000)).padStart(4, "0")}`;
  }

  private requestDispatch(at: number): void {
    if (this.dispatchAt !== null && this.dispatchAt <= at) return;
    this.dispatchAt = at;
    this.schedule(at, null, () => {
      this.dispatchAt = null;
      return this.dispatchPending();
    });
  }

  /**
   * The simulated dispatcher: accepts the engine's recommendation for each pending incident;
   * a recommended unit taken meanwhile is replaced by the nearest free one it can see.
   */
  private dispatchPending(): SimInput[] {
    const out: SimInput[] = [];
    const taken = new Set<string>();
    for (const incident of this.view.pendingByPriority()) {
      const plan = this.config.callTypes.get(incident.callType)?.plan ?? [];
      const recommended = this.view.recommended.get(incident.id) ?? [];
      let slotIndex = 0;
      for (const slot of plan) {
        for (let k = 0; k < slot.count; k++) {
          const pick = this.view.units.get(recommended[slotIndex++] ?? "");
          const free =
            pick !== undefined &&
            !taken.has(pick.id) &&
            (pick.status === "available" || pick.status === "returning");
          const unit = free
            ? pick
            : this.view.nearestFree(incident, slot.types, taken, (type, meters) =>
                this.etaSeconds(type, meters),
              );
          if (unit === undefined) continue;
          taken.add(unit.id);
          out.push({ kind: "DispatchUnit", at: 0, incidentId: incident.id, unitId: unit.id });
        }
      }
      if (!out.some((i) => i.kind === "DispatchUnit" && i.incidentId === incident.id)) {
        this.requestDispatch(this.view.now + 30_000);
      }
    }
    return out;
  }

  private etaSeconds(type: string, meters: number): number {
    return (this.config.unitTypes.get(type)?.turnoutSeconds ?? 60) + 105 + (140 * meters) / 1000;
  }

  /** The crew of a dispatched unit: turnout, drive (with AVL), work, maybe transport, clear. */
  private crewResponds(unitId: string, incidentId: string, at: number): void {
    const token = (this.unitTokens.get(unitId) ?? 0) + 1;
    this.unitTokens.set(unitId, token);
    const unit = this.view.units.get(unitId);
    const incident = this.view.incidents.get(incidentId);
    if (unit === undefined || incident === undefined) return;
    const turnout =
      (this.config.unitTypes.get(unit.type)?.turnoutSeconds ?? 60) * (0.6 + this.random() * 0.8) * 1000;
    const driveMs = this.drive(unitId, unit, incident, at + turnout);
    const arrive = at + turnout + driveMs;
    this.schedule(at + turnout, unitId, { kind: "UpdateUnitStatus", at: 0, unitId, status: "en_route" });
    this.schedule(arrive, unitId, { kind: "UpdateUnitStatus", at: 0, unitId, status: "on_scene" });
    const workMs = (8 + exponential(this.random, 14)) * 60_000;
    if (unit.type === "medic" || (unit.type === "aid" && this.random() < 0.4)) {
      if (this.random() < 0.6) {
        this.schedule(arrive + workMs, unitId, {
          kind: "UpdateUnitStatus",
          at: 0,
          unitId,
          status: "transporting",
        });
        const toHospital = this.drive(unitId, incident, HOSPITAL, arrive + workMs);
        const atHospital = arrive + workMs + toHospital;
        this.schedule(atHospital, unitId, { kind: "UpdateUnitStatus", at: 0, unitId, status: "at_hospital" });
        this.returnHome(unitId, HOSPITAL, atHospital + 15 * 60_000);
        return;
      }
    }
    this.returnHome(unitId, incident, arrive + workMs);
  }

  private returnHome(unitId: string, from: { lon: number; lat: number }, at: number): void {
    const home = this.home.get(unitId);
    if (home === undefined || home.agency === "metro-police") {
      this.schedule(at, unitId, { kind: "UpdateUnitStatus", at: 0, unitId, status: "available" });
      return;
    }
    this.schedule(at, unitId, { kind: "UpdateUnitStatus", at: 0, unitId, status: "returning" });
    const back = this.drive(unitId, from, home.station, at);
    this.schedule(at + back, unitId, { kind: "UpdateUnitStatus", at: 0, unitId, status: "available" });
  }

  /** Schedules AVL fixes along a straight drive and returns how long it takes. */
  private drive(
    unitId: string,
    from: { lon: number; lat: number },
    to: { lon: number; lat: number },
    start: number,
  ): number {
    const meters = haversineMeters(from.lon, from.lat, to.lon, to.lat);
    const ms = (60 + (140 * meters) / 1000) * (0.8 + this.random() * 0.4) * 1000;
    for (let t = AVL_PERIOD_MS; t < ms; t += AVL_PERIOD_MS) {
      const f = t / ms;
      this.schedule(start + t, unitId, {
        kind: "UpdateUnitLocation",
        at: 0,
        unitId,
        lon: from.lon + (to.lon - from.lon) * f,
        lat: from.lat + (to.lat - from.lat) * f,
      });
    }
    this.schedule(start + ms, unitId, {
      kind: "UpdateUnitLocation",
      at: 0,
      unitId,
      lon: to.lon,
      lat: to.lat,
    });
    return ms;
  }

  private disposition(incidentId: string): string {
    const type = this.view.incidents.get(incidentId)?.callType ?? "";
    const discipline = this.config.callTypes.get(type)?.discipline;
    if (discipline === "police")
      return weighted(this.random, [
        ["REPORT", 4],
        ["NO_REPORT", 4],
        ["ARREST", 1],
        ["GONE_ON_ARRIVAL", 1],
      ]);
    if (discipline === "ems")
      return weighted(this.random, [
        ["TRANSPORTED", 5],
        ["TREATED_NOT_TRANSPORTED", 3],
        ["REFUSED_CARE", 1],
      ]);
    return weighted(this.random, [
      ["FALSE_ALARM", 3],
      ["FIRE_CONTROLLED", 2],
      ["NO_REPORT", 1],
    ]);
  }
}

const STREETS: readonly (readonly [string, number])[] = [
  ["Main St", 3],
  ["Harbor Ave", 2],
  ["Capitol Way", 2],
  ["Elm St", 1],
  ["4th Ave E", 2],
  ["Pacific Ave SE", 1],
  ["Division St NW", 1],
];

/**
 * The end-to-end workload, seeded: a roster of units (AddUnit, then one AVL fix each), then a live mix
 * of 911 calls, AVL fixes, a Tick per second, and what the dispatcher and crews send back: dispatch of
 * the recommended units, en route, on scene, available, close. The dispatcher and crews react to the
 * engine's own events, from the same engine run in memory, so every input is one a live centre would
 * send at that point (a few dispatches still lose a race for a unit and are rejected, as live).
 */
import type { InputBody } from "../../adapters/nats/index.ts";
import { CALL_MIX, CITY_RADIUS_METERS, offset } from "../../adapters/sim/city.ts";
import { mulberry32, pick, weighted } from "../../adapters/sim/prng.ts";
import type { EngineConfig, EngineEvent } from "../../engine/index.ts";
import { KeyedMinHeap } from "../../engine/geo/index.ts";
import { POLICE_TYPES, TYPE_MIX } from "../lib/fleet.ts";
import { Recorder, type OutputPlan, type WireInput } from "./record.ts";

export interface WorkloadOptions {
  readonly seed: number;
  readonly units: number;
  /** Live inputs after the roster. */
  readonly liveInputs: number;
  /** Share of live inputs that are 911 calls (the rest: AVL, ticks, dispatcher and crew inputs). */
  readonly callShare: number;
  /** Engine time between consecutive inputs: 1 ms makes 1,000 inputs/s real time. */
  readonly stepMs: number;
  /** Agency named in the recorded envelopes (output sizes depend on its length). */
  readonly agency: string;
}

/**
 * The workload, built by running it through the engine in memory (deterministic for a seed). It can be
 * extended with more live inputs later (the city goes on where it stopped).
 */
export class Workload {
  /** The first this-many inputs are the roster (AddUnit, first AVL fix). */
  readonly rosterInputs: number;
  private readonly city: City;

  constructor(config: EngineConfig, opts: WorkloadOptions) {
    this.city = new City(config, opts);
    this.city.roster();
    this.rosterInputs = this.city.rec.inputs.length;
    this.city.live(opts.liveInputs);
  }

  get inputs(): readonly WireInput[] {
    return this.city.rec.inputs;
  }

  get plan(): OutputPlan {
    return this.city.rec.plan;
  }

  /** Per input: 1 when one of its outputs is UnitsRecommended. */
  get recommends(): readonly number[] {
    return this.city.rec.recommends;
  }

  extend(liveInputs: number): void {
    this.city.live(liveInputs);
  }

  /** What the inputs and outputs are, in numbers (for the notes). */
  stats(): WorkloadStats {
    const rec = this.city.rec;
    const kinds: Record<string, number> = {};
    for (const input of rec.inputs) kinds[input.kind] = (kinds[input.kind] ?? 0) + 1;
    return {
      inputs: rec.inputs.length,
      kinds,
      rejected: rec.rejected,
      outputs: rec.plan.size.length,
      outputBytes: rec.outputBytes,
      inputBytes: rec.inputs.reduce((n, i) => n + i.data.length, 0),
      recommendations: rec.recommends.reduce((n, r) => n + r, 0),
      peakBusyShare: this.city.peakBusy / this.city.units.length,
      incompleteRecommendations: this.city.incomplete,
    };
  }
}

export interface WorkloadStats {
  readonly inputs: number;
  readonly kinds: Readonly<Record<string, number>>;
  readonly rejected: number;
  readonly outputs: number;
  readonly outputBytes: number;
  readonly inputBytes: number;
  readonly recommendations: number;
  /** Largest share of the fleet busy at once, and recommendations with an unfilled slot. */
  readonly peakBusyShare: number;
  readonly incompleteRecommendations: number;
}

export const T0 = Date.UTC(2026, 0, 1, 8, 0, 0);
const UNITS_PER_STATION = 20;
const DISPOSITIONS = ["REPORT", "NO_REPORT", "TRANSPORTED", "FALSE_ALARM", "UNFOUNDED"] as const;

interface SimUnit {
  readonly id: string;
  readonly police: boolean;
  readonly home: { lon: number; lat: number };
  lon: number;
  lat: number;
  /** A drive in progress (AVL fixes interpolate along it). */
  drive: { fromLon: number; fromLat: number; toLon: number; toLat: number; t0: number; t1: number } | null;
  busy: boolean;
  /** Dispatched, or about to be: the dispatcher does not offer it twice. */
  taken: boolean;
  /** Instant of its last AVL fix: fixes never go back in time. */
  fixAt: number;
}

type Action = () => InputBody | undefined;

class City {
  readonly rec: Recorder;
  peakBusy = 0;
  incomplete = 0;
  private readonly random: () => number;
  readonly units: SimUnit[] = [];
  private readonly byId = new Map<string, SimUnit>();
  private readonly incidents = new Map<string, { lon: number; lat: number; callType: string }>();
  private readonly recent: { lon: number; lat: number; callType: string }[] = [];
  private readonly actions = new KeyedMinHeap<Action>();
  private busy = 0;
  private n = 0;
  private calls = 0;
  private nextTickAt = T0;

  constructor(
    config: EngineConfig,
    private readonly opts: WorkloadOptions,
  ) {
    this.rec = new Recorder(config, opts.agency);
    this.random = mulberry32(opts.seed);
  }

  roster(): void {
    const stations = Array.from(
      { length: Math.max(4, Math.ceil(this.opts.units / UNITS_PER_STATION)) },
      (_, i) => ({
        id: `ST${i}`,
        ...this.place(CITY_RADIUS_METERS),
      }),
    );
    for (let i = 0; i < this.opts.units; i++) {
      const unitType = weighted(this.random, TYPE_MIX);
      const police = POLICE_TYPES.has(unitType);
      const agency = police ? "metro-police" : this.random() < 0.15 ? "county-fire" : "metro-fire";
      const station = pick(this.random, stations);
      const unit: SimUnit = {
        id: `U${i}`,
        police,
        home: station,
        lon: station.lon,
        lat: station.lat,
        drive: null,
        busy: false,
        taken: false,
        fixAt: 0,
      };
      this.units.push(unit);
      this.byId.set(unit.id, unit);
      this.input({ kind: "AddUnit", unitId: unit.id, unitType, agency, station, crew: police ? 1 : 3 });
    }
    for (const unit of this.units) {
      if (unit.police) Object.assign(unit, this.place(CITY_RADIUS_METERS));
      unit.fixAt = this.at();
      this.input({ kind: "UpdateUnitLocation", unitId: unit.id, lon: unit.lon, lat: unit.lat });
    }
  }

  live(count: number): void {
    for (let k = 0; k < count; k++) {
      const at = this.at();
      let body: InputBody | undefined;
      while (body === undefined && this.actions.peekKey() <= at) body = this.actions.pop()?.();
      if (body === undefined && at >= this.nextTickAt) {
        this.nextTickAt += 1000;
        body = { kind: "Tick" };
      }
      body ??= this.random() < this.opts.callShare ? this.call(at) : this.avl(at);
      this.input(body);
    }
  }

  private at(): number {
    return T0 + this.n * this.opts.stepMs;
  }

  private input(body: InputBody): void {
    const at = this.at();
    const events = this.rec.apply(body, `e2e-${this.n++}`, at);
    for (const event of events) this.observe(event, at);
  }

  private observe(event: EngineEvent, at: number): void {
    switch (event.type) {
      case "IncidentCreated":
        this.incidents.set(event.incidentId, event);
        break;
      case "UnitsRecommended":
        if (!event.complete) this.incomplete++;
        // The dispatcher accepts each slot's best unit not already taken by a dispatch in hand.
        for (const slot of event.slots) {
          const unit = slot.candidates.map((c) => this.byId.get(c.unitId)).find((u) => u && !u.taken);
          if (unit === undefined) continue;
          unit.taken = true;
          const unitId = unit.id;
          this.later(at, 2, 6, () => ({ kind: "DispatchUnit", incidentId: event.incidentId, unitId }));
        }
        break;
      case "UnitDispatched":
        this.respond(event.unitId, event.incidentId, at);
        break;
      case "IncidentStatusChanged":
        if (event.to === "cleared") {
          const disposition = pick(this.random, DISPOSITIONS);
          this.later(at, 2, 5, () => ({ kind: "CloseIncident", incidentId: event.incidentId, disposition }));
        }
        break;
      default:
        break;
    }
  }

  /** A crew: rolls in 1-3 s, drives 5-15 s, works 10-30 s, is available again (fire/EMS drive home). */
  private respond(unitId: string, incidentId: string, at: number): void {
    const unit = this.byId.get(unitId);
    const scene = this.incidents.get(incidentId);
    if (unit === undefined || scene === undefined) return;
    unit.busy = true;
    this.peakBusy = Math.max(this.peakBusy, ++this.busy);
    const rolls = at + this.seconds(1, 3);
    const arrives = rolls + this.seconds(5, 15);
    const done = arrives + this.seconds(10, 30);
    this.actions.push(() => {
      unit.drive = {
        fromLon: unit.lon,
        fromLat: unit.lat,
        toLon: scene.lon,
        toLat: scene.lat,
        t0: rolls,
        t1: arrives,
      };
      return { kind: "UpdateUnitStatus", unitId, status: "en_route" };
    }, rolls);
    this.actions.push(() => ({ kind: "UpdateUnitStatus", unitId, status: "on_scene" }), arrives);
    this.actions.push(() => {
      unit.busy = false;
      unit.taken = false;
      this.busy--;
      unit.drive = unit.police
        ? null
        : {
            fromLon: scene.lon,
            fromLat: scene.lat,
            toLon: unit.home.lon,
            toLat: unit.home.lat,
            t0: done,
            t1: done + 20_000,
          };
      return { kind: "UpdateUnitStatus", unitId, status: "available" };
    }, done);
  }

  private later(at: number, minS: number, maxS: number, action: Action): void {
    this.actions.push(action, at + this.seconds(minS, maxS));
  }

  private seconds(min: number, max: number): number {
    return Math.round((min + this.random() * (max - min)) * 1000);
  }

  /** A 911 call: one in ten is another caller about a recent incident (the engine attaches it). */
  private call(at: number): InputBody {
    const again = this.recent.length > 0 && this.random() < 0.1 ? pick(this.random, this.recent) : undefined;
    const where = again
      ? { lon: again.lon + (this.random() - 0.5) * 0.0005, lat: again.lat + (this.random() - 0.5) * 0.0003 }
      : this.place(CITY_RADIUS_METERS);
    const callType = again?.callType ?? weighted(this.random, CALL_MIX);
    if (again === undefined) {
      this.recent.push({ ...where, callType });
      if (this.recent.length > 50) this.recent.shift();
    }
    return {
      kind: "ReceiveCall",
      callId: `K${++this.calls}`,
      receivedAt: at - this.seconds(15, 40),
      answeredAt: at - this.seconds(3, 12),
      ...where,
      callType,
      address: `${100 + Math.floor(this.random() * 9000)} Main St`,
      callerNumber: `+1360555${String(Math.floor(this.random() * 10_000)).padStart(4, "0")}`,
      ...(this.random() < 0.1 && { flags: ["INJURIES"] }),
    };
  }

  /** An AVL fix: along the unit's drive, or near where it is (police patrol, fire stays near quarters). */
  private avl(at: number): InputBody {
    const unit = pick(this.random, this.units);
    const d = unit.drive;
    if (d !== null) {
      const f = Math.min(1, Math.max(0, (at - d.t0) / (d.t1 - d.t0)));
      unit.lon = d.fromLon + (d.toLon - d.fromLon) * f;
      unit.lat = d.fromLat + (d.toLat - d.fromLat) * f;
      if (f >= 1 && !unit.busy) unit.drive = null;
    } else {
      const jitter = unit.police && !unit.busy ? 0.002 : 0.0001;
      unit.lon += (this.random() - 0.5) * jitter;
      unit.lat += (this.random() - 0.5) * jitter * 0.7;
    }
    unit.fixAt = Math.max(unit.fixAt + 1, at - 500);
    return { kind: "UpdateUnitLocation", unitId: unit.id, lon: unit.lon, lat: unit.lat, fixAt: unit.fixAt };
  }

  /** A uniform place within `radius` of the city centre. */
  private place(radius: number): { lon: number; lat: number } {
    const r = radius * Math.sqrt(this.random());
    const angle = this.random() * 2 * Math.PI;
    return offset(r * Math.cos(angle), r * Math.sin(angle));
  }
}

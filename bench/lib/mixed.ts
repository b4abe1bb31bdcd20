/**
 * A realistic mixed input log, generated ahead of time and seeded: a roster (bench/lib/fleet.ts), then
 * a live centre's traffic. `concurrent` incidents are open at once; each goes call -> dispatch (one unit
 * per slot of a small plan) -> en route -> on scene -> note -> clear -> close, and about one in seven
 * gets a second caller (attached, no new incident). Between incident inputs come AVL fixes of units that
 * are in service (`avlPerIncidentInput` of them on average), and a Tick every second of log time.
 *
 * Every input is valid: new calls are placed more than 200 m from any open incident (the engine
 * attaches same-discipline calls within 150 m), and units are taken from pools of available units and
 * given back when their incident clears. Applied in order to a fresh state, nothing is rejected.
 */
import type { EngineConfig, Input, InputKind } from "../../engine/index.ts";
import { haversineMeters } from "../../engine/geo/index.ts";
import { mulberry32, weighted } from "../../adapters/sim/prng.ts";
import { CITY, T0, fleetInputs, randomLonLat, type FleetUnit, type LonLat } from "./fleet.ts";

export interface MixedOptions {
  readonly units: number;
  /** Inputs after the roster. */
  readonly inputs: number;
  readonly seed: number;
  /** Incidents open at once (default: one per 20 units). */
  readonly concurrent?: number;
  /** AVL fixes per incident input, on average (default 2). */
  readonly avlPerIncidentInput?: number;
  /** Milliseconds of log time between inputs (default 10: 100 inputs a second). */
  readonly stepMs?: number;
}

export interface MixedLog {
  /** The roster: AddUnit, half out of service, an AVL fix each. */
  readonly roster: Input[];
  /** The live traffic after it. */
  readonly stream: Input[];
  readonly units: readonly FleetUnit[];
}

/** [call type, unit types dispatched (one per slot)], weighted: police 60%, EMS 30%, fire 10%. */
const CALLS: readonly (readonly [readonly [string, readonly string[]], number])[] = [
  [["THEFT", ["patrol"]], 15],
  [["WELFARE", ["patrol"]], 15],
  [["TRAFFIC", ["patrol"]], 10],
  [["BURG", ["patrol"]], 10],
  [["DV", ["patrol", "patrol"]], 10],
  [["MED", ["medic", "engine"]], 15],
  [["AID", ["aid"]], 15],
  [["AFAR", ["engine"]], 10],
];
const DISPOSITIONS = ["REPORT", "NO_REPORT", "TREATED_NOT_TRANSPORTED", "FALSE_ALARM", "GONE_ON_ARRIVAL"];
const SECOND_CALLER_SHARE = 0.15;
const MIN_SPACING_M = 200;
const AVL_JITTER_DEG = 0.002;

interface Open {
  readonly incidentId: string;
  readonly callType: string;
  readonly place: LonLat;
  readonly unitIds: string[];
  /** The inputs still to come, in order; the first is the next one. */
  readonly steps: ((o: Open) => TimedBody | null)[];
}

type TimedBody = Input extends infer I ? (I extends Input ? Omit<I, "id" | "at"> : never) : never;

export function mixedLog(config: EngineConfig, opts: MixedOptions): MixedLog {
  const random = mulberry32(opts.seed);
  const fleet = fleetInputs(opts.units, random);
  const roster = fleet.inputs.map((input, i): Input => ({ ...input, id: `mx-r${i}` }));
  return { roster, stream: new Traffic(config, opts, fleet.units, random).generate(), units: fleet.units };
}

class Traffic {
  private readonly pools = new Map<string, string[]>();
  private readonly positions = new Map<string, [number, number]>();
  private readonly types = new Map<string, string>();
  private readonly inService: string[];
  private readonly open: Open[] = [];
  private readonly out: Input[] = [];
  private at = T0 + 10_000;
  private nextIncident: number;
  private calls = 0;
  private sinceTick = 0;

  constructor(
    private readonly config: EngineConfig,
    private readonly opts: MixedOptions,
    units: readonly FleetUnit[],
    private readonly random: () => number,
  ) {
    this.nextIncident = 1;
    for (const u of units) {
      this.positions.set(u.unitId, [u.lon, u.lat]);
      this.types.set(u.unitId, u.unitType);
      if (!u.available) continue;
      const pool = this.pools.get(u.unitType) ?? [];
      pool.push(u.unitId);
      this.pools.set(u.unitType, pool);
    }
    this.inService = units.filter((u) => u.available).map((u) => u.unitId);
  }

  generate(): Input[] {
    const concurrent = this.opts.concurrent ?? Math.max(10, Math.round(this.opts.units / 20));
    const avl = this.opts.avlPerIncidentInput ?? 2;
    const stepMs = this.opts.stepMs ?? 10;
    const ticksEvery = Math.max(1, Math.round(1000 / stepMs));
    while (this.out.length < this.opts.inputs) {
      if (++this.sinceTick >= ticksEvery) {
        this.sinceTick = 0;
        this.push({ kind: "Tick" }, stepMs);
      } else if (this.random() < avl / (avl + 1)) this.push(this.avlFix(), stepMs);
      else {
        const body =
          this.open.length < concurrent && (this.open.length === 0 || this.random() < 0.3)
            ? this.newIncident()
            : this.advance();
        if (body !== null) this.push(body, stepMs);
      }
    }
    return this.out.slice(0, this.opts.inputs);
  }

  private push(body: TimedBody, stepMs: number): void {
    this.out.push({ ...body, id: `mx-${this.out.length}`, at: this.at });
    this.at += stepMs;
  }

  private avlFix(): TimedBody {
    const unitId = this.inService[Math.floor(this.random() * this.inService.length)]!;
    const p = this.positions.get(unitId)!;
    p[0] = clamp(p[0] + (this.random() * 2 - 1) * AVL_JITTER_DEG, CITY.minLon, CITY.maxLon);
    p[1] = clamp(p[1] + (this.random() * 2 - 1) * AVL_JITTER_DEG, CITY.minLat, CITY.maxLat);
    return { kind: "UpdateUnitLocation", unitId, lon: p[0], lat: p[1] };
  }

  private newIncident(): TimedBody {
    const [callType, unitTypes] = weighted(this.random, CALLS);
    const place = this.freePlace();
    const incidentId = `${this.config.incidentIdPrefix}${String(this.nextIncident++).padStart(6, "0")}`;
    const o: Open = { incidentId, callType, place, unitIds: [], steps: [] };
    for (const type of unitTypes) o.steps.push((x) => this.dispatch(x, type));
    for (const status of ["en_route", "on_scene"])
      unitTypes.forEach((_, k) => o.steps.push((x) => this.statusOf(x, k, status)));
    if (this.random() < SECOND_CALLER_SHARE) o.steps.push((x) => this.call(x.callType, x.place));
    o.steps.push((x) => ({ kind: "AddNote", incidentId: x.incidentId, text: `update ${x.incidentId}` }));
    o.steps.push((x) => this.clear(x));
    o.steps.push((x) => this.close(x));
    this.open.push(o);
    return this.call(callType, place);
  }

  private call(callType: string, [lon, lat]: LonLat): TimedBody {
    return {
      kind: "ReceiveCall",
      callId: `MX${++this.calls}`,
      receivedAt: this.at - 20_000,
      lon,
      lat,
      callType,
    };
  }

  /** The next step of a random open incident (null when that step has nothing to do). */
  private advance(): TimedBody | null {
    const i = Math.floor(this.random() * this.open.length);
    const o = this.open[i]!;
    const step = o.steps.shift();
    if (o.steps.length === 0) this.open.splice(i, 1);
    return step === undefined ? null : step(o);
  }

  private dispatch(o: Open, unitType: string): TimedBody | null {
    const unitId = this.pools.get(unitType)?.pop();
    if (unitId === undefined) return null;
    o.unitIds.push(unitId);
    return { kind: "DispatchUnit", incidentId: o.incidentId, unitId };
  }

  /** A status of the incident's k-th unit (nothing when fewer were free to dispatch). */
  private statusOf(o: Open, k: number, status: string): TimedBody | null {
    const unitId = o.unitIds[k];
    if (unitId === undefined) return null;
    return { kind: "UpdateUnitStatus", unitId, status };
  }

  private clear(o: Open): TimedBody {
    for (const unitId of o.unitIds) this.pools.get(this.typeOf(unitId))?.unshift(unitId);
    return { kind: "ClearIncident", incidentId: o.incidentId };
  }

  private close(o: Open): TimedBody {
    const disposition = DISPOSITIONS[Math.floor(this.random() * DISPOSITIONS.length)]!;
    return { kind: "CloseIncident", incidentId: o.incidentId, disposition };
  }

  private typeOf(unitId: string): string {
    return this.types.get(unitId)!;
  }

  private freePlace(): LonLat {
    for (;;) {
      const [lon, lat] = randomLonLat(this.random);
      if (this.open.every((o) => haversineMeters(lon, lat, o.place[0], o.place[1]) > MIN_SPACING_M))
        return [lon, lat];
    }
  }
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** How many inputs of each kind a log holds. */
export function kindCounts(inputs: readonly Input[]): Map<InputKind, number> {
  const counts = new Map<InputKind, number>();
  for (const input of inputs) counts.set(input.kind, (counts.get(input.kind) ?? 0) + 1);
  return counts;
}

/**
 * A large, realistic engine state for snapshot and recovery benchmarks, built through applyInput only:
 * a fleet (bench/lib/fleet.ts), then many incidents each taken through a whole life (call, dispatch,
 * en route, on scene, closed), with Ticks now and then so that timers are fired or dropped as they
 * would be live, and finally some incidents left open (pending, or with a unit on the way).
 *
 * Closed incidents are called in the south of the city and the open ones sit on a 250 m lattice in a
 * northern strip, so no call is ever attached to an open incident as another caller: every call opens
 * exactly the incident it is expected to, and inputs can be generated ahead of time (`lifecycleInputs`).
 */
import type { EngineConfig, EngineState, Input } from "../../engine/index.ts";
import { applyInput } from "../../engine/index.ts";
import { CITY, STATE_ONLY, buildFleet, type LonLat } from "./fleet.ts";

/** The call types used, each with the unit type that serves it. */
const CALL_MIX: readonly (readonly [callType: string, unitType: string])[] = [
  ["THEFT", "patrol"],
  ["WELFARE", "patrol"],
  ["BURG", "patrol"],
  ["MED", "medic"],
  ["AID", "aid"],
  ["AFAR", "engine"],
];
const DISPOSITIONS = ["REPORT", "NO_REPORT", "TREATED_NOT_TRANSPORTED", "FALSE_ALARM", "GONE_ON_ARRIVAL"];
/** Milliseconds between consecutive inputs. */
const STEP_MS = 1_000;
/** A Tick after every this-many inputs. */
const TICK_EVERY = 30;
/** Open incidents lie north of this latitude; closed ones at least ~550 m south of it. */
const OPEN_MIN_LAT = 47.7;
const CLOSED_MAX_LAT = 47.695;
const LATTICE_M = 250;

/** A state being built, and where the next generated input starts (time, ids, incident numbers). */
export interface World {
  readonly config: EngineConfig;
  readonly state: EngineState;
  readonly random: () => number;
  /** Available units by the type that serves a call, taken round-robin for closed incidents. */
  readonly pools: ReadonlyMap<string, string[]>;
  nextAt: number;
  nextInput: number;
  nextIncident: number;
  /** Inputs generated since the last Tick. */
  sinceTick: number;
  /** Incidents closed so far by `lifecycleInputs`, to rotate call types and units. */
  closed: number;
}

export interface IncidentStateOptions {
  readonly incidents: number;
  readonly open: number;
  readonly units: number;
  readonly random: () => number;
}

export interface IncidentStateStats {
  readonly inputs: number;
  readonly buildMs: number;
}

/** Builds the state; throws if any input is rejected or a call does not open the expected incident. */
export function buildIncidentState(
  config: EngineConfig,
  opts: IncidentStateOptions,
): { world: World; stats: IncidentStateStats } {
  const started = performance.now();
  const fleet = buildFleet(config, opts.units, opts.random);
  const pools = new Map<string, string[]>();
  for (const unit of fleet.state.units.values()) {
    if (unit.status !== "available") continue;
    const pool = pools.get(unit.type) ?? [];
    pool.push(unit.id);
    pools.set(unit.type, pool);
  }
  const world: World = {
    config,
    state: fleet.state,
    random: opts.random,
    pools,
    nextAt: fleet.now,
    nextInput: 0,
    nextIncident: fleet.state.nextIncidentNumber,
    sinceTick: 0,
    closed: 0,
  };
  // The fleet took an AddUnit and an AVL fix per unit, and half of them went out of service.
  let inputs = 2 * opts.units + Math.floor(opts.units / 2);
  // Closed first, in batches so the input arrays stay small.
  const closedCount = opts.incidents - opts.open;
  for (let done = 0; done < closedCount;) {
    const batch = Math.min(10_000, closedCount - done);
    const batchInputs = lifecycleInputs(world, batch);
    for (const input of batchInputs) applyChecked(world, input);
    inputs += batchInputs.length;
    done += batch;
  }
  const openInputs = openIncidentInputs(world, opts.open);
  for (const input of openInputs) applyChecked(world, input);
  inputs += openInputs.length;
  return { world, stats: { inputs: Math.round(inputs), buildMs: performance.now() - started } };
}

function applyChecked(world: World, input: Input): void {
  // The state does not depend on recommendations (see ApplyOptions): building it without them is faster.
  const result = applyInput(world.state, world.config, input, STATE_ONLY);
  if (result.rejection !== null)
    throw new Error(`bench state: ${input.kind} ${input.id} rejected: ${JSON.stringify(result.rejection)}`);
  if (input.kind === "ReceiveCall") {
    const expected = incidentIdOf(world.config, world.state.nextIncidentNumber - 1);
    if (!result.events.some((e) => e.type === "IncidentCreated" && e.incidentId === expected))
      throw new Error(`bench state: call ${input.callId} did not open ${expected}`);
  }
}

function incidentIdOf(config: EngineConfig, n: number): string {
  return `${config.incidentIdPrefix}${String(n).padStart(6, "0")}`;
}

/** Body of an input; `next` gives it its id and instant. */
type Body = Input extends infer I ? (I extends Input ? Omit<I, "id" | "at"> : never) : never;

function next(world: World, out: Input[], body: Body): void {
  out.push({ ...body, id: `st-${++world.nextInput}`, at: world.nextAt });
  world.nextAt += STEP_MS;
  if (++world.sinceTick >= TICK_EVERY) {
    world.sinceTick = 0;
    out.push({ kind: "Tick", id: `st-${++world.nextInput}`, at: world.nextAt });
    world.nextAt += STEP_MS;
  }
}

function southernPlace(random: () => number): LonLat {
  return [
    CITY.minLon + random() * (CITY.maxLon - CITY.minLon),
    CITY.minLat + random() * (CLOSED_MAX_LAT - CITY.minLat),
  ];
}

/**
 * The inputs of `count` more incidents, each called in, dispatched, en route, on scene and closed
 * before the next (with a Tick every 30 inputs); generated ahead of time from the world's cursor,
 * which they advance. Apply them in order to the world's state.
 */
export function lifecycleInputs(world: World, count: number): Input[] {
  const out: Input[] = [];
  for (let i = 0; i < count; i++) {
    const [callType, unitType] = CALL_MIX[world.closed % CALL_MIX.length]!;
    const pool = world.pools.get(unitType)!;
    const unitId = pool[Math.floor(world.closed / CALL_MIX.length) % pool.length]!;
    const incidentId = incidentIdOf(world.config, world.nextIncident++);
    const [lon, lat] = southernPlace(world.random);
    const callId = `SC-${world.nextInput + 1}`;
    next(world, out, { kind: "ReceiveCall", callId, receivedAt: world.nextAt - 30_000, lon, lat, callType });
    next(world, out, { kind: "DispatchUnit", incidentId, unitId });
    next(world, out, { kind: "UpdateUnitStatus", unitId, status: "en_route" });
    next(world, out, { kind: "UpdateUnitStatus", unitId, status: "on_scene" });
    const disposition = DISPOSITIONS[world.closed % DISPOSITIONS.length]!;
    next(world, out, { kind: "CloseIncident", incidentId, disposition });
    world.closed++;
  }
  return out;
}

/**
 * `count` incidents left open on a 250 m lattice in the north of the city: every other one pending,
 * the rest with a unit dispatched and en route.
 */
function openIncidentInputs(world: World, count: number): Input[] {
  const out: Input[] = [];
  const dLat = LATTICE_M / 111_195;
  const midLat = (OPEN_MIN_LAT + CITY.maxLat) / 2;
  const dLon = LATTICE_M / (111_195 * Math.cos((midLat * Math.PI) / 180));
  const cols = Math.floor((CITY.maxLon - CITY.minLon) / dLon);
  const rows = Math.floor((CITY.maxLat - OPEN_MIN_LAT) / dLat);
  if (count > rows * cols) throw new Error(`bench state: at most ${rows * cols} open incidents fit`);
  for (let i = 0; i < count; i++) {
    const lon = CITY.minLon + (i % cols) * dLon;
    const lat = OPEN_MIN_LAT + Math.floor(i / cols) * dLat;
    const [callType, unitType] = CALL_MIX[i % CALL_MIX.length]!;
    const incidentId = incidentIdOf(world.config, world.nextIncident++);
    const callId = `OC-${i}`;
    next(world, out, { kind: "ReceiveCall", callId, receivedAt: world.nextAt - 30_000, lon, lat, callType });
    if (i % 2 === 1) {
      // Taken out of its pool: later closed incidents must not dispatch it again.
      const unitId = world.pools.get(unitType)!.pop()!;
      next(world, out, { kind: "DispatchUnit", incidentId, unitId });
      next(world, out, { kind: "UpdateUnitStatus", unitId, status: "en_route" });
    }
  }
  return out;
}

/**
 * Seeded synthetic fleets for benchmarks: a city-sized area at 47.6°N, a realistic mix of unit types over
 * three agencies (one of them mutual aid), half of the units out of service, every unit at a fresh AVL fix,
 * and open incidents created through the engine (ReceiveCall), so the state is exactly what a live engine
 * would hold.
 */
import { applyInput, createState } from "../../engine/index.ts";
import type { EngineConfig, EngineState, Incident, Input } from "../../engine/index.ts";
import { haversineMeters } from "../../engine/geo/index.ts";
import { weighted } from "../../adapters/sim/prng.ts";

/** ~30 km across (0.27° of latitude, 0.40° of longitude) centred on 47.6°N, 122.33°W. */
export const CITY = { minLon: -122.53, maxLon: -122.13, minLat: 47.465, maxLat: 47.735 } as const;

/** Instant of the first input; every later input is a few seconds after it. */
export const T0 = Date.UTC(2025, 5, 1, 12, 0, 0);

/** Share of the fleet by unit type: mostly patrol cars and engines. */
export const TYPE_MIX: readonly (readonly [string, number])[] = [
  ["patrol", 45],
  ["engine", 25],
  ["medic", 8],
  ["aid", 8],
  ["ladder", 6],
  ["supervisor", 4],
  ["chief", 3],
  ["crisis", 1],
];
export const POLICE_TYPES: ReadonlySet<string> = new Set(["patrol", "supervisor", "crisis"]);
/** Share of fire/EMS units that belong to the mutual-aid agency. */
const MUTUAL_AID_SHARE = 0.15;
const UNITS_PER_STATION = 25;
/** Fire/EMS units roam about this far (degrees of latitude, ~1.1 km) from quarters; police anywhere. */
const FIRE_ROAM_DEG = 0.01;

export type LonLat = readonly [number, number];

export function randomLonLat(random: () => number): LonLat {
  return [
    CITY.minLon + random() * (CITY.maxLon - CITY.minLon),
    CITY.minLat + random() * (CITY.maxLat - CITY.minLat),
  ];
}

/**
 * `count` seeded places, each more than `minSpacingMeters` from every other, so that no call is attached
 * to an earlier incident as another caller (the engine attaches same-discipline calls within 150 m).
 */
export function spacedPlaces(random: () => number, count: number, minSpacingMeters = 200): LonLat[] {
  const places: LonLat[] = [];
  while (places.length < count) {
    const [lon, lat] = randomLonLat(random);
    if (places.every(([x, y]) => haversineMeters(lon, lat, x, y) > minSpacingMeters)) places.push([lon, lat]);
  }
  return places;
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** A fleet state plus the instant at which every AVL fix is still fresh. */
export interface Fleet {
  readonly state: EngineState;
  readonly now: number;
}

/**
 * Fixtures are built without recommendations: the engine's state does not depend on them (see
 * ApplyOptions), so the state is the same, and building it is several times faster.
 */
export const STATE_ONLY = { recommendations: false } as const;

/** Input ids are unique across every state this module builds. */
let inputSeq = 0;

class InputLog {
  constructor(
    readonly state: EngineState,
    readonly config: EngineConfig,
  ) {}

  /** Applies one input (its id is filled in); throws if the engine rejects it. */
  apply(input: TimedInput | Input) {
    const withId = { ...input, id: `bench-${++inputSeq}` } as Input;
    const result = applyInput(this.state, this.config, withId, STATE_ONLY);
    if (result.rejection !== null)
      throw new Error(`bench fixture: ${input.kind} rejected: ${JSON.stringify(result.rejection)}`);
    return result.events;
  }
}

/** One unit of a generated fleet: where it is and whether it was left available. */
export interface FleetUnit {
  readonly unitId: string;
  readonly unitType: string;
  readonly agency: string;
  readonly lon: number;
  readonly lat: number;
  readonly available: boolean;
}

/** An input without its id: generators give instants, the log (or InputLog) gives ids. */
export type TimedInput = Input extends infer I ? (I extends Input ? Omit<I, "id"> : never) : never;

/**
 * The roster inputs of `n` units: AddUnit with a station at T0, exactly half of them then set out of
 * service (UpdateUnitStatus) at T0 + 1 s, and every unit given an AVL fix (UpdateUnitLocation) at T0 + 2 s.
 */
export function fleetInputs(n: number, random: () => number): { units: FleetUnit[]; inputs: TimedInput[] } {
  const stations = Array.from({ length: Math.max(4, Math.ceil(n / UNITS_PER_STATION)) }, (_, i) => {
    const [lon, lat] = randomLonLat(random);
    return { id: `ST${i}`, lon, lat };
  });
  const drawn = Array.from({ length: n }, (_, i) => {
    const unitType = weighted(random, TYPE_MIX);
    const police = POLICE_TYPES.has(unitType);
    const agency = police ? "metro-police" : random() < MUTUAL_AID_SHARE ? "county-fire" : "metro-fire";
    const station = stations[Math.floor(random() * stations.length)]!;
    const [lon, lat] = police ? randomLonLat(random) : roamNear(random, station.lon, station.lat);
    return { unitId: `U${String(i).padStart(6, "0")}`, unitType, agency, station, lon, lat };
  });
  const inputs: TimedInput[] = drawn.map(({ unitId, unitType, agency, station }) => ({
    kind: "AddUnit",
    at: T0,
    unitId,
    unitType,
    agency,
    station,
  }));
  const outOfService = new Set(shuffled(random, n).slice(0, Math.floor(n / 2)));
  for (const i of outOfService) {
    const unitId = drawn[i]!.unitId;
    inputs.push({ kind: "UpdateUnitStatus", at: T0 + 1_000, unitId, status: "out_of_service" });
  }
  for (const { unitId, lon, lat } of drawn) {
    inputs.push({ kind: "UpdateUnitLocation", at: T0 + 2_000, unitId, lon, lat });
  }
  const units = drawn.map(({ unitId, unitType, agency, lon, lat }, i) => ({
    unitId,
    unitType,
    agency,
    lon,
    lat,
    available: !outOfService.has(i),
  }));
  return { units, inputs };
}

/**
 * `n` units added to a fresh state through the engine (fleetInputs), so the unit index holds them all at
 * their AVL positions; half of them out of service.
 */
export function buildFleet(config: EngineConfig, n: number, random: () => number): Fleet {
  const log = new InputLog(createState(), config);
  for (const input of fleetInputs(n, random).inputs) log.apply(input);
  return { state: log.state, now: T0 + 10_000 };
}

/**
 * Opens one incident per place through ReceiveCall (the engine recommends for each, as it would live)
 * and returns them. Throws if a call was attached to an existing incident instead.
 */
export function openIncidents(
  config: EngineConfig,
  fleet: Fleet,
  places: readonly LonLat[],
  callType: string,
): Incident[] {
  const log = new InputLog(fleet.state, config);
  const at = T0 + 3_000;
  return places.map(([lon, lat], i) => {
    const callId = `C-${callType}-${i}`;
    const events = log.apply({ kind: "ReceiveCall", at, callId, receivedAt: at, lon, lat, callType });
    const created = events.find((e) => e.type === "IncidentCreated");
    if (created === undefined) throw new Error(`bench fixture: call ${callId} did not open an incident`);
    return fleet.state.incidents.get(created.incidentId)!;
  });
}

function roamNear(random: () => number, lon: number, lat: number): LonLat {
  const dLat = (random() * 2 - 1) * FIRE_ROAM_DEG;
  const dLon = ((random() * 2 - 1) * FIRE_ROAM_DEG) / Math.cos((lat * Math.PI) / 180);
  return [clamp(lon + dLon, CITY.minLon, CITY.maxLon), clamp(lat + dLat, CITY.minLat, CITY.maxLat)];
}

/** 0..n-1 in a seeded random order (Fisher–Yates). */
function shuffled(random: () => number, n: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

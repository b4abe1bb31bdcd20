import type { EngineConfig, PlanSlot } from "../config/types.ts";
import { haversineMeters } from "../geo/haversine.ts";
import type { GeoSearchHit, GeoSearchOptions } from "../geo/nearest.ts";
import { travelSeconds, type TravelModel } from "../geo/travel.ts";
import { isFreeToDispatch, type EngineState, type Incident, type Unit } from "../model/state.ts";
import { effectivePosition, type PositionMode } from "./position.ts";
import type { UnitIndex } from "./unit-index.ts";
import type { BusyCandidate, Candidate, ReasonCode, Recommendation, SlotRecommendation } from "./types.ts";

const SHORTFALL_KEEP = 3;

interface Search {
  readonly state: EngineState;
  readonly config: EngineConfig;
  readonly incident: Incident;
  readonly now: number;
  /** A handful of ids (the incident's units and those this plan picks): an array beats a Set. */
  readonly used: string[];
}

/** Each plan's slots, one entry per unit wanted; plans belong to the immutable configuration. */
const wantedOfPlan = new WeakMap<readonly PlanSlot[], readonly PlanSlot[]>();
const NO_SLOTS: readonly PlanSlot[] = [];

function wantedSlots(plan: readonly PlanSlot[] | undefined): readonly PlanSlot[] {
  if (plan === undefined) return NO_SLOTS;
  let wanted = wantedOfPlan.get(plan);
  if (wanted === undefined) {
    const slots: PlanSlot[] = [];
    for (const slot of plan) for (let n = 0; n < slot.count; n++) slots.push(slot);
    wanted = slots;
    wantedOfPlan.set(plan, wanted);
  }
  return wanted;
}

/**
 * The full recommended assignment for an incident's response plan: the slots the incident's own
 * units already fill are marked with them (`assignedUnitId`), and each other slot is filled by
 * the unit with the lowest ETA that is free, capable and not used by another slot, home units
 * before mutual aid, with ranked alternatives and reasons; a slot nobody can fill lists the
 * busy units that could, and when they may be free. Dispatching every slot's `unit` completes
 * the plan: nothing is recommended for a slot the incident already has covered.
 */
export function recommend(
  state: EngineState,
  config: EngineConfig,
  incident: Incident,
  now: number,
): Recommendation {
  state.unitIndex.sweep(now, config.recommendation.staleAfterSeconds * 1000);
  const plan = config.callTypes.get(incident.callType)?.plan;
  const search: Search = { state, config, incident, now, used: incident.unitIds.slice() };
  // The common call: a plan of one unit for an incident that has none yet.
  const only = plan?.length === 1 && incident.unitIds.length === 0 ? plan[0]! : null;
  if (only !== null && only.count === 1) {
    const slot = fillSlot(search, only, LONE);
    const { id, callType, zone } = incident;
    return { incidentId: id, callType, zone, slots: [slot], complete: slot.unit !== null };
  }
  return fillPlan(search, wantedSlots(plan));
}

function fillPlan(search: Search, wanted: readonly PlanSlot[]): Recommendation {
  const { state, config, incident } = search;
  const assigned = incident.unitIds.length === 0 ? null : assignedToSlots(state, config, incident, wanted);
  const slots: SlotRecommendation[] = [];
  let complete = true;
  let pool: Pool | null = null;
  for (let k = 0; k < wanted.length; k++) {
    const slot = wanted[k]!;
    const by = assigned === null ? null : (assigned[k] ?? null);
    if (by === null && (pool === null || k >= pool.end)) pool = poolFor(search, wanted, assigned, k);
    const filled = by === null ? fillSlot(search, slot, pool as Pool) : coveredSlot(slot, by);
    if (filled.unit === null && filled.assignedUnitId === undefined) complete = false;
    slots.push(filled);
  }
  return { incidentId: incident.id, callType: incident.callType, zone: incident.zone, slots, complete };
}

/**
 * Which slot each of the incident's own units fills: a unit fills a slot of its type with the
 * slot's capabilities, whatever its status; a maximum matching (narrowest slots first, units in
 * the order they were assigned), so one unit never hides a slot another of them could fill.
 */
function assignedToSlots(
  state: EngineState,
  config: EngineConfig,
  incident: Incident,
  slots: readonly PlanSlot[],
): (string | null)[] {
  const units = incident.unitIds.map((id) => state.units.get(id)).filter((u): u is Unit => u !== undefined);
  const unitOfSlot: (number | null)[] = slots.map(() => null);
  const slotOfUnit: (number | null)[] = units.map(() => null);
  const fits = (unit: Unit, slot: PlanSlot) =>
    slot.types.includes(unit.type) && hasCapabilities(config, unit, slot);
  const place = (slot: number, seen: Set<number>): boolean => {
    for (let u = 0; u < units.length; u++) {
      const unit = units[u] as Unit;
      if (seen.has(u) || !fits(unit, slots[slot] as PlanSlot)) continue;
      seen.add(u);
      const other = slotOfUnit[u];
      if (other === null || other === undefined || place(other, seen)) {
        unitOfSlot[slot] = u;
        slotOfUnit[u] = slot;
        return true;
      }
    }
    return false;
  };
  // The narrowest slots first: a ladder on a plan of [engine or ladder, ladder] takes the ladder
  // slot and leaves the other to an engine (ties in plan order, so the answer is deterministic).
  const order = slots
    .map((_, k) => k)
    .sort((a, b) => (slots[a]?.types.length ?? 0) - (slots[b]?.types.length ?? 0) || a - b);
  if (units.length > 0) for (const k of order) place(k, new Set());
  return unitOfSlot.map((u) => (u === null ? null : (units[u]?.id ?? null)));
}

function coveredSlot(slot: PlanSlot, unitId: string): SlotRecommendation {
  return {
    label: slot.label,
    types: slot.types,
    capabilities: slot.capabilities,
    unit: null,
    candidates: [],
    nextBest: null,
    shortfall: [],
    assignedUnitId: unitId,
  };
}

/** Turnout (none for a unit already rolling back to quarters) + travel, + a penalty for a stale fix. */
export function unitEtaSeconds(
  config: EngineConfig,
  unit: Unit,
  mode: PositionMode,
  distanceMeters: number,
): number {
  const turnout = unit.status === "returning" ? 0 : (config.unitTypes.get(unit.type)?.turnoutSeconds ?? 0);
  const penalty = mode === "stale" ? config.recommendation.stalePenaltySeconds : 0;
  return turnout + travelSeconds(config.recommendation.travel, distanceMeters) + penalty;
}

/** Whether a unit may fill a slot now: free, of a wanted type, with every wanted capability. */
export function canFill(config: EngineConfig, unit: Unit, slot: PlanSlot): boolean {
  if (!isFreeToDispatch(config, unit)) return false;
  if (!slot.types.includes(unit.type)) return false;
  return hasCapabilities(config, unit, slot);
}

/** Whether a unit has every capability the slot wants, of its own or by its type. */
function hasCapabilities(config: EngineConfig, unit: Unit, slot: PlanSlot): boolean {
  return slot.capabilities.every(
    (c) =>
      unit.capabilities.includes(c) || (config.unitTypes.get(unit.type)?.capabilities.includes(c) ?? false),
  );
}

export function isMutualAid(config: EngineConfig, unit: Unit): boolean {
  return config.agencies.get(unit.agency)?.mutualAid ?? false;
}

/**
 * The home candidates of a run of equal slots (a plan entry of count > 1): one search for the
 * topK + n - 1 best serves the run's n open slots, each taking the topK best not picked yet.
 * That is the same as searching anew for each: a slot loses at most n - 1 of them to the slots
 * before it, and a unit outside them ranks after all of them. `hits` is null for a lone slot.
 */
interface Pool {
  /** The index after the run in the plan's slots. */
  readonly end: number;
  readonly hits: GeoSearchHit<Unit>[] | null;
}

/** The pool of a slot that is not part of a run: it searches on its own. */
const LONE: Pool = { end: 1, hits: null };

function poolFor(
  s: Search,
  wanted: readonly PlanSlot[],
  assigned: (string | null)[] | null,
  k: number,
): Pool {
  const slot = wanted[k]!;
  let end = k;
  let open = 0;
  while (end < wanted.length && wanted[end] === slot) {
    if (assigned === null || (assigned[end] ?? null) === null) open++;
    end++;
  }
  const topK = s.config.recommendation.topK;
  if (open < 2 || !(topK >= 1)) return { end, hits: null };
  return { end, hits: searchSlot(s, slot, false, Math.floor(topK) + open - 1) };
}

function fillSlot(s: Search, slot: PlanSlot, pool: Pool): SlotRecommendation {
  const topK = Math.floor(s.config.recommendation.topK);
  let hits: GeoSearchHit<Unit>[];
  if (pool.hits === null) hits = searchSlot(s, slot, false, topK);
  else {
    hits = [];
    for (const hit of pool.hits) {
      if (hits.length >= topK) break;
      if (!s.used.includes(hit.id)) hits.push(hit);
    }
  }
  if (hits.length === 0) hits = searchSlot(s, slot, true, topK);
  const first = hits[0];
  if (first === undefined)
    return {
      label: slot.label,
      types: slot.types,
      capabilities: slot.capabilities,
      unit: null,
      candidates: [],
      nextBest: null,
      shortfall: busyUnits(s, slot),
    };
  s.used.push(first.id);
  const candidates = candidatesOf(s, hits);
  const second = hits[1];
  const nextBest =
    second === undefined ? null : { unitId: second.id, deltaSeconds: round(second.cost - first.cost) };
  return {
    label: slot.label,
    types: slot.types,
    capabilities: slot.capabilities,
    unit: candidates[0] ?? null,
    candidates,
    nextBest,
    shortfall: [],
  };
}

/**
 * The filter, cost and bound of one slot's search in one tree. One instance, reset before each
 * search, so a search allocates no closures (recommend() is never re-entered from a search).
 */
class SlotRanker {
  config!: EngineConfig;
  index!: UnitIndex;
  travel!: TravelModel;
  used: readonly string[] = [];
  mutualAid = false;
  wanted: readonly string[] = [];
  typeCapabilities: readonly string[] = [];
  turnout = 0;
  minTurnout = 0;
  stalePenalty = 0;
  /** The last agency asked about and whether it is mutual aid: units of one agency come in runs. */
  agency: string | null = null;
  agencyIsMutualAid = false;
  readonly accept = (unit: Unit): boolean => {
    if (!isFreeToDispatch(this.config, unit)) return false;
    if (this.used.length > 0 && this.used.includes(unit.id)) return false;
    const agency = unit.agency;
    if (agency !== this.agency) {
      this.agency = agency;
      this.agencyIsMutualAid = isMutualAid(this.config, unit);
    }
    if (this.agencyIsMutualAid !== this.mutualAid) return false;
    const wanted = this.wanted;
    for (let i = 0; i < wanted.length; i++) {
      const c = wanted[i]!;
      // The type's list first: one list for every unit of the type, where most wanted capabilities are.
      if (!this.typeCapabilities.includes(c) && !unit.capabilities.includes(c)) return false;
    }
    return true;
  };
  /** unitEtaSeconds, with the type's turnout looked up once per search. */
  readonly cost = (unit: Unit, distanceMeters: number): number =>
    (unit.status === "returning" ? 0 : this.turnout) +
    travelSeconds(this.travel, distanceMeters) +
    (this.index.isStale(unit.id) ? this.stalePenalty : 0);
  readonly costLowerBound = (distanceMeters: number): number =>
    this.minTurnout + travelSeconds(this.travel, distanceMeters);
  readonly costLowerBoundInverse = (cost: number): number =>
    travelMetersWithin(this.travel, cost - this.minTurnout);
  readonly options: GeoSearchOptions<Unit> = {
    k: 0,
    into: undefined,
    accept: this.accept,
    cost: this.cost,
    costLowerBound: this.costLowerBound,
    costLowerBoundInverse: this.costLowerBoundInverse,
  };
}

/** About the longest trip of at most `seconds` (the inverse of travelSeconds; the search checks it). */
function travelMetersWithin(model: TravelModel, seconds: number): number {
  const t = seconds - model.baseSeconds;
  if (!(t > 0)) return 0;
  const knee = model.knee;
  const slope = model.secondsPerKm;
  if (knee === undefined || slope * knee.km >= t) return (t / slope) * 1000;
  return (knee.km + (t - slope * knee.km) / knee.secondsPerKm) * 1000;
}

const ranker = new SlotRanker();

function searchSlot(s: Search, slot: PlanSlot, mutualAid: boolean, k: number): GeoSearchHit<Unit>[] {
  const { config, incident } = s;
  const index = s.state.unitIndex;
  const returning = config.dispatch.returningUnitsAvailable;
  const hits: GeoSearchHit<Unit>[] = [];
  ranker.config = config;
  ranker.index = index;
  ranker.travel = config.recommendation.travel;
  ranker.stalePenalty = config.recommendation.stalePenaltySeconds;
  ranker.used = s.used;
  ranker.mutualAid = mutualAid;
  ranker.wanted = slot.capabilities;
  ranker.agency = null;
  const options = ranker.options;
  options.k = k;
  options.into = hits;
  // One tree per wanted type, each search merged into the hits of the ones before it, so the
  // k best are those of every wanted type and each tree is pruned by what the others found.
  for (let t = 0; t < slot.types.length; t++) {
    const type = slot.types[t]!;
    if (t > 0 && slot.types.indexOf(type) !== t) continue; // a type listed twice is one tree, searched once
    const unitType = config.unitTypes.get(type);
    ranker.turnout = unitType?.turnoutSeconds ?? 0;
    ranker.typeCapabilities = unitType?.capabilities ?? [];
    // The bound must hold for every unit of the type: one returning to quarters needs no turnout.
    ranker.minTurnout = returning && index.hasReturning(type) ? 0 : ranker.turnout;
    index.search(type, incident.lon, incident.lat, options);
  }
  options.into = undefined;
  ranker.used = [];
  return hits;
}

/** Bits of a candidate's reasons, in the order its reasons list them. */
const CLOSEST = 1;
const AT_STATION = 2;
const AT_STATION_STALE = 4;
const STALE = 8;
const RETURNING = 16;
const MUTUAL_AID = 32;
const IN_ZONE = 64;
const REASON_OF_BIT: readonly ReasonCode[] = [
  "CLOSEST_BY_ETA",
  "AT_STATION",
  "STALE_POSITION_AT_STATION",
  "STALE_POSITION_PENALISED",
  "RETURNING_NO_TURNOUT",
  "MUTUAL_AID",
  "IN_ZONE",
];
const MODE_BITS: Readonly<Record<PositionMode, number>> = {
  avl: 0,
  station: AT_STATION,
  station_fallback: AT_STATION_STALE,
  stale: STALE,
};
/**
 * Every set of reasons a candidate can have, by its bits, each built on first use and frozen: the
 * candidates of every recommendation share them (a handful of lists, instead of one per candidate).
 */
const reasonLists: (readonly ReasonCode[] | undefined)[] = [];

function reasonsOf(bits: number): readonly ReasonCode[] {
  let reasons = reasonLists[bits];
  if (reasons === undefined) {
    reasons = Object.freeze(REASON_OF_BIT.filter((_, i) => (bits & (1 << i)) !== 0));
    reasonLists[bits] = reasons;
  }
  return reasons;
}

/**
 * `index.mode(unit.id)` of a unit the index holds at (`lon`, `lat`) (a search hit), mostly without
 * looking the unit up: a unit with no usable AVL fix is held at its station ("station"); one with a
 * fix is held at that fix ("avl", or "stale" when it has no station to fall back on) or at its
 * station ("station_fallback"). Only when the fix and the station are one place does the place not
 * tell, and the index is asked.
 */
export function heldMode(index: UnitIndex, unit: Unit, lon: number, lat: number): PositionMode | undefined {
  if (unit.positionSource !== "avl" || unit.lon === null || unit.lat === null || unit.positionAt === null)
    return "station";
  const atFix = lon === unit.lon && lat === unit.lat;
  const station = unit.station;
  const atStation = station !== null && lon === station.lon && lat === station.lat;
  if (atFix && !atStation) return index.isStale(unit.id) ? "stale" : "avl";
  if (atStation && !atFix) return "station_fallback";
  return index.mode(unit.id);
}

function candidatesOf(s: Search, hits: readonly GeoSearchHit<Unit>[]): Candidate[] {
  const { config, incident } = s;
  const index = s.state.unitIndex;
  const zones = incident.zone === null ? null : config.zones;
  const candidates: Candidate[] = [];
  // Most candidates are of one agency: look it up once per run of them.
  let agency: string | null = null;
  let aid = false;
  for (let rank = 0; rank < hits.length; rank++) {
    const hit = hits[rank]!;
    const unit = hit.value;
    const mode = heldMode(index, unit, hit.lon, hit.lat);
    let bits = (rank === 0 ? CLOSEST : 0) | (mode === undefined ? 0 : MODE_BITS[mode]);
    if (unit.status === "returning") bits |= RETURNING;
    if (unit.agency !== agency) {
      agency = unit.agency;
      aid = isMutualAid(config, unit);
    }
    if (aid) bits |= MUTUAL_AID;
    if (zones !== null && zones.zoneAt(hit.lon, hit.lat) === incident.zone) bits |= IN_ZONE;
    candidates.push({
      unitId: unit.id,
      unitType: unit.type,
      agency: unit.agency,
      etaSeconds: round(hit.cost),
      distanceMeters: Math.round(hit.distanceMeters),
      reasons: reasonsOf(bits),
    });
  }
  return candidates;
}

/** The busy units that could fill the slot, by when they could arrive. A rare path: a plain scan. */
function busyUnits(s: Search, slot: PlanSlot): BusyCandidate[] {
  const { config, incident, now } = s;
  const staleMs = config.recommendation.staleAfterSeconds * 1000;
  const out: BusyCandidate[] = [];
  for (const unit of s.state.units.values()) {
    if (!slot.types.includes(unit.type) || unit.status === "out_of_service" || s.used.includes(unit.id))
      continue;
    if (canFill(config, unit, slot)) continue;
    const position = effectivePosition(unit, now, staleMs);
    if (position === null) continue;
    const busySeconds = config.recommendation.expectedBusySeconds.get(unit.status) ?? 0;
    const expectedFreeAt = Math.max(now, unit.statusSince + busySeconds * 1000);
    const d = haversineMeters(position.lon, position.lat, incident.lon, incident.lat);
    const etaSeconds = (expectedFreeAt - now) / 1000 + unitEtaSeconds(config, unit, position.mode, d);
    out.push({
      unitId: unit.id,
      unitType: unit.type,
      status: unit.status,
      incidentId: unit.incidentId,
      expectedFreeAt,
      etaSeconds: round(etaSeconds),
    });
  }
  out.sort((a, b) => a.etaSeconds - b.etaSeconds || (a.unitId < b.unitId ? -1 : 1));
  return out.slice(0, SHORTFALL_KEEP);
}

const round = (seconds: number) => Math.round(seconds * 10) / 10;

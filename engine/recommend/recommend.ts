import type { EngineConfig, PlanSlot } from "../config/types.ts";
import { haversineMeters } from "../geo/haversine.ts";
import type { GeoSearchHit } from "../geo/nearest.ts";
import { travelSeconds } from "../geo/travel.ts";
import { isFreeToDispatch, type EngineState, type Incident, type Unit } from "../model/state.ts";
import { effectivePosition, type PositionMode } from "./position.ts";
import type { BusyCandidate, Candidate, ReasonCode, Recommendation, SlotRecommendation } from "./types.ts";

const SHORTFALL_KEEP = 3;

interface Search {
  readonly state: EngineState;
  readonly config: EngineConfig;
  readonly incident: Incident;
  readonly now: number;
  readonly used: Set<string>;
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
  const plan = config.callTypes.get(incident.callType)?.plan ?? [];
  const search: Search = { state, config, incident, now, used: new Set(incident.unitIds) };
  const wanted = plan.flatMap((slot) => Array.from({ length: slot.count }, () => slot));
  const assigned = assignedToSlots(state, config, incident, wanted);
  const slots = wanted.map((slot, k) => {
    const by = assigned[k];
    return by === null || by === undefined ? fillSlot(search, slot) : coveredSlot(slot, by);
  });
  return {
    incidentId: incident.id,
    callType: incident.callType,
    zone: incident.zone,
    slots,
    complete: slots.every((s) => s.unit !== null || s.assignedUnitId !== undefined),
  };
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

function fillSlot(s: Search, slot: PlanSlot): SlotRecommendation {
  const base = { label: slot.label, types: slot.types, capabilities: slot.capabilities };
  let hits = searchSlot(s, slot, false);
  if (hits.length === 0) hits = searchSlot(s, slot, true);
  const first = hits[0];
  if (first === undefined)
    return { ...base, unit: null, candidates: [], nextBest: null, shortfall: busyUnits(s, slot) };
  s.used.add(first.id);
  const candidates = hits.map((hit, rank) => candidate(s, hit, rank));
  const second = hits[1];
  const nextBest =
    second === undefined ? null : { unitId: second.id, deltaSeconds: round(second.cost - first.cost) };
  return { ...base, unit: candidates[0] ?? null, candidates, nextBest, shortfall: [] };
}

function searchSlot(s: Search, slot: PlanSlot, mutualAid: boolean): GeoSearchHit<Unit>[] {
  const { config, incident, used } = s;
  const index = s.state.unitIndex;
  const returning = config.dispatch.returningUnitsAvailable;
  // The bound must hold for every unit the slot accepts: a type with a unit returning to quarters may need no turnout.
  const minTurnout = Math.min(
    ...slot.types.map((t) =>
      returning && index.hasReturning(t) ? 0 : (config.unitTypes.get(t)?.turnoutSeconds ?? 0),
    ),
  );
  const travel = config.recommendation.travel;
  return index.search(incident.lon, incident.lat, {
    k: config.recommendation.topK,
    accept: (unit) =>
      !used.has(unit.id) && isMutualAid(config, unit) === mutualAid && canFill(config, unit, slot),
    cost: (unit, d) => unitEtaSeconds(config, unit, index.mode(unit.id) ?? "avl", d),
    costLowerBound: (d) => minTurnout + travelSeconds(travel, d),
  });
}

function candidate(s: Search, hit: GeoSearchHit<Unit>, rank: number): Candidate {
  const unit = hit.value;
  const reasons: ReasonCode[] = [];
  if (rank === 0) reasons.push("CLOSEST_BY_ETA");
  const mode = s.state.unitIndex.mode(unit.id);
  if (mode === "station") reasons.push("AT_STATION");
  if (mode === "station_fallback") reasons.push("STALE_POSITION_AT_STATION");
  if (mode === "stale") reasons.push("STALE_POSITION_PENALISED");
  if (unit.status === "returning") reasons.push("RETURNING_NO_TURNOUT");
  if (isMutualAid(s.config, unit)) reasons.push("MUTUAL_AID");
  const zones = s.config.zones;
  const at = s.state.unitIndex.position(unit.id);
  if (
    zones !== null &&
    at !== undefined &&
    s.incident.zone !== null &&
    zones.zoneAt(at.lon, at.lat) === s.incident.zone
  ) {
    reasons.push("IN_ZONE");
  }
  return {
    unitId: unit.id,
    unitType: unit.type,
    agency: unit.agency,
    etaSeconds: round(hit.cost),
    distanceMeters: Math.round(hit.distanceMeters),
    reasons,
  };
}

/** The busy units that could fill the slot, by when they could arrive. A rare path: a plain scan. */
function busyUnits(s: Search, slot: PlanSlot): BusyCandidate[] {
  const { config, incident, now } = s;
  const staleMs = config.recommendation.staleAfterSeconds * 1000;
  const out: BusyCandidate[] = [];
  for (const unit of s.state.units.values()) {
    if (!slot.types.includes(unit.type) || unit.status === "out_of_service" || s.used.has(unit.id)) continue;
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

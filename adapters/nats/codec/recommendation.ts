import type { BusyCandidate, Candidate, SlotRecommendation as Slot } from "../../../engine/index.ts";
import { CANDIDATE_REASON, UNIT_STATUS } from "./enums.ts";
import { CodecError } from "./errors.ts";
import type { pb } from "./pb.ts";

type SlotWire = InstanceType<typeof pb.SlotRecommendation>;
type CandidateWire = InstanceType<typeof pb.Candidate>;
type BusyWire = InstanceType<typeof pb.BusyCandidate>;
type NextBestWire = InstanceType<typeof pb.NextBest>;

/** A recommendation's slots as cad.v1.SlotRecommendation properties. */
export function slotsToWire(slots: readonly Slot[]): object[] {
  return slots.map((s, i) => ({
    label: s.label,
    types: [...s.types],
    capabilities: [...s.capabilities],
    unit: s.unit === null ? null : candidateToWire(s.unit, `slots[${i}].unit`),
    candidates: s.candidates.map((c, j) => candidateToWire(c, `slots[${i}].candidates[${j}]`)),
    nextBest:
      s.nextBest === null ? null : { unitId: s.nextBest.unitId, deltaSeconds: s.nextBest.deltaSeconds },
    shortfall: s.shortfall.map((b, j) => busyToWire(b, `slots[${i}].shortfall[${j}]`)),
  }));
}

function candidateToWire(c: Candidate, path: string): object {
  return {
    unitId: c.unitId,
    unitType: c.unitType,
    agency: c.agency,
    etaSeconds: c.etaSeconds,
    distanceMeters: c.distanceMeters,
    reasons: c.reasons.map((r) => CANDIDATE_REASON.toWire(r, `${path}.reasons`)),
  };
}

function busyToWire(b: BusyCandidate, path: string): object {
  return {
    unitId: b.unitId,
    unitType: b.unitType,
    status: UNIT_STATUS.toWire(b.status, `${path}.status`),
    incidentId: b.incidentId,
    expectedFreeAtMs: b.expectedFreeAt,
    etaSeconds: b.etaSeconds,
  };
}

/**
 * Decoded cad.v1.SlotRecommendation messages as the engine's slots. The generated typings
 * describe nested messages loosely; decoded ones are instances, with every default in place.
 */
export function slotsFromWire(slots: unknown): Slot[] {
  if (!Array.isArray(slots)) throw new CodecError("slots: expected a list");
  return (slots as SlotWire[]).map((s, i) => ({
    label: s.label,
    types: [...s.types],
    capabilities: [...s.capabilities],
    unit: s.unit == null ? null : candidateFromWire(s.unit as CandidateWire, `slots[${i}].unit`),
    candidates: (s.candidates as CandidateWire[]).map((c, j) =>
      candidateFromWire(c, `slots[${i}].candidates[${j}]`),
    ),
    nextBest: s.nextBest == null ? null : nextBestFromWire(s.nextBest as NextBestWire),
    shortfall: (s.shortfall as BusyWire[]).map((b, j) => busyFromWire(b, `slots[${i}].shortfall[${j}]`)),
  }));
}

function nextBestFromWire(n: NextBestWire): { unitId: string; deltaSeconds: number } {
  return { unitId: n.unitId, deltaSeconds: n.deltaSeconds };
}

function candidateFromWire(c: CandidateWire, path: string): Candidate {
  return {
    unitId: c.unitId,
    unitType: c.unitType,
    agency: c.agency,
    etaSeconds: c.etaSeconds,
    distanceMeters: c.distanceMeters,
    reasons: c.reasons.map((r) => CANDIDATE_REASON.fromWire(r, `${path}.reasons`)),
  };
}

function busyFromWire(b: BusyWire, path: string): BusyCandidate {
  return {
    unitId: b.unitId,
    unitType: b.unitType,
    status: UNIT_STATUS.fromWire(b.status, `${path}.status`),
    incidentId: b.incidentId ?? null,
    expectedFreeAt: b.expectedFreeAtMs,
    etaSeconds: b.etaSeconds,
  };
}

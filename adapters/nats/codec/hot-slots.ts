import { CANDIDATE_REASON, UNIT_STATUS } from "./enums.ts";
import * as w from "./wire-writer.ts";

/**
 * A recommendation's slots (repeated cad.v1.SlotRecommendation, with their Candidate, NextBest and
 * BusyCandidate messages) written from the engine's slots as the generated encoders write what
 * recommendation.ts's slotsToWire makes of them. False when a value is not what the wire carries
 * (a reason or status outside its enum, text where a number belongs): the generic path then says
 * what is wrong. hot-events.test.ts compares the bytes.
 */
export function writeSlots(tag: number, slots: unknown): boolean {
  if (!Array.isArray(slots)) return false;
  for (let i = 0; i < slots.length; i++) {
    w.varint32(tag);
    const start = w.beginMessage();
    if (!slot(slots[i] as Slot)) return false;
    w.endMessage(start);
  }
  return true;
}

interface Slot {
  readonly label: unknown;
  readonly types: unknown;
  readonly capabilities: unknown;
  readonly unit: unknown;
  readonly candidates: unknown;
  readonly nextBest: { readonly unitId: unknown; readonly deltaSeconds: unknown } | null;
  readonly shortfall: unknown;
}

/** cad.v1.SlotRecommendation: label 1, types 2, capabilities 3, unit 4, candidates 5, next_best 6, shortfall 7. */
function slot(s: Slot): boolean {
  if (typeof s !== "object" || s === null) return false;
  if (!text(10, s.label) || !texts(18, s.types) || !texts(26, s.capabilities)) return false;
  if (s.unit !== null && !nested(34, s.unit, candidate)) return false;
  if (!each(42, s.candidates, candidate)) return false;
  if (s.nextBest !== null && !nested(50, s.nextBest, nextBest)) return false;
  return each(58, s.shortfall, busy);
}

interface Candidate {
  readonly unitId: unknown;
  readonly unitType: unknown;
  readonly agency: unknown;
  readonly etaSeconds: unknown;
  readonly distanceMeters: unknown;
  readonly reasons: unknown;
}

/** cad.v1.Candidate: unit_id 1, unit_type 2, agency 3, eta_seconds 4, distance_meters 5, reasons 6 (packed). */
function candidate(c: Candidate): boolean {
  if (!text(10, c.unitId) || !text(18, c.unitType) || !text(26, c.agency)) return false;
  if (!double(33, c.etaSeconds) || !double(41, c.distanceMeters)) return false;
  const reasons = c.reasons;
  if (!Array.isArray(reasons)) return false;
  if (reasons.length === 0) return true;
  w.varint32(50);
  const start = w.beginMessage();
  for (let i = 0; i < reasons.length; i++) {
    const n = CANDIDATE_REASON.numberOf(reasons[i]);
    if (n === undefined) return false;
    w.int32(n);
  }
  w.endMessage(start);
  return true;
}

/** cad.v1.NextBest: unit_id 1, delta_seconds 2. */
function nextBest(n: { readonly unitId: unknown; readonly deltaSeconds: unknown }): boolean {
  return text(10, n.unitId) && double(17, n.deltaSeconds);
}

interface Busy {
  readonly unitId: unknown;
  readonly unitType: unknown;
  readonly status: unknown;
  readonly incidentId: unknown;
  readonly expectedFreeAt: unknown;
  readonly etaSeconds: unknown;
}

/** cad.v1.BusyCandidate: unit_id 1, unit_type 2, status 3, incident_id 4 (optional), expected_free_at_ms 5, eta_seconds 6 (doubles). */
function busy(b: Busy): boolean {
  if (!text(10, b.unitId) || !text(18, b.unitType)) return false;
  const status = UNIT_STATUS.numberOf(b.status);
  if (status === undefined) return false;
  if (status !== 0) {
    w.varint32(24);
    w.int32(status);
  }
  if (b.incidentId !== null) {
    if (typeof b.incidentId !== "string") return false;
    w.varint32(34);
    w.string(b.incidentId);
  }
  return double(41, b.expectedFreeAt) && double(49, b.etaSeconds);
}

function nested<T>(tag: number, value: unknown, write: (v: T) => boolean): boolean {
  if (typeof value !== "object" || value === null) return false;
  w.varint32(tag);
  const start = w.beginMessage();
  if (!write(value as T)) return false;
  w.endMessage(start);
  return true;
}

function each<T>(tag: number, values: unknown, write: (v: T) => boolean): boolean {
  if (!Array.isArray(values)) return false;
  for (let i = 0; i < values.length; i++) if (!nested(tag, values[i], write)) return false;
  return true;
}

function text(tag: number, value: unknown): boolean {
  if (typeof value !== "string") return false;
  if (value !== "") {
    w.varint32(tag);
    w.string(value);
  }
  return true;
}

/** A repeated string: every item written, "" too. */
function texts(tag: number, values: unknown): boolean {
  if (!Array.isArray(values)) return false;
  for (let i = 0; i < values.length; i++) if (typeof values[i] !== "string") return false;
  for (let i = 0; i < values.length; i++) {
    w.varint32(tag);
    w.string(values[i] as string);
  }
  return true;
}

function double(tag: number, value: unknown): boolean {
  if (typeof value !== "number") return false;
  if (!Object.is(value, 0)) {
    w.varint32(tag);
    w.double(value);
  }
  return true;
}

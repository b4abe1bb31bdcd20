import type { UnitStatus } from "../model/state.ts";

/** Why a candidate ranks where it does, in codes a console can explain. */
export type ReasonCode =
  | "CLOSEST_BY_ETA"
  | "IN_ZONE"
  | "AT_STATION"
  | "RETURNING_NO_TURNOUT"
  | "STALE_POSITION_AT_STATION"
  | "STALE_POSITION_PENALISED"
  | "MUTUAL_AID";

export interface Candidate {
  readonly unitId: string;
  readonly unitType: string;
  readonly agency: string;
  readonly etaSeconds: number;
  readonly distanceMeters: number;
  readonly reasons: readonly ReasonCode[];
}

/** A busy unit that could fill a slot nobody free can: when it may be free, and its ETA then. */
export interface BusyCandidate {
  readonly unitId: string;
  readonly unitType: string;
  readonly status: UnitStatus;
  readonly incidentId: string | null;
  readonly expectedFreeAt: number;
  /** Seconds from now until it could arrive: wait until free, then turnout and travel. */
  readonly etaSeconds: number;
}

export interface SlotRecommendation {
  readonly label: string;
  readonly types: readonly string[];
  readonly capabilities: readonly string[];
  /** The best unit for this slot, or null when none is free (see shortfall). */
  readonly unit: Candidate | null;
  /** The ranked candidates (top k), best first; the first is `unit`. */
  readonly candidates: readonly Candidate[];
  /** The runner-up, and how many seconds later it would arrive. */
  readonly nextBest: { readonly unitId: string; readonly deltaSeconds: number } | null;
  readonly shortfall: readonly BusyCandidate[];
  /**
   * The unit of the incident's own that already fills this slot (then `unit` is null and the
   * slot needs nobody more). Absent when the slot is uncovered, as on every recommendation the
   * engine emits (those come before any unit is on the incident).
   */
  readonly assignedUnitId?: string;
}

export interface Recommendation {
  readonly incidentId: string;
  readonly callType: string;
  readonly zone: string | null;
  /** One entry per unit the response plan wants (a slot of count 3 gives three entries). */
  readonly slots: readonly SlotRecommendation[];
  /** True when every slot is filled, by a unit of the incident's own or a free one. */
  readonly complete: boolean;
}

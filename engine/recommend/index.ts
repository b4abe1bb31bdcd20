export { recommend, unitEtaSeconds, canFill, isMutualAid } from "./recommend.ts";
export { effectivePosition, type EffectivePosition, type PositionMode } from "./position.ts";
export { UnitIndex, isIndexedStatus } from "./unit-index.ts";
export type { BusyCandidate, Candidate, ReasonCode, Recommendation, SlotRecommendation } from "./types.ts";

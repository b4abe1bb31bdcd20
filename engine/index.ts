export * from "./model/index.ts";
export * from "./config/index.ts";
export { applyInput, type ApplyOptions, type ApplyResult } from "./apply.ts";
export { createState } from "./state/create.ts";
export {
  serialiseState,
  deserialiseState,
  StateFormatError,
  STATE_FORMAT_VERSION,
  READABLE_STATE_FORMATS,
  type SerialisedState,
} from "./state/serialise.ts";
export { ArchivedMap, type ArchivedColumns, type LazyText } from "./state/archived-map.ts";
export { timelineText, mergedInText, otherTimelineLine } from "./state/timeline-text.ts";
export { keepEarliestTimes, MERGE_EARLIEST_TIMES, type MergeTimes } from "./state/merge-times.ts";
export { comparePending, type PendingOrderFields } from "./queue/pending.ts";
export {
  dispatchTargetSeconds,
  findDispatchTargetSeconds,
  type DispatchTargetConfig,
  type DispatchTargetFields,
} from "./queue/target.ts";
export {
  EARTH_RADIUS_METERS,
  haversineMeters,
  isValidLonLat,
  DEFAULT_TRAVEL_MODEL,
  travelSeconds,
  type TravelModel,
  ZoneIndex,
} from "./geo/index.ts";
export {
  recommend,
  type BusyCandidate,
  type Candidate,
  type ReasonCode,
  type Recommendation,
  type SlotRecommendation,
} from "./recommend/index.ts";
export { MERGED_DISPOSITION } from "./handlers/incidents.ts";
export { TRANSFERRED_DISPOSITION } from "./handlers/sharing.ts";
export {
  ANSWER_ACCEPTED,
  ANSWER_DECLINED,
  ANSWER_NOTE,
  OFFER_SHARE,
  OFFER_TRANSFER,
  type EidoAnswer,
} from "./eido/answer.ts";

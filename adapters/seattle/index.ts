export type {
  SeattleFireData,
  SeattleIncident,
  SeattleLoadCounts,
  SeattleStation,
  SeattleUnit,
  SeattleWindow,
} from "./types.ts";
export type { UnitKind } from "./units.ts";
export { UNIT_KINDS, apparatusCellIds, unitKind, unitKindFromTypeName } from "./units.ts";
export { SEATTLE_DEFAULT_WINDOW, loadSeattleFire } from "./load.ts";
export type { DayFile, Geocode, GeocodeLookup } from "./incidents.ts";
export { buildIncidents, makeGeocodeLookup, normaliseAddress } from "./incidents.ts";
export type { BaselineOptions, BaselineRow } from "./baseline.ts";
export {
  PUBLISHED_SEATTLE_BASELINE,
  baselineRow,
  haversineMeters,
  straightLineBaseline,
} from "./baseline.ts";
export type { DelimitedOptions, LocalDateTime, Table } from "./parse.ts";
export {
  localDateKey,
  pacificToEpochMs,
  pacificUtcOffsetMinutes,
  parseDelimited,
  parseSeattleTimestamp,
  parseTable,
  parseUsTimestamp,
} from "./parse.ts";

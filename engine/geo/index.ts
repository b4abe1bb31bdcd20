export { EARTH_RADIUS_METERS, haversineMeters, isValidLonLat } from "./haversine.ts";
export { GeoPointIndex } from "./nearest.ts";
export type { GeoSearchHit, GeoSearchOptions } from "./nearest.ts";
export { KeyedMinHeap } from "./heap.ts";
export { DEFAULT_TRAVEL_MODEL, travelSeconds, type TravelModel } from "./travel.ts";
export { ZoneIndex } from "./zones.ts";

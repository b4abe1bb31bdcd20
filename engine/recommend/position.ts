import type { Unit } from "../model/unit.ts";

/**
 * How a unit's position is known: a fresh AVL fix; its station (never had AVL); its station
 * because the fix went stale; or a stale fix it has no station to fall back on.
 */
export type PositionMode = "avl" | "station" | "station_fallback" | "stale";

export interface EffectivePosition {
  readonly lon: number;
  readonly lat: number;
  readonly mode: PositionMode;
}

/** Where the recommender counts a unit to be at `now`; null when nobody knows. */
export function effectivePosition(unit: Unit, now: number, staleAfterMs: number): EffectivePosition | null {
  if (unit.positionSource === "avl" && unit.lon !== null && unit.lat !== null && unit.positionAt !== null) {
    if (now - unit.positionAt <= staleAfterMs) return { lon: unit.lon, lat: unit.lat, mode: "avl" };
    if (unit.station !== null)
      return { lon: unit.station.lon, lat: unit.station.lat, mode: "station_fallback" };
    return { lon: unit.lon, lat: unit.lat, mode: "stale" };
  }
  if (unit.station !== null) return { lon: unit.station.lon, lat: unit.station.lat, mode: "station" };
  return null;
}

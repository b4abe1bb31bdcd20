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

/**
 * How the recommender counts a unit's position at `now`, without building it: null when nobody
 * knows. In the modes "station" and "station_fallback" the unit is at `unit.station`, otherwise at
 * its own `lon`/`lat` (see {@link isAtStation}); the index's hot path reads them from there.
 */
export function effectiveMode(unit: Unit, now: number, staleAfterMs: number): PositionMode | null {
  if (unit.positionSource === "avl" && unit.lon !== null && unit.lat !== null && unit.positionAt !== null) {
    if (now - unit.positionAt <= staleAfterMs) return "avl";
    return unit.station !== null ? "station_fallback" : "stale";
  }
  return unit.station !== null ? "station" : null;
}

/** Whether a unit placed in `mode` is counted at its station rather than at its own fix. */
export function isAtStation(mode: PositionMode): boolean {
  return mode === "station" || mode === "station_fallback";
}

/** Where the recommender counts a unit to be at `now`; null when nobody knows. */
export function effectivePosition(unit: Unit, now: number, staleAfterMs: number): EffectivePosition | null {
  const mode = effectiveMode(unit, now, staleAfterMs);
  if (mode === null) return null;
  if (isAtStation(mode)) return { lon: unit.station!.lon, lat: unit.station!.lat, mode };
  return { lon: unit.lon!, lat: unit.lat!, mode };
}

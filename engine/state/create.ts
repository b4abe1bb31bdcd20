import type { EngineState } from "../model/state.ts";
import { GeoPointIndex } from "../geo/nearest.ts";
import { UnitIndex } from "../recommend/unit-index.ts";

/** The state of an engine that has applied nothing yet. */
export function createState(): EngineState {
  return {
    now: 0,
    nextIncidentNumber: 1,
    nextTimerSeq: 0,
    incidents: new Map(),
    calls: new Map(),
    units: new Map(),
    pending: [],
    timers: [],
    seenInputs: { ring: [], head: 0, ids: new Set() },
    active: new Set(),
    activeByPlace: new GeoPointIndex(),
    unitIndex: new UnitIndex(),
  };
}

/** Remembers an accepted input id, forgetting the oldest beyond `window` ids. */
export function rememberInput(state: EngineState, id: string, window: number): void {
  const seen = state.seenInputs;
  if (seen.ring.length < window) {
    seen.ring.push(id);
  } else {
    const oldest = seen.ring[seen.head];
    if (oldest !== undefined) seen.ids.delete(oldest);
    seen.ring[seen.head] = id;
    seen.head = (seen.head + 1) % window;
  }
  seen.ids.add(id);
}

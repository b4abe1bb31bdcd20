import { INITIAL_LEADERSHIP, type EngineState } from "../model/state.ts";
import { GeoPointIndex } from "../geo/nearest.ts";
import { UnitIndex } from "../recommend/unit-index.ts";
import { InputIdWindow } from "./id-window.ts";

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
    seenInputs: new InputIdWindow(0),
    active: new Set(),
    activeByPlace: new GeoPointIndex(),
    unitIndex: new UnitIndex(),
    configuration: null,
    leadership: INITIAL_LEADERSHIP,
    incoming: new Map(),
    shares: new Map(),
  };
}

/** Remembers an accepted input id; at least the last `window` ids are remembered (see InputIdWindow). */
export function rememberInput(state: EngineState, id: string, window: number): void {
  if (state.seenInputs.window !== window) {
    const { older, recent } = state.seenInputs.generations();
    state.seenInputs = new InputIdWindow(window, older, recent);
  }
  state.seenInputs.add(id);
}

/** Whether an input id was accepted within the window. */
export function seenInput(state: EngineState, id: string): boolean {
  return state.seenInputs.has(id);
}

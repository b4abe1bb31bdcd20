import type { EngineConfig } from "../config/types.ts";
import type { EngineState, Incident, Unit } from "../model/state.ts";
import { dispatchTargetSeconds } from "../queue/target.ts";
import { scheduleTimer } from "../timers/timers.ts";

const MAX_TIMELINE = 1000;

/**
 * (Re)arms the overdue timer of a pending incident, at `at`; earlier timers become stale. The
 * one rule for when its next overdue alert is due: while no alert has fired in this wait, its
 * dispatch target after it was queued; after one has, the repeat interval after `at`.
 */
export function armOverdue(state: EngineState, config: EngineConfig, incident: Incident, at: number): void {
  const dueAt =
    incident.overdueAlerts === 0
      ? incident.queuedAt + dispatchTargetSeconds(config, incident) * 1000
      : at + config.alerts.overdueRepeatSeconds * 1000;
  incident.timerToken = scheduleTimer(state, "incident_overdue", incident.id, dueAt);
}

/** (Re)arms the status timer of a unit, if its status has a limit. */
export function armStatusTimer(state: EngineState, config: EngineConfig, unit: Unit, from: number): void {
  const limitSeconds = config.unitStatusTimers.get(unit.status);
  unit.timerToken =
    limitSeconds === undefined
      ? -1
      : scheduleTimer(state, "unit_status", unit.id, from + limitSeconds * 1000);
}

/**
 * Adds a line (see `timelineText`) to the incident's history at the event's instant, with the
 * event's operator when it has one, up to its limit; null adds none.
 */
export function addTimeline(
  incident: Incident,
  e: { readonly at: number; readonly operator?: string | undefined },
  what: string | null,
): void {
  if (what === null || incident.timeline.length >= MAX_TIMELINE) return;
  const { at, operator } = e;
  const text = flat(what);
  // No operator, no property: the history of machines' inputs stays as it was (goldens, snapshots).
  incident.timeline.push(operator === undefined ? { at, what: text } : { at, what: text, operator });
}

/**
 * The same text, as one string in memory. V8 keeps a concatenation (a line composed of an event's
 * fields) as a tree of its pieces; the history keeps every line for as long as the incident is
 * held, so each line would keep its tree (a node per piece, copied by every garbage collection
 * until it is old). Reading a character flattens the tree in place into one string, and the
 * collector then drops the nodes. The text is unchanged; only its layout in memory is.
 */
export function flat(text: string): string {
  // The comparison uses the character read, so the read is not optimised away.
  return text.charCodeAt(0) === -1 ? "" : text;
}

export function getIncident(state: EngineState, id: string): Incident {
  const incident = state.incidents.get(id);
  if (incident === undefined) throw new Error(`event names unknown incident ${id}`);
  return incident;
}

export function getUnit(state: EngineState, id: string): Unit {
  const unit = state.units.get(id);
  if (unit === undefined) throw new Error(`event names unknown unit ${id}`);
  return unit;
}

export function removeValue(list: string[], value: string): void {
  const i = list.indexOf(value);
  if (i >= 0) list.splice(i, 1);
}

export function minTime(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

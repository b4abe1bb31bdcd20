import type { EngineState, Incident } from "../model/state.ts";

/** The fields of an incident its place in the queue depends on (an Incident, or a console's view of one). */
export interface PendingOrderFields {
  readonly id: string;
  readonly priority: number;
  readonly times: { readonly receivedAt: number };
}

/** Queue order: most urgent priority first, then the longest waiting, then id for a total order. */
export function comparePending(a: PendingOrderFields, b: PendingOrderFields): number {
  if (a.priority !== b.priority) return a.priority - b.priority;
  if (a.times.receivedAt !== b.times.receivedAt) return a.times.receivedAt - b.times.receivedAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Inserts a pending incident at its place; O(log n) search, O(n) move of ids. */
export function queueInsert(state: EngineState, incident: Incident): void {
  state.pending.splice(lowerBound(state, incident), 0, incident.id);
}

/** Removes an incident, found by its (unchanged) ordering key. */
export function queueRemove(state: EngineState, incident: Incident): void {
  const queue = state.pending;
  const lo = lowerBound(state, incident);
  if (queue[lo] !== incident.id) {
    throw new Error(`pending queue out of order: ${incident.id} not found where its key says`);
  }
  queue.splice(lo, 1);
}

/** The first position whose incident does not sort before `incident`. */
function lowerBound(state: EngineState, incident: Incident): number {
  const queue = state.pending;
  let lo = 0;
  let hi = queue.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (comparePending(incidentAt(state, queue, mid), incident) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function incidentAt(state: EngineState, queue: readonly string[], index: number): Incident {
  const incident = state.incidents.get(queue[index] ?? "");
  if (incident === undefined) throw new Error(`pending queue holds unknown incident ${queue[index]}`);
  return incident;
}

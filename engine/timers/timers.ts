import type { EngineState, Timer, TimerKind } from "../model/state.ts";

/**
 * Schedules a timer and returns its seq. It fires on the first tick at or after `dueAt`
 * if its target's timerToken still equals that seq (seqs are never reused).
 */
export function scheduleTimer(state: EngineState, kind: TimerKind, targetId: string, dueAt: number): number {
  const timer: Timer = { dueAt, seq: state.nextTimerSeq++, kind, targetId };
  const heap = state.timers;
  heap.push(timer);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = heap[parent] as Timer;
    if (!before(timer, p)) break;
    heap[i] = p;
    i = parent;
  }
  heap[i] = timer;
  return timer.seq;
}

/** Whether a timer is due at `now` (popDueTimer would return one). */
export function timerDue(state: EngineState, now: number): boolean {
  const top = state.timers[0];
  return top !== undefined && top.dueAt <= now;
}

/** Removes and returns the earliest timer if it is due at `now`. */
export function popDueTimer(state: EngineState, now: number): Timer | undefined {
  const heap = state.timers;
  const top = heap[0];
  if (top === undefined || top.dueAt > now) return undefined;
  const last = heap.pop() as Timer;
  if (heap.length > 0) siftDown(heap, last);
  return top;
}

function siftDown(heap: Timer[], item: Timer): void {
  const n = heap.length;
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= n) break;
    const right = left + 1;
    let child = left;
    if (right < n && before(heap[right] as Timer, heap[left] as Timer)) child = right;
    const c = heap[child] as Timer;
    if (!before(c, item)) break;
    heap[i] = c;
    i = child;
  }
  heap[i] = item;
}

function before(a: Timer, b: Timer): boolean {
  return a.dueAt < b.dueAt || (a.dueAt === b.dueAt && a.seq < b.seq);
}

import type { IncidentTimes } from "../model/state.ts";
import { minTime } from "./schedule.ts";

/** The times a merge target takes from its source when the source's are earlier. */
export const MERGE_EARLIEST_TIMES = [
  "receivedAt",
  "answeredAt",
  "firstDispatchedAt",
  "firstEnRouteAt",
  "firstOnSceneAt",
] as const satisfies readonly (keyof IncidentTimes)[];

/** The times a merge compares, as the engine's incidents and the RMS's rows both hold them. */
export type MergeTimes = Record<(typeof MERGE_EARLIEST_TIMES)[number], number | null>;

/**
 * A merge target keeps the earliest of each of its and its source's times (the merged incident
 * began when the first of them did). The engine's state and the RMS's records both apply it.
 */
export function keepEarliestTimes(target: MergeTimes, source: Readonly<MergeTimes>): void {
  for (const field of MERGE_EARLIEST_TIMES) target[field] = minTime(target[field], source[field]);
}

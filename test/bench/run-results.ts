import { machine, type RunResults } from "../../bench/lib/results.ts";

/** The results of a full `npm run bench` on this machine with nothing measured but `extra`. */
export const benchRun = (extra: Partial<RunResults>): RunResults => ({
  quick: false,
  command: "npm run bench",
  date: "2026-12-06T18:00:00.000Z",
  machine: machine(),
  load: { start: 1, end: 1 },
  wallSeconds: 10,
  failures: [],
  ...extra,
});

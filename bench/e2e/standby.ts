/**
 * The engine with its standby snapshotter (`cad serve --data-dir`): what its log says about the snapshots
 * the standby wrote, and the note describing the probe (ABBA with the plain engine's: bench/e2e/phases.ts).
 */
import type { StandbyResult } from "./types.ts";

/** Snapshot settings of the probe: every 5,000 inputs, never by time during a probe. */
export const STANDBY_EVERY_SECONDS = 3600;
/** How long the standby may take, after the probe, to write the snapshots due for the probe's inputs. */
export const STANDBY_CATCH_UP_MS = 30_000;

export interface SnapshotLine {
  readonly id: number;
  readonly atInput: number;
  readonly mb: number;
  readonly writeMs: number;
  readonly readBackMs: number;
}

/** The snapshots a process's log reports, in order (adapters/sqlite/standby.ts writes the line). */
export function parseSnapshotLines(log: string, agency: string): SnapshotLine[] {
  const escaped = agency.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const line = new RegExp(
    `cad-snapshotter ${escaped}: snapshot (\\d+) at input (\\d+), ([\\d.]+) MB in (\\d+) ms \\(then read back in (\\d+) ms\\)`,
    "g",
  );
  return [...log.matchAll(line)].map((m) => ({
    id: Number(m[1]),
    atInput: Number(m[2]),
    mb: Number(m[3]),
    writeMs: Number(m[4]),
    readBackMs: Number(m[5]),
  }));
}

const fmt = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : "n/a");
const n = (x: number) => Math.round(x).toLocaleString("en-US");

/** Smallest, median and largest of xs, as "a-b-c" (or one value). */
function spread(xs: readonly number[], digits = 0): string {
  if (xs.length === 0) return "n/a";
  const s = [...xs].sort((a, b) => a - b);
  const med = s.length % 2 === 1 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  return s.length === 1
    ? fmt(s[0]!, digits)
    : `${fmt(s[0]!, digits)} / ${fmt(med, digits)} / ${fmt(s.at(-1)!, digits)} (min / median / max)`;
}

/** The note on the probe with the standby (and its numbers next to the plain engine's). */
export function describeStandby(
  s: StandbyResult,
  plain: { p50Ms: number; p99Ms: number; p999Ms: number; samples: number },
  seconds: number,
  warmupSeconds: number,
): string {
  const l = s.latency;
  const snaps = s.snapshots;
  const last = snaps.at(-1);
  const written =
    snaps.length === 0
      ? "it wrote no snapshot of the probe's inputs"
      : `it wrote ${snaps.length} snapshot(s) of the probe's inputs (${snaps.filter((x) => x.timed).length} after a half's warm-up, while calls were timed), at inputs ${snaps.map((x) => n(x.atInput)).join(", ")}: size ${spread(
          snaps.map((x) => x.mb),
          1,
        )} MB, written in ${spread(snaps.map((x) => x.writeMs))} ms, then read back in ${spread(
          snaps.map((x) => x.readBackMs),
        )} ms; the last held ${n(last!.atInput)} inputs (the roster included), about ${n(last!.incidents)} incidents (calls that opened one) and the fleet`;
  return (
    `Engine with the standby snapshotter: a second engine process (its own agency and streams) started as \`cad serve --data-dir <fresh temp dir> --snapshot-every-inputs ${s.snapshotEveryInputs} --snapshot-every-seconds ${s.snapshotEverySeconds}\` ` +
    `(a standby engine in a worker thread follows the same input log and writes SQLite snapshots; the serving thread also records the publication watermark in that file at most once a second), ` +
    `given the same roster, then the same ${n(s.inputs.to - s.inputs.from)} inputs at 1,000/s (${seconds} s) as the plain engine (same state, same workload), ` +
    `each engine's probe cut in two halves (${s.inputs.segments.map((g) => n(g.to - g.from)).join(" + ")} inputs) run in ABBA order: the plain engine's first half, the standby's first half, the standby's second half, the plain engine's second half, ` +
    `each half with its own warm-up (its first ${warmupSeconds} s not counted), each side's percentiles pooled over its two halves, so that a drift over the four slots weighs on both alike ` +
    `(an A/A control had shown the second of two back-to-back slots alone with a worse tail); one engine runs at a time, the other processes idle; ` +
    `before the plain engine's second half the standby had written the snapshots due for its inputs (then idled, as during the plain engine's first half), and its process was stopped after that half. ` +
    `Call -> recommendation: p50 ${fmt(l.p50Ms)} / p99 ${fmt(l.p99Ms)} / p99.9 ${fmt(l.p999Ms)} ms over ${l.samples} calls with the standby, ` +
    `p50 ${fmt(plain.p50Ms)} / p99 ${fmt(plain.p99Ms)} / p99.9 ${fmt(plain.p999Ms)} ms over ${plain.samples} without (both halves of each pooled); ` +
    `achieved ${n(s.achievedPerS)}/s, ${s.keptUp ? "kept up" : "fell behind"}${s.missing > 0 ? `, ${s.missing} calls without a recommendation` : ""}. ` +
    `Engine process CPU per input over its two halves (all threads, publishing and drain): ${fmt(s.cpuUsPerInput.withStandby, 0)} us with the standby, ${fmt(s.cpuUsPerInput.without, 0)} us without. ` +
    `Snapshots: ${written}${s.caughtUp ? "" : `; the standby had not written every snapshot due for the probe within ${STANDBY_CATCH_UP_MS / 1000} s of its end`}.`
  );
}

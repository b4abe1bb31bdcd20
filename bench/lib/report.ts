/** Reading tinybench results and printing them as Markdown. */
import os from "node:os";
import type { Bench } from "tinybench";

export interface Timing {
  readonly p50Us: number;
  readonly p99Us: number;
  /** Runs per second over the whole measured time (1 / mean latency). */
  readonly opsPerSec: number;
  readonly samples: number;
}

/** p50/p99 latency (µs) and throughput of a finished task; throws if it did not complete. */
export function timing(bench: Bench, name: string): Timing {
  const result = bench.getTask(name)?.result;
  if (result === undefined || !("latency" in result)) {
    const error = result !== undefined && "error" in result ? `: ${result.error.message}` : "";
    throw new Error(`no result for ${name}${error}`);
  }
  return {
    p50Us: result.latency.p50 * 1000,
    p99Us: result.latency.p99 * 1000,
    opsPerSec: 1000 / result.period,
    samples: result.latency.samplesCount,
  };
}

/** Three significant-ish digits without scientific notation ("n/a" for a number that is not there). */
export function fmt(x: number): string {
  if (typeof x !== "number" || !Number.isFinite(x)) return "n/a";
  if (x >= 100) return Math.round(x).toLocaleString("en-US");
  return x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

/** A Markdown table; the first `textColumns` columns are left-aligned, the rest (numbers) right-aligned. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  textColumns = 1,
): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
  const rule = header.map((_, i) => (i < textColumns ? "---" : "---:"));
  return [line(header), line(rule), ...rows.map(line)].join("\n");
}

export function machineInfo(): string {
  const cpus = os.cpus();
  return (
    `${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores, Node ${process.version}, ` +
    `${os.platform()} ${os.release()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`
  );
}

/** How many inputs of each kind a log holds. */
export function countKinds(inputs: readonly { readonly kind: string }[]): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const input of inputs) kinds[input.kind] = (kinds[input.kind] ?? 0) + 1;
  return kinds;
}

/** The kinds of a log, most common first: "Tick 86,401, UpdateUnitLocation 27,654". */
export function kindsText(kinds: Readonly<Record<string, number>>): string {
  return Object.entries(kinds)
    .sort((a, b) => b[1] - a[1])
    .map(([k, c]) => `${k} ${c.toLocaleString("en-US")}`)
    .join(", ");
}

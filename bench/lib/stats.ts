/** Small measuring helpers shared by the suites: medians, percentiles, a full GC, timed calls. */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Nearest-rank percentile (0 < p <= 100) of an ascending array. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Runs `fn` and returns its value with the milliseconds it took. */
export function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const result = fn();
  return [result, performance.now() - t];
}

let collect: (() => void) | undefined;

/**
 * A full, synchronous garbage collection. Uses the global `gc` when node runs with --expose-gc, and
 * otherwise turns the flag on at run time and takes `gc` from a fresh context (V8 installs it there).
 */
export function fullGc(): void {
  if (collect === undefined) {
    const global = (globalThis as { gc?: () => void }).gc;
    if (global !== undefined) collect = global;
    else {
      setFlagsFromString("--expose-gc");
      collect = runInNewContext("gc") as () => void;
    }
  }
  collect();
}

export const round = (x: number, digits = 1): number => Number(x.toFixed(digits));

/** Whether this module is the script node was started with (for suites that are also CLIs). */
export function isMain(importMetaUrl: string): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  return importMetaUrl === pathToFileURL(resolve(script)).href;
}

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { expect } from "vitest";

/** Set REGEN=1 to rewrite the expected files from what the code gives now, instead of comparing. */
export const REGEN = process.env["REGEN"] === "1";

/**
 * Keys that read best first (what an entry is, when, about whom; a slot's pick before its
 * alternatives); every other key follows in alphabetical order.
 */
const LEADING_KEYS = ["input", "kind", "type", "id", "at", "incidentId", "unitId", "callId", "label", "unit"];

function keyOrder(a: string, b: string): number {
  const ia = LEADING_KEYS.indexOf(a);
  const ib = LEADING_KEYS.indexOf(b);
  if (ia !== -1 || ib !== -1) return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort(keyOrder))
    out[key] = sortKeys((value as Record<string, unknown>)[key]);
  return out;
}

export interface GoldenOptions {
  /**
   * True (the default): keys in a fixed order (see LEADING_KEYS), so the text does not depend on
   * the order an object was built in. False keeps the value's own order, for rows whose columns
   * already come in the schema's order.
   */
  readonly sortKeys?: boolean;
}

/**
 * The text of an expected file: JSON with two-space indent and a trailing newline, numbers as
 * JavaScript prints them (the shortest text that reads back as the same double).
 */
export function stableJson(value: unknown, opts: GoldenOptions = {}): string {
  return `${JSON.stringify(opts.sortKeys === false ? value : sortKeys(value), null, 2)}\n`;
}

/**
 * Compares `actual` whole with the JSON in `path` (or, with REGEN=1, writes it there).
 * Both sides go through the same serialisation, so what is compared is exactly what the file
 * can hold. A missing expected file fails.
 */
export function expectGolden(path: string, actual: unknown, opts: GoldenOptions = {}): void {
  const text = stableJson(actual, opts);
  if (REGEN) {
    writeFileSync(path, text);
    return;
  }
  if (!existsSync(path))
    throw new Error(`${path} is missing: run REGEN=1 npm test to write it, then read it`);
  const expected: unknown = JSON.parse(readFileSync(path, "utf8"));
  expect(JSON.parse(text), path).toEqual(expected);
}

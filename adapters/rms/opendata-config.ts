import type { EngineConfig } from "../../engine/index.ts";
import { adapterBlock } from "../config/index.ts";

/** How locations are generalised: a grid cell's point, or that plus the address's hundred block. */
export type LocationMethod = "grid" | "hundred-block";

/** The `openData` block of an agency's config file: what `cad rms opendata` publishes. */
export interface OpenDataConfig {
  /** Public category per call type code; a type not listed gets its discipline's (Fire, Medical, Police). */
  readonly categories: ReadonlyMap<string, string>;
  /** Call types never published one by one (domestic violence, sexual offences, suicide, juveniles, ...). */
  readonly sensitive: ReadonlySet<string>;
  /** omit: left out (counted in the metadata); count: counts per area in the metadata. */
  readonly sensitiveMode: "omit" | "count";
  /** A group of (area, category, day) with fewer calls is suppressed. */
  readonly k: number;
  /** Received times are rounded down to a multiple of this (3600: the hour). */
  readonly timeRoundingSeconds: number;
  /** Calls received after now - delay are left out. */
  readonly delaySeconds: number;
  /** The zone whose calendar days group calls (IANA name). */
  readonly timeZone: string;
  readonly location: {
    readonly method: LocationMethod;
    /** Side of a grid cell, metres; the area a call is published in. */
    readonly cellMeters: number;
    /** A published point keeps at least this far from every true location of the period's calls. */
    readonly clearanceMeters: number;
  };
}

export const OPEN_DATA_DEFAULTS: OpenDataConfig = {
  categories: new Map(),
  sensitive: new Set(),
  sensitiveMode: "omit",
  k: 5,
  timeRoundingSeconds: 3600,
  delaySeconds: 86_400,
  timeZone: "UTC",
  location: { method: "grid", cellMeters: 500, clearanceMeters: 75 },
};

const DISCIPLINE_CATEGORY: Record<string, string> = { fire: "Fire", ems: "Medical", police: "Police" };

/** The public category of a call type: the configured one, else its discipline's, else "Other". */
export function publicCategory(od: OpenDataConfig, engine: EngineConfig, callType: string): string {
  return (
    od.categories.get(callType) ??
    DISCIPLINE_CATEGORY[engine.callTypes.get(callType)?.discipline ?? ""] ??
    "Other"
  );
}

export class OpenDataConfigError extends Error {
  override readonly name = "OpenDataConfigError";
}

/** Reads and checks the `openData` block of a config file (defaults for what it leaves out). */
export function loadOpenDataConfig(path: string): OpenDataConfig {
  return parseOpenDataConfig(adapterBlock(path, "openData"), path);
}

export function parseOpenDataConfig(raw: unknown, path = "<config>"): OpenDataConfig {
  if (raw === undefined || raw === null) return OPEN_DATA_DEFAULTS;
  const problems: string[] = [];
  const fail = (at: string, what: string) => problems.push(`openData.${at}: ${what}`);
  const obj = (v: unknown, at: string): Record<string, unknown> => {
    if (typeof v === "object" && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
    if (v !== undefined) fail(at, "expected a mapping");
    return {};
  };
  const only = (o: Record<string, unknown>, at: string, keys: readonly string[]) => {
    for (const key of Object.keys(o))
      if (!keys.includes(key)) fail(`${at}${key}`, `unknown key (known here: ${keys.join(", ")})`);
  };
  const num = (v: unknown, at: string, fallback: number, min: number): number => {
    if (v === undefined) return fallback;
    if (typeof v !== "number" || !Number.isFinite(v) || v < min) {
      fail(at, `expected a number >= ${min}`);
      return fallback;
    }
    return v;
  };
  const root = obj(raw, "");
  only(root, "", [
    "categories",
    "sensitive",
    "k",
    "timeRoundingSeconds",
    "delaySeconds",
    "timeZone",
    "location",
  ]);
  const categories = new Map<string, string>();
  for (const [code, name] of Object.entries(obj(root["categories"], "categories"))) {
    if (typeof name === "string" && name.trim() !== "") categories.set(code, name);
    else fail(`categories.${code}`, "expected a category name");
  }
  const sens = obj(root["sensitive"], "sensitive");
  only(sens, "sensitive.", ["mode", "callTypes"]);
  const mode = sens["mode"] ?? OPEN_DATA_DEFAULTS.sensitiveMode;
  if (mode !== "omit" && mode !== "count") fail("sensitive.mode", "expected omit or count");
  const types = sens["callTypes"] ?? [];
  if (!Array.isArray(types) || !types.every((t) => typeof t === "string"))
    fail("sensitive.callTypes", "expected a list of call type codes");
  const k = num(root["k"], "k", OPEN_DATA_DEFAULTS.k, 1);
  if (!Number.isInteger(k)) fail("k", "expected a whole number");
  const rawZone = root["timeZone"] ?? OPEN_DATA_DEFAULTS.timeZone;
  const timeZone = typeof rawZone === "string" ? rawZone : "";
  try {
    new Intl.DateTimeFormat("en-CA", { timeZone });
  } catch {
    fail("timeZone", `unknown time zone "${timeZone}"`);
  }
  const loc = obj(root["location"], "location");
  only(loc, "location.", ["method", "cellMeters", "clearanceMeters"]);
  const method = loc["method"] ?? OPEN_DATA_DEFAULTS.location.method;
  if (method !== "grid" && method !== "hundred-block")
    fail("location.method", "expected grid or hundred-block");
  const cellMeters = num(
    loc["cellMeters"],
    "location.cellMeters",
    OPEN_DATA_DEFAULTS.location.cellMeters,
    100,
  );
  const clearanceMeters = num(
    loc["clearanceMeters"],
    "location.clearanceMeters",
    OPEN_DATA_DEFAULTS.location.clearanceMeters,
    0,
  );
  if (clearanceMeters > cellMeters / 4)
    fail("location.clearanceMeters", "must be at most a quarter of cellMeters");
  const timeRoundingSeconds = num(root["timeRoundingSeconds"], "timeRoundingSeconds", 3600, 60);
  const delaySeconds = num(root["delaySeconds"], "delaySeconds", OPEN_DATA_DEFAULTS.delaySeconds, 0);
  if (problems.length > 0)
    throw new OpenDataConfigError(`invalid config ${path}:\n  ${problems.join("\n  ")}`);
  return {
    categories,
    sensitive: new Set(types as string[]),
    sensitiveMode: mode as "omit" | "count",
    k,
    timeRoundingSeconds,
    delaySeconds,
    timeZone,
    location: { method: method as LocationMethod, cellMeters, clearanceMeters },
  };
}

import { UNIT_STATUSES, type UnitStatus } from "../model/state.ts";
import type { ZoneIndex } from "../geo/zones.ts";
import { DEFAULT_TRAVEL_MODEL } from "../geo/travel.ts";
import { ConfigReader } from "./read.ts";
import {
  DISCIPLINES,
  type Agency,
  type CallType,
  type EidoConfig,
  type SharingConfig,
  defaultEidoDomain,
  type EngineConfig,
  type FlagRule,
  type PlanSlot,
  type PriorityLevel,
  type RecommendationConfig,
  type UnitType,
} from "./types.ts";

/** Every key a config document may have at its root. */
const ROOT_KEYS = [
  "version",
  "incidentIdPrefix",
  "timeZone",
  "defaultCallType",
  "dedupWindow",
  "attach",
  "dispatch",
  "alerts",
  "calls",
  "inputTime",
  "unitStatusTimers",
  "priorities",
  "flags",
  "unitTypes",
  "callTypes",
  "agencies",
  "dispositions",
  "recommendation",
  "zones",
  // The console map's extra layers (adapters/console/layers.ts reads them; the engine does not).
  "map",
  // The console's address book (adapters/console/gazetteer-source.ts reads it; the engine does not).
  "gazetteer",
  "eido",
  "sharing",
] as const;

export type ConfigResult = { ok: true; config: EngineConfig } | { ok: false; errors: string[] };

/** What the config refers to but cannot hold itself: the zones, loaded by an adapter. */
export interface ConfigAttachments {
  readonly zones?: ZoneIndex | null;
}

/** Validates a parsed config document (see config/default.yaml); every problem is named by its path. */
export function parseConfig(raw: unknown, attachments: ConfigAttachments = {}): ConfigResult {
  const r = new ConfigReader();
  const root = r.object(raw, "config");
  r.onlyKeys(root, "", ROOT_KEYS);
  const version = r.number(root["version"], "version", { int: true });
  if (version !== 1) r.fail(`version: this engine reads config version 1, got ${version}`);
  const priorities = readPriorities(r, root["priorities"]);
  const unitTypes = readUnitTypes(r, root["unitTypes"]);
  const callTypes = readCallTypes(r, root["callTypes"], priorities, unitTypes);
  const config: EngineConfig = {
    incidentIdPrefix: r.string(root["incidentIdPrefix"], "incidentIdPrefix", "INC-"),
    timeZone: readTimeZone(r, root["timeZone"]),
    defaultCallType: r.string(root["defaultCallType"], "defaultCallType"),
    dedupWindow: r.number(root["dedupWindow"], "dedupWindow", {
      int: true,
      min: 1,
      max: 10_000_000,
      fallback: 100_000,
    }),
    attach: readAttach(r, root["attach"]),
    dispatch: readDispatch(r, root["dispatch"]),
    alerts: readAlerts(r, root["alerts"]),
    calls: readLimit(r, root["calls"], "calls", "maxAgeSeconds", 86_400),
    inputTime: readLimit(r, root["inputTime"], "inputTime", "maxAheadSeconds", 5),
    unitStatusTimers: readStatusTimers(r, root["unitStatusTimers"]),
    priorities,
    flags: readFlags(r, root["flags"]),
    unitTypes,
    callTypes,
    agencies: readAgencies(r, root["agencies"]),
    dispositions: new Set(r.strings(root["dispositions"], "dispositions")),
    recommendation: readRecommendation(r, root["recommendation"]),
    zones: attachments.zones ?? null,
  };
  if (root["eido"] !== undefined) Object.assign(config, { eido: readEido(r, root["eido"], config) });
  if (root["sharing"] !== undefined) Object.assign(config, { sharing: readSharing(r, root["sharing"]) });
  if (!callTypes.has(config.defaultCallType)) {
    r.fail(`defaultCallType: "${config.defaultCallType}" is not one of callTypes`);
  }
  if (config.dispositions.size === 0) r.fail("dispositions: list at least one disposition code");
  for (const agency of config.agencies.values()) {
    for (const n of agency.neighbours) {
      if (!config.agencies.has(n)) r.fail(`agencies.${agency.id}.neighbours: unknown agency "${n}"`);
    }
  }
  return r.errors.length > 0 ? { ok: false, errors: r.errors } : { ok: true, config };
}

/**
 * The centre's time zone (IANA, e.g. America/Los_Angeles): the clock its staff read, in which
 * consoles and reports show times. The engine itself keeps instants in UTC milliseconds.
 */
function readTimeZone(r: ConfigReader, raw: unknown): string {
  const zone = r.string(raw, "timeZone", "UTC");
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    r.fail(`timeZone: "${zone}" is not an IANA time zone (e.g. America/Los_Angeles, Europe/London, UTC)`);
    return "UTC";
  }
}

/** `eido: {callTypes: {senderType: ourType}, defaultCallType}`: every type named must be one of callTypes. */
function readEido(r: ConfigReader, raw: unknown, config: EngineConfig): EidoConfig {
  const o = r.object(raw, "eido");
  r.onlyKeys(o, "eido", ["callTypes", "defaultCallType"]);
  const table = r.object(o["callTypes"] ?? {}, "eido.callTypes");
  const callTypes = new Map<string, string>();
  for (const [theirs, ours] of Object.entries(table)) {
    const code = r.string(ours, `eido.callTypes.${theirs}`);
    if (!config.callTypes.has(code)) r.fail(`eido.callTypes.${theirs}: "${code}" is not one of callTypes`);
    callTypes.set(theirs, code);
  }
  const defaultCallType = r.string(o["defaultCallType"], "eido.defaultCallType", config.defaultCallType);
  if (!config.callTypes.has(defaultCallType))
    r.fail(`eido.defaultCallType: "${defaultCallType}" is not one of callTypes`);
  return { callTypes, defaultCallType };
}

const AGENCY_TOKEN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * `sharing: {domain?, partners: [b, {agency: c, domain: psap.c.example}]}`: each partner by its
 * NATS token, with the domain its EIDOs name it by (default `<token>.cad.invalid`).
 */
function readSharing(r: ConfigReader, raw: unknown): SharingConfig {
  const o = r.object(raw, "sharing");
  r.onlyKeys(o, "sharing", ["domain", "partners"]);
  const domain = o["domain"] === undefined ? null : r.string(o["domain"], "sharing.domain");
  const partners = new Map<string, string>();
  const list = Array.isArray(o["partners"]) ? (o["partners"] as unknown[]) : [];
  if (o["partners"] !== undefined && !Array.isArray(o["partners"]))
    r.fail("sharing.partners: expected a list");
  list.forEach((p, i) => {
    const at = `sharing.partners[${i}]`;
    const entry = typeof p === "string" ? { agency: p } : r.object(p, at);
    if (typeof p !== "string") r.onlyKeys(entry, at, ["agency", "domain"]);
    const agency = r.string(entry["agency"], `${at}.agency`);
    if (!AGENCY_TOKEN.test(agency))
      r.fail(`${at}.agency: "${agency}" is not one subject token (A-Z a-z 0-9 _ -)`);
    if (partners.has(agency)) r.fail(`${at}.agency: "${agency}" is listed twice`);
    const partnerDomain =
      entry["domain"] === undefined ? defaultEidoDomain(agency) : r.string(entry["domain"], `${at}.domain`);
    partners.set(agency, partnerDomain);
  });
  return { domain, partners };
}

/** A section holding one limit in seconds (`calls.maxAgeSeconds`, `inputTime.maxAheadSeconds`). */
function readLimit<K extends string>(
  r: ConfigReader,
  raw: unknown,
  section: string,
  key: K,
  fallback: number,
): Record<K, number> {
  const o = r.object(raw ?? {}, section);
  r.onlyKeys(o, section, [key]);
  const value = r.number(o[key], `${section}.${key}`, { min: 0, fallback });
  return { [key]: value } as Record<K, number>;
}

function readAlerts(r: ConfigReader, raw: unknown): EngineConfig["alerts"] {
  const o = r.object(raw ?? {}, "alerts");
  r.onlyKeys(o, "alerts", ["overdueRepeatSeconds"]);
  return {
    overdueRepeatSeconds: r.number(o["overdueRepeatSeconds"], "alerts.overdueRepeatSeconds", {
      min: 1,
      fallback: 120,
    }),
  };
}

function readAttach(r: ConfigReader, raw: unknown): EngineConfig["attach"] {
  const o = r.object(raw ?? {}, "attach");
  r.onlyKeys(o, "attach", ["distanceMeters", "windowSeconds"]);
  return {
    distanceMeters: r.number(o["distanceMeters"], "attach.distanceMeters", { min: 0, fallback: 150 }),
    windowSeconds: r.number(o["windowSeconds"], "attach.windowSeconds", { min: 0, fallback: 1800 }),
  };
}

function readDispatch(r: ConfigReader, raw: unknown): EngineConfig["dispatch"] {
  const o = r.object(raw ?? {}, "dispatch");
  r.onlyKeys(o, "dispatch", ["returningUnitsAvailable", "releasedUnitStatus"]);
  return {
    returningUnitsAvailable: r.boolean(
      o["returningUnitsAvailable"],
      "dispatch.returningUnitsAvailable",
      true,
    ),
    releasedUnitStatus: r.oneOf(
      o["releasedUnitStatus"],
      "dispatch.releasedUnitStatus",
      ["available", "returning"],
      "available",
    ),
  };
}

function readStatusTimers(r: ConfigReader, raw: unknown): Map<UnitStatus, number> {
  const out = new Map<UnitStatus, number>();
  for (const [key, value] of Object.entries(r.object(raw ?? {}, "unitStatusTimers"))) {
    const status = r.oneOf(key, `unitStatusTimers.${key}`, UNIT_STATUSES);
    out.set(status, r.number(value, `unitStatusTimers.${key}`, { min: 1 }));
  }
  return out;
}

function readPriorities(r: ConfigReader, raw: unknown): Map<number, PriorityLevel> {
  const out = new Map<number, PriorityLevel>();
  for (const [key, value] of Object.entries(r.object(raw, "priorities"))) {
    const path = `priorities.${key}`;
    const level = Number(key);
    if (!Number.isInteger(level) || level < 1)
      r.fail(`${path}: a priority level is a whole number from 1 up`);
    const o = r.object(value, path);
    r.onlyKeys(o, path, ["name", "dispatchTargetSeconds", "responseTargetSeconds"]);
    out.set(level, {
      level,
      name: r.string(o["name"], `${path}.name`),
      dispatchTargetSeconds: r.number(o["dispatchTargetSeconds"], `${path}.dispatchTargetSeconds`, {
        min: 1,
      }),
      responseTargetSeconds: r.number(o["responseTargetSeconds"], `${path}.responseTargetSeconds`, {
        min: 1,
      }),
    });
  }
  const levels = [...out.keys()].sort((a, b) => a - b);
  if (levels.length === 0) r.fail("priorities: define at least priority 1");
  levels.forEach((level, i) => {
    if (level !== i + 1)
      r.fail(`priorities: levels must run 1, 2, 3... without gaps; found ${levels.join(", ")}`);
  });
  return out;
}

function readUnitTypes(r: ConfigReader, raw: unknown): Map<string, UnitType> {
  const out = new Map<string, UnitType>();
  for (const [code, value] of Object.entries(r.object(raw, "unitTypes"))) {
    const path = `unitTypes.${code}`;
    const o = r.object(value, path);
    r.onlyKeys(o, path, ["name", "discipline", "turnoutSeconds", "capabilities"]);
    out.set(code, {
      code,
      name: r.string(o["name"], `${path}.name`),
      discipline: r.oneOf(o["discipline"], `${path}.discipline`, DISCIPLINES),
      turnoutSeconds: r.number(o["turnoutSeconds"], `${path}.turnoutSeconds`, { min: 0 }),
      capabilities: r.strings(o["capabilities"], `${path}.capabilities`),
    });
  }
  if (out.size === 0) r.fail("unitTypes: define at least one unit type");
  return out;
}

function readCallTypes(
  r: ConfigReader,
  raw: unknown,
  priorities: Map<number, PriorityLevel>,
  unitTypes: Map<string, UnitType>,
): Map<string, CallType> {
  const out = new Map<string, CallType>();
  for (const [code, value] of Object.entries(r.object(raw, "callTypes"))) {
    const path = `callTypes.${code}`;
    const o = r.object(value, path);
    r.onlyKeys(o, path, ["name", "discipline", "priority", "plan", "dispatchTargetSeconds"]);
    const priority = r.number(o["priority"], `${path}.priority`, { int: true, min: 1 });
    if (!priorities.has(priority)) r.fail(`${path}.priority: no priority level ${priority} is defined`);
    const target = o["dispatchTargetSeconds"];
    out.set(code, {
      code,
      name: r.string(o["name"], `${path}.name`),
      discipline: r.oneOf(o["discipline"], `${path}.discipline`, DISCIPLINES),
      priority,
      plan: r
        .array(o["plan"] ?? [], `${path}.plan`)
        .map((s, i) => readSlot(r, s, `${path}.plan[${i}]`, unitTypes)),
      dispatchTargetSeconds:
        target === undefined ? null : r.number(target, `${path}.dispatchTargetSeconds`, { min: 1 }),
    });
  }
  return out;
}

function readSlot(r: ConfigReader, raw: unknown, path: string, unitTypes: Map<string, UnitType>): PlanSlot {
  const o = r.object(raw, path);
  r.onlyKeys(o, path, ["label", "types", "capabilities", "count"]);
  const types = r.strings(o["types"], `${path}.types`);
  if (types.length === 0) r.fail(`${path}.types: name at least one unit type`);
  for (const t of types) if (!unitTypes.has(t)) r.fail(`${path}.types: unknown unit type "${t}"`);
  return {
    label: r.string(o["label"], `${path}.label`, types.join("/")),
    types,
    capabilities: r.strings(o["capabilities"], `${path}.capabilities`),
    count: r.number(o["count"], `${path}.count`, { int: true, min: 1, max: 50, fallback: 1 }),
  };
}

function readFlags(r: ConfigReader, raw: unknown): Map<string, FlagRule> {
  const out = new Map<string, FlagRule>();
  for (const [code, value] of Object.entries(r.object(raw ?? {}, "flags"))) {
    const o = r.object(value, `flags.${code}`);
    r.onlyKeys(o, `flags.${code}`, ["name", "raise"]);
    out.set(code, {
      code,
      name: r.string(o["name"], `flags.${code}.name`),
      raise: r.number(o["raise"], `flags.${code}.raise`, { int: true, min: 0, max: 10 }),
    });
  }
  return out;
}

function readAgencies(r: ConfigReader, raw: unknown): Map<string, Agency> {
  const out = new Map<string, Agency>();
  for (const [id, value] of Object.entries(r.object(raw, "agencies"))) {
    const path = `agencies.${id}`;
    const o = r.object(value, path);
    r.onlyKeys(o, path, ["name", "statusNames", "neighbours", "mutualAid"]);
    const statusNames = new Map<string, UnitStatus>();
    for (const [name, status] of Object.entries(r.object(o["statusNames"] ?? {}, `${path}.statusNames`))) {
      statusNames.set(name, r.oneOf(status, `${path}.statusNames.${name}`, UNIT_STATUSES));
    }
    out.set(id, {
      id,
      name: r.string(o["name"], `${path}.name`),
      statusNames,
      neighbours: r.strings(o["neighbours"], `${path}.neighbours`),
      mutualAid: r.boolean(o["mutualAid"], `${path}.mutualAid`, false),
    });
  }
  if (out.size === 0) r.fail("agencies: define at least one agency");
  return out;
}

function readRecommendation(r: ConfigReader, raw: unknown): RecommendationConfig {
  const o = r.object(raw ?? {}, "recommendation");
  r.onlyKeys(o, "recommendation", [
    "topK",
    "staleAfterSeconds",
    "stalePenaltySeconds",
    "travel",
    "expectedBusySeconds",
  ]);
  const travel = r.object(o["travel"] ?? {}, "recommendation.travel");
  r.onlyKeys(travel, "recommendation.travel", ["baseSeconds", "secondsPerKm"]);
  const busy = new Map<UnitStatus, number>();
  for (const [key, value] of Object.entries(
    r.object(o["expectedBusySeconds"] ?? {}, "recommendation.expectedBusySeconds"),
  )) {
    const path = `recommendation.expectedBusySeconds.${key}`;
    busy.set(r.oneOf(key, path, UNIT_STATUSES), r.number(value, path, { min: 0 }));
  }
  return {
    topK: r.number(o["topK"], "recommendation.topK", { int: true, min: 1, max: 50, fallback: 5 }),
    staleAfterSeconds: r.number(o["staleAfterSeconds"], "recommendation.staleAfterSeconds", {
      min: 1,
      fallback: 300,
    }),
    stalePenaltySeconds: r.number(o["stalePenaltySeconds"], "recommendation.stalePenaltySeconds", {
      min: 0,
      fallback: 120,
    }),
    travel: {
      baseSeconds: r.number(travel["baseSeconds"], "recommendation.travel.baseSeconds", {
        min: 0,
        fallback: DEFAULT_TRAVEL_MODEL.baseSeconds,
      }),
      secondsPerKm: r.number(travel["secondsPerKm"], "recommendation.travel.secondsPerKm", {
        min: 1,
        fallback: DEFAULT_TRAVEL_MODEL.secondsPerKm,
      }),
    },
    expectedBusySeconds: busy,
  };
}

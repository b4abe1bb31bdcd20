import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parse } from "yaml";
import { UNIT_STATUSES, type EngineConfig } from "../../engine/index.ts";
import { DEFAULT_CONFIG_PATH } from "../config/index.ts";
import type { ConsoleConfig, ZonesReply } from "./web/protocol.ts";

/** What the page needs of the configuration: names, targets, statuses, dispositions. */
export function consoleConfig(config: EngineConfig, agency: string): ConsoleConfig {
  const record = <V, T>(map: ReadonlyMap<string, V>, f: (v: V) => T): Record<string, T> =>
    Object.fromEntries([...map].map(([k, v]) => [k, f(v)]));
  return {
    agency,
    timeZone: config.timeZone,
    priorities: [...config.priorities.values()].sort((a, b) => a.level - b.level),
    callTypes: record(config.callTypes, (t) => ({
      name: t.name,
      discipline: t.discipline,
      priority: t.priority,
      dispatchTargetSeconds: t.dispatchTargetSeconds,
    })),
    unitTypes: record(config.unitTypes, (t) => ({ name: t.name, discipline: t.discipline })),
    agencies: record(config.agencies, (a) => ({ name: a.name })),
    statuses: [...UNIT_STATUSES],
    unitStatusTimers: Object.fromEntries(config.unitStatusTimers),
    dispositions: [...config.dispositions],
    flags: record(config.flags, (f) => f.name),
    ...(config.eido !== undefined && {
      eido: {
        callTypes: Object.fromEntries(config.eido.callTypes),
        defaultCallType: config.eido.defaultCallType,
      },
    }),
  };
}

/**
 * The zones GeoJSON the config names (`zones: {file}`, relative to the config file), parsed,
 * or null when the config has none. The map is drawn from it: no tile server, works offline.
 */
export function loadZonesGeoJSON(configPath: string = DEFAULT_CONFIG_PATH): ZonesReply {
  const raw = parse(readFileSync(configPath, "utf8")) as {
    zones?: { file?: unknown; nameProperty?: unknown };
  } | null;
  const file = raw?.zones?.file;
  const nameProperty = raw?.zones?.nameProperty;
  if (typeof file !== "string" || typeof nameProperty !== "string") return null;
  const geojson = JSON.parse(readFileSync(resolve(dirname(configPath), file), "utf8")) as unknown;
  return { nameProperty, geojson };
}

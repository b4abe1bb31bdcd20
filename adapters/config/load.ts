import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { parseConfig, ZoneIndex, type EngineConfig } from "../../engine/index.ts";

/** The configuration shipped with the project. */
export const DEFAULT_CONFIG_PATH = fileURLToPath(new URL("../../config/default.yaml", import.meta.url));

/** The config file could not be read, parsed or validated; `problems` lists each one. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(
    readonly path: string,
    readonly problems: readonly string[],
    options?: ErrorOptions,
  ) {
    super(`invalid config ${path}:\n  ${problems.join("\n  ")}`, options);
  }
}

/** Reads and validates a YAML (or JSON) config file. */
export function loadConfigFile(path: string = DEFAULT_CONFIG_PATH): EngineConfig {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    throw new ConfigError(path, [`cannot read the file: ${(cause as Error).message}`], { cause });
  }
  return parseConfigText(text, path);
}

export function parseConfigText(text: string, path = "<text>"): EngineConfig {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (cause) {
    throw new ConfigError(path, [`not valid YAML: ${(cause as Error).message}`], { cause });
  }
  const result = parseConfig(raw, { zones: loadZones(raw, path) });
  if (!result.ok) throw new ConfigError(path, result.errors);
  return result.config;
}

/** Reads the zones GeoJSON the config names (`zones: {file, nameProperty}`), relative to the config file. */
function loadZones(raw: unknown, configPath: string): ZoneIndex | null {
  const zones = (raw as { zones?: unknown } | null)?.zones;
  if (zones === undefined || zones === null) return null;
  const { file, nameProperty } = zones as { file?: unknown; nameProperty?: unknown };
  if (typeof file !== "string" || typeof nameProperty !== "string") {
    throw new ConfigError(configPath, ["zones: expected {file, nameProperty}"]);
  }
  const unknown = Object.keys(zones).filter((key) => key !== "file" && key !== "nameProperty");
  if (unknown.length > 0) {
    throw new ConfigError(
      configPath,
      unknown.map((key) => `zones.${key}: unknown key (known here: file, nameProperty)`),
    );
  }
  const zonesPath = resolve(dirname(configPath), file);
  try {
    return ZoneIndex.fromGeoJSON(JSON.parse(readFileSync(zonesPath, "utf8")), nameProperty);
  } catch (cause) {
    throw new ConfigError(configPath, [`zones: cannot load ${zonesPath}: ${(cause as Error).message}`], {
      cause,
    });
  }
}

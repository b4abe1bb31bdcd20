import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parse } from "yaml";
import { buildConfiguration, configurationText, type EngineConfig } from "../../engine/index.ts";
import { packageFile } from "../package/index.ts";

/** The configuration shipped with the project. */
export const DEFAULT_CONFIG_PATH = packageFile("config/default.yaml");

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

/**
 * A validated configuration with what the log records of it (an ApplyConfiguration input): its
 * content as JSON text (the document and the zones GeoJSON it names) and the sha256 of that text.
 */
export interface ConfigSource {
  readonly path: string;
  readonly config: EngineConfig;
  readonly content: string;
  readonly hash: string;
}

/** Reads and validates a YAML (or JSON) config file. */
export function loadConfigFile(path: string = DEFAULT_CONFIG_PATH): EngineConfig {
  return loadConfigSource(path).config;
}

/** Reads and validates a config file, with its content and hash as the log records them. */
export function loadConfigSource(path: string = DEFAULT_CONFIG_PATH): ConfigSource {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    throw new ConfigError(path, [`cannot read the file: ${(cause as Error).message}`], { cause });
  }
  return configSourceOfText(text, path);
}

export function parseConfigText(text: string, path = "<text>"): EngineConfig {
  return configSourceOfText(text, path).config;
}

/** Validates config text (zones resolved relative to `path`) and names its content. */
export function configSourceOfText(text: string, path = "<text>"): ConfigSource {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (cause) {
    throw new ConfigError(path, [`not valid YAML: ${(cause as Error).message}`], { cause });
  }
  const content = configurationText({ document: raw, zonesGeoJSON: loadZonesGeoJSON(raw, path) });
  const result = buildConfiguration(content);
  if (!result.ok) throw new ConfigError(path, result.errors);
  return { path, config: result.config, content, hash: sha256Hex(content) };
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Reads the zones GeoJSON the config names (`zones: {file, nameProperty}`), relative to the config file. */
function loadZonesGeoJSON(raw: unknown, configPath: string): unknown {
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
    return JSON.parse(readFileSync(zonesPath, "utf8")) as unknown;
  } catch (cause) {
    throw new ConfigError(configPath, [`zones: cannot load ${zonesPath}: ${(cause as Error).message}`], {
      cause,
    });
  }
}

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
  const document = withoutAdapterBlocks(raw);
  const content = configurationText({ document, zonesGeoJSON: loadZonesGeoJSON(document, path) });
  const result = buildConfiguration(content);
  if (!result.ok) throw new ConfigError(path, result.errors);
  return { path, config: result.config, content, hash: sha256Hex(content) };
}

/**
 * Root blocks of a config file that adapters read and the engine does not (the RMS's open-data
 * policy, its report settings): left out of the engine's configuration, so they neither fail its
 * validation nor change the configuration the log records. Read them with {@link adapterBlock}.
 */
export const ADAPTER_BLOCKS: readonly string[] = ["openData", "reports"];

function withoutAdapterBlocks(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  return Object.fromEntries(Object.entries(raw).filter(([key]) => !ADAPTER_BLOCKS.includes(key)));
}

/** One adapter block of a config file as written (undefined when the file has none). */
export function adapterBlock(path: string, block: string): unknown {
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, "utf8"));
  } catch (cause) {
    throw new ConfigError(path, [`cannot read the file: ${(cause as Error).message}`], { cause });
  }
  return (raw as Record<string, unknown> | null)?.[block] ?? undefined;
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

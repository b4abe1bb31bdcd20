import { buildConfiguration } from "../config/content.ts";
import type { ConfigurationInForce, EngineConfig } from "../config/types.ts";
import type { EngineState } from "../model/state.ts";

/** The configuration in force as a snapshot stores it: its config is rebuilt from the content. */
export interface SerialisedConfiguration {
  readonly hash: string;
  readonly content: string;
  readonly since: number;
}

/**
 * The configuration an input is applied under: the one recorded in the log and in force, or,
 * when the log has recorded none, the one the engine was started with. A field read.
 */
export function configInForce(state: EngineState, startedWith: EngineConfig): EngineConfig {
  return state.configuration === null ? startedWith : state.configuration.config;
}

export function serialiseConfiguration(state: EngineState): SerialisedConfiguration | undefined {
  const c = state.configuration;
  return c === null ? undefined : { hash: c.hash, content: c.content, since: c.since };
}

/**
 * Rebuilds the configuration a snapshot was taken under; a content that no longer builds (an
 * engine that reads the config differently) is a format error, never a silent fallback.
 */
export function restoreConfiguration(raw: unknown): ConfigurationInForce | string {
  if (raw === undefined || raw === null) return "none";
  const { hash, content, since } = raw as Partial<SerialisedConfiguration>;
  if (typeof hash !== "string" || typeof content !== "string" || typeof since !== "number")
    return "state.configuration: expected {hash, content, since}";
  const built = buildConfiguration(content);
  if (!built.ok) return `state.configuration ${hash}: ${built.errors.slice(0, 5).join("; ")}`;
  return { hash, content, since, config: built.config };
}

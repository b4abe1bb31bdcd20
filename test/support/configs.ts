import { readFileSync } from "node:fs";
import { parse, stringify } from "yaml";
import { configSourceOfText, DEFAULT_CONFIG_PATH, type ConfigSource } from "../../adapters/config/index.ts";

/** The default configuration (config/default.yaml), with its content and hash as the log records them. */
export const DEFAULT_SOURCE: ConfigSource = configSourceOfText(
  readFileSync(DEFAULT_CONFIG_PATH, "utf8"),
  DEFAULT_CONFIG_PATH,
);

/** The default configuration with `edit` applied to its document (zones resolved as for the default). */
export function editedSource(
  edit: (doc: Record<string, Record<string, Record<string, unknown>>>) => void,
): ConfigSource {
  const doc = parse(readFileSync(DEFAULT_CONFIG_PATH, "utf8")) as Record<
    string,
    Record<string, Record<string, unknown>>
  >;
  edit(doc);
  return configSourceOfText(stringify(doc), DEFAULT_CONFIG_PATH);
}

/** The default configuration with one call type's priority changed. */
export function withPriority(callType: string, priority: number): ConfigSource {
  return editedSource((doc) => {
    const entry = doc["callTypes"]?.[callType];
    if (entry === undefined) throw new Error(`no call type ${callType} in the default config`);
    entry["priority"] = priority;
  });
}

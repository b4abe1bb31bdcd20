import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import {
  ConfigError,
  DEFAULT_CONFIG_PATH,
  loadConfigFile,
  parseConfigText,
} from "../../adapters/config/index.ts";

const DEFAULT_DOC = parse(readFileSync(DEFAULT_CONFIG_PATH, "utf8")) as Record<string, unknown>;

/** The default config without zones (they need a file), with timeZone set (or removed: undefined). */
function withTimeZone(zone: unknown): string {
  const doc = structuredClone(DEFAULT_DOC);
  delete doc["zones"];
  if (zone === undefined) delete doc["timeZone"];
  else doc["timeZone"] = zone;
  return stringify(doc);
}

describe("config: the centre's time zone", () => {
  it("given the shipped configs, then the demo city and Seattle keep Pacific time", () => {
    expect(loadConfigFile(DEFAULT_CONFIG_PATH).timeZone).toBe("America/Los_Angeles");
    expect(loadConfigFile(DEFAULT_CONFIG_PATH.replace("default.yaml", "seattle-fire.yaml")).timeZone).toBe(
      "America/Los_Angeles",
    );
  });

  it("given a config that names no zone, then times are UTC", () => {
    expect(parseConfigText(withTimeZone(undefined)).timeZone).toBe("UTC");
  });

  it("given a zone that is not an IANA zone, then the config is refused, naming timeZone", () => {
    let problems: readonly string[] = [];
    try {
      parseConfigText(withTimeZone("Pacific/Atlantis"));
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems = error.problems;
    }
    expect(problems).toEqual([
      expect.stringContaining('timeZone: "Pacific/Atlantis" is not an IANA time zone'),
    ]);
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import {
  ConfigError,
  DEFAULT_CONFIG_PATH,
  loadConfigFile,
  parseConfigText,
} from "../../adapters/config/index.ts";

type Doc = Record<string, unknown>;
const DEFAULT_DOC = parse(readFileSync(DEFAULT_CONFIG_PATH, "utf8")) as Doc;

/** The default config (without zones, which need a file) with `value` set at `keys`, as YAML text. */
function withKey(keys: readonly (string | number)[], value: unknown): string {
  const doc = structuredClone(DEFAULT_DOC);
  delete doc["zones"];
  let node = doc as Record<string | number, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[keys[keys.length - 1] as string | number] = value;
  return stringify(doc);
}

function problems(text: string, path?: string): readonly string[] {
  try {
    parseConfigText(text, path);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("config: unknown keys are errors with their path", () => {
  it("accepts the shipped config files (every key known)", () => {
    expect(() => loadConfigFile(DEFAULT_CONFIG_PATH)).not.toThrow();
    expect(() =>
      loadConfigFile(DEFAULT_CONFIG_PATH.replace("default.yaml", "seattle-fire.yaml")),
    ).not.toThrow();
  });

  const firstAgency = Object.keys(DEFAULT_DOC["agencies"] as Doc)[0] ?? "";
  it.each([
    [["dedupWindw"], 5, "dedupWindw"],
    [["dispatch", "dedupWindw"], 5, "dispatch.dedupWindw"],
    [["attach", "distance"], 5, "attach.distance"],
    [["alerts", "repeat"], 5, "alerts.repeat"],
    [["priorities", 1, "target"], 5, "priorities.1.target"],
    [["unitTypes", "engine", "turnout"], 5, "unitTypes.engine.turnout"],
    [["callTypes", "AFA", "priorty"], 4, "callTypes.AFA.priorty"],
    [["callTypes", "FIB", "plan", 0, "typs"], ["engine"], "callTypes.FIB.plan[0].typs"],
    [["flags", "WEAPONS", "raises"], 1, "flags.WEAPONS.raises"],
    [["agencies", firstAgency, "neighbors"], [], `agencies.${firstAgency}.neighbors`],
    [["recommendation", "topk"], 3, "recommendation.topk"],
    [["recommendation", "travel", "base"], 3, "recommendation.travel.base"],
  ] as const)("names %j", (keys, value, path) => {
    const found = problems(withKey(keys, value));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${path.replace(/[.[\]]/g, "\\$&")}: unknown key \\(known here: `));
  });

  it("names an unknown key under zones", () => {
    const text = readFileSync(DEFAULT_CONFIG_PATH, "utf8").replace(
      "zones: { file: metro-zones.geojson, nameProperty: name }",
      "zones: { file: metro-zones.geojson, nameProperty: name, nameProp: x }",
    );
    expect(text).toContain("nameProp: x");
    expect(problems(text, DEFAULT_CONFIG_PATH)).toEqual([
      "zones.nameProp: unknown key (known here: file, nameProperty)",
    ]);
  });
});

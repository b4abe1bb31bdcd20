import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_CONFIG_PATH, loadConfigFile } from "../config/index.ts";
import { computeOpenData, openDataCsv, openDataGeoJson } from "./opendata.ts";
import { loadOpenDataConfig } from "./opendata-config.ts";
import { periodOf } from "./report-cli.ts";
import { openRmsDatabase } from "./schema.ts";

/** The parsed options of the command (its spec is in cli.ts). */
export interface OpenDataValues {
  readonly agency: string;
  readonly db?: string | undefined;
  readonly config?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly now?: string | undefined;
  readonly format?: string | undefined;
  readonly out?: string | undefined;
}

/**
 * `cad rms opendata --from ISO --to ISO --format csv|geojson --out FILE [--now ISO]`: the
 * period's calls for service as open data by the config's `openData` rules; FILE.meta.json
 * says what was withheld and why (the GeoJSON carries the same in its `metadata` member).
 */
export function runOpenData(values: OpenDataValues): number {
  const command = "cad rms opendata";
  const { from, to } = periodOf(command, values.from, values.to);
  if (values.format !== "csv" && values.format !== "geojson")
    throw new Error(`${command}: --format is csv or geojson`);
  if (values.out === undefined) throw new Error(`${command}: name the file to write with --out FILE`);
  // The wall clock only here, at the edge: tests and re-runs pass --now for the same file.
  const now = values.now === undefined ? Date.now() : Date.parse(values.now);
  if (Number.isNaN(now)) throw new Error(`${command}: --now is an ISO time`);
  const configPath = values.config ?? DEFAULT_CONFIG_PATH;
  const engine = loadConfigFile(configPath);
  const od = loadOpenDataConfig(configPath);
  const db = openRmsDatabase(values.db ?? join("data", `${values.agency}.rms.sqlite`), { readonly: true });
  const data = computeOpenData(db, engine, od, {
    from,
    to,
    now,
    dataset: `${values.agency} calls for service`,
  });
  db.close();
  writeFileSync(
    values.out,
    values.format === "csv" ? openDataCsv(data) : `${JSON.stringify(openDataGeoJson(data))}\n`,
  );
  writeFileSync(`${values.out}.meta.json`, `${JSON.stringify(data.meta, null, 2)}\n`);
  const c = data.meta.counts;
  process.stdout.write(
    `${command}: ${c.published} of ${c.incidents} calls published to ${values.out} (${c.tooRecent} too recent, ${c.sensitiveWithheld} sensitive withheld, ${c.suppressedCalls} in ${c.suppressedGroups} groups under k=${od.k} suppressed); metadata in ${values.out}.meta.json\n`,
  );
  return 0;
}

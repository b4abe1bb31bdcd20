import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { adapterBlock, DEFAULT_CONFIG_PATH, loadConfigFile } from "../config/index.ts";
import { computeReport, formatReport, reportJson, type ReportOptions } from "./report.ts";
import { openRmsDatabase } from "./schema.ts";
import { reportSvg } from "./svg.ts";

/** Parses an ISO period (--from before --to) or throws a message naming the command. */
export function periodOf(command: string, from: string | undefined, to: string | undefined) {
  const start = Date.parse(from ?? "");
  const end = Date.parse(to ?? "");
  if (Number.isNaN(start) || Number.isNaN(end) || end <= start)
    throw new Error(`${command}: give --from and --to as ISO times, --from before --to`);
  return { from: start, to: end };
}

/** The `reports` block of a config file, checked. */
export function reportOptionsOf(configPath: string): ReportOptions {
  const raw = adapterBlock(configPath, "reports");
  if (raw === undefined || raw === null) return {};
  const fail = (what: string) => {
    throw new Error(`invalid config ${configPath}: reports.${what}`);
  };
  if (typeof raw !== "object" || Array.isArray(raw)) fail(": expected a mapping");
  const { fullAlarm, ...rest } = raw as Record<string, unknown>;
  if (Object.keys(rest).length > 0) fail(`${Object.keys(rest)[0]}: unknown key (known here: fullAlarm)`);
  if (fullAlarm === undefined) return {};
  const { callTypes, minUnits, ...more } = fullAlarm as Record<string, unknown>;
  if (Object.keys(more).length > 0)
    fail(`fullAlarm.${Object.keys(more)[0]}: unknown key (known here: callTypes, minUnits)`);
  if (callTypes !== undefined && !(Array.isArray(callTypes) && callTypes.every((c) => typeof c === "string")))
    fail("fullAlarm.callTypes: expected a list of call type codes");
  if (minUnits !== undefined && !(Number.isInteger(minUnits) && (minUnits as number) >= 1))
    fail("fullAlarm.minUnits: expected a whole number >= 1");
  return {
    fullAlarm: {
      ...(callTypes !== undefined && { callTypes: callTypes as string[] }),
      ...(minUnits !== undefined && { minUnits: minUnits as number }),
    },
  };
}

/** The parsed options of the command (its spec is in cli.ts). */
export interface ReportValues {
  readonly agency: string;
  readonly db?: string | undefined;
  readonly config?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly svg?: string | undefined;
  readonly format: string;
}

/** `cad rms report --from ISO --to ISO [--format markdown|json] [--svg FILE]`. */
export function runReport(values: ReportValues): number {
  const { from, to } = periodOf("cad rms report", values.from, values.to);
  if (values.format !== "markdown" && values.format !== "json")
    throw new Error(`cad rms report: --format is markdown or json, not "${values.format}"`);
  const configPath = values.config ?? DEFAULT_CONFIG_PATH;
  const config = loadConfigFile(configPath);
  const options = reportOptionsOf(configPath);
  const db = openRmsDatabase(values.db ?? join("data", `${values.agency}.rms.sqlite`), { readonly: true });
  const result = computeReport(db, config, from, to, options);
  db.close();
  process.stdout.write(
    values.format === "json"
      ? `${JSON.stringify(reportJson(result), null, 2)}\n`
      : `${formatReport(result)}\n`,
  );
  if (values.svg !== undefined) {
    writeFileSync(values.svg, reportSvg(result));
    // On stderr when stdout is JSON, so that it stays one document.
    (values.format === "json" ? process.stderr : process.stdout).write(`chart written to ${values.svg}\n`);
  }
  return 0;
}

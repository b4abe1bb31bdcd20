import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parse } from "yaml";
import { metroAddresses } from "../sim/streets.ts";
import { Gazetteer, type GazetteerEntry } from "./gazetteer.ts";

/**
 * Where the config's gazetteer comes from (`gazetteer:` in the agency configuration):
 *
 *     gazetteer:
 *       file: seattle-fire-geocodes/incident_address_geocodes.csv   # a CSV with a header row
 *       relativeTo: data        # config (default): beside the config file; data: in $CAD_DATA_DIR
 *       columns: { address: address, lat: lat, lon: lon }          # the default names
 *       where: { inside_city_limits: "1" }                         # only rows with these values
 *
 * or `gazetteer: { generated: metro }`, the demo city's own street grid (adapters/sim/streets.ts).
 */
export interface GazetteerSource {
  readonly file?: string;
  readonly relativeTo?: "config" | "data";
  readonly columns?: { readonly address?: string; readonly lat?: string; readonly lon?: string };
  readonly where?: Readonly<Record<string, string>>;
  readonly generated?: "metro";
}

/** The gazetteer named by the config cannot be used: every problem, with the file and line. */
export class GazetteerError extends Error {
  override readonly name = "GazetteerError";
  readonly code = "GAZETTEER_INVALID";
  constructor(
    readonly path: string,
    readonly problems: readonly string[],
    options?: ErrorOptions,
  ) {
    super(`gazetteer ${path}:\n  ${problems.join("\n  ")}`, options);
  }
}

export function isGazetteerError(error: unknown): error is GazetteerError {
  return error instanceof GazetteerError;
}

/** How many bad rows a refusal lists (the rest are counted). */
const MAX_PROBLEMS = 5;
const KEYS = ["file", "relativeTo", "columns", "where", "generated"];

/** The data folder: $CAD_DATA_DIR, else ../shared/data beside the repository. */
export function dataDir(): string {
  return process.env["CAD_DATA_DIR"] ?? resolve(import.meta.dirname, "../../../shared/data");
}

/** The gazetteer the config file names, loaded and indexed; null when it names none. */
export function loadGazetteer(configPath: string): Gazetteer | null {
  const raw = (parse(readFileSync(configPath, "utf8")) as { gazetteer?: unknown } | null)?.gazetteer;
  if (raw === undefined || raw === null) return null;
  const source = readSource(raw, configPath);
  if (source.generated === "metro") return new Gazetteer(metroAddresses());
  const base = source.relativeTo === "data" ? dataDir() : dirname(configPath);
  const path = resolve(base, source.file ?? "");
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    const hint =
      source.relativeTo === "data" ? " (the data folder is $CAD_DATA_DIR, else ../shared/data)" : "";
    throw new GazetteerError(path, [`cannot read the file${hint}: ${(cause as Error).message}`], { cause });
  }
  return new Gazetteer(gazetteerRows(text, path, source));
}

function readSource(raw: unknown, configPath: string): GazetteerSource {
  const fail = (problem: string) => new GazetteerError(configPath, [`gazetteer: ${problem}`]);
  if (typeof raw !== "object" || Array.isArray(raw) || raw === null) throw fail("expected an object");
  const o = raw as Record<string, unknown>;
  const unknown = Object.keys(o).filter((k) => !KEYS.includes(k));
  if (unknown.length > 0) throw fail(`unknown key ${unknown.join(", ")} (known here: ${KEYS.join(", ")})`);
  if (o["generated"] !== undefined) {
    if (o["generated"] !== "metro") throw fail(`generated: the one generated gazetteer is "metro"`);
    return { generated: "metro" };
  }
  if (typeof o["file"] !== "string" || o["file"] === "") throw fail("file: expected the path of a CSV file");
  if (o["relativeTo"] !== undefined && o["relativeTo"] !== "config" && o["relativeTo"] !== "data")
    throw fail("relativeTo: expected config or data");
  const strings = (key: string): Record<string, string> | undefined => {
    const v = o[key];
    if (v === undefined) return undefined;
    if (typeof v !== "object" || v === null || Object.values(v).some((s) => typeof s !== "string"))
      throw fail(`${key}: expected names mapped to text`);
    return v as Record<string, string>;
  };
  return { ...(o as GazetteerSource), ...defined({ columns: strings("columns"), where: strings("where") }) };
}

/** The rows of a gazetteer CSV as entries; a row that cannot be one refuses the whole file, by line. */
export function gazetteerRows(text: string, path: string, source: GazetteerSource = {}): GazetteerEntry[] {
  const rows = parseCsv(text);
  const header = rows[0]?.cells ?? [];
  const names = {
    address: source.columns?.address ?? "address",
    lat: source.columns?.lat ?? "lat",
    lon: source.columns?.lon ?? "lon",
  };
  const where = Object.entries(source.where ?? {});
  const column = (name: string) => header.indexOf(name);
  const missing = [...Object.values(names), ...where.map(([k]) => k)].filter((n) => column(n) < 0);
  if (missing.length > 0)
    throw new GazetteerError(path, [
      `line 1: no column ${missing.join(", ")} in the header (it has ${header.join(", ") || "nothing"})`,
    ]);
  const problems: string[] = [];
  const entries: GazetteerEntry[] = [];
  for (const { line, cells } of rows.slice(1)) {
    if (!where.every(([k, v]) => cells[column(k)] === v)) continue;
    const address = (cells[column(names.address)] ?? "").trim();
    const lat = Number(cells[column(names.lat)]);
    const lon = Number(cells[column(names.lon)]);
    const problem =
      address === ""
        ? "no address"
        : cells[column(names.lat)] === "" || !(Math.abs(lat) <= 90)
          ? `${names.lat} ${JSON.stringify(cells[column(names.lat)] ?? "")} is not a latitude`
          : cells[column(names.lon)] === "" || !(Math.abs(lon) <= 180)
            ? `${names.lon} ${JSON.stringify(cells[column(names.lon)] ?? "")} is not a longitude`
            : null;
    if (problem === null) entries.push({ address, lat, lon });
    else problems.push(`line ${line}: ${problem}`);
  }
  if (problems.length > MAX_PROBLEMS)
    problems.splice(MAX_PROBLEMS, Infinity, `and ${problems.length - MAX_PROBLEMS} more bad rows`);
  if (problems.length === 0 && entries.length === 0) problems.push("no address in the file");
  if (problems.length > 0) throw new GazetteerError(path, problems);
  return entries;
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks; blank lines are skipped. */
function parseCsv(text: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== "") rows.push({ line: rowLine, cells });
    cells = [];
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        cell += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      cells.push(cell);
      cell = "";
    } else if (c === "\n") {
      endRow();
      rowLine = ++line;
    } else if (c !== "\r") cell += c;
  }
  if (cell !== "" || cells.length > 0) endRow();
  return rows;
}

function defined<T extends object>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

import { once } from "node:events";
import { createWriteStream, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type Database from "better-sqlite3";
import type { EngineConfig } from "../../engine/index.ts";
import { loadConfigFile } from "../config/index.ts";
import { toEido, type EidoDocument } from "./eido.ts";
import { eidoSchemaDir, loadEidoValidator, type EidoValidator } from "./eido-schema.ts";
import { readIncidentRecord } from "./record.ts";
import { periodOf } from "./report-cli.ts";
import { openRmsDatabase } from "./schema.ts";

/** Incidents read per query: the export holds one page of ids and one document at a time. */
export const EXPORT_PAGE = 256;

/**
 * The ids of the incidents opened in [from, to) (received_at: the first call's receipt, as the
 * report counts them), oldest first, read a page at a time by keyset so a long period never
 * sits in memory. Merged-away incidents are included: they are records of the period too.
 */
export function* incidentsOpenedIn(
  db: Database.Database,
  from: number,
  to: number,
  pageSize = EXPORT_PAGE,
): Generator<string> {
  const page = db.prepare(
    `SELECT id, received_at FROM incidents
     WHERE received_at >= ? AND received_at < ? AND (received_at > ? OR (received_at = ? AND id > ?))
     ORDER BY received_at, id LIMIT ?`,
  );
  let after = { at: from - 1, id: "" };
  for (;;) {
    const rows = page.all(from, to, after.at, after.at, after.id, pageSize) as {
      id: string;
      received_at: number;
    }[];
    for (const r of rows) yield r.id;
    const last = rows.at(-1);
    if (last === undefined || rows.length < pageSize) return;
    after = { at: last.received_at, id: last.id };
  }
}

export interface BulkExportOptions {
  readonly agency: string;
  readonly domain?: string;
  readonly config: EngineConfig;
  readonly validator: EidoValidator;
  /** Receives each valid document, in order; awaited (backpressure). */
  readonly write: (incidentId: string, doc: EidoDocument) => Promise<void> | void;
  /** Told of each invalid document (not written), with the validator's errors. */
  readonly invalid: (incidentId: string, errors: readonly string[]) => void;
}

export interface BulkExportResult {
  readonly written: number;
  readonly invalid: number;
}

/** Exports every incident opened in [from, to) as EIDO, each validated before it is written. */
export async function exportPeriod(
  db: Database.Database,
  from: number,
  to: number,
  opts: BulkExportOptions,
): Promise<BulkExportResult> {
  let written = 0;
  let invalid = 0;
  for (const id of incidentsOpenedIn(db, from, to)) {
    const record = readIncidentRecord(db, id);
    if (record === undefined) continue;
    const doc = toEido(record, {
      agency: opts.agency,
      config: opts.config,
      ...(opts.domain !== undefined && { domain: opts.domain }),
    });
    const result = opts.validator(doc);
    if (!result.valid) {
      invalid++;
      opts.invalid(id, result.errors);
      continue;
    }
    await opts.write(id, doc);
    written++;
  }
  return { written, invalid };
}

/** A file name for an incident id: anything but letters, digits, dot, dash and underscore becomes "_". */
export const eidoFileName = (incidentId: string) => `${incidentId.replace(/[^A-Za-z0-9._-]/g, "_")}.json`;

/** The parsed options of the command (its spec is in cli.ts). */
export interface BulkExportValues {
  readonly agency: string;
  readonly db?: string | undefined;
  readonly config?: string | undefined;
  readonly domain?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly format: string;
  readonly out?: string | undefined;
  readonly "data-dir"?: string | undefined;
}

/**
 * `cad rms export --from ISO --to ISO [--format ndjson|files] [--out PATH]`: NDJSON (one
 * document a line) on stdout or in the file PATH, or one file per incident in the directory PATH.
 * An invalid document is named on stderr with its schema path and not written; the others are,
 * and the exit code is 1.
 */
export async function runBulkExport(values: BulkExportValues): Promise<number> {
  const command = "cad rms export";
  const { from, to } = periodOf(command, values.from, values.to);
  if (values.format !== "ndjson" && values.format !== "files")
    throw new Error(`${command}: --format is ndjson or files, not "${values.format}"`);
  if (values.format === "files" && values.out === undefined)
    throw new Error(`${command}: --format files needs --out DIRECTORY`);
  const config = loadConfigFile(values.config);
  const validator = loadEidoValidator(eidoSchemaDir(values["data-dir"]));
  const db = openRmsDatabase(values.db ?? join("data", `${values.agency}.rms.sqlite`), { readonly: true });
  const out =
    values.format === "files" || values.out === undefined ? process.stdout : createWriteStream(values.out);
  if (values.format === "files") mkdirSync(values.out as string, { recursive: true });
  const write =
    values.format === "files"
      ? (id: string, doc: EidoDocument) =>
          writeFileSync(join(values.out as string, eidoFileName(id)), `${JSON.stringify(doc, null, 2)}\n`)
      : async (_id: string, doc: EidoDocument) => {
          if (!out.write(`${JSON.stringify(doc)}\n`)) await once(out, "drain");
        };
  let result: BulkExportResult;
  try {
    result = await exportPeriod(db, from, to, {
      agency: values.agency,
      config,
      validator,
      ...(values.domain !== undefined && { domain: values.domain }),
      write,
      invalid: (id, errors) =>
        process.stderr.write(`${command}: ${id} INVALID, not written: ${errors.join("; ")}\n`),
    });
  } finally {
    db.close();
    if (out !== process.stdout) await new Promise<void>((resolve) => out.end(resolve));
  }
  process.stderr.write(
    `${command}: ${result.written} incidents opened ${new Date(from).toISOString()} .. ${new Date(to).toISOString()} written` +
      (result.invalid === 0 ? "" : `, ${result.invalid} invalid (not written)`) +
      (values.out === undefined ? "" : ` to ${values.out}`) +
      "\n",
  );
  return result.invalid === 0 ? 0 : 1;
}

import { join } from "node:path";
import { parseArgs } from "node:util";
import type Database from "better-sqlite3";
import { AUDIT_ACTIONS } from "./audit.ts";
import { openRmsDatabase } from "./schema.ts";

export interface AuditFilter {
  readonly operator?: string;
  /** An audit action, or `invalid` / `gap` for the rows the RMS wrote itself. */
  readonly action?: string;
  /** Epoch ms: rows at or after it (the gateway's time; the server's for rows without one). */
  readonly since?: number;
  /** The latest rows kept. */
  readonly limit: number;
}

export interface AuditRow {
  readonly seq: number;
  readonly subject: string;
  readonly stored_at: number;
  readonly at: number | null;
  readonly agency: string | null;
  readonly action: string;
  readonly operator: string | null;
  readonly role: string | null;
  readonly client: string | null;
  readonly detail: string;
}

/** Actions `--action` accepts: the contract's, and the rows the RMS writes for what it could not read. */
export const AUDIT_ROW_ACTIONS: readonly string[] = [...AUDIT_ACTIONS, "invalid", "gap"];

/** The latest `limit` rows matching the filter, in stream order, and how many earlier ones matched too. */
export function queryAudit(
  db: Database.Database,
  filter: AuditFilter,
): { rows: AuditRow[]; earlier: number } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.operator !== undefined) {
    where.push("operator = ?");
    params.push(filter.operator);
  }
  if (filter.action !== undefined) {
    where.push("action = ?");
    params.push(filter.action);
  }
  if (filter.since !== undefined) {
    where.push("coalesce(at, stored_at) >= ?");
    params.push(filter.since);
  }
  const clause = where.length === 0 ? "" : `WHERE ${where.join(" AND ")}`;
  const total = db
    .prepare(`SELECT count(*) FROM audit ${clause}`)
    .pluck()
    .get(...params) as number;
  const rows = db
    .prepare(`SELECT * FROM audit ${clause} ORDER BY seq DESC LIMIT ?`)
    .all(...params, filter.limit) as AuditRow[];
  return { rows: rows.reverse(), earlier: total - rows.length };
}

/** One line per row: time, stream sequence, action, who (role) from where, detail. */
export function formatAuditRow(row: AuditRow): string {
  const time = new Date(row.at ?? row.stored_at).toISOString();
  if (row.action === "invalid" || row.action === "gap") {
    const what = row.action === "invalid" ? `INVALID on ${row.subject}` : "GAP";
    return `${time}  #${row.seq}  ${what}  ${row.detail}`;
  }
  const who = `${row.operator ?? "-"} (${row.role ?? "no role"}) from ${row.client ?? "-"}`;
  return `${time}  #${row.seq}  ${row.action}  ${who}  ${row.detail}`;
}

/** `cad rms audit [--agency A] [--db FILE] [--operator U] [--action A] [--since ISO] [--limit N]`. */
export function runAuditList(args: string[]): number {
  const { values } = parseArgs({
    args,
    options: {
      agency: { type: "string", default: "demo" },
      db: { type: "string" },
      operator: { type: "string" },
      action: { type: "string" },
      since: { type: "string" },
      limit: { type: "string", default: "100" },
    },
  });
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error("cad rms audit: --limit must be a whole number > 0");
  if (values.action !== undefined && !AUDIT_ROW_ACTIONS.includes(values.action))
    throw new Error(`cad rms audit: --action must be one of ${AUDIT_ROW_ACTIONS.join(", ")}`);
  const since = values.since === undefined ? undefined : Date.parse(values.since);
  if (since !== undefined && Number.isNaN(since))
    throw new Error("cad rms audit: --since must be an ISO time (e.g. 2026-12-06T06:00:00Z)");
  const db = openRmsDatabase(values.db ?? join("data", `${values.agency}.rms.sqlite`), { readonly: true });
  let result: ReturnType<typeof queryAudit>;
  try {
    result = queryAudit(db, {
      limit,
      ...(values.operator !== undefined && { operator: values.operator }),
      ...(values.action !== undefined && { action: values.action }),
      ...(since !== undefined && { since }),
    });
  } finally {
    db.close();
  }
  for (const row of result.rows) process.stdout.write(`${formatAuditRow(row)}\n`);
  if (result.earlier > 0)
    process.stderr.write(`${result.earlier} earlier matching rows not shown (--limit ${limit})\n`);
  return 0;
}

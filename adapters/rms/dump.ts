import { createHash } from "node:crypto";
import type Database from "better-sqlite3";
import { VOLATILE_TABLES } from "./schema.ts";

/**
 * The records as text, independent of how they were written: every table but the consumer's
 * own run log, each row as JSON, rows sorted by all their columns. Two databases built from
 * the same stream give the same dump however often their consumers stopped and restarted.
 */
export function canonicalDump(db: Database.Database): string[] {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const lines: string[] = [];
  for (const table of tables) {
    if (VOLATILE_TABLES.has(table)) continue;
    const columns = db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[];
    const order = columns.map((_, i) => String(i + 1)).join(", ");
    lines.push(`# ${table} (${columns.join(", ")})`);
    for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY ${order}`).raw().iterate())
      lines.push(JSON.stringify(row));
  }
  return lines;
}

/** sha256 of the canonical dump, hex. */
export function dumpDigest(db: Database.Database): string {
  const hash = createHash("sha256");
  for (const line of canonicalDump(db)) hash.update(line).update("\n");
  return hash.digest("hex");
}

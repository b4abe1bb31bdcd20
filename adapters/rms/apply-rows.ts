import type Database from "better-sqlite3";

/** The output an event came in: its identity in the engine's log. */
export interface EventKey {
  readonly inputSeq: number;
  readonly index: number;
}

/** Something the applier could not record as the event said (an unknown reference...). */
export type IssueSink = (kind: string, detail: string) => void;

/**
 * What the projection of an event writes with: statements prepared once per SQL text, the sink
 * for what it could not record, and the incidents whose rows changed in this batch.
 */
export class Rows {
  private readonly stmts = new Map<string, Database.Statement>();
  /** Incidents whose rows changed in this batch: their intervals are rewritten at the end. */
  readonly touched = new Set<string>();

  constructor(
    private readonly db: Database.Database,
    readonly issue: IssueSink,
  ) {}

  run(sql: string, params: Record<string, unknown> | unknown[] = []): Database.RunResult {
    const stmt = this.prepared(sql);
    return Array.isArray(params) ? stmt.run(...params) : stmt.run(params);
  }

  get<T>(sql: string, params: unknown[]): T | undefined {
    return this.prepared(sql).get(...params) as T | undefined;
  }

  private prepared(sql: string): Database.Statement {
    let stmt = this.stmts.get(sql);
    if (stmt === undefined) {
      stmt = this.db.prepare(sql);
      this.stmts.set(sql, stmt);
    }
    return stmt;
  }
}

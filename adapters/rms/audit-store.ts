import type Database from "better-sqlite3";
import { agencySubjects } from "../nats/index.ts";
import { readAuditRecord } from "./audit.ts";
import type { StreamMessage } from "./store.ts";

/** One message of the audit stream, with the time JetStream stored it (epoch ms). */
export interface AuditMessage extends StreamMessage {
  readonly storedAt: number;
}

/** A message kept as an invalid row: what the consumer must say out loud. */
export interface InvalidAudit {
  readonly seq: number;
  readonly subject: string;
  readonly length: number;
  readonly reason: string;
}

export interface AuditBatchResult {
  /** Rows written (valid and invalid). */
  readonly applied: number;
  /** Messages at or before the position: redeliveries. */
  readonly duplicates: number;
  readonly invalid: readonly InvalidAudit[];
  /** Set when the batch stopped at a message that does not follow the position: the consumer must resync. */
  readonly gap: { readonly expected: number; readonly got: number } | null;
}

/**
 * The audit table fed by the audit stream, exactly once per stream sequence: a batch is one
 * transaction holding its rows and the stream's position (a row of `position`, beside the event
 * stream's), so a redelivered message changes nothing and the table is always the stream's
 * prefix up to the position. Every message becomes a row; an invalid one too.
 */
export class AuditStore {
  private last: number;
  readonly stream: string;
  private readonly insert: Database.Statement;
  private readonly save: Database.Statement;
  private readonly applyTx: (messages: readonly AuditMessage[]) => AuditBatchResult;

  constructor(
    readonly db: Database.Database,
    readonly agency: string,
  ) {
    this.stream = agencySubjects(agency).auditStream;
    this.last =
      (db.prepare("SELECT last_seq FROM position WHERE stream = ?").pluck().get(this.stream) as
        number | undefined) ?? 0;
    this.insert = db.prepare(
      `INSERT OR IGNORE INTO audit (seq, subject, stored_at, at, agency, action, operator, role, client, detail)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.save = db.prepare(
      "INSERT OR REPLACE INTO position (stream, last_seq, last_input_seq, last_event_at) VALUES (?, ?, 0, NULL)",
    );
    this.applyTx = db.transaction((messages: readonly AuditMessage[]) => this.applyInTx(messages));
  }

  get lastSeq(): number {
    return this.last;
  }

  /** Applies messages in stream order; all of it or (on a failure) none of it, position included. */
  applyBatch(messages: readonly AuditMessage[]): AuditBatchResult {
    const before = this.last;
    try {
      return this.applyTx(messages);
    } catch (error) {
      this.last = before;
      throw error;
    }
  }

  /**
   * Moves the position past sequences that are gone from the stream, leaving a 'gap' row at the
   * first of them: an append-only stream has none unless it was tampered with, which the audit
   * listing must show. `seenAt` (the stored time of the message after the gap) dates the row.
   */
  acceptGap(nextSeq: number, why: string, seenAt: number): void {
    const from = this.last + 1;
    this.db.transaction(() => {
      const detail = JSON.stringify({ from, to: nextSeq - 1, reason: why });
      this.insert.run(from, this.stream, seenAt, null, null, "gap", null, null, null, detail);
      this.last = nextSeq - 1;
      this.save.run(this.stream, this.last);
    })();
  }

  private applyInTx(messages: readonly AuditMessage[]): AuditBatchResult {
    let applied = 0;
    let duplicates = 0;
    let gap: AuditBatchResult["gap"] = null;
    const invalid: InvalidAudit[] = [];
    for (const m of messages) {
      if (m.seq <= this.last) {
        duplicates++;
        continue;
      }
      if (m.seq !== this.last + 1) {
        gap = { expected: this.last + 1, got: m.seq };
        break;
      }
      const bad = this.write(m);
      if (bad !== undefined) invalid.push(bad);
      applied++;
      this.last = m.seq;
    }
    this.save.run(this.stream, this.last);
    return { applied, duplicates, invalid, gap };
  }

  private write(m: AuditMessage): InvalidAudit | undefined {
    const read = readAuditRecord(m.subject, m.data, this.agency);
    if (read.ok) {
      const e = read.entry;
      const detail = JSON.stringify(e.detail);
      this.insert.run(
        m.seq,
        m.subject,
        m.storedAt,
        e.at,
        e.agency,
        e.action,
        e.operator,
        e.role,
        e.client,
        detail,
      );
      return undefined;
    }
    const bad = { seq: m.seq, subject: m.subject, length: m.data.length, reason: read.reason };
    const detail = JSON.stringify({ length: bad.length, reason: bad.reason });
    this.insert.run(m.seq, m.subject, m.storedAt, null, null, "invalid", null, null, null, detail);
    return bad;
  }
}

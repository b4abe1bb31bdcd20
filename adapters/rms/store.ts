import type Database from "better-sqlite3";
import type { EngineEvent } from "../../engine/index.ts";
import { decodeOutput, type DecodedOutput, agencySubjects, type AgencySubjects } from "../nats/index.ts";
import { EventWriter, type EventKey } from "./apply-events.ts";
import { refreshIntervals } from "./intervals.ts";
import { openRmsDatabase } from "./schema.ts";

/** One message of the event stream, as JetStream stored it. */
export interface StreamMessage {
  readonly seq: number;
  readonly subject: string;
  readonly data: Uint8Array;
}

export interface BatchResult {
  /** Outputs written to the records. */
  readonly applied: number;
  /** Messages at or before the position (redeliveries), and outputs already in the journal. */
  readonly duplicates: number;
  /** Set when the batch stopped at a message that does not follow the position: the consumer must resync. */
  readonly gap: { readonly expected: number; readonly got: number } | null;
}

export interface Position {
  readonly lastSeq: number;
  readonly lastInputSeq: number;
  readonly lastEventAt: number | null;
}

/**
 * The records database fed by the event stream. A batch is one transaction that holds its
 * rows and the new stream position together: a message at or before the position changes
 * nothing (a redelivery), and a message past the next one is not applied (a gap), so the
 * records are always exactly the stream's prefix up to the position.
 */
export class RmsStore {
  private position: Position;
  private readonly s: AgencySubjects;
  private readonly applyTx: (messages: readonly StreamMessage[]) => BatchResult;
  private readonly writer: EventWriter;
  private currentIssue: (kind: string, detail: string) => void = () => undefined;
  /** Told of each event once written, in the same transaction (the EIDO relay's outbox). */
  onEvent: ((k: EventKey, e: EngineEvent) => void) | undefined;

  constructor(
    readonly db: Database.Database,
    readonly agency: string,
  ) {
    this.s = agencySubjects(agency);
    const row = db
      .prepare("SELECT last_seq, last_input_seq, last_event_at FROM position WHERE stream = ?")
      .get(this.s.eventStream) as
      { last_seq: number; last_input_seq: number; last_event_at: number | null } | undefined;
    this.position = {
      lastSeq: row?.last_seq ?? 0,
      lastInputSeq: row?.last_input_seq ?? 0,
      lastEventAt: row?.last_event_at ?? null,
    };
    this.writer = new EventWriter(db, (kind, detail) => this.currentIssue(kind, detail));
    this.applyTx = db.transaction((messages: readonly StreamMessage[]) => this.applyInTx(messages));
  }

  static open(path: string, agency: string): RmsStore {
    return new RmsStore(openRmsDatabase(path, { agency }), agency);
  }

  get stream(): string {
    return this.s.eventStream;
  }

  get lastSeq(): number {
    return this.position.lastSeq;
  }

  get current(): Position {
    return this.position;
  }

  /** Applies messages in stream order; all of it or (on a failure) none of it, position included. */
  applyBatch(messages: readonly StreamMessage[]): BatchResult {
    const before = this.position;
    try {
      return this.applyTx(messages);
    } catch (error) {
      this.position = before;
      throw error;
    }
  }

  /**
   * Moves the position past messages that are gone from the stream (deleted, or aged out by
   * its limits), recording the gap: the records then miss what those messages said.
   */
  acceptGap(nextSeq: number, why: string): void {
    const from = this.position.lastSeq + 1;
    this.db.transaction(() => {
      this.issue(from, 0, "gap", `stream sequences ${from}..${nextSeq - 1} are missing: ${why}`);
      this.position = { ...this.position, lastSeq: nextSeq - 1 };
      this.savePosition();
    })();
  }

  close(): void {
    this.db.close();
  }

  private applyInTx(messages: readonly StreamMessage[]): BatchResult {
    let applied = 0;
    let duplicates = 0;
    let gap: BatchResult["gap"] = null;
    this.writer.touched.clear();
    for (const m of messages) {
      if (m.seq <= this.position.lastSeq) {
        duplicates++;
        continue;
      }
      if (m.seq !== this.position.lastSeq + 1) {
        gap = { expected: this.position.lastSeq + 1, got: m.seq };
        break;
      }
      const outcome = this.applyOne(m);
      if (outcome === "applied") applied++;
      if (outcome === "duplicate") duplicates++;
    }
    refreshIntervals(this.db, this.writer.touched);
    this.savePosition();
    return { applied, duplicates, gap };
  }

  private applyOne(m: StreamMessage): "applied" | "duplicate" | "other" {
    let issues = 0;
    const issue = (kind: string, detail: string) => this.issue(m.seq, issues++, kind, detail);
    this.position = { ...this.position, lastSeq: m.seq };
    // The engine's copies for units' own terminals repeat outputs already on the events subjects.
    if (m.subject.startsWith(this.s.unitPrefix)) return "other";
    if (!m.subject.startsWith(this.s.eventPrefix)) {
      issue("foreign_subject", `a message on ${m.subject} is not an output of agency ${this.agency}`);
      return "other";
    }
    let out: DecodedOutput;
    try {
      out = decodeOutput(m.data);
    } catch (error) {
      issue("undecodable", `${m.subject}: ${(error as Error).message}`);
      return "other";
    }
    if (out.agency !== this.agency) {
      issue("foreign_agency", `output of agency "${out.agency}" on ${m.subject}`);
      return "other";
    }
    const key: EventKey = { inputSeq: out.inputSeq, index: out.index };
    const type = "event" in out ? out.event.type : "rejected";
    const at = "event" in out ? out.event.at : out.rejected.at;
    const journal = this.sql(
      "INSERT OR IGNORE INTO journal (input_seq, idx, stream_seq, type, at) VALUES (?, ?, ?, ?, ?)",
    ).run(key.inputSeq, key.index, m.seq, type, at);
    if (journal.changes === 0) {
      issue("duplicate_output", `output ${key.inputSeq}:${key.index} (${type}) was already applied`);
      return "duplicate";
    }
    // One writer per store (its statements are prepared once); its issues go to the message in hand.
    this.currentIssue = issue;
    if ("event" in out) {
      this.writer.event(key, out.event);
      this.onEvent?.(key, out.event);
    } else this.writer.rejection(key, out.inputId, out.rejected);
    this.position = {
      lastSeq: m.seq,
      lastInputSeq: Math.max(this.position.lastInputSeq, key.inputSeq),
      lastEventAt: at,
    };
    return "applied";
  }

  private issue(streamSeq: number, n: number, kind: string, detail: string): void {
    this.sql("INSERT OR IGNORE INTO issues (stream_seq, n, kind, detail) VALUES (?, ?, ?, ?)").run(
      streamSeq,
      n,
      kind,
      detail,
    );
  }

  private readonly statements = new Map<string, Database.Statement>();

  /** A statement of this store's database, prepared once (the EIDO relay writes its tables with it too). */
  sql(text: string): Database.Statement {
    let stmt = this.statements.get(text);
    if (stmt === undefined) {
      stmt = this.db.prepare(text);
      this.statements.set(text, stmt);
    }
    return stmt;
  }

  private savePosition(): void {
    const p = this.position;
    this.sql(
      "INSERT OR REPLACE INTO position (stream, last_seq, last_input_seq, last_event_at) VALUES (?, ?, ?, ?)",
    ).run(this.s.eventStream, p.lastSeq, p.lastInputSeq, p.lastEventAt);
  }
}

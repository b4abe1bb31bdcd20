import { createHash } from "node:crypto";
import { existsSync, renameSync } from "node:fs";
import Database from "better-sqlite3";
import { READABLE_STATE_FORMATS, STATE_FORMAT_VERSION, type EngineState } from "../../engine/index.ts";
import { decodeState, encodeState } from "./encoding.ts";

/**
 * Version of the snapshot encoding: a 4-byte length, a v8-serialised state of STATE_FORMAT_VERSION
 * with its position (agency, last input applied), in which id lists are joined strings and each
 * archived text chunk is replaced by where its compressed bytes are, then those bytes (brotli
 * blocks). See encoding.ts. The checksum covers the header and the data together (snapshotChecksum).
 * Version 4: the position in the data and the header under the checksum; older ones are refused.
 */
export const SNAPSHOT_FORMAT_VERSION = 4;
const KEEP_DEFAULT = 3;

export interface SnapshotHeader {
  readonly id: number;
  readonly formatVersion: number;
  readonly stateFormat: number;
  readonly engineVersion: string;
  readonly agency: string;
  /** The last input of the log the state has applied; recovery replays from the next one. */
  readonly lastInputSeq: number;
  /** The engine's time in the state. */
  readonly stateNow: number;
  /** Wall-clock time it was written (for people; recovery never uses it). */
  readonly createdAt: number;
  readonly byteLength: number;
  /** sha256 of the header's other fields and the encoded state together, hex (snapshotChecksum). */
  readonly checksum: string;
}

export type Verdict = { ok: true } | { ok: false; problem: string };

export class SnapshotError extends Error {
  override readonly name = "SnapshotError";
}

interface Row {
  id: number;
  format_version: number;
  state_format: number;
  engine_version: string;
  agency: string;
  last_input_seq: number;
  state_now: number;
  created_at: number;
  byte_length: number;
  checksum: string;
}

/**
 * Engine snapshots in a SQLite file: each row a whole state with a header (format and engine
 * versions, agency, the last input sequence it includes, a checksum); the newest few are kept.
 * Rollback-journal mode, not WAL, so the file alone is the database.
 */
export class SnapshotStore {
  /** Watermark writes failed in a row (a disk fault), and when the next may be tried. */
  private markFailures = 0;
  private markRetryAt = 0;

  private constructor(
    private readonly db: Database.Database,
    readonly path: string,
    private readonly keep: number,
  ) {}

  /**
   * `busyTimeoutMs`: how long a statement waits for the other thread's write. The serving
   * engine opens with 0, so it never waits: a busy write is skipped and tried again later.
   */
  static open(path: string, opts: { keep?: number; busyTimeoutMs?: number } = {}): SnapshotStore {
    const db = new Database(path);
    try {
      return SnapshotStore.prepare(db, path, opts);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /**
   * Opens the store as `open` does, but a file that is not a SQLite database, or whose tables are
   * damaged, is set aside (renamed `<name>.corrupt-<time>`, with its journal) in one log line and a
   * fresh store is opened in its place: the engine then recovers from the log alone. Other errors
   * (a disk fault) are thrown as by `open`.
   */
  static openOrSetAside(
    path: string,
    log: (line: string) => void,
    opts: { keep?: number; busyTimeoutMs?: number } = {},
  ): SnapshotStore {
    try {
      return SnapshotStore.open(path, opts);
    } catch (error) {
      if (!isUnreadableFile(error)) throw error;
      const aside = `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      renameSync(path, aside);
      if (existsSync(`${path}-journal`)) renameSync(`${path}-journal`, `${aside}-journal`);
      log(
        `snapshot file ${path} is unreadable (${(error as Error).message}): set aside as ${aside}; starting a new one and recovering from the log`,
      );
      return SnapshotStore.open(path, opts);
    }
  }

  private static prepare(
    db: Database.Database,
    path: string,
    opts: { keep?: number; busyTimeoutMs?: number },
  ): SnapshotStore {
    // Large pages: a snapshot is one big blob, read in far fewer overflow pages (a new file only).
    db.pragma("page_size = 65536");
    db.pragma("journal_mode = DELETE");
    db.pragma("synchronous = FULL");
    // The serving engine and its standby write the same file from two threads.
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(opts.busyTimeoutMs ?? 10_000))}`);
    db.exec(`CREATE TABLE IF NOT EXISTS snapshots (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      format_version INTEGER NOT NULL,
      state_format INTEGER NOT NULL,
      engine_version TEXT NOT NULL,
      agency TEXT NOT NULL,
      last_input_seq INTEGER NOT NULL,
      state_now INTEGER NOT NULL,
      created_at INTEGER NOT NULL,
      byte_length INTEGER NOT NULL,
      checksum TEXT NOT NULL,
      data BLOB NOT NULL)`);
    db.exec(
      "CREATE TABLE IF NOT EXISTS watermarks (agency TEXT PRIMARY KEY, input_seq INTEGER NOT NULL, updated_at INTEGER NOT NULL)",
    );
    // Reads every table page (not the snapshots' data, which each checksum covers): damaged
    // tables are found now, not by the first recovery or write.
    db.prepare(`SELECT ${HEADER} FROM snapshots`).all();
    db.prepare("SELECT * FROM watermarks").all();
    return new SnapshotStore(db, path, opts.keep ?? KEEP_DEFAULT);
  }

  /** Encodes the state (the caller holds the engine still meanwhile) and stores it, keeping the newest few. */
  write(
    agency: string,
    engineVersion: string,
    lastInputSeq: number,
    state: EngineState,
    createdAt: number,
  ): SnapshotHeader {
    const data = encodeState(state, { agency, lastInputSeq });
    const fields = {
      formatVersion: SNAPSHOT_FORMAT_VERSION,
      stateFormat: STATE_FORMAT_VERSION,
      engineVersion,
      agency,
      lastInputSeq,
      stateNow: state.now,
      createdAt,
      byteLength: data.length,
    };
    const checksum = snapshotChecksum(fields, data);
    const insert = this.db
      .prepare(`INSERT INTO snapshots (format_version, state_format, engine_version, agency, last_input_seq, state_now, created_at, byte_length, checksum, data)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    // Keep the newest few, and always the newest at or before the publication watermark:
    // recovery may start only from there, however far the standby has run ahead.
    const prune = this.db.prepare(
      `DELETE FROM snapshots WHERE agency = @agency
         AND id NOT IN (SELECT id FROM snapshots WHERE agency = @agency ORDER BY id DESC LIMIT @keep)
         AND id IS NOT (SELECT id FROM snapshots WHERE agency = @agency
                          AND last_input_seq <= (SELECT input_seq FROM watermarks WHERE agency = @agency)
                        ORDER BY id DESC LIMIT 1)`,
    );
    const id = this.db.transaction(() => {
      const result = insert.run(
        SNAPSHOT_FORMAT_VERSION,
        STATE_FORMAT_VERSION,
        engineVersion,
        agency,
        lastInputSeq,
        state.now,
        createdAt,
        data.length,
        checksum,
        data,
      );
      prune.run({ agency, keep: this.keep });
      return Number(result.lastInsertRowid);
    })();
    return { id, ...fields, checksum };
  }

  /**
   * Records that every output of the agency's inputs up to `inputSeq` is stored in the event
   * stream. Recovery starts from a snapshot at or before it, so no output is ever skipped. False
   * when nothing was recorded: the file is busy, or a write failed less than a backoff ago (1 s,
   * doubling to 60 s); the write that fails throws SnapshotError saying when it is tried next.
   */
  markPublished(agency: string, inputSeq: number, at: number): boolean {
    // After a fault, calls return false (nothing recorded) until the backoff is over: the caller,
    // which tries after every flush, then reports the fault once per try, not hundreds a second.
    if (at < this.markRetryAt) return false;
    try {
      this.db
        .prepare(
          "INSERT INTO watermarks (agency, input_seq, updated_at) VALUES (?, ?, ?) ON CONFLICT(agency) DO UPDATE SET input_seq = MAX(input_seq, excluded.input_seq), updated_at = excluded.updated_at",
        )
        .run(agency, inputSeq, at);
      this.markFailures = 0;
      this.markRetryAt = 0;
      return true;
    } catch (error) {
      // The standby holds the file for a snapshot: the watermark can wait for the next chance.
      if ((error as { code?: string }).code === "SQLITE_BUSY") return false;
      this.markFailures++;
      const waitMs = Math.min(60_000, 1000 * 2 ** (this.markFailures - 1));
      this.markRetryAt = at + waitMs;
      throw new SnapshotError(
        `${(error as Error).message} (failure ${this.markFailures} in a row, next try in ${waitMs / 1000} s)`,
        { cause: error },
      );
    }
  }

  publishedUpTo(agency: string): number {
    const row = this.db.prepare("SELECT input_seq FROM watermarks WHERE agency = ?").get(agency) as
      { input_seq: number } | undefined;
    return row?.input_seq ?? 0;
  }

  /** Headers, newest first. */
  list(agency?: string): SnapshotHeader[] {
    const rows = (
      agency === undefined
        ? this.db.prepare(`SELECT ${HEADER} FROM snapshots ORDER BY id DESC`).all()
        : this.db.prepare(`SELECT ${HEADER} FROM snapshots WHERE agency = ? ORDER BY id DESC`).all(agency)
    ) as Row[];
    return rows.map(header);
  }

  /** Checks one snapshot fully: its bytes against length and checksum, then that they decode to a valid state. */
  verify(id: number): Verdict {
    try {
      const { state } = this.read(id);
      // Decodes every archived incident and call too: a full check, where a restore decodes them lazily.
      for (const [id, incident] of state.incidents)
        if (incident?.id !== id) throw new Error(`incident ${id} decodes as ${String(incident?.id)}`);
      for (const [id, call] of state.calls)
        if (call?.id !== id) throw new Error(`call ${id} decodes as ${String(call?.id)}`);
      return { ok: true };
    } catch (error) {
      return { ok: false, problem: (error as Error).message };
    }
  }

  /**
   * Reads and decodes one snapshot; throws SnapshotError saying what is wrong. The checksum covers
   * the header with the data, and the position written in the data must be the header's: a header
   * that names another input than its state's is refused, never restored.
   */
  read(id: number): { header: SnapshotHeader; state: EngineState } {
    const row = this.db.prepare(`SELECT ${HEADER}, data FROM snapshots WHERE id = ?`).get(id) as
      (Row & { data: Buffer }) | undefined;
    if (row === undefined) throw new SnapshotError(`snapshot ${id} does not exist`);
    const h = header(row);
    if (h.formatVersion !== SNAPSHOT_FORMAT_VERSION)
      throw new SnapshotError(
        `snapshot ${id}: format ${h.formatVersion}, this engine reads ${SNAPSHOT_FORMAT_VERSION}`,
      );
    if (!READABLE_STATE_FORMATS.includes(h.stateFormat))
      throw new SnapshotError(
        `snapshot ${id}: state format ${h.stateFormat}, this engine reads ${READABLE_STATE_FORMATS.join(", ")}`,
      );
    if (row.data.length !== h.byteLength)
      throw new SnapshotError(
        `snapshot ${id}: ${row.data.length} bytes where the header says ${h.byteLength} (truncated?)`,
      );
    const actual = snapshotChecksum(h, row.data);
    if (actual !== h.checksum)
      throw new SnapshotError(
        `snapshot ${id}: checksum ${actual.slice(0, 12)}... of header and data does not match the recorded ${h.checksum.slice(0, 12)}...`,
      );
    let decoded: ReturnType<typeof decodeState>;
    try {
      decoded = decodeState(row.data);
    } catch (cause) {
      throw new SnapshotError(`snapshot ${id}: does not decode: ${(cause as Error).message}`, { cause });
    }
    const { position, state } = decoded;
    if (position.agency !== h.agency || position.lastInputSeq !== h.lastInputSeq || state.now !== h.stateNow)
      throw new SnapshotError(
        `snapshot ${id}: the header says ${h.agency} input ${h.lastInputSeq} at ${h.stateNow} but the data is the state of ${position.agency} after input ${position.lastInputSeq} at ${state.now}`,
      );
    return { header: h, state };
  }

  /**
   * The newest snapshot of the agency that reads back whole; each one that does not is reported
   * in one log line and skipped for the one before. Null when none is usable (replay everything).
   */
  latestValid(
    agency: string,
    log: (line: string) => void = () => undefined,
    atMostInputSeq = Infinity,
  ): { header: SnapshotHeader; state: EngineState } | null {
    for (const h of this.list(agency)) {
      if (h.lastInputSeq > atMostInputSeq) continue;
      try {
        return this.read(h.id);
      } catch (error) {
        log(`snapshot ${h.id} (input ${h.lastInputSeq}) skipped: ${(error as Error).message}`);
      }
    }
    return null;
  }

  close(): void {
    this.db.close();
  }
}

const HEADER =
  "id, format_version, state_format, engine_version, agency, last_input_seq, state_now, created_at, byte_length, checksum";

function header(r: Row): SnapshotHeader {
  return {
    id: r.id,
    formatVersion: r.format_version,
    stateFormat: r.state_format,
    engineVersion: r.engine_version,
    agency: r.agency,
    lastInputSeq: r.last_input_seq,
    stateNow: r.state_now,
    createdAt: r.created_at,
    byteLength: r.byte_length,
    checksum: r.checksum,
  };
}

/** SQLite's word for a file that is not a database, or whose pages do not hold together. */
export function isUnreadableFile(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && (code === "SQLITE_NOTADB" || code.startsWith("SQLITE_CORRUPT"));
}

/**
 * sha256 (hex) of a snapshot's header fields, as one line of JSON in a fixed order, followed by its
 * data: changing either one, or pairing a header with another snapshot's data, changes it.
 */
export function snapshotChecksum(h: Omit<SnapshotHeader, "id" | "checksum">, data: Buffer): string {
  const fields = [
    h.formatVersion,
    h.stateFormat,
    h.engineVersion,
    h.agency,
    h.lastInputSeq,
    h.stateNow,
    h.createdAt,
    h.byteLength,
  ];
  return createHash("sha256")
    .update(`${JSON.stringify(fields)}\n`)
    .update(data)
    .digest("hex");
}

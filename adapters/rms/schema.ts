import Database from "better-sqlite3";

/**
 * Version of the records schema; a database of another version is refused with a clear message,
 * but for the older versions a writable open upgrades in place (MIGRATIONS).
 */
export const RMS_SCHEMA_VERSION = 3;

export class RmsDatabaseError extends Error {
  override readonly name = "RmsDatabaseError";
}

/**
 * The console's audit records (stream CAD_AUDIT_<A>), one row per stream sequence. `at` is the
 * gateway's clock, `stored_at` the server's (when JetStream stored it). A message that is not a
 * valid audit record is kept as action 'invalid' with `detail` {"length", "reason"}: never its
 * text, which may hold anything.
 */
const AUDIT_DDL = `
CREATE TABLE IF NOT EXISTS audit (
  seq INTEGER PRIMARY KEY, subject TEXT NOT NULL, stored_at INTEGER NOT NULL, at INTEGER, agency TEXT,
  action TEXT NOT NULL, operator TEXT, role TEXT, client TEXT, detail TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS audit_operator ON audit (operator);
CREATE INDEX IF NOT EXISTS audit_action ON audit (action);
`;

/**
 * How a database of an older schema becomes the current one: the step from version v to v + 1
 * is MIGRATIONS[v], run with the version bump in one transaction when the database is opened
 * for writing (the consumer's start), before DDL creates what is still missing.
 */
const MIGRATIONS: Readonly<Record<number, string>> = {
  // 1 -> 2 (issue 15): the audit table.
  1: AUDIT_DDL,
  // 2 -> 3 (issue 15): timeline rows name the operator (console user) whose input wrote them.
  2: "ALTER TABLE timeline ADD COLUMN operator TEXT",
};

/**
 * The records database. Times are epoch milliseconds (the engine's instants), coordinates
 * WGS84 degrees. Rows written from one event are keyed by the output that carried it
 * (`input_seq`, `idx`), entities by their own ids; nothing has a foreign key, so an event
 * that names something unknown is recorded (see `issues`) instead of failing the batch.
 */
const DDL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- Where the consumer is: the last event-stream sequence applied, written in the same transaction as the rows.
CREATE TABLE IF NOT EXISTS position (
  stream TEXT PRIMARY KEY, last_seq INTEGER NOT NULL, last_input_seq INTEGER NOT NULL, last_event_at INTEGER);
-- Every output applied, by its identity: a repeat of one (even at another stream sequence) changes nothing.
CREATE TABLE IF NOT EXISTS journal (
  input_seq INTEGER NOT NULL, idx INTEGER NOT NULL, stream_seq INTEGER NOT NULL, type TEXT NOT NULL,
  at INTEGER NOT NULL, PRIMARY KEY (input_seq, idx)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS incidents (
  id TEXT PRIMARY KEY, call_type TEXT NOT NULL, priority INTEGER NOT NULL, initial_priority INTEGER NOT NULL,
  status TEXT NOT NULL, lon REAL NOT NULL, lat REAL NOT NULL, address TEXT NOT NULL, zone TEXT,
  received_at INTEGER NOT NULL, answered_at INTEGER, created_at INTEGER NOT NULL,
  first_dispatched_at INTEGER, first_en_route_at INTEGER, first_on_scene_at INTEGER,
  cleared_at INTEGER, closed_at INTEGER, disposition TEXT, merged_into TEXT, split_from TEXT,
  updated_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS calls (
  id TEXT PRIMARY KEY, incident_id TEXT, received_at INTEGER NOT NULL, answered_at INTEGER,
  lon REAL NOT NULL, lat REAL NOT NULL, address TEXT NOT NULL, call_type TEXT NOT NULL,
  requested_call_type TEXT, caller_number TEXT NOT NULL, flags TEXT NOT NULL, description TEXT NOT NULL,
  logged_at INTEGER NOT NULL, attached_at INTEGER);
CREATE INDEX IF NOT EXISTS calls_incident ON calls (incident_id);
CREATE TABLE IF NOT EXISTS call_attachments (
  input_seq INTEGER NOT NULL, idx INTEGER NOT NULL, call_id TEXT NOT NULL, incident_id TEXT NOT NULL,
  reason TEXT NOT NULL, from_incident_id TEXT, distance_m REAL NOT NULL, at INTEGER NOT NULL,
  PRIMARY KEY (input_seq, idx));
CREATE TABLE IF NOT EXISTS units (
  id TEXT PRIMARY KEY, unit_type TEXT NOT NULL, agency TEXT NOT NULL, capabilities TEXT NOT NULL,
  station_id TEXT, station_lon REAL, station_lat REAL, crew INTEGER NOT NULL, status TEXT NOT NULL,
  status_since INTEGER NOT NULL, incident_id TEXT, lon REAL, lat REAL, fix_at INTEGER,
  added_at INTEGER NOT NULL, retired_at INTEGER);
-- One row per dispatch of a unit; it follows the unit into the incident a merge moves it to.
CREATE TABLE IF NOT EXISTS assignments (
  id TEXT PRIMARY KEY, unit_id TEXT NOT NULL, unit_type TEXT NOT NULL, unit_agency TEXT NOT NULL,
  incident_id TEXT NOT NULL, dispatched_incident_id TEXT NOT NULL, dispatched_at INTEGER NOT NULL,
  en_route_at INTEGER, on_scene_at INTEGER, transporting_at INTEGER, at_hospital_at INTEGER,
  released_at INTEGER, release_reason TEXT, moved_at INTEGER);
CREATE INDEX IF NOT EXISTS assignments_incident ON assignments (incident_id);
CREATE INDEX IF NOT EXISTS assignments_open ON assignments (unit_id) WHERE released_at IS NULL;
CREATE TABLE IF NOT EXISTS unit_status (
  input_seq INTEGER NOT NULL, idx INTEGER NOT NULL, unit_id TEXT NOT NULL, at INTEGER NOT NULL,
  from_status TEXT NOT NULL, to_status TEXT NOT NULL, reported TEXT NOT NULL, incident_id TEXT,
  PRIMARY KEY (input_seq, idx));
CREATE TABLE IF NOT EXISTS incident_status (
  input_seq INTEGER NOT NULL, idx INTEGER NOT NULL, incident_id TEXT NOT NULL, at INTEGER NOT NULL,
  from_status TEXT NOT NULL, to_status TEXT NOT NULL, reason TEXT NOT NULL, disposition TEXT,
  PRIMARY KEY (input_seq, idx));
CREATE INDEX IF NOT EXISTS incident_status_incident ON incident_status (incident_id);
CREATE TABLE IF NOT EXISTS priority_changes (
  input_seq INTEGER NOT NULL, idx INTEGER NOT NULL, incident_id TEXT NOT NULL, at INTEGER NOT NULL,
  from_priority INTEGER NOT NULL, to_priority INTEGER NOT NULL, reason TEXT NOT NULL, note TEXT NOT NULL,
  PRIMARY KEY (input_seq, idx));
CREATE TABLE IF NOT EXISTS dispositions (
  input_seq INTEGER NOT NULL, idx INTEGER NOT NULL, incident_id TEXT NOT NULL, at INTEGER NOT NULL,
  disposition TEXT NOT NULL, PRIMARY KEY (input_seq, idx));
CREATE TABLE IF NOT EXISTS notes (
  input_seq INTEGER NOT NULL, idx INTEGER NOT NULL, incident_id TEXT NOT NULL, at INTEGER NOT NULL,
  author TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY (input_seq, idx));
CREATE INDEX IF NOT EXISTS notes_incident ON notes (incident_id);
CREATE TABLE IF NOT EXISTS merges (
  input_seq INTEGER NOT NULL, idx INTEGER NOT NULL, incident_id TEXT NOT NULL, into_incident_id TEXT NOT NULL,
  at INTEGER NOT NULL, call_ids TEXT NOT NULL, unit_ids TEXT NOT NULL, PRIMARY KEY (input_seq, idx));
CREATE TABLE IF NOT EXISTS links (
  input_seq INTEGER NOT NULL, idx INTEGER NOT NULL, incident_id TEXT NOT NULL, other_incident_id TEXT NOT NULL,
  at INTEGER NOT NULL, PRIMARY KEY (input_seq, idx));
-- The incident's history in the engine's own words (the lines consoles show), and the operator
-- (console user) whose input wrote each line: NULL for machines' inputs (AVL, terminals, clock).
CREATE TABLE IF NOT EXISTS timeline (
  input_seq INTEGER NOT NULL, idx INTEGER NOT NULL, n INTEGER NOT NULL, incident_id TEXT NOT NULL,
  at INTEGER NOT NULL, text TEXT NOT NULL, operator TEXT, PRIMARY KEY (input_seq, idx, n));
CREATE INDEX IF NOT EXISTS timeline_incident ON timeline (incident_id);
CREATE TABLE IF NOT EXISTS recommendations (
  input_seq INTEGER NOT NULL, idx INTEGER NOT NULL, incident_id TEXT NOT NULL, at INTEGER NOT NULL,
  complete INTEGER NOT NULL, units TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (input_seq, idx));
CREATE TABLE IF NOT EXISTS alerts (
  input_seq INTEGER NOT NULL, idx INTEGER NOT NULL, kind TEXT NOT NULL, incident_id TEXT, unit_id TEXT,
  at INTEGER NOT NULL, detail TEXT NOT NULL, PRIMARY KEY (input_seq, idx));
CREATE TABLE IF NOT EXISTS rejections (
  input_seq INTEGER PRIMARY KEY, input_id TEXT NOT NULL, at INTEGER NOT NULL, input_kind TEXT NOT NULL,
  code TEXT NOT NULL, reason TEXT NOT NULL, field TEXT);
-- Response intervals, derived from the rows above and rewritten whenever an incident changes.
CREATE TABLE IF NOT EXISTS intervals (
  kind TEXT NOT NULL, subject_id TEXT NOT NULL, incident_id TEXT NOT NULL, unit_id TEXT, unit_type TEXT,
  start_at INTEGER NOT NULL, end_at INTEGER NOT NULL, seconds REAL NOT NULL, first_of_type INTEGER NOT NULL,
  PRIMARY KEY (kind, subject_id));
CREATE INDEX IF NOT EXISTS intervals_incident ON intervals (incident_id);
-- What the consumer could not apply as it was: undecodable messages, unknown references, gaps.
CREATE TABLE IF NOT EXISTS issues (
  stream_seq INTEGER NOT NULL, n INTEGER NOT NULL, kind TEXT NOT NULL, detail TEXT NOT NULL,
  PRIMARY KEY (stream_seq, n));
-- The processes that ran the consumer (not part of the record: left out of the canonical dump).
CREATE TABLE IF NOT EXISTS runs (
  pid INTEGER NOT NULL, host TEXT NOT NULL, started_at INTEGER NOT NULL, heartbeat_at INTEGER NOT NULL,
  stopped_at INTEGER, applied INTEGER NOT NULL, duplicates INTEGER NOT NULL, redelivered INTEGER NOT NULL,
  resyncs INTEGER NOT NULL);
${AUDIT_DDL}`;

/** Tables left out of the canonical dump: facts about the consumer's processes, not the record. */
export const VOLATILE_TABLES: ReadonlySet<string> = new Set(["runs"]);

export interface OpenOptions {
  readonly readonly?: boolean;
  /** The agency whose events this database records; a database of another agency is refused. */
  readonly agency?: string;
}

/**
 * Opens (creating if needed) a records database. WAL, so reports and exports read while the
 * consumer writes; synchronous FULL, because a committed batch is acknowledged to JetStream
 * and must survive a power cut as well as a crash.
 */
export function openRmsDatabase(path: string, opts: OpenOptions = {}): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: opts.readonly === true, fileMustExist: opts.readonly === true });
  } catch (error) {
    throw new RmsDatabaseError(`cannot open the records database ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  db.pragma("busy_timeout = 10000");
  if (opts.readonly === true) {
    checkVersion(db, path);
    return db;
  }
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  const version = storedVersion(db);
  if (version === undefined) {
    db.exec(DDL);
    db.prepare("INSERT INTO meta (key, value) VALUES ('schema_version', ?)").run(String(RMS_SCHEMA_VERSION));
  } else {
    migrate(db, path, version);
    db.exec(DDL);
  }
  if (opts.agency !== undefined) {
    const agency = db.prepare("SELECT value FROM meta WHERE key = 'agency'").pluck().get() as
      string | undefined;
    if (agency === undefined)
      db.prepare("INSERT INTO meta (key, value) VALUES ('agency', ?)").run(opts.agency);
    else if (agency !== opts.agency) {
      db.close();
      throw new RmsDatabaseError(`${path} records agency "${agency}", not "${opts.agency}"`);
    }
  }
  return db;
}

/** The schema version a database records; undefined for a new (empty) one. */
function storedVersion(db: Database.Database): string | undefined {
  const meta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
  if (meta === undefined) return undefined;
  return db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get() as
    string | undefined;
}

/** Brings a database of an older schema to the current one, in one transaction; refuses a newer or unknown one. */
function migrate(db: Database.Database, path: string, version: string): void {
  const from = Number(version);
  if (!Number.isInteger(from) || from < 1 || from > RMS_SCHEMA_VERSION) {
    db.close();
    throw new RmsDatabaseError(
      `${path} has records schema ${version}; this cad reads schema ${RMS_SCHEMA_VERSION}`,
    );
  }
  if (from === RMS_SCHEMA_VERSION) return;
  db.transaction(() => {
    for (let v = from; v < RMS_SCHEMA_VERSION; v++) {
      const step = MIGRATIONS[v];
      if (step === undefined) throw new RmsDatabaseError(`no migration from records schema ${v}`);
      db.exec(step);
    }
    db.prepare("UPDATE meta SET value = ? WHERE key = 'schema_version'").run(String(RMS_SCHEMA_VERSION));
  })();
}

function checkVersion(db: Database.Database, path: string): void {
  let version: unknown;
  try {
    version = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get();
  } catch (error) {
    db.close();
    throw new RmsDatabaseError(`${path} is not a records database: ${(error as Error).message}`);
  }
  if (version !== String(RMS_SCHEMA_VERSION)) {
    db.close();
    const older = Number(version) < RMS_SCHEMA_VERSION;
    throw new RmsDatabaseError(
      `${path} has records schema ${String(version)}; this cad reads schema ${RMS_SCHEMA_VERSION}` +
        (older ? " (cad rms run migrates it when it starts)" : ""),
    );
  }
}

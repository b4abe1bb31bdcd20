import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import {
  AuditStore,
  openRmsDatabase,
  readAuditRecord,
  RMS_SCHEMA_VERSION,
  type AuditMessage,
} from "../../adapters/rms/index.ts";
import { auditRecord, encodeAudit } from "./support/audit.ts";
import { tempDir } from "./support/db.ts";

const AGENCY = "aud";
const subject = (action: string) => `cad.${AGENCY}.audit.${action}`;
const read = (action: string, body: unknown) => readAuditRecord(subject(action), encodeAudit(body), AGENCY);

describe("reading audit records", () => {
  it("accepts the contract's record for every action", () => {
    const records = [
      auditRecord("login", { operator: "alice" }),
      auditRecord("login-failed", { operator: "not a user name!", role: null, detail: {} }),
      auditRecord("logout"),
      auditRecord("session-expired"),
      auditRecord("locked", { role: null }),
      // A lockout names the name that was tried, as its failures did: no user need have it.
      auditRecord("locked", {
        operator: "not a user name!",
        role: null,
        detail: { failures: 5, minutes: 10 },
      }),
      auditRecord("query", { detail: { name: "incident", params: { id: "INC-000001" } } }),
      auditRecord("command"),
      auditRecord("command", {
        detail: {
          kind: "CloseIncident",
          subject: "cad.aud.in.cmd.close",
          msgId: "m2",
          ok: false,
          code: "NOT_FOUND",
        },
      }),
    ];
    for (const r of records) expect(read(r.action, r), r.action).toEqual({ ok: true, entry: r });
  });

  it.each([
    ["a body that is not JSON", "command", "hello Mrs Smith, 12 Elm St", "not JSON"],
    ["a JSON array", "command", [1], "not a JSON object"],
    ["another version", "login", auditRecord("login", { v: 2 }), "field v: must be 1"],
    ["a time that is not epoch ms", "login", auditRecord("login", { at: "06:00" }), "field at"],
    ["another agency", "login", auditRecord("login", { agency: "other" }), 'field agency: must be "aud"'],
    ["an action other than the subject's", "logout", auditRecord("login"), "the subject's action"],
    ["an unknown action", "reboot", auditRecord("login"), "is not cad.aud.audit.<action>"],
    [
      "an operator name the engine refuses",
      "login",
      auditRecord("login", { operator: "a b" }),
      "field operator",
    ],
    ["an unknown role", "login", auditRecord("login", { role: "root" }), "field role"],
    ["no client", "login", auditRecord("login", { client: "" }), "field client"],
    ["an extra top-level field", "login", { ...auditRecord("login"), note: "x" }, 'unknown field "note"'],
    [
      "free text in a command's detail",
      "command",
      auditRecord("command", {
        detail: { kind: "AddNote", subject: "s", msgId: "m", ok: true, text: "patient is ..." },
      }),
      '"text" is not a command audit field',
    ],
    [
      "a command detail without its message id",
      "command",
      auditRecord("command", { detail: { kind: "AddNote", subject: "s", ok: true } }),
      "msgId is missing",
    ],
    ["a query without params", "query", auditRecord("query", { detail: { name: "state" } }), "params"],
  ])("refuses %s, naming why", (_what, action, body, reason) => {
    const result = read(action, body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it("keeps neither the text of a body that is not JSON nor a byte sequence that is not UTF-8", () => {
    const notJson = read("command", "call from 555-0100 about Mrs Smith");
    expect(notJson).toEqual({ ok: false, reason: "not JSON" });
    const bytes = readAuditRecord(subject("command"), new Uint8Array([0x7b, 0xff, 0x7d]), AGENCY);
    expect(bytes).toEqual({ ok: false, reason: "not UTF-8" });
  });
});

describe("the audit table", () => {
  const message = (seq: number, action: string, body: unknown): AuditMessage => ({
    seq,
    subject: subject(action),
    data: encodeAudit(body),
    storedAt: 1_790_000_000_000 + seq,
  });

  it("stores each stream sequence once, an invalid message as an invalid row with its length and reason", () => {
    const db = openRmsDatabase(join(tempDir(), "records.sqlite"), { agency: AGENCY });
    const store = new AuditStore(db, AGENCY);
    const junk = "not json at all";
    const batch = [
      message(1, "login", auditRecord("login")),
      message(2, "command", junk),
      message(3, "command", auditRecord("command")),
    ];
    const first = store.applyBatch(batch);
    expect(first).toMatchObject({ applied: 3, duplicates: 0, gap: null });
    expect(first.invalid).toEqual([
      { seq: 2, subject: subject("command"), length: junk.length, reason: "not JSON" },
    ]);
    expect(store.applyBatch(batch)).toMatchObject({ applied: 0, duplicates: 3, invalid: [], gap: null });
    expect(store.applyBatch([message(5, "logout", auditRecord("logout"))]).gap).toEqual({
      expected: 4,
      got: 5,
    });
    const rows = db.prepare("SELECT seq, action, operator, detail FROM audit ORDER BY seq").all();
    expect(rows).toEqual([
      { seq: 1, action: "login", operator: "alice", detail: "{}" },
      {
        seq: 2,
        action: "invalid",
        operator: null,
        detail: JSON.stringify({ length: junk.length, reason: "not JSON" }),
      },
      { seq: 3, action: "command", operator: "alice", detail: JSON.stringify(auditRecord("command").detail) },
    ]);
    // The position survives a reopen: a redelivery after a restart is still a duplicate.
    expect(new AuditStore(db, AGENCY).applyBatch(batch).duplicates).toBe(3);
    db.close();
  });

  it("migrates a schema 1 database when the consumer opens it, keeping what it held; read-only opens say how", () => {
    const path = join(tempDir(), "old.sqlite");
    const db = openRmsDatabase(path, { agency: AGENCY });
    db.prepare(
      "INSERT INTO position (stream, last_seq, last_input_seq) VALUES ('CAD_EVT_AUD', 42, 40)",
    ).run();
    // What a schema 1 database is: no audit table, no timeline operator.
    db.exec(
      "DROP TABLE audit; ALTER TABLE timeline DROP COLUMN operator; UPDATE meta SET value = '1' WHERE key = 'schema_version'",
    );
    db.close();

    expect(() => openRmsDatabase(path, { readonly: true })).toThrow(
      /has records schema 1; this cad reads schema 3 \(cad rms run migrates it/,
    );
    openRmsDatabase(path, { agency: AGENCY }).close();
    const after = new Database(path, { readonly: true });
    expect(after.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get()).toBe(
      String(RMS_SCHEMA_VERSION),
    );
    expect(after.prepare("SELECT count(*) FROM audit").pluck().get()).toBe(0);
    expect(after.prepare("SELECT last_seq FROM position WHERE stream = 'CAD_EVT_AUD'").pluck().get()).toBe(
      42,
    );
    after.close();
    openRmsDatabase(path, { readonly: true }).close();
  });

  it("refuses a database of a newer schema", () => {
    const path = join(tempDir(), "new.sqlite");
    const db = openRmsDatabase(path, { agency: AGENCY });
    db.exec("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
    db.close();
    expect(() => openRmsDatabase(path, { agency: AGENCY })).toThrow(
      /has records schema 99; this cad reads schema 3/,
    );
  });
});

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { SnapshotStore, snapshotChecksum } from "../../adapters/sqlite/store.ts";
import { serialiseState } from "../../engine/index.ts";
import { Scenario, call, near, unit } from "../support/scenario.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Two snapshots, after input 15 and after input 20, and the state of each. */
function twoSnapshots() {
  const dir = mkdtempSync(join(tmpdir(), "cad-header-"));
  dirs.push(dir);
  const path = join(dir, "snapshots.sqlite");
  const store = SnapshotStore.open(path);
  const s = new Scenario().given(unit("E1", "engine"), call("C1", "AFAR", near(0, 0)));
  store.write("demo", "0.1.0", 15, s.state, 1);
  const at15 = JSON.stringify(serialiseState(s.state));
  s.given(call("C2", "AID", near(3000, 0)), { kind: "DispatchUnit", incidentId: "INC-000002", unitId: "E1" });
  store.write("demo", "0.1.0", 20, s.state, 2);
  store.close();
  return { path, at15 };
}

type RawRow = {
  id: number;
  last_input_seq: number;
  state_now: number;
  byte_length: number;
  checksum: string;
  data: Buffer;
};
const rows = (raw: Database.Database) => raw.prepare("SELECT * FROM snapshots ORDER BY id").all() as RawRow[];

describe("given a snapshot whose header names input 20 but whose data is the state after input 15", () => {
  it("when its data and checksum were copied from the older snapshot, then the checksum, which covers the header, refuses it: verify fails and recovery falls back", () => {
    const { path, at15 } = twoSnapshots();
    const raw = new Database(path);
    const [older, newer] = rows(raw) as [RawRow, RawRow];
    raw
      .prepare("UPDATE snapshots SET data = ?, checksum = ?, byte_length = ?, state_now = ? WHERE id = ?")
      .run(older.data, older.checksum, older.byte_length, older.state_now, newer.id);
    raw.close();

    const store = SnapshotStore.open(path);
    const verdict = store.verify(newer.id);
    expect(verdict.ok ? "ok" : verdict.problem).toMatch(/checksum .* of header and data/);
    const lines: string[] = [];
    const latest = store.latestValid("demo", (l) => lines.push(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/snapshot 2 \(input 20\) skipped/);
    expect(latest?.header.lastInputSeq).toBe(15);
    expect(JSON.stringify(serialiseState(latest!.state))).toBe(at15);
    store.close();
  });

  it("when even its checksum was recomputed over the lying header, then the position written in the data refuses it", () => {
    const { path } = twoSnapshots();
    const raw = new Database(path);
    const [older, newer] = rows(raw) as [RawRow, RawRow];
    const store0 = SnapshotStore.open(path);
    const lying = { ...store0.list("demo").find((h) => h.id === newer.id)!, stateNow: older.state_now };
    store0.close();
    const checksum = snapshotChecksum({ ...lying, byteLength: older.data.length }, older.data);
    raw
      .prepare("UPDATE snapshots SET data = ?, checksum = ?, byte_length = ?, state_now = ? WHERE id = ?")
      .run(older.data, checksum, older.data.length, older.state_now, newer.id);
    raw.close();

    const store = SnapshotStore.open(path);
    const verdict = store.verify(newer.id);
    expect(verdict.ok ? "ok" : verdict.problem).toMatch(
      /the header says demo input 20 .* but the data is the state of demo after input 15/,
    );
    const lines: string[] = [];
    expect(store.latestValid("demo", (l) => lines.push(l))?.header.lastInputSeq).toBe(15);
    expect(lines).toHaveLength(1);
    store.close();
  });

  it("when only its header's input was edited, then the checksum refuses it", () => {
    const { path } = twoSnapshots();
    const raw = new Database(path);
    raw.prepare("UPDATE snapshots SET last_input_seq = 20000 WHERE id = 1").run();
    raw.close();
    const store = SnapshotStore.open(path);
    const verdict = store.verify(1);
    expect(verdict.ok ? "ok" : verdict.problem).toMatch(/checksum/);
    store.close();
  });
});

describe("given a snapshot of an older format", () => {
  it("when the engine recovers, then it is refused in one line and the log is replayed over it", () => {
    const { path } = twoSnapshots();
    const raw = new Database(path);
    raw.prepare("UPDATE snapshots SET format_version = 3").run();
    raw.close();
    const store = SnapshotStore.open(path);
    const lines: string[] = [];
    expect(store.latestValid("demo", (l) => lines.push(l))).toBeNull();
    expect(lines).toEqual([
      "snapshot 2 (input 20) skipped: snapshot 2: format 3, this engine reads 4",
      "snapshot 1 (input 15) skipped: snapshot 1: format 3, this engine reads 4",
    ]);
    store.close();
  });
});

import Database from "better-sqlite3";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  RMS_SCHEMA_VERSION,
  RmsStore,
  openRmsDatabase,
  parseEido,
  readIncidentRecord,
  toEido,
} from "../../adapters/rms/index.ts";
import { T0, call, config, near, unit } from "../support/scenario.ts";
import { applyAll, freshStore, tempDir } from "./support/db.ts";
import { StreamBuilder } from "./support/stream.ts";

const AGENCY = "ops";

/** An incident handled by operators (jane, bob) and by a unit's own terminal (no operator). */
function recorded() {
  const builder = new StreamBuilder(AGENCY);
  const bodies = [
    unit("E1", "engine"),
    call("C1", "AFAR", near(), { receivedAt: T0 }),
    { kind: "DispatchUnit", incidentId: "INC-000001", unitId: "E1", operator: "jane" },
    { kind: "UpdateUnitStatus", unitId: "E1", status: "on_scene" },
    { kind: "ClearIncident", incidentId: "INC-000001", operator: "bob@psap" },
  ] as const;
  bodies.forEach((body, i) => {
    const r = builder.apply(body, T0 + i * 1000);
    if (r.rejection !== null) throw new Error(`${body.kind}: ${r.rejection.code}`);
  });
  const store = freshStore(AGENCY);
  applyAll(store, builder.messages);
  return { builder, store };
}

describe("the records database's timeline rows", () => {
  it("given inputs of operators and of a unit terminal, when the RMS records their events, then each timeline row names the engine's operator of that line (null for the terminal's)", () => {
    const { builder, store } = recorded();
    const engine = builder.state.incidents
      .get("INC-000001")
      ?.timeline.map((t) => [t.what, t.operator ?? null]);
    const rows = store.db
      .prepare("SELECT text, operator FROM timeline WHERE incident_id = ? ORDER BY input_seq, idx, n")
      .raw()
      .all("INC-000001");
    expect(rows).toEqual(engine);
    expect(rows).toContainEqual(["E1 on_scene", null]);
    expect(rows).toContainEqual([expect.stringMatching(/-> cleared/), "bob@psap"]);
    const record = readIncidentRecord(store.db, "INC-000001");
    expect(record?.timeline.map((t) => [t.text, t.operator])).toEqual(engine);
  });

  it("when the incident is exported as EIDO, then each operator's line names that user as its agent, and reads back the same", () => {
    const { store } = recorded();
    const record = readIncidentRecord(store.db, "INC-000001");
    if (record === undefined) throw new Error("no record");
    const doc = toEido(record, { agency: AGENCY, config });
    expect(JSON.stringify(doc)).toMatch(/"\$id":"user\.bob[^"]*psap@/);
    expect(parseEido(doc).timeline).toEqual(record.timeline);
  });
});

describe("a records database of schema 1 (timeline rows without an operator)", () => {
  it("when the RMS opens it to write, then it is upgraded in place: its rows are kept, with no operator, and rows can name one", () => {
    const path = join(tempDir(), "v1.sqlite");
    const v1 = new Database(path);
    v1.exec(`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      INSERT INTO meta VALUES ('schema_version', '1'), ('agency', '${AGENCY}');
      CREATE TABLE timeline (
        input_seq INTEGER NOT NULL, idx INTEGER NOT NULL, n INTEGER NOT NULL, incident_id TEXT NOT NULL,
        at INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (input_seq, idx, n));
      INSERT INTO timeline VALUES (1, 0, 0, 'INC-000009', ${T0}, 'created as AFAR priority 2');`);
    v1.close();
    const db = openRmsDatabase(path, { agency: AGENCY });
    expect(db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get()).toBe(
      String(RMS_SCHEMA_VERSION),
    );
    expect(db.prepare("SELECT text, operator FROM timeline").raw().all()).toEqual([
      ["created as AFAR priority 2", null],
    ]);
    db.prepare("INSERT INTO timeline VALUES (2, 0, 0, 'INC-000009', ?, 'cleared', 'jane')").run(T0 + 1000);
    db.close();
    const store = RmsStore.open(path, AGENCY);
    store.close();
  });
});

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { SnapshotStore, snapshotChecksum } from "../../adapters/sqlite/store.ts";
import { INITIAL_LEADERSHIP, STATE_FORMAT_VERSION, applyInput, serialiseState } from "../../engine/index.ts";
import { Scenario, call, config, near, unit } from "../support/scenario.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

type Row = {
  id: number;
  format_version: number;
  engine_version: string;
  agency: string;
  last_input_seq: number;
  state_now: number;
  created_at: number;
  data: Buffer;
};

/**
 * Rewrites a stored snapshot as an engine before issue 16 wrote it: state format 5 in the header
 * and in the data, no leadership in the data, the archived blocks as they were, the checksum
 * recomputed over that header and data.
 */
function rewriteAsFormat5(path: string, id: number): void {
  const raw = new Database(path);
  const row = raw.prepare("SELECT * FROM snapshots WHERE id = ?").get(id) as Row;
  const headLength = row.data.readUInt32LE(0);
  const head = deserialize(row.data.subarray(4, 4 + headLength)) as Record<string, unknown>;
  expect(head["format"]).toBe(STATE_FORMAT_VERSION);
  delete head["leadership"];
  head["format"] = 5;
  const newHead = serialize(head);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(newHead.length);
  const data = Buffer.concat([length, newHead, row.data.subarray(4 + headLength)]);
  const checksum = snapshotChecksum(
    {
      formatVersion: row.format_version,
      stateFormat: 5,
      engineVersion: row.engine_version,
      agency: row.agency,
      lastInputSeq: row.last_input_seq,
      stateNow: row.state_now,
      createdAt: row.created_at,
      byteLength: data.length,
    },
    data,
  );
  raw
    .prepare("UPDATE snapshots SET state_format = 5, data = ?, byte_length = ?, checksum = ? WHERE id = ?")
    .run(data, data.length, checksum, id);
  raw.close();
}

describe("given a snapshot of state format 5, written before the leadership was recorded", () => {
  it("when the engine restores it, then it is the state as written, with the initial leadership, and continues from there", () => {
    const dir = mkdtempSync(join(tmpdir(), "cad-format5-"));
    dirs.push(dir);
    const path = join(dir, "snapshots.sqlite");
    // A closed incident, so archived blocks follow the head; an open one; a unit.
    const s = new Scenario().given(
      unit("E1", "engine"),
      call("C1", "AID", near(0, 0)),
      { kind: "ClearIncident", incidentId: "INC-000001" },
      { kind: "CloseIncident", incidentId: "INC-000001", disposition: "REPORT" },
      call("C2", "AID", near(3000, 0)),
    );
    const store = SnapshotStore.open(path);
    const header = store.write("demo", "0.1.0", 5, s.state, 1);
    store.close();
    rewriteAsFormat5(path, header.id);

    const reopened = SnapshotStore.open(path);
    expect(reopened.verify(header.id)).toEqual({ ok: true });
    const lines: string[] = [];
    const latest = reopened.latestValid("demo", (l) => lines.push(l));
    reopened.close();
    expect(lines).toEqual([]);
    expect(latest?.header.stateFormat).toBe(5);
    expect(latest?.state.leadership).toEqual(INITIAL_LEADERSHIP);
    expect(latest?.state.incidents.get("INC-000001")?.status).toBe("closed");
    expect(JSON.stringify(serialiseState(latest!.state))).toBe(s.snapshot());

    // Restored, it takes the first claim as the live engine does.
    const claim = {
      kind: "ClaimLeadership",
      term: 1,
      replica: "r1",
      id: "claim-1",
      at: s.advance(1),
    } as const;
    s.given(claim);
    expect(applyInput(latest!.state, config, claim).rejection).toBeNull();
    expect(JSON.stringify(serialiseState(latest!.state))).toBe(s.snapshot());
  });
});

import { mkdtempSync, rmSync, truncateSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfigFile } from "../../adapters/config/index.ts";
import { WatermarkRecorder } from "../../adapters/nats/testing.ts";
import { mulberry32 } from "../../adapters/sim/prng.ts";
import { SNAPSHOT_FORMAT_VERSION, SnapshotStore, snapshotChecksum } from "../../adapters/sqlite/store.ts";
import { buildIncidentState } from "../../bench/lib/state.ts";
import { serialiseState } from "../../engine/index.ts";
import { Scenario, call, near, unit } from "../support/scenario.ts";

const dirs: string[] = [];
const tempDb = () => {
  const dir = mkdtempSync(join(tmpdir(), "cad-snap-"));
  dirs.push(dir);
  return join(dir, "snapshots.sqlite");
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("given a snapshot store with snapshots written as the engine went", () => {
  const setup = () => {
    const path = tempDb();
    const store = SnapshotStore.open(path, { keep: 3 });
    const s = new Scenario().given(unit("E1", "engine"), call("C1", "AFAR", near(0, 0)));
    const dumps: string[] = [];
    store.write("demo", "0.1.0", 2, s.state, 1);
    dumps.push(s.snapshot());
    s.given({ kind: "DispatchUnit", incidentId: "INC-000001", unitId: "E1" });
    store.write("demo", "0.1.0", 3, s.state, 2);
    dumps.push(s.snapshot());
    s.given(call("C2", "AID", near(3000, 0)));
    store.write("demo", "0.1.0", 4, s.state, 3);
    dumps.push(s.snapshot());
    return { path, store, dumps };
  };

  it("when the newest is read back, then it is the state as written, with its header", () => {
    const { store, dumps } = setup();
    const latest = store.latestValid("demo");
    expect(latest?.header).toMatchObject({
      lastInputSeq: 4,
      agency: "demo",
      engineVersion: "0.1.0",
      formatVersion: SNAPSHOT_FORMAT_VERSION,
    });
    expect(JSON.stringify(serialiseState(latest!.state))).toBe(dumps[2]);
    expect(store.list("demo").map((h) => h.lastInputSeq)).toEqual([4, 3, 2]);
    store.close();
  });

  it("when more are written than it keeps, then only the newest few remain", () => {
    const { store } = setup();
    const s = new Scenario();
    store.write("demo", "0.1.0", 5, s.state, 4);
    expect(store.list("demo").map((h) => h.lastInputSeq)).toEqual([5, 4, 3]);
    store.close();
  });

  it.each([
    [
      "a bit is flipped",
      (data: Buffer) => Buffer.from(data.map((b, n) => (n === 100 ? b ^ 1 : b))),
      /checksum/,
    ],
    ["it is truncated", (data: Buffer) => data.subarray(0, data.length >> 1), /truncated/],
  ])(
    "when %s in the newest, then it is reported in one line and the one before is used",
    (_what, damage, problem) => {
      const { path, store, dumps } = setup();
      store.close();
      const raw = new Database(path);
      const newest = raw.prepare("SELECT id, data FROM snapshots ORDER BY id DESC LIMIT 1").get() as {
        id: number;
        data: Buffer;
      };
      raw.prepare("UPDATE snapshots SET data = ? WHERE id = ?").run(damage(newest.data), newest.id);
      raw.close();
      const reopened = SnapshotStore.open(path);
      const lines: string[] = [];
      const latest = reopened.latestValid("demo", (l) => lines.push(l));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(problem);
      expect(latest?.header.lastInputSeq).toBe(3);
      expect(JSON.stringify(serialiseState(latest!.state))).toBe(dumps[1]);
      expect(reopened.verify(reopened.list("demo")[0]!.id)).toMatchObject({ ok: false });
      reopened.close();
    },
  );

  it("when the database file itself is truncated, then opening it fails with SQLite's error, which the caller reports", () => {
    const { path, store } = setup();
    store.close();
    truncateSync(path, Math.floor(statSync(path).size / 3));
    expect(() => {
      const s = SnapshotStore.open(path);
      s.latestValid("demo");
    }).toThrow();
  });
});

describe("given a standby that runs ahead of what the engine has published", () => {
  it("when snapshots are pruned, then the newest one at or before the publication watermark is kept", () => {
    const store = SnapshotStore.open(tempDb(), { keep: 2 });
    const s = new Scenario();
    store.markPublished("demo", 150, 1);
    for (const seq of [100, 200, 300, 400, 500]) store.write("demo", "0.1.0", seq, s.state, seq);
    expect(store.list("demo").map((h) => h.lastInputSeq)).toEqual([500, 400, 100]);
    expect(store.latestValid("demo", () => undefined, store.publishedUpTo("demo"))?.header.lastInputSeq).toBe(
      100,
    );
    store.markPublished("demo", 120, 2);
    expect(store.publishedUpTo("demo")).toBe(150);
    store.close();
  });
});

describe("given the standby holding the snapshot file for a write", () => {
  it("when the serving engine records its watermark, then it does not wait: it is told to try later", () => {
    const path = tempDb();
    const engineSide = SnapshotStore.open(path, { busyTimeoutMs: 0 });
    const standby = new Database(path);
    standby.exec("BEGIN EXCLUSIVE");
    const started = performance.now();
    expect(engineSide.markPublished("demo", 10, 1)).toBe(false);
    // Not a speed check: a store that waited would sit out its whole 10 s busy timeout here.
    expect(performance.now() - started).toBeLessThan(5000);
    standby.exec("COMMIT");
    standby.close();
    expect(engineSide.markPublished("demo", 10, 2)).toBe(true);
    expect(engineSide.publishedUpTo("demo")).toBe(10);
    engineSide.close();
  });
});

describe("given the standby writing its last snapshot as the engine stops", () => {
  it("when the stop's watermark meets the busy file, then it is kept and recorded once the standby has let go", () => {
    const path = tempDb();
    const engineSide = SnapshotStore.open(path, { busyTimeoutMs: 0 });
    const recorder = new WatermarkRecorder({ snapshots: engineSide, agency: "demo" });
    const standby = new Database(path);
    standby.exec("BEGIN EXCLUSIVE");
    recorder.markNow(42);
    standby.exec("COMMIT");
    standby.close();
    expect(engineSide.publishedUpTo("demo")).toBe(0);
    recorder.markPending();
    expect(engineSide.publishedUpTo("demo")).toBe(42);
    engineSide.close();
  });
});

describe("given a state whose closed incidents fill several compressed blocks", () => {
  const setup = () => {
    const { world, stats } = buildIncidentState(loadConfigFile(), {
      incidents: 2_500,
      open: 20,
      units: 60,
      random: mulberry32(5),
    });
    const state = world.state;
    // Text beyond latin1 too, in one closed incident.
    state.incidents.get("INC-000007")!.notes.push({ at: state.now, author: "d1", text: "Ünïcødé ✓ 🚒" });
    const path = tempDb();
    const store = SnapshotStore.open(path);
    const header = store.write("demo", "0.1.0", stats.inputs, state, 1);
    return { state, path, store, header, dump: JSON.stringify(serialiseState(state)) };
  };
  const blocksStart = (data: Buffer) => 4 + data.readUInt32LE(0);
  const blobOf = (path: string, id: number) => {
    const raw = new Database(path);
    const row = raw.prepare("SELECT data FROM snapshots WHERE id = ?").get(id) as { data: Buffer };
    raw.close();
    return row.data;
  };
  const newest = (path: string) => {
    const raw = new Database(path);
    const row = raw.prepare("SELECT id, data FROM snapshots ORDER BY id DESC LIMIT 1").get() as {
      id: number;
      data: Buffer;
    };
    raw.close();
    return row;
  };

  it("when it is read back, then every archived incident and call is the one written, and the snapshot is far smaller than its JSON", () => {
    const { state, store, header, dump } = setup();
    const archived = serialiseState(state);
    expect(archived.incidents.chunks.length).toBeGreaterThan(2);
    expect(header.byteLength).toBeLessThan(dump.length / 4);
    const restored = store.latestValid("demo")!.state;
    expect(JSON.stringify(serialiseState(restored))).toBe(dump);
    for (const [id, incident] of state.incidents) expect(restored.incidents.get(id)).toEqual(incident);
    for (const [id, call] of state.calls) expect(restored.calls.get(id)).toEqual(call);
    expect(restored.incidents.get("INC-000007")!.notes.at(-1)!.text).toBe("Ünïcødé ✓ 🚒");
    store.close();
  });

  it("when a restored state is written again, untouched blocks go as they were, and what was read or changed since is re-encoded", () => {
    const { state, path, store, header, dump } = setup();
    // Untouched: the same compressed blocks (the v8 part may differ in how it writes the same numbers).
    const untouched = store.latestValid("demo")!.state;
    store.write("demo", "0.1.0", header.lastInputSeq, untouched, 2);
    const blocksOf = (data: Buffer) => data.subarray(blocksStart(data));
    expect(blocksOf(newest(path).data).equals(blocksOf(blobOf(path, header.id)))).toBe(true);
    // Read one archived incident, change another, drop a call: their blocks are written anew.
    const restored = store.latestValid("demo")!.state;
    restored.incidents.get("INC-000003");
    restored.incidents.get("INC-002000")!.notes.push({ at: 1, author: "d2", text: "late note" });
    state.incidents.get("INC-002000")!.notes.push({ at: 1, author: "d2", text: "late note" });
    const callId = [...state.calls.keys()][1500]!;
    restored.calls.delete(callId);
    state.calls.delete(callId);
    store.write("demo", "0.1.0", header.lastInputSeq + 1, restored, 3);
    const again = store.latestValid("demo")!;
    expect(again.header.lastInputSeq).toBe(header.lastInputSeq + 1);
    expect(JSON.stringify(serialiseState(again.state))).toBe(JSON.stringify(serialiseState(state)));
    expect(JSON.stringify(serialiseState(again.state))).not.toBe(dump);
    store.close();
  });

  it("when a byte of a compressed block is damaged, then the checksum finds it and the snapshot before is used", () => {
    const { path, store, header, dump } = setup();
    store.write("demo", "0.1.0", header.lastInputSeq + 1, store.latestValid("demo")!.state, 2);
    store.close();
    const { id, data } = newest(path);
    const damaged = Buffer.from(data);
    const at = blocksStart(data) + Math.floor((data.length - blocksStart(data)) / 2);
    damaged[at] = (damaged[at] as number) ^ 0x10;
    const raw = new Database(path);
    raw.prepare("UPDATE snapshots SET data = ? WHERE id = ?").run(damaged, id);
    raw.close();
    const reopened = SnapshotStore.open(path);
    const lines: string[] = [];
    const latest = reopened.latestValid("demo", (l) => lines.push(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/checksum/);
    expect(latest?.header.lastInputSeq).toBe(header.lastInputSeq);
    expect(JSON.stringify(serialiseState(latest!.state))).toBe(dump);
    const verdict = reopened.verify(id);
    expect(verdict.ok ? "ok" : verdict.problem).toMatch(/checksum/);
    reopened.close();
  });

  it("when a block is damaged before it was checksummed, then verify, which decodes every archived entry, finds it", () => {
    const { path, store, header } = setup();
    store.close();
    const { id, data } = newest(path);
    const damaged = Buffer.from(data);
    const at = blocksStart(data) + Math.floor((data.length - blocksStart(data)) / 2);
    damaged.fill(0, at, at + 64);
    const raw = new Database(path);
    raw
      .prepare("UPDATE snapshots SET data = ?, checksum = ? WHERE id = ?")
      .run(damaged, snapshotChecksum(header, damaged), id);
    raw.close();
    const reopened = SnapshotStore.open(path);
    const verdict = reopened.verify(id);
    expect(verdict.ok ? "ok" : verdict.problem).toMatch(/does not inflate/);
    reopened.close();
  });
});

import { mkdtempSync, rmSync, truncateSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { SnapshotStore } from "../../adapters/sqlite/store.ts";
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
      formatVersion: 2,
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

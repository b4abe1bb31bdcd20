import { spawn } from "node:child_process";
import { mkdtempSync, openSync, readdirSync, rmSync, writeFileSync, writeSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it, onTestFinished } from "vitest";
import { agencySubjects, ensureStreams, natsServerAvailable } from "../../adapters/nats/index.ts";
import { mulberry32 } from "../../adapters/sim/prng.ts";
import { SnapshotStore } from "../../adapters/sqlite/index.ts";
import { NatsClient, useNatsServer } from "../support/nats.ts";
import { Scenario, T0, call, near, unit } from "../support/scenario.ts";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "cad-unreadable-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A real snapshot file whose first 8 KiB (the SQLite header and the schema page's start) are garbage. */
function garbageFirstPages(path: string): void {
  const store = SnapshotStore.open(path);
  const s = new Scenario().given(unit("E1", "engine"), call("C1", "AFAR", near(0, 0)));
  store.write("bad", "0.1.0", 2, s.state, 1);
  store.close();
  const random = mulberry32(9);
  const fd = openSync(path, "r+");
  writeSync(fd, Buffer.from(Array.from({ length: 8192 }, () => Math.floor(random() * 256))), 0, 8192, 0);
  closeSync(fd);
}
const notSqlite = (path: string) => writeFileSync(path, "these are not the snapshots you are looking for\n");

/** Runs `cad ARGS`; resolves with its exit code and output. */
function cad(args: string[], opts: { onLine?: (line: string) => void } = {}) {
  const child = spawn(process.execPath, ["--import", "tsx", "adapters/cli/main.ts", ...args], {
    cwd: resolve("."),
    stdio: ["ignore", "pipe", "pipe"],
  });
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    stdout += text;
    for (const line of text.split("\n")) if (line !== "") opts.onLine?.(line);
  });
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((done) =>
    child.once("exit", (code) => done({ code, stdout, stderr })),
  );
  return { child, exited };
}

describe.each([
  ["whose first pages are garbage", garbageFirstPages],
  ["that is not a SQLite database", notSqlite],
])("given a snapshot file %s", (_what, spoil) => {
  it("when the store is opened to serve, then the file is set aside in one log line and a fresh store opens", () => {
    const dir = tempDir();
    const path = join(dir, "bad.snapshots.sqlite");
    spoil(path);
    expect(() => SnapshotStore.open(path)).toThrow();
    const lines: string[] = [];
    const store = SnapshotStore.openOrSetAside(path, (l) => lines.push(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /unreadable .* set aside as .*\.corrupt-.*; starting a new one and recovering from the log/,
    );
    expect(store.list("bad")).toEqual([]);
    expect(store.latestValid("bad")).toBeNull();
    store.close();
    expect(readdirSync(dir).filter((f) => f.includes(".corrupt-"))).toHaveLength(1);
  });

  it("when `cad snapshot verify` reads it, then it prints a verdict and exits 1, without a stack trace", async () => {
    const dir = tempDir();
    spoil(join(dir, "bad.snapshots.sqlite"));
    const { code, stdout, stderr } = await cad(["snapshot", "verify", "--data-dir", dir, "--agency", "bad"])
      .exited;
    expect(code).toBe(1);
    expect(stdout).toMatch(/bad\.snapshots\.sqlite: unreadable, not a snapshot database or damaged/);
    expect(stderr).not.toMatch(/\n\s+at /);
    // verify only looks: the file stays where it is.
    expect(readdirSync(dir)).toEqual(["bad.snapshots.sqlite"]);
  }, 60_000);
});

describe.skipIf(!natsServerAvailable())(
  "`cad serve --data-dir` over an unreadable snapshot file (needs nats-server)",
  () => {
    const nats = useNatsServer();

    it("starts, sets the file aside in one log line, recovers from the log and stops cleanly", async () => {
      const dir = tempDir();
      garbageFirstPages(join(dir, "bad.snapshots.sqlite"));
      const client = await NatsClient.connect(nats.server.url, "bad");
      await ensureStreams(client.nc, agencySubjects("bad"));
      await client.send(unit("E1", "engine"), { id: "b-1", time: T0 });
      await client.send(call("C1", "AFAR", near(0, 0)), { id: "b-2", time: T0 + 1000 });
      const lines: string[] = [];
      let serving: () => void = () => undefined;
      const isServing = new Promise<void>((r) => (serving = r));
      const { child, exited } = cad(
        [
          "serve",
          "--insecure",
          "--agency",
          "bad",
          "--nats",
          nats.server.url,
          "--data-dir",
          dir,
          "--trust-input-time",
          "--no-clock",
        ],
        {
          onLine: (line) => {
            lines.push(line);
            if (line.includes("serving on")) serving();
          },
        },
      );
      await Promise.race([isServing, exited]);
      let metrics = { lastInputSeq: 0 };
      // The log's 2 inputs, then the ApplyConfiguration that cad serve records at input 3 and the
      // replica's claim of the lead at input 4 (only the leader answers the agency's queries).
      for (let waited = 0; metrics.lastInputSeq < 4 && waited < 60_000; waited += 250) {
        metrics = await client.query<{ lastInputSeq: number }>("metrics").catch(() => metrics);
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(metrics.lastInputSeq).toBe(4);
      child.kill("SIGTERM");
      const { code, stderr } = await exited;
      expect(code).toBe(0);
      expect(stderr).toBe("");
      expect(lines.filter((l) => l.includes("set aside"))).toHaveLength(1);
      expect(lines.some((l) => /recovered from an empty state and 2 inputs replayed/.test(l))).toBe(true);
      expect(readdirSync(dir).filter((f) => f.includes(".corrupt-"))).toHaveLength(1);
      // The new file is a snapshot store: the engine recorded its publication watermark in it.
      const store = SnapshotStore.open(join(dir, "bad.snapshots.sqlite"));
      expect(store.publishedUpTo("bad")).toBe(4);
      store.close();
      await client.close();
    }, 120_000);
  },
);

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EngineService, natsServerAvailable } from "../../adapters/nats/index.ts";
import { SnapshotStore, StandbySnapshotter } from "../../adapters/sqlite/index.ts";
import { NatsClient, useNatsServer } from "../support/nats.ts";
import { T0, config, near, unit } from "../support/scenario.ts";

const AGENCY = "fault";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `chattr +i` on a folder: nothing can be created in it, even by root (the tests run as root). */
function immutable(dir: string, on: boolean): boolean {
  try {
    execFileSync("chattr", [on ? "+i" : "-i", dir], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!natsServerAvailable())("snapshots over a disk fault (needs nats-server and chattr)", () => {
  const nats = useNatsServer();

  it("when the snapshot folder cannot be written, the standby says so once per backoff step, and writes again once the fault is gone", async (ctx) => {
    const dir = mkdtempSync(join(tmpdir(), "cad-fault-"));
    if (!immutable(dir, true) || !immutable(dir, false)) ctx.skip();
    const store = SnapshotStore.open(join(dir, "snapshots.sqlite"));
    const lines: string[] = [];
    const log = (l: string) => lines.push(`${Date.now()} ${l}`);
    const engine = await EngineService.start({
      agency: AGENCY,
      servers: nats.server.url,
      config,
      trustInputTime: true,
      snapshots: store,
      log,
    });
    const standby = await StandbySnapshotter.start({
      agency: AGENCY,
      servers: nats.server.url,
      config,
      store,
      engineVersion: "test",
      everyInputs: 5,
      everyMs: 200,
      trustInputTime: true,
      log,
    });
    const client = await NatsClient.connect(nats.server.url, AGENCY);
    let n = 0;
    const send = () =>
      client.send(unit(`U${n}`, "engine", "metro-fire", near(n * 10, 0)), { time: T0 + n++ * 1000 });
    const until = async (done: () => boolean, ms: number) => {
      for (let waited = 0; !done() && waited < ms; waited += 50) await sleep(50);
      expect(done()).toBe(true);
    };

    for (let i = 0; i < 5; i++) await send();
    await until(() => standby.written.length >= 1 && engine.lastSeq >= 5, 30_000);

    let faultSeq = 0;
    let faultMs = 0;
    try {
      expect(immutable(dir, true)).toBe(true);
      const started = Date.now();
      // Four seconds of inputs, ten a second: a due snapshot and a watermark at nearly every one.
      while (Date.now() - started < 4000) {
        await send();
        await sleep(100);
      }
      await until(() => standby.lastSeq >= n && engine.lastSeq >= n, 30_000);
      faultSeq = n;
      faultMs = Date.now() - started;
    } finally {
      immutable(dir, false);
    }
    const failures = lines.filter((l) => l.includes("could not write a snapshot"));
    const watermarks = lines.filter((l) => l.includes("could not record the publication watermark"));
    process.stdout.write(
      `disk fault of ${faultMs} ms over ${faultSeq - 5} inputs: ${failures.length} snapshot failure lines, ${watermarks.length} watermark lines\n`,
    );
    // Backoff of 1, 2, 4 s: three tries in four seconds (one more on a slow machine), a line each.
    expect(failures.length).toBeGreaterThanOrEqual(1);
    expect(failures.length).toBeLessThanOrEqual(4);
    expect(failures[0]).toMatch(/failure 1 in a row, next try in 1 s/);
    expect(watermarks.length).toBeGreaterThanOrEqual(1);
    expect(watermarks.length).toBeLessThanOrEqual(4);

    // The fault is gone: the next try after the backoff writes again.
    await until(() => {
      if (standby.written.some((h) => h.lastInputSeq > faultSeq)) return true;
      void send();
      return false;
    }, 60_000);
    expect(lines.filter((l) => l.includes("snapshots are written again"))).toHaveLength(1);
    expect(store.latestValid(AGENCY)?.header.lastInputSeq).toBeGreaterThan(faultSeq);

    await engine.stop();
    await standby.stop();
    await client.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }, 180_000);
});

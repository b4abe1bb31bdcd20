import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { agencySubjects, ensureStreams, natsServerAvailable } from "../../adapters/nats/index.ts";
import { SnapshotStore, startStandbyThread } from "../../adapters/sqlite/index.ts";
import { NatsClient, useNatsServer } from "../support/nats.ts";
import { T0, near, unit } from "../support/scenario.ts";

describe.skipIf(!natsServerAvailable())("stopping the standby's thread (needs nats-server)", () => {
  const nats = useNatsServer();
  const thread = (agency: string, dir: string, lines: string[]) =>
    startStandbyThread(
      {
        agency,
        servers: nats.server.url,
        configPath: undefined,
        dbPath: join(dir, `${agency}.snapshots.sqlite`),
        engineVersion: "test",
        everyInputs: 2,
        everyMs: 3_600_000,
        trustInputTime: true,
      },
      (l) => lines.push(l),
    );

  it("when it is stopped while it starts, then its thread is ended at once (it holds nothing to keep) and logs no failure", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cad-stop-"));
    const lines: string[] = [];
    // undefined: no last snapshot was asked for (the standby had not started following the log).
    expect(await thread("early", dir, lines).stop()).toBeUndefined();
    expect(lines.filter((l) => /worker failed|worker exited|clean stop|no last snapshot/.test(l))).toEqual(
      [],
    );
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it("when it is stopped after following inputs, then it writes its last snapshot, stops cleanly and logs no failure", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cad-stop-"));
    const client = await NatsClient.connect(nats.server.url, "late");
    await ensureStreams(client.nc, agencySubjects("late"));
    for (let i = 0; i < 3; i++)
      await client.send(unit(`U${i}`, "engine", "metro-fire", near(i * 10, 0)), { time: T0 + i * 1000 });
    const lines: string[] = [];
    const standby = thread("late", dir, lines);
    for (
      let waited = 0;
      !lines.some((l) => l.includes("snapshot 1 at input 2")) && waited < 30_000;
      waited += 50
    )
      await new Promise((r) => setTimeout(r, 50));
    expect(await standby.stop()).toBe(3);
    expect(lines.filter((l) => /worker failed|worker exited|clean stop|no last snapshot/.test(l))).toEqual(
      [],
    );
    const store = SnapshotStore.open(join(dir, "late.snapshots.sqlite"));
    expect(store.latestValid("late")?.header.lastInputSeq).toBe(3);
    store.close();
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});

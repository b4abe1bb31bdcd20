import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { natsServerAvailable, EngineService } from "../../adapters/nats/index.ts";
import { SnapshotStore, StandbySnapshotter } from "../../adapters/sqlite/index.ts";
import { serialiseState } from "../../engine/index.ts";
import { NatsClient, useNatsServer } from "../support/nats.ts";
import { T0, call, config, near, unit, type InputBody } from "../support/scenario.ts";

function workload(): InputBody[] {
  const out: InputBody[] = [];
  for (let i = 0; i < 10; i++) out.push(unit(`E${i}`, "engine", "metro-fire", near(i * 700, 0)));
  for (let i = 0; i < 140; i++) {
    out.push(call(`C${i}`, i % 2 === 0 ? "AFAR" : "MED", near((i % 12) * 500, Math.floor(i / 12) * 500)));
    out.push({
      kind: "DispatchUnit",
      incidentId: `INC-${String(i + 1).padStart(6, "0")}`,
      unitId: `E${i % 10}`,
    });
  }
  return out;
}

describe.skipIf(!natsServerAvailable())(
  "recovery from a snapshot and the log after it (needs nats-server)",
  () => {
    const nats = useNatsServer();

    it("a standby writes snapshots; after the newest is corrupted, a restarted engine falls back, replays the rest and reaches the same state", async () => {
      const dir = mkdtempSync(join(tmpdir(), "cad-recovery-"));
      const store = SnapshotStore.open(join(dir, "snapshots.sqlite"));
      const logs: string[] = [];
      const log = (l: string) => logs.push(l);
      const first = await EngineService.start({
        agency: "snap",
        servers: nats.server.url,
        config,
        trustInputTime: true,
        snapshots: store,
      });
      const standby = await StandbySnapshotter.start({
        agency: "snap",
        servers: nats.server.url,
        config,
        store,
        engineVersion: "test",
        everyInputs: 100,
        everyMs: 3_600_000,
        trustInputTime: true,
        log,
      });
      const client = await NatsClient.connect(nats.server.url, "snap");
      const inputs = workload();
      for (const [i, body] of inputs.entries()) {
        const b = body.kind === "ReceiveCall" ? { ...body, receivedAt: T0 + i * 1000 } : body;
        await client.send(b as InputBody, { id: `snap-${i}`, time: T0 + i * 1000 });
      }
      for (
        let waited = 0;
        (first.lastSeq < inputs.length || standby.lastSeq < inputs.length) && waited < 30_000;
        waited += 50
      )
        await new Promise((r) => setTimeout(r, 50));
      const expected = JSON.stringify(serialiseState(first.state));
      const outputsBefore = (await client.readEvents()).length;
      await first.stop();
      await standby.stop();
      expect(standby.written.map((h) => h.lastInputSeq)).toEqual([100, 200, 290]);

      // Damage the newest snapshot: the engine must say so and fall back to the one before.
      const raw = new Database(store.path);
      const newest = raw.prepare("SELECT id, data FROM snapshots ORDER BY id DESC LIMIT 1").get() as {
        id: number;
        data: Buffer;
      };
      raw.prepare("UPDATE snapshots SET data = ? WHERE id = ?").run(newest.data.subarray(0, 1000), newest.id);
      raw.close();

      const second = await EngineService.start({
        agency: "snap",
        servers: nats.server.url,
        config,
        trustInputTime: true,
        snapshots: store,
        log,
      });
      await second.caughtUp;
      expect(JSON.stringify(serialiseState(second.state))).toBe(expected);
      expect(logs.filter((l) => l.includes("skipped"))).toHaveLength(1);
      expect(
        logs.some(
          (l) =>
            l.includes("recovered from snapshot") &&
            l.includes("(input 200)") &&
            l.includes("90 inputs replayed"),
        ),
      ).toBe(true);
      await new Promise((r) => setTimeout(r, 300));
      expect(await client.readEvents()).toHaveLength(outputsBefore);
      await second.stop();
      await client.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    });
  },
);

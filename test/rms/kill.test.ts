import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it, onTestFinished } from "vitest";
import { natsServerAvailable, EngineService } from "../../adapters/nats/index.ts";
import { RmsConsumer, RmsStore, canonicalDump } from "../../adapters/rms/index.ts";
import { mulberry32 } from "../../adapters/sim/index.ts";
import { useSecureNatsServer } from "../support/secure-nats.ts";
import { T0, config } from "../support/scenario.ts";
import { workload } from "../support/workload.ts";
import { logFile, runCad, signalAndWait, sleep, spawnCad } from "./support/child.ts";
import { applyAll, tempDir } from "./support/db.ts";
import { richLog } from "./support/rich-log.ts";

const AGENCY = "rmskill";
const KILLS = 5;

describe.skipIf(!natsServerAvailable())(
  "cad rms run killed with SIGKILL mid-stream and restarted, with authentication (needs nats-server)",
  () => {
    // Secured as deployed: `cad rms run --creds` on the rms role's creds (a reader of the event and
    // audit streams, nothing else), the engine on the engine's, the inputs on the sim role's.
    const nats = useSecureNatsServer({ agencies: [AGENCY], sim: true });

    it("ends with records equal to those of a consumer never interrupted, and of the stream applied in process", async () => {
      const dir = tempDir();
      const log = richLog({
        agency: AGENCY,
        seed: 21,
        hours: 0.5,
        prefix: workload(1500, 7, (i) => T0 + i * 100),
      });
      const total = log.messages.length;
      const client = await nats.client(AGENCY, "sim");
      onTestFinished(() => client.close());

      // The whole log goes in first; the engine then writes the event stream while the RMS reads it.
      await client.sendLog(log.inputs);

      const engine = await EngineService.start({
        agency: AGENCY,
        servers: nats.url,
        config,
        trustInputTime: true,
        auth: nats.auth(AGENCY, "engine"),
      });
      onTestFinished(() => engine.stop());
      const reference = await RmsConsumer.start({
        agency: AGENCY,
        servers: nats.url,
        dbPath: join(dir, "uninterrupted.sqlite"),
        durable: "reference",
        auth: nats.auth(AGENCY, "rms"),
      });

      const killedDb = join(dir, "killed.sqlite");
      const childLog = logFile(join(dir, "rms.log"));
      const args = [
        "rms",
        "run",
        "--creds",
        nats.creds(AGENCY, "rms"),
        "--agency",
        AGENCY,
        "--nats",
        nats.url,
        "--db",
        killedDb,
        "--batch",
        "50",
      ];
      const positionOf = () => {
        try {
          const db = new Database(killedDb, { readonly: true, fileMustExist: true });
          try {
            return (db.prepare("SELECT last_seq FROM position").pluck().get() as number | undefined) ?? 0;
          } finally {
            db.close();
          }
        } catch {
          return 0;
        }
      };
      const random = mulberry32(6);
      const killAt = Array.from({ length: KILLS }, () => Math.floor(total * (0.05 + random() * 0.85))).sort(
        (a, b) => a - b,
      );
      const killedAt: number[] = [];
      let child = spawnCad(args, childLog);
      for (const threshold of killAt) {
        // Each kill waits until the new process has applied something of its own.
        const target = Math.max(threshold, (killedAt.at(-1) ?? 0) + 1);
        let position = positionOf();
        for (let waited = 0; position < target && waited < 120_000; waited += 10) {
          await sleep(10);
          position = positionOf();
        }
        expect(await signalAndWait(child, "SIGKILL")).toBeNull();
        // Where the killed process really stopped (it may have committed more since the last look).
        killedAt.push(positionOf());
        child = spawnCad(args, childLog);
      }
      let position = positionOf();
      for (let waited = 0; position < total && waited < 120_000; waited += 100) {
        await sleep(100);
        position = positionOf();
      }
      expect(position).toBe(total);
      expect(await signalAndWait(child, "SIGTERM")).toBe(0);
      // Every kill landed before the end of the stream.
      expect(killedAt.length).toBe(KILLS);
      for (const at of killedAt) expect(at).toBeLessThan(total);

      for (let waited = 0; reference.store.lastSeq < total && waited < 60_000; waited += 100)
        await sleep(100);
      expect(reference.store.lastSeq).toBe(total);
      const uninterrupted = canonicalDump(reference.store.db);
      await reference.stop();

      const killed = new Database(killedDb, { readonly: true });
      const killedDump = canonicalDump(killed);
      const runs = killed.prepare("SELECT count(*) FROM runs").pluck().get();
      killed.close();
      expect(runs).toBe(KILLS + 1);
      expect(killedDump.length).toBeGreaterThan(10_000);
      expect(killedDump).toEqual(uninterrupted);

      // The engine over NATS wrote the stream the in-process engine gives: same records.
      const inProcess = RmsStore.open(join(dir, "in-process.sqlite"), AGENCY);
      applyAll(inProcess, log.messages);
      expect(canonicalDump(inProcess.db)).toEqual(killedDump);
      inProcess.close();

      // The other commands read the same file.
      const status = runCad([
        "rms",
        "status",
        "--creds",
        nats.creds(AGENCY, "rms"),
        "--agency",
        AGENCY,
        "--db",
        killedDb,
        "--nats",
        nats.url,
      ]);
      expect(status.stdout).toContain(`position: stream sequence ${total}`);
      expect(status.stdout).toContain("lag: 0 messages behind");
      const incidentId = [...log.state.incidents.keys()][0] ?? "";
      const exported = runCad(["rms", "export", incidentId, "--agency", AGENCY, "--db", killedDb]);
      expect(exported.status).toBe(0);
      expect(
        (JSON.parse(exported.stdout) as { incidentComponent: { internalIncidentId: string } })
          .incidentComponent.internalIncidentId,
      ).toBe(incidentId);
    }, 240_000);
  },
);

import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DeliverPolicy } from "@nats-io/jetstream";
import { headers } from "@nats-io/transport-node";
import { describe, expect, it, onTestFinished } from "vitest";
import {
  inputSubject,
  encodeInput,
  stateDigest,
  natsServerAvailable,
  logMessageOfJs,
  readLogEntry,
  TIME_HEADER,
} from "../../adapters/nats/index.ts";
import { mulberry32 } from "../../adapters/sim/prng.ts";
import { applyInput, createState } from "../../engine/index.ts";
import { useSecureNatsServer } from "../support/secure-nats.ts";
import { T0, config } from "../support/scenario.ts";
import { workload } from "../support/workload.ts";

const INPUTS = 50_000;
const KILLS = 10;
const AGENCY = "kill9";
const atOf = (i: number) => T0 + i * 100;

describe.skipIf(!natsServerAvailable())(
  "the engine process killed with SIGKILL ten times under 50,000 inputs, with authentication (needs nats-server)",
  () => {
    // Secured as deployed: `cad serve --creds` on the engine role's creds (its admin made the
    // streams), the inputs on the sim role's (timed inputs) and its queries too, the configuration
    // history on the admin's (the input log is the engine's and the admin's to read), the event
    // stream read back on the rms role's.
    const nats = useSecureNatsServer({ agencies: [AGENCY], sim: true });

    it("ends in the state of an engine that was never interrupted, with every output in the event stream exactly once", async () => {
      const dir = mkdtempSync(join(tmpdir(), "cad-kill-"));
      const logFile = createWriteStream(join(dir, "engine.log"));
      const children: ChildProcess[] = [];
      // Whatever happens in the test, no engine process outlives it.
      onTestFinished(() => {
        for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
      });
      const start = (): ChildProcess => {
        const child = spawn(
          process.execPath,
          [
            "--import",
            "tsx",
            "adapters/cli/main.ts",
            "serve",
            "--creds",
            nats.creds(AGENCY, "engine"),
            "--agency",
            AGENCY,
            "--nats",
            nats.url,
            "--data-dir",
            dir,
            "--snapshot-every-inputs",
            "4000",
            "--snapshot-every-seconds",
            "1",
            "--trust-input-time",
            "--no-clock",
          ],
          { cwd: resolve("."), stdio: ["ignore", "pipe", "pipe"] },
        );
        children.push(child);
        child.stdout?.pipe(logFile, { end: false });
        child.stderr?.pipe(logFile, { end: false });
        return child;
      };
      const kill = async (child: ChildProcess) => {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGKILL");
        await exited;
      };

      const client = await nats.client(AGENCY, "sim");
      const rms = await nats.client(AGENCY, "rms");
      const inputs = workload(INPUTS, 7, atOf);
      // The whole stream goes in while the engine is killed and restarted again and again.
      const publishing = (async () => {
        const subjectOf = (body: (typeof inputs)[number]) =>
          inputSubject(AGENCY, body as never, { timed: true });
        for (let i = 0; i < inputs.length; i += 256) {
          await Promise.all(
            inputs.slice(i, i + 256).map((body, k) => {
              const h = headers();
              h.set(TIME_HEADER, String(atOf(i + k)));
              return client.js.publish(subjectOf(body), encodeInput(body as never), {
                msgID: `k-${i + k}`,
                headers: h,
                timeout: 10_000,
              });
            }),
          );
        }
      })();

      const random = mulberry32(2026);
      let child = start();
      for (let k = 0; k < KILLS; k++) {
        await new Promise((r) => setTimeout(r, 1500 + random() * 2500));
        await kill(child);
        child = start();
      }
      await publishing;

      // The last engine catches up.
      let metrics = { lastInputSeq: 0 };
      const caughtUp = async (seq: number) => {
        for (let waited = 0; metrics.lastInputSeq < seq && waited < 180_000; waited += 500) {
          await new Promise((r) => setTimeout(r, 500));
          metrics = await client.query<{ lastInputSeq: number }>("metrics").catch(() => metrics);
        }
      };
      // Besides the 50,000, the log holds what the cad serve processes recorded themselves: the
      // configuration (once it recovered, where no configuration was in force) and each one's claim
      // of the lead. The reference applies the log as it stands, after checking that it holds the
      // 50,000 exactly once, in order, and nothing else but those.
      const admin = await nats.client(AGENCY, "admin");
      const jsm = await admin.js.jetstreamManager();
      const lastSeq = async () => (await jsm.streams.info(`CAD_IN_${AGENCY.toUpperCase()}`)).state.last_seq;
      for (let waited = 0; (await lastSeq()) <= INPUTS && waited < 60_000; waited += 500)
        await new Promise((r) => setTimeout(r, 500));
      await caughtUp(await lastSeq());
      // The last engine may claim the lead after the others' inputs: wait until the log is still.
      for (let seen = -1; seen !== (await lastSeq());) {
        seen = await lastSeq();
        await caughtUp(seen);
        await new Promise((r) => setTimeout(r, 1500));
      }
      const total = await lastSeq();

      expect(metrics.lastInputSeq).toBe(total);

      const reference = createState();
      let expectedOutputs = 0;
      const ids: string[] = [];
      const others: string[] = [];
      const consumer = await admin.js.consumers.get(`CAD_IN_${AGENCY.toUpperCase()}`, {
        deliver_policy: DeliverPolicy.All,
      });
      const log = await consumer.consume({ max_messages: 4096 });
      for await (const m of log) {
        const entry = readLogEntry(logMessageOfJs(m), AGENCY, true, reference.now);
        if (entry.id.startsWith("k-")) ids.push(entry.id);
        else others.push(entry.kind ?? "?");
        if (entry.decoded?.ok === true) {
          const result = applyInput(reference, config, entry.decoded.input);
          expectedOutputs += result.rejection === null ? result.events.length : 1;
        } else expectedOutputs += 1;
        if (m.seq >= total) break;
      }
      await log.close();
      await admin.close();
      expect(ids).toEqual(inputs.map((_, i) => `k-${i}`));
      expect(new Set(others)).toEqual(new Set(["ApplyConfiguration", "ClaimLeadership"]));
      expect(reference.incidents.size).toBeGreaterThan(1000);

      const outputIds: string[] = [];
      for (let waited = 0; waited < 60_000; waited += 500) {
        outputIds.length = 0;
        const consumer = await rms.js.consumers.get(`CAD_EVT_${AGENCY.toUpperCase()}`, {
          deliver_policy: DeliverPolicy.All,
          filter_subjects: `cad.${AGENCY}.evt.>`,
          headers_only: true,
        });
        const messages = await consumer.consume({ max_messages: 4096 });
        for await (const m of messages) {
          outputIds.push(m.headers?.get("Nats-Msg-Id") ?? "");
          if (m.info.pending === 0) break;
        }
        await messages.close();
        if (outputIds.length >= expectedOutputs) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      expect(new Set(outputIds).size).toBe(outputIds.length);
      expect(outputIds.length).toBe(expectedOutputs);
      // Asked once the outputs are stored: a replica that has just taken the lead after many kills
      // publishes a long backlog first.
      const digest = await client.query<{ sha256: string }>("digest");
      expect(digest.sha256).toBe(stateDigest(reference));

      await kill(child);
      await client.close();
      await rms.close();
      logFile.end();
      if (process.env["CAD_KEEP_KILL_LOG"] === undefined) rmSync(dir, { recursive: true, force: true });
      else process.stdout.write(`engine log kept in ${dir}\n`);
    }, 300_000);
  },
);

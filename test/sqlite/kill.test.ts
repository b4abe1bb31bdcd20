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
  TIME_HEADER,
} from "../../adapters/nats/index.ts";
import { mulberry32 } from "../../adapters/sim/prng.ts";
import { readConfigHistory } from "../../adapters/cli/config-history.ts";
import { DEFAULT_SOURCE } from "../support/configs.ts";
import { applyInput, createState, type Input } from "../../engine/index.ts";
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
      // cad serve records its configuration in the log once it has recovered, where the first
      // start (or a restart that found none in force) happened to be: the reference replays it there.
      await caughtUp(INPUTS + 1);
      const recorded = await readConfigHistory(nats.url, AGENCY, nats.auth(AGENCY, "admin"));
      expect(recorded.length).toBeGreaterThanOrEqual(1);
      await caughtUp(INPUTS + recorded.length);
      expect(metrics.lastInputSeq).toBe(INPUTS + recorded.length);

      const reference = createState();
      let expectedOutputs = 0;
      const bySeq = new Map(recorded.map((c) => [c.seq, c]));
      for (let seq = 1, i = 0; seq <= INPUTS + recorded.length; seq++) {
        const c = bySeq.get(seq);
        const input = (
          c === undefined
            ? { ...inputs[i], id: `k-${i}`, at: atOf(i++) }
            : {
                kind: "ApplyConfiguration",
                hash: c.hash,
                content: DEFAULT_SOURCE.content,
                id: c.id,
                at: c.claimedAt,
              }
        ) as Input;
        const result = applyInput(reference, config, input);
        expectedOutputs += result.rejection === null ? result.events.length : 1;
      }
      expect(reference.incidents.size).toBeGreaterThan(1000);
      const digest = await client.query<{ sha256: string }>("digest");
      expect(digest.sha256).toBe(stateDigest(reference));

      const ids: string[] = [];
      for (let waited = 0; waited < 60_000; waited += 500) {
        ids.length = 0;
        const consumer = await rms.js.consumers.get(`CAD_EVT_${AGENCY.toUpperCase()}`, {
          deliver_policy: DeliverPolicy.All,
          filter_subjects: `cad.${AGENCY}.evt.>`,
          headers_only: true,
        });
        const messages = await consumer.consume({ max_messages: 4096 });
        for await (const m of messages) {
          ids.push(m.headers?.get("Nats-Msg-Id") ?? "");
          if (m.info.pending === 0) break;
        }
        await messages.close();
        if (ids.length >= expectedOutputs) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(expectedOutputs);

      await kill(child);
      await client.close();
      await rms.close();
      logFile.end();
      if (process.env["CAD_KEEP_KILL_LOG"] === undefined) rmSync(dir, { recursive: true, force: true });
      else process.stdout.write(`engine log kept in ${dir}\n`);
    }, 300_000);
  },
);

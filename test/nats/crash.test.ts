import { DeliverPolicy } from "@nats-io/jetstream";
import { describe, expect, it } from "vitest";
import { EngineService, natsServerAvailable } from "../../adapters/nats/index.ts";
import { applyInput, createState, serialiseState, type Input } from "../../engine/index.ts";
import { useSecureNatsServer } from "../support/secure-nats.ts";
import { T0, config } from "../support/scenario.ts";
import { workload } from "../support/workload.ts";

const INPUTS = 1500;

describe.skipIf(!natsServerAvailable())(
  "the NATS server killed with SIGKILL mid-stream, with authentication (needs nats-server)",
  () => {
    // Secured as deployed: the engine on the engine role's creds, the inputs on the sim role's
    // (timed inputs), the event stream read back on the rms role's, the input stream counted by the admin.
    const nats = useSecureNatsServer({ agencies: ["crash"], sim: true });

    it("loses no input, duplicates no output, and ends in the state of an engine that never saw the crash", async () => {
      const service = await EngineService.start({
        agency: "crash",
        servers: nats.url,
        config,
        trustInputTime: true,
        auth: nats.auth("crash", "engine"),
      });
      const client = await nats.client("crash", "sim");
      const admin = await nats.client("crash", "admin");
      const rms = await nats.client("crash", "rms");
      const inputs = workload(INPUTS, 99, (i) => T0 + i * 1000);
      let crash: Promise<void> = Promise.resolve();
      for (const [i, body] of inputs.entries()) {
        if (i === 600) {
          crash = (async () => {
            await nats.kill();
            await new Promise((r) => setTimeout(r, 800));
            await nats.restart();
          })();
        }
        await client.send(body, { id: `crash-${i}`, time: T0 + i * 1000 });
      }
      await crash;

      const jsm = await admin.js.jetstreamManager();
      expect((await jsm.streams.info("CAD_IN_CRASH")).state.messages).toBe(INPUTS);
      for (let waited = 0; service.lastSeq < INPUTS && waited < 60_000; waited += 100)
        await new Promise((r) => setTimeout(r, 100));
      expect(service.lastSeq).toBe(INPUTS);

      // The reference: the same log applied in one go.
      const reference = createState();
      let expectedOutputs = 0;
      inputs.forEach((body, i) => {
        const result = applyInput(reference, config, {
          ...body,
          id: `crash-${i}`,
          at: T0 + i * 1000,
        } as Input);
        expectedOutputs += result.rejection === null ? result.events.length : 1;
      });
      expect(JSON.stringify(serialiseState(service.state))).toBe(JSON.stringify(serialiseState(reference)));

      // Every output exactly once: no gap, no double.
      const ids: string[] = [];
      for (let waited = 0; waited < 30_000; waited += 250) {
        ids.length = 0;
        const consumer = await rms.js.consumers.get("CAD_EVT_CRASH", {
          deliver_policy: DeliverPolicy.All,
          filter_subjects: "cad.crash.evt.>",
          headers_only: true,
        });
        const messages = await consumer.consume();
        for await (const m of messages) {
          ids.push(m.headers?.get("Nats-Msg-Id") ?? "");
          if (m.info.pending === 0) break;
        }
        await messages.close();
        if (ids.length >= expectedOutputs) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(expectedOutputs);
      for (const c of [client, admin, rms]) await c.close();
      await service.stop();
      // About 50 s on a loaded 2-core machine: the default minute is too tight.
    }, 240_000);
  },
);

import { DeliverPolicy, jetstream } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { describe, expect, it, onTestFinished } from "vitest";
import { loadConfigFile } from "../../adapters/config/index.ts";
import {
  natsServerAvailable,
  EngineService,
  INPUT_SEQ_HEADER,
  agencySubjects,
  connectNats,
} from "../../adapters/nats/index.ts";
import { LoadGenerator } from "../../bench/e2e/load.ts";
import { PassThrough } from "../../bench/e2e/passthrough.ts";
import { PlanFeed } from "../../bench/e2e/plan-feed.ts";
import { Workload } from "../../bench/e2e/workload.ts";
import { useSecureNatsServer } from "../support/secure-nats.ts";

const config = loadConfigFile();

/** Every message of an agency's event stream: subject (agency removed), message id (agency removed), input sequence, size. */
async function storedOutputs(nc: NatsConnection, agency: string): Promise<string[]> {
  const s = agencySubjects(agency);
  const js = jetstream(nc);
  const info = await (await js.jetstreamManager()).streams.info(s.eventStream);
  const consumer = await js.consumers.get(s.eventStream, { deliver_policy: DeliverPolicy.All });
  const out: string[] = [];
  if (info.state.messages === 0) return out;
  const messages = await consumer.consume({ max_messages: 1024 });
  for await (const m of messages) {
    const id = (m.headers?.get("Nats-Msg-Id") ?? "").replace(`${agency}:`, "");
    const seq = m.headers?.get(INPUT_SEQ_HEADER) ?? "";
    out.push(`${m.subject.replace(`cad.${agency}.`, "")} ${id} ${seq} ${m.data.length}`);
    if (m.info.pending === 0) break;
  }
  await messages.close();
  return out.sort();
}

describe.skipIf(!natsServerAvailable())(
  "the pass-through against the engine on the same inputs, with authentication (needs nats-server)",
  () => {
    // As the benchmark runs with authentication: the engine and the pass-through on the engine
    // role's creds of their agency, the generator on the sim role's, its stream readings on the
    // admin's; the event streams read back on the rms role's.
    const nats = useSecureNatsServer({ agencies: ["e2eng", "e2pas"], sim: true });
    const connectAs = async (agency: string, role: "sim" | "admin" | "rms") => {
      const nc = await connectNats(nats.url, `test-${role}-${agency}`, nats.auth(agency, role));
      onTestFinished(() => nc.drain());
      return nc;
    };

    it("publishes, for every input, the engine's number of messages with the same subjects, ids and sizes", async () => {
      const url = nats.url;
      const workload = new Workload(config, {
        seed: 3,
        units: 200,
        liveInputs: 3000,
        callShare: 0.03,
        stepMs: 1,
        agency: "e2eng",
      });
      const engine = await EngineService.start({
        agency: "e2eng",
        servers: url,
        config,
        trustInputTime: true,
        auth: nats.auth("e2eng", "engine"),
      });
      onTestFinished(() => engine.stop());
      const passthrough = await PassThrough.start({
        agency: "e2pas",
        servers: url,
        auth: nats.auth("e2pas", "engine"),
      });
      onTestFinished(() => passthrough.stop());
      await new PlanFeed(await connectAs("e2pas", "sim"), workload, "e2pas").sync();
      const total = workload.inputs.length;
      for (const agency of ["e2eng", "e2pas"]) {
        const gen = await LoadGenerator.start(
          await connectAs(agency, "sim"),
          workload,
          agency,
          await connectAs(agency, "admin"),
        );
        await gen.saturate(total, 1000);
        expect(await gen.waitProcessed(total, 50_000)).toBe(true);
        const check = await gen.check();
        expect(check.inputsStored).toBe(total);
        expect(check.outputsStored).toBe(workload.plan.size.length);
        // Every call that opened an incident was timed to its recommendation.
        workload.recommends.forEach((r, i) => {
          if (r === 1) expect(gen.recommendedAt[i], `${agency} input ${i}`).toBeGreaterThan(gen.sentAt[i]!);
        });
        await gen.close();
      }
      expect(passthrough.counts.unplanned).toBe(0);
      expect(passthrough.counts.inputs).toBe(total);
      const fromEngine = await storedOutputs(await connectAs("e2eng", "rms"), "e2eng");
      expect(fromEngine.length).toBe(workload.plan.size.length);
      expect(await storedOutputs(await connectAs("e2pas", "rms"), "e2pas")).toEqual(fromEngine);
    });
  },
);

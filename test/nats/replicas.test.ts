import { DeliverPolicy } from "@nats-io/jetstream";
import { describe, expect, it } from "vitest";
import {
  EngineService,
  agencySubjects,
  logMessageOfJs,
  natsServerAvailable,
  preferredReplica,
  readLogEntry,
  stateDigest,
} from "../../adapters/nats/index.ts";

import { applyInput, createState, type EngineState } from "../../engine/index.ts";
import { NatsClient, eventsOf, useNatsServer } from "../support/nats.ts";
import { T0, config } from "../support/scenario.ts";
import { workload } from "../support/workload.ts";

/** Waits until `cond` holds (polled every 50 ms) or fails after `ms`. */
async function until(cond: () => boolean | Promise<boolean>, ms = 20_000, what = "condition"): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`${what} not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The whole input log applied in one go, as the replicas read it: the state and how many outputs it gives. */
async function reference(client: NatsClient): Promise<{ state: EngineState; outputs: number }> {
  const s = agencySubjects(client.agency);
  const state = createState();
  let outputs = 0;
  const consumer = await client.js.consumers.get(s.inputStream, { deliver_policy: DeliverPolicy.All });
  const messages = await consumer.consume();
  for await (const m of messages) {
    const entry = readLogEntry(logMessageOfJs(m), client.agency, true, state.now);
    if (entry.decoded?.ok === true) {
      const result = applyInput(state, config, entry.decoded.input);
      outputs += result.rejection === null ? result.events.length : 1;
    } else outputs += 1;
    if (m.info.pending === 0) break;
  }
  await messages.close();
  return { state, outputs };
}

describe.skipIf(!natsServerAvailable())("replicas of one agency's engine (needs nats-server)", () => {
  const nats = useNatsServer();
  const start = (agency: string, name: string, log: string[] = []) =>
    EngineService.start({
      agency,
      servers: nats.server.url,
      config,
      trustInputTime: true,
      replica: { name },
      log: (line) => void log.push(line),
    });

  it("one of three leads; its outputs are stored once and equal a sole engine's; every replica's state equals it; when the leader stops another takes over and nothing is lost or doubled", async () => {
    const agency = "ha";
    const replicas = await Promise.all(["r1", "r2", "r3"].map((name) => start(agency, name)));
    await until(() => replicas.filter((r) => r.leading).length === 1, 20_000, "one leader");
    const client = await NatsClient.connect(nats.server.url, agency);
    const inputs = workload(400, 11, (i) => T0 + i * 1000);
    const send = async (from: number, to: number) => {
      for (let i = from; i < to; i++) await client.send(inputs[i]!, { id: `ha-${i}`, time: T0 + i * 1000 });
    };
    const settled = async (live: EngineService[]) => {
      const ref = await reference(client);
      await until(async () => (await client.readEvents()).length >= ref.outputs, 20_000, "every output");
      const outputs = await client.readEvents();
      // Once each: as many outputs as the reference gives, no (input, index) twice.
      expect(outputs.length).toBe(ref.outputs);
      const keys = outputs.map((o) => `${o.inputSeq}:${"event" in o ? o.index : "r"}`);
      expect(new Set(keys).size).toBe(keys.length);
      // Every live replica is where the reference is, asked on its own subject.
      const digest = stateDigest(ref.state);
      for (const r of live) {
        const reply = await client.nc.request(
          `cad.${agency}.replica.${r.replicaName}.q.digest`,
          new TextEncoder().encode("{}"),
          { timeout: 5000 },
        );
        const answer = JSON.parse(new TextDecoder().decode(reply.data)) as {
          sha256: string;
          replica: string;
          leader: string;
          leading: boolean;
        };
        expect(answer).toMatchObject({ sha256: digest, replica: r.replicaName, leading: r.leading });
      }
      return outputs;
    };

    await send(0, 200);
    await until(() => replicas.every((r) => r.lastSeq === replicas[0]!.lastSeq && r.lastSeq >= 200));
    await settled(replicas);
    const leader = replicas.find((r) => r.leading)!;
    // The agency's own queries are answered by the leader, which says so.
    const metrics = await client.query<{ leading: boolean; leader: string; term: number }>("metrics");
    expect(metrics).toMatchObject({ leading: true, leader: leader.replicaName, term: leader.term });

    await leader.stop();
    const rest = replicas.filter((r) => r !== leader);
    await until(() => rest.filter((r) => r.leading).length === 1, 20_000, "a new leader");
    await send(200, 400);
    await until(() => rest.every((r) => r.lastSeq >= 400 + 1));
    const outputs = await settled(rest);
    // The claims are in the record: the first term and the takeover's.
    const changes = eventsOf(outputs).filter((e) => e.type === "LeadershipChanged");
    expect(changes.length).toBeGreaterThanOrEqual(2);
    expect(changes.at(-1)).toMatchObject({ replica: rest.find((r) => r.leading)!.replicaName });
    await client.close();
    await Promise.all(rest.map((r) => r.stop()));
  });

  it("a replica that starts later follows and publishes nothing while another leads; the agency's preferred replica then takes the lead", async () => {
    // An agency for which the second replica is the preferred one, so the lead moves to it.
    const agency = ["spread-a", "spread-b", "spread-c", "spread-d"].find(
      (a) => preferredReplica(a, ["first", "second"]) === "second",
    )!;
    const logs: string[] = [];
    const first = await start(agency, "first");
    await until(() => first.leading, 20_000, "the first replica leads");
    const second = await start(agency, "second", logs);
    const client = await NatsClient.connect(nats.server.url, agency);
    const inputs = workload(60, 5, (i) => T0 + i * 1000);
    for (const [i, body] of inputs.entries()) await client.send(body, { id: `sp-${i}`, time: T0 + i * 1000 });
    await until(() => second.lastSeq === first.lastSeq && second.lastSeq >= 60);
    expect(second.leading).toBe(false);
    expect(second.counts.published).toBe(0);
    await until(() => second.leading && !first.leading, 20_000, "the lead moves to the preferred replica");
    expect(logs.some((l) => l.includes("the agency prefers this replica"))).toBe(true);
    const ref = await reference(client);
    await until(async () => (await client.readEvents()).length >= ref.outputs);
    expect((await client.readEvents()).length).toBe(ref.outputs);
    await client.close();
    await Promise.all([first.stop(), second.stop()]);
  });
});

import { describe, expect, it } from "vitest";
import { readConfigHistory, formatChange } from "../../adapters/cli/config-history.ts";
import { recordConfiguration, watchConfiguration } from "../../adapters/cli/config-record.ts";
import type { ConfigSource } from "../../adapters/config/index.ts";
import { EngineService, natsServerAvailable } from "../../adapters/nats/index.ts";
import type { EngineState } from "../../engine/index.ts";
import { DEFAULT_SOURCE, withPriority } from "../support/configs.ts";
import { NatsClient, useNatsServer } from "../support/nats.ts";
import { call, near } from "../support/scenario.ts";

// Generous bounds: the machine may be a loaded 2-core one.
const WAIT_MS = 30_000;

async function until(what: string, ok: () => boolean): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const priorityOf = (state: EngineState, callId: string) => {
  const incidentId = state.calls.get(callId)?.incidentId ?? "";
  return state.incidents.get(incidentId)?.priority;
};

/** `cad serve`'s start-up: the service on the file's config, then the file's config recorded when not in force. */
async function serve(url: string, agency: string, source: ConfigSource, lines: string[] = []) {
  const log = (line: string) => void lines.push(line);
  const service = await EngineService.start({ agency, servers: url, config: source.config, log });
  const recordedAt = await recordConfiguration(service, source, agency, log);
  if (recordedAt !== null)
    await until("the recorded configuration applied", () => service.lastSeq >= recordedAt);
  return { service, recordedAt, lines };
}

describe.skipIf(!natsServerAvailable())(
  "the configuration is part of the history (needs nats-server)",
  () => {
    const nats = useNatsServer();
    const AFA_4 = withPriority("AFA", 4);

    it("a restart with a changed file records the change once, keeps the incidents before it, and a restart with the same file records nothing", async () => {
      const url = nats.server.url;
      const client = await NatsClient.connect(url, "cfg");
      const first = await serve(url, "cfg", DEFAULT_SOURCE);
      expect(first.recordedAt).toBe(1); // an empty log: the file's configuration recorded before any input
      await client.send(call("C1", "AFA", near(0, 0), { receivedAt: Date.now() - 1000 }));
      await until("C1 applied", () => first.service.state.calls.has("C1"));
      expect(priorityOf(first.service.state, "C1")).toBe(2);
      await first.service.stop();

      // AFA is now priority 4 in the file: recovery replays C1 under the configuration of its time.
      const second = await serve(url, "cfg", AFA_4);
      expect(second.recordedAt).toBe(3);
      expect(second.lines.some((l) => l.includes(`configuration ${AFA_4.hash.slice(0, 12)}`))).toBe(true);
      expect(second.service.state.configuration?.hash).toBe(AFA_4.hash);
      await client.send(call("C2", "AFA", near(3000, 0), { receivedAt: Date.now() - 1000 }));
      await until("C2 applied", () => second.service.state.calls.has("C2"));
      expect(priorityOf(second.service.state, "C1")).toBe(2);
      expect(priorityOf(second.service.state, "C2")).toBe(4);
      await second.service.stop();

      // The same file again: nothing recorded, and the state is the one before.
      const third = await serve(url, "cfg", AFA_4);
      expect(third.recordedAt).toBeNull();
      expect(third.lines.some((l) => l.includes("is the one in force"))).toBe(true);
      expect(priorityOf(third.service.state, "C1")).toBe(2);
      expect(priorityOf(third.service.state, "C2")).toBe(4);
      // Stopped only once its live consumer runs: a stop() just after caught up can hang
      // (EngineService's run() may be between its stopping check and creating the consumer).
      const tickSeq = await client.send({ kind: "Tick" });
      await until("the tick applied", () => third.service.lastSeq >= tickSeq);
      await third.service.stop();

      const history = await readConfigHistory(url, "cfg");
      expect(history.map((c) => [c.seq, c.hash])).toEqual([
        [1, DEFAULT_SOURCE.hash],
        [3, AFA_4.hash],
      ]);
      expect(history[0]?.summary).toMatch(/^first recorded \(\d+ call types\)$/);
      expect(history[1]?.summary).toBe("AFA priority 2 -> 4");
      expect(formatChange(history[1]!)).toMatch(
        /^\s+3 {2}\d{4}-\d\d-\d\d \d\d:\d\d:\d\d {3}[0-9a-f]{12} {2}AFA priority 2 -> 4$/,
      );
      await client.close();
    });

    it("two replicas starting together with the same new file record it once", async () => {
      const url = nats.server.url;
      const [a, b] = await Promise.all([serve(url, "pair", AFA_4), serve(url, "pair", AFA_4)]);
      // Each either recorded it at input 1 (the second publish a duplicate JetStream drops) or
      // found it already in force.
      expect([a.recordedAt, b.recordedAt].filter((seq) => seq !== null)).not.toHaveLength(0);
      for (const r of [a, b]) {
        expect([1, null]).toContain(r.recordedAt);
        await until("the configuration in force", () => r.service.state.configuration?.hash === AFA_4.hash);
      }
      expect((await readConfigHistory(url, "pair")).map((c) => c.seq)).toEqual([1]);
      await Promise.all([a.service.stop(), b.service.stop()]);
    });

    it("replicas started with different files do not disagree silently: the log's latest is in force on both, and the other says so", async () => {
      const url = nats.server.url;
      const a = await serve(url, "split", DEFAULT_SOURCE);
      const watch = watchConfiguration(a.service, DEFAULT_SOURCE, "split", (l) => void a.lines.push(l));
      const b = await serve(url, "split", AFA_4);
      await until(
        "replica A applies B's configuration",
        () => a.service.state.configuration?.hash === AFA_4.hash,
      );
      await until("replica A's warning", () => a.lines.some((l) => l.includes("WARNING")));
      const warning = a.lines.find((l) => l.includes("WARNING")) ?? "";
      expect(warning).toContain(`configuration ${AFA_4.hash.slice(0, 12)}`);
      expect(warning).toContain("is NOT");
      expect(b.service.state.configuration?.hash).toBe(AFA_4.hash);
      watch.stop();
      await Promise.all([a.service.stop(), b.service.stop()]);
    });
  },
);

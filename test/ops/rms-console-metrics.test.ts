import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { EngineService, natsServerAvailable } from "../../adapters/nats/index.ts";
import { login, postJson, usersFileWith } from "../console/login.ts";
import { TestPage } from "../console/sse.ts";
import { NatsClient, useNatsServer } from "../support/nats.ts";
import { call, config, near, unit } from "../support/scenario.ts";
import { cad, get, scrape, until } from "./support.ts";

/** The agency's engine in this process (the sole engine: it always publishes). */
async function engineOf(url: string, agency: string): Promise<EngineService> {
  const engine = await EngineService.start({ agency, servers: url, config });
  onTestFinished(() => engine.stop());
  await engine.caughtUp;
  return engine;
}

describe.skipIf(!natsServerAvailable())(
  "the RMS's and the console's metrics endpoints (needs nats-server)",
  () => {
    const nats = useNatsServer();

    it("given cad rms run --metrics-port, when the engine publishes, then events stored and lag show on /metrics and /readyz is 200 once caught up", async () => {
      const agency = "met3";
      await engineOf(nats.server.url, agency);
      const dir = mkdtempSync(join(tmpdir(), "cad-ops-rms-"));
      onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
      const rms = cad([
        "rms",
        "run",
        "--insecure",
        "--agency",
        agency,
        "--nats",
        nats.server.url,
        "--db",
        join(dir, "rms.sqlite"),
        "--metrics-port",
        "0",
      ]);
      const base = await rms.metricsBase();
      expect((await get(`${base}/healthz`)).status).toBe(200);
      const client = await NatsClient.connect(nats.server.url, agency);
      try {
        await client.send(unit("E1", "engine"));
        await client.send(call("C1", "AFA", near(100, 100), { receivedAt: Date.now() - 1000 }));
      } finally {
        await client.nc.close();
      }
      const labels = { agency };
      const m = await until("the engine's outputs stored by the RMS, and its lag looked at", async () => {
        const s = await scrape(base);
        return (s.value("cad_rms_events_stored_total", labels) ?? 0) >= 3 &&
          s.value("cad_rms_lag_messages", labels) === 0
          ? s
          : undefined;
      });
      expect(m.value("cad_rms_last_stream_sequence", labels)).toBeGreaterThanOrEqual(3);
      expect(m.value("cad_rms_caught_up", labels)).toBe(1);
      expect(m.value("cad_rms_nats_connected", labels)).toBe(1);
      expect(m.value("cad_build_info", { program: "cad-rms" })).toBe(1);
      const ready = await get(`${base}/readyz`);
      expect(ready.status).toBe(200);
      expect(ready.body).toContain("caught up");
      rms.child.kill("SIGTERM");
      expect(await rms.exited).toBe(0);
    });

    it("given cad console --metrics-port, when operators log in, watch and command, then sessions, SSE clients and commands by result show on /metrics", async () => {
      const agency = "met4";
      await engineOf(nats.server.url, agency);
      const users = await usersFileWith(agency, [
        { name: "dana", role: "dispatcher" },
        { name: "vic", role: "viewer" },
      ]);
      const web = cad([
        "console",
        "--insecure",
        "--agency",
        agency,
        "--nats",
        nats.server.url,
        "--port",
        "0",
        "--users",
        users,
        "--metrics-port",
        "0",
      ]);
      const base = await web.metricsBase();
      const url = (await web.waitFor(/open (http:\/\/127\.0\.0\.1:\d+\/)/))[1]!;
      expect((await get(`${base}/readyz`)).status).toBe(200);
      const dana = await login(url, "dana");
      const vic = await login(url, "vic");
      const page = new TestPage(url, dana);
      onTestFinished(() => page.close());
      const note = { kind: "AddNote", incidentId: "INC-000001", text: "private words" };
      expect((await postJson(url, "api/commands", { id: "note-0001", input: note }, dana)).status).toBe(200);
      const bad = await postJson(url, "api/commands", { id: "n-1", input: note }, dana);
      expect(bad.status).toBe(400);
      const badCode = ((await bad.json()) as { code: string }).code;
      const status = { kind: "UpdateUnitStatus", unitId: "E1", status: "out_of_service" };
      expect((await postJson(url, "api/commands", { id: "vic-0001", input: status }, vic)).status).toBe(403);

      const labels = { agency };
      const m = await until("the page's stream counted", async () => {
        const s = await scrape(base);
        return s.value("cad_console_sse_clients", labels) === 1 ? s : undefined;
      });
      expect(m.value("cad_console_sessions", labels)).toBe(2);
      expect(m.value("cad_console_commands_total", { ...labels, result: "accepted" })).toBe(1);
      expect(m.value("cad_console_commands_total", { ...labels, result: "FORBIDDEN_FOR_ROLE" })).toBe(1);
      expect(m.value("cad_console_commands_total", { ...labels, result: badCode })).toBe(1);
      expect(m.value("cad_console_nats_connected", labels)).toBe(1);
      page.close();
      await until("the page's stream gone", async () =>
        (await scrape(base)).value("cad_console_sse_clients", labels) === 0 ? true : undefined,
      );
      web.child.kill("SIGTERM");
      expect(await web.exited).toBe(0);
    });
  },
);

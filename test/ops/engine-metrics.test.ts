import { describe, expect, it } from "vitest";
import { natsServerAvailable } from "../../adapters/nats/index.ts";
import { NatsClient, useNatsServer } from "../support/nats.ts";
import { call, near, unit } from "../support/scenario.ts";
import { workload } from "../support/workload.ts";
import { T0 } from "../support/scenario.ts";
import { cad, get, scrape, until } from "./support.ts";

/** A caller's data: it must never reach the log at info level. */
const PRIVATE = {
  address: "1313 Mockingbird Lane",
  callerNumber: "+12065550199",
  description: "caller Jane Roe says her neighbour is unconscious",
};

const serveArgs = (url: string, agency: string) => [
  "serve",
  "--insecure",
  "--agency",
  agency,
  "--nats",
  url,
  "--no-clock",
  "--metrics-port",
  "0",
];

describe.skipIf(!natsServerAvailable())("cad serve --metrics-port (needs nats-server)", () => {
  const nats = useNatsServer();

  it("given a serving engine, when inputs arrive, then /metrics parses as Prometheus text and its counters move", async () => {
    const serve = cad([...serveArgs(nats.server.url, "met1"), "--log-format", "json"]);
    const base = await serve.metricsBase();
    await until("/readyz 200", async () => ((await get(`${base}/readyz`)).status === 200 ? true : undefined));
    expect((await get(`${base}/healthz`)).status).toBe(200);
    const labels = { agency: "met1" };
    // The sole replica claims the lead (an input of the log, counted as applied): then count.
    const before = await until("the lead taken", async () => {
      const m = await scrape(base);
      return m.value("cad_engine_leading", labels) === 1 ? m : undefined;
    });
    expect(before.types.get("cad_engine_publish_latency_seconds")).toBe("histogram");
    expect(before.value("cad_engine_inputs_applied_total", labels)).toBeTypeOf("number");
    expect(before.value("cad_engine_caught_up", labels)).toBe(1);
    expect(before.value("cad_engine_nats_connected", labels)).toBe(1);

    const client = await NatsClient.connect(nats.server.url, "met1");
    try {
      await client.send(unit("E1", "engine"));
      await client.send(unit("M1", "medic", "metro-fire", near(500, 0)));
      await client.send(
        call("C1", "MED", near(2000, 2000), {
          receivedAt: Date.now() - 1000,
          address: PRIVATE.address,
          callerNumber: PRIVATE.callerNumber,
          description: PRIVATE.description,
        }),
      );
      await client.send({ kind: "DispatchUnit", incidentId: "INC-NOPE", unitId: "E1" });
    } finally {
      await client.nc.close();
    }

    const after = await until("the four inputs counted", async () => {
      const m = await scrape(base);
      const applied = m.value("cad_engine_inputs_applied_total", labels) ?? 0;
      const rejected = m.value("cad_engine_inputs_rejected_total", { ...labels, code: "UNKNOWN_INCIDENT" });
      return applied - (before.value("cad_engine_inputs_applied_total", labels) ?? 0) === 3 && rejected === 1
        ? m
        : undefined;
    });
    // The call waits in the queue at its call type's priority (MED: 1) until a unit is dispatched.
    expect(after.value("cad_engine_pending_incidents", { ...labels, priority: "1" })).toBe(1);
    expect(after.value("cad_engine_active_incidents", labels)).toBe(1);
    expect(after.value("cad_engine_units", { ...labels, status: "available" })).toBe(2);
    expect(after.value("cad_engine_units", { ...labels, status: "on_scene" })).toBe(0);
    expect(after.value("cad_engine_overdue_incidents", labels)).toBe(0);
    expect(after.value("cad_engine_lag_inputs", labels)).toBe(0);
    // The leader publishes: its outputs' acks are timed.
    expect(after.value("cad_engine_leadership_term", labels)).toBeGreaterThanOrEqual(1);
    const published = after.value("cad_engine_outputs_published_total", labels) ?? 0;
    expect(published).toBeGreaterThan(0);
    expect(after.value("cad_engine_publish_latency_seconds_count", labels)).toBeGreaterThan(0);
    expect(after.value("cad_engine_publish_latency_seconds_sum", labels)).toBeGreaterThan(0);
    // Every series names its replica; no snapshot age without --data-dir.
    expect(after.all("cad_engine_inputs_applied_total")[0]?.labels["replica"]).toMatch(/\S/);
    expect(after.all("cad_engine_snapshot_age_seconds")).toEqual([]);

    expect((await get(`${base}/nothing`)).status).toBe(404);
    serve.child.kill("SIGTERM");
    expect(await serve.exited).toBe(0);

    // The log: JSON lines with level, time, component and agency; no caller's data in them.
    const lines = serve.out.stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      expect(entry["level"]).toMatch(/^(info|warn|error)$/);
      expect(Date.parse(String(entry["time"]))).not.toBeNaN();
      expect(entry["component"]).toBeTypeOf("string");
      expect(entry["msg"]).toBeTypeOf("string");
    }
    expect(lines.some((l) => (JSON.parse(l) as { agency?: string }).agency === "met1")).toBe(true);
    for (const value of Object.values(PRIVATE)) expect(serve.out.stdout).not.toContain(value);
  });

  it("given many inputs in the log before start, /readyz is 503 while the engine replays them and 200 after", async () => {
    const agency = "met2";
    const client = await NatsClient.connect(nats.server.url, agency);
    const count = 60_000;
    try {
      // The streams exist before the first input: an engine run creates them, then stops.
      const first = cad(serveArgs(nats.server.url, agency));
      const firstBase = await first.metricsBase();
      await until("the first run ready", async () =>
        (await get(`${firstBase}/readyz`)).status === 200 ? true : undefined,
      );
      first.child.kill("SIGTERM");
      expect(await first.exited).toBe(0);
      const inputs = workload(count, 7, (i) => T0 + i * 100).map((body, i) => ({
        ...body,
        id: `w-${i}`,
        at: T0 + i * 100,
      }));
      await client.sendLog(inputs as never);
    } finally {
      await client.nc.close();
    }

    const serve = cad(serveArgs(nats.server.url, agency));
    const base = await serve.metricsBase();
    const seen: { status: number; body: string }[] = [];
    const ready = await until("/readyz 200", async () => {
      const r = await get(`${base}/readyz`);
      seen.push(r);
      return r.status === 200 ? r : undefined;
    });
    const replaying = seen.filter((r) => r.status === 503 && r.body.includes("replaying the log"));
    expect(replaying.length, seen.map((r) => `${r.status} ${r.body}`).join("")).toBeGreaterThan(0);
    expect(ready.body).toContain("caught up with the log");
    const m = await scrape(base);
    expect(m.value("cad_engine_caught_up", { agency })).toBe(1);
    expect(m.value("cad_engine_last_input_sequence", { agency })).toBeGreaterThanOrEqual(count);
    serve.child.kill("SIGTERM");
    expect(await serve.exited).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { EngineService, natsServerAvailable } from "../../adapters/nats/index.ts";
import { serialiseState, type UnitsRecommended } from "../../engine/index.ts";
import { NatsClient, eventsOf, rejectionsOf, useNatsServer } from "../support/nats.ts";
import { call, config, near, unit } from "../support/scenario.ts";

describe.skipIf(!natsServerAvailable())("the engine as a NATS service (needs nats-server)", () => {
  const nats = useNatsServer();

  it("end to end: calls in, recommendations and status events out, the unit's terminal told, queries answered", async () => {
    const service = await EngineService.start({ agency: "e2e", servers: nats.server.url, config });
    const client = await NatsClient.connect(nats.server.url, "e2e");
    const terminal: string[] = [];
    client.nc.subscribe("cad.e2e.unit.E1.>", { callback: (_e, m) => void terminal.push(m.subject) });
    await client.send(unit("E1", "engine", "metro-fire", near(500, 0)));
    await client.send(unit("L1", "ladder", "metro-fire", near(900, 0)));
    await client.send(call("C1", "AFA", near(0, 0), { receivedAt: Date.now() - 30_000 }));
    const first = await client.outputs((all) => eventsOf(all).some((e) => e.type === "UnitsRecommended"));
    const rec = eventsOf(first).find((e): e is UnitsRecommended => e.type === "UnitsRecommended");
    expect(rec?.slots.map((s) => s.unit?.unitId)).toEqual(["E1", "L1"]);
    const incidentId = rec?.incidentId ?? "";

    await client.send({ kind: "DispatchUnit", incidentId, unitId: "E1" });
    const after = await client.outputs((all) => eventsOf(all).some((e) => e.type === "UnitStatusChanged"));
    expect(eventsOf(after).find((e) => e.type === "UnitStatusChanged")).toMatchObject({
      unitId: "E1",
      to: "dispatched",
      incidentId,
    });
    const state = await client.query<{ pending: unknown[]; units: { id: string; status: string }[] }>(
      "state",
    );
    expect(state.pending).toEqual([]);
    expect(state.units.find((u) => u.id === "E1")?.status).toBe("dispatched");
    const incident = await client.query<{
      status: string;
      timeline: { what: string }[];
      calls: { id: string }[];
    }>("incident", { id: incidentId });
    expect(incident.status).toBe("dispatched");
    expect(incident.calls.map((c) => c.id)).toEqual(["C1"]);
    expect(incident.timeline.some((t) => t.what.includes("E1 dispatched"))).toBe(true);
    const again = await client.query<{
      slots: { unit: { unitId: string } | null; assignedUnitId?: string }[];
    }>("recommend", { incidentId });
    // E1 now serves the incident: it fills the engine slot, which wants nobody more; the ladder is still L1.
    expect(again.slots.map((s) => s.unit?.unitId ?? null)).toEqual([null, "L1"]);
    expect(again.slots.map((s) => s.assignedUnitId ?? null)).toEqual(["E1", null]);
    expect(terminal.some((s) => s.startsWith("cad.e2e.unit.E1."))).toBe(true);
    await client.close();
    await service.stop();
  });

  it("bad input: 2,000 malformed and hostile inputs are each rejected with a code and the input's sequence; valid calls in between are all applied", async () => {
    const service = await EngineService.start({ agency: "fuzz", servers: nats.server.url, config });
    const client = await NatsClient.connect(nats.server.url, "fuzz");
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const subjects = [
      "call",
      "unit.location.E1",
      "unit.status.E1",
      "roster.add",
      "cmd.dispatch",
      "cmd.merge",
      "cmd.close",
      "cmd.note",
      "bogus",
      "cmd.launch",
    ];
    const bad: number[] = [];
    let good = 0;
    for (let i = 0; i < 2000; i++) {
      if (i % 20 === 0) {
        await client.send(
          call(`OK${++good}`, "THEFT", near(good * 400, 0), { receivedAt: Date.now() - 1000 }),
        );
        continue;
      }
      const length = Math.floor(random() * 64);
      const bytes = Uint8Array.from({ length }, () => Math.floor(random() * 256));
      const subject = `cad.fuzz.in.${subjects[Math.floor(random() * subjects.length)] ?? "call"}`;
      bad.push(await client.sendRaw(subject, bytes));
    }
    const outputs = await client.outputs(
      (all) =>
        rejectionsOf(all).length >= bad.length &&
        eventsOf(all).filter((e) => e.type === "CallReceived").length >= good,
      60_000,
    );
    const rejected = rejectionsOf(outputs);
    expect(new Set(rejected.map((r) => r.inputSeq))).toEqual(new Set(bad));
    for (const r of rejected) expect(r.code).toMatch(/^[A-Z_]+$/);
    expect(new Set(rejected.map((r) => r.code))).toContain("DECODE_ERROR");
    expect(new Set(rejected.map((r) => r.code))).toContain("UNKNOWN_INPUT_KIND");
    expect(eventsOf(outputs).filter((e) => e.type === "CallReceived")).toHaveLength(good);
    expect(service.state.calls.size).toBe(good);
    await client.close();
    await service.stop();
  });

  it("an engine restarted on the same log recovers the same state by replay and publishes nothing twice", async () => {
    const first = await EngineService.start({ agency: "restart", servers: nats.server.url, config });
    const client = await NatsClient.connect(nats.server.url, "restart");
    await client.send(unit("M1", "medic", "metro-fire", near(100, 0)));
    for (let i = 0; i < 30; i++)
      await client.send(call(`R${i}`, "MED", near(i * 300, 0), { receivedAt: Date.now() - 1000 }));
    const before = await client.outputs(
      (all) => eventsOf(all).filter((e) => e.type === "CallReceived").length === 30,
    );
    const stateBefore = JSON.stringify(serialiseState(first.state));
    await first.stop();

    const second = await EngineService.start({ agency: "restart", servers: nats.server.url, config });
    await second.caughtUp;
    expect(JSON.stringify(serialiseState(second.state))).toBe(stateBefore);
    await new Promise((r) => setTimeout(r, 500));
    expect(await client.readEvents()).toHaveLength(before.length);
    await client.send(call("R30", "MED", near(0, 3000), { receivedAt: Date.now() - 1000 }));
    const after = await client.outputs((all) => all.length > before.length);
    expect(new Set(after.map((o) => `${o.inputSeq}:${o.index}:${"event" in o ? "e" : "r"}`)).size).toBe(
      after.length,
    );
    await client.close();
    await second.stop();
  });
});

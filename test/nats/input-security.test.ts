import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import {
  EngineService,
  OPERATOR_HEADER,
  TIME_HEADER,
  encodeInput,
  inputSubject,
  natsServerAvailable,
} from "../../adapters/nats/index.ts";
import { RmsConsumer } from "../../adapters/rms/index.ts";
import { NatsClient, eventsOf, rejectionsOf, useNatsServer } from "../support/nats.ts";
import { call, config, near, unit } from "../support/scenario.ts";

/** Issue 15's wire rules, over a real nats-server: what an engine refuses, and the operator it records. */
describe.skipIf(!natsServerAvailable())("the input subjects' rules (needs nats-server)", () => {
  const nats = useNatsServer();

  it("given an engine that does not trust input time, when inputs break the subject rules, then each is rejected with its own code and field, and the good ones around them are applied", async () => {
    const agency = "rules";
    const service = await EngineService.start({ agency, servers: nats.server.url, config });
    onTestFinished(() => service.stop());
    const client = await NatsClient.connect(nats.server.url, agency);
    onTestFinished(() => client.close());
    await client.send(unit("E1", "engine"));
    await client.send(unit("E2", "engine", "metro-fire", near(300, 0)));
    const e1Status = { kind: "UpdateUnitStatus", unitId: "E1", status: "out_of_service" } as const;
    const mismatch = await client.sendRaw(
      inputSubject(agency, { ...e1Status, unitId: "E2" }),
      encodeInput(e1Status),
    );
    const fixOfE1 = { kind: "UpdateUnitLocation", unitId: "E1", lon: -122.33, lat: 47.6 } as const;
    const mismatchFix = await client.sendRaw(
      inputSubject(agency, { ...fixOfE1, unitId: "E2" }),
      encodeInput(fixOfE1),
    );
    const timeOnPlain = await client.sendRaw(inputSubject(agency, e1Status), encodeInput(e1Status), {
      time: Date.now(),
    });
    const timedUntrusted = await client.sendRaw(
      inputSubject(agency, e1Status, { timed: true }),
      encodeInput(e1Status),
    );
    const badOperator = await client.send(e1Status, { operator: "jane doe" });
    const bare = await client.sendRaw(`cad.${agency}.in.unit.status`, encodeInput(e1Status));
    await client.send(e1Status, { operator: "jane" });
    const all = await client.outputs((o) => eventsOf(o).some((e) => e.type === "UnitStatusChanged"));
    expect(rejectionsOf(all).map((r) => [r.inputSeq, r.code, r.field ?? null])).toEqual([
      [mismatch, "SUBJECT_MISMATCH", "unitId"],
      [mismatchFix, "SUBJECT_MISMATCH", "unitId"],
      [timeOnPlain, "INPUT_TIME_NOT_ALLOWED", TIME_HEADER],
      [timedUntrusted, "INPUT_TIME_NOT_TRUSTED", TIME_HEADER],
      [badOperator, "INVALID_OPERATOR", OPERATOR_HEADER],
      [bare, "UNKNOWN_INPUT_KIND", null],
    ]);
    const state = await client.query<{ units: { id: string; status: string; lon: number }[] }>("state");
    expect(state.units.map((u) => [u.id, u.status])).toEqual([
      ["E1", "out_of_service"],
      ["E2", "available"],
    ]);
    expect(state.units.find((u) => u.id === "E2")?.lon).not.toBe(-122.33);
  });

  it("given an engine that trusts input time, when a Cad-Time comes on a plain subject it is still rejected, and on a timed subject it is the instant", async () => {
    const agency = "timed";
    const service = await EngineService.start({
      agency,
      servers: nats.server.url,
      config,
      trustInputTime: true,
    });
    onTestFinished(() => service.stop());
    const client = await NatsClient.connect(nats.server.url, agency);
    onTestFinished(() => client.close());
    const t = Date.now() - 60_000;
    const plain = await client.sendRaw(
      inputSubject(agency, unit("E1", "engine") as never),
      encodeInput(unit("E1", "engine") as never),
      { time: t },
    );
    await client.send(unit("E2", "engine"), { time: t + 1000 });
    const all = await client.outputs((o) => eventsOf(o).some((e) => e.type === "UnitAdded"));
    expect(rejectionsOf(all).map((r) => [r.inputSeq, r.code])).toEqual([[plain, "INPUT_TIME_NOT_ALLOWED"]]);
    expect(eventsOf(all).find((e) => e.type === "UnitAdded")).toMatchObject({ unitId: "E2", at: t + 1000 });
  });

  it("when a dispatcher's input carries Cad-Operator, then its events carry the operator, the incident query's history names it, and the RMS timeline row stores it", async () => {
    const agency = "oper";
    const service = await EngineService.start({ agency, servers: nats.server.url, config });
    onTestFinished(() => service.stop());
    const client = await NatsClient.connect(nats.server.url, agency);
    onTestFinished(() => client.close());
    await client.send(unit("E1", "engine"));
    await client.send(call("C1", "AFAR", near(0, 0), { receivedAt: Date.now() - 1000 }));
    const dispatch = await client.send(
      { kind: "DispatchUnit", incidentId: "INC-000001", unitId: "E1" },
      { operator: "jane.d@psap" },
    );
    await client.send({ kind: "UpdateUnitStatus", unitId: "E1", status: "on_scene" });
    const all = await client.outputs((o) =>
      eventsOf(o).some((e) => e.type === "UnitStatusChanged" && e.to === "on_scene"),
    );
    const ofDispatch = all.filter((o) => o.inputSeq === dispatch);
    expect(ofDispatch.length).toBeGreaterThan(0);
    for (const o of ofDispatch) expect("event" in o && o.event.operator).toBe("jane.d@psap");
    for (const o of all.filter((x) => x.inputSeq !== dispatch))
      expect("event" in o && "operator" in o.event).toBe(false);

    const incident = await client.query<{ timeline: { what: string; operator?: string }[] }>("incident", {
      id: "INC-000001",
    });
    const byOperator = incident.timeline.filter((t) => t.operator === "jane.d@psap").map((t) => t.what);
    expect(byOperator).toEqual(["E1 dispatched", "pending -> dispatched (E1 dispatched)"]);
    expect(incident.timeline.find((t) => t.what === "E1 on_scene")).not.toHaveProperty("operator");

    const dir = mkdtempSync(join(tmpdir(), "cad-operator-rms-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const dbPath = join(dir, "records.sqlite");
    const rms = await RmsConsumer.start({ agency, servers: nats.server.url, dbPath });
    for (let waited = 0; rms.stats.applied < all.length && waited < 15_000; waited += 100)
      await new Promise((r) => setTimeout(r, 100));
    await rms.stop();
    const db = new Database(dbPath, { readonly: true });
    onTestFinished(() => {
      db.close();
    });
    const rows = db
      .prepare(
        "SELECT text, operator FROM timeline WHERE incident_id = 'INC-000001' ORDER BY input_seq, idx, n",
      )
      .raw()
      .all();
    expect(rows).toEqual(incident.timeline.map((t) => [t.what, t.operator ?? null]));
  });
});

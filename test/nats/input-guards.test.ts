import protobuf from "protobufjs/minimal.js";
import { headers } from "@nats-io/transport-node";
import { describe, expect, it } from "vitest";
import {
  EngineService,
  TIME_HEADER,
  encodeInput,
  inputSubject,
  natsServerAvailable,
} from "../../adapters/nats/index.ts";
import { serialiseState } from "../../engine/index.ts";
import { NatsClient, eventsOf, rejectionsOf, useNatsServer } from "../support/nats.ts";
import { call, config, near, unit } from "../support/scenario.ts";

const TEN_YEARS_MS = 10 * 365 * 86_400_000;

/** Publishes an input on its timed subject with a Cad-Time header given as raw text (possibly malformed). */
async function sendWithTime(client: NatsClient, body: Parameters<typeof encodeInput>[0], time: string) {
  const h = headers();
  h.set(TIME_HEADER, time);
  const subject = inputSubject(client.agency, body, { timed: true });
  const ack = await client.js.publish(subject, encodeInput(body), { headers: h, timeout: 5000 });
  return ack.seq;
}

describe.skipIf(!natsServerAvailable())("inputs that cannot brick an agency (needs nats-server)", () => {
  const nats = useNatsServer();

  it("trusted Cad-Time of 10^20, ten years ahead or malformed is rejected with its own code, does not move the clock, later inputs are applied, and a restart replays the same", async () => {
    const agency = "clock";
    const opts = { agency, servers: nats.server.url, config, trustInputTime: true };
    let service = await EngineService.start(opts);
    const client = await NatsClient.connect(nats.server.url, agency);
    const t0 = Date.now() - 60_000;
    await sendWithTime(client, unit("E1", "engine", "metro-fire", near(500, 0)) as never, String(t0));
    const bad = [
      ["100000000000000000000", "INVALID_INPUT_TIME"],
      [String(Date.now() + TEN_YEARS_MS), "INPUT_TIME_AHEAD"],
      ["soon", "INVALID_INPUT_TIME"],
      ["-5", "INVALID_INPUT_TIME"],
    ] as const;
    const seqs: number[] = [];
    const sentAt = Date.now();
    for (const [time] of bad) seqs.push(await sendWithTime(client, call(`X${time}`, "MED") as never, time));
    const t1 = Date.now() - 1000;
    await sendWithTime(client, call("C1", "MED", near(0, 0), { receivedAt: t1 - 5000 }) as never, String(t1));
    const all = await client.outputs((o) => eventsOf(o).some((e) => e.type === "CallReceived"));
    const answeredMs = Date.now() - sentAt;
    const rejections = rejectionsOf(all);
    expect(rejections.map((r) => [r.inputSeq, r.code, r.field])).toEqual(
      bad.map(([, code], i) => [seqs[i], code, TIME_HEADER]),
    );
    expect(eventsOf(all).find((e) => e.type === "CallReceived")).toMatchObject({ callId: "C1", at: t1 });
    const state = await client.query<{ now: number }>("state");
    expect(state.now).toBe(t1);
    console.log(`bad Cad-Time: ${bad.length} rejections and the next call answered within ${answeredMs} ms`);

    await service.stop();
    const before = JSON.stringify(serialiseState(service.state));
    service = await EngineService.start(opts);
    await client.query("state");
    expect(JSON.stringify(serialiseState(service.state))).toBe(before);
    expect(rejectionsOf(await client.readEvents())).toHaveLength(bad.length);
    await service.stop();
    await client.close();
  });

  it("a crew sent as 2^32 + 3 (int32 on the wire) is rejected VALUE_OUT_OF_RANGE, not taken as 3; a unit id that is no subject token is rejected INVALID_UNIT_ID", async () => {
    const agency = "wire";
    const service = await EngineService.start({ agency, servers: nats.server.url, config });
    const client = await NatsClient.connect(nats.server.url, agency);
    const base = encodeInput({ kind: "AddUnit", unitId: "E9", unitType: "engine", agency: "metro-fire" });
    const w = protobuf.Writer.create();
    w.uint32((6 << 3) | 0).int64(2 ** 32 + 3); // AddUnit.crew = 6
    const subject = inputSubject(agency, {
      kind: "AddUnit",
      unitId: "E9",
      unitType: "engine",
      agency: "metro-fire",
    });
    const crewSeq = await client.sendRaw(subject, Uint8Array.from([...base, ...w.finish()]));
    const idSeq = await client.send(unit("E.1", "engine"));
    await client.send(unit("E2", "engine"));
    const all = await client.outputs((o) => eventsOf(o).some((e) => e.type === "UnitAdded"));
    expect(rejectionsOf(all).map((r) => [r.inputSeq, r.code, r.field])).toEqual([
      [crewSeq, "VALUE_OUT_OF_RANGE", "crew"],
      [idSeq, "INVALID_UNIT_ID", "unitId"],
    ]);
    const state = await client.query<{ units: { id: string }[] }>("state");
    expect(state.units.map((u) => u.id)).toEqual(["E2"]);
    await client.close();
    await service.stop();
  });
});

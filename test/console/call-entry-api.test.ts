import type { Msg } from "@nats-io/transport-node";
import { describe, expect, it } from "vitest";
import { CommandError, parseCommandRequest, startConsole } from "../../adapters/console/index.ts";
import {
  decodeInput,
  decodeOutput,
  EngineService,
  natsServerAvailable,
  type DecodedOutput,
} from "../../adapters/nats/index.ts";
import { NatsClient, useNatsServer } from "../support/nats.ts";
import { config } from "../support/scenario.ts";
import { answer, api, auditRecords, ensureAuditStream, login, postJson, usersFileWith } from "./login.ts";
import { eventually } from "./support.ts";

const CALL = { kind: "ReceiveCall", lat: 47.05, lon: -122.9, callType: "MED" };

const refusal = (body: unknown): Pick<CommandError, "code" | "field"> => {
  try {
    parseCommandRequest(body);
  } catch (error) {
    if (error instanceof CommandError) return { code: error.code, field: error.field };
    throw error;
  }
  throw new Error("expected a CommandError");
};

describe("a ReceiveCall from the page: its shape", () => {
  it("keeps what a call-taker says, and nothing the gateway sets (callId, receivedAt, operator)", () => {
    const request = parseCommandRequest({
      id: "call-0001",
      input: {
        ...CALL,
        address: "3410 Main St",
        callerNumber: "+13605550123",
        flags: ["INJURIES"],
        description: "collapsed",
        startedMsAgo: 42_000,
        callId: "FORGED",
        receivedAt: 1,
        operator: "someone-else",
      },
    });
    expect(request.input).toEqual({
      ...CALL,
      address: "3410 Main St",
      callerNumber: "+13605550123",
      flags: ["INJURIES"],
      description: "collapsed",
      startedMsAgo: 42_000,
    });
  });

  it("refuses a place off the globe, flags that are not a list of codes, a missing type or an odd duration, by field", () => {
    const bad = (input: Record<string, unknown>) =>
      refusal({ id: "call-0002", input: { ...CALL, ...input } });
    expect(bad({ lat: 95 })).toEqual({ code: "BAD_COMMAND", field: "lat" });
    expect(bad({ lon: "-122.9" })).toEqual({ code: "BAD_COMMAND", field: "lon" });
    expect(bad({ lon: undefined })).toEqual({ code: "BAD_COMMAND", field: "lon" });
    expect(bad({ callType: "" })).toEqual({ code: "BAD_COMMAND", field: "callType" });
    expect(bad({ flags: "WEAPONS" })).toEqual({ code: "BAD_COMMAND", field: "flags" });
    expect(bad({ flags: Array.from({ length: 33 }, () => "WEAPONS") })).toEqual({
      code: "BAD_COMMAND",
      field: "flags",
    });
    expect(bad({ startedMsAgo: -1 })).toEqual({ code: "BAD_COMMAND", field: "startedMsAgo" });
    expect(bad({ startedMsAgo: 3_600_001 })).toEqual({ code: "BAD_COMMAND", field: "startedMsAgo" });
  });
});

describe.skipIf(!natsServerAvailable())("call entry through the console (needs nats-server)", () => {
  const nats = useNatsServer();

  it("a call-taker's call goes to cad.<a>.in.call as one input with the gateway's callId and time; the engine's answers reach the log", async () => {
    const agency = "ce1";
    const service = await EngineService.start({ agency, servers: nats.server.url, config });
    const client = await NatsClient.connect(nats.server.url, agency);
    await ensureAuditStream(client.nc, agency);
    const inputs: Msg[] = [];
    const outputs: DecodedOutput[] = [];
    client.nc.subscribe(`cad.${agency}.in.call`, { callback: (_e, m) => void inputs.push(m) });
    client.nc.subscribe(`cad.${agency}.evt.>`, {
      callback: (_e, m) => void outputs.push(decodeOutput(m.data)),
    });
    await client.nc.flush();
    const users = await usersFileWith(agency, [
      { name: "cara", role: "call-taker" },
      { name: "dana", role: "dispatcher" },
    ]);
    const web = await startConsole({ agency, servers: nats.server.url, port: 0, users });
    try {
      const cara = await login(web.url, "cara");
      const before = Date.now();
      const body = {
        id: "cara-call-0001",
        input: { ...CALL, address: "3410 Main St", startedMsAgo: 30_000 },
      };
      const sent = await answer(await postJson(web.url, "api/commands", body, cara));
      expect(sent).toMatchObject({ status: 200, ok: true, duplicate: false });
      // Posted again (a retry): the same input, not a second call.
      expect(await answer(await postJson(web.url, "api/commands", body, cara))).toMatchObject({
        duplicate: true,
      });
      const msg = await eventually("the call on NATS", () => inputs[0]);
      expect(msg.subject).toBe(`cad.${agency}.in.call`);
      expect(msg.headers?.get("Cad-Operator")).toBe("cara");
      const decoded = decodeInput("ReceiveCall", msg.data, "x", Date.now());
      if (!decoded.ok) throw new Error(decoded.reason);
      const input = decoded.input as { callId: string; receivedAt: number; address: string };
      expect(input.callId).toBe("CON-cara-call-0001");
      expect(input.address).toBe("3410 Main St");
      // The console's time when it sent the call, less the 30 s the call-taker took.
      expect(input.receivedAt).toBeGreaterThanOrEqual(before - 30_000);
      expect(input.receivedAt).toBeLessThanOrEqual(Date.now() - 30_000);
      await eventually("the incident", () =>
        outputs.find(
          (o) =>
            "event" in o && o.event.type === "IncidentCreated" && o.event.receivedAt === input.receivedAt,
        ),
      );

      // A dispatcher may enter calls too; a flag the agency does not have is the engine's to refuse.
      const dana = await login(web.url, "dana");
      const flagged = { id: "dana-call-0001", input: { ...CALL, flags: ["ALIENS"] } };
      const accepted = await answer(await postJson(web.url, "api/commands", flagged, dana));
      expect(accepted).toMatchObject({ status: 200, ok: true });
      const rejected = await eventually("the rejection", () =>
        outputs.find((o) => "rejected" in o && o.inputSeq === (accepted as unknown as { seq: number }).seq),
      );
      expect(rejected).toMatchObject({ rejected: { code: "UNKNOWN_FLAG", field: "flags" } });
      // Three publishes, two inputs: JetStream keeps one of the two with the same message id.
      expect(new Set(inputs.map((m) => m.headers?.get("Nats-Msg-Id"))).size).toBe(2);
      const received = outputs.filter((o) => "event" in o && o.event.type === "CallReceived");
      expect(
        received.map((o) => ("event" in o && o.event.type === "CallReceived" ? o.event.callId : "")),
      ).toEqual(["CON-cara-call-0001"]);

      const records = await eventually("the audit records", async () => {
        const all = (await auditRecords(nats.server.url, agency)).filter((r) => r.action === "command");
        return all.length >= 3 ? all : undefined;
      });
      expect(records.map((r) => [r.operator, r.detail])).toEqual([
        ["cara", expect.objectContaining({ kind: "ReceiveCall", callId: "CON-cara-call-0001", ok: true })],
        ["dana", expect.objectContaining({ kind: "ReceiveCall", callId: "CON-dana-call-0001", ok: true })],
        ["dana", expect.objectContaining({ kind: "ReceiveCall", ok: false, code: "UNKNOWN_FLAG" })],
      ]);
    } finally {
      await web.close();
      await client.close();
      await service.stop();
    }
  });

  it("GET /api/gazetteer: matches for what was typed, the nearest address to a point, for logged-in users only", async () => {
    const agency = "ce2";
    const service = await EngineService.start({ agency, servers: nats.server.url, config });
    const users = await usersFileWith(agency, [{ name: "vic", role: "viewer" }]);
    const client = await NatsClient.connect(nats.server.url, agency);
    await ensureAuditStream(client.nc, agency);
    const web = await startConsole({ agency, servers: nats.server.url, port: 0, users });
    try {
      expect(await answer(await api(web.url, "api/gazetteer?q=main"))).toMatchObject({
        status: 401,
        code: "NO_SESSION",
      });
      const vic = await login(web.url, "vic");
      const found = await answer(await api(web.url, "api/gazetteer?q=341%20mai&limit=3", vic));
      expect(found).toMatchObject({ status: 200, size: 75_241, nearest: null });
      const matches = (found as unknown as { matches: { address: string }[] }).matches;
      expect(matches.map((m) => m.address)).toEqual(["3410 Main St", "3411 Main St"]);
      const nearest = await answer(await api(web.url, "api/gazetteer?lat=47.0501&lon=-122.8997", vic));
      expect(nearest).toMatchObject({ nearest: { address: "3410 Main St" } });
      expect(await answer(await api(web.url, "api/gazetteer?q=main&limit=0", vic))).toMatchObject({
        status: 400,
        code: "BAD_QUERY",
      });
      expect(await answer(await api(web.url, "api/gazetteer?lat=91&lon=0", vic))).toMatchObject({
        status: 400,
        code: "BAD_QUERY",
      });
      expect(await answer(await api(web.url, `api/gazetteer?q=${"a".repeat(201)}`, vic))).toMatchObject({
        status: 400,
        code: "BAD_QUERY",
      });
    } finally {
      await web.close();
      await client.close();
      await service.stop();
    }
  });
});

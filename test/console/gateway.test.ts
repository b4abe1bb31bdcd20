import { describe, expect, it } from "vitest";
import type { StateReply, WireOutput } from "../../adapters/console/web/protocol.ts";
import { headers } from "@nats-io/transport-node";
import {
  encodeEvent,
  ensureStreams,
  INPUT_SEQ_HEADER,
  agencySubjects,
  EngineService,
  natsServerAvailable,
} from "../../adapters/nats/index.ts";
import { NatsClient, useNatsServer } from "../support/nats.ts";
import { T0, config } from "../support/scenario.ts";
import { workload } from "../support/workload.ts";
import { startLoggedIn } from "./login.ts";
import { TestPage } from "./sse.ts";
import { consoleView, eventually, expectSameView, stateView } from "./support.ts";

const post = (url: string, cookie: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(new URL("api/commands", url), {
    method: "POST",
    headers: { "Content-Type": "application/json", Cookie: cookie, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

describe.skipIf(!natsServerAvailable())("the console's gateway over a real NATS (needs nats-server)", () => {
  const nats = useNatsServer();

  it("pages that connect while 2,100 inputs stream in each end in the engine's state, with no output missed or doubled", async () => {
    const agency = "gw";
    const service = await EngineService.start({ agency, servers: nats.server.url, config });
    const client = await NatsClient.connect(nats.server.url, agency);
    const { web, cookie } = await startLoggedIn({ agency, servers: nats.server.url, port: 0 });
    const pages: TestPage[] = [];
    // Calls received within the last hour: the engine takes the log's time (now) as each input's
    // instant, and refuses a call received more than calls.maxAgeSeconds before it.
    const start = Date.now() - 3_600_000;
    const inputs = workload(2100, 3, (i) => start + i * 1000);
    for (let i = 0; i < inputs.length; i += 100) {
      if (i % 700 === 0) pages.push(new TestPage(web.url, cookie));
      await Promise.all(inputs.slice(i, i + 100).map((body) => client.send(body)));
    }
    await eventually(
      "the engine to apply every input",
      () => (service.lastSeq >= 2100 ? true : undefined),
      60_000,
    );
    const state = await client.query<StateReply>("state");
    expect(state.lastInputSeq).toBe(2100);
    expect(state.pending.length).toBeGreaterThan(0);
    for (const page of pages) {
      await eventually("the page to catch up", () =>
        JSON.stringify(consoleView(page.model)) === JSON.stringify(stateView(state)) ? true : undefined,
      ).catch(() => undefined);
      expectSameView(consoleView(page.model), stateView(state));
      expect(page.snapshots()).toBe(1);
      expect(page.repeats).toBe(0);
      page.close();
    }
    // The pages joined at different points of the stream: the last one started from a later state.
    const firstSeq = (p: TestPage) =>
      (p.messages.find((m) => m.name === "snapshot")?.data as { state: StateReply }).state.lastInputSeq;
    expect(firstSeq(pages[2] as TestPage)).toBeGreaterThan(firstSeq(pages[0] as TestPage));
    await web.close();
    await client.close();
    await service.stop();
  });

  it("a state taken while outputs are in flight: later inputs' outputs that arrive first are kept, earlier ones dropped", async () => {
    // A scripted engine on real NATS forces the interleaving that timing alone rarely shows.
    const agency = "race";
    const engine = await NatsClient.connect(nats.server.url, agency);
    const added = (inputSeq: number, unitId: string) => {
      const event = { type: "UnitAdded", at: T0, unitId, unitType: "engine", agency: "metro-fire" } as const;
      const full = { ...event, capabilities: [], station: null, crew: 4 };
      engine.nc.publish(
        `cad.${agency}.evt.unit.added`,
        encodeEvent({ agency, inputSeq, inputId: `i${inputSeq}`, index: 0 }, full),
      );
    };
    const unit = {
      type: "engine",
      agency: "metro-fire",
      status: "available",
      statusSince: T0,
      incidentId: null,
    };
    engine.nc.subscribe(`cad.${agency}.q.>`, {
      callback: (_e, m) => {
        if (m.subject.endsWith(".metrics")) {
          m.respond(JSON.stringify({ now: T0, lastInputSeq: 12 }));
          return;
        }
        added(5, "U5"); // applied before the state: already in it
        added(11, "U11"); // applied after the state, arriving before its reply
        m.respond(
          JSON.stringify({
            now: T0,
            lastInputSeq: 10,
            pending: [],
            incidents: [],
            units: [{ id: "U1", ...unit, lon: null, lat: null, positionAt: null }],
          }),
        );
        setTimeout(() => {
          added(10, "U10"); // a straggler from before the state, after the page went live
          added(12, "U12");
        }, 100);
      },
    });
    await engine.nc.flush();
    const { web, cookie } = await startLoggedIn({ agency, servers: nats.server.url, port: 0 });
    const page = new TestPage(web.url, cookie);
    // U10 went out before U12 on one connection: once U12 is in, U10 has come and gone.
    await eventually("U12", () => (page.model.units.has("U12") ? true : undefined));
    expect([...page.model.units.keys()].sort()).toEqual(["U1", "U11", "U12"]);
    expect(page.repeats).toBe(0);
    page.close();
    await web.close();
    await engine.close();
  });

  it("waits for an engine that is replaying its log: its state is older than outputs already published", async () => {
    const agency = "replay";
    const engine = await NatsClient.connect(nats.server.url, agency);
    await ensureStreams(engine.nc, agencySubjects(agency));
    const h = headers();
    h.set(INPUT_SEQ_HEADER, "50");
    await engine.js.publish(`cad.${agency}.evt.tick`, new Uint8Array(), { headers: h });
    let applied = 10;
    engine.nc.subscribe(`cad.${agency}.q.>`, {
      callback: (_e, m) => {
        const state = { now: T0, lastInputSeq: applied, pending: [], incidents: [], units: [] };
        m.respond(JSON.stringify(state));
        applied = Math.min(50, applied + 20);
      },
    });
    const { web, cookie } = await startLoggedIn({ agency, servers: nats.server.url, port: 0 });
    const page = new TestPage(web.url, cookie);
    await eventually("the snapshot", () => (page.snapshots() > 0 ? true : undefined));
    const problems = page.messages.filter((m) => m.name === "problem").map((m) => JSON.stringify(m.data));
    expect(problems[0]).toContain("catching up with its log (input 10 of at least 50)");
    expect(page.model.seq).toBe(50);
    page.close();
    await web.close();
    await engine.close();
  });

  it("refuses malformed commands with a typed error and carries on; a command's outcome comes back on the page's stream", async () => {
    const agency = "cmd";
    const service = await EngineService.start({ agency, servers: nats.server.url, config });
    const { web, cookie } = await startLoggedIn({ agency, servers: nats.server.url, port: 0 });
    const page = new TestPage(web.url, cookie);
    await eventually("the snapshot", () => (page.snapshots() > 0 ? true : undefined));

    const refused = async (response: Response) => ({
      status: response.status,
      ...((await response.json()) as object),
    });
    expect(await refused(await post(web.url, cookie, "{not json"))).toMatchObject({
      status: 400,
      ok: false,
      code: "BAD_COMMAND",
    });
    expect(
      await refused(await post(web.url, cookie, { id: "abcdefgh", input: { kind: "LaunchMissile" } })),
    ).toMatchObject({
      status: 400,
      code: "UNKNOWN_COMMAND",
      field: "kind",
    });
    expect(
      await refused(
        await post(web.url, cookie, { id: "abcdefgh", input: { kind: "DispatchUnit", incidentId: "I" } }),
      ),
    ).toMatchObject({ status: 400, code: "BAD_COMMAND", field: "unitId" });
    expect(
      await refused(await post(web.url, cookie, { id: "x", input: { kind: "CheckUnit", unitId: "E1" } })),
    ).toMatchObject({
      status: 400,
      field: "id",
    });
    expect(
      await refused(
        await post(
          web.url,
          cookie,
          { id: "abcdefgh", input: { kind: "CheckUnit", unitId: "E1" } },
          { Origin: "http://evil.example" },
        ),
      ),
    ).toMatchObject({ status: 403, code: "CROSS_ORIGIN" });
    const text = await fetch(new URL("api/commands", web.url), {
      method: "POST",
      body: "{}",
      headers: { Cookie: cookie },
    });
    expect(text.status).toBe(415);

    const command = {
      id: "cmd-0001-abcd",
      input: { kind: "DispatchUnit", incidentId: "INC-404", unitId: "E1" },
    };
    const sent = (await (await post(web.url, cookie, command)).json()) as {
      ok: boolean;
      seq: number;
      inputId: string;
      duplicate: boolean;
    };
    expect(sent).toMatchObject({ ok: true, inputId: "console:cmd:cmd-0001-abcd", duplicate: false });
    // The same command again (a retry) is the same input, not a second one.
    const again = (await (await post(web.url, cookie, command)).json()) as {
      seq: number;
      duplicate: boolean;
    };
    expect(again).toMatchObject({ seq: sent.seq, duplicate: true });
    const rejection = await eventually("the rejection on the stream", () =>
      page.messages
        .flatMap((m) => (m.name === "outputs" ? m.data : []))
        .find((o: WireOutput) => o.inputSeq === sent.seq),
    );
    expect(rejection).toMatchObject({
      inputId: sent.inputId,
      rejected: { code: "UNKNOWN_INCIDENT", inputKind: "DispatchUnit" },
    });
    expect(page.model.alerts.at(-1)?.text).toContain("UNKNOWN_INCIDENT");
    const health = async () =>
      (await (await fetch(new URL("api/health", web.url), { headers: { Cookie: cookie } })).json()) as {
        pages: number;
      };
    expect(await health()).toMatchObject({ pages: 1, nats: "connected" });
    page.close();
    // A page that goes away is let go of.
    await eventually("the page to be let go", async () => ((await health()).pages === 0 ? true : undefined));
    await web.close();
    await service.stop();
  });

  it("tells the page when no engine answers, serves it once one does, and gives every page a fresh state after NATS restarts", async () => {
    const agency = "late";
    const { web, cookie } = await startLoggedIn({ agency, servers: nats.server.url, port: 0 });
    const page = new TestPage(web.url, cookie);
    const problem = await eventually("a problem message", () =>
      page.messages.find((m) => m.name === "problem"),
    );
    expect(JSON.stringify(problem.data)).toContain(`does not answer cad.${agency}.q.state`);
    expect(page.snapshots()).toBe(0);

    const service = await EngineService.start({ agency, servers: nats.server.url, config });
    await eventually("the snapshot once the engine runs", () => (page.snapshots() === 1 ? true : undefined));

    await nats.server.restart();
    await eventually(
      "a fresh snapshot after the reconnect",
      () => (page.snapshots() === 2 ? true : undefined),
      30_000,
    );
    const last = page.messages.filter((m) => m.name === "snapshot").at(-1);
    expect((last?.data as { reason: string }).reason).toBe("NATS reconnected");
    page.close();
    await web.close();
    await service.stop();
  });
});

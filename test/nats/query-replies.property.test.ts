import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EngineService, natsServerAvailable, QUERY_NAMES } from "../../adapters/nats/index.ts";
import { serialiseState } from "../../engine/index.ts";
import { NatsClient, useNatsServer } from "../support/nats.ts";
import { useNatsServerWithMaxPayload } from "../support/payload-server.ts";
import { call, config, near, unit, type InputBody } from "../support/scenario.ts";

const CODES = [
  "BAD_REQUEST",
  "UNKNOWN_QUERY",
  "UNKNOWN_INCIDENT",
  "UNKNOWN_UNIT",
  "CURSOR_EXPIRED",
  "TOO_LARGE",
];
type Reply = Record<string, unknown> & { error?: { code: string }; next?: unknown };

/** One agency's engine and a client, and what has been sent to it. */
class Run {
  private sent = 0;
  incidentIds: string[] = [];

  private constructor(
    readonly service: EngineService,
    readonly client: NatsClient,
    readonly maxPayload: number,
  ) {}

  static async start(url: string, agency: string, maxPayload: number): Promise<Run> {
    const service = await EngineService.start({ agency, servers: url, config });
    return new Run(service, await NatsClient.connect(url, agency), maxPayload);
  }

  /** Sends the inputs and waits until the engine has applied them all. */
  async send(bodies: InputBody[]): Promise<void> {
    let last = 0;
    for (let i = 0; i < bodies.length; i += 200)
      for (const seq of await Promise.all(bodies.slice(i, i + 200).map((b) => this.client.send(b))))
        last = Math.max(last, seq);
    const started = Date.now();
    while (this.service.lastSeq < last) {
      if (Date.now() - started > 60_000)
        throw new Error(`the engine stopped applying inputs at ${this.service.lastSeq} of ${last}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    this.incidentIds = [...this.service.state.active];
  }

  /** Calls at places far enough apart to make an incident each, their address and description of the given lengths (at most 500 and 4,000). */
  calls(count: number, addressBytes: number, descriptionBytes = 0): InputBody[] {
    return Array.from({ length: count }, () => {
      const n = ++this.sent;
      return call(`C${n}`, "THEFT", near((n % 100) * 400, Math.floor(n / 100) * 400), {
        receivedAt: Date.now() - 1000,
        address: `${n} `.padEnd(addressBytes, "a"),
        description: "".padEnd(descriptionBytes, "d"),
      });
    });
  }

  /** Asks, checks the reply fits max_payload and is an answer or a typed error, and returns it. */
  async ask(name: string, body: unknown): Promise<Reply> {
    const reply = await this.client.nc.request(
      `cad.${this.client.agency}.q.${name}`,
      new TextEncoder().encode(JSON.stringify(body)),
      { timeout: 20_000 },
    );
    expect(reply.data.length).toBeLessThanOrEqual(this.maxPayload);
    const parsed = JSON.parse(new TextDecoder().decode(reply.data)) as Reply;
    expect(typeof parsed["lastInputSeq"]).toBe("number");
    if (parsed.error !== undefined) expect(CODES).toContain(parsed.error.code);
    return parsed;
  }

  /** The whole state, page by page; its lists equal the engine's. */
  async checkWholeState(): Promise<number> {
    let reply = await this.ask("state", {});
    const units: unknown[] = [...(reply["units"] as unknown[])];
    const incidents: unknown[] = [...(reply["incidents"] as unknown[])];
    let pages = 1;
    while (reply.next !== null) {
      reply = await this.ask("state", { cursor: reply.next });
      units.push(...(reply["units"] as unknown[]));
      incidents.push(...(reply["incidents"] as unknown[]));
      pages++;
    }
    expect(units).toHaveLength(this.service.state.units.size);
    expect(incidents).toHaveLength(this.service.state.active.size);
    return pages;
  }

  async stop(): Promise<void> {
    await this.client.close();
    await this.service.stop();
  }
}

const step = fc.oneof(
  fc.record({
    t: fc.constant("calls" as const),
    count: fc.integer({ min: 1, max: 300 }),
    bytes: fc.integer({ min: 0, max: 500 }),
    description: fc.integer({ min: 0, max: 4000 }),
  }),
  fc.record({ t: fc.constant("units" as const), count: fc.integer({ min: 1, max: 300 }) }),
  fc.record({
    t: fc.constant("notes" as const),
    count: fc.integer({ min: 1, max: 200 }),
    bytes: fc.integer({ min: 1, max: 4000 }),
  }),
  fc.record({
    t: fc.constant("query" as const),
    name: fc.constantFrom(...QUERY_NAMES, "bogus"),
    list: fc.constantFrom("notes", "calls", "timeline", "units"),
    offset: fc.integer({ min: -1, max: 50 }),
  }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

async function play(run: Run, s: Step, units: { n: number }): Promise<void> {
  const incidentId = run.incidentIds[0] ?? "none";
  if (s.t === "calls") await run.send(run.calls(s.count, s.bytes, s.description));
  else if (s.t === "units")
    await run.send(
      Array.from({ length: s.count }, () => unit(`U${++units.n}`, "engine", "metro-fire", near(units.n, 0))),
    );
  else if (s.t === "notes")
    await run.send(
      Array.from({ length: s.count }, (_, i) => ({
        kind: "AddNote",
        incidentId,
        text: `${i} `.padEnd(s.bytes, "n"),
      })),
    );
  else await run.ask(s.name, { id: incidentId, incidentId, list: s.list, offset: s.offset });
}

describe.skipIf(!natsServerAvailable())(
  "query replies under generated inputs, over NATS (needs nats-server)",
  () => {
    const small = useNatsServerWithMaxPayload(64 * 1024);
    const standard = useNatsServer();
    let agencies = 0;

    it("on a 64 KiB max_payload, with states up to 10 MiB, the engine applies every input and answers every query within max_payload", async () => {
      // About 10 MiB of state: 1,500 incidents with 4.5 KB of address and description, then 800 notes of 4 KB on the first.
      let largestBytes = 0;
      const tenMiB: Step[] = [
        ...Array<Step>(5).fill({ t: "calls", count: 300, bytes: 500, description: 4000 }),
        ...Array<Step>(4).fill({ t: "notes", count: 200, bytes: 4000 }),
        { t: "query", name: "incident", list: "notes", offset: 0 },
      ];
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
          const run = await Run.start(small.url, `prop${++agencies}`, 64 * 1024);
          try {
            const units = { n: 0 };
            for (const s of steps) await play(run, s, units);
            await run.checkWholeState();
            await run.send(run.calls(1, 10));
            largestBytes = Math.max(largestBytes, JSON.stringify(serialiseState(run.service.state)).length);
          } finally {
            await run.stop();
          }
        }),
        { numRuns: 6, examples: [[tenMiB]], endOnFailure: true },
      );
      expect(largestBytes).toBeGreaterThan(9 * 1024 * 1024);
    });

    it("on the default 1 MiB max_payload, a 5 MB state reply (16 MB of state) and an incident with 4 MB of notes are answered in pages and capped replies, and the engine goes on", async () => {
      const run = await Run.start(standard.server.url, "onemib", 1024 * 1024);
      await run.send(run.calls(3500, 500, 4000));
      const incidentId = run.incidentIds[0] ?? "";
      await run.send(
        Array.from({ length: 1000 }, (_, i) => ({
          kind: "AddNote",
          incidentId,
          text: `${i} `.padEnd(4000, "n"),
        })),
      );
      expect(run.service.counts.rejected).toBe(0);
      expect(await run.checkWholeState()).toBeGreaterThan(4);
      const incident = await run.ask("incident", { id: incidentId });
      expect(incident["truncated"]).toMatchObject({ notes: { total: 1000 } });
      let notes = 0;
      for (let offset: unknown = 0; offset !== null;) {
        const page = await run.ask("incident.items", { id: incidentId, list: "notes", offset });
        notes += (page["items"] as unknown[]).length;
        offset = page["next"];
      }
      expect(notes).toBe(1000);
      await run.send(run.calls(1, 10));
      await run.stop();
    });
  },
);

import { describe, expect, it } from "vitest";
import {
  EngineService,
  agencySubjects,
  natsServerAvailable,
  serveQueries,
} from "../../adapters/nats/index.ts";
import { applyInput, createState } from "../../engine/index.ts";
import { withPriority } from "../support/configs.ts";
import { NatsClient, eventsOf } from "../support/nats.ts";
import { statePages, useNatsServerWithMaxPayload } from "../support/payload-server.ts";
import { call, config, near, unit } from "../support/scenario.ts";

const MAX_PAYLOAD = 64 * 1024;

interface Page {
  lastInputSeq: number;
  catchingUp: boolean;
  pending: unknown[];
  incidents: { id: string }[];
  units: { id: string }[];
  page: { snapshot: number; index: number; count: number };
  next: { snapshot: number; page: number } | null;
}
interface Failure {
  error: { code: string; message: string };
}

async function sendAll(client: NatsClient, bodies: Parameters<NatsClient["send"]>[0][]): Promise<void> {
  for (let i = 0; i < bodies.length; i += 200)
    await Promise.all(bodies.slice(i, i + 200).map((b) => client.send(b)));
}

async function applied(service: EngineService, seq: number): Promise<void> {
  const started = Date.now();
  while (service.lastSeq < seq) {
    if (Date.now() - started > 60_000)
      throw new Error(`the engine did not reach input ${seq} (at ${service.lastSeq})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.skipIf(!natsServerAvailable())(
  "query replies on a nats-server with a 64 KiB max_payload (needs nats-server)",
  () => {
    const nats = useNatsServerWithMaxPayload(MAX_PAYLOAD);

    it("a state of 1,500 units (~350 KB) comes in pages of one state under max_payload, and the engine goes on applying inputs and answering", async () => {
      const service = await EngineService.start({ agency: "pages", servers: nats.url, config });
      const client = await NatsClient.connect(nats.url, "pages");
      await sendAll(
        client,
        Array.from({ length: 1500 }, (_, i) =>
          unit(`UNIT-WITH-A-LONGISH-ID-${i}`, "engine", "metro-fire", near(i * 10, 0)),
        ),
      );
      await applied(service, 1500);
      const sizes: number[] = [];
      const pages = await statePages(async (body) => {
        const reply = await client.nc.request(
          "cad.pages.q.state",
          new TextEncoder().encode(JSON.stringify(body)),
          {
            timeout: 10_000,
          },
        );
        sizes.push(reply.data.length);
        return JSON.parse(new TextDecoder().decode(reply.data)) as Page;
      });
      expect(pages.length).toBeGreaterThan(1);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_PAYLOAD);
      expect(new Set(pages.map((p) => p.lastInputSeq))).toEqual(new Set([1500]));
      expect(pages.map((p) => p.page.index)).toEqual(pages.map((_, i) => i));
      const units = pages.flatMap((p) => p.units.map((u) => u.id));
      expect(units).toHaveLength(1500);
      expect(new Set(units).size).toBe(1500);

      // Still alive: a call is applied and answered for.
      const seq = await client.send(call("AFTER", "AFA", near(0, 0), { receivedAt: Date.now() - 1000 }));
      await applied(service, seq);
      expect(
        (await client.query<{ lastInputSeq: number; catchingUp: boolean }>("metrics")).lastInputSeq,
      ).toBe(seq);
      await client.close();
      await service.stop();
    });

    it("an incident with 300 notes of 2 KB and 400 callers: `incident` carries each list capped, with its total in `truncated`, and `incident.items` pages give back every note and call", async () => {
      const service = await EngineService.start({ agency: "big", servers: nats.url, config });
      const client = await NatsClient.connect(nats.url, "big");
      await sendAll(
        client,
        Array.from({ length: 400 }, (_, i) =>
          call(`CALLER-${i}`, "AFA", near(0, 0), { receivedAt: Date.now() - 1000 }),
        ),
      );
      const created = await client.outputs((all) => eventsOf(all).some((e) => e.type === "IncidentCreated"));
      const incidentId = (
        eventsOf(created).find((e) => e.type === "IncidentCreated") as { incidentId: string }
      ).incidentId;
      await sendAll(
        client,
        Array.from({ length: 300 }, (_, i) => ({
          kind: "AddNote" as const,
          incidentId,
          text: `${i} `.padEnd(2000, "x"),
        })),
      );
      await applied(service, 700);

      const incident = await client.query<{
        notes: unknown[];
        calls: unknown[];
        truncated: Record<string, { total: number; from: number }>;
      }>("incident", { id: incidentId });
      expect(incident.truncated).toMatchObject({
        notes: { total: 300, from: 300 - incident.notes.length },
        calls: { total: 400, from: 0 },
        callIds: { total: 400, from: 0 },
      });
      expect(incident.notes.length).toBeLessThan(300);
      expect(incident.calls.length).toBeLessThan(400);

      for (const [list, total] of [
        ["notes", 300],
        ["calls", 400],
      ] as const) {
        const items: unknown[] = [];
        for (let offset: number | null = 0; offset !== null;) {
          const page: { items: unknown[]; next: number | null; total: number } = await client.query(
            "incident.items",
            { id: incidentId, list, offset },
          );
          expect(page.total).toBe(total);
          items.push(...page.items);
          offset = page.next;
        }
        expect(items).toHaveLength(total);
      }
      await client.close();
      await service.stop();
    });

    it("a query that cannot be answered gets {error: {code, message}}: BAD_REQUEST, UNKNOWN_QUERY, UNKNOWN_INCIDENT, CURSOR_EXPIRED", async () => {
      const service = await EngineService.start({ agency: "errs", servers: nats.url, config });
      const client = await NatsClient.connect(nats.url, "errs");
      const raw = async (name: string, data: string) =>
        JSON.parse(
          new TextDecoder().decode(
            (await client.nc.request(`cad.errs.q.${name}`, new TextEncoder().encode(data), { timeout: 5000 }))
              .data,
          ),
        ) as Failure;
      expect((await raw("state", "{not json")).error.code).toBe("BAD_REQUEST");
      expect((await raw("state", "[1]")).error.code).toBe("BAD_REQUEST");
      expect((await client.query<Failure>("launch")).error.code).toBe("UNKNOWN_QUERY");
      expect((await client.query<Failure>("incident", { id: "nope" })).error.code).toBe("UNKNOWN_INCIDENT");
      expect((await client.query<Failure>("recommend", { incidentId: "nope" })).error.code).toBe(
        "UNKNOWN_INCIDENT",
      );
      expect((await client.query<Failure>("incident.items", { id: "nope", list: "bogus" })).error.code).toBe(
        "BAD_REQUEST",
      );
      expect((await client.query<Failure>("state", { cursor: { snapshot: 99, page: 1 } })).error.code).toBe(
        "CURSOR_EXPIRED",
      );
      await client.close();
      await service.stop();
    });

    it("`codes` lists the configuration's call types, unit types, statuses, flags and dispositions", async () => {
      const service = await EngineService.start({ agency: "codes", servers: nats.url, config });
      const client = await NatsClient.connect(nats.url, "codes");
      const codes = await client.query<{
        callTypes: { code: string }[];
        unitTypes: { code: string }[];
        statuses: string[];
        flags: { code: string }[];
        dispositions: string[];
      }>("codes");
      expect(codes.callTypes.map((c) => c.code)).toEqual([...config.callTypes.keys()]);
      expect(codes.unitTypes.map((c) => c.code)).toEqual([...config.unitTypes.keys()]);
      expect(codes.statuses).toContain("available");
      expect(codes.flags.map((f) => f.code)).toEqual([...config.flags.keys()]);
      expect(codes.dispositions).toEqual([...config.dispositions]);
      await client.close();
      await service.stop();
    });

    it("after an ApplyConfiguration, codes and recommend answer under the configuration in force, not the file's", async () => {
      const client = await NatsClient.connect(nats.url, "reconfigured");
      const state = createState();
      const afa4 = withPriority("AFA", 4);
      const applied = applyInput(state, config, {
        kind: "ApplyConfiguration",
        id: "cfg-1",
        at: 1_767_254_400_000,
        hash: afa4.hash,
        content: afa4.content,
      });
      expect(applied.rejection).toBeNull();
      const sub = serveQueries(client.nc, agencySubjects("reconfigured"), state, config);
      const codes = (await client.query("codes", {})) as { callTypes: { code: string; priority: number }[] };
      expect(codes.callTypes.find((c) => c.code === "AFA")?.priority).toBe(4);
      expect(config.callTypes.get("AFA")?.priority).toBe(2);
      sub.unsubscribe();
      await client.close();
    });

    it("while the start-up replay runs, every reply says catchingUp: true with lastInputSeq and backlogSeq", async () => {
      const client = await NatsClient.connect(nats.url, "replaying");
      const position = { lastInputSeq: 40, catchingUp: true, backlogSeq: 90 };
      const sub = serveQueries(client.nc, agencySubjects("replaying"), createState(), config, () => ({
        ...position,
        lag: 50,
      }));
      for (const [name, body] of [
        ["state", {}],
        ["metrics", {}],
        ["digest", {}],
        ["codes", {}],
        ["incident", { id: "nope" }],
      ] as const)
        expect(await client.query(name, body)).toMatchObject(position);
      sub.unsubscribe();
      await client.close();
    });
  },
);

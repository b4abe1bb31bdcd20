import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EngineService, natsServerAvailable } from "../../adapters/nats/index.ts";
import { eidoSchemaAvailable, eidoSchemaDir } from "../../adapters/rms/eido-schema.ts";
import type { IncomingIncidentReceived } from "../../engine/index.ts";
import { editedSource } from "../support/configs.ts";
import { NatsClient, eventsOf, rejectionsOf, useNatsServer } from "../support/nats.ts";
import { near } from "../support/scenario.ts";

/** The NENA sample: a call transfer from the Pennsylvania State Police's PSAP (state.pa.us). */
const SAMPLE_TEXT = readFileSync(join(eidoSchemaDir(), "Samples", "sample-call-transfer-eido.json"), "utf8");
const SAMPLE = JSON.parse(SAMPLE_TEXT) as Record<string, unknown>;
const TRACKING_ID = "urn:emergency:uid:incidentid:a56e556d871:bcf.state.pa.us";
const bytes = (doc: unknown) => new TextEncoder().encode(JSON.stringify(doc));

/** Our configuration with the sender's "emergency" mapped to MED. */
const config = editedSource((doc) => {
  (doc as Record<string, unknown>)["eido"] = { callTypes: { emergency: "MED" }, defaultCallType: "UNK" };
}).config;

describe.skipIf(!natsServerAvailable() || !eidoSchemaAvailable())(
  "EIDO in over NATS: cad.<agency>.in.eido (needs nats-server and ../shared/data/nena-eido)",
  () => {
    const nats = useNatsServer();

    it("the NENA sample EIDO is received as an incoming incident and accepted by a dispatcher; a tampered one is rejected with its schema path; an older version changes nothing", async () => {
      const service = await EngineService.start({ agency: "eido", servers: nats.server.url, config });
      const client = await NatsClient.connect(nats.server.url, "eido");
      try {
        // Given the NENA sample published as it is, on our EIDO subject.
        await client.sendRaw("cad.eido.in.eido", new TextEncoder().encode(SAMPLE_TEXT), { id: "eido-1" });
        const received = await client.outputs((all) =>
          eventsOf(all).some((e) => e.type === "IncomingIncidentReceived"),
        );
        const incoming = eventsOf(received).find(
          (e): e is IncomingIncidentReceived => e.type === "IncomingIncidentReceived",
        );
        expect(incoming).toMatchObject({
          trackingId: TRACKING_ID,
          senderAgency: "state.pa.us",
          updatedAt: Date.parse("2021-04-30T14:43:49.439-04:00"),
        });
        expect(incoming?.detail).toMatchObject({
          callType: "emergency",
          address: "42 W Cellular Street, Wilmington, DE",
          lon: null,
          lat: null,
          calls: [
            {
              id: "urn:emergency:uid:callid:a56e556d871:bcf.state.pa.us",
              receivedAt: Date.parse("2021-04-30T14:40:00.0-04:00"),
              answeredAt: Date.parse("2021-04-30T14:42:00.0-04:00"),
              callerNumber: "8195551212",
            },
          ],
        });

        // The dispatcher's list of incoming incidents shows it, waiting for an answer.
        const waiting = await client.query<{
          incoming: { trackingId: string; status: string; senderAgency: string }[];
        }>("incoming");
        expect(waiting.incoming).toMatchObject([
          { trackingId: TRACKING_ID, status: "pending", senderAgency: "state.pa.us" },
        ]);

        // When a tampered copy comes (a call's direction made a number), then INVALID_EIDO names the path.
        const tampered = structuredClone(SAMPLE) as { callComponent: Record<string, unknown>[] };
        (tampered.callComponent[0] as Record<string, unknown>)["direction"] = 42;
        await client.sendRaw("cad.eido.in.eido", bytes(tampered), { id: "eido-2" });
        // And an older version of the same incident (a minute earlier), then STALE_EIDO.
        const older = { ...SAMPLE, lastUpdateTimeStamp: "2021-04-30T14:42:49.439-04:00" };
        await client.sendRaw("cad.eido.in.eido", bytes(older), { id: "eido-3" });
        const refused = await client.outputs((all) => rejectionsOf(all).length >= 2);
        const [invalid, stale] = rejectionsOf(refused);
        expect(invalid).toMatchObject({ inputId: "eido-2", code: "INVALID_EIDO", field: "document" });
        expect(invalid?.reason).toContain("at /callComponent/0/direction: must be string");
        expect(invalid?.reason).toMatch(/\(schema #\/.*\/direction\/type\)/);
        expect(stale).toMatchObject({ inputId: "eido-3", code: "STALE_EIDO" });
        // Nothing but the first version's event came of the three.
        expect(eventsOf(refused).map((e) => e.type)).toEqual(["IncomingIncidentReceived"]);

        // When the dispatcher accepts it, placing it (the sample gives a civic address only).
        const place = near(300, 200);
        await client.send(
          { kind: "AcceptIncoming", trackingId: TRACKING_ID, ...place },
          { operator: "dispatcher4" },
        );
        const accepted = await client.outputs((all) =>
          eventsOf(all).some((e) => e.type === "IncidentCreated"),
        );
        const created = eventsOf(accepted).find((e) => e.type === "IncidentCreated");
        expect(eventsOf(accepted).find((e) => e.type === "IncomingIncidentAccepted")).toMatchObject({
          trackingId: TRACKING_ID,
          senderAgency: "state.pa.us",
          incidentId: "INC-000001",
          operator: "dispatcher4",
        });
        expect(created).toMatchObject({ incidentId: "INC-000001", callType: "MED", ...place });

        // Then it is our incident, with the sender's call and a note naming the sender.
        const incident = await client.query<{
          status: string;
          callType: string;
          address: string;
          calls: { id: string; callerNumber: string }[];
          notes: { author: string; text: string }[];
        }>("incident", { id: "INC-000001" });
        expect(incident).toMatchObject({
          status: "pending",
          callType: "MED",
          address: "42 W Cellular Street, Wilmington, DE",
        });
        expect(incident.calls).toMatchObject([{ id: "INC-000001-E1", callerNumber: "8195551212" }]);
        expect(incident.notes[0]?.text).toContain(
          `Handed over by state.pa.us (their incident ${TRACKING_ID}`,
        );

        const answered = await client.query<{ incoming: { status: string; incidentId: string }[] }>(
          "incoming",
          {
            status: "accepted",
          },
        );
        expect(answered.incoming).toMatchObject([{ status: "accepted", incidentId: "INC-000001" }]);
        expect((await client.query<{ incoming: unknown[] }>("incoming")).incoming).toEqual([]);

        // And the same sample again is STALE_EIDO: the accepted incident is not touched.
        await client.sendRaw("cad.eido.in.eido", new TextEncoder().encode(SAMPLE_TEXT), { id: "eido-5" });
        const again = await client.outputs((all) => rejectionsOf(all).length >= 3);
        expect(rejectionsOf(again)[2]).toMatchObject({ inputId: "eido-5", code: "STALE_EIDO" });
      } finally {
        await client.close();
        await service.stop();
      }
    });
  },
);

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EngineService, natsServerAvailable } from "../../adapters/nats/index.ts";
import { eidoSchemaAvailable, eidoSchemaDir } from "../../adapters/rms/eido-schema.ts";
import { editedSource } from "../support/configs.ts";
import { NatsClient, eventsOf, rejectionsOf, useNatsServer } from "../support/nats.ts";
import { near } from "../support/scenario.ts";

const config = editedSource((doc) => {
  (doc as Record<string, unknown>)["eido"] = { callTypes: { emergency: "MED" }, defaultCallType: "UNK" };
}).config;
const AGENCY = "eidom";
const A = "urn:emergency:uid:incidentid:a56e556d871:bcf.state.pa.us";
const B = "urn:emergency:uid:incidentid:b77e556d872:bcf.state.pa.us";
const C = "urn:emergency:uid:incidentid:c99e556d873:bcf.state.pa.us";

describe.skipIf(!natsServerAvailable() || !eidoSchemaAvailable())(
  "merges in an EIDO over NATS (needs nats-server and ../shared/data/nena-eido)",
  () => {
    const nats = useNatsServer();
    const sample = () =>
      JSON.parse(
        readFileSync(join(eidoSchemaDir(), "Samples", "sample-call-transfer-eido.json"), "utf8"),
      ) as Record<string, unknown>;
    /** The NENA sample as incident `id`, at `stamp`, with the sender's merges. */
    const version = (id: string, stamp: string, merges: [string, string][] = []) => {
      const upd = { lastUpdateTimeStamp: stamp, updatedByAgencyReference: { $ref: "state.pa.us" } };
      const doc: Record<string, unknown> = { ...sample(), $id: id, ...upd };
      if (merges.length > 0)
        doc["mergeComponent"] = merges.map(([other, code], i) => ({
          $id: `${id}/merge/${i}`,
          ...upd,
          incidentTrackingIdentifier: other,
          incidentMergeDirectionCode: code,
        }));
      return new TextEncoder().encode(JSON.stringify(doc));
    };

    it("given two of the sender's incidents accepted and a third waiting, when later versions say B replaces A and C was replaced by B, then our A is merged into our B, C is marked merged, and a bad merge code is INVALID_EIDO", async () => {
      const service = await EngineService.start({ agency: AGENCY, servers: nats.server.url, config });
      const client = await NatsClient.connect(nats.server.url, AGENCY);
      try {
        const subject = `cad.${AGENCY}.in.eido`;
        await client.sendRaw(subject, version(A, "2021-04-30T14:43:49.439-04:00"), { id: "a1" });
        await client.sendRaw(subject, version(B, "2021-04-30T14:43:49.439-04:00"), { id: "b1" });
        await client.sendRaw(subject, version(C, "2021-04-30T14:43:49.439-04:00"), { id: "c1" });
        await client.send({ kind: "AcceptIncoming", trackingId: A, ...near(0, 0) });
        await client.send({ kind: "AcceptIncoming", trackingId: B, ...near(400, 0) });
        await client.outputs((all) => eventsOf(all).filter((e) => e.type === "IncidentCreated").length >= 2);

        // When B's next version says it replaces A, and C's that B replaced it.
        await client.sendRaw(subject, version(B, "2021-04-30T14:45:00.000-04:00", [[A, "REPLACING"]]), {
          id: "b2",
        });
        await client.sendRaw(subject, version(C, "2021-04-30T14:45:00.000-04:00", [[B, "REPLACED"]]), {
          id: "c2",
        });
        // And a merge code the schema does not have.
        await client.sendRaw(subject, version(C, "2021-04-30T14:46:00.000-04:00", [[B, "SWALLOWED"]]), {
          id: "c3",
        });
        const all = await client.outputs(
          (o) =>
            eventsOf(o).filter((e) => e.type === "IncomingIncidentMerged").length >= 2 &&
            rejectionsOf(o).length >= 1,
        );
        expect(eventsOf(all).filter((e) => e.type === "IncomingIncidentMerged")).toMatchObject([
          { trackingId: A, intoTrackingId: B, incidentId: "INC-000001", intoIncidentId: "INC-000002" },
          { trackingId: C, intoTrackingId: B, incidentId: null, intoIncidentId: "INC-000002" },
        ]);
        expect(eventsOf(all).find((e) => e.type === "IncidentsMerged")).toMatchObject({
          incidentId: "INC-000001",
          intoIncidentId: "INC-000002",
        });
        const [bad] = rejectionsOf(all);
        expect(bad).toMatchObject({ inputId: "c3", code: "INVALID_EIDO" });
        expect(bad?.reason).toContain("/mergeComponent/0/incidentMergeDirectionCode");

        // Then our A is closed as merged, and the incoming list says which were merged into what.
        const merged = await client.query<{ status: string; disposition: string }>("incident", {
          id: "INC-000001",
        });
        expect(merged).toMatchObject({ status: "closed", disposition: "MERGED" });
        const list = await client.query<{ incoming: { trackingId: string; mergedInto: string }[] }>(
          "incoming",
          {
            status: "merged",
          },
        );
        expect(list.incoming.map((i) => [i.trackingId, i.mergedInto])).toEqual([
          [A, B],
          [C, B],
        ]);
        expect((await client.query<{ incoming: unknown[] }>("incoming")).incoming).toEqual([]);
      } finally {
        await client.close();
        await service.stop();
      }
    });
  },
);

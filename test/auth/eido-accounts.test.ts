import { readFileSync } from "node:fs";
import { join } from "node:path";
import { connect, credsAuthenticator } from "@nats-io/transport-node";
import { describe, expect, it, onTestFinished } from "vitest";
import { inboxPrefixOf } from "../../adapters/auth/nats-auth.ts";
import type { NatsRole } from "../../adapters/auth/nats-permissions.ts";
import { EngineService, natsServerAvailable } from "../../adapters/nats/index.ts";
import { eidoSchemaAvailable, loadEidoValidator, RmsConsumer } from "../../adapters/rms/index.ts";
import type { EngineConfig, EngineEvent } from "../../engine/index.ts";
import { editedSource } from "../support/configs.ts";
import { eventsOf } from "../support/nats.ts";
import { watchViolations } from "../support/permission-violations.ts";
import { call, near } from "../support/scenario.ts";
import { useSecureNatsServer } from "../support/secure-nats.ts";
import { tempDir } from "../rms/support/db.ts";

const partnered = (partner: string): EngineConfig =>
  editedSource((doc) => {
    (doc as Record<string, unknown>)["sharing"] = { partners: [partner] };
  }).config;

describe.skipIf(!natsServerAvailable() || !eidoSchemaAvailable())(
  "EIDO between agency accounts (cad auth init --eido a:b; needs nats-server and ../shared/data/nena-eido)",
  () => {
    const nats = useSecureNatsServer({
      agencies: ["ea", "eb", "ec"],
      eido: [{ from: "ea", to: "eb" }],
      sim: true,
    });

    it("given ea and eb paired for EIDO, when ea transfers an incident to eb, then ea's relay delivers it into eb's account and eb's decline comes back; a console of ea and an unpaired agency's relay are refused eb's intake", async () => {
      const validator = loadEidoValidator();
      const dir = tempDir("cad-eido-accounts-");
      const engines = [
        await EngineService.start({
          agency: "ea",
          servers: nats.url,
          config: partnered("eb"),
          auth: nats.auth("ea", "engine"),
        }),
        await EngineService.start({
          agency: "eb",
          servers: nats.url,
          config: partnered("ea"),
          auth: nats.auth("eb", "engine"),
        }),
      ];
      const relay = (agency: string, partner: string) =>
        RmsConsumer.start({
          agency,
          servers: nats.url,
          dbPath: join(dir, `${agency}.sqlite`),
          logEveryMs: 60_000,
          auth: nats.auth(agency, "rms"),
          relay: { config: partnered(partner), validator },
        });
      const relays = [await relay("ea", "eb"), await relay("eb", "ea")];
      const a = await nats.client("ea");
      const b = await nats.client("eb");
      onTestFinished(async () => {
        await a.close();
        await b.close();
        for (const r of relays) await r.stop().catch(() => undefined);
        for (const e of engines) await e.stop();
      });

      // Given ea's incident, when its dispatcher transfers it to eb.
      await a.send(call("C1", "FIB", near(0, 0), { receivedAt: Date.now() - 1000 }));
      await a.send({ kind: "TransferIncident", incidentId: "INC-000001", toAgency: "eb", reason: "" });
      // Then it is in eb's log, from ea, through the service import (acknowledged by eb's stream).
      const incoming = await b.outputs((all) =>
        eventsOf(all).some((e) => e.type === "IncomingIncidentReceived"),
      );
      expect(eventsOf(incoming).find((e) => e.type === "IncomingIncidentReceived")).toMatchObject({
        trackingId: "urn:emergency:uid:incidentid:INC-000001:ea.cad.invalid",
        senderAgency: "ea.cad.invalid",
      });
      // And eb's decline goes back the same way, into ea's account.
      await b.send({
        kind: "DeclineIncoming",
        trackingId: "urn:emergency:uid:incidentid:INC-000001:ea.cad.invalid",
        reason: "not ours",
      });
      const answered = await a.outputs((all) =>
        eventsOf(all).some((e: EngineEvent) => e.type === "IncidentTransferAnswered"),
      );
      expect(eventsOf(answered).find((e) => e.type === "IncidentTransferAnswered")).toMatchObject({
        accepted: false,
        reason: "not ours",
      });
      expect(relays[0]?.relay?.stats.sent).toBeGreaterThan(0);

      // A role other than the relay's may not publish into the partner's intake, nor may an
      // agency that is not paired with it.
      const as = async (agency: string, role: NatsRole) => {
        const text = readFileSync(nats.creds(agency, role), "utf8");
        const inboxPrefix = inboxPrefixOf(text);
        const nc = await connect({
          servers: nats.url,
          authenticator: credsAuthenticator(new TextEncoder().encode(text)),
          ...(inboxPrefix === undefined ? {} : { inboxPrefix }),
          maxReconnectAttempts: 0,
        });
        onTestFinished(() => nc.close());
        return watchViolations(nc);
      };
      const body = new TextEncoder().encode("{}");
      for (const [agency, role] of [
        ["ea", "console"],
        ["ea", "sim"],
        ["ea", "intake"],
        ["ec", "rms"],
      ] as const) {
        const c = await as(agency, role);
        await c.refused("publish", "cad.eb.in.eido", () => c.nc.publish("cad.eb.in.eido", body));
      }
    });
  },
);

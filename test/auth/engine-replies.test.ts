import { describe, expect, it, onTestFinished } from "vitest";
import { connectNats, natsServerAvailable } from "../../adapters/nats/index.ts";
import type { NatsRole } from "../../adapters/auth/nats-permissions.ts";
import { watchViolations } from "../support/permission-violations.ts";
import { useSecureNatsServer } from "../support/secure-nats.ts";

const enc = new TextEncoder();

describe.skipIf(!natsServerAvailable())(
  "the engine's replies to queries, without allow_responses (needs nats-server)",
  () => {
    const nats = useSecureNatsServer({ agencies: ["a"], sim: true });
    const as = async (role: NatsRole) => {
      const nc = await connectNats(nats.url, `test-${role}`, nats.auth("a", role));
      onTestFinished(() => nc.close());
      return nc;
    };

    it("reach the console and the sim role, the roles that may ask, and admin asking a replica; no other role's inbox", async () => {
      const engine = await as("engine");
      engine.subscribe("cad.a.q.>", { callback: (_e, m) => void m.respond(enc.encode("state")) });
      await engine.flush();
      for (const role of ["console", "sim"] as const) {
        const reply = await (await as(role)).request("cad.a.q.state", enc.encode("{}"), { timeout: 5000 });
        expect(new TextDecoder().decode(reply.data), role).toBe("state");
      }
      engine.subscribe("cad.a.replica.*.q.>", { callback: (_e, m) => void m.respond(enc.encode("mine")) });
      await engine.flush();
      const replica = await (
        await as("admin")
      ).request("cad.a.replica.r1.q.state", enc.encode("{}"), {
        timeout: 5000,
      });
      expect(new TextDecoder().decode(replica.data)).toBe("mine");
      // Allowed by inbox, not by tracking requests: the engine still cannot write into the inbox
      // of a role that never asks it (rms reads the event stream; its JetStream replies are its own).
      const watch = watchViolations(engine);
      await watch.refused("publish", "_INBOX.rms.x1", () =>
        engine.publish("_INBOX.rms.x1", enc.encode("forged")),
      );
      await watch.refused("publish", "_INBOX.x2", () => engine.publish("_INBOX.x2", enc.encode("forged")));
    });
  },
);

import { jetstreamManager } from "@nats-io/jetstream";
import { describe, expect, it } from "vitest";
import {
  agencySubjects,
  connectNats,
  natsServerAvailable,
  StreamReader,
  type StreamMessage,
} from "../../adapters/nats/index.ts";
import { useSecureNatsServer } from "../support/secure-nats.ts";

const AGENCY = "rdrauth";
const s = agencySubjects(AGENCY);

describe.skipIf(!natsServerAvailable())(
  "the stream reader (recovery's replay of the input log) under credentials (needs nats-server)",
  () => {
    const nats = useSecureNatsServer({ agencies: [AGENCY], sim: true });

    it("delivers to the role's own inbox, the only one the server lets it hear, and reads the whole range in order", async () => {
      const sim = await nats.client(AGENCY, "sim");
      for (let i = 0; i < 50; i++)
        await sim.sendRaw(`${s.inputPrefix}tick`, new Uint8Array(0), {
          id: `t-${i}`,
          time: 1_800_000_000_000 + i,
        });
      await sim.close();

      const nc = await connectNats(nats.url, "test-engine", nats.auth(AGENCY, "engine"));
      try {
        // The engine role may subscribe only to _INBOX.engine.>: a push consumer delivering to a
        // plain _INBOX.* subject fails the read (the server refuses the subscription).
        const reader = await StreamReader.open(nc, await jetstreamManager(nc), {
          stream: s.inputStream,
          fromSeq: 1,
          toSeq: 50,
          headerNames: ["Nats-Msg-Id"],
          idleTimeoutMs: 5000,
        });
        const got: StreamMessage[] = [];
        try {
          for (let batch = await reader.next(); batch !== null; batch = await reader.next())
            got.push(...batch.map((m) => ({ ...m, data: m.data.slice() })));
        } finally {
          await reader.close();
        }
        expect(got.map((m) => m.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
        expect(got.map((m) => m.headers[0])).toEqual(Array.from({ length: 50 }, (_, i) => `t-${i}`));
      } finally {
        await nc.close();
      }
    });
  },
);

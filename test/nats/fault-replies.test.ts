import { describe, expect, it } from "vitest";
import { EngineService, natsServerAvailable } from "../../adapters/nats/index.ts";
import type { EngineConfig } from "../../engine/index.ts";
import { NatsClient, eventsOf, rejectionsOf, useNatsServer } from "../support/nats.ts";
import { call, config, near } from "../support/scenario.ts";

const SECRET = "internal detail /srv/cad/engine.ts:42 token=abc";

/** The real configuration, except that closing with any disposition makes the engine throw (a bug). */
const faulty: EngineConfig = {
  ...config,
  dispositions: {
    has: () => {
      throw new Error(SECRET);
    },
  } as unknown as EngineConfig["dispositions"],
};

describe.skipIf(!natsServerAvailable())(
  "what the service publishes for inputs it cannot apply (needs nats-server)",
  () => {
    const nats = useNatsServer();

    it("an engine fault publishes ENGINE_FAULT with a generic reason and a fault id; the detail is only in the log, under that id; the next input is applied", async () => {
      const lines: string[] = [];
      const service = await EngineService.start({
        agency: "fault",
        servers: nats.server.url,
        config: faulty,
        log: (line) => void lines.push(line),
      });
      const client = await NatsClient.connect(nats.server.url, "fault");
      await client.send(call("C1", "THEFT", near(), { receivedAt: Date.now() - 1000 }));
      const seq = await client.send({
        kind: "CloseIncident",
        incidentId: "INC-000001",
        disposition: "REPORT",
      });
      await client.send(call("C2", "THEFT", near(900, 0), { receivedAt: Date.now() - 1000 }));
      const outputs = await client.outputs(
        (all) => eventsOf(all).filter((e) => e.type === "CallReceived").length === 2,
      );
      const [fault, ...others] = rejectionsOf(outputs);
      expect(others).toEqual([]);
      expect(fault).toMatchObject({ inputSeq: seq, code: "ENGINE_FAULT", inputKind: "CloseIncident" });
      expect(JSON.stringify(outputs)).not.toContain("internal detail");
      const id = /fault ([\w:.-]+)/.exec(fault?.reason ?? "")?.[1];
      expect(id).toBe(`fault-fault-${seq}`);
      const logged = lines.filter((l) => l.includes(SECRET));
      expect(logged).toHaveLength(1);
      expect(logged[0]).toContain(`ENGINE_FAULT ${id}`);
      expect(service.state.incidents.size).toBe(2);
      await client.close();
      await service.stop();
    });

    it("an input on a subject that names no input kind is UNKNOWN_INPUT_KIND with no kind, and the reason names the subject", async () => {
      const service = await EngineService.start({ agency: "nokind", servers: nats.server.url, config });
      const client = await NatsClient.connect(nats.server.url, "nokind");
      const seq = await client.sendRaw("cad.nokind.in.cmd.launch", new Uint8Array([1, 2, 3]));
      const outputs = await client.outputs((all) => rejectionsOf(all).length === 1);
      expect(rejectionsOf(outputs)[0]).toMatchObject({
        inputSeq: seq,
        code: "UNKNOWN_INPUT_KIND",
        inputKind: "",
        reason: expect.stringContaining("cad.nokind.in.cmd.launch") as unknown,
      });
      await client.close();
      await service.stop();
    });
  },
);

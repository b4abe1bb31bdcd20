import { describe, expect, it } from "vitest";
import type { StateReply } from "../../adapters/console/web/protocol.ts";
import { EngineService, natsServerAvailable } from "../../adapters/nats/index.ts";
import { NatsClient } from "../support/nats.ts";
import { statePages, useNatsServerWithMaxPayload } from "../support/payload-server.ts";
import { call, config, near } from "../support/scenario.ts";
import { startLoggedIn } from "./login.ts";
import { TestPage } from "./sse.ts";
import { consoleView, eventually, expectSameView, stateView } from "./support.ts";

describe.skipIf(!natsServerAvailable())(
  "the console's gateway with a paged state (needs nats-server, 64 KiB max_payload)",
  () => {
    const nats = useNatsServerWithMaxPayload(64 * 1024);

    it("a page opened on an agency with 2,500 open incidents gets the whole state, reassembled from the engine's pages, then live outputs", async () => {
      const agency = "many";
      const service = await EngineService.start({ agency, servers: nats.url, config });
      const client = await NatsClient.connect(nats.url, agency);
      const calls = Array.from({ length: 2500 }, (_, i) =>
        call(`C${i}`, "THEFT", near((i % 50) * 400, Math.floor(i / 50) * 400), {
          receivedAt: Date.now() - 1000,
        }),
      );
      for (let i = 0; i < calls.length; i += 250)
        await Promise.all(calls.slice(i, i + 250).map((b) => client.send(b)));
      await eventually(
        "the engine to apply every call",
        () => (service.lastSeq >= 2500 ? true : undefined),
        90_000,
      );
      const { web, cookie } = await startLoggedIn({ agency, servers: nats.url, port: 0 });
      const page = new TestPage(web.url, cookie);
      await eventually("the page's snapshot", () => (page.snapshots() > 0 ? true : undefined), 30_000);
      const pages = await statePages((body) => client.query<StateReply & { next: unknown }>("state", body));
      expect(pages.length).toBeGreaterThan(1);
      const whole = {
        ...pages[0],
        pending: pages.flatMap((p) => p.pending),
        incidents: pages.flatMap((p) => p.incidents),
        units: pages.flatMap((p) => p.units),
      } as StateReply;
      expect(whole.incidents).toHaveLength(2500);
      expectSameView(consoleView(page.model), stateView(whole));

      const seq = await client.send(
        call("LATE", "THEFT", near(-5000, -5000), { receivedAt: Date.now() - 1000 }),
      );
      await eventually("the later incident on the page", () =>
        page.model.incidents.size === 2501 ? true : undefined,
      );
      expect(service.lastSeq).toBeGreaterThanOrEqual(seq);
      page.close();
      await web.close();
      await client.close();
      await service.stop();
    });
  },
);

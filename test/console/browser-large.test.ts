import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsoleServer } from "../../adapters/console/index.ts";
import { EngineService, natsServerAvailable } from "../../adapters/nats/index.ts";
import { offset as near } from "../../adapters/sim/city.ts";
import { NatsClient } from "../support/nats.ts";
import { useNatsServerWithMaxPayload } from "../support/payload-server.ts";
import { call, config, unit, type InputBody } from "../support/scenario.ts";
import { eventually } from "./support.ts";
import { loginInBrowser, startLoggedIn } from "./login.ts";

const CHROMIUM = "/usr/bin/chromium";
const AGENCY = "large";
const INCIDENTS = 2500;

describe.skipIf(!natsServerAvailable() || !existsSync(CHROMIUM))(
  `the console for an agency with thousands of incidents, on a 64 KiB max_payload (needs ${CHROMIUM} and nats-server)`,
  () => {
    const nats = useNatsServerWithMaxPayload(64 * 1024);
    let service: EngineService;
    let client: NatsClient;
    let web: ConsoleServer;
    let browser: Browser;
    let busy = "";

    const sendAll = async (bodies: InputBody[]) => {
      for (let i = 0; i < bodies.length; i += 250)
        await Promise.all(bodies.slice(i, i + 250).map((b) => client.send(b)));
    };

    beforeAll(async () => {
      service = await EngineService.start({ agency: AGENCY, servers: nats.url, config });
      client = await NatsClient.connect(nats.url, AGENCY);
      await sendAll(
        Array.from({ length: 300 }, (_, i) => unit(`U${i}`, "engine", "metro-fire", near(i * 20, 0))),
      );
      await sendAll(
        Array.from({ length: INCIDENTS }, (_, i) =>
          call(`C${i}`, "THEFT", near((i % 50) * 300 - 7000, Math.floor(i / 50) * 300 - 7000), {
            receivedAt: Date.now() - 1000,
            address: `${i} Long Street`.padEnd(300, "."),
          }),
        ),
      );
      // One incident with 150 callers and 300 notes.
      await sendAll(
        Array.from({ length: 150 }, (_, i) =>
          call(`BUSY${i}`, "AFA", near(9000, 9000), { receivedAt: Date.now() - 1000 }),
        ),
      );
      await eventually(
        "the engine to apply the calls",
        () => (service.lastSeq >= 300 + INCIDENTS + 150 ? true : undefined),
        120_000,
      );
      busy =
        [...service.state.active].find(
          (id) => (service.state.incidents.get(id)?.callIds.length ?? 0) > 100,
        ) ?? "";
      await sendAll(
        Array.from({ length: 300 }, (_, i) => ({
          kind: "AddNote",
          incidentId: busy,
          text: `note ${i} `.padEnd(2000, "x"),
        })),
      );
      await eventually(
        "the notes",
        () => ((service.state.incidents.get(busy)?.notes.length ?? 0) >= 300 ? true : undefined),
        60_000,
      );
      ({ web } = await startLoggedIn({ agency: AGENCY, servers: nats.url, port: 0 }));
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ["--headless", "--no-sandbox", "--disable-gpu"],
      });
    }, 240_000);

    afterAll(async () => {
      await browser?.close();
      await web?.close();
      await client?.close();
      await service?.stop();
    });

    it("opens with every pending incident and unit, shows a cut incident's newest notes and says how many, and takes new calls", async () => {
      const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
      page.setDefaultTimeout(60_000);
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await loginInBrowser(page, web.url);
      const pending = String(service.state.pending.length);
      await expect
        .poll(() => page.locator("#pending-count").textContent(), { timeout: 60_000 })
        .toBe(pending);
      expect(await page.locator("#link").textContent()).toBe("live");
      await page
        .locator(`#working tr[data-incident="${busy}"], #pending tr[data-incident="${busy}"]`)
        .first()
        // The row is far down a queue of 2,500 that redraws every second: the event the page selects on, not a pointer's.
        .dispatchEvent("pointerdown");
      await page.locator("#timeline >> text=of 300 notes").waitFor();
      await page.locator("#timeline >> text=note 299").first().waitFor();
      await page.locator("#callers >> text=of 150 callers").waitFor();
      await client.send(call("LATE", "MED", near(-9000, -9000), { receivedAt: Date.now() - 1000 }));
      await expect
        .poll(() => page.locator("#pending-count").textContent(), { timeout: 60_000 })
        .toBe(String(Number(pending) + 1));
      expect(errors).toEqual([]);
      await page.close();
    }, 240_000);
  },
);

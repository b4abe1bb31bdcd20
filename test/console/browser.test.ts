import { LAUNCH_ARGS } from "./support.ts";
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsoleServer } from "../../adapters/console/index.ts";
import {
  decodeOutput,
  type DecodedOutput,
  EngineService,
  natsServerAvailable,
} from "../../adapters/nats/index.ts";
import type { Recommendation } from "../../adapters/console/web/protocol.ts";
import type { EngineEvent } from "../../engine/index.ts";
import { NatsClient, useNatsServer } from "../support/nats.ts";
import { offset } from "../../adapters/sim/city.ts";
import { call, config, unit } from "../support/scenario.ts";
import { eventually, seenEvent } from "./support.ts";
import { loginInBrowser, startLoggedIn } from "./login.ts";

const CHROMIUM = "/usr/bin/chromium";
/** Places in the demo city "Metro", whose zones the map draws (metres east and north of its centre). */
const near = offset;
const AGENCY = "web";
const ARTIFACTS = resolve(".tmp/artifacts");

describe.skipIf(!natsServerAvailable() || !existsSync(CHROMIUM))(
  `the dispatch console in headless Chromium (needs ${CHROMIUM} and nats-server)`,
  () => {
    const nats = useNatsServer();
    let service: EngineService;
    let client: NatsClient;
    let web: ConsoleServer;
    let browser: Browser;
    let page: Page;
    const pageErrors: string[] = [];
    /** Everything the engine publishes, as seen on NATS by an independent subscriber. */
    const seen: DecodedOutput[] = [];
    let firstIncident = "";

    const onNats = <T extends EngineEvent["type"]>(
      type: T,
      match: (e: Extract<EngineEvent, { type: T }>, o: DecodedOutput) => boolean,
    ) => seenEvent(seen, type, match);
    const fromConsole = (o: DecodedOutput) => o.inputId.startsWith(`console:${AGENCY}:`);
    const created = (callId: string) =>
      onNats("CallAttached", (e) => e.callId === callId).then((r) => r.event.incidentId);
    const screenshot = async (name: string) => {
      mkdirSync(ARTIFACTS, { recursive: true });
      const path = join(ARTIFACTS, name);
      await page.screenshot({ path });
      process.stdout.write(`console screenshot saved: ${path}\n`);
      return path;
    };

    beforeAll(async () => {
      service = await EngineService.start({ agency: AGENCY, servers: nats.server.url, config });
      client = await NatsClient.connect(nats.server.url, AGENCY);
      client.nc.subscribe(`cad.${AGENCY}.evt.>`, {
        callback: (_e, m) => void seen.push(decodeOutput(m.data)),
      });
      await client.nc.flush();
      await client.send(unit("E1", "engine", "metro-fire", near(400, 0)));
      await client.send(unit("E2", "engine", "metro-fire", near(3000, 2000)));
      await client.send(unit("L1", "ladder", "metro-fire", near(900, 300)));
      await client.send(unit("M1", "medic", "metro-fire", near(2500, 0)));
      await client.send(unit("A1", "aid", "metro-fire", near(-2500, 500)));
      // A call that is in the queue before the console starts: the page learns it from the state query.
      await client.send(
        call("C0", "AFA", near(0, 0), { receivedAt: Date.now() - 30_000, address: "1 Main St" }),
      );
      firstIncident = await created("C0");
      ({ web } = await startLoggedIn({ agency: AGENCY, servers: nats.server.url, port: 0 }));
      // Playwright gives the browser a fresh temporary profile and removes it on close.
      browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
      page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
      page.setDefaultTimeout(15_000);
      page.on("pageerror", (error) => pageErrors.push(error.message));
    });

    afterAll(async () => {
      await browser?.close();
      await web?.close();
      await client?.close();
      await service?.stop();
    });

    it("loads: the call that was queued before the page opened is in the queue, the units on the board", async () => {
      await loginInBrowser(page, web.url);
      await page.locator(`#pending tr[data-incident="${firstIncident}"]`).waitFor();
      await expect.poll(() => page.locator("#units [data-unit]").count()).toBe(5);
      expect(await page.locator("#link").textContent()).toBe("live");
      expect(await page.locator(`#pending tr[data-incident="${firstIncident}"]`).textContent()).toContain(
        "AFA",
      );
    });

    it("a call published on NATS appears in the queue, most urgent first", async () => {
      await client.send(call("C1", "MED", near(2000, 0), { receivedAt: Date.now() - 5000 }));
      const incident = await created("C1");
      await page.locator(`#pending tr[data-incident="${incident}"]`).waitFor();
      const order = await page
        .locator("#pending tr")
        .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-incident")));
      expect(order).toEqual([incident, firstIncident]);
    });

    it("accepting the recommendation on the page dispatches its units: their status events are on NATS", async () => {
      const incident = await created("C1");
      await page.locator(`#pending tr[data-incident="${incident}"]`).click();
      await expect.poll(() => page.locator("#accept").isEnabled()).toBe(true);
      const engineSays = await client.query<Recommendation>("recommend", { incidentId: incident });
      const units = engineSays.slots.map((s) => s.unit?.unitId ?? "");
      // The medic, and the closest first responder (the ladder, 1.1 km away).
      expect(units).toEqual(["M1", "L1"]);
      for (const id of units) await page.locator(`#recommendation >> text=${id}`).first().waitFor();
      // The incident's detail, as the engine tells it: callers, timeline, the recommendation's reasons.
      await page.locator("#callers >> text=C1").waitFor();
      await page.locator("#timeline >> text=created as MED priority 1").waitFor();
      await page.locator("#recommendation >> text=closest by ETA").first().waitFor();
      await screenshot("console-recommendation.png");
      await page.locator("#accept").click();
      for (const unitId of units) {
        const { output } = await onNats(
          "UnitStatusChanged",
          (e) => e.unitId === unitId && e.to === "dispatched" && e.incidentId === incident,
        );
        expect(fromConsole(output)).toBe(true);
        // The page shows it because the event came, not because the button was pressed.
        await page.locator(`#units [data-unit="${unitId}"].st-dispatched`).waitFor();
      }
      await page.locator(`#working tr[data-incident="${incident}"]`).waitFor();
    });

    it("changing a unit's status on the page publishes the command; the event comes back on NATS", async () => {
      await page.locator('#units [data-unit="M1"]').click();
      await page.selectOption("#unit-status", "en_route");
      await page.locator("#unit-status-set").click();
      const { output } = await onNats("UnitStatusChanged", (e) => e.unitId === "M1" && e.to === "en_route");
      expect(fromConsole(output)).toBe(true);
      await page.locator('#units [data-unit="M1"].st-en_route').waitFor();
    });

    it("clearing an incident from the keyboard (Shift+C) publishes the command; the incident leaves the active list", async () => {
      const incident = await created("C1");
      await page.locator(`#working tr[data-incident="${incident}"]`).click();
      await page.keyboard.press("Shift+C");
      const { output } = await onNats(
        "IncidentStatusChanged",
        (e) => e.incidentId === incident && e.to === "cleared",
      );
      expect(fromConsole(output)).toBe(true);
      await page.locator(`#ended tr[data-incident="${incident}"]`).waitFor();
      expect(await page.locator(`#working tr[data-incident="${incident}"]`).count()).toBe(0);
    });

    it("↓ then Enter dispatches the queue's call from the keyboard", async () => {
      await page.keyboard.press("Escape");
      await page.locator("body").press("ArrowDown");
      await expect.poll(() => page.locator("#detail-head").textContent()).toContain(firstIncident);
      await expect.poll(() => page.locator("#accept").isEnabled()).toBe(true);
      await page.keyboard.press("Enter");
      const { output } = await onNats("UnitDispatched", (e) => e.incidentId === firstIncident);
      expect(fromConsole(output)).toBe(true);
    });

    it("a command the engine refuses is shown to the dispatcher with the engine's code", async () => {
      await page.locator('#units [data-unit="A1"]').click();
      await page.selectOption("#unit-status", "on_scene");
      await page.locator("#unit-status-set").click();
      const rejected = await eventually("the rejection on NATS", () =>
        seen.find((o) => "rejected" in o && fromConsole(o) && o.rejected.inputKind === "UpdateUnitStatus"),
      );
      expect(rejected).toMatchObject({ rejected: { code: "ILLEGAL_TRANSITION" } });
      await page.locator("#alerts li.rejected >> text=ILLEGAL_TRANSITION").first().waitFor();
      await page.locator("#alerts li.command.rejected").first().waitFor();
      await expect.poll(() => page.locator("#toast").textContent()).toContain("A1 status on scene: rejected");
      await page.locator(`#queue tr[data-incident="${firstIncident}"]`).first().click();
      await page.locator("#callers >> text=1 Main St").waitFor();
      await page.locator("#timeline >> text=E1 dispatched").first().waitFor();
      const path = await screenshot("console.png");
      expect(existsSync(path)).toBe(true);
      expect(pageErrors).toEqual([]);
    });
  },
);

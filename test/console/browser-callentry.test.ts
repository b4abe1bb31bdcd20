import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG_PATH } from "../../adapters/config/index.ts";
import type { Gazetteer } from "../../adapters/console/gazetteer.ts";
import { loadGazetteer } from "../../adapters/console/gazetteer-source.ts";
import { startConsole, type ConsoleServer } from "../../adapters/console/index.ts";
import {
  decodeOutput,
  EngineService,
  natsServerAvailable,
  type DecodedOutput,
} from "../../adapters/nats/index.ts";
import type { EngineEvent } from "../../engine/index.ts";
import { NatsClient, useNatsServer } from "../support/nats.ts";
import { offset } from "../../adapters/sim/city.ts";
import { config, unit } from "../support/scenario.ts";
import { answer, ensureAuditStream, login, loginInBrowser, postJson, usersFileWith } from "./login.ts";
import { eventually, LAUNCH_ARGS, seenEvent } from "./support.ts";

const CHROMIUM = "/usr/bin/chromium";
const AGENCY = "webcall";
const ARTIFACTS = resolve(".tmp/artifacts");
/** Places in the demo city "Metro", whose gazetteer the console serves (metres east and north of its centre). */
const near = offset;

describe.skipIf(!natsServerAvailable() || !existsSync(CHROMIUM))(
  `call entry in headless Chromium (needs ${CHROMIUM} and nats-server)`,
  () => {
    const nats = useNatsServer();
    const metro = loadGazetteer(DEFAULT_CONFIG_PATH) as Gazetteer;
    let service: EngineService;
    let client: NatsClient;
    let web: ConsoleServer;
    let browser: Browser;
    let page: Page;
    const pageErrors: string[] = [];
    /** Everything the engine publishes, as an independent subscriber sees it on NATS. */
    const seen: DecodedOutput[] = [];

    const onNats = <T extends EngineEvent["type"]>(
      type: T,
      match: (e: Extract<EngineEvent, { type: T }>) => boolean,
    ) => seenEvent(seen, type, (e) => match(e)).then((r) => r.event);
    const received = () => seen.filter((o) => "event" in o && o.event.type === "CallReceived").length;
    const screenshot = async (p: Page, name: string) => {
      mkdirSync(ARTIFACTS, { recursive: true });
      const path = join(ARTIFACTS, name);
      await p.screenshot({ path });
      process.stdout.write(`call-entry screenshot saved: ${path}\n`);
    };
    const freshPage = async (): Promise<Page> => {
      const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
      const p = await context.newPage();
      p.setDefaultTimeout(15_000);
      p.on("pageerror", (error) => pageErrors.push(error.message));
      return p;
    };
    /** Types into the address field and takes the first suggestion, which must be `expected`. */
    const chooseAddress = async (typed: string, expected: string) => {
      await page.locator("#ce-address").fill(typed);
      const first = page.locator("#ce-address-list li").first();
      await expect.poll(() => first.textContent()).toBe(expected);
      await page.locator("#ce-address").press("Enter");
      await expect.poll(() => page.locator("#ce-location").getAttribute("data-from")).toBe("gazetteer");
    };
    const chooseType = async (typed: string, expected: string) => {
      await page.locator("#ce-type").fill(typed);
      await expect.poll(() => page.locator("#ce-type-list li.active b").first().textContent()).toBe(expected);
      await page.locator("#ce-type").press("Enter");
      expect(await page.locator("#ce-type").inputValue()).toBe(expected);
    };

    beforeAll(async () => {
      service = await EngineService.start({ agency: AGENCY, servers: nats.server.url, config });
      client = await NatsClient.connect(nats.server.url, AGENCY);
      await ensureAuditStream(client.nc, AGENCY);
      client.nc.subscribe(`cad.${AGENCY}.evt.>`, {
        callback: (_e, m) => void seen.push(decodeOutput(m.data)),
      });
      await client.nc.flush();
      await client.send(unit("E1", "engine", "metro-fire", near(400, 0)));
      await client.send(unit("M1", "medic", "metro-fire", near(2500, 0)));
      await client.send(unit("N1", "patrol", "metro-police", near(0, 3500)));
      const users = await usersFileWith(AGENCY, [
        { name: "cara", role: "call-taker" },
        { name: "vic", role: "viewer" },
      ]);
      web = await startConsole({ agency: AGENCY, servers: nats.server.url, port: 0, users });
      browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
      page = await freshPage();
    });

    afterAll(async () => {
      await browser?.close();
      await web?.close();
      await client?.close();
      await service?.stop();
    });

    it("a call-taker's page opens on the call-entry form; the address list comes from the gazetteer as they type", async () => {
      await loginInBrowser(page, web.url, "cara");
      await page.locator("#callentry:not([hidden])").waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("ce-address");
      await page.locator("#ce-address").pressSequentially("3410 mai");
      await expect
        .poll(() => page.locator("#ce-address-list li").allTextContents())
        .toEqual(metro.search("3410 mai", 8).map((a) => a.address));
      expect(await page.locator("#ce-address-list li").first().textContent()).toBe("3410 Main St");
      await screenshot(page, "callentry-typeahead.png");
    });

    it("a call entered by address becomes a new incident at the address's coordinates, selected on the page", async () => {
      const place = metro.search("3410 Main St", 1)[0];
      if (place === undefined) throw new Error("no 3410 Main St in Metro's gazetteer");
      await chooseAddress("3410 mai", "3410 Main St");
      await chooseType("medic", "MED");
      await page.locator("#ce-number").fill("+13605550123");
      await page.locator('#ce-flags input[value="INJURIES"]').check();
      await page.locator("#ce-narrative").fill("Man collapsed in the lobby, breathing.");
      await page.locator("#ce-send").click();

      const call = await onNats("CallReceived", (e) => e.address === "3410 Main St");
      expect(call).toMatchObject({
        lat: place.lat,
        lon: place.lon,
        callType: "MED",
        callerNumber: "+13605550123",
        flags: ["INJURIES"],
        description: "Man collapsed in the lobby, breathing.",
        operator: "cara",
      });
      // Taken when the call-taker began typing: before it was sent, and not long before.
      expect(call.receivedAt).toBeLessThan(call.at);
      expect(call.at - call.receivedAt).toBeLessThan(60_000);
      const created = await onNats("IncidentCreated", (e) => e.address === "3410 Main St");
      expect([created.lat, created.lon]).toEqual([place.lat, place.lon]);

      const result = page.locator('#ce-result[data-outcome="created"]');
      await expect.poll(() => result.textContent()).toContain(`New incident ${created.incidentId}`);
      await page.locator(`#pending tr.selected[data-incident="${created.incidentId}"]`).waitFor();
      // The form is empty again for the next call.
      expect(await page.locator("#ce-address").inputValue()).toBe("");
      await screenshot(page, "callentry-created.png");
    });

    it("a second call at the same place is another caller of the open incident, and the page says which", async () => {
      const first = await onNats("IncidentCreated", (e) => e.address === "3410 Main St");
      await chooseAddress("3410 main st", "3410 Main St");
      await chooseType("MED", "MED");
      await page.locator("#ce-send").click();
      const attached = await onNats("CallAttached", (e) => e.reason === "additional_caller");
      expect(attached.incidentId).toBe(first.incidentId);
      const result = page.locator('#ce-result[data-outcome="attached"]');
      await expect.poll(() => result.textContent()).toContain(`Another caller of ${first.incidentId}`);
      await page.locator(`#pending tr.selected[data-incident="${first.incidentId}"]`).waitFor();
      await screenshot(page, "callentry-attached.png");
    });

    it("a call located by a click on the map is sent at the point clicked: on an incident's marker, it is another caller of it", async () => {
      const first = await onNats("IncidentCreated", (e) => e.address === "3410 Main St");
      const callsBefore = seen.filter((o) => "event" in o && o.event.type === "CallAttached").length;
      await page.locator("#ce-pick").click();
      await expect.poll(() => page.locator("#map.picking").count()).toBe(1);
      const marker = await page
        .locator(`#map [data-incident="${first.incidentId}"] circle.core`)
        .boundingBox();
      if (marker === null) throw new Error("the incident is not on the map");
      await page.mouse.click(marker.x + marker.width / 2, marker.y + marker.height / 2);
      await expect.poll(() => page.locator("#ce-location").getAttribute("data-from")).toBe("map");
      // The nearest known address names the place.
      await expect.poll(() => page.locator("#ce-address").inputValue()).toBe("near 3410 Main St");
      const shown = (await page.locator("#ce-location").textContent()) ?? "";
      const [lat, lon] = (shown.match(/-?\d+\.\d+/g) ?? []).map(Number);
      await chooseType("med", "MED");
      await page.locator("#ce-send").click();
      const call = await onNats("CallReceived", (e) => e.address === "near 3410 Main St");
      expect(call.lat).toBeCloseTo(lat ?? NaN, 5);
      expect(call.lon).toBeCloseTo(lon ?? NaN, 5);
      const attached = await eventually("the map call's CallAttached", () =>
        seen
          .filter((o) => "event" in o && o.event.type === "CallAttached")
          .slice(callsBefore)
          .map((o) => ("event" in o && o.event.type === "CallAttached" ? o.event : undefined))
          .find((e) => e?.callId === call.callId),
      );
      expect(attached).toMatchObject({ incidentId: first.incidentId, reason: "additional_caller" });
      // A click on a marker a few pixels wide lands within metres of the incident.
      expect(attached.distanceMeters).toBeLessThan(60);
      await expect.poll(() => page.locator("#ce-result").getAttribute("data-outcome")).toBe("attached");
      await screenshot(page, "callentry-map-pick.png");
    });

    it("without a location or a configured call type, nothing is sent and the form says what is missing", async () => {
      const before = received();
      await page.locator("#ce-reset").click();
      await chooseType("fib", "FIB");
      await page.locator("#ce-send").click();
      await expect.poll(() => page.locator("#ce-result").textContent()).toContain("Choose an address");
      await chooseAddress("main capitol", "Main St / Capitol Way");
      await page.locator("#ce-type").fill("no such type");
      await page.locator("#ce-number").click();
      await page.locator("#ce-send").click();
      await expect
        .poll(() => page.locator("#ce-result").textContent())
        .toBe("Choose a call type from the list.");
      expect(await page.locator("#ce-result").getAttribute("data-outcome")).toBe("error");
      expect(received()).toBe(before);
    });

    it("a viewer has no call entry, and the console refuses a call posted in their name", async () => {
      const viewer = await freshPage();
      await loginInBrowser(viewer, web.url, "vic");
      expect(await viewer.locator("#new-call").isHidden()).toBe(true);
      expect(await viewer.locator("#callentry").isHidden()).toBe(true);
      await viewer.keyboard.press("F4");
      expect(await viewer.locator("#callentry").isHidden()).toBe(true);
      await screenshot(viewer, "callentry-viewer.png");
      const before = received();
      const cookie = await login(web.url, "vic");
      const refused = await answer(
        await postJson(
          web.url,
          "api/commands",
          { id: "viewer-call-1", input: { kind: "ReceiveCall", lat: 47.05, lon: -122.9, callType: "MED" } },
          cookie,
        ),
      );
      expect(refused).toMatchObject({ status: 403, code: "FORBIDDEN_FOR_ROLE" });
      await new Promise((r) => setTimeout(r, 300));
      expect(received()).toBe(before);
      await viewer.context().close();
    });

    it("the page raised no script error", () => {
      expect(pageErrors).toEqual([]);
    });
  },
);

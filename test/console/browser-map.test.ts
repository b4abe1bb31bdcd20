import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsoleServer } from "../../adapters/console/index.ts";
import { defaultDataDir } from "../../adapters/console/layers.ts";
import { loadConfigFile } from "../../adapters/config/index.ts";
import { EngineService, natsServerAvailable } from "../../adapters/nats/index.ts";
import { offset as near } from "../../adapters/sim/city.ts";
import { overlaps } from "../../adapters/console/web/map-labels.ts";
import { NatsClient, useNatsServer } from "../support/nats.ts";
import { call, config, unit } from "../support/scenario.ts";
import { eventually, LAUNCH_ARGS } from "./support.ts";
import { loginInBrowser, startLoggedIn } from "./login.ts";
import { mapPoint, mapState, pixelsAround, pointUnder, share } from "./map-pixels.ts";

const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = resolve(".tmp/artifacts");
const SEATTLE_CONFIG = resolve("config/seattle-fire.yaml");
const SEATTLE_DATA = join(defaultDataDir(), "seattle-boundaries");
/** The map panel's background, and the fills the configs give Metro's zones and Seattle's city limits. */
const BACKGROUND = "#161b22";
const ZONE_FILL = "#18212b";
const CITY_FILL = "#1a2330";

/** Metres between two points (small distances). */
const metres = (a: { lon: number; lat: number }, b: { lon: number; lat: number }) =>
  Math.hypot((a.lon - b.lon) * 111_195 * Math.cos((a.lat * Math.PI) / 180), (a.lat - b.lat) * 111_195);

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, name);
  await page.screenshot({ path });
  process.stdout.write(`map screenshot saved: ${path}\n`);
}

/** The page-pixel boxes of every label the map drew. */
const labelBoxes = (page: Page) =>
  page.locator("#map text").evaluateAll((texts) =>
    texts.map((t) => {
      const r = t.getBoundingClientRect();
      return { id: t.textContent ?? "", x: r.x, y: r.y, w: r.width, h: r.height };
    }),
  );

const available = natsServerAvailable() && existsSync(CHROMIUM);

describe.skipIf(!available)(
  `the map of the demo city in headless Chromium (needs ${CHROMIUM} and nats-server)`,
  () => {
    const AGENCY = "mapdemo";
    const nats = useNatsServer();
    let service: EngineService;
    let client: NatsClient;
    let web: ConsoleServer;
    let browser: Browser;
    let page: Page;
    let incident = "";
    const pageErrors: string[] = [];

    beforeAll(async () => {
      service = await EngineService.start({ agency: AGENCY, servers: nats.server.url, config });
      client = await NatsClient.connect(nats.server.url, AGENCY);
      await client.send(unit("E1", "engine", "metro-fire", near(400, 0)));
      await client.send(unit("M1", "medic", "metro-fire", near(2500, 1300)));
      // A crowded station: forty units at one place, more names than fit around it.
      for (let k = 0; k < 40; k++)
        await client.send(unit(`P${k}`, "patrol", "metro-police", near(-3000, -3000)));
      await client.send(
        call("C1", "MED", near(1000, -1500), { receivedAt: Date.now() - 10_000, address: "1 Main St" }),
      );
      incident = await eventually("the incident", () => [...service.state.active][0]);
      ({ web } = await startLoggedIn({ agency: AGENCY, servers: nats.server.url, port: 0 }));
      browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
      page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
      page.setDefaultTimeout(15_000);
      page.on("pageerror", (error) => pageErrors.push(error.message));
      await loginInBrowser(page, web.url);
      await page.locator(`#map [data-incident="${incident}"]`).first().waitFor();
      await page.locator('#map g.layer[data-layer="Streets"]').waitFor();
    });

    afterAll(async () => {
      await browser?.close();
      await web?.close();
      await client?.close();
      await service?.stop();
    });

    it("draws the zones and the city's streets from the configuration: a street crossing is drawn, mid-block is the zone", async () => {
      const zones = page.locator('#map g.layer[data-layer="Zones"]');
      expect(await zones.getAttribute("data-features")).toBe("9");
      expect(await zones.locator("path").count()).toBe(9);
      const streets = page.locator('#map g.layer[data-layer="Streets"]');
      expect(await streets.getAttribute("data-features")).toBe("134");
      // Zoomed in with the wheel on a crossing in the south-west, where nothing else is drawn: the
      // wheel keeps the point under the pointer where it is.
      const crossing = near(-4400, 4400);
      const block = near(-4300, 4300);
      // The browser reports whole pixels: the pointer goes to one, and the zoom keeps that one still.
      const exact = await mapPoint(page, crossing.lon, crossing.lat);
      const start = { x: Math.round(exact.x), y: Math.round(exact.y) };
      const fitted = (await mapState(page)).scale;
      const under = await pointUnder(page, start);
      await page.mouse.move(start.x, start.y);
      for (let k = 0; k < 8; k++) await page.mouse.wheel(0, -100);
      await expect.poll(async () => (await mapState(page)).scale).toBeCloseTo(fitted * 1.2 ** 8, 6);
      expect(metres(await pointUnder(page, start), under) * fitted * 1.2 ** 8).toBeLessThan(0.5);
      const onCrossing = await pixelsAround(
        browser,
        page,
        await mapPoint(page, crossing.lon, crossing.lat),
        0,
      );
      const inBlock = await pixelsAround(browser, page, await mapPoint(page, block.lon, block.lat), 3);
      expect(onCrossing[0]).not.toBe(ZONE_FILL);
      expect(share(inBlock, ZONE_FILL)).toBe(1);
      // Zoomed in this far, the streets are named.
      const names = () => page.locator("#map text.layer-label").allTextContents();
      await expect.poll(names).toEqual(expect.arrayContaining(["56th St", "12th Ave"]));
      await screenshot(page, "map-metro-streets.png");
      // The legend turns the streets off: the crossing is the zone's colour then.
      await page.locator('.map-layers label:has-text("Streets") input').uncheck();
      await expect.poll(() => streets.count()).toBe(0);
      const withoutStreets = await pixelsAround(
        browser,
        page,
        await mapPoint(page, crossing.lon, crossing.lat),
        0,
      );
      expect(withoutStreets).toEqual([ZONE_FILL]);
      await page.locator('.map-layers label:has-text("Streets") input').check();
      await streets.waitFor();
      await page.locator('.map-controls [data-map="fit"]').click();
    });

    it("the + button, the wheel and the keyboard zoom; a drag and the arrow keys pan; neither moves the queue's selection", async () => {
      const before = await mapState(page);
      await page.locator('.map-controls [data-map="in"]').click();
      await expect.poll(async () => (await mapState(page)).scale).toBeCloseTo(before.scale * 1.5, 6);
      const mid = {
        x: Math.round(before.box.x + before.box.width / 2),
        y: Math.round(before.box.y + before.box.height / 2),
      };
      await page.mouse.move(mid.x, mid.y);
      await page.mouse.wheel(0, 100);
      await expect.poll(async () => (await mapState(page)).scale).toBeCloseTo(before.scale * 1.25, 6);
      // After a drag of 200 pixels to the right, what was 200 pixels left of the middle is in the middle.
      const zoomed = await mapState(page);
      const west = await pointUnder(page, { x: mid.x - 200, y: mid.y });
      await page.mouse.move(mid.x, mid.y);
      await page.mouse.down();
      await page.mouse.move(mid.x + 200, mid.y, { steps: 5 });
      await page.mouse.up();
      const dragged = await mapState(page);
      expect(metres(await pointUnder(page, mid), west) * zoomed.scale).toBeLessThan(0.5);
      const head = await page.locator("#detail-head").textContent();
      await page.locator("#map").focus();
      await page.keyboard.press("ArrowUp");
      await expect.poll(async () => (await mapState(page)).centre[1]).toBeGreaterThan(dragged.centre[1]);
      await page.keyboard.press("-");
      await expect.poll(async () => (await mapState(page)).scale).toBeCloseTo(dragged.scale / 1.5, 6);
      expect(await page.locator("#detail-head").textContent()).toBe(head);
      await page.keyboard.press("0");
      await expect.poll(async () => (await mapState(page)).scale).toBeCloseTo(before.scale, 6);
    });

    it("labels never overlap; where a crowd's names do not fit some are left out, and the selected unit's always shows", async () => {
      await page.locator('.map-controls [data-map="fit"]').click();
      const labels = await labelBoxes(page);
      expect(labels.length).toBeGreaterThan(10);
      // The whole city in view: zones and units are named, the streets are not (too many to read).
      expect(labels.map((l) => l.id)).toEqual(expect.arrayContaining(["FS7", "FS9", "E1", "M1"]));
      expect(labels.map((l) => l.id).filter((t) => / (St|Ave)$/.test(t))).toEqual([]);
      for (const [i, a] of labels.entries())
        for (const b of labels.slice(i + 1)) expect(overlaps(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
      expect(Number(await page.locator("#map").getAttribute("data-labels-hidden"))).toBeGreaterThan(0);
      const hidden = await eventually("a patrol car whose name is hidden", async () => {
        const shown = new Set((await labelBoxes(page)).map((l) => l.id));
        return Array.from({ length: 40 }, (_, k) => `P${k}`).find((id) => !shown.has(id));
      });
      await page.locator(`#units [data-unit="${hidden}"]`).click();
      await page.locator(`#map text.unit-label.selected >> text="${hidden}"`).waitFor();
    });

    it("clicking an incident on the map selects it", async () => {
      await page.locator('.map-controls [data-map="fit"]').click();
      await page.keyboard.press("Escape");
      await page.locator(`#map g[data-incident="${incident}"] circle.core`).click();
      await expect.poll(() => page.locator("#detail-head").textContent()).toContain(incident);
      await screenshot(page, "map-metro.png");
    });

    it("pick reports the point clicked: the coordinates under unit M1 are M1's; Escape cancels a pick", async () => {
      await page.locator('.map-controls [data-map="fit"]').click();
      const m1 = near(2500, 1300);
      await page.locator('.map-controls [data-map="where"]').click();
      await expect.poll(() => page.locator("#map").getAttribute("class")).toContain("picking");
      const at = await mapPoint(page, m1.lon, m1.lat);
      await page.mouse.click(at.x, at.y);
      const where = page.locator(".map-where");
      await expect.poll(() => where.getAttribute("data-lat")).not.toBeNull();
      const picked = {
        lat: Number(await where.getAttribute("data-lat")),
        lon: Number(await where.getAttribute("data-lon")),
      };
      const pixel = 1 / (await mapState(page)).scale;
      expect(metres(picked, m1)).toBeLessThan(1.5 * pixel);
      // Picked once: the next click on M1 selects it again.
      await page.mouse.click(at.x, at.y);
      await expect.poll(() => page.locator("#unit-selected").textContent()).toContain("M1");
      // Armed, then Escape: the crosshair goes, and the click selects as usual.
      await page.locator('.map-controls [data-map="where"]').click();
      await page.keyboard.press("Escape");
      expect(await page.locator("#map").getAttribute("class")).not.toContain("picking");
      const inc = page.locator(`#map g[data-incident="${incident}"] circle.core`);
      await inc.click();
      await expect.poll(() => page.locator("#detail-head").textContent()).toContain(incident);
      expect(pageErrors).toEqual([]);
    });
  },
);

describe.skipIf(!available || !existsSync(SEATTLE_DATA))(
  `the map of Seattle from its boundary files (needs ${SEATTLE_DATA}, ${CHROMIUM} and nats-server)`,
  () => {
    const AGENCY = "mapsea";
    const nats = useNatsServer();
    let service: EngineService;
    let client: NatsClient;
    let web: ConsoleServer;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      const seattle = loadConfigFile(SEATTLE_CONFIG);
      service = await EngineService.start({ agency: AGENCY, servers: nats.server.url, config: seattle });
      client = await NatsClient.connect(nats.server.url, AGENCY);
      // Station 10 (Pioneer Square) and station 18 (Ballard).
      await client.send(unit("E10", "engine", "sfd", { lon: -122.3297, lat: 47.5996 }));
      await client.send(unit("M10", "medic", "sfd", { lon: -122.3297, lat: 47.5996 }));
      await client.send(unit("E18", "engine", "sfd", { lon: -122.3841, lat: 47.6686 }));
      await client.send(
        call(
          "S1",
          "Aid Response",
          { lon: -122.3493, lat: 47.6205 },
          { receivedAt: Date.now() - 5000, address: "305 Harrison St" },
        ),
      );
      await eventually("the incident", () => [...service.state.active][0]);
      ({ web } = await startLoggedIn({
        agency: AGENCY,
        servers: nats.server.url,
        port: 0,
        configPath: SEATTLE_CONFIG,
        config: seattle,
      }));
      browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
      page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
      page.setDefaultTimeout(15_000);
      await loginInBrowser(page, web.url);
      await page.locator('#map g.layer[data-layer="SPD beats"]').waitFor();
    });

    afterAll(async () => {
      await browser?.close();
      await web?.close();
      await client?.close();
      await service?.stop();
    });

    it("draws the city limits, precincts and beats (council districts off until turned on), with their names", async () => {
      const layer = (name: string) => page.locator(`#map g.layer[data-layer="${name}"]`);
      expect(await layer("SPD beats").getAttribute("data-features")).toBe("51");
      expect(await layer("SPD precincts").getAttribute("data-features")).toBe("5");
      expect(await layer("City limits").count()).toBe(1);
      expect(await layer("Council districts").count()).toBe(0);
      await page.locator('.map-layers label:has-text("Council districts") input').check();
      await layer("Council districts").waitFor();
      expect(await layer("Council districts").getAttribute("data-features")).toBe("7");
      const names = (await labelBoxes(page)).map((l) => l.id);
      expect(names).toEqual(expect.arrayContaining(["E10", "E18"]));
      expect(names.some((n) => /^[A-Z]\d$/.test(n))).toBe(true);
      await screenshot(page, "map-seattle.png");
    });

    it("inside the city limits is the city's fill, outside is the background; turning the layer off clears it", async () => {
      // Beacon Hill, well inside the city, and the Sound off Magnolia, well outside it.
      const inside = await mapPoint(page, -122.31, 47.565);
      const outside = await mapPoint(page, -122.46, 47.655);
      const box = (await mapState(page)).box;
      expect(outside.x).toBeGreaterThan(box.x);
      expect(share(await pixelsAround(browser, page, inside, 4), CITY_FILL)).toBeGreaterThan(0.5);
      expect(share(await pixelsAround(browser, page, outside, 4), BACKGROUND)).toBe(1);
      await page.locator('.map-layers label:has-text("City limits") input').uncheck();
      await expect.poll(() => page.locator('#map g.layer[data-layer="City limits"]').count()).toBe(0);
      expect(share(await pixelsAround(browser, page, inside, 4), CITY_FILL)).toBe(0);
    });
  },
);

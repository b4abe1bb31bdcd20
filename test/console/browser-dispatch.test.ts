import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsoleServer } from "../../adapters/console/index.ts";
import type { Recommendation } from "../../adapters/console/web/protocol.ts";
import {
  decodeOutput,
  type DecodedOutput,
  EngineService,
  natsServerAvailable,
} from "../../adapters/nats/index.ts";
import { offset as near } from "../../adapters/sim/city.ts";
import type { EngineEvent } from "../../engine/index.ts";
import { NatsClient, useNatsServer } from "../support/nats.ts";
import { call, config, unit } from "../support/scenario.ts";
import { loginInBrowser, startLoggedIn } from "./login.ts";
import { LAUNCH_ARGS, eventually, seenEvent } from "./support.ts";

const CHROMIUM = "/usr/bin/chromium";
const AGENCY = "dsp";
/** Screenshots of each page, kept as test artefacts (.tmp/ is git-ignored). */
const ARTIFACTS = resolve(".tmp/artifacts/dispatch");
/** The demo city's configured zone; the browser runs in another, to show the page does not use the browser's. */
const CENTRE_ZONE = "America/Los_Angeles";
const BROWSER_ZONE = "Asia/Tokyo";
/** A call received now (the engine refuses a call that says nothing of when it came). */
const callNow = (...[id, type, where, extra]: Parameters<typeof call>) =>
  call(id, type, where, { receivedAt: Date.now(), ...extra });

type Event<T extends EngineEvent["type"]> = Extract<EngineEvent, { type: T }>;

describe.skipIf(!natsServerAvailable() || !existsSync(CHROMIUM))(
  `dispatching from the console, by mouse and command line, in headless Chromium (needs ${CHROMIUM} and nats-server)`,
  () => {
    const nats = useNatsServer();
    let service: EngineService;
    let client: NatsClient;
    let web: ConsoleServer;
    let browser: Browser;
    let page: Page;
    const pageErrors: string[] = [];
    /** Everything the engine publishes, as an independent subscriber on NATS sees it. */
    const seen: DecodedOutput[] = [];

    const fromConsole = (o: DecodedOutput) => o.inputId.startsWith(`console:${AGENCY}:`);
    /** The first event of this type the console's commands caused that matches. */
    const onNats = <T extends EngineEvent["type"]>(type: T, match: (e: Event<T>) => boolean) =>
      seenEvent(seen, type, (e, o) => fromConsole(o) && match(e), `${type} from the console on NATS`).then(
        (r) => r.event,
      );
    const incidentOf = (callId: string) =>
      eventually(`${callId}'s incident`, () => {
        for (const o of seen)
          if ("event" in o && o.event.type === "CallAttached" && o.event.callId === callId)
            return o.event.incidentId;
        return undefined;
      });
    const short = (id: string) => id.replace(/-0+(\d)/, "-$1");
    const number = (id: string) => String(Number(/(\d+)$/.exec(id)?.[1]));
    const screenshot = async (name: string) => {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, name) });
    };
    const select = async (incidentId: string) => {
      await page.locator(`tr[data-incident="${incidentId}"]`).first().dispatchEvent("pointerdown");
      await page.locator(`#detail-head >> text=${incidentId}`).waitFor();
    };
    /** Types a line in the command line (focused with F2) and presses Enter. */
    const command = async (line: string) => {
      await page.keyboard.press("Escape");
      await page.keyboard.press("F2");
      await page.locator("#cmd").fill(line);
      await page.locator("#cmd").press("Enter");
    };
    const applied = () => page.locator("#cmd-status.applied").waitFor();

    beforeAll(async () => {
      service = await EngineService.start({ agency: AGENCY, servers: nats.server.url, config });
      client = await NatsClient.connect(nats.server.url, AGENCY);
      client.nc.subscribe(`cad.${AGENCY}.evt.>`, {
        callback: (_e, m) => void seen.push(decodeOutput(m.data)),
      });
      await client.nc.flush();
      for (const u of [
        unit("E1", "engine", "metro-fire", near(300, 0)),
        unit("E2", "engine", "metro-fire", near(1500, 0)),
        unit("E3", "engine", "metro-fire", near(0, 2500)),
        unit("E4", "engine", "metro-fire", near(-6000, -3000)),
        // A neighbour's engine, far off: mutual aid, recommended only when no home engine is free.
        unit("CE9", "engine", "county-fire", near(14_000, 0)),
        unit("L1", "ladder", "metro-fire", near(500, 500)),
        unit("B1", "chief", "metro-fire", near(2500, 0)),
        unit("M1", "medic", "metro-fire", near(-1500, 0)),
        unit("M2", "medic", "metro-fire", near(-3000, 1000)),
        unit("A1", "aid", "metro-fire", near(-2200, 0)),
      ])
        await client.send(u);
      ({ web } = await startLoggedIn({ agency: AGENCY, servers: nats.server.url, port: 0 }));
      browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
      page = await browser.newPage({ viewport: { width: 1600, height: 900 }, timezoneId: BROWSER_ZONE });
      page.setDefaultTimeout(15_000);
      page.on("pageerror", (error) => pageErrors.push(error.message));
      await loginInBrowser(page, web.url);
      await eventually("the unit board", async () =>
        (await page.locator("#units [data-unit]").count()) === 10 ? true : undefined,
      );
    });

    afterAll(async () => {
      await browser?.close();
      await web?.close();
      await client?.close();
      await service?.stop();
    });

    let fire = "";
    it("given a fire that already has an engine, when Accept is pressed, then the units sent are exactly the engine's answer: its first choice, not mutual aid", async () => {
      await client.send(callNow("C1", "FIB", near(0, 0), { address: "100 Pine St" }));
      fire = await incidentOf("C1");
      await client.send({ kind: "DispatchUnit", incidentId: fire, unitId: "E1" });
      await page.locator(`#working tr[data-incident="${fire}"]`).waitFor();
      await select(fire);
      await expect.poll(() => page.locator("#accept").isEnabled()).toBe(true);
      const engineSays = await client.query<Recommendation>("recommend", { incidentId: fire });
      const expected = engineSays.slots.flatMap((s) =>
        s.assignedUnitId === undefined && s.unit !== null ? [s.unit.unitId] : [],
      );
      expect(engineSays.slots[0]?.assignedUnitId).toBe("E1");
      expect(expected).toEqual(["E2", "E3", "L1", "B1"]);
      // Every slot is shown, the covered one with its unit, the others with their candidates.
      await page.locator("#recommendation .slot.covered >> text=E1").waitFor();
      expect(await page.locator("#recommendation .slot").count()).toBe(engineSays.slots.length);
      await page.locator('#recommendation button.cand[data-send-unit="E4"]').first().waitFor();
      await page.locator("#recommendation >> text=1 on the incident, 4 to send").waitFor();
      await screenshot("accept-with-units-on-it.png");
      await page.locator("#accept").click();
      for (const unitId of expected)
        await onNats("UnitDispatched", (e) => e.unitId === unitId && e.incidentId === fire);
      await page.locator(`#units [data-unit="B1"].st-dispatched`).waitFor();
      // Nothing beyond the engine's answer: CE9 (mutual aid) and E4 stay home.
      await client.nc.flush();
      const sent = seen.flatMap((o) =>
        "event" in o && o.event.type === "UnitDispatched" && fromConsole(o) && o.event.incidentId === fire
          ? [o.event.unitId]
          : [],
      );
      expect(sent.sort()).toEqual([...expected].sort());
      await page.locator("#recommendation >> text=5 on the incident, 0 to send").waitFor();
      await screenshot("accept-done.png");
    });

    let medical = "";
    it("given a medical call, when the dispatcher sends a unit of their choice, then that unit is dispatched", async () => {
      await client.send(callNow("C2", "MED", near(-2000, 200), { address: "12 Elm St" }));
      medical = await incidentOf("C2");
      await page.locator(`#pending tr[data-incident="${medical}"]`).waitFor();
      await select(medical);
      await page.locator("#send-unit").fill("m2");
      await page.locator("#send").click();
      await onNats("UnitDispatched", (e) => e.unitId === "M2" && e.incidentId === medical);
      await page.locator(`#units [data-unit="M2"].st-dispatched`).waitFor();
      await screenshot("send-chosen-unit.png");
    });

    it("given a busy unit, when the dispatcher sends it, then it is reassigned only after they confirm", async () => {
      await select(medical);
      await page.locator("#send-unit").fill("E2");
      await page.locator("#send").click();
      await page.locator("#confirm:not([hidden])").waitFor();
      expect(await page.locator("#confirm-text").textContent()).toBe(
        `Reassign E2 (dispatched on ${short(fire)}) to ${short(medical)}?`,
      );
      await screenshot("reassign-confirm.png");
      await page.locator("#confirm-no").click();
      await page.locator("#confirm").waitFor({ state: "hidden" });
      await page.locator("#send").click();
      await page.locator("#confirm-yes").click();
      await onNats("UnitDispatched", (e) => e.unitId === "E2" && e.incidentId === medical);
      await onNats(
        "UnitReleased",
        (e) => e.unitId === "E2" && e.incidentId === fire && e.reason === "preempted",
      );
      // Said no once: one reassignment only.
      const reassigned = seen.filter(
        (o) => "event" in o && o.event.type === "UnitDispatched" && o.event.unitId === "E2",
      );
      expect(reassigned).toHaveLength(2); // by Accept on the fire, then here
      await expect
        .poll(() => page.locator(`#working tr[data-incident="${medical}"]`).textContent())
        .toContain("E2");
    });

    it("given two incidents that are one, when the dispatcher merges one into the other (confirmed), then the engine merges them", async () => {
      await client.send(callNow("C3", "MED", near(4000, -3000), { address: "7 Oak Ave" }));
      await client.send(callNow("C4", "MED", near(4300, -3000), { address: "9 Oak Ave" }));
      const into = await incidentOf("C3");
      const from = await incidentOf("C4");
      expect(from).not.toBe(into);
      await page.locator(`#pending tr[data-incident="${from}"]`).waitFor();
      await select(from);
      await page.locator("#other-incident").fill(short(into));
      await page.locator("#merge").click();
      await page.locator("#confirm:not([hidden])").waitFor();
      await page.keyboard.press("y");
      const merged = await onNats("IncidentsMerged", (e) => e.incidentId === from);
      expect(merged.intoIncidentId).toBe(into);
      expect(merged.callIds).toEqual(["C4"]);
      await page.locator(`#pending tr[data-incident="${from}"]`).waitFor({ state: "detached" });
      await page.locator(`#detail-head >> text=merged into ${short(into)}`).waitFor();
      await screenshot("merged.png");
    });

    let split = "";
    it("given an incident with two callers, when the dispatcher splits one off, then it becomes an incident of its own", async () => {
      await client.send(callNow("C5", "MED", near(-5000, 4000), { address: "3 Birch Rd" }));
      const first = await incidentOf("C5");
      await client.send(callNow("C6", "MED", near(-5000, 4050), { address: "5 Birch Rd" }));
      expect(await incidentOf("C6")).toBe(first);
      await select(first);
      await page.locator('#callers [data-split-call="C6"]').click();
      const attached = await onNats("CallAttached", (e) => e.callId === "C6" && e.reason === "split");
      split = attached.incidentId;
      expect(split).not.toBe(first);
      await page.locator(`#pending tr[data-incident="${split}"]`).waitFor();
      await screenshot("split.png");

      await select(split);
      await page.locator("#other-incident").fill(number(first));
      await page.locator("#link-incidents").click();
      const linked = await onNats("IncidentsLinked", (e) => e.incidentId === split);
      expect(linked.otherIncidentId).toBe(first);
      await page.locator(`#detail-head >> text=linked with ${short(first)}`).waitFor();
      await screenshot("linked.png");
    });

    it("the command line: each verb sends its command, with short incident numbers, and the engine's answer is shown beside it", async () => {
      await client.send(callNow("C7", "AFAR", near(6000, 5000), { address: "40 Cedar St" }));
      await client.send(callNow("C8", "AFAR", near(-7000, -5000), { address: "41 Cedar St" }));
      await client.send(callNow("C9", "MVI", near(7000, -6000), { address: "I-5 at Exit 9" }));
      const a = await incidentOf("C7");
      const b = await incidentOf("C8");
      const c = await incidentOf("C9");
      await page.locator(`#pending tr[data-incident="${c}"]`).waitFor();

      // Type-ahead: the verbs, then the units.
      await page.keyboard.press("F2");
      await page.keyboard.type("S");
      await expect.poll(() => page.locator("#cmd-suggest li").allTextContents()).toEqual(["ST", "SP", "SH"]);
      await page.keyboard.press("Tab");
      await page.keyboard.type("M");
      await expect.poll(() => page.locator("#cmd-suggest li").allTextContents()).toEqual(["M1", "M2"]);
      await screenshot("cmdline-typeahead.png");

      await command(`D E4 ${number(a)}`);
      await onNats("UnitDispatched", (e) => e.unitId === "E4" && e.incidentId === a);
      await applied();

      await command("ST E4 OS");
      await onNats("UnitStatusChanged", (e) => e.unitId === "E4" && e.to === "on_scene");
      await page.locator(`#units [data-unit="E4"].st-on_scene`).waitFor();

      await command(`RA E4 ${short(b)}`);
      await page.locator("#confirm:not([hidden])").waitFor();
      expect(await page.locator("#confirm-text").textContent()).toContain(
        `Reassign E4 (on scene on ${short(a)})`,
      );
      await page.keyboard.press("Y");
      await onNats("UnitDispatched", (e) => e.unitId === "E4" && e.incidentId === b);
      await applied();

      await command(`AC ${number(c)}`);
      await onNats("UnitDispatched", (e) => e.incidentId === c);
      await applied();
      // Accepted: the engine has nothing more to send for the plan.
      const engineSays = await client.query<Recommendation>("recommend", { incidentId: c });
      expect(engineSays.slots.every((s) => s.assignedUnitId !== undefined || s.unit === null)).toBe(true);

      await command(`P ${number(c)} 3 caller says no injuries`);
      await onNats("IncidentReprioritised", (e) => e.incidentId === c && e.to === 3);
      await select(c);
      await expect.poll(() => page.locator("#priority").inputValue()).toBe("3");

      await command(`N ${number(c)} caller   on scene,  says no injuries`);
      const note = await onNats("NoteAdded", (e) => e.incidentId === c);
      expect(note.text).toBe("caller   on scene,  says no injuries");

      await command("CK E4");
      await onNats("UnitChecked", (e) => e.unitId === "E4");

      await command(`LK ${number(a)} ${short(b)}`);
      await onNats("IncidentsLinked", (e) => e.incidentId === a && e.otherIncidentId === b);

      await command(`MG ${number(b)} ${number(a)}`);
      await page.locator("#confirm:not([hidden])").waitFor();
      await page.keyboard.press("Enter"); // Yes has the focus
      await onNats("IncidentsMerged", (e) => e.incidentId === b && e.intoIncidentId === a);

      await command(`SP C8`);
      await onNats("CallAttached", (e) => e.callId === "C8" && e.reason === "split");

      await command(`CLR ${number(a)}`);
      await onNats("IncidentStatusChanged", (e) => e.incidentId === a && e.to === "cleared");
      await command(`CL ${number(a)} REPORT`);
      await onNats(
        "IncidentStatusChanged",
        (e) => e.incidentId === a && e.to === "closed" && e.disposition === "REPORT",
      );
      await command(`RO ${number(a)} caller rang back`);
      await onNats(
        "IncidentStatusChanged",
        (e) => e.incidentId === a && e.to === "pending" && e.reason.includes("caller rang back"),
      );
      await applied();

      await command(`I ${number(c)}`);
      await page.locator(`#detail-head >> text=${c}`).waitFor();
      await command("?");
      await page.locator("#help:not([hidden]) >> text=RA <unit> [incident]").waitFor();
      await screenshot("cmdline-help.png");
      await command("HELP");
      await page.locator("#help").waitFor({ state: "hidden" });
    });

    it("the command line: a command the engine refuses shows its rejection beside the line; one the page cannot read says why", async () => {
      // M2 serves the medical call: dispatching it elsewhere is the engine's to refuse.
      await command(`D M2 ${number(fire)}`);
      await page.locator("#cmd-status.rejected").waitFor();
      expect(await page.locator("#cmd-status").textContent()).toContain("rejected — UNIT_NOT_AVAILABLE");
      await screenshot("cmdline-rejected.png");
      await command("ST E4 XYZZY");
      await page.locator("#cmd-status.rejected >> text=UNKNOWN_STATUS").waitFor();
      await command("ZAP E1");
      expect(await page.locator("#cmd-status").textContent()).toBe(
        'unknown command "ZAP": HELP or ? lists them',
      );
      await command(`P ${number(fire)} high`);
      expect(await page.locator("#cmd-status").textContent()).toMatch(/^usage: P \[incident\] <priority>/);
    });

    it("on a 1366x768 screen, times are the centre's, not the browser's; the queue's Wait column shows; the priority selector says the incident's priority", async () => {
      await page.setViewportSize({ width: 1366, height: 768 });
      await client.send(
        callNow("C10", "AFA", near(-8000, 6000), {
          address: "1200 Very Long Avenue Northeast, Apartment 1234",
        }),
      );
      const queued = await incidentOf("C10");
      const row = page.locator(`#pending tr[data-incident="${queued}"]`);
      await row.waitFor();
      const wait = await row.locator("td.wait").boundingBox();
      const panel = await page.locator("#queue").boundingBox();
      expect(wait).not.toBeNull();
      expect(panel).not.toBeNull();
      if (wait === null || panel === null) return;
      expect(wait.width).toBeGreaterThan(30);
      expect(wait.x + wait.width).toBeLessThanOrEqual(panel.x + panel.width);
      expect(await row.locator("td.wait").textContent()).toMatch(/^\d+:\d\d/);

      await select(queued);
      const priority = config.callTypes.get("AFA")?.priority;
      await expect.poll(() => page.locator("#priority").inputValue()).toBe(String(priority));

      const centre = (ms: number) =>
        new Intl.DateTimeFormat("en-GB", {
          timeZone: CENTRE_ZONE,
          hour: "2-digit",
          minute: "2-digit",
          hourCycle: "h23",
        }).format(ms);
      const before = centre(Date.now());
      const shown = (await page.locator("#clock").textContent()) ?? "";
      const after = centre(Date.now());
      expect([before, after]).toContain(shown.slice(0, 5));
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(BROWSER_ZONE);
      expect(await page.locator("#zone").textContent()).toMatch(/^P[SD]T$/);
      await screenshot("console-1366x768.png");
      expect(pageErrors).toEqual([]);
    });
  },
);

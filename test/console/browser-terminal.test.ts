import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addUser } from "../../adapters/auth/users.ts";
import { consoleConfig, type ConsoleServer } from "../../adapters/console/index.ts";
import { dispatchTargetSeconds, duration } from "../../adapters/console/web/format.ts";
import {
  decodeOutput,
  type DecodedOutput,
  EngineService,
  natsServerAvailable,
} from "../../adapters/nats/index.ts";
import { offset } from "../../adapters/sim/city.ts";
import type { EngineEvent, Incident } from "../../engine/index.ts";
import { NatsClient, useNatsServer } from "../support/nats.ts";
import { call, config, unit } from "../support/scenario.ts";
import { loginInBrowser, PASSWORD, startLoggedIn } from "./login.ts";
import { eventually, LAUNCH_ARGS, seenEvent } from "./support.ts";

const CHROMIUM = "/usr/bin/chromium";
const AGENCY = "mdt";
const ARTIFACTS = resolve(".tmp/artifacts");
const near = offset;
const view = consoleConfig(config, AGENCY);

/** The value at rank ceil(p * n) of the sorted values (nearest rank), as a supervisor's report states it. */
const rank = (sorted: readonly number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];

describe.skipIf(!natsServerAvailable() || !existsSync(CHROMIUM))(
  `the unit terminal and the supervisor view in headless Chromium (needs ${CHROMIUM} and nats-server)`,
  () => {
    const nats = useNatsServer();
    let service: EngineService;
    let client: NatsClient;
    let web: ConsoleServer;
    let browser: Browser;
    let car: BrowserContext;
    let terminal: Page;
    let desk: Page;
    const pageErrors: string[] = [];
    const seen: DecodedOutput[] = [];
    let c1 = "";

    const onNats = <T extends EngineEvent["type"]>(
      type: T,
      match: (e: Extract<EngineEvent, { type: T }>) => boolean,
    ) => seenEvent(seen, type, (e) => match(e)).then((r) => r.event);
    const created = (callId: string) =>
      onNats("CallAttached", (e) => e.callId === callId).then((e) => e.incidentId);
    const screenshot = async (page: Page, name: string) => {
      mkdirSync(ARTIFACTS, { recursive: true });
      const path = join(ARTIFACTS, name);
      await page.screenshot({ path, fullPage: true });
      process.stdout.write(`screenshot saved: ${path}\n`);
      return path;
    };
    const unitStatus = async (id: string) =>
      (await client.query<{ units: { id: string; status: string }[] }>("state")).units.find(
        (u) => u.id === id,
      )?.status;

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
      await client.send(unit("E3", "engine", "metro-fire", near(6000, 6000)));
      const users = join(mkdtempSync(join(tmpdir(), "cad-terminal-users-")), "console-users.json");
      await addUser(users, { name: "tester", agency: AGENCY, role: "supervisor", password: PASSWORD });
      await addUser(users, { name: "mdt-e1", agency: AGENCY, role: "unit", unit: "E1", password: PASSWORD });
      ({ web } = await startLoggedIn({ agency: AGENCY, servers: nats.server.url, port: 0, users }));
      browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
      // The car's terminal and the dispatcher's desk: two browsers' worth of cookies.
      car = await browser.newContext({ viewport: { width: 1024, height: 768 } });
      terminal = await car.newPage();
      desk = await (await browser.newContext({ viewport: { width: 1600, height: 900 } })).newPage();
      for (const p of [terminal, desk]) {
        p.setDefaultTimeout(15_000);
        p.on("pageerror", (error) => pageErrors.push(error.message));
      }
    });

    afterAll(async () => {
      await browser?.close();
      await web?.close();
      await client?.close();
      await service?.stop();
    });

    it("a unit terminal's user logging in at the console is sent to its unit's terminal, which shows no assignment yet", async () => {
      await terminal.goto(web.url);
      await terminal.locator("#login-user").fill("mdt-e1");
      await terminal.locator("#login-password").fill(PASSWORD);
      await terminal.locator("#login-submit").click();
      await terminal.waitForURL(/\/unit\/E1$/);
      await expect.poll(() => terminal.locator("#link").textContent()).toBe("live");
      expect(await terminal.locator("#unit-id").textContent()).toBe("E1");
      expect(await terminal.locator("#no-assignment").isVisible()).toBe(true);
      expect(await terminal.locator("#unit-status").textContent()).toBe("available");
    });

    it("the unit terminal sees its dispatch with the address, type, priority and cautions, and reports en route and on scene: the engine applies both", async () => {
      await client.send(
        call("C1", "AFA", near(0, 0), {
          receivedAt: Date.now() - 20_000,
          address: "1200 3RD AVE",
          flags: ["HAZMAT"],
          description: "alarm sounding, drums leaking in the loading bay",
        }),
      );
      c1 = await created("C1");
      await client.send({ kind: "DispatchUnit", incidentId: c1, unitId: "E1" }, { operator: "tester" });
      await terminal.locator("#address >> text=1200 3RD AVE").waitFor();
      const incident = await client.query<Incident>("incident", { id: c1 });
      expect(await terminal.locator("#call-type").textContent()).toBe("Auto Fire Alarm");
      expect(await terminal.locator("#priority").textContent()).toBe(`P${incident.priority}`);
      expect(await terminal.locator("#incident-id").textContent()).toBe(c1);
      expect(await terminal.locator("#flags").textContent()).toContain("Hazardous materials");
      expect(await terminal.locator("#callers").textContent()).toContain("drums leaking");
      expect(await terminal.locator("#unit-status").textContent()).toBe("dispatched");

      await terminal.locator('button[data-status="en_route"]').click();
      await onNats("UnitStatusChanged", (e) => e.unitId === "E1" && e.to === "en_route");
      await terminal.locator('button[data-status="on_scene"]').click();
      const onScene = await onNats("UnitStatusChanged", (e) => e.unitId === "E1" && e.to === "on_scene");
      // The input names the terminal's user as its operator (from the session, never the page).
      expect(onScene.operator).toBe("mdt-e1");
      expect(await unitStatus("E1")).toBe("on_scene");
      await expect.poll(() => terminal.locator("#unit-status").textContent()).toBe("on scene");
      await expect.poll(() => terminal.locator("#command").textContent()).toBe("on scene: done");
      await screenshot(terminal, "unit-terminal.png");
    });

    it("a note added in the console appears on the terminal; the terminal's own note reaches the incident", async () => {
      await loginInBrowser(desk, web.url);
      await desk.locator(`#working tr[data-incident="${c1}"]`).click();
      await desk.locator("#note").fill("Gate code 4411, enter from Pike St");
      await desk.locator("#note-form button[type=submit]").click();
      await terminal.locator("#notes >> text=Gate code 4411, enter from Pike St").waitFor();
      await terminal.locator("#note").fill("Smoke showing from the loading dock");
      await terminal.locator("#note-form button[type=submit]").click();
      const note = await onNats("NoteAdded", (e) => e.text === "Smoke showing from the loading dock");
      expect(note).toMatchObject({ incidentId: c1, author: "E1", operator: "mdt-e1" });
      await screenshot(terminal, "unit-terminal-notes.png");
    });

    it("the terminal of E1 cannot report for E2, nor follow E2, nor read the agency's picture: refused with 403, E2 unchanged", async () => {
      const post = (input: object) =>
        terminal.evaluate(async (body) => {
          const r = await fetch("/api/commands", {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ id: crypto.randomUUID().replace(/-/g, ""), input: body }),
          });
          return { status: r.status, ...((await r.json()) as object) };
        }, input);
      expect(await post({ kind: "UpdateUnitStatus", unitId: "E2", status: "out_of_service" })).toMatchObject({
        status: 403,
        code: "FORBIDDEN_FOR_UNIT",
      });
      expect(await post({ kind: "DispatchUnit", incidentId: c1, unitId: "E2" })).toMatchObject({
        status: 403,
        code: "FORBIDDEN_FOR_ROLE",
      });
      const c2 = await (async () => {
        await client.send(call("C2", "MED", near(2000, 0), { receivedAt: Date.now() - 5000 }));
        return created("C2");
      })();
      // A note on an incident E1 does not serve.
      expect(await post({ kind: "AddNote", incidentId: c2, text: "not mine" })).toMatchObject({
        status: 403,
        code: "FORBIDDEN_FOR_UNIT",
      });
      const status = (path: string) => terminal.evaluate(async (p) => (await fetch(p)).status, path);
      expect(await status("/api/unit/events?unit=E2")).toBe(403);
      expect(await status("/api/events")).toBe(403);
      expect(await status(`/api/incident?id=${c1}`)).toBe(403);
      expect(await status("/api/shift")).toBe(403);
      await terminal.goto(new URL("unit/E2", web.url).toString());
      await terminal.locator("#problem >> text=Refused").waitFor();
      expect(await unitStatus("E2")).toBe("available");
      await terminal.goto(new URL("unit/E1", web.url).toString());
      await expect.poll(() => terminal.locator("#link").textContent()).toBe("live");
    });

    it("a status the engine refuses (en route while on scene) is shown on the terminal with the engine's code; the unit stays on scene", async () => {
      await terminal.locator('button[data-status="en_route"]').click();
      const rejected = await eventually("the rejection on NATS", () =>
        seen.find((o) => "rejected" in o && o.rejected.inputKind === "UpdateUnitStatus"),
      );
      expect(rejected).toMatchObject({ rejected: { code: "ILLEGAL_TRANSITION" } });
      await expect
        .poll(() => terminal.locator("#command").textContent())
        .toContain("en route: rejected by the engine: ILLEGAL_TRANSITION");
      expect(await unitStatus("E1")).toBe("on_scene");
      expect(await terminal.locator("#unit-status").textContent()).toBe("on scene");
    });

    it("the supervisor view shows the shift's response times per priority and the recommendation agreement, as computed from the engine's state", async () => {
      // C2 (MED): the engine's first choice sent and on scene; C3 (AFA, received 20 minutes ago): a unit
      // the engine did not name first is sent, then on scene.
      const c2 = await created("C2");
      const rec2 = await onNats("UnitsRecommended", (e) => e.incidentId === c2);
      const first = rec2.slots[0]?.unit?.unitId ?? "";
      await client.send({ kind: "DispatchUnit", incidentId: c2, unitId: first }, { operator: "tester" });
      await client.send({ kind: "UpdateUnitStatus", unitId: first, status: "on_scene" });
      await client.send(call("C3", "AFA", near(-500, 200), { receivedAt: Date.now() - 20 * 60_000 }));
      const c3 = await created("C3");
      const rec3 = await onNats("UnitsRecommended", (e) => e.incidentId === c3);
      const named = new Set(rec3.slots.flatMap((s) => (s.unit === null ? [] : [s.unit.unitId])));
      const other = ["E2", "E3", "L1"].find((u) => !named.has(u) && u !== first) ?? "";
      expect(other).not.toBe("");
      await client.send({ kind: "DispatchUnit", incidentId: c3, unitId: other }, { operator: "tester" });
      await client.send({ kind: "UpdateUnitStatus", unitId: other, status: "on_scene" });
      await onNats("UnitStatusChanged", (e) => e.unitId === other && e.to === "on_scene");

      // Independently: each incident's times as the engine's state holds them.
      const incidents = await Promise.all(
        [c1, c2, c3].map((id) => client.query<Incident>("incident", { id })),
      );
      const expected = new Map<
        number,
        { dispatch: number[]; response: number[]; dIn: number; rIn: number }
      >();
      for (const i of incidents) {
        const row = expected.get(i.priority) ?? { dispatch: [], response: [], dIn: 0, rIn: 0 };
        const d = ((i.times.firstDispatchedAt ?? 0) - i.times.receivedAt) / 1000;
        const r = ((i.times.firstOnSceneAt ?? 0) - i.times.receivedAt) / 1000;
        row.dispatch.push(d);
        row.response.push(r);
        if (d <= dispatchTargetSeconds(view, i.callType, i.priority)) row.dIn++;
        if (r <= (view.priorities.find((p) => p.level === i.priority)?.responseTargetSeconds ?? Infinity))
          row.rIn++;
        expected.set(i.priority, row);
      }

      const sup = await desk.context().newPage();
      sup.on("pageerror", (error) => pageErrors.push(error.message));
      await sup.goto(new URL("supervisor", web.url).toString());
      for (const [priority, row] of expected) {
        const cells = sup.locator(`#shift-rows tr[data-priority="${priority}"] td`);
        const dispatch = [...row.dispatch].sort((a, b) => a - b);
        const response = [...row.response].sort((a, b) => a - b);
        const share = (k: number) => `${Math.round((k / row.dispatch.length) * 1000) / 10}%`;
        await expect
          .poll(() => cells.allTextContents(), { timeout: 20_000 })
          .toEqual([
            expect.stringMatching(new RegExp(`^P${priority} `)),
            String(row.dispatch.length),
            String(row.dispatch.length),
            duration(rank(dispatch, 0.5) ?? 0),
            duration(rank(dispatch, 0.9) ?? 0),
            expect.any(String),
            share(row.dIn),
            String(row.response.length),
            duration(rank(response, 0.5) ?? 0),
            duration(rank(response, 0.9) ?? 0),
            expect.any(String),
            share(row.rIn),
          ]);
      }
      // C3 waited 20 minutes for its dispatch: its priority's dispatch share within target is below 100%.
      const p3 = incidents[2]?.priority ?? 0;
      expect(await sup.locator(`#shift-rows tr[data-priority="${p3}"] td`).nth(6).textContent()).not.toBe(
        "100%",
      );
      // Three dispatches, two of them the engine's first choice (E1 on C1 was, C2's was, C3's was not).
      const rec1 = await onNats("UnitsRecommended", (e) => e.incidentId === c1);
      const e1First = rec1.slots.some((s) => s.unit?.unitId === "E1");
      const agreed = (e1First ? 1 : 0) + 1;
      await expect
        .poll(() => sup.locator("#agreement-detail").textContent())
        .toBe(`${agreed} of 3 dispatches sent the engine's first choice`);
      await sup.locator(`#incidents tr[data-incident="${c3}"]`).waitFor();
      await sup.locator('#units tr[data-unit="E1"]').waitFor();
      await screenshot(sup, "supervisor.png");
      expect(pageErrors).toEqual([]);
    });
  },
);

import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startConsole, type ConsoleServer } from "../../adapters/console/index.ts";
import {
  decodeOutput,
  EngineService,
  natsServerAvailable,
  type DecodedOutput,
} from "../../adapters/nats/index.ts";
import { NatsClient, useNatsServer } from "../support/nats.ts";
import { config, near, unit } from "../support/scenario.ts";
import { auditRecords, ensureAuditStream, loginInBrowser, PASSWORD, usersFileWith } from "./login.ts";
import { eventually } from "./support.ts";

const CHROMIUM = "/usr/bin/chromium";
const AGENCY = "weblogin";
const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
];

/** Fills and sends the login form; the message the form shows afterwards (empty when logged in). */
async function submitLogin(page: Page, user: string, password: string): Promise<string> {
  await page.locator("#login-user").fill(user);
  await page.locator("#login-password").fill(password);
  const answered = page.waitForResponse((r) => r.url().endsWith("/api/login"));
  await page.locator("#login-submit").click();
  const response = await answered;
  // A refusal is shown once the page has read the answer: wait for it, not just for the response.
  if (!response.ok())
    await page.waitForFunction(() => (document.querySelector("#login-message")?.textContent ?? "") !== "");
  return (await page.locator("#login-message").textContent()) ?? "";
}

describe.skipIf(!natsServerAvailable() || !existsSync(CHROMIUM))(
  `console login in headless Chromium (needs ${CHROMIUM} and nats-server)`,
  () => {
    const nats = useNatsServer();
    let service: EngineService;
    let client: NatsClient;
    let web: ConsoleServer;
    /** The same agency's console with a short idle time, for the expiry. */
    let brief: ConsoleServer;
    let browser: Browser;
    const seen: DecodedOutput[] = [];

    const freshPage = async (): Promise<Page> => {
      const context = await browser.newContext({ viewport: { width: 1400, height: 800 } });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return page;
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
      const users = await usersFileWith(AGENCY, [
        { name: "dana", role: "dispatcher" },
        { name: "vic", role: "viewer" },
        { name: "lou", role: "dispatcher" },
        { name: "ida", role: "dispatcher" },
      ]);
      web = await startConsole({ agency: AGENCY, servers: nats.server.url, port: 0, users });
      brief = await startConsole({ agency: AGENCY, servers: nats.server.url, port: 0, users, idleMs: 2000 });
      browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    });

    afterAll(async () => {
      await browser?.close();
      await brief?.close();
      await web?.close();
      await client?.close();
      await service?.stop();
    });

    it("shows only the login form until a login; a wrong password is refused; the right one opens the console; a dispatcher's command names the operator; logout returns to the form", async () => {
      const page = await freshPage();
      await page.goto(web.url);
      await page.locator("#login-form").waitFor();
      expect(await page.locator("#top").isVisible()).toBe(false);
      expect(await submitLogin(page, "dana", "not dana's password")).toBe("Wrong user name or password.");
      expect(await page.locator("#units-panel").isVisible()).toBe(false);
      await submitLogin(page, "dana", PASSWORD);
      await page.locator('#units [data-unit="E1"]').waitFor();
      expect(await page.locator("#who").textContent()).toBe("dana (dispatcher)");
      await page.locator('#units [data-unit="E1"]').click();
      await page.selectOption("#unit-status", "out_of_service");
      await page.locator("#unit-status-set").click();
      await page.locator('#units [data-unit="E1"].st-out_of_service').waitFor();
      const changed = await eventually("the status change on NATS", () =>
        seen.find(
          (o) => "event" in o && o.event.type === "UnitStatusChanged" && o.inputId.startsWith("console:"),
        ),
      );
      expect(changed.inputId).toMatch(new RegExp(`^console:${AGENCY}:`));
      await page.locator("#logout").click();
      await page.locator("#login-form").waitFor();
      expect(await page.locator("#top").isVisible()).toBe(false);
      await page.context().close();
    });

    it("five failed logins lock the account: the sixth, with the right password, is refused as locked", async () => {
      const page = await freshPage();
      await page.goto(web.url);
      for (let i = 1; i <= 5; i++)
        expect(await submitLogin(page, "lou", `wrong password ${i}`)).toBe("Wrong user name or password.");
      expect(await submitLogin(page, "lou", PASSWORD)).toBe(
        "Too many failed logins: this account is locked for a while.",
      );
      expect(await page.locator("#top").isVisible()).toBe(false);
      await page.context().close();
    });

    it("a session left idle ends: the page goes back to the login form, saying the session expired", async () => {
      const page = await freshPage();
      await loginInBrowser(page, brief.url, "ida");
      await page.locator('#units [data-unit="E1"]').waitFor();
      await page.locator("#login-form").waitFor({ timeout: 20_000 });
      expect(await page.locator("#login-message").textContent()).toContain("session expired");
      expect(await page.locator("#units-panel").isVisible()).toBe(false);
      await page.context().close();
    });

    it("a viewer sees the board but no command control, and a command forged from the page is refused 403", async () => {
      const page = await freshPage();
      await loginInBrowser(page, web.url, "vic");
      await page.locator('#units [data-unit="E1"]').waitFor();
      await page.locator('#units [data-unit="E1"]').click();
      for (const id of [
        "unit-status-set",
        "unit-check",
        "unit-status",
        "accept",
        "clear",
        "close",
        "reprioritise",
        "note-form",
      ])
        expect(await page.locator(`#${id}`).isVisible(), id).toBe(false);
      const forged = await page.evaluate(async () => {
        const r = await fetch("/api/commands", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({
            id: "forged-by-viewer",
            input: { kind: "UpdateUnitStatus", unitId: "E1", status: "available" },
          }),
        });
        return { status: r.status, body: (await r.json()) as { code: string } };
      });
      expect(forged).toMatchObject({ status: 403, body: { code: "FORBIDDEN_FOR_ROLE" } });
      await page.context().close();
    });

    it("the audit stream holds the logins, the failed logins and the lock, the command with its operator, the refused one, the expiry and the logout", async () => {
      const records = await eventually("the audit records", async () => {
        const all = await auditRecords(nats.server.url, AGENCY);
        return all.some((r) => r.action === "session-expired") ? all : undefined;
      });
      const by = (action: string, operator: string) =>
        records.filter((r) => r.action === action && r.operator === operator);
      expect(by("login", "dana")).toHaveLength(1);
      expect(by("login-failed", "dana")).toHaveLength(1);
      expect(by("login-failed", "lou").map((r) => (r.detail as { code: string }).code)).toEqual([
        ...Array<string>(5).fill("LOGIN_FAILED"),
        "ACCOUNT_LOCKED",
      ]);
      expect(by("locked", "lou")).toHaveLength(1);
      expect(by("command", "dana")).toEqual([
        expect.objectContaining({
          role: "dispatcher",
          detail: expect.objectContaining({ kind: "UpdateUnitStatus", unitId: "E1", ok: true }) as unknown,
        }),
      ]);
      expect(by("command", "vic")).toEqual([
        expect.objectContaining({
          detail: expect.objectContaining({ ok: false, code: "FORBIDDEN_FOR_ROLE" }) as unknown,
        }),
      ]);
      expect(by("logout", "dana")).toHaveLength(1);
      expect(by("session-expired", "ida")).toHaveLength(1);
      expect(by("query", "dana").length).toBeGreaterThan(0);
    });
  },
);

import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { jetstreamManager } from "@nats-io/jetstream";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startConsole, type ConsoleServer } from "../../adapters/console/index.ts";
import { agencySubjects, EngineService, natsServerAvailable } from "../../adapters/nats/index.ts";
import { offset } from "../../adapters/sim/city.ts";
import { NatsClient, useNatsServer } from "../support/nats.ts";
import { call, config, unit } from "../support/scenario.ts";
import { loginInBrowser, usersFileWith } from "./login.ts";
import { rawRequest } from "./tls-support.ts";

const CHROMIUM = "/usr/bin/chromium";
const AGENCY = "xss";
/** Every XSS payload of the brief, in one string: each field gets it after a marker of its own. */
const PAYLOAD = `<img src=x onerror=window.__xss=1><script>window.__xss=1</script>"><svg onload=window.__xss=1>'`;
/** The first payload alone, for fields the engine caps at 64 characters. */
const SHORT = "<img src=x onerror=window.__xss=1>";
const tagged = (field: string) => `${field}${PAYLOAD}`;

/** Before any script of the page: CSP violations are recorded, whoever causes them. */
const RECORD_VIOLATIONS = () => {
  const w = window as unknown as { __csp: string[] };
  w.__csp = [];
  document.addEventListener("securitypolicyviolation", (e) =>
    w.__csp.push(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`),
  );
};

describe.skipIf(!natsServerAvailable() || !existsSync(CHROMIUM))(
  `the console against a hostile web, in headless Chromium (needs ${CHROMIUM} and nats-server)`,
  () => {
    const nats = useNatsServer();
    let service: EngineService;
    let client: NatsClient;
    let web: ConsoleServer;
    let browser: Browser;
    /** The dispatcher's browser, logged in at the console (its session cookie, HttpOnly, SameSite=Strict). */
    let context: BrowserContext;
    /** The session cookie (`cad_session=...`), for requests the tests send themselves. */
    let cookie = "";
    /** The pages of "another origin": http://other.test:PORT/, a server of the test's own. */
    let other: Server;
    let otherPort = 0;
    const logged: string[] = [];
    const inputs = async () => {
      const jsm = await jetstreamManager(client.nc);
      return (await jsm.streams.info(agencySubjects(AGENCY).inputStream)).state.messages;
    };
    const newPage = async (): Promise<Page> => {
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return page;
    };

    beforeAll(async () => {
      service = await EngineService.start({ agency: AGENCY, servers: nats.server.url, config });
      client = await NatsClient.connect(nats.server.url, AGENCY);
      await client.send(unit("E1", "engine", "metro-fire", offset(400, 0)));
      await client.send(unit("M1", "medic", "metro-fire", offset(900, 0)));
      web = await startConsole({
        agency: AGENCY,
        servers: nats.server.url,
        port: 0,
        log: (line) => logged.push(line),
        users: await usersFileWith(AGENCY, [{ name: "tester", role: "supervisor" }]),
      });
      other = createServer((req, res) => {
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
        res.end(
          req.url === "/plain"
            ? "<!doctype html><p id=plain>a page anyone may frame</p>"
            : `<!doctype html><title>elsewhere</title>
               <iframe id="control" src="/plain"></iframe>
               <iframe id="console" src="${web.url}"></iframe>`,
        );
      });
      await new Promise<void>((r) => other.listen(0, "127.0.0.1", r));
      otherPort = (other.address() as AddressInfo).port;
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          // Names an attacker controls, resolving to this machine: the DNS-rebinding setting.
          "--host-resolver-rules=MAP rebind.test 127.0.0.1, MAP other.test 127.0.0.1",
        ],
      });
      context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
      await context.addInitScript(RECORD_VIOLATIONS);
      // The dispatcher logs in through the page's form: every later page of the context has the
      // session, which the hostile pages below try to ride.
      const page = await newPage();
      await loginInBrowser(page, web.url);
      const session = (await context.cookies(web.url)).find((c) => c.name === "cad_session");
      expect(session).toMatchObject({ httpOnly: true, sameSite: "Strict", secure: false });
      cookie = `cad_session=${session?.value ?? ""}`;
      await page.close();
    });

    afterAll(async () => {
      await browser?.close();
      await new Promise((r) => other?.close(r));
      await web?.close();
      await client?.close();
      await service?.stop();
    });

    it("a DNS-rebinding page (http://rebind.test:PORT/, resolving to 127.0.0.1) gets no state and cannot post a command", async () => {
      const before = await inputs();
      const page = await newPage();
      const landing = await page.goto(`http://rebind.test:${web.port}/`);
      // It reached the console, which refused it: the page itself is not served.
      expect(landing?.status()).toBe(421);
      const seen = await page.evaluate(async () => {
        const get = async (path: string) => {
          const r = await fetch(path);
          return { status: r.status, body: await r.text() };
        };
        const command = await fetch("/api/commands", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ id: "rebind-attack-1", input: { kind: "CheckUnit", unitId: "E1" } }),
        });
        const stream = await new Promise<string>((resolve) => {
          const source = new EventSource("/api/events");
          source.addEventListener("snapshot", () => {
            source.close();
            resolve("snapshot");
          });
          source.onerror = () => {
            source.close();
            resolve("refused");
          };
        });
        return {
          config: await get("/api/config"),
          incident: await get("/api/incident?id=INC-000001"),
          app: await get("/app.js"),
          command: { status: command.status, body: await command.text() },
          stream,
        };
      });
      for (const r of [seen.config, seen.incident, seen.app, seen.command]) {
        expect(r.status).toBe(421);
        expect(JSON.parse(r.body)).toMatchObject({ code: "WRONG_HOST" });
        expect(r.body).not.toContain(AGENCY);
      }
      expect(seen.stream).toBe("refused");
      expect(logged).toContain(`console: refused WRONG_HOST GET /api/config from 127.0.0.1`);
      expect(await inputs()).toBe(before);
      expect(logged.filter((l) => l.includes(": command "))).toEqual([]);
      await page.close();
    });

    it("a page of another origin cannot frame the console, nor post it a command, nor read its state", async () => {
      const before = await inputs();
      const page = await newPage();
      const requested: string[] = [];
      page.on("request", (r) => requested.push(r.url()));
      const framed = page.waitForResponse((r) => r.url() === web.url);
      await page.goto(`http://other.test:${otherPort}/`);
      const response = await framed;
      // The console did answer the frame's request; the browser refused to show it.
      expect(response.status()).toBe(200);
      expect(response.headers()["x-frame-options"]).toBe("DENY");
      await page.frameLocator("#control").locator("#plain").waitFor();
      const consoleFrame = page
        .frames()
        .find(
          (f) =>
            f.parentFrame() !== null && f.name() === "" && f.url() !== `http://other.test:${otherPort}/plain`,
        );
      expect(consoleFrame).toBeDefined();
      expect(consoleFrame?.url()).not.toBe(web.url);
      expect(requested.filter((u) => u.endsWith("/app.js") || u.includes("/api/"))).toEqual([]);

      const attempts = await page.evaluate(async (consoleUrl) => {
        const outcome = (p: Promise<Response>) =>
          p.then(
            (r) => `answered ${r.type} ${r.status}`,
            (e: Error) => `failed ${e.name}`,
          );
        const body = JSON.stringify({ id: "cross-origin-1", input: { kind: "CheckUnit", unitId: "E1" } });
        return {
          // JSON needs a CORS preflight, which the console refuses.
          json: await outcome(
            fetch(`${consoleUrl}api/commands`, {
              method: "POST",
              headers: { "Content-Type": "application/json" },
              body,
            }),
          ),
          // A "simple" request goes without one: the console refuses it on its Origin (and Sec-Fetch-Site).
          simple: await outcome(
            fetch(`${consoleUrl}api/commands`, { method: "POST", mode: "no-cors", body }),
          ),
          read: await outcome(fetch(`${consoleUrl}api/config`)),
        };
      }, web.url);
      // The page learns nothing (even the no-cors answer is withheld: Cross-Origin-Resource-Policy).
      expect(attempts).toEqual({
        json: "failed TypeError",
        simple: "failed TypeError",
        read: "failed TypeError",
      });
      // The console refused the preflight and the simple request itself, on their origin.
      const refusals = logged.filter((l) => l.includes("refused CROSS_ORIGIN"));
      expect(refusals).toEqual([
        expect.stringMatching(/^console: refused CROSS_ORIGIN OPTIONS \/api\/commands from /),
        expect.stringMatching(/^console: refused CROSS_ORIGIN POST \/api\/commands from /),
      ]);
      expect(await inputs()).toBe(before);
      expect(logged.filter((l) => l.includes(": command "))).toEqual([]);
      await page.close();
    });

    it("the policy is in force on the console's page: markup with an inline handler injected into it is blocked and reported", async () => {
      const page = await newPage();
      await page.goto(web.url);
      await page.locator("#link[data-state=live]").waitFor();
      await page.evaluate(() => {
        const div = document.createElement("div");
        div.innerHTML = "<img src=x onerror=window.__xss=1>";
        document.body.append(div);
      });
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.join("\n")))
        .toMatch(/script-src-attr|script-src/);
      expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
      await page.close();
    });

    it("XSS payloads in every free-text field that reaches the page render as text: nothing runs, no CSP violation", async () => {
      // From call-taking: the call's id, address, caller number and description.
      await client.send(
        call(tagged("callid:"), "MED", offset(200, 0), {
          receivedAt: Date.now() - 5000,
          address: tagged("address:"),
          callerNumber: `caller:${SHORT}`,
          description: tagged("description:"),
        }),
      );
      const page = await newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(web.url);
      const row = page.locator("#pending tr").first();
      await row.waitFor();
      const incidentId = (await row.getAttribute("data-incident")) ?? "";
      await row.click();
      await page.locator("#callers .call").waitFor();
      // Refused inputs whose reasons echo what was sent: a unit's type and agency (and a call type, which the engine defaults).
      await client.send(
        call("C-XSS-2", `calltype:${SHORT}`, offset(300, 0), { receivedAt: Date.now() - 5000 }),
      );
      await client.send(unit("X1", tagged("unittype:"), "metro-fire", offset(0, 0)));
      await client.send(unit("X2", "engine", tagged("agency:"), offset(0, 0)));
      // From the console: a note typed on the page, and commands whose text the engine echoes.
      await page.locator("#note").fill(tagged("note:"));
      await page.locator("#note").press("Enter");
      const send = (n: number, input: Record<string, unknown>) =>
        rawRequest(new URL("api/commands", web.url).toString(), {
          method: "POST",
          headers: { "Content-Type": "application/json", Cookie: cookie },
          body: JSON.stringify({ id: `xss-command-${n}`, input }),
        });
      await send(1, { kind: "AddNote", incidentId, text: "by another", author: tagged("author:") });
      await send(2, {
        kind: "ReprioritiseIncident",
        incidentId,
        priority: 2,
        reason: tagged("reprioritise:"),
      });
      await send(3, { kind: "CloseIncident", incidentId, disposition: `disposition:${SHORT}` });
      await send(4, { kind: "ReopenIncident", incidentId, reason: tagged("reopen:") });
      await send(5, { kind: "DispatchUnit", incidentId, unitId: tagged("unit:") });
      await send(6, { kind: "UpdateUnitStatus", unitId: "E1", status: `status:${SHORT}` });
      const missing = (fields: readonly string[]) =>
        page.evaluate(
          ([fields, short]) => fields.filter((f) => !document.body.innerText.includes(`${f}${short}`)),
          [fields, SHORT] as const,
        );
      // The incident's callers, timeline and notes (the page asks again as outputs name it), and the alerts.
      const shown = ["callid:", "address:", "caller:", "description:", "note:", "author:", "reprioritise:"];
      const refused = ["unittype:", "agency:", "disposition:", "unit:", "status:"];
      await expect.poll(() => missing([...shown, ...refused]), { timeout: 15_000 }).toEqual([]);
      const text = await page.evaluate(() => document.body.innerText);
      expect(text).toContain(`address:${PAYLOAD}`);
      expect(text).toContain(`note:${PAYLOAD}`);
      // The map draws too (the incident's id and address are in its tooltip).
      await page.locator("#map g.incident").first().waitFor({ state: "attached" });
      const after = await page.evaluate(() => ({
        xss: (window as unknown as { __xss?: unknown }).__xss,
        csp: (window as unknown as { __csp: string[] }).__csp,
        injected: document.querySelectorAll("img, svg svg, body script, [onerror], [onload]").length,
      }));
      expect(after).toEqual({ xss: undefined, csp: [], injected: 0 });
      expect(errors).toEqual([]);
      // The note typed on the page is logged as the logged-in operator's, without its text.
      const notes = logged.filter((l) => l.includes(": command AddNote "));
      expect(notes).toContainEqual(
        expect.stringMatching(
          new RegExp(`^console ${AGENCY}: command AddNote incident=\\S+ from \\S+ by tester \\(`),
        ),
      );
      // Free text (notes, authors, reasons, dispositions) never reaches the log; ids do, with no markup left.
      for (const text of ["note:", "author:", "reprioritise:", "disposition:", "reopen:", "<"])
        expect(logged.filter((l) => l.includes(text))).toEqual([]);
      await page.close();
    });
  },
);

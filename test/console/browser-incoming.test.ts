import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsoleServer } from "../../adapters/console/index.ts";
import {
  decodeOutput,
  eidoExample,
  eidoTrackingId,
  EngineService,
  natsServerAvailable,
  type DecodedOutput,
} from "../../adapters/nats/index.ts";
import { eidoSchemaAvailable, eidoSchemaDir } from "../../adapters/rms/eido-schema.ts";
import { OFFER_SHARE, type EngineEvent } from "../../engine/index.ts";
import { editedSource } from "../support/configs.ts";
import { NatsClient, useNatsServer } from "../support/nats.ts";
import { unit } from "../support/scenario.ts";
import { loginInBrowser, startLoggedIn, usersFileWith } from "./login.ts";
import { LAUNCH_ARGS, eventually, seenEvent } from "./support.ts";

const CHROMIUM = "/usr/bin/chromium";
const AGENCY = "inc";
const ARTIFACTS = resolve(".tmp/artifacts/incoming");
const NEIGHBOUR = "psap.neighbour.example";
/** The NENA sample: a call transfer from state.pa.us, with a civic address and no coordinates. */
const PA = "urn:emergency:uid:incidentid:a56e556d871:bcf.state.pa.us";
const N42 = eidoTrackingId("N-000042", NEIGHBOUR);
const MIN = 60_000;

/** Our configuration with the sender's types mapped: their Fire is our FIB, the sample's "emergency" our MED. */
const config = editedSource((doc) => {
  (doc as Record<string, unknown>)["eido"] = {
    callTypes: { Fire: "FIB", emergency: "MED" },
    defaultCallType: "UNK",
  };
  (doc as Record<string, unknown>)["sharing"] = { partners: ["b", "county"] };
}).config;

type Event<T extends EngineEvent["type"]> = Extract<EngineEvent, { type: T }>;

describe.skipIf(!natsServerAvailable() || !existsSync(CHROMIUM) || !eidoSchemaAvailable())(
  `incoming incidents and sharing in the console, by mouse and command line, in headless Chromium (needs ${CHROMIUM}, nats-server and ../shared/data/nena-eido)`,
  () => {
    const nats = useNatsServer();
    let service: EngineService;
    let client: NatsClient;
    let web: ConsoleServer;
    let browser: Browser;
    let page: Page;
    const pageErrors: string[] = [];
    const seen: DecodedOutput[] = [];
    /** The commands the page posted, as the gateway received them. */
    const posted: { kind: string; [field: string]: unknown }[] = [];
    const fromConsole = (o: DecodedOutput) => o.inputId.startsWith(`console:${AGENCY}:`);
    const onNats = <T extends EngineEvent["type"]>(type: T, match: (e: Event<T>) => boolean = () => true) =>
      seenEvent(seen, type, (e, o) => fromConsole(o) && match(e), `${type} from the console on NATS`);
    const sendEido = (doc: unknown, id: string) =>
      client.sendRaw(`cad.${AGENCY}.in.eido`, new TextEncoder().encode(JSON.stringify(doc)), { id });
    const neighbour = (incident: string, opts: Parameters<typeof eidoExample>[0] = {}) =>
      eidoExample({ incident, updatedAt: Date.now() - MIN, callAt: Date.now() - 2 * MIN, ...opts });
    const rows = () => page.locator("#incoming tr").allTextContents();
    const command = async (line: string) => {
      await page.keyboard.press("Escape");
      await page.keyboard.press("F2");
      await page.locator("#cmd").fill(line);
      await page.locator("#cmd").press("Enter");
    };
    const screenshot = async (name: string) => {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, name) });
    };

    beforeAll(async () => {
      service = await EngineService.start({ agency: AGENCY, servers: nats.server.url, config });
      client = await NatsClient.connect(nats.server.url, AGENCY);
      client.nc.subscribe(`cad.${AGENCY}.evt.>`, {
        callback: (_e, m) => void seen.push(decodeOutput(m.data)),
      });
      await client.nc.flush();
      await client.send(unit("E1", "engine"));
      // Given the NENA sample waiting before the page opens: the page learns it from its snapshot.
      const sample = readFileSync(join(eidoSchemaDir(), "Samples", "sample-call-transfer-eido.json"), "utf8");
      await client.sendRaw(`cad.${AGENCY}.in.eido`, new TextEncoder().encode(sample), { id: "eido-sample" });
      await eventually("the sample waiting", () =>
        seen.some((o) => "event" in o && o.event.type === "IncomingIncidentReceived") ? true : undefined,
      );
      // A dispatcher's console (the role that answers incoming incidents and shares ours).
      const users = await usersFileWith(AGENCY, [
        { name: "tester", role: "dispatcher" },
        { name: "cara", role: "call-taker" },
      ]);
      ({ web } = await startLoggedIn({ agency: AGENCY, servers: nats.server.url, port: 0, config, users }));
      browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
      page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
      page.setDefaultTimeout(15_000);
      page.on("pageerror", (error) => pageErrors.push(error.message));
      page.on("request", (r) => {
        if (r.method() === "POST" && r.url().endsWith("/api/commands"))
          posted.push((r.postDataJSON() as { input: { kind: string } }).input);
      });
      await loginInBrowser(page, web.url);
    });

    afterAll(async () => {
      await browser?.close();
      await web?.close();
      await client?.close();
      await service?.stop();
    });

    it("given the NENA sample waiting when the page opened, then the Incoming panel lists it: sender, their id, their type and ours, address, priority, time received", async () => {
      await page.locator(`#incoming tr[data-incoming="${PA}"]`).waitFor();
      const [row] = await rows();
      expect(row).toContain("1state.pa.us");
      expect(row).toContain("a56e556d871");
      expect(row).toContain("emergency → MED");
      expect(row).toContain("42 W Cellular Street, Wilmington, DE");
      expect(row).toMatch(/P\d/);
      expect(row).toMatch(/\d\d:\d\d:\d\d$/);
    });

    it("given a call-taker, then the panel shows the incoming incidents without Accept, Decline or a place to type, and the console refuses their AcceptIncoming (403)", async () => {
      const other = await browser.newPage({ viewport: { width: 1600, height: 900 } });
      try {
        await loginInBrowser(other, web.url, "cara");
        await other.locator(`#incoming tr[data-incoming="${PA}"]`).dispatchEvent("pointerdown");
        await other.locator("#incoming-detail >> text=8195551212").waitFor();
        for (const id of [
          "#incoming-accept",
          "#incoming-decline",
          "#incoming-reason",
          "#incoming-place",
          "#share",
          "#transfer",
        ])
          expect(await other.locator(id).isHidden(), id).toBe(true);
        const refused = await other.evaluate(async (trackingId) => {
          const r = await fetch("/api/commands", {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ id: "cara-accept-1", input: { kind: "AcceptIncoming", trackingId } }),
          });
          return { status: r.status, body: (await r.json()) as { code: string } };
        }, PA);
        expect(refused).toMatchObject({ status: 403, body: { code: "FORBIDDEN_FOR_ROLE" } });
      } finally {
        await other.close();
      }
    });

    it("when a neighbour's EIDO arrives, then it is row 2 at once; opened, it shows its calls, notes and the sender's units; a newer version refreshes it", async () => {
      await sendEido(neighbour("N-000042"), "eido-n42-v1");
      await page.locator(`#incoming tr[data-incoming="${N42}"]`).waitFor();
      expect((await rows())[1]).toContain(
        `2${NEIGHBOUR}N-000042Fire → FIB1201 3rd Ave, Seattle — Café lobby`,
      );
      await page.locator(`#incoming tr[data-incoming="${N42}"]`).dispatchEvent("pointerdown");
      const open = page.locator("#incoming-detail");
      await open.locator("text=+12065550188").waitFor();
      await open.locator("text=Smoke from the 3rd floor 😟").waitFor();
      await open.locator("text=E5 (engine)").waitFor();
      // The sender gave coordinates: no place to type. Its EIDO does not say what it offers.
      expect(await page.locator("#incoming-place").isHidden()).toBe(true);
      await open.locator("text=Handed over to us").waitFor();

      // The newer version says it is shared with us (as a cad-engine partner's relay says it).
      const v2 = neighbour("N-000042", {
        updatedAt: Date.now(),
        notes: ["Smoke from the 3rd floor 😟", "Now flames"],
        units: ["E5", "L7"],
      });
      Object.assign(v2["incidentComponent"] as object, { incidentStatusInternalText: ["open", OFFER_SHARE] });
      await sendEido(v2, "eido-n42-v2");
      await open.locator("text=Now flames").waitFor();
      await open.locator("text=L7 (engine)").waitFor();
      await open.locator("text=Shared with us: it stays theirs and we follow it").waitFor();
      expect((await rows())[1]).toContain("N-000042 shared");
      await screenshot("incoming-open.png");
    });

    it("when Accept is pressed, then AcceptIncoming goes from the console as the dispatcher, the row leaves the panel and the incident joins the queue as ours", async () => {
      await page.locator("#incoming-accept").click();
      const accepted = await onNats("IncomingIncidentAccepted", (e) => e.trackingId === N42);
      expect(accepted.event.operator).toBe("tester");
      const incidentId = accepted.event.incidentId;
      await page.locator(`#pending tr[data-incident="${incidentId}"]`).waitFor();
      await page.locator(`#incoming tr[data-incoming="${N42}"]`).waitFor({ state: "detached" });
      // Accepted here, it is the selected incident, ready to dispatch.
      await page.locator(`#detail-head >> text=${incidentId}`).waitFor();
      expect(await rows()).toHaveLength(1);
      expect(posted.at(-1)).toEqual({ kind: "AcceptIncoming", trackingId: N42 });
    });

    it("when AI 1 is typed for the sample (no coordinates), then the engine's MISSING_FIELD shows as a rejection; AI 1 lat lon places and accepts it", async () => {
      await command("AI 1");
      await page.locator("#cmd-status.rejected").waitFor();
      expect(await page.locator("#cmd-status").textContent()).toContain("MISSING_FIELD");
      await command("AI 1 39.7391 -75.5398");
      const accepted = await onNats("IncomingIncidentAccepted", (e) => e.trackingId === PA);
      await onNats("IncidentCreated", (e) => e.incidentId === accepted.event.incidentId && e.lat === 39.7391);
      await page.locator("#cmd-status.applied").waitFor();
      await page.locator("#incoming-box").waitFor({ state: "hidden" });
    });

    it("when DI is typed without a reason, then the page says so and sends nothing; with one, DeclineIncoming carries it; the mouse's Decline does the same", async () => {
      await sendEido(neighbour("N-000050"), "eido-n50");
      await sendEido(neighbour("N-000051"), "eido-n51");
      await page.locator("#incoming tr").nth(1).waitFor();
      const before = posted.length;
      await command("DI 1");
      await page.locator("#cmd-status.rejected >> text=say why").waitFor();
      expect(posted).toHaveLength(before);
      await command("DI 1 not in our area");
      const declined = await onNats("IncomingIncidentDeclined", (e) => e.trackingId.includes("N-000050"));
      expect(declined.event.reason).toBe("not in our area");

      const n51 = eidoTrackingId("N-000051", NEIGHBOUR);
      await page.locator(`#incoming tr[data-incoming="${n51}"]`).dispatchEvent("pointerdown");
      await page.locator("#incoming-reason").fill("duplicate of our INC-1");
      await page.locator("#incoming-decline").click();
      const byMouse = await onNats("IncomingIncidentDeclined", (e) => e.trackingId === n51);
      expect(byMouse.event.reason).toBe("duplicate of our INC-1");
      await page.locator("#incoming-box").waitFor({ state: "hidden" });
      expect(pageErrors).toEqual([]);
    });

    it("on an incident, Share with / End share / Transfer to (confirmed) send ShareIncident, EndShare and TransferIncident with the agency typed, as SH / US / TR do; and the engine records each", async () => {
      const created = seen.flatMap((o) =>
        "event" in o && o.event.type === "IncidentCreated" ? [o.event.incidentId] : [],
      );
      const incidentId = created[0] as string;
      await page.locator(`tr[data-incident="${incidentId}"]`).first().dispatchEvent("pointerdown");
      await page.locator(`#detail-head >> text=${incidentId}`).waitFor();
      await page.locator("#other-agency").fill("B");
      await page.locator("#share").click();
      await page.locator("#unshare").click();
      await page.locator("#transfer-reason").fill("their side of the river");
      await page.locator("#transfer").click();
      await page.locator("#confirm-text >> text=Transfer").waitFor();
      await page.locator("#confirm-yes").click();
      const number = String(Number(/(\d+)$/.exec(incidentId)?.[1]));
      await command(`SH ${number} county`);
      const isSharing = (p: { kind: string }) =>
        ["ShareIncident", "EndShare", "TransferIncident"].includes(p.kind);
      await eventually("the four commands posted", () =>
        posted.filter(isSharing).length >= 4 ? true : undefined,
      );
      const sharing = posted.filter(isSharing);
      expect(sharing).toEqual([
        { kind: "ShareIncident", incidentId, toAgency: "b" },
        { kind: "EndShare", incidentId, toAgency: "b" },
        { kind: "TransferIncident", incidentId, toAgency: "b", reason: "their side of the river" },
        { kind: "ShareIncident", incidentId, toAgency: "county" },
      ]);
      // The engine answers each on NATS, in order.
      await onNats("IncidentShared", (e) => e.incidentId === incidentId && e.toAgency === "b");
      await onNats("IncidentShareEnded", (e) => e.incidentId === incidentId && e.toAgency === "b");
      await onNats(
        "IncidentTransferred",
        (e) => e.incidentId === incidentId && e.reason === "their side of the river",
      );
      await onNats("IncidentShared", (e) => e.incidentId === incidentId && e.toAgency === "county");
      expect(pageErrors).toEqual([]);
    });
  },
);

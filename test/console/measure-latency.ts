/**
 * How long the console takes to show a call and to turn a click into an engine event, over a
 * real nats-server, engine and headless Chromium (not a test: timings are printed, never asserted).
 *
 *   node --import tsx test/console/measure-latency.ts < /dev/null
 */
import { chromium } from "playwright-core";
import { loginInBrowser, startLoggedIn } from "./login.ts";
import {
  decodeOutput,
  type DecodedOutput,
  EngineService,
  startNatsServer,
} from "../../adapters/nats/index.ts";
import { offset } from "../../adapters/sim/city.ts";
import { NatsClient } from "../support/nats.ts";
import { call, config, unit } from "../support/scenario.ts";

const CALLS = 60;
const UNITS = 40;
const agency = "measure";

const server = await startNatsServer();
const service = await EngineService.start({ agency, servers: server.url, config });
const client = await NatsClient.connect(server.url, agency);
const seen: { at: number; o: DecodedOutput }[] = [];
client.nc.subscribe(`cad.${agency}.evt.>`, {
  callback: (_e, m) => void seen.push({ at: Date.now(), o: decodeOutput(m.data) }),
});
for (let i = 0; i < UNITS; i++)
  await client.send(
    unit(`E${i}`, "engine", "metro-fire", offset((i % 8) * 1500 - 6000, (i >> 3) * 2000 - 4000)),
  );

let t = performance.now();
const { web } = await startLoggedIn({ agency, servers: server.url, port: 0 });
const startMs = performance.now() - t;
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
t = performance.now();
await loginInBrowser(page, web.url);
await page.locator(`#units [data-unit="E${UNITS - 1}"]`).waitFor();
const loadMs = performance.now() - t;
// The page notes when each queue row appears (same machine, same wall clock as this process).
await page.evaluate(() => {
  const w = window as unknown as { rows: Record<string, number> };
  w.rows = {};
  new MutationObserver(() => {
    for (const tr of Array.from(document.querySelectorAll("#pending tr[data-incident]")))
      w.rows[tr.getAttribute("data-incident") ?? ""] ??= Date.now();
  }).observe(document.getElementById("pending") as HTMLElement, { childList: true });
});

const waitFor = async <T>(f: () => T | undefined): Promise<T> => {
  for (;;) {
    const v = f();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 1));
  }
};
const callToRow: number[] = [];
const clickToEvent: number[] = [];
for (let i = 0; i < CALLS; i++) {
  const t0 = Date.now();
  await client.send(call(`C${i}`, "AFAR", offset((i % 10) * 800 - 4000, 0), { receivedAt: t0 }));
  const id = await waitFor(() => {
    for (const { o } of seen)
      if ("event" in o && o.event.type === "CallAttached" && o.event.callId === `C${i}`)
        return o.event.incidentId;
    return undefined;
  });
  const row = page.locator(`#pending tr[data-incident="${id}"]`);
  await row.waitFor();
  const shown = await page.evaluate(
    (k) => (window as unknown as { rows: Record<string, number> }).rows[k],
    id,
  );
  callToRow.push((shown ?? Date.now()) - t0);
  await row.click();
  await page.waitForFunction(() => !(document.getElementById("accept") as HTMLButtonElement).disabled);
  const clicked = await page.evaluate(() => {
    const at = Date.now();
    document.getElementById("accept")?.click();
    return at;
  });
  const event = await waitFor(() =>
    seen.find(
      ({ o }) =>
        "event" in o &&
        o.event.type === "UnitStatusChanged" &&
        o.event.incidentId === id &&
        o.inputId.startsWith("console:"),
    ),
  );
  clickToEvent.push(event.at - clicked);
  await page.locator("#clear").click();
}

const pct = (a: number[], p: number) =>
  [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor(p * a.length))];
const line = (name: string, a: number[]) =>
  `${name}: p50 ${pct(a, 0.5)} ms, p90 ${pct(a, 0.9)} ms, max ${pct(a, 1)} ms (n=${a.length})`;
process.stdout.write(
  [
    `console start (bundle, NATS, HTTP): ${startMs.toFixed(0)} ms; page open to ${UNITS} units drawn: ${loadMs.toFixed(0)} ms`,
    line("call published on NATS -> its row in the queue", callToRow),
    line("Accept clicked -> UnitStatusChanged seen on NATS", clickToEvent),
    "",
  ].join("\n"),
);
await browser.close();
await web.close();
await client.close();
await service.stop();
await server.stop();

/**
 * Keystroke to display (issue 17; the NC 911 Board asks for 2 s or less): a command typed in the
 * console's command line, from the Enter key to the page showing the engine's resulting event,
 * over a real nats-server, engine, console gateway and headless Chromium on this machine.
 *
 * Each command is `ST <unit> OOS` or `ST <unit> AV` (a unit status change), typed with the
 * keyboard; the page notes when Enter goes down (a capture listener on the window, before the
 * command line reads the key) and when the unit's tile on the board takes the new status (a
 * MutationObserver: the DOM change made in the frame after the engine's event arrived). Also
 * reported: Enter to the engine's event on NATS (seen by this process, same wall clock).
 * A queue of pending calls and 40 units are on the page meanwhile. Not a test: nothing is asserted.
 *
 * Prints a table, then as its last line one JSON object.
 * Run: npm run bench:console [-- --commands 200 --warmup 10]
 */
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { decodeOutput, EngineService, startNatsServer } from "../adapters/nats/index.ts";
import { offset } from "../adapters/sim/city.ts";
import { loginInBrowser, startLoggedIn } from "../test/console/login.ts";
import { LAUNCH_ARGS } from "../test/console/support.ts";
import { NatsClient } from "../test/support/nats.ts";
import { call, config, unit } from "../test/support/scenario.ts";
import { machineInfo } from "./lib/report.ts";
import { percentile, round } from "./lib/stats.ts";

const { values } = parseArgs({
  options: {
    commands: { type: "string", default: "200" },
    warmup: { type: "string", default: "10" },
    units: { type: "string", default: "40" },
    calls: { type: "string", default: "30" },
  },
});
const COMMANDS = Number(values.commands);
const WARMUP = Number(values.warmup);
const UNITS = Number(values.units);
const CALLS = Number(values.calls);
const AGENCY = "kbd";
const log = (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);

/** What the page records: when Enter went down, and when the awaited tile showed its new status. */
interface Lat {
  keyAt: number;
  keyWall: number;
  shownAt: number;
  want: { unit: string; cls: string } | null;
}

const server = await startNatsServer();
const service = await EngineService.start({ agency: AGENCY, servers: server.url, config });
const client = await NatsClient.connect(server.url, AGENCY);
/** Wall-clock instant this process saw each unit status event, by "unit>status" (latest). */
const statusSeen = new Map<string, number[]>();
client.nc.subscribe(`cad.${AGENCY}.evt.>`, {
  callback: (_e, m) => {
    const o = decodeOutput(m.data);
    if ("event" in o && o.event.type === "UnitStatusChanged") {
      const key = `${o.event.unitId}>${o.event.to}`;
      statusSeen.set(key, [...(statusSeen.get(key) ?? []), Date.now()]);
    }
  },
});
for (let i = 0; i < UNITS; i++)
  await client.send(
    unit(`U${i}`, "engine", "metro-fire", offset((i % 8) * 1500 - 6000, (i >> 3) * 2000 - 4000)),
  );
for (let i = 0; i < CALLS; i++)
  await client.send(
    call(`C${i}`, i % 2 === 0 ? "MED" : "AFAR", offset((i % 10) * 900 - 4500, (i % 7) * 900 - 3000), {
      receivedAt: Date.now(),
      address: `${100 + i} Main St`,
    }),
  );

const { web } = await startLoggedIn({ agency: AGENCY, servers: server.url, port: 0 });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: LAUNCH_ARGS });
const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
await loginInBrowser(page, web.url);
await page.locator(`#units [data-unit="U${UNITS - 1}"]`).waitFor();
await page.evaluate(() => {
  const lat: Lat = { keyAt: 0, keyWall: 0, shownAt: 0, want: null };
  (window as unknown as { lat: Lat }).lat = lat;
  window.addEventListener(
    "keydown",
    (e) => {
      if (e.key !== "Enter" || (e.target as Element).id !== "cmd") return;
      lat.keyAt = performance.now();
      lat.keyWall = Date.now();
    },
    true,
  );
  const board = document.getElementById("units") as HTMLElement;
  new MutationObserver(() => {
    const w = lat.want;
    if (w === null || lat.shownAt > 0 || lat.keyAt === 0) return;
    if (board.querySelector(`[data-unit="${w.unit}"]`)?.classList.contains(w.cls) === true)
      lat.shownAt = performance.now();
  }).observe(board, { subtree: true, childList: true, attributes: true, attributeFilter: ["class"] });
});

const toDisplay: number[] = [];
const toEngine: number[] = [];
log(`${WARMUP} warm-up commands, then ${COMMANDS} measured`);
for (let i = 0; i < WARMUP + COMMANDS; i++) {
  const unitId = `U${i % 20}`;
  const out = Math.floor(i / 20) % 2 === 0;
  const status = out ? "out_of_service" : "available";
  await page.evaluate(
    (want) => {
      const lat = (window as unknown as { lat: Lat }).lat;
      Object.assign(lat, { want, keyAt: 0, shownAt: 0 });
    },
    { unit: unitId, cls: `st-${status}` },
  );
  const before = statusSeen.get(`${unitId}>${status}`)?.length ?? 0;
  await page.locator("#cmd").fill(`ST ${unitId} ${out ? "OOS" : "AV"}`);
  await page.locator("#cmd").press("Enter");
  await page.waitForFunction(() => (window as unknown as { lat: Lat }).lat.shownAt > 0, undefined, {
    timeout: 30_000,
  });
  const r = await page.evaluate(() => {
    const lat = (window as unknown as { lat: Lat }).lat;
    return { ms: lat.shownAt - lat.keyAt, keyWall: lat.keyWall };
  });
  const seenAt = statusSeen.get(`${unitId}>${status}`)?.[before];
  if (i < WARMUP) continue;
  toDisplay.push(r.ms);
  if (seenAt !== undefined) toEngine.push(seenAt - r.keyWall);
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return {
    n: s.length,
    p50: round(percentile(s, 50), 1),
    p90: round(percentile(s, 90), 1),
    p99: round(percentile(s, 99), 1),
    max: round(s[s.length - 1] ?? NaN, 1),
  };
};
const display = stats(toDisplay);
const engine = stats(toEngine);
process.stdout.write(
  [
    `Keystroke to display, console command line (${COMMANDS} commands, ${UNITS} units, ${CALLS} calls queued)`,
    `machine: ${machineInfo()}`,
    "",
    "| measure | n | p50 ms | p90 ms | p99 ms | max ms |",
    "| --- | --- | --- | --- | --- | --- |",
    `| Enter -> tile shows the engine's event (page) | ${display.n} | ${display.p50} | ${display.p90} | ${display.p99} | ${display.max} |`,
    `| Enter -> UnitStatusChanged on NATS | ${engine.n} | ${engine.p50} | ${engine.p90} | ${engine.p99} | ${engine.max} |`,
    "",
    JSON.stringify({
      console_keystroke_to_display_p50_ms: display.p50,
      console_keystroke_to_display_p99_ms: display.p99,
      console_keystroke_to_engine_event_p50_ms: engine.p50,
      console_keystroke_to_engine_event_p99_ms: engine.p99,
      commands: COMMANDS,
      display,
      engine,
    }),
    "",
  ].join("\n"),
);
await browser.close();
await web.close();
await client.close();
await service.stop();
await server.stop();

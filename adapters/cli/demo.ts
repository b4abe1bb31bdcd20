import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { jetstreamManager } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import type { EngineConfig } from "../../engine/index.ts";
import { loadConfigFile } from "../config/index.ts";
import { startConsole, type ConsoleServer } from "../console/index.ts";
import { hashPassword, usersInMemory } from "../auth/users.ts";
import {
  EngineService,
  natsServerAvailable,
  reachable,
  startNatsServer,
  type NatsServerProcess,
  agencySubjects,
} from "../nats/index.ts";
import { InProcessCity, NatsCity, formatSummary, summaryStateOf, type SummaryState } from "../sim/index.ts";

export interface DemoOptions {
  readonly speed: number;
  readonly hours: number;
  readonly seed: number;
  readonly callsPerHour: number;
  readonly configPath: string | undefined;
  /** NATS URL to use; a local nats-server is started when nothing answers there. */
  readonly nats: string;
  readonly inProcess: boolean;
  /** The web console (port 8080, or a free one when taken, unless a port is given); null: none. */
  readonly console: { readonly port: number | undefined } | null;
}

/** 2026-01-01T06:00:00Z: the demo's day starts here, so runs with one seed repeat exactly. */
const DEMO_START = Date.UTC(2026, 0, 1, 6, 0, 0);
const DEMO_AGENCY = "demo";
const STEP_MS = 200;
const REPORT_EVERY_MS = 5000;
const out = (line: string) => process.stdout.write(`${line}\n`);

export async function runDemo(opts: DemoOptions): Promise<number> {
  for (const [name, value] of Object.entries({
    speed: opts.speed,
    hours: opts.hours,
    seed: opts.seed,
    "calls-per-hour": opts.callsPerHour,
  })) {
    if (Number.isNaN(value) || value < 0) throw new Error(`--${name} must be a number >= 0`);
  }
  const config = loadConfigFile(opts.configPath);
  const sim = { seed: opts.seed, callsPerHour: opts.callsPerHour, start: DEMO_START };
  const end = DEMO_START + opts.hours * 3_600_000;
  if (opts.speed === 0 && !Number.isFinite(end)) throw new Error("--speed 0 needs --hours");
  const speed = `${opts.speed === 0 ? "flat out" : `${opts.speed}x`}`;
  if (opts.inProcess) {
    out(
      `cad-engine demo (in process): city "Metro", ${opts.callsPerHour} calls/hour, seed ${opts.seed}, speed ${speed}`,
    );
    if (opts.console !== null) out("  (the web console needs NATS: it is not served in process)");
    const city = new InProcessCity(config, sim);
    await pace(
      opts,
      end,
      () => city.simNow,
      (t) => city.runUntil(t),
      () => Promise.resolve(summaryStateOf(city.state)),
      config,
      city.sim.view,
      () => city.rejections.length,
    );
    return 0;
  }
  const server = await ensureNats(opts.nats);
  if (server === null) return runDemo({ ...opts, inProcess: true });
  const url = server === "external" ? opts.nats : server.url;
  const nc = await connect({ servers: url, maxReconnectAttempts: -1 });
  await freshStreams(nc);
  const service = await EngineService.start({
    agency: DEMO_AGENCY,
    servers: url,
    config,
    trustInputTime: true,
    log: out,
  });
  out(
    `cad-engine demo on NATS ${url}: agency "${DEMO_AGENCY}", city "Metro", ${opts.callsPerHour} calls/hour, seed ${opts.seed}, speed ${speed}`,
  );
  out(`  watch it: nats sub 'cad.${DEMO_AGENCY}.evt.>'   ask it: nats req cad.${DEMO_AGENCY}.q.state ''`);
  const city = new NatsCity(nc, DEMO_AGENCY, config, sim);
  await city.roster();
  const web = await serveConsole(opts, nc, config, () => city.lastStamp);
  const query = async (): Promise<SummaryState> => {
    const reply = await nc.request(`cad.${DEMO_AGENCY}.q.state`, new Uint8Array(), { timeout: 5000 });
    return JSON.parse(new TextDecoder().decode(reply.data)) as SummaryState;
  };
  try {
    await pace(
      opts,
      end,
      () => city.simNow,
      (t) => city.runUntil(t),
      query,
      config,
      city.sim.view,
      () => city.rejected,
    );
  } finally {
    await web?.close();
    city.close();
    await service.stop();
    await nc.drain();
    if (server !== "external") {
      await server.stop();
      rmSync(server.storeDir, { recursive: true, force: true });
    }
  }
  return 0;
}

/** Runs the city at `speed` simulated seconds per second (0: flat out), reporting every few seconds. */
async function pace(
  opts: DemoOptions,
  end: number,
  simNow: () => number,
  runUntil: (t: number) => Promise<void> | void,
  state: () => Promise<SummaryState>,
  config: EngineConfig,
  view: Parameters<typeof formatSummary>[2],
  rejected: () => number,
): Promise<void> {
  let stop = false;
  const onSignal = () => (stop = true);
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const report = async () => out(formatSummary(config, await state(), view, rejected()));
  let lastReport = Date.now();
  while (!stop && simNow() < end) {
    const step = opts.speed === 0 ? 600_000 : STEP_MS * opts.speed;
    await runUntil(Math.min(end, simNow() + step));
    if (Date.now() - lastReport >= REPORT_EVERY_MS) {
      await report();
      lastReport = Date.now();
    }
    if (opts.speed > 0) await new Promise((resolve) => setTimeout(resolve, STEP_MS));
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  await report();
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
}

/** The console on the demo's connection; commands carry the city's clock, which the engine trusts. */
async function serveConsole(
  opts: DemoOptions,
  nc: NatsConnection,
  config: EngineConfig,
  inputTime: () => number,
): Promise<ConsoleServer | undefined> {
  if (opts.console === null) return undefined;
  const port = opts.console.port;
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65_535))
    throw new Error("--console-port must be a whole number 0-65535");
  // The demo's one operator, for this run only: a fresh password, shown once below.
  const password = randomBytes(12).toString("base64url");
  const at = new Date().toISOString();
  const user = {
    name: "demo",
    agency: DEMO_AGENCY,
    role: "supervisor",
    disabled: false,
    created: at,
    changed: at,
  } as const;
  const web = await startConsole({
    users: usersInMemory([{ ...user, hash: await hashPassword(password) }]),
    agency: DEMO_AGENCY,
    nc,
    config,
    ...(opts.configPath !== undefined && { configPath: opts.configPath }),
    port: port ?? 8080,
    portFallback: port === undefined,
    inputTime,
  });
  out(`  dispatch from the web console: ${web.url}   (--no-console to turn it off)`);
  out(`  log in as user demo, password ${password} (this run only)`);
  return web;
}

/** The NATS to use: one already answering at `url`, a local nats-server we start, or null (none to be had). */
async function ensureNats(url: string): Promise<NatsServerProcess | "external" | null> {
  const { hostname, port } = new URL(url.replace(/^nats:/, "http:"));
  if (await reachable(hostname, Number(port || 4222))) return "external";
  if (!natsServerAvailable()) {
    out(`No NATS server answers at ${url} and no nats-server binary is installed.`);
    out(
      "Install one (Debian/Ubuntu: sudo apt-get install nats-server; or see https://docs.nats.io) to run the engine as a service;",
    );
    out("running the demo in process instead.");
    return null;
  }
  out(`No NATS server answers at ${url}: starting a local nats-server with JetStream.`);
  return startNatsServer();
}

/** The demo starts from an empty log each time. */
async function freshStreams(nc: NatsConnection): Promise<void> {
  const jsm = await jetstreamManager(nc);
  const s = agencySubjects(DEMO_AGENCY);
  for (const name of [s.inputStream, s.eventStream]) await jsm.streams.delete(name).catch(() => false);
}

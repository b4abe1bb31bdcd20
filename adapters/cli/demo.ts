import { rmSync } from "node:fs";
import { join } from "node:path";
import { jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import type { EngineConfig } from "../../engine/index.ts";
import { loadConfigFile } from "../config/index.ts";
import { startConsole, type ConsoleServer } from "../console/index.ts";
import {
  EngineService,
  connectNats,
  ensureStreams,
  natsServerAvailable,
  reachable,
  startNatsServer,
  type NatsAuth,
  type NatsServerProcess,
  agencySubjects,
} from "../nats/index.ts";
import {
  DEMO_START,
  InProcessCity,
  NatsCity,
  formatSummary,
  summaryStateOf,
  type SimOptions,
  type SummaryState,
} from "../sim/index.ts";
import { claimDataDir, demoCredentials, demoLogin, type DemoLogin, type DemoRole } from "./demo-data.ts";
import { INSECURE_WARNING } from "./nats-flags.ts";
import { describeStop, exitAfter, STOP_BUDGET_MS, stopRequested } from "./signals.ts";

export interface DemoOptions {
  readonly speed: number;
  readonly hours: number;
  readonly seed: number;
  readonly callsPerHour: number;
  readonly configPath: string | undefined;
  /**
   * The data folder: the credentials, the nats-server store, the console's users and the demo
   * user's password (see demo-data.ts). Made at the first run, kept for the later ones.
   */
  readonly dataDir: string;
  /**
   * No credentials (development): NATS at `nats`, or a local nats-server started without
   * authentication when nothing answers there. Says so in a warning at every start.
   */
  readonly insecure: boolean;
  /** With `insecure`: the NATS URL to use. */
  readonly nats: string;
  readonly inProcess: boolean;
  /** The web console (port 8080, or a free one when taken, unless a port is given); null: none. */
  readonly console: { readonly port: number | undefined } | null;
}

const DEMO_AGENCY = "demo";
const STEP_MS = 200;
const REPORT_EVERY_MS = 5000;
/** How long the demo's engine waits for its outputs at a stop (within STOP_BUDGET_MS in all). */
const DEMO_STOP_GRACE_MS = 800;
const out = (line: string) => process.stdout.write(`${line}\n`);

/** The NATS the demo runs on: its URL, how each of its parts authenticates, how to let it go. */
interface DemoNats {
  readonly url: string;
  /** How the part running as `role` connects ({} without authentication). */
  auth(role: DemoRole): NatsAuth;
  /** What the banner says about it. */
  readonly describe: string;
  /** What the banner says after it: how to watch the events, how other tools connect. */
  readonly hints: readonly string[];
  release(): Promise<void>;
}

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
  // Listening from here on: a stop asked for while the demo's nats-server and engine start is
  // honoured once they are up, rather than ending the process and orphaning its nats-server.
  void stopRequested();
  const releaseDir = claimDataDir(opts.dataDir);
  try {
    return await runOnNats(opts, config, sim, end, speed);
  } finally {
    releaseDir();
  }
}

async function runOnNats(
  opts: DemoOptions,
  config: EngineConfig,
  sim: SimOptions,
  end: number,
  speed: string,
): Promise<number> {
  // The console's login is checked before any server starts: a broken users file stops the demo at once.
  const login = opts.console === null ? undefined : await demoLogin(opts.dataDir, DEMO_AGENCY);
  const nats = opts.insecure ? await insecureNats(opts.nats) : await secureNats(opts.dataDir);
  if (nats === null) return runDemo({ ...opts, inProcess: true });
  try {
    await freshStreams(nats.url, nats.auth("admin"));
    const service = await EngineService.start({
      agency: DEMO_AGENCY,
      servers: nats.url,
      auth: nats.auth("engine"),
      config,
      trustInputTime: true,
      log: out,
    });
    try {
      out(
        `cad-engine demo on NATS ${nats.url} (${nats.describe}): agency "${DEMO_AGENCY}", city "Metro", ${opts.callsPerHour} calls/hour, seed ${opts.seed}, speed ${speed}`,
      );
      for (const hint of nats.hints) out(`  ${hint}`);
      // The city's callers, crews and dispatcher publish inputs stamped with simulated time (timed
      // subjects), and read the events and the engine's answers: the sim role.
      const nc = await connectNats(nats.url, "cad-demo-city", nats.auth("sim"));
      try {
        await runCity(opts, nats, nc, config, sim, end, login);
      } finally {
        await nc.drain();
      }
    } finally {
      await service.stop(DEMO_STOP_GRACE_MS);
    }
  } finally {
    await nats.release();
  }
  return 0;
}

/** The city on `nc`, and the console next to it, until `end` or a signal. */
async function runCity(
  opts: DemoOptions,
  nats: DemoNats,
  nc: NatsConnection,
  config: EngineConfig,
  sim: SimOptions,
  end: number,
  login: DemoLogin | undefined,
): Promise<void> {
  const city = new NatsCity(nc, DEMO_AGENCY, config, sim);
  let web: ConsoleServer | undefined;
  try {
    await city.roster();
    if (login !== undefined) web = await serveConsole(opts, nats, config, login, () => city.lastStamp);
    const query = async (): Promise<SummaryState> => {
      const reply = await nc.request(`cad.${DEMO_AGENCY}.q.state`, new Uint8Array(), { timeout: 5000 });
      return JSON.parse(new TextDecoder().decode(reply.data)) as SummaryState;
    };
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
  }
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
  void stopRequested().then((reason) => {
    stop = true;
    out(`cad-engine demo: stopping (${describeStop(reason)})`);
    // The city, the console, the engine and the demo's own nats-server stop in well under that.
    exitAfter(STOP_BUDGET_MS, 0, out, "cad-engine demo");
  });
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
}

/**
 * The console with its own connection. It runs as the sim role, not the console role: the demo's
 * engine runs on the city's simulated clock, so the console stamps its commands with that clock
 * (`inputTime`), and only inputs on timed subjects may carry a time, which the console role may
 * not publish (contract section 1: sim, clock and engine only). The operators still log in as
 * console users (DIR/console-users.json), and each command carries its operator.
 */
async function serveConsole(
  opts: DemoOptions,
  nats: DemoNats,
  config: EngineConfig,
  login: DemoLogin,
  inputTime: () => number,
): Promise<ConsoleServer | undefined> {
  if (opts.console === null) return undefined;
  const port = opts.console.port;
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65_535))
    throw new Error("--console-port must be a whole number 0-65535");
  const web = await startConsole({
    agency: DEMO_AGENCY,
    servers: nats.url,
    auth: nats.auth("sim"),
    users: login.usersFile,
    config,
    ...(opts.configPath !== undefined && { configPath: opts.configPath }),
    port: port ?? 8080,
    portFallback: port === undefined,
    inputTime,
  });
  const password =
    login.passwordFile === undefined
      ? `its password as set in ${login.usersFile}`
      : `password in ${login.passwordFile}`;
  out(`  web console: ${web.url}  log in as ${login.user}, ${password}   (--no-console to turn it off)`);
  return web;
}

/**
 * Secure by default: the agency's credentials in DIR/auth (made at the first run), and a
 * nats-server of the demo's own that requires them, on a free loopback port with its store in
 * DIR/nats. No nats-server installed: null (the demo runs in process).
 */
async function secureNats(dataDir: string): Promise<DemoNats | null> {
  if (!natsServerAvailable()) {
    noNatsServer("No nats-server binary is installed.");
    return null;
  }
  const creds = await demoCredentials(dataDir, DEMO_AGENCY);
  if (creds.created) out(`cad-engine demo: made the agency's NATS credentials in ${join(dataDir, "auth")}`);
  const server = await startNatsServer({ configFile: creds.conf, storeDir: join(dataDir, "nats") });
  return {
    url: server.url,
    auth: (role) => ({ credsFile: creds.creds(role) }),
    describe: `authentication on, credentials in ${join(dataDir, "auth")}`,
    hints: [
      `watch it: nats --creds ${creds.creds("sim")} -s ${server.url} sub 'cad.${DEMO_AGENCY}.evt.>'`,
      `other tools: --nats ${server.url} --creds ${join(dataDir, "auth", DEMO_AGENCY, "ROLE.creds")} (e.g. cad rms run with rms.creds)`,
    ],
    release: () => server.stop(),
  };
}

/**
 * `--insecure`: no credentials. The NATS answering at `url`, or a local nats-server without
 * authentication (its store in a temporary folder, removed at the end); null when there is none.
 */
async function insecureNats(url: string): Promise<DemoNats | null> {
  out(INSECURE_WARNING);
  const server = await ensureNats(url);
  if (server === null) return null;
  const at = server === "external" ? url : server.url;
  return {
    url: at,
    auth: () => ({}),
    describe: "no authentication",
    hints: [
      `watch it: nats -s ${at} sub 'cad.${DEMO_AGENCY}.evt.>'   ask it: nats -s ${at} req cad.${DEMO_AGENCY}.q.state ''`,
    ],
    release: async () => {
      if (server === "external") return;
      await server.stop();
      rmSync(server.storeDir, { recursive: true, force: true });
    },
  };
}

function noNatsServer(why: string): void {
  out(why);
  out(
    "Install one (Debian/Ubuntu: sudo apt-get install nats-server; or see https://docs.nats.io) to run the engine as a service;",
  );
  out("running the demo in process instead.");
}

/** The NATS to use: one already answering at `url`, a local nats-server we start, or null (none to be had). */
async function ensureNats(url: string): Promise<NatsServerProcess | "external" | null> {
  const { hostname, port } = new URL(url.replace(/^nats:/, "http:"));
  if (await reachable(hostname, Number(port || 4222))) return "external";
  if (!natsServerAvailable()) {
    noNatsServer(`No NATS server answers at ${url} and no nats-server binary is installed.`);
    return null;
  }
  out(`No NATS server answers at ${url}: starting a local nats-server with JetStream.`);
  return startNatsServer();
}

/**
 * The demo starts from an empty log each time: its input and event streams are deleted and made
 * again (the admin's job under authentication: no other role may). The audit stream is kept: who
 * logged in to the console and what they did outlives a run, as it does in a real centre.
 */
async function freshStreams(url: string, auth: NatsAuth): Promise<void> {
  const nc: NatsConnection = await connectNats(url, "cad-demo-admin", auth);
  try {
    const jsm = await jetstreamManager(nc);
    const s = agencySubjects(DEMO_AGENCY);
    for (const name of [s.inputStream, s.eventStream]) await jsm.streams.delete(name).catch(() => false);
    await ensureStreams(nc, s);
  } finally {
    await nc.close();
  }
}

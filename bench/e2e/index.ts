/**
 * End-to-end benchmark over a real nats-server: the engine (`cad serve`, its own process) against a bare
 * pass-through doing the same NATS and JetStream work without the CAD logic (passthrough.ts), on the same
 * seeded inputs, in the same run. Measures call-in -> UnitsRecommended-out latency at 1,000 inputs/s (and,
 * in the full run, at rates up to and past the engine's capacity) and the highest sustained rate of each.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { initAuth } from "../../adapters/auth/nats-auth.ts";
import type { NatsRole } from "../../adapters/auth/nats-permissions.ts";
import { loadConfigFile } from "../../adapters/config/index.ts";
import {
  agencySubjects,
  connectNats,
  ensureStreams,
  startNatsServer,
  type NatsAuth,
  type NatsServerProcess,
} from "../../adapters/nats/index.ts";
import { compareAuth, type RunOnce } from "./auth.ts";
import { LoadGenerator } from "./load.ts";
import { startService, type ServiceProcess } from "./processes.ts";
import { PlanFeed } from "./plan-feed.ts";
import { Run } from "./phases.ts";
import { Side } from "./side.ts";
import { natsServerPid } from "./stats.ts";
import { Workload } from "./workload.ts";
import { describeRun } from "./notes.ts";
import { STANDBY_EVERY_SECONDS } from "./standby.ts";
import type { E2EOptions, E2EResult, RunShape } from "./types.ts";

export const QUICK: RunShape = {
  units: 2000,
  callShare: 0.02,
  lat1kSeconds: 5,
  warmupSeconds: 1,
  passthroughLatency: false,
  standbyLatency: false,
  standbySnapshotEveryInputs: 5000,
  saturationInputs: 6_000,
  rounds: 2,
  probes: 0,
  probeSeconds: 5,
  engineSteps: [],
  stepSeconds: 5,
};

export const FULL: RunShape = {
  units: 2000,
  callShare: 0.02,
  lat1kSeconds: 60,
  warmupSeconds: 5,
  passthroughLatency: true,
  standbyLatency: true,
  standbySnapshotEveryInputs: 5000,
  saturationInputs: 60_000,
  rounds: 3,
  probes: 5,
  probeSeconds: 5,
  engineSteps: [0.5, 0.8, 1, 1.25],
  stepSeconds: 6,
};

/** Agency names of equal length, so that envelopes and message ids are the same size on every side. */
const AGENCIES = { engine: "e2eng", passthrough: "e2pas", standby: "e2esb" } as const;

/**
 * With `authAbba`, the whole run four times, without and with authentication in ABBA order, on the
 * same workload (auth.ts): the result is the pooled run without, and its `auth` says what changed.
 */
export async function runE2E(options: E2EOptions): Promise<E2EResult> {
  const shape = { ...(options.quick ? QUICK : FULL), ...options.shape };
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const held: { workload?: Workload } = {};
  try {
    if (options.authAbba !== true) return (await runOnce(shape, options, options.auth === true, held)).result;
    return await compareAuth((auth) => runOnce(shape, options, auth, held), log);
  } finally {
    log(`e2e: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

/**
 * One run on its own nats-server: without authentication, or (`auth`) with the configuration and
 * creds of `cad auth init` for the three agencies, the streams made by each agency's admin, the
 * engine and the pass-through on the engine role's creds, the generator on the sim role's (it
 * publishes timed inputs and hears the events) and its stream readings on the admin's (the input
 * stream is the engine's and the admin's to read). Builds the workload the first time (`held`).
 */
async function runOnce(
  shape: RunShape,
  options: E2EOptions,
  auth: boolean,
  held: { workload?: Workload },
): Promise<RunOnce> {
  const log = options.log ?? (() => undefined);
  const dir = mkdtempSync(join(tmpdir(), "cad-e2e-"));
  const started = performance.now();
  const loadAtStart = loadavg()[0] ?? NaN;
  const stops: (() => Promise<unknown>)[] = [];
  let server: NatsServerProcess | undefined;
  try {
    const layout = auth
      ? await initAuth({ agencies: Object.values(AGENCIES), out: join(dir, "auth"), sim: true })
      : undefined;
    server = await startNatsServer({
      storeDir: join(dir, "nats"),
      ...(layout !== undefined && { configFile: layout.conf }),
    });
    const url = server.url;
    const creds = (agency: string, role: NatsRole): NatsAuth =>
      layout === undefined ? {} : { credsFile: layout.creds(agency, role) };
    if (layout !== undefined)
      for (const agency of Object.values(AGENCIES)) {
        const admin = await connectNats(url, `e2e-admin-${agency}`, creds(agency, "admin"));
        await ensureStreams(admin, agencySubjects(agency)).finally(() => admin.close());
      }
    log(
      `e2e: nats-server ${url}${auth ? " with authentication (every process on its role's creds)" : " without authentication"}; starting the engine${shape.standbyLatency ? ", the engine with its standby" : ""} and the pass-through processes`,
    );
    const processes = spawnAll(shape, url, dir, options.cpuProfileDir, (a) => creds(a, "engine").credsFile);
    const first = shape.lat1kSeconds * 1000 + shape.rounds * shape.saturationInputs;
    const t = performance.now();
    const workload = (held.workload ??= new Workload(loadConfigFile(), {
      seed: options.seed ?? 1,
      units: shape.units,
      liveInputs: first,
      callShare: shape.callShare,
      stepMs: 1,
      agency: AGENCIES.engine,
    }));
    log(
      `e2e: workload of ${workload.inputs.length} inputs ready in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    const natsPid = natsServerPid(server.port);
    const side = async (kind: keyof typeof AGENCIES, proc: ServiceProcess) => {
      stops.push(() => proc.stop());
      const agency = AGENCIES[kind];
      const nc = await connectNats(url, `e2e-load-${kind}`, creds(agency, "sim"));
      stops.push(() => nc.drain());
      // Its own connection in both modes, so that the two differ only in authentication.
      const monitor = await connectNats(url, `e2e-monitor-${kind}`, creds(agency, "admin"));
      stops.push(() => monitor.drain());
      const gen = await LoadGenerator.start(nc, workload, agency, monitor);
      stops.unshift(() => gen.close());
      const name = kind === "passthrough" ? kind : "engine";
      const label = kind === "standby" ? "engine with standby" : kind;
      return new Side(name, agency, proc, nc, gen, workload, natsPid, label);
    };
    const engine = await side("engine", await processes.engine);
    const passthrough = await side("passthrough", await processes.passthrough);
    const standby = processes.standby && (await side("standby", await processes.standby));
    const plan = new PlanFeed(passthrough.nc, workload, AGENCIES.passthrough);
    await plan.sync();
    log(`e2e: services ready after ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const sides = { engine, passthrough, ...(standby && { standby }) };
    const run = new Run(shape, workload, sides, plan, log);
    const result = await run.all();
    const checks = await checkAll(sides);
    const load = { start: loadAtStart, end: loadavg()[0] ?? NaN };
    result.notes.unshift(...describeRun(shape, workload, result, checks, load, auth));
    return { result, at1kLatenciesMs: run.at1kLatenciesMs };
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The services, started at once: the engine, the pass-through, and the engine with the standby when
 * the run times it; each on its agency's engine creds when `credsOf` gives a file.
 */
function spawnAll(
  shape: RunShape,
  url: string,
  dir: string,
  cpuProfileDir: string | undefined,
  credsOf: (agency: string) => string | undefined,
) {
  const spawn = (kind: keyof typeof AGENCIES) => {
    const credsFile = credsOf(AGENCIES[kind]);
    const p = startService(kind === "passthrough" ? kind : "engine", {
      agency: AGENCIES[kind],
      url,
      ...(credsFile !== undefined && { credsFile }),
      ...(cpuProfileDir !== undefined && { cpuProfileDir: join(cpuProfileDir, kind) }),
      ...(kind === "standby" && {
        standby: {
          dataDir: join(dir, "standby-data"),
          everyInputs: shape.standbySnapshotEveryInputs,
          everySeconds: STANDBY_EVERY_SECONDS,
        },
      }),
    });
    p.catch(() => undefined);
    return p;
  };
  return {
    engine: spawn("engine"),
    passthrough: spawn("passthrough"),
    ...(shape.standbyLatency && { standby: spawn("standby") }),
  };
}

/** What each side's streams hold against what was published. */
async function checkAll(sides: { engine: Side; passthrough: Side; standby?: Side }) {
  return {
    engine: await sides.engine.gen.check(),
    passthrough: await sides.passthrough.gen.check(),
    ...(sides.standby && { standby: await sides.standby.gen.check() }),
  };
}

export type { E2EOptions, E2EResult, RunShape } from "./types.ts";

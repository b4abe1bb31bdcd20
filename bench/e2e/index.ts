/**
 * End-to-end benchmark over a real nats-server: the engine (`cad serve`, its own process) against a bare
 * pass-through doing the same NATS and JetStream work without the CAD logic (passthrough.ts), on the same
 * seeded inputs, in the same run. Measures call-in -> UnitsRecommended-out latency at 1,000 inputs/s (and,
 * in the full run, at rates up to and past the engine's capacity) and the highest sustained rate of each.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { connect } from "@nats-io/transport-node";
import { loadConfigFile } from "../../adapters/config/index.ts";
import { startNatsServer, type NatsServerProcess } from "../../adapters/nats/index.ts";
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

export async function runE2E(options: E2EOptions): Promise<E2EResult> {
  const shape = { ...(options.quick ? QUICK : FULL), ...options.shape };
  const log = options.log ?? (() => undefined);
  const dir = mkdtempSync(join(tmpdir(), "cad-e2e-"));
  const started = performance.now();
  const loadAtStart = loadavg()[0] ?? NaN;
  const stops: (() => Promise<unknown>)[] = [];
  let server: NatsServerProcess | undefined;
  try {
    server = await startNatsServer({ storeDir: join(dir, "nats") });
    const url = server.url;
    log(
      `e2e: nats-server ${url}; starting the engine${shape.standbyLatency ? ", the engine with its standby" : ""} and the pass-through processes`,
    );
    const processes = spawnAll(shape, url, dir, options.cpuProfileDir);
    const first = shape.lat1kSeconds * 1000 + shape.rounds * shape.saturationInputs;
    const t = performance.now();
    const workload = new Workload(loadConfigFile(), {
      seed: options.seed ?? 1,
      units: shape.units,
      liveInputs: first,
      callShare: shape.callShare,
      stepMs: 1,
      agency: AGENCIES.engine,
    });
    log(
      `e2e: workload of ${workload.inputs.length} inputs built in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    const natsPid = natsServerPid(server.port);
    const side = async (kind: keyof typeof AGENCIES, proc: ServiceProcess) => {
      stops.push(() => proc.stop());
      const nc = await connect({ servers: url, name: `e2e-load-${kind}` });
      stops.push(() => nc.drain());
      const gen = await LoadGenerator.start(nc, workload, AGENCIES[kind]);
      stops.unshift(() => gen.close());
      const name = kind === "passthrough" ? kind : "engine";
      const label = kind === "standby" ? "engine with standby" : kind;
      return new Side(name, AGENCIES[kind], proc, nc, gen, workload, natsPid, label);
    };
    const engine = await side("engine", await processes.engine);
    const passthrough = await side("passthrough", await processes.passthrough);
    const standby = processes.standby && (await side("standby", await processes.standby));
    const plan = new PlanFeed(passthrough.nc, workload, AGENCIES.passthrough);
    await plan.sync();
    log(`e2e: services ready after ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const sides = { engine, passthrough, ...(standby && { standby }) };
    const result = await new Run(shape, workload, sides, plan, log).all();
    const checks = await checkAll(sides);
    const load = { start: loadAtStart, end: loadavg()[0] ?? NaN };
    result.notes.unshift(...describeRun(shape, workload, result, checks, load));
    return result;
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
    log(`e2e: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

/** The services, started at once: the engine, the pass-through, and the engine with the standby when the run times it. */
function spawnAll(shape: RunShape, url: string, dir: string, cpuProfileDir: string | undefined) {
  const spawn = (kind: keyof typeof AGENCIES) => {
    const p = startService(kind === "passthrough" ? kind : "engine", {
      agency: AGENCIES[kind],
      url,
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

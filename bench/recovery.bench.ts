/**
 * Recovery from JetStream against a bare read of the same stream, in the same run, on a nats-server of
 * its own (a free port, a temporary store): the log is published once; a first engine applies it and
 * publishes every output; then the engine is started again `recoveries` times on the same streams and
 * timed from EngineService.start to caughtUp (replay of the whole log, nothing left to publish), and the
 * stream is read bare with an ordered consumer. Ratio = recovery rate / bare-read rate.
 * Run: node --import tsx bench/recovery.bench.ts
 */
import { rmSync } from "node:fs";
import { jetstream } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import { loadConfigFile } from "../adapters/config/index.ts";
import { startNatsServer } from "../adapters/nats/server-process.ts";
import { EngineService } from "../adapters/nats/service.ts";
import { ensureStreams } from "../adapters/nats/streams.ts";
import { agencySubjects } from "../adapters/nats/subjects.ts";
import type { EngineConfig, Input } from "../engine/index.ts";
import { runReplay } from "./replay.bench.ts";
import { mixedLog } from "./lib/mixed.ts";
import { publishInputs, rawRead } from "./lib/nats-log.ts";
import { fmt, machineInfo } from "./lib/report.ts";
import { fullGc, isMain, median } from "./lib/stats.ts";

const AGENCY = "bench";

export interface RecoveryResult {
  readonly inputs: number;
  readonly rawReadsMs: readonly number[];
  readonly recoveriesMs: readonly number[];
  readonly rawReadPerSec: number;
  readonly recoveryPerSec: number;
  /** recoveryPerSec / rawReadPerSec, medians of the same run. */
  readonly ratio: number;
  readonly firstRunMs: number;
  readonly firstRunPublished: number;
  /** Outputs published again by the recoveries (0 when every output was already stored). */
  readonly republished: number;
  /** The service's own account of its last recovery. */
  readonly serviceSaid: string;
  /** The same inputs applied in memory for the state only (no NATS), one pass: the most recovery could do. */
  readonly memoryPerSec: number;
}

export async function runRecovery(
  config: EngineConfig,
  inputs: readonly Input[],
  opts: { recoveries: number; rawReads: number; log?: (line: string) => void },
): Promise<RecoveryResult> {
  const s = agencySubjects(AGENCY);
  const server = await startNatsServer();
  try {
    const nc = await connect({ servers: server.url });
    await ensureStreams(nc, s);
    const js = jetstream(nc);
    await publishInputs(js, s, inputs);
    opts.log?.(`recovery: published ${inputs.length} inputs; first engine run...`);
    const serviceOpts = { agency: AGENCY, servers: server.url, config, trustInputTime: true };
    const firstStarted = performance.now();
    const first = await EngineService.start(serviceOpts);
    await first.caughtUp;
    await first.stop();
    const firstRunMs = performance.now() - firstStarted;
    const rawReadsMs: number[] = [];
    const recoveriesMs: number[] = [];
    const lines: string[] = [];
    let republished = 0;
    // Alternated, so that a burst of load on the machine hits both kinds of run alike.
    for (let i = 0; i < Math.max(opts.rawReads, opts.recoveries); i++) {
      if (i < opts.rawReads) {
        fullGc();
        rawReadsMs.push(await rawRead(js, s, inputs.length));
      }
      if (i >= opts.recoveries) continue;
      fullGc();
      const started = performance.now();
      const service = await EngineService.start({ ...serviceOpts, log: (line) => lines.push(line) });
      await service.caughtUp;
      recoveriesMs.push(performance.now() - started);
      await service.stop();
      const replayed = service.counts.applied + service.counts.rejected;
      if (replayed !== inputs.length)
        throw new Error(`recovery: ${replayed} of ${inputs.length} inputs replayed`);
      republished += service.counts.published;
    }
    await nc.drain();
    const memory = runReplay(config, "recovery log", inputs, {
      passes: 1,
      byKind: false,
      recommendations: false,
    });
    const rawReadPerSec = inputs.length / (median(rawReadsMs) / 1000);
    const recoveryPerSec = inputs.length / (median(recoveriesMs) / 1000);
    return {
      inputs: inputs.length,
      rawReadsMs,
      recoveriesMs,
      rawReadPerSec,
      recoveryPerSec,
      ratio: recoveryPerSec / rawReadPerSec,
      firstRunMs,
      firstRunPublished: first.counts.published,
      republished,
      memoryPerSec: memory.inputsPerSec,
      serviceSaid: lines.find((l) => l.includes("recovered"))?.replace(/^cad-engine \S+ /, "") ?? "?",
    };
  } finally {
    await server.stop();
    rmSync(server.storeDir, { recursive: true, force: true });
  }
}

export function describeRecovery(r: RecoveryResult): string {
  return (
    `${r.inputs.toLocaleString("en-US")} inputs: bare read ${fmt(r.rawReadPerSec)}/s (${r.rawReadsMs.map(fmt).join(", ")} ms), ` +
    `recovery ${fmt(r.recoveryPerSec)}/s (${r.recoveriesMs.map(fmt).join(", ")} ms), ratio ${r.ratio.toFixed(3)}; ` +
    `the same inputs applied in memory (state only) ${fmt(r.memoryPerSec)}/s; ` +
    `first run (publishing ${r.firstRunPublished.toLocaleString("en-US")} outputs) ${fmt(r.firstRunMs)} ms; ` +
    `republished ${r.republished}; the service said: "${r.serviceSaid}"`
  );
}

if (isMain(import.meta.url)) {
  const config = loadConfigFile();
  const log = mixedLog(config, { units: 2_000, inputs: 45_000, seed: 7 });
  const r = await runRecovery(config, [...log.roster, ...log.stream], {
    recoveries: 3,
    rawReads: 3,
    log: (line) => console.error(`[bench] ${line}`),
  });
  console.log(
    `# Recovery from JetStream vs a bare read\n\nMachine: ${machineInfo()}\n\n${describeRecovery(r)}`,
  );
}

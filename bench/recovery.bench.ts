/**
 * Recovery from JetStream against a bare read of the same stream, in the same run, on a nats-server of
 * its own (a free port, a temporary store): the log is published once; a first engine applies it and
 * publishes every output; then the engine is started again `recoveries` times on the same streams and
 * timed from EngineService.start to caughtUp (replay of the whole log, nothing left to publish), and the
 * stream is read bare with an ordered consumer. Ratio = recovery rate / bare-read rate.
 * Run: node --import tsx bench/recovery.bench.ts
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jetstream } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import { loadConfigFile } from "../adapters/config/index.ts";
import { startNatsServer, EngineService, ensureStreams, agencySubjects } from "../adapters/nats/index.ts";
import { SnapshotStore, StandbySnapshotter } from "../adapters/sqlite/index.ts";
import type { EngineConfig, Input } from "../engine/index.ts";
import { runReplay } from "./replay.bench.ts";
import { mixedLog } from "./lib/mixed.ts";
import { publishInputs, rawRead } from "./lib/nats-log.ts";
import { fmt, machineInfo } from "./lib/report.ts";
import { fullGc, isMain, median } from "./lib/stats.ts";

const AGENCY = "bench";
/** `cad serve`'s default --snapshot-every-inputs. */
const SNAPSHOT_EVERY_INPUTS = 10_000;

export interface RecoveryResult {
  readonly inputs: number;
  readonly rawReadsMs: readonly number[];
  /** Recoveries as deployed: the newest snapshot, then the log after it. */
  readonly recoveriesMs: readonly number[];
  readonly rawReadPerSec: number;
  /** Inputs of the log recovered per second (the whole log over the recovery's time). */
  readonly recoveryPerSec: number;
  /** recoveryPerSec / rawReadPerSec: the measure of issue 5. */
  readonly ratio: number;
  /** The snapshot recoveries started from, and the inputs they replayed after it. */
  readonly snapshotAtInput: number;
  readonly replayedAfterSnapshot: number;
  /** Recoveries with no snapshot at all: the whole log replayed from JetStream. */
  readonly replayOnlyMs: readonly number[];
  readonly replayOnlyPerSec: number;
  readonly replayOnlyRatio: number;
  readonly firstRunMs: number;
  readonly firstRunPublished: number;
  /** Outputs the recoveries published again (0: nothing doubled). */
  readonly republished: number;
  /** The same inputs applied in memory for the state only (no NATS), one pass: the most recovery could do. */
  readonly memoryPerSec: number;
  readonly serviceSaid: string;
}

/**
 * Recovery of an engine over a log of `inputs` on a nats-server of its own, as `cad serve --data-dir`
 * runs it: a SnapshotStore and the StandbySnapshotter writing a snapshot every `snapshotEvery`
 * inputs. The standby follows the first `inputs.length - snapshotEvery` inputs only, so the newest
 * snapshot is a whole interval behind the end of the log: the worst case of that setting (a crash
 * just before the standby's next snapshot). Each recovery (EngineService.start until caught up)
 * restores that snapshot and replays the rest from JetStream; it is compared with a bare
 * ordered-consumer read of the whole stream, alternated in the same run. Recoveries with no
 * snapshot (the whole log replayed) are measured alike.
 */
export async function runRecovery(
  config: EngineConfig,
  inputs: readonly Input[],
  opts: { recoveries: number; rawReads: number; snapshotEvery?: number; log?: (line: string) => void },
): Promise<RecoveryResult> {
  const s = agencySubjects(AGENCY);
  const server = await startNatsServer();
  const dir = mkdtempSync(join(tmpdir(), "cad-recovery-bench-"));
  const store = SnapshotStore.open(join(dir, `${AGENCY}.snapshots.sqlite`));
  try {
    const nc = await connect({ servers: server.url, noAsyncTraces: true });
    await ensureStreams(nc, s);
    const js = jetstream(nc);
    const every = Math.min(opts.snapshotEvery ?? SNAPSHOT_EVERY_INPUTS, Math.floor(inputs.length / 2));
    const standbyUpTo = inputs.length - every;
    await publishInputs(js, s, inputs.slice(0, standbyUpTo));
    opts.log?.(`recovery: published ${standbyUpTo} inputs; first engine run with its standby...`);
    const serviceOpts = { agency: AGENCY, servers: server.url, config, trustInputTime: true };
    const firstStarted = performance.now();
    const first = await EngineService.start({ ...serviceOpts, snapshots: store });
    const standby = await StandbySnapshotter.start({
      agency: AGENCY,
      servers: server.url,
      config,
      store,
      engineVersion: "bench",
      everyInputs: every,
      everyMs: 3_600_000,
      trustInputTime: true,
    });
    await first.caughtUp;
    while (standby.lastSeq < standbyUpTo) await new Promise((r) => setTimeout(r, 20));
    await standby.stop();
    // The rest of the log arrives with no standby running: the newest snapshot stays a whole interval behind.
    await publishInputs(js, s, inputs.slice(standbyUpTo), standbyUpTo);
    while (first.lastSeq < inputs.length) await new Promise((r) => setTimeout(r, 20));
    await first.stop();
    const firstRunMs = performance.now() - firstStarted;
    const snapshotAtInput = Math.max(0, ...standby.written.map((h) => h.lastInputSeq));
    const rawReadsMs: number[] = [];
    const recoveriesMs: number[] = [];
    const replayOnlyMs: number[] = [];
    const lines: string[] = [];
    let republished = 0;
    const recover = async (withSnapshots: boolean): Promise<number> => {
      fullGc();
      const started = performance.now();
      const service = await EngineService.start({
        ...serviceOpts,
        ...(withSnapshots && { snapshots: store }),
        log: (line) => lines.push(line),
      });
      await service.caughtUp;
      const ms = performance.now() - started;
      await service.stop();
      const replayed = service.counts.applied + service.counts.rejected;
      const expected = inputs.length - (withSnapshots ? snapshotAtInput : 0);
      if (replayed !== expected)
        throw new Error(`recovery: ${replayed} inputs replayed, ${expected} expected`);
      republished += service.counts.published;
      return ms;
    };
    // Alternated, so that a burst of load on the machine hits every kind of run alike.
    for (let i = 0; i < Math.max(opts.rawReads, opts.recoveries); i++) {
      if (i < opts.rawReads) {
        fullGc();
        rawReadsMs.push(await rawRead(js, s, inputs.length));
      }
      if (i >= opts.recoveries) continue;
      recoveriesMs.push(await recover(true));
      replayOnlyMs.push(await recover(false));
    }
    await nc.drain();
    const memory = runReplay(config, "recovery log", inputs, {
      passes: 1,
      byKind: false,
      recommendations: false,
    });
    const rawReadPerSec = inputs.length / (median(rawReadsMs) / 1000);
    const recoveryPerSec = inputs.length / (median(recoveriesMs) / 1000);
    const replayOnlyPerSec = inputs.length / (median(replayOnlyMs) / 1000);
    return {
      inputs: inputs.length,
      rawReadsMs,
      recoveriesMs,
      rawReadPerSec,
      recoveryPerSec,
      ratio: recoveryPerSec / rawReadPerSec,
      snapshotAtInput,
      replayedAfterSnapshot: inputs.length - snapshotAtInput,
      replayOnlyMs,
      replayOnlyPerSec,
      replayOnlyRatio: replayOnlyPerSec / rawReadPerSec,
      firstRunMs,
      firstRunPublished: first.counts.published,
      republished,
      memoryPerSec: memory.inputsPerSec,
      serviceSaid:
        lines.find((l) => l.includes("recovered from snapshot"))?.replace(/^cad-engine \S+ /, "") ?? "?",
    };
  } finally {
    store.close();
    await server.stop();
    rmSync(server.storeDir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}

export function describeRecovery(r: RecoveryResult): string {
  return (
    `${r.inputs.toLocaleString("en-US")} inputs: bare read ${fmt(r.rawReadPerSec)}/s (${r.rawReadsMs.map(fmt).join(", ")} ms); ` +
    `recovery from the snapshot at input ${r.snapshotAtInput.toLocaleString("en-US")} plus ${r.replayedAfterSnapshot.toLocaleString("en-US")} inputs replayed ` +
    `${fmt(r.recoveryPerSec)}/s (${r.recoveriesMs.map(fmt).join(", ")} ms), ratio ${r.ratio.toFixed(3)}; ` +
    `with no snapshot, the whole log replayed ${fmt(r.replayOnlyPerSec)}/s (${r.replayOnlyMs.map(fmt).join(", ")} ms), ratio ${r.replayOnlyRatio.toFixed(3)}; ` +
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

import { mkdirSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { loadConfigSource, type ConfigSource } from "../config/index.ts";
import { recordConfiguration, watchConfiguration } from "./config-record.ts";
import {
  startClock,
  EngineService,
  isLogLostError,
  type LogLostError,
  type NatsAuth,
} from "../nats/index.ts";
import { SnapshotStore, startStandbyThread } from "../sqlite/index.ts";
import { PACKAGE_VERSION } from "../package/index.ts";

export interface ServeOptions {
  /** The agencies whose engines this process runs (one replica of each). */
  readonly agencies: readonly string[];
  /** This process's replica name (1-64 of A-Z a-z 0-9 _ -), the same for all its agencies. */
  readonly replica: string;
  readonly servers: string;
  readonly configPath: string | undefined;
  readonly clock: boolean;
  readonly trustInputTime: boolean;
  /** Where snapshots live (`<agency>.snapshots.sqlite`); none without it. */
  readonly dataDir: string | undefined;
  readonly snapshotEveryInputs: number;
  readonly snapshotEverySeconds: number;
  /** The engine role's creds and the TLS CA; empty only with --insecure. */
  readonly auth: NatsAuth;
  /** `--replicas N`: replicas of the streams the engine creates; undefined: 3 on a cluster of 3 or more servers, else 1. */
  readonly replicas?: number;
}

/** The default replica name: this host's name and process id, as one subject token. */
export function defaultReplicaName(): string {
  return `${hostname()}-${process.pid}`.replace(/[^A-Za-z0-9_-]/g, "_").slice(-64);
}

const ENGINE_VERSION = PACKAGE_VERSION;

export function snapshotPath(dataDir: string, agency: string): string {
  return join(dataDir, `${agency}.snapshots.sqlite`);
}

/** Exit code of `cad serve` when the log cannot be followed (LogLostError: stream deleted, purged, outputs not stored). */
export const EXIT_LOG_LOST = 3;
/** After SIGTERM, the process exits by this time whatever it is waiting for. */
const STOP_DEADLINE_MS = 10_000;
/** How long a stop waits for the standby snapshotter's last snapshot. */
const STANDBY_STOP_MS = 3000;

/**
 * `cad serve`: one replica of the engine of each agency on NATS until SIGTERM or SIGINT, then a
 * clean stop; or until one agency's log cannot be followed (LogLostError), then a stop of all and
 * exit code 3. Each agency's replicas (this one and those on other hosts) elect a leader through
 * claims in the log: only the leader publishes outputs, runs the clock and answers cad.A.q.>.
 */
export async function runServe(opts: ServeOptions): Promise<number> {
  const source = loadConfigSource(opts.configPath);
  const log = (line: string) => process.stdout.write(`${new Date().toISOString()} ${line}\n`);
  // Listening from the start: a SIGTERM during start-up or a stalled stop is honoured too.
  const signalled = new Promise<"signal">((resolve) => {
    process.once("SIGTERM", () => resolve("signal"));
    process.once("SIGINT", () => resolve("signal"));
  });
  const who = opts.agencies.join(",");
  const exitByDeadline = (code: number) =>
    setTimeout(() => {
      log(`cad-engine ${who}: not stopped within ${STOP_DEADLINE_MS / 1000} s; exiting`);
      process.exit(code);
    }, STOP_DEADLINE_MS).unref();
  const runs: AgencyRun[] = [];
  const stopAll = () => Promise.all(runs.map((run) => run.stop()));
  for (const agency of opts.agencies) {
    let run: AgencyRun | "signal";
    try {
      run = await Promise.race([startAgency(agency, opts, source, log), signalled]);
    } catch (error) {
      exitByDeadline(isLogLostError(error) ? EXIT_LOG_LOST : 1);
      await stopAll();
      // The service logged the FATAL line, with how to recover.
      if (isLogLostError(error)) return EXIT_LOG_LOST;
      throw error;
    }
    if (run === "signal") {
      log(`cad-engine ${who}: stopped during start-up`);
      exitByDeadline(0);
      await stopAll();
      process.exit(0);
    }
    runs.push(run);
  }
  const why: "signal" | LogLostError = await Promise.race([
    signalled,
    ...runs.map((run) => run.service.failed),
  ]);
  const code = why === "signal" ? 0 : EXIT_LOG_LOST;
  exitByDeadline(code);
  log(`cad-engine ${who}: stopping${why === "signal" ? "" : ` (${why.code}), exit code ${EXIT_LOG_LOST}`}`);
  const standbysStopped = (await stopAll()).every(Boolean);
  if (!standbysStopped) process.exit(code);
  return code;
}

/** One agency's engine replica in this process, with its snapshotter, clock and configuration watch. */
interface AgencyRun {
  readonly service: EngineService;
  /** Stops it all; false when the snapshotter did not stop in time. */
  stop(): Promise<boolean>;
}

async function startAgency(
  agency: string,
  opts: ServeOptions,
  source: ConfigSource,
  log: (line: string) => void,
): Promise<AgencyRun> {
  let store: SnapshotStore | undefined;
  if (opts.dataDir !== undefined) {
    mkdirSync(opts.dataDir, { recursive: true });
    // The serving engine never waits on the file: the standby may be writing a snapshot.
    // An unreadable file is set aside (one log line) and the log replayed: the engine still starts.
    store = SnapshotStore.openOrSetAside(
      snapshotPath(opts.dataDir, agency),
      (line) => log(`cad-engine ${agency}: ${line}`),
      { busyTimeoutMs: 0 },
    );
  }
  let service: EngineService;
  try {
    service = await EngineService.start({
      agency,
      servers: opts.servers,
      config: source.config,
      trustInputTime: opts.trustInputTime,
      auth: opts.auth,
      replica: { name: opts.replica },
      replicas: opts.replicas,
      log,
      ...(store && { snapshots: store }),
    });
  } catch (error) {
    store?.close();
    throw error;
  }
  const standby =
    opts.dataDir === undefined
      ? undefined
      : startStandbyThread(
          {
            agency,
            servers: opts.servers,
            configPath: opts.configPath,
            dbPath: snapshotPath(opts.dataDir, agency),
            engineVersion: ENGINE_VERSION,
            everyInputs: opts.snapshotEveryInputs,
            everyMs: opts.snapshotEverySeconds * 1000,
            trustInputTime: opts.trustInputTime,
            auth: opts.auth,
          },
          log,
        );
  // Only the leader runs the clock; ids are the period's number, so a handover never doubles a tick.
  let clock: { stop(): void } | undefined;
  const leadership = (leading: boolean) => {
    clock?.stop();
    clock = leading && opts.clock ? startClock(service.nc, agency) : undefined;
  };
  const offLeadership = service.onLeadership(leadership);
  if (service.leading) leadership(true);
  // The configuration is part of the history: the file's is recorded when it is not the one in force.
  await recordConfiguration(service, source, agency, log);
  const configWatch = watchConfiguration(service, source, agency, log);
  log(
    `cad-engine ${agency}: replica ${opts.replica} serving on ${opts.servers} (inputs cad.${agency}.in.>, events cad.${agency}.evt.>, queries cad.${agency}.q.> from the leader, cad.${agency}.replica.${opts.replica}.q.> from this replica)${opts.clock ? ", clock on while leading" : ""}`,
  );
  return {
    service,
    async stop() {
      offLeadership();
      clock?.stop();
      configWatch.stop();
      await service.stop();
      // The snapshotter's last snapshot is a convenience: a stop does not wait long for it (its
      // thread may still be starting, and then never hears the stop).
      const standbyStopped = await Promise.race([
        (standby?.stop() ?? Promise.resolve()).then(() => true),
        new Promise<false>((r) => setTimeout(() => r(false), STANDBY_STOP_MS).unref()),
      ]);
      store?.close();
      log(
        `cad-engine ${agency}: stopped after input ${service.lastSeq} (${service.counts.applied} applied, ${service.counts.rejected} rejected, ${service.counts.published} published)${standbyStopped ? "" : `; the snapshotter did not stop within ${STANDBY_STOP_MS / 1000} s and is ended`}`,
      );
      return standbyStopped;
    },
  };
}

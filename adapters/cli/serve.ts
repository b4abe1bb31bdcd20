import { mkdirSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { loadConfigSource, type ConfigSource } from "../config/index.ts";
import { recordConfiguration, watchConfiguration } from "./config-record.ts";
import { waitForNats } from "./connect-wait.ts";
import { describeStop, exitAfter, STOP_BUDGET_MS, stopRequested, type StopReason } from "./signals.ts";
import {
  startClock,
  EngineService,
  isLogLostError,
  type LogLostError,
  type NatsAuth,
} from "../nats/index.ts";
import { SnapshotStore, startStandbyThread } from "../sqlite/index.ts";
import { lineLog } from "../log/index.ts";
import { EngineMetrics, startMetricsServer, type MetricsServer } from "../metrics/index.ts";
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
  /** `--metrics-port P` (0: any free port) and `--metrics-host H`: /metrics, /healthz, /readyz; none without it. */
  readonly metrics?: { readonly host: string; readonly port: number } | undefined;
  /** `--connect-timeout`: seconds to wait for NATS to answer at start (0: for ever). */
  readonly connectTimeoutSeconds: number;
}

/** The default replica name: this host's name and process id, as one subject token. */
export function defaultReplicaName(): string {
  return `${hostname()}-${process.pid}`.replace(/[^A-Za-z0-9_-]/g, "_").slice(-64);
}

const ENGINE_VERSION = PACKAGE_VERSION;

/**
 * When the agency's newest snapshot was written, read from the store's file at each scrape: the
 * standby thread writes them. A read that finds the file busy keeps the last answer.
 */
function newestSnapshotAt(store: SnapshotStore, agency: string): () => number | undefined {
  let last: number | undefined;
  return () => {
    try {
      last = store.list(agency)[0]?.createdAt;
    } catch {
      // Busy (a snapshot being written) or closed at stop: the last answer stands.
    }
    return last;
  };
}

export function snapshotPath(dataDir: string, agency: string): string {
  return join(dataDir, `${agency}.snapshots.sqlite`);
}

/** Exit code of `cad serve` when the log cannot be followed (LogLostError: stream deleted, purged, outputs not stored). */
export const EXIT_LOG_LOST = 3;
/** How long a stop waits for the outputs in flight to be acknowledged (then the drain, bounded too). */
const SERVICE_GRACE_MS = 1200;
/** How long a stop waits for the standby snapshotter's last snapshot (in parallel with the above). */
const STANDBY_STOP_MS = 1400;

/**
 * `cad serve`: one replica of the engine of each agency on NATS until SIGTERM, SIGINT or SIGHUP,
 * then a clean stop within STOP_BUDGET_MS; or until one agency's log cannot be followed
 * (LogLostError), then a stop of all and exit code 3. Each agency's replicas (this one and those
 * on other hosts) elect a leader through claims in the log: only the leader publishes outputs,
 * runs the clock and answers cad.A.q.>.
 */
export async function runServe(opts: ServeOptions): Promise<number> {
  const source = loadConfigSource(opts.configPath);
  const log = lineLog("cad-engine");
  // Listening from the start: a stop asked for during start-up or a stalled stop is honoured too.
  const signalled = stopRequested().then((reason) => ({ reason }));
  const who = opts.agencies.join(",");
  const stopWithin = (code: number) => exitAfter(STOP_BUDGET_MS, code, log, `cad-engine ${who}`);
  // Up before the engines start: /readyz says "starting", then "replaying", then ready.
  const metrics = new EngineMetrics(opts.agencies, opts.replica, ENGINE_VERSION);
  const endpoint = await serveMetrics(opts, metrics, log);
  const waited = await waitForNats({
    command: "serve",
    servers: opts.servers,
    auth: opts.auth,
    timeoutSeconds: opts.connectTimeoutSeconds,
    log,
    stop: signalled,
  });
  if (waited === "stopped") {
    await endpoint?.close();
    return stoppedBeforeStart(log, who, await signalled);
  }
  const runs: AgencyRun[] = [];
  const stopAll = async () => {
    await Promise.all(runs.map((run) => run.stop()));
    await endpoint?.close();
  };
  for (const agency of opts.agencies) {
    let run: AgencyRun | { reason: StopReason };
    try {
      run = await Promise.race([startAgency(agency, opts, source, log, metrics), signalled]);
    } catch (error) {
      stopWithin(isLogLostError(error) ? EXIT_LOG_LOST : 1);
      await stopAll();
      // The service logged the FATAL line, with how to recover.
      if (isLogLostError(error)) return EXIT_LOG_LOST;
      throw error;
    }
    if (!("service" in run)) {
      stopWithin(0);
      await stopAll();
      // An agency still starting is left to the exit: it has applied nothing it could lose.
      process.exit(stoppedBeforeStart(log, who, run));
    }
    runs.push(run);
  }
  const why: { reason: StopReason } | LogLostError = await Promise.race([
    signalled,
    ...runs.map((run) => run.service.failed),
  ]);
  const code = "reason" in why ? 0 : EXIT_LOG_LOST;
  stopWithin(code);
  log(
    `cad-engine ${who}: stopping${"reason" in why ? ` (${describeStop(why.reason)})` : ` (${why.code}), exit code ${EXIT_LOG_LOST}`}`,
  );
  await stopAll();
  return code;
}

/** The metrics endpoint when --metrics-port is given. */
async function serveMetrics(
  opts: ServeOptions,
  metrics: EngineMetrics,
  log: (line: string) => void,
): Promise<MetricsServer | undefined> {
  if (opts.metrics === undefined) return undefined;
  const server = await startMetricsServer({
    ...opts.metrics,
    registry: metrics.registry,
    health: () => metrics.health(),
    ready: () => metrics.ready(),
  });
  log(
    `cad-engine ${opts.agencies.join(",")}: metrics on ${server.url}/metrics (health /healthz, readiness /readyz)`,
  );
  return server;
}

function stoppedBeforeStart(log: (line: string) => void, who: string, why: { reason: StopReason }): number {
  log(`cad-engine ${who}: stopped during start-up (${describeStop(why.reason)})`);
  return 0;
}

/** One agency's engine replica in this process, with its snapshotter, clock and configuration watch. */
interface AgencyRun {
  readonly service: EngineService;
  /** Stops it all: the engine and its snapshotter side by side, each within its bound. */
  stop(): Promise<void>;
}

async function startAgency(
  agency: string,
  opts: ServeOptions,
  source: ConfigSource,
  log: (line: string) => void,
  metrics: EngineMetrics,
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
      observer: metrics.observer(agency),
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
  metrics.add(agency, service, store && newestSnapshotAt(store, agency));
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
      // The snapshotter's last snapshot is a convenience (the next start replays what it misses):
      // it is taken while the engine settles its outputs, within its own bound.
      const [, snapshotAt] = await Promise.all([
        service.stop(SERVICE_GRACE_MS),
        standby?.stop(STANDBY_STOP_MS),
      ]);
      // The standby's last snapshot may have held the file when the engine recorded its watermark.
      service.recordStopWatermark();
      store?.close();
      log(
        `cad-engine ${agency}: stopped after input ${service.lastSeq} (${service.counts.applied} applied, ${service.counts.rejected} rejected, ${service.counts.published} published)${snapshotAt === undefined ? "" : `; snapshotter stopped at input ${snapshotAt}`}`,
      );
    },
  };
}

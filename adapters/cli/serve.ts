import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadConfigSource } from "../config/index.ts";
import { recordConfiguration, watchConfiguration } from "./config-record.ts";
import {
  startClock,
  EngineService,
  isLogLostError,
  type LogLostError,
  type NatsAuth,
} from "../nats/index.ts";
import { SnapshotStore, startStandbyThread } from "../sqlite/index.ts";

export interface ServeOptions {
  readonly agency: string;
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

const ENGINE_VERSION = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
).version;

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
 * `cad serve`: the engine for one agency on NATS until SIGTERM or SIGINT, then a clean stop; or
 * until the log cannot be followed (LogLostError), then a stop and exit code 3.
 */
export async function runServe(opts: ServeOptions): Promise<number> {
  const source = loadConfigSource(opts.configPath);
  const config = source.config;
  const log = (line: string) => process.stdout.write(`${new Date().toISOString()} ${line}\n`);
  // Listening from the start: a SIGTERM during start-up or a stalled stop is honoured too.
  const signalled = new Promise<"signal">((resolve) => {
    process.once("SIGTERM", () => resolve("signal"));
    process.once("SIGINT", () => resolve("signal"));
  });
  const exitByDeadline = (code: number) =>
    setTimeout(() => {
      log(`cad-engine ${opts.agency}: not stopped within ${STOP_DEADLINE_MS / 1000} s; exiting`);
      process.exit(code);
    }, STOP_DEADLINE_MS).unref();
  let store: SnapshotStore | undefined;
  if (opts.dataDir !== undefined) {
    mkdirSync(opts.dataDir, { recursive: true });
    // The serving engine never waits on the file: the standby may be writing a snapshot.
    // An unreadable file is set aside (one log line) and the log replayed: the engine still starts.
    store = SnapshotStore.openOrSetAside(
      snapshotPath(opts.dataDir, opts.agency),
      (line) => log(`cad-engine ${opts.agency}: ${line}`),
      { busyTimeoutMs: 0 },
    );
  }
  const starting = EngineService.start({
    agency: opts.agency,
    servers: opts.servers,
    config,
    trustInputTime: opts.trustInputTime,
    auth: opts.auth,
    log,
    ...(store && { snapshots: store }),
  });
  let service: EngineService;
  try {
    const first = await Promise.race([starting, signalled]);
    if (first === "signal") {
      log(`cad-engine ${opts.agency}: stopped during start-up`);
      process.exit(0);
    }
    service = first;
  } catch (error) {
    store?.close();
    // The service logged the FATAL line, with how to recover.
    if (isLogLostError(error)) return EXIT_LOG_LOST;
    throw error;
  }
  const standby =
    opts.dataDir === undefined
      ? undefined
      : startStandbyThread(
          {
            agency: opts.agency,
            servers: opts.servers,
            configPath: opts.configPath,
            dbPath: snapshotPath(opts.dataDir, opts.agency),
            engineVersion: ENGINE_VERSION,
            everyInputs: opts.snapshotEveryInputs,
            everyMs: opts.snapshotEverySeconds * 1000,
            trustInputTime: opts.trustInputTime,
            auth: opts.auth,
          },
          log,
        );
  // The configuration is part of the history: the file's is recorded when it is not the one in force.
  await recordConfiguration(service, source, opts.agency, log);
  const configWatch = watchConfiguration(service, source, opts.agency, log);
  const clock = opts.clock ? startClock(service.nc, opts.agency) : undefined;
  log(
    `cad-engine ${opts.agency}: serving on ${opts.servers} (inputs cad.${opts.agency}.in.>, events cad.${opts.agency}.evt.>, queries cad.${opts.agency}.q.>)${clock ? ", clock on" : ""}`,
  );
  const why: "signal" | LogLostError = await Promise.race([signalled, service.failed]);
  const code = why === "signal" ? 0 : EXIT_LOG_LOST;
  exitByDeadline(code);
  log(
    `cad-engine ${opts.agency}: stopping after input ${service.lastSeq}${why === "signal" ? "" : ` (${why.code}), exit code ${EXIT_LOG_LOST}`}`,
  );
  clock?.stop();
  configWatch.stop();
  await service.stop();
  // The snapshotter's last snapshot is a convenience: a stop does not wait long for it (its thread
  // may still be starting, and then never hears the stop).
  const standbyStopped = await Promise.race([
    (standby?.stop() ?? Promise.resolve()).then(() => true),
    new Promise<false>((r) => setTimeout(() => r(false), STANDBY_STOP_MS).unref()),
  ]);
  store?.close();
  log(
    `cad-engine ${opts.agency}: stopped (${service.counts.applied} applied, ${service.counts.rejected} rejected, ${service.counts.published} published)${standbyStopped ? "" : `; the snapshotter did not stop within ${STANDBY_STOP_MS / 1000} s and is ended`}`,
  );
  if (!standbyStopped) process.exit(code);
  return code;
}

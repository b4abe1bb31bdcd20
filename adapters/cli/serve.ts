import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadConfigSource } from "../config/index.ts";
import { recordConfiguration, watchConfiguration } from "./config-record.ts";
import { startClock, EngineService } from "../nats/index.ts";
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
}

const ENGINE_VERSION = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
).version;

export function snapshotPath(dataDir: string, agency: string): string {
  return join(dataDir, `${agency}.snapshots.sqlite`);
}

/** `cad serve`: the engine for one agency on NATS until SIGTERM or SIGINT, then a clean stop. */
export async function runServe(opts: ServeOptions): Promise<number> {
  const source = loadConfigSource(opts.configPath);
  const config = source.config;
  const log = (line: string) => process.stdout.write(`${new Date().toISOString()} ${line}\n`);
  let store: SnapshotStore | undefined;
  if (opts.dataDir !== undefined) {
    mkdirSync(opts.dataDir, { recursive: true });
    // The serving engine never waits on the file: the standby may be writing a snapshot.
    store = SnapshotStore.open(snapshotPath(opts.dataDir, opts.agency), { busyTimeoutMs: 0 });
  }
  const service = await EngineService.start({
    agency: opts.agency,
    servers: opts.servers,
    config,
    trustInputTime: opts.trustInputTime,
    log,
    ...(store && { snapshots: store }),
  });
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
  await new Promise<void>((resolve) => {
    process.once("SIGTERM", resolve);
    process.once("SIGINT", resolve);
  });
  log(`cad-engine ${opts.agency}: stopping after input ${service.lastSeq}`);
  clock?.stop();
  configWatch.stop();
  await service.stop();
  await standby?.stop();
  store?.close();
  log(
    `cad-engine ${opts.agency}: stopped (${service.counts.applied} applied, ${service.counts.rejected} rejected, ${service.counts.published} published)`,
  );
  return 0;
}

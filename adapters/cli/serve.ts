import { loadConfigFile } from "../config/index.ts";
import { startClock } from "../nats/clock.ts";
import { EngineService } from "../nats/service.ts";

export interface ServeOptions {
  readonly agency: string;
  readonly servers: string;
  readonly configPath: string | undefined;
  readonly clock: boolean;
  readonly trustInputTime: boolean;
}

/** `cad serve`: the engine for one agency on NATS until SIGTERM or SIGINT, then a clean stop. */
export async function runServe(opts: ServeOptions): Promise<number> {
  const config = loadConfigFile(opts.configPath);
  const log = (line: string) => process.stdout.write(`${new Date().toISOString()} ${line}\n`);
  const service = await EngineService.start({
    agency: opts.agency,
    servers: opts.servers,
    config,
    trustInputTime: opts.trustInputTime,
    log,
  });
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
  await service.stop();
  log(
    `cad-engine ${opts.agency}: stopped (${service.counts.applied} applied, ${service.counts.rejected} rejected, ${service.counts.published} published)`,
  );
  return 0;
}

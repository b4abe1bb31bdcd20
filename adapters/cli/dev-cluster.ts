import { existsSync } from "node:fs";
import { join } from "node:path";
import { startNatsCluster } from "../nats/index.ts";
import { stopRequested } from "./signals.ts";
import { UsageError } from "./spec.ts";

export interface DevClusterFlags {
  readonly nodes: string;
  readonly dir?: string | undefined;
  readonly port: string;
  readonly auth?: string | undefined;
}

/** The options of `cad dev cluster`'s flags (each checked by its spec); a UsageError for what they miss. */
export function devClusterOptions(flags: DevClusterFlags): DevClusterOptions {
  const nodes = Number(flags.nodes);
  const port = Number(flags.port);
  if (port + 3 * nodes > 65_536)
    throw new UsageError("dev cluster", `--port ${port} leaves no room for ${3 * nodes} ports`);
  if (flags.dir === undefined)
    throw new UsageError("dev cluster", "give --dir DIR (where the nodes keep their stores)");
  if (flags.auth !== undefined && !existsSync(join(flags.auth, "nats-server.conf")))
    throw new UsageError(
      "dev cluster",
      `--auth ${flags.auth}: no nats-server.conf there (write it with cad auth init)`,
    );
  return { nodes, dir: flags.dir, port, authDir: flags.auth };
}

interface DevClusterOptions {
  readonly nodes: number;
  readonly dir: string;
  readonly port: number;
  readonly authDir: string | undefined;
}

/** `cad dev cluster`: the nodes in the foreground until SIGTERM or SIGINT. */
export async function runDevCluster(flags: DevClusterFlags): Promise<number> {
  const opts = devClusterOptions(flags);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  // Listening from the start: a signal during start-up stops the nodes once they are up.
  const stopped = stopRequested();
  const cluster = await startNatsCluster({
    nodes: opts.nodes,
    dir: opts.dir,
    port: opts.port,
    ...(opts.authDir !== undefined && { configFile: join(opts.authDir, "nats-server.conf") }),
  });
  for (const node of cluster.nodes)
    out(
      `${node.name}: ${node.url} routes 127.0.0.1:${node.clusterPort} monitor http://127.0.0.1:${node.monitorPort} store ${node.storeDir}`,
    );
  out(`NATS_URLS=${cluster.urls}`);
  await stopped;
  await cluster.stop();
  out("cluster stopped");
  return 0;
}

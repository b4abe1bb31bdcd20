import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startNatsCluster } from "../nats/index.ts";

export const DEV_CLUSTER_USAGE = `  cad dev cluster --dir DIR [--nodes N] [--port P] [--auth AUTH_DIR]
      Runs a JetStream cluster of N nats-servers (default 3) on 127.0.0.1 in the foreground, for
      development and fault tests: server_name n1..nN, cluster "cad", client ports P..P+N-1
      (default 4301), route ports P+N..P+2N-1 and monitoring ports P+2N..P+3N-1. Each node keeps
      its configuration, store and log in DIR/nI (kept across runs: started again on the same
      DIR, the cluster finds its streams). Prints one line per node, then a last line
      NATS_URLS=<the client URLs, comma-joined> (what every --nats flag takes) once a stream of 3
      replicas can be created; stops every node cleanly on SIGTERM or SIGINT.
      --auth AUTH_DIR: the nodes include AUTH_DIR/nats-server.conf (from cad auth init).
`;

export interface DevClusterOptions {
  readonly nodes: number;
  readonly dir: string;
  readonly port: number;
  readonly authDir: string | undefined;
}

export function parseDevCluster(args: string[]): DevClusterOptions {
  const { values } = parseArgs({
    args,
    options: {
      nodes: { type: "string", default: "3" },
      dir: { type: "string" },
      port: { type: "string", default: "4301" },
      auth: { type: "string" },
    },
  });
  const nodes = Number(values.nodes);
  if (!Number.isInteger(nodes) || nodes < 1 || nodes > 32)
    throw new Error(`cad dev cluster: --nodes must be a whole number 1-32, got "${values.nodes}"`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1024 || port + 3 * nodes > 65_536)
    throw new Error(
      `cad dev cluster: --port must be a port from 1024 leaving room for ${3 * nodes} ports, got "${values.port}"`,
    );
  if (values.dir === undefined)
    throw new Error("cad dev cluster: give --dir DIR (where the nodes keep their stores)");
  if (values.auth !== undefined && !existsSync(join(values.auth, "nats-server.conf")))
    throw new Error(
      `cad dev cluster: --auth ${values.auth}: no nats-server.conf there (write it with cad auth init)`,
    );
  return { nodes, dir: values.dir, port, authDir: values.auth };
}

/** `cad dev cluster`: the nodes in the foreground until SIGTERM or SIGINT. */
export async function runDevCluster(opts: DevClusterOptions): Promise<number> {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  // Listening from the start: a signal during start-up stops the nodes once they are up.
  const stopped = new Promise<void>((resolve) => {
    process.once("SIGTERM", () => resolve());
    process.once("SIGINT", () => resolve());
  });
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

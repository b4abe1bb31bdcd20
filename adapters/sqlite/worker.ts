import { Worker } from "node:worker_threads";
import type { SnapshotWorkerData } from "./snapshot-worker.ts";

/**
 * Starts the snapshotter in a worker thread, so that encoding a snapshot never stalls the
 * serving engine's thread. The worker loads TypeScript through tsx, as the main thread does.
 */
export function startSnapshotWorker(
  data: SnapshotWorkerData,
  log: (line: string) => void,
): { stop(): Promise<void> } {
  const url = new URL("./snapshot-worker.ts", import.meta.url).href;
  const bootstrap = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); })`;
  const worker = new Worker(bootstrap, { eval: true, workerData: data });
  let stopped: (() => void) | undefined;
  worker.on("message", (m: { log?: string; stopped?: number }) => {
    if (m.log !== undefined) log(m.log);
    if (m.stopped !== undefined) stopped?.();
  });
  worker.on("error", (error) =>
    log(`cad-snapshotter ${data.agency}: worker failed: ${error.stack ?? error.message}`),
  );
  return {
    stop: async () => {
      const done = new Promise<void>((resolve) => (stopped = resolve));
      worker.postMessage("stop");
      await Promise.race([done, new Promise((r) => setTimeout(r, 30_000))]);
      await worker.terminate();
    },
  };
}

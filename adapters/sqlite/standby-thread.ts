import { Worker } from "node:worker_threads";

/** What the standby's thread is started with (standby-thread-main.ts runs it there). */
export interface StandbyThreadData {
  readonly agency: string;
  readonly servers: string;
  readonly configPath: string | undefined;
  readonly dbPath: string;
  readonly engineVersion: string;
  readonly everyInputs: number;
  readonly everyMs: number;
  readonly trustInputTime: boolean;
}

/**
 * Starts the standby snapshotter in a worker thread, so that encoding a snapshot never stalls the
 * serving engine's thread. The worker loads TypeScript through tsx, as the main thread does.
 */
export function startStandbyThread(
  data: StandbyThreadData,
  log: (line: string) => void,
): { stop(): Promise<void> } {
  const url = new URL("./standby-thread-main.ts", import.meta.url).href;
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
      // unref: once the worker has stopped, this timer must not keep the process alive 30 s.
      await Promise.race([done, new Promise((r) => setTimeout(r, 30_000).unref())]);
      await worker.terminate();
    },
  };
}

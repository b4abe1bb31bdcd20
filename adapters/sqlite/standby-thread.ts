import { Worker } from "node:worker_threads";
import type { NatsAuth } from "../nats/index.ts";
import { FROM_SOURCES } from "../package/index.ts";

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
  /** The serving engine's credentials (file paths: the thread reads them itself). */
  readonly auth?: NatsAuth;
}

/** The worker: the build's JavaScript as it is; from sources, the TypeScript through tsx (a devDependency), as the main thread. */
function standbyWorker(data: StandbyThreadData): Worker {
  if (!FROM_SOURCES)
    return new Worker(new URL("./standby-thread-main.js", import.meta.url), { workerData: data });
  const url = new URL("./standby-thread-main.ts", import.meta.url).href;
  const bootstrap = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); })`;
  return new Worker(bootstrap, { eval: true, workerData: data });
}

/**
 * Starts the standby snapshotter in a worker thread, so that encoding a snapshot never stalls the
 * serving engine's thread.
 */
export function startStandbyThread(
  data: StandbyThreadData,
  log: (line: string) => void,
): { stop(waitMs?: number): Promise<number | undefined> } {
  const worker = standbyWorker(data);
  let ready = false;
  let stopAsked = false;
  /** The standby follows the log (before, it has nothing a last snapshot would keep). */
  let following = false;
  let stopped: (lastSeq: number | undefined) => void = () => undefined;
  const done = new Promise<number | undefined>((resolve) => (stopped = resolve));
  worker.on("message", (m: { log?: string; stopped?: number; ready?: boolean; following?: boolean }) => {
    if (m.log !== undefined) log(m.log);
    if (m.stopped !== undefined) stopped(m.stopped);
    if (m.following === true) following = true;
    if (m.ready === true) {
      // The worker listens from now on: a stop asked for earlier is sent now.
      ready = true;
      if (stopAsked) worker.postMessage("stop");
    }
  });
  worker.on("error", (error: unknown) =>
    log(
      `cad-snapshotter ${data.agency}: worker failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    ),
  );
  worker.on("exit", (code) => {
    if (code !== 0 && !stopAsked) log(`cad-snapshotter ${data.agency}: worker exited with code ${code}`);
    stopped(undefined);
  });
  return {
    stop: async (waitMs = STOP_WAIT_MS) => {
      stopAsked = true;
      // Still loading or connecting (seconds, on a loaded machine): it has applied nothing since
      // the snapshot it started from, so there is nothing to keep; waiting for it held every stop
      // in the first seconds of a run for as long as the stop would wait.
      if (!following) {
        await worker.terminate();
        return undefined;
      }
      if (ready) worker.postMessage("stop");
      let timer: NodeJS.Timeout | undefined;
      const lastSeq = await Promise.race([
        done,
        new Promise<undefined>((r) => (timer = setTimeout(() => r(undefined), waitMs))),
      ]);
      clearTimeout(timer);
      if (lastSeq === undefined)
        log(
          `cad-snapshotter ${data.agency}: no last snapshot within ${waitMs} ms; its thread is ended (the next start replays the inputs since the newest snapshot)`,
        );
      await worker.terminate();
      return lastSeq;
    },
  };
}

/** How long a stop waits, by default, for the standby's last snapshot before ending its thread. */
const STOP_WAIT_MS = 30_000;

import { parentPort, workerData } from "node:worker_threads";
import { loadConfigFile } from "../config/index.ts";
import { StandbySnapshotter } from "./standby.ts";
import type { StandbyThreadData } from "./standby-thread.ts";
import { SnapshotStore } from "./store.ts";

// The standby snapshotter in a worker thread: what `startStandbyThread` starts.
const data = workerData as StandbyThreadData;
const log = (line: string) => parentPort?.postMessage({ log: line });
// Listen first and say so: a stop asked for while the standby starts is then kept, not lost.
let stopAsked: () => void = () => undefined;
const stop = new Promise<void>((resolve) => (stopAsked = resolve));
parentPort?.on("message", (message: unknown) => {
  if (message === "stop") stopAsked();
});
parentPort?.postMessage({ ready: true });
const store = SnapshotStore.openOrSetAside(data.dbPath, (line) =>
  log(`cad-snapshotter ${data.agency}: ${line}`),
);
const snapshotter = await StandbySnapshotter.start({
  ...data,
  config: loadConfigFile(data.configPath),
  store,
  log,
});
parentPort?.postMessage({ following: true });
await stop;
await snapshotter.stop();
store.close();
parentPort?.postMessage({ stopped: snapshotter.lastSeq });
parentPort?.close();

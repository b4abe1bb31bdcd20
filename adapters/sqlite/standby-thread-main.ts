import { parentPort, workerData } from "node:worker_threads";
import { loadConfigFile } from "../config/index.ts";
import { StandbySnapshotter } from "./standby.ts";
import type { StandbyThreadData } from "./standby-thread.ts";
import { SnapshotStore } from "./store.ts";

// The standby snapshotter in a worker thread: what `startStandbyThread` starts.
const data = workerData as StandbyThreadData;
const store = SnapshotStore.open(data.dbPath);
const snapshotter = await StandbySnapshotter.start({
  ...data,
  config: loadConfigFile(data.configPath),
  store,
  log: (line) => parentPort?.postMessage({ log: line }),
});
parentPort?.on("message", (message: unknown) => {
  if (message === "stop") {
    void snapshotter.stop().then(() => {
      store.close();
      parentPort?.postMessage({ stopped: snapshotter.lastSeq });
    });
  }
});

import { parentPort, workerData } from "node:worker_threads";
import { loadConfigFile } from "../config/index.ts";
import { StandbySnapshotter } from "./standby.ts";
import type { StandbyThreadData } from "./standby-thread.ts";
import { SnapshotStore } from "./store.ts";

// The standby snapshotter in a worker thread: what `startStandbyThread` starts.
const data = workerData as StandbyThreadData;
const log = (line: string) => parentPort?.postMessage({ log: line });
const store = SnapshotStore.openOrSetAside(data.dbPath, (line) =>
  log(`cad-snapshotter ${data.agency}: ${line}`),
);
const snapshotter = await StandbySnapshotter.start({
  ...data,
  config: loadConfigFile(data.configPath),
  store,
  log,
});
parentPort?.on("message", (message: unknown) => {
  if (message === "stop") {
    void snapshotter.stop().then(() => {
      store.close();
      parentPort?.postMessage({ stopped: snapshotter.lastSeq });
    });
  }
});

import { parentPort, workerData } from "node:worker_threads";
import { loadConfigFile } from "../config/index.ts";
import { Snapshotter } from "./snapshotter.ts";
import { SnapshotStore } from "./store.ts";

/** The snapshotter in a worker thread: what `startSnapshotWorker` starts. */
export interface SnapshotWorkerData {
  readonly agency: string;
  readonly servers: string;
  readonly configPath: string | undefined;
  readonly dbPath: string;
  readonly engineVersion: string;
  readonly everyInputs: number;
  readonly everyMs: number;
  readonly trustInputTime: boolean;
}

const data = workerData as SnapshotWorkerData;
const store = SnapshotStore.open(data.dbPath);
const snapshotter = await Snapshotter.start({
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

export {
  SnapshotStore,
  SnapshotError,
  SNAPSHOT_FORMAT_VERSION,
  type SnapshotHeader,
  type Verdict,
} from "./store.ts";
export { Snapshotter, type SnapshotterOptions } from "./snapshotter.ts";
export { startSnapshotWorker } from "./worker.ts";
export type { SnapshotWorkerData } from "./snapshot-worker.ts";

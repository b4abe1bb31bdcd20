export {
  SnapshotStore,
  SnapshotError,
  SNAPSHOT_FORMAT_VERSION,
  type SnapshotHeader,
  type Verdict,
} from "./store.ts";
export { StandbySnapshotter, type StandbyOptions } from "./standby.ts";
export { startStandbyThread, type StandbyThreadData } from "./standby-thread.ts";

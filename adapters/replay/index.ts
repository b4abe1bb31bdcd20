export { DEFAULT_BUSY_MINUTES, replaySeattle, type ReplayResult, type ReplayRow } from "./seattle.ts";

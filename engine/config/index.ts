export * from "./types.ts";
export { parseConfig, type ConfigResult } from "./validate.ts";

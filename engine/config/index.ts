export * from "./types.ts";
export { parseConfig, type ConfigAttachments, type ConfigResult } from "./validate.ts";
export { buildConfiguration, configurationText, type ConfigurationContent } from "./content.ts";

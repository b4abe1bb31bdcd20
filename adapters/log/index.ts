export {
  LOG_FORMATS,
  LOG_LEVELS,
  configureLogging,
  logLevel,
  logger,
  type Log,
  type LogFields,
  type LogFormat,
  type LogLevel,
  type LoggingOptions,
} from "./logger.ts";
export { entryOf, lineLog } from "./lines.ts";
export { loggingOf } from "./flags.ts";

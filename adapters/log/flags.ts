import { LOG_FORMATS, LOG_LEVELS, type LoggingOptions, type LogFormat, type LogLevel } from "./logger.ts";

/** The logging the flags ask for; a bad value is an error that names the flag. */
export function loggingOf(values: {
  "log-format"?: string | undefined;
  "log-level"?: string | undefined;
}): LoggingOptions {
  const format = values["log-format"] ?? process.env["CAD_LOG_FORMAT"] ?? "text";
  const level = values["log-level"] ?? process.env["CAD_LOG_LEVEL"] ?? "info";
  if (!(LOG_FORMATS as readonly string[]).includes(format))
    throw new Error(`--log-format must be one of ${LOG_FORMATS.join(", ")}, got "${format}"`);
  if (!(LOG_LEVELS as readonly string[]).includes(level))
    throw new Error(`--log-level must be one of ${LOG_LEVELS.join(", ")}, got "${level}"`);
  return { format: format as LogFormat, level: level as LogLevel };
}

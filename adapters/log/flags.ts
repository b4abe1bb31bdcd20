import { LOG_FORMATS, LOG_LEVELS, type LoggingOptions, type LogFormat, type LogLevel } from "./logger.ts";

/**
 * `--log-format json|text` and `--log-level debug|info|warn|error`, for the long-running commands'
 * option lists. Defaults: $CAD_LOG_FORMAT and $CAD_LOG_LEVEL (an env file's), else text and info.
 */
export const LOG_FLAGS = {
  "log-format": { type: "string" },
  "log-level": { type: "string" },
} as const;

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

import { configureLogging, LOG_FORMATS, LOG_LEVELS, loggingOf } from "../log/index.ts";
import { metricsOf } from "../metrics/index.ts";
import { checks, type Options } from "./spec.ts";

const oneOf = (allowed: readonly string[]) => (v: string) =>
  allowed.includes(v) ? undefined : `must be one of ${allowed.join(", ")}`;

/** `--log-format`, `--log-level`: the long-running commands' logging (defaults from the environment). */
export const LOG_OPTIONS = {
  "log-format": {
    type: "string",
    arg: "F",
    help: "json (one JSON object a line: level, time, component, agency) or text (for people)",
    shownDefault: "$CAD_LOG_FORMAT, else text",
    check: oneOf(LOG_FORMATS),
  },
  "log-level": {
    type: "string",
    arg: "L",
    help: `the least level written: ${LOG_LEVELS.join(", ")}`,
    shownDefault: "$CAD_LOG_LEVEL, else info",
    check: oneOf(LOG_LEVELS),
  },
} as const satisfies Options;

/** `--metrics-port`, `--metrics-host`: Prometheus /metrics, /healthz and /readyz; none without a port. */
export const METRICS_OPTIONS = {
  "metrics-port": {
    type: "string",
    arg: "P",
    help: "serve /metrics, /healthz and /readyz on this port (0: any free port, logged)",
    shownDefault: "none",
    check: checks.port,
  },
  "metrics-host": { type: "string", default: "127.0.0.1", arg: "H", help: "the metrics endpoint's address" },
} as const satisfies Options;

/** Sets the process's logging from the values of LOG_OPTIONS. */
export function configureLoggingFrom(values: {
  "log-format"?: string | undefined;
  "log-level"?: string | undefined;
}): void {
  configureLogging(loggingOf(values));
}

export { metricsOf };

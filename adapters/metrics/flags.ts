/**
 * `--metrics-port P` and `--metrics-host H` for the long-running commands. No endpoint unless a
 * port is given (several cad processes share a host; each unit names its own port); P 0 takes any
 * free port (logged). H defaults to loopback: exposing it wider is a choice (0.0.0.0 for a
 * Prometheus on another host, behind the site's firewall).
 */
export const METRICS_FLAGS = {
  "metrics-port": { type: "string" },
  "metrics-host": { type: "string", default: "127.0.0.1" },
} as const;

/** The endpoint the flags ask for, or undefined (no --metrics-port); a bad port names the flag. */
export function metricsOf(values: {
  "metrics-port"?: string | undefined;
  "metrics-host"?: string | undefined;
}): { host: string; port: number } | undefined {
  const text = values["metrics-port"];
  if (text === undefined) return undefined;
  const port = Number(text);
  if (text.trim() === "" || !Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`--metrics-port must be a whole number 0-65535, got "${text}"`);
  return { host: values["metrics-host"] ?? "127.0.0.1", port };
}

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

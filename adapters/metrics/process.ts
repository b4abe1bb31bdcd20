import { readFileSync } from "node:fs";
import { memoryUsage, uptime } from "node:process";
import type { Registry } from "./registry.ts";

const startedAtSeconds = Date.now() / 1000 - uptime();

/** The process's own measures, as Prometheus client libraries name them, and its build. */
export function processMetrics(r: Registry, program: string, version: string): void {
  r.sampled("cad_build_info", "The program and its version (always 1).", "gauge", () => [
    [{ program, version, node: process.version }, 1],
  ]);
  r.sampled(
    "process_start_time_seconds",
    "Start time of the process since the epoch, in seconds.",
    "gauge",
    () => [[{}, startedAtSeconds]],
  );
  r.sampled("process_resident_memory_bytes", "Resident memory size in bytes.", "gauge", () => [
    [{}, memoryUsage.rss()],
  ]);
  r.sampled("process_cpu_seconds_total", "User and system CPU time spent, in seconds.", "counter", () => {
    const { user, system } = process.cpuUsage();
    return [[{}, (user + system) / 1e6]];
  });
  r.sampled("nodejs_heap_used_bytes", "V8 heap in use, in bytes.", "gauge", () => [
    [{}, memoryUsage().heapUsed],
  ]);
}

/** cad-engine's version, from its package.json (beside the sources, or one up from a build in dist/). */
export function packageVersion(): string {
  for (const path of ["../../package.json", "../../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === "cad-engine" && pkg.version !== undefined) return pkg.version;
    } catch {
      // Not there: the next place.
    }
  }
  return "unknown";
}

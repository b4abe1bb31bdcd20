export { EngineMetrics, type EngineReplica } from "./engine.ts";
export {
  MetricsServerError,
  startMetricsServer,
  type MetricsServer,
  type MetricsServerOptions,
  type Probe,
} from "./http.ts";
export { metricsOf } from "./flags.ts";
export { packageVersion, processMetrics } from "./process.ts";
export { consoleMetrics, type ConsoleMeasured } from "./console.ts";
export { rmsMetrics, type RmsMeasured } from "./rms.ts";
export { followConnection } from "./connected.ts";
export {
  Counter,
  Histogram,
  LATENCY_BUCKETS_SECONDS,
  Registry,
  type Labels,
  type Sampler,
} from "./registry.ts";

/**
 * Test-only support for the NATS adapter, kept out of ./index.ts because it pulls in
 * devDependencies (fast-check) and exposes internals that production code must not use: the
 * codec's example events and its fast-check arbitraries (the example inputs, which benchmarks use too, are the codec's INPUT_EXAMPLES in ./index.ts), and the wire-level helpers
 * the StreamReader's tests compare with nats.js. Import it from tests and benchmarks only.
 */
export { EVENT_EXAMPLES } from "./codec/testing/events.ts";
/** An input of the log to its outputs, as the service applies it: the fault tests' reference engine. */
export { InputApplier } from "./apply.ts";
export { WatermarkRecorder } from "./recovery.ts";
export { ALL_EVENT_TYPES, anyEvent, outputMeta } from "./codec/testing/arbitraries.ts";
export { hasWireBuffers, headerValue, parseAckReply, partsOf, publicPartsOf } from "./wire.ts";
// The loopback JetStream cluster (also in ./index.ts, for cad dev cluster): tests start theirs here.
export {
  startNatsCluster,
  type NatsCluster,
  type NatsClusterNode,
  type NatsClusterOptions,
} from "./server-process.ts";

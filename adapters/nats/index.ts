/**
 * The NATS adapter's public surface: the engine as a NATS JetStream service (EngineService), the
 * agency's subjects and streams, how processes connect, read the input log and publish outputs,
 * the wire codec, and a nats-server for the demo. Test-only support is in ./testing.ts.
 */
export * from "./codec/index.ts";
export { EngineService, type ServiceObserver, type ServiceOptions } from "./service.ts";
export {
  preferredReplica,
  CLAIM_AFTER_MS,
  HEARTBEAT_MS,
  PREFER_AFTER_MS,
  REPLICA_NAME,
  type Heartbeat,
} from "./leadership.ts";
export type { SnapshotSource } from "./recovery.ts";
export { LogLostError, isLogLostError, type LogLostCode } from "./log-watch.ts";
export {
  agencySubjects,
  type AgencySubjects,
  TIME_HEADER,
  OPERATOR_HEADER,
  INPUT_SEQ_HEADER,
} from "./subjects.ts";
export {
  ensureStreams,
  replicasFor,
  isPermissionViolation,
  DUPLICATE_WINDOW_MS,
  type StreamOptions,
} from "./streams.ts";
export {
  publishAudit,
  auditSubject,
  AUDIT_ACTIONS,
  type AuditAction,
  type AuditRecord,
  type AuditCommandDetail,
  type AuditQueryDetail,
} from "./audit.ts";
export { startClock } from "./clock.ts";
export {
  closedByRefusal,
  connectNats,
  serverList,
  consumeFrom,
  publishUntilAcked,
  PULL_MESSAGES,
  CredentialsError,
  isCredentialsError,
  type CredentialsProblem,
  type NatsAuth,
  type Publishing,
} from "./connection.ts";
export { MAX_IN_FLIGHT } from "./publisher.ts";
export { msgIdOf, outputHeaders, unitCopyOf, type OutputId } from "./outputs.ts";
export {
  isOperatorName,
  LOG_HEADERS,
  logMessageOfJs,
  logMessageOfStream,
  readLogEntry,
  type LogEntry,
  type LogMessage,
} from "./log.ts";
export {
  StreamReader,
  StreamReadError,
  type StreamMessage,
  type StreamReaderOptions,
} from "./stream-reader.ts";
export { serveQueries, stateDigest, QUERY_NAMES } from "./queries.ts";
export {
  unitAssignmentOf,
  crewsEventIncident,
  ASSIGNED_CALLERS_MAX,
  ASSIGNED_NOTES_MAX,
} from "./unit-assignment.ts";
export {
  startNatsServer,
  startNatsCluster,
  CLUSTER_NAME,
  type NatsCluster,
  type NatsClusterNode,
  type NatsClusterOptions,
  natsServerAvailable,
  reachable,
  freePort,
  NatsServerMissingError,
  type NatsServerProcess,
} from "./server-process.ts";

/**
 * The RMS integration: a durable consumer of an agency's event stream that keeps a relational
 * records database (SQLite), exports incidents as NENA EIDO documents and reports response
 * intervals against the standards. See docs/rms.md.
 */
export { openRmsDatabase, RmsDatabaseError, RMS_SCHEMA_VERSION, VOLATILE_TABLES } from "./schema.ts";
export { RmsStore, type StreamMessage, type BatchResult, type Position } from "./store.ts";
export { refreshIntervals, INTERVAL_KINDS, type IntervalKind } from "./intervals.ts";
export { canonicalDump, dumpDigest } from "./dump.ts";
export {
  readIncidentRecord,
  type IncidentRecord,
  type CallRecord,
  type AssignmentRecord,
  type IncidentTimesRecord,
  type Dated,
} from "./record.ts";
export { toEido, type EidoDocument, type EidoOptions } from "./eido.ts";
export { parseEido, EidoParseError } from "./eido-parse.ts";
export {
  loadEidoValidator,
  eidoSchemaDir,
  eidoSchemaAvailable,
  type EidoValidator,
  type EidoValidation,
} from "./eido-schema.ts";
export { RmsConsumer, RmsConsumerError, type ConsumerOptions, type ConsumerStats } from "./consumer.ts";
export { EidoRelay, type RelayOptions } from "./relay.ts";
export {
  computeReport,
  formatReport,
  reportJson,
  meetsStandard,
  fullAlarmUnits,
  STANDARD_SHARES,
  type ReportOptions,
  percentile,
  MEASURES,
  STANDARDS,
  type Measure,
  type MeasureRow,
  type RmsReport,
} from "./report.ts";
export { reportSvg } from "./svg.ts";
export { RMS_COMMANDS } from "./cli.ts";
export {
  readAuditRecord,
  AUDIT_ACTIONS,
  CONSOLE_ROLES,
  type AuditAction,
  type AuditEntry,
  type AuditReading,
} from "./audit.ts";
export { AuditStore, type AuditMessage, type AuditBatchResult, type InvalidAudit } from "./audit-store.ts";
export {
  AuditConsumer,
  AuditConsumerError,
  type AuditConsumerStats,
  type AuditConsumerOptions,
} from "./audit-consumer.ts";
export {
  queryAudit,
  formatAuditRow,
  runAuditList,
  AUDIT_ROW_ACTIONS,
  type AuditFilter,
  type AuditRow,
} from "./audit-cli.ts";

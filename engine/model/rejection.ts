/** Why an input was refused. Literal codes, so clients can switch on them. */
export type RejectionCode =
  | "UNKNOWN_INPUT_KIND"
  | "MISSING_FIELD"
  | "INVALID_FIELD"
  | "INVALID_COORDINATES"
  | "OUT_OF_ORDER"
  | "DUPLICATE_INPUT"
  | "DUPLICATE_CALL"
  | "DUPLICATE_UNIT"
  | "UNKNOWN_CALL"
  | "UNKNOWN_INCIDENT"
  | "UNKNOWN_UNIT"
  /** A new unit's id is not 1-32 letters A-Z a-z, digits, "_" or "-" (it names a NATS subject token). */
  | "INVALID_UNIT_ID"
  /** The call type matches no configured code exactly; the reason names the configured code it differs from only in case. */
  | "UNKNOWN_CALL_TYPE"
  /** A caller flag that the configuration does not list (flags are matched exactly). */
  | "UNKNOWN_FLAG"
  /** The call's receivedAt lies more than calls.maxAgeSeconds before the input's instant. */
  | "CALL_TOO_OLD"
  | "UNKNOWN_UNIT_TYPE"
  | "UNKNOWN_AGENCY"
  | "UNKNOWN_STATUS"
  | "UNKNOWN_DISPOSITION"
  | "ILLEGAL_TRANSITION"
  | "UNIT_NOT_AVAILABLE"
  | "UNIT_ALREADY_ASSIGNED"
  | "UNIT_BUSY"
  | "INCIDENT_NOT_ACTIVE"
  | "INCIDENT_NOT_CLOSED"
  | "CANNOT_SPLIT_ONLY_CALL"
  | "SAME_INCIDENT"
  | "ALREADY_LINKED"
  | "STALE_POSITION"
  /** ApplyConfiguration: the content is not a valid configuration (the reason lists the problems). */
  | "INVALID_CONFIGURATION"
  /** ApplyConfiguration: this configuration (same hash) is already the one in force. */
  | "CONFIGURATION_IN_FORCE"
  /** ClaimLeadership: the term claimed is not the one after the term in force (a stale or early claim). */
  | "STALE_TERM"
  /** ReceiveEido: the document is not a valid EIDO; the reason gives the schema path of the first error. */
  | "INVALID_EIDO"
  /** ReceiveEido: a version of this EIDO as new or newer (lastUpdateTimeStamp) was already received; nothing changed. */
  | "STALE_EIDO"
  /** AcceptIncoming / DeclineIncoming: no incoming incident has this tracking id. */
  | "UNKNOWN_INCOMING"
  /** AcceptIncoming / DeclineIncoming: the incoming incident was already accepted or declined. */
  | "INCOMING_ANSWERED"
  /** ShareIncident / TransferIncident: the incident is already shared with (or offered to) that agency. */
  | "ALREADY_SHARED"
  /** EndShare: the incident is not shared with that agency. */
  | "NOT_SHARED"
  /** Set by adapters, never by the engine: the bytes did not decode as the subject's message. */
  | "DECODE_ERROR"
  /** Set by adapters: a wire integer does not fit its field (e.g. a crew sent as 2^32 + 3 in an int32). */
  | "VALUE_OUT_OF_RANGE"
  /** Set by adapters: the Cad-Time header is not a positive whole number of epoch milliseconds. */
  | "INVALID_INPUT_TIME"
  /** Set by adapters: the Cad-Time header is more than inputTime.maxAheadSeconds ahead of the log's acceptance time. */
  | "INPUT_TIME_AHEAD"
  /** Set by adapters: a Cad-Time header on a subject that is not timed (`cad.<agency>.in.timed.<suffix>`). */
  | "INPUT_TIME_NOT_ALLOWED"
  /** Set by adapters: an input on a timed subject while the engine does not trust input time. */
  | "INPUT_TIME_NOT_TRUSTED"
  /** Set by adapters: a per-unit subject's unit token differs from the body's unitId. */
  | "SUBJECT_MISMATCH"
  /** Set by adapters: the Cad-Operator header is not 1-64 of A-Z a-z 0-9 . _ @ -. */
  | "INVALID_OPERATOR"
  /** Set by adapters: the engine threw on this input (a bug); it was skipped and reported. */
  | "ENGINE_FAULT";

/** A typed refusal: the state is unchanged and this is published for the sender. */
export interface Rejection {
  readonly code: RejectionCode;
  readonly reason: string;
  /** The offending field, when one field is to blame. */
  readonly field?: string;
}

export function reject(code: RejectionCode, reason: string, field?: string): Rejection {
  return field === undefined ? { code, reason } : { code, reason, field };
}

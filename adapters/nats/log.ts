import type { JsMsg } from "@nats-io/jetstream";
import type { InputKind } from "../../engine/index.ts";
import { decodeInput, inputKindOfSubject, type DecodedInput } from "./codec/index.ts";
import type { StreamMessage } from "./stream-reader.ts";
import { OPERATOR_HEADER, TIME_HEADER } from "./subjects.ts";

/** One message of the input log, read the way every engine instance reads it. */
export interface LogEntry {
  readonly seq: number;
  /** The input's id: its Nats-Msg-Id, or `<agency>:<seq>` when it has none. */
  readonly id: string;
  readonly at: number;
  /** Undefined when the subject names no input kind. */
  readonly kind: InputKind | undefined;
  readonly decoded: DecodedInput | undefined;
}

/** What an input-log message carries, however it was read (nats.js's consumer or a StreamReader). */
export interface LogMessage {
  readonly seq: number;
  readonly subject: string;
  /** The Nats-Msg-Id header ("" or undefined when absent). */
  readonly msgId: string | undefined;
  /** The Cad-Time header, when present. */
  readonly claimedTime: string | undefined;
  /** The Cad-Operator header, when present. */
  readonly operator?: string | undefined;
  /** The log's acceptance time, ms. */
  readonly storedAtMs: number;
  readonly data: Uint8Array;
}

/** The headers a StreamReader of the input log is asked for, in the order logMessageOfStream reads them. */
export const LOG_HEADERS = ["Nats-Msg-Id", TIME_HEADER, OPERATOR_HEADER] as const;

export function logMessageOfJs(m: JsMsg): LogMessage {
  return {
    seq: m.seq,
    subject: m.subject,
    msgId: m.headers?.get("Nats-Msg-Id"),
    claimedTime: m.headers?.get(TIME_HEADER),
    operator: m.headers?.get(OPERATOR_HEADER),
    // m.timestampNanos: the reply subject's digits as a bigint, cut to ms as the StreamReader cuts
    // them. Not info.timestampNanos, a float whose 19 digits lose the last ones: about one input in
    // 4,000 then came out a millisecond later live than on replay (the HA fault test saw it).
    storedAtMs: Number(m.timestampNanos / 1_000_000n),
    data: m.data,
  };
}

/** A message read by a StreamReader opened with LOG_HEADERS. */
export function logMessageOfStream(m: StreamMessage): LogMessage {
  return {
    seq: m.seq,
    subject: m.subject,
    msgId: m.headers[0],
    claimedTime: m.headers[1],
    operator: m.headers[2],
    storedAtMs: m.storedAtMs,
    data: m.data,
  };
}

/**
 * Reads one input-log message. The instant is the log's acceptance time, never earlier than
 * the engine's time `now` (or the sender's Cad-Time header when it is honoured), so every
 * instance that reads the same log sees the same inputs at the same instants. Every rule below
 * reads only the message and `now`, so a replay of the log decides the same.
 *
 * Cad-Time is honoured only on a timed subject (`cad.<agency>.in.timed.<suffix>`) of a service
 * that trusts input time. The entry is a rejection at the engine's time `now` (it never moves
 * the clock) when the header comes on a subject that is not timed (INPUT_TIME_NOT_ALLOWED), when
 * anything comes on a timed subject of a service that does not trust input time
 * (INPUT_TIME_NOT_TRUSTED), or when a honoured header is not a positive whole number of
 * milliseconds (INVALID_INPUT_TIME) or lies more than `maxAheadMs` (the config's
 * inputTime.maxAheadSeconds) after the log's acceptance time stored with the message
 * (INPUT_TIME_AHEAD). A timed subject without the header takes the log's time as any input does.
 *
 * Then a Cad-Operator header that is no operator name gives INVALID_OPERATOR; a valid one is
 * the input's `operator`. Last, a per-unit subject whose unit token differs from the body's
 * unitId gives SUBJECT_MISMATCH (field unitId).
 */
export function readLogEntry(
  msg: LogMessage,
  agency: string,
  trustInputTime: boolean,
  now: number,
  maxAheadMs = 5000,
): LogEntry {
  const id = msg.msgId || `${agency}:${msg.seq}`;
  const subject = inputKindOfSubject(msg.subject, agency);
  if (subject === undefined)
    return { seq: msg.seq, id, at: Math.max(msg.storedAtMs, now), kind: undefined, decoded: undefined };
  const time = instantOf(msg, subject.timed, trustInputTime, now, maxAheadMs);
  if (typeof time !== "number") return { seq: msg.seq, id, at: now, kind: subject.kind, decoded: time };
  const operator = msg.operator === undefined || msg.operator === "" ? undefined : msg.operator;
  const decoded =
    operator !== undefined && !isOperatorName(operator)
      ? operatorRejection(operator)
      : checkUnitToken(decodeInput(subject.kind, msg.data, id, time, operator), subject.unitToken);
  return { seq: msg.seq, id, at: time, kind: subject.kind, decoded };
}

type Rejected = Extract<DecodedInput, { ok: false }>;

function instantOf(
  m: LogMessage,
  timed: boolean,
  trust: boolean,
  now: number,
  maxAheadMs: number,
): number | Rejected {
  const header = m.claimedTime;
  const claims = header !== undefined && header !== "";
  if (!timed) {
    if (!claims) return Math.max(m.storedAtMs, now);
    return {
      ok: false,
      code: "INPUT_TIME_NOT_ALLOWED",
      reason: `${TIME_HEADER} is honoured only on the timed subjects (cad.<agency>.in.timed.<suffix>), not on ${m.subject}`,
      field: TIME_HEADER,
    };
  }
  if (!trust)
    return {
      ok: false,
      code: "INPUT_TIME_NOT_TRUSTED",
      reason: `${m.subject} is a timed subject, and this engine does not trust input time (--trust-input-time)`,
      field: TIME_HEADER,
    };
  if (!claims) return Math.max(m.storedAtMs, now);
  const claimed = isDigits(header, 16) ? Number(header) : Number.NaN;
  if (!Number.isSafeInteger(claimed) || claimed <= 0)
    return {
      ok: false,
      code: "INVALID_INPUT_TIME",
      reason: `${TIME_HEADER} ${JSON.stringify(header.slice(0, 40))} is not a positive whole number of epoch milliseconds`,
      field: TIME_HEADER,
    };
  if (claimed - m.storedAtMs > maxAheadMs)
    return {
      ok: false,
      code: "INPUT_TIME_AHEAD",
      reason: `${TIME_HEADER} ${claimed} is ${claimed - m.storedAtMs} ms ahead of the log's acceptance time ${m.storedAtMs} (at most ${maxAheadMs})`,
      field: TIME_HEADER,
    };
  return claimed;
}

/** 1 to `max` ASCII digits. */
function isDigits(s: string, max: number): boolean {
  if (s.length === 0 || s.length > max) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The longest operator name (the console's user names fit it). */
export const MAX_OPERATOR_LENGTH = 64;

/** `^[A-Za-z0-9._@-]{1,64}$`, without a regex on the hot path: an operator name the record may show as it is. */
export function isOperatorName(s: string): boolean {
  if (s.length === 0 || s.length > MAX_OPERATOR_LENGTH) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ok =
      (c >= 48 && c <= 57) || // 0-9
      (c >= 64 && c <= 90) || // @ A-Z
      (c >= 97 && c <= 122) || // a-z
      c === 46 || // .
      c === 95 || // _
      c === 45; // -
    if (!ok) return false;
  }
  return true;
}

function operatorRejection(operator: string): Rejected {
  return {
    ok: false,
    code: "INVALID_OPERATOR",
    reason: `${OPERATOR_HEADER} ${JSON.stringify(operator.slice(0, 80))} is not 1-${MAX_OPERATOR_LENGTH} of A-Z a-z 0-9 . _ @ -`,
    field: OPERATOR_HEADER,
  };
}

/** A per-unit subject speaks for its unit only: the body's unitId must be the subject's token. */
function checkUnitToken(decoded: DecodedInput, unitToken: string | undefined): DecodedInput {
  if (unitToken === undefined || !decoded.ok) return decoded;
  const unitId = (decoded.input as { unitId?: unknown }).unitId;
  if (unitId === unitToken) return decoded;
  return {
    ok: false,
    code: "SUBJECT_MISMATCH",
    reason: `the subject names unit ${unitToken}, the body unit ${JSON.stringify(unitId ?? null)}`,
    field: "unitId",
  };
}

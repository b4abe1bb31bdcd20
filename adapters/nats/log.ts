import type { JsMsg } from "@nats-io/jetstream";
import type { InputKind } from "../../engine/index.ts";
import { decodeInput, inputKindOfSubject, type DecodedInput } from "./codec/index.ts";
import type { StreamMessage } from "./stream-reader.ts";
import { TIME_HEADER } from "./subjects.ts";

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
  /** The log's acceptance time, ms. */
  readonly storedAtMs: number;
  readonly data: Uint8Array;
}

/** The headers a StreamReader of the input log is asked for, in the order logMessageOfStream reads them. */
export const LOG_HEADERS = ["Nats-Msg-Id", TIME_HEADER] as const;

export function logMessageOfJs(m: JsMsg): LogMessage {
  return {
    seq: m.seq,
    subject: m.subject,
    msgId: m.headers?.get("Nats-Msg-Id"),
    claimedTime: m.headers?.get(TIME_HEADER),
    storedAtMs: Number(BigInt(m.info.timestampNanos) / 1_000_000n),
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
    storedAtMs: m.storedAtMs,
    data: m.data,
  };
}

/**
 * Reads one input-log message. The instant is the log's acceptance time, never earlier than
 * the engine's time `now` (or the sender's Cad-Time header when input time is trusted), so
 * every instance that reads the same log sees the same inputs at the same instants.
 *
 * A trusted Cad-Time that is not a positive whole number of milliseconds (INVALID_INPUT_TIME),
 * or lies more than `maxAheadMs` (the config's inputTime.maxAheadSeconds) after the log's own
 * acceptance time stored with the message (INPUT_TIME_AHEAD), makes the entry a rejection at
 * the engine's time `now`: it never moves the clock, and a replay of the log refuses it again.
 */
export function readLogEntry(
  msg: LogMessage,
  agency: string,
  trustInputTime: boolean,
  now: number,
  maxAheadMs = 5000,
): LogEntry {
  const id = msg.msgId || `${agency}:${msg.seq}`;
  const time = instantOf(msg, trustInputTime, now, maxAheadMs);
  const at = typeof time === "number" ? time : now;
  const kind = inputKindOfSubject(msg.subject, agency);
  return {
    seq: msg.seq,
    id,
    at,
    kind,
    decoded:
      kind === undefined ? undefined : typeof time === "number" ? decodeInput(kind, msg.data, id, at) : time,
  };
}

type TimeRejection = Extract<DecodedInput, { ok: false }>;

function instantOf(m: LogMessage, trust: boolean, now: number, maxAheadMs: number): number | TimeRejection {
  const header = m.claimedTime;
  if (!trust || header === undefined || header === "") return Math.max(m.storedAtMs, now);
  const claimed = /^[0-9]{1,16}$/.test(header) ? Number(header) : Number.NaN;
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

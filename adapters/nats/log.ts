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
 */
export function readLogEntry(
  msg: LogMessage,
  agency: string,
  trustInputTime: boolean,
  now: number,
): LogEntry {
  const id = msg.msgId || `${agency}:${msg.seq}`;
  const at = instantOf(msg, trustInputTime, now);
  const kind = inputKindOfSubject(msg.subject, agency);
  return {
    seq: msg.seq,
    id,
    at,
    kind,
    decoded: kind === undefined ? undefined : decodeInput(kind, msg.data, id, at),
  };
}

function instantOf(m: LogMessage, trustInputTime: boolean, now: number): number {
  if (trustInputTime) {
    const claimed = Number(m.claimedTime);
    if (Number.isInteger(claimed) && claimed > 0) return claimed;
  }
  return Math.max(m.storedAtMs, now);
}

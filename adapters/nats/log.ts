import type { JsMsg } from "@nats-io/jetstream";
import type { InputKind } from "../../engine/index.ts";
import { decodeInput, inputKindOfSubject, type DecodedInput } from "./codec/index.ts";
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

/**
 * Reads one input-log message. The instant is the log's acceptance time, never earlier than
 * the engine's time `now` (or the sender's Cad-Time header when input time is trusted), so
 * every instance that reads the same log sees the same inputs at the same instants.
 */
export function readLogEntry(m: JsMsg, agency: string, trustInputTime: boolean, now: number): LogEntry {
  const id = m.headers?.get("Nats-Msg-Id") || `${agency}:${m.seq}`;
  const at = instantOf(m, trustInputTime, now);
  const kind = inputKindOfSubject(m.subject, agency);
  return {
    seq: m.seq,
    id,
    at,
    kind,
    decoded: kind === undefined ? undefined : decodeInput(kind, m.data, id, at),
  };
}

function instantOf(m: JsMsg, trustInputTime: boolean, now: number): number {
  if (trustInputTime) {
    const claimed = Number(m.headers?.get(TIME_HEADER));
    if (Number.isInteger(claimed) && claimed > 0) return claimed;
  }
  return Math.max(Number(BigInt(m.info.timestampNanos) / 1_000_000n), now);
}

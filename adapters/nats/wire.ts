/**
 * Taking NATS messages apart from nats.js's wire buffers, for the StreamReader: the reply subject's
 * delivery info, the few headers needed and the subject, without the decoding nats.js does for its
 * public API (a string per reply subject, every header into a map).
 */
import type { Msg } from "@nats-io/transport-node";

export const ENCODER = new TextEncoder();
const DECODER = new TextDecoder();

export interface MsgParts {
  /** The status code of a status message (heartbeat, flow control), else 0. */
  readonly status: number;
  readonly replyBytes: Uint8Array;
  readonly headerBytes: Uint8Array;
  readonly data: Uint8Array;
  readonly subjectBytes: Uint8Array;
}

/** The parts of nats.js's MsgImpl that this reader reads from the wire bytes (checked by shape). */
interface WireMsg {
  readonly _msg?: { subject?: unknown; reply?: unknown; hdr?: unknown };
  readonly _rdata?: unknown;
}

/**
 * A message's parts without decoding what the reader does not need: straight from nats.js's
 * wire buffers when the message has the shape this was written against (a test checks it still
 * does), else through the public API (the same values, more slowly).
 */
export function partsOf(m: Msg): MsgParts {
  const wire = (m as unknown as WireMsg)._msg;
  if (hasWireBuffers(m) && wire !== undefined) {
    const all = ((m as unknown as WireMsg)._rdata as Uint8Array | undefined) ?? EMPTY;
    const hdr = wire.hdr as number;
    const headerBytes = hdr > 0 ? all.subarray(0, hdr) : EMPTY;
    const replyBytes = (wire.reply as Uint8Array | undefined) ?? EMPTY;
    return {
      status: statusOf(headerBytes),
      replyBytes,
      headerBytes,
      data: hdr > 0 ? all.subarray(hdr) : all,
      subjectBytes: wire.subject as Uint8Array,
    };
  }
  return publicPartsOf(m);
}

/** Whether a message has the nats.js internals partsOf reads (else it takes the public API). */
export function hasWireBuffers(m: Msg): boolean {
  const wire = (m as unknown as WireMsg)._msg;
  const rdata = (m as unknown as WireMsg)._rdata;
  return (
    wire !== undefined &&
    wire.subject instanceof Uint8Array &&
    (wire.reply === undefined || wire.reply instanceof Uint8Array) &&
    typeof wire.hdr === "number" &&
    (rdata === undefined || rdata instanceof Uint8Array)
  );
}

/** The same parts through nats.js's public API. */
export function publicPartsOf(m: Msg): MsgParts {
  const h = m.headers;
  let headerText = "";
  if (h !== undefined) {
    headerText = h.code !== 0 ? `NATS/1.0 ${h.code} ${h.description}` : "NATS/1.0";
    for (const [k, vs] of h) for (const v of vs) headerText += `\r\n${k}: ${v}`;
    headerText += "\r\n\r\n";
  }
  return {
    status: h?.code ?? 0,
    replyBytes: m.reply ? ENCODER.encode(m.reply) : EMPTY,
    headerBytes: ENCODER.encode(headerText),
    data: m.data,
    subjectBytes: ENCODER.encode(m.subject),
  };
}

const EMPTY = new Uint8Array(0);

/** Node's native latin1 decoding of a byte range (Buffer's own, called on any Uint8Array). */
const latin1Slice = (Buffer.prototype as unknown as { latin1Slice?: (start: number, end: number) => string })
  .latin1Slice;

/** Bytes as text: ASCII without a UTF-8 decoder, anything else as UTF-8. */
export function text(bytes: Uint8Array, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    if ((bytes[i] as number) >= 0x80) return DECODER.decode(bytes.subarray(start, end));
  }
  if (latin1Slice !== undefined) return latin1Slice.call(bytes, start, end);
  return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
}

/** "NATS/1.0 100 Idle Heartbeat" gives 100; "NATS/1.0" (a message's own headers) gives 0. */
function statusOf(h: Uint8Array): number {
  // "NATS/1.0" is 8 bytes; a status follows it after a space.
  if (h.length < 12 || h[8] !== 0x20) return 0;
  let code = 0;
  let i = 9;
  while (i < h.length && h[i] === 0x20) i++;
  for (; i < h.length; i++) {
    const b = h[i] as number;
    if (b < 0x30 || b > 0x39) break;
    code = code * 10 + (b - 0x30);
  }
  return code;
}

/** The first value of the header whose `\r\nName:` is `key`, trimmed; undefined when absent. */
export function headerValue(h: Uint8Array, key: Uint8Array): string | undefined {
  const first = key[0] as number;
  const last = h.length - key.length;
  outer: for (let i = 0; i <= last; i++) {
    if (h[i] !== first) continue;
    for (let j = 1; j < key.length; j++) if (h[i + j] !== key[j]) continue outer;
    let start = i + key.length;
    let end = start;
    while (end < h.length && h[end] !== 0x0d) end++;
    while (start < end && isSpace(h[start] as number)) start++;
    while (end > start && isSpace(h[end - 1] as number)) end--;
    return text(h, start, end);
  }
  return undefined;
}

const isSpace = (b: number): boolean => b === 0x20 || b === 0x09;

/** The delivery info of the last message readAckInfo read (one reader at a time in a thread: no allocation). */
export const ACK = { seq: 0, delivery: 0, storedAtMs: 0, pending: 0 };

/**
 * Reads the delivery info in a JetStream reply subject into ACK, from its bytes:
 * `$JS.ACK.<stream>.<consumer>.<delivered>.<sseq>.<dseq>.<ns>.<pending>` (or the newer form with a
 * domain and account hash after ACK, and a token after pending), as nats.js's parseInfo reads it.
 * False when it is not one.
 */
// eslint-disable-next-line complexity -- one pass over the bytes, a branch per token: kept in one place on purpose (hot path)
export function readAckInfo(r: Uint8Array): boolean {
  // $JS.ACK.
  if (r.length < 8 || r[0] !== 0x24 || r[1] !== 0x4a || r[2] !== 0x53 || r[4] !== 0x41) return false;
  let tokens = 1;
  for (let i = 0; i < r.length; i++) if (r[i] === 0x2e) tokens++;
  // Index of the `delivered` token: 4 in the old form, 6 in the new.
  const from = tokens === 9 ? 4 : tokens >= 11 ? 6 : -1;
  if (from < 0) return false;
  let token = 0;
  let sseq = 0;
  let dseq = 0;
  let ms = 0;
  let nsDigits = 0;
  let pending = 0;
  for (let i = 0; i < r.length; i++) {
    const b = r[i] as number;
    if (b === 0x2e) {
      token++;
      continue;
    }
    const k = token - from;
    if (k < 0 || k > 4) continue;
    if (b < 0x30 || b > 0x39) return false;
    const d = b - 0x30;
    if (k === 1) sseq = sseq * 10 + d;
    else if (k === 2) dseq = dseq * 10 + d;
    else if (k === 4) pending = pending * 10 + d;
    else if (k === 3 && ++nsDigits <= 13) ms = ms * 10 + d;
  }
  ACK.seq = sseq;
  ACK.delivery = dseq;
  ACK.pending = pending;
  // Nanoseconds exceed 2^53: 19 digits, of which the first 13 are the milliseconds. Fewer
  // digits (a time before 2001, in tests) are counted the long way.
  ACK.storedAtMs = nsDigits === 19 ? ms : millisOfToken(r, from + 3);
  return true;
}

/** The delivery info of a JetStream reply subject (a copy of what readAckInfo reads), or null. */
export function parseAckReply(reply: string): typeof ACK | null {
  return readAckInfo(ENCODER.encode(reply)) ? { ...ACK } : null;
}

/** Token `index` of a reply subject, nanoseconds, as milliseconds (off the fast path). */
function millisOfToken(r: Uint8Array, index: number): number {
  return Number(BigInt(text(r, 0, r.length).split(".")[index] ?? "0") / 1_000_000n);
}

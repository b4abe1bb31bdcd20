import protobuf from "protobufjs/minimal.js";

/**
 * A protobuf writer writing each value as protobufjs's BufferWriter writes it (the same varints,
 * doubles and UTF-8, lone surrogates included), without its operation queue, fork/ldelim states
 * or a Writer object per message. hot-events.test.ts compares the bytes with the generated encoders.
 *
 * Encoding is synchronous, so one buffer serves every message. Messages are written one after
 * another into a slab, and each is handed out as a view of its bytes: a slab is never written
 * again where a message was handed out, and a new one is taken when the current one is full (as
 * Node's own Buffer pool does for small buffers).
 */
const SLAB_BYTES = 64 * 1024;
let buf = Buffer.allocUnsafeSlow(SLAB_BYTES);
/** Where the message being written starts in the slab, and where the next byte goes. */
let begin = 0;
let pos = 0;

const F64 = new Float64Array(1);
const F64_BYTES = new Uint8Array(F64.buffer);
const utf8Write = protobuf.util.utf8.write;

/** Starts a message: anything written since the last finish() is dropped. */
export function reset(): void {
  pos = begin;
}

/** The bytes written since reset(): a view of the slab that nothing writes again. */
export function finish(): Uint8Array {
  const out = buf.subarray(begin, pos);
  begin = pos;
  return out;
}

/** Room for `n` more bytes: when the slab lacks it, the message so far moves to a new slab. */
function reserve(n: number): void {
  if (pos + n <= buf.length) return;
  const size = pos - begin;
  const slab = Buffer.allocUnsafeSlow(Math.max(SLAB_BYTES, (size + n) * 2));
  buf.copy(slab, 0, begin, pos);
  buf = slab;
  begin = 0;
  pos = size;
}

/** A varint of an unsigned 32-bit value (a tag, a length, a uint32, a non-negative int32). */
export function varint32(value: number): void {
  reserve(5);
  let v = value >>> 0;
  while (v > 127) {
    buf[pos++] = (v & 127) | 128;
    v >>>= 7;
  }
  buf[pos++] = v;
}

/** An int32 as protobufjs writes it: a negative one as ten bytes (its 64-bit two's complement). */
export function int32(value: number): void {
  if ((value | 0) < 0) int64(value | 0);
  else varint32(value);
}

/** A whole number (a safe integer) as an int64 or uint64 varint, as protobufjs's LongBits.fromNumber splits it. */
export function int64(value: number): void {
  reserve(10);
  if (value === 0) {
    buf[pos++] = 0;
    return;
  }
  const negative = value < 0;
  const abs = negative ? -value : value;
  let lo = abs >>> 0;
  let hi = ((abs - lo) / 4294967296) >>> 0;
  if (negative) {
    hi = ~hi >>> 0;
    lo = ~lo >>> 0;
    if (++lo > 4294967295) {
      lo = 0;
      if (++hi > 4294967295) hi = 0;
    }
  }
  while (hi !== 0) {
    buf[pos++] = (lo & 127) | 128;
    lo = ((lo >>> 7) | (hi << 25)) >>> 0;
    hi >>>= 7;
  }
  while (lo > 127) {
    buf[pos++] = (lo & 127) | 128;
    lo >>>= 7;
  }
  buf[pos++] = lo;
}

export function double(value: number): void {
  reserve(8);
  F64[0] = value;
  buf.set(F64_BYTES, pos);
  pos += 8;
}

export function bool(value: boolean): void {
  reserve(1);
  buf[pos++] = value ? 1 : 0;
}

/**
 * A length-delimited string as protobufjs's BufferWriter.string writes it: under 40 UTF-16 units
 * by its own UTF-8 writer, under 128 by Buffer's, longer ones after Buffer.byteLength. ASCII,
 * the usual case, is copied byte by byte.
 */
export function string(value: string): void {
  const n = value.length;
  if (n >= 128) {
    const len = Buffer.byteLength(value);
    varint32(len);
    reserve(len);
    pos += buf.write(value, pos, len, "utf8");
    return;
  }
  reserve(n * 3 + 1);
  const start = pos + 1;
  let i = 0;
  for (; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128) break;
    buf[start + i] = c;
  }
  const len = i === n ? n : n < 40 ? utf8Write(value, buf, start) : buf.write(value, start, n * 3, "utf8");
  buf[pos] = len;
  if (len < 128) {
    pos = start + len;
    return;
  }
  // Over 127 bytes: a two-byte length, the bytes moved one on (n < 128 units make at most 381 bytes).
  buf.copyWithin(start + 1, start, start + len);
  varint32(len);
  pos += len;
}

/** Where a length-delimited message's body starts (from the message's start, as the slab may change); the length goes in the byte before. */
export function beginMessage(): number {
  reserve(1);
  pos++;
  return pos - begin;
}

/** Ends the message begun at `start`: its length written before it (the body moved on when it needs more than a byte). */
export function endMessage(offset: number): void {
  const len = pos - (begin + offset);
  if (len < 128) {
    buf[begin + offset - 1] = len;
    return;
  }
  let n = 1;
  while (len >>> (7 * n) !== 0) n++;
  reserve(n - 1);
  const start = begin + offset;
  buf.copyWithin(start - 1 + n, start, pos);
  pos = start - 1;
  varint32(len);
  pos += len;
}

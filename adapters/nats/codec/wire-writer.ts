import protobuf from "protobufjs/minimal.js";

/**
 * A protobuf writer over one reused scratch buffer, writing each value as protobufjs's
 * BufferWriter writes it (the same varints, doubles and UTF-8, lone surrogates included), without
 * its operation queue, fork/ldelim states or a Writer object per message. Encoding is synchronous,
 * so one scratch buffer serves every message; `finish()` copies the bytes into a buffer of their
 * own. hot-events.test.ts and wire-writer.test.ts compare the bytes with the generated encoders.
 */
let buf = Buffer.allocUnsafeSlow(64 * 1024);
let pos = 0;

const F64 = new Float64Array(1);
const F64_BYTES = new Uint8Array(F64.buffer);
const utf8Write = protobuf.util.utf8.write;

/** Starts a message: the scratch buffer emptied. */
export function reset(): void {
  pos = 0;
}

/** The bytes written since reset(), in a buffer of their own (as protobufjs's finish() makes it). */
export function finish(): Uint8Array {
  const out = Buffer.allocUnsafe(pos);
  buf.copy(out, 0, 0, pos);
  return out;
}

/** Room for `n` more bytes. */
function reserve(n: number): void {
  if (pos + n <= buf.length) return;
  const bigger = Buffer.allocUnsafeSlow(Math.max(buf.length * 2, pos + n));
  buf.copy(bigger, 0, 0, pos);
  buf = bigger;
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

/** Where a length-delimited message's body starts; the length goes in the byte before. */
export function beginMessage(): number {
  reserve(1);
  pos++;
  return pos;
}

/** Ends the message begun at `start`: its length written before it (the body moved on when it needs more than a byte). */
export function endMessage(start: number): void {
  const len = pos - start;
  if (len < 128) {
    buf[start - 1] = len;
    return;
  }
  let n = 1;
  while (len >>> (7 * n) !== 0) n++;
  reserve(n - 1);
  buf.copyWithin(start - 1 + n, start, pos);
  pos = start - 1;
  varint32(len);
  pos += len;
}

/**
 * The snapshot encoding (SNAPSHOT_FORMAT_VERSION in store.ts): a 4-byte length, a v8-serialised
 * state of STATE_FORMAT_VERSION with its position in the log (agency, last input applied), in which id lists are joined strings and each archived text chunk
 * is replaced by where its compressed bytes are, then those bytes (brotli blocks).
 */
import { deserialize, serialize } from "node:v8";
import { brotliCompressSync, brotliDecompressSync, constants as zlib } from "node:zlib";
import {
  deserialiseState,
  serialiseState,
  type ArchivedColumns,
  type EngineState,
  type LazyText,
  type SerialisedState,
} from "../../engine/index.ts";

/** Where a snapshot's state stands in the log: written into the data, so a header cannot claim another. */
export interface SnapshotPosition {
  readonly agency: string;
  /** The last input of the log the state has applied. */
  readonly lastInputSeq: number;
}

/** Where an archived text chunk's compressed bytes are in the snapshot, after the v8 part. */
interface BlockRef {
  /** Compressed (brotli) bytes. */
  readonly byteLength: number;
  /** Characters of the text. */
  readonly chars: number;
  /** How the text was turned into bytes before compression. */
  readonly encoding: "latin1" | "utf16le";
}

/** A list of ids as one string and their lengths: v8 reads it far faster than as many strings. */
interface JoinedIds {
  readonly text: string;
  readonly lengths: Uint32Array;
}

/** Brotli at a low quality: about 10x smaller than the JSON text, 3 ms per MB to write, 1 ms per MB to read. */
const BROTLI_QUALITY = 2;

/**
 * An archived text chunk of a snapshot, compressed: inflated the first time an entry in it is read.
 * A chunk still whole when the next snapshot is written goes into it as these same bytes.
 */
class CompressedText implements LazyText {
  readonly length: number;
  private decoded: string | undefined;

  constructor(
    readonly bytes: Buffer,
    readonly ref: BlockRef,
  ) {
    this.length = ref.chars;
  }

  text(): string {
    if (this.decoded === undefined) {
      let raw: Buffer;
      try {
        raw = brotliDecompressSync(this.bytes);
      } catch (error) {
        throw new Error(`an archived text block does not inflate: ${(error as Error).message}`);
      }
      const expected = this.ref.encoding === "latin1" ? this.ref.chars : 2 * this.ref.chars;
      if (raw.length !== expected)
        throw new Error(`an archived text block inflates to ${raw.length} bytes, not ${expected}`);
      this.decoded = raw.toString(this.ref.encoding);
    }
    return this.decoded;
  }
}

function compress(chunk: string | LazyText, blocks: Buffer[]): BlockRef {
  if (chunk instanceof CompressedText) {
    blocks.push(chunk.bytes);
    return chunk.ref;
  }
  const text = typeof chunk === "string" ? chunk : chunk.text();
  const encoding = NOT_LATIN1.test(text) ? "utf16le" : "latin1";
  const raw = Buffer.from(text, encoding);
  const bytes = brotliCompressSync(raw, {
    params: {
      [zlib.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
      [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
  blocks.push(bytes);
  return { byteLength: bytes.length, chars: text.length, encoding };
}

function joinIds(ids: readonly string[]): JoinedIds {
  return { text: ids.join(""), lengths: Uint32Array.from(ids, (id) => id.length) };
}

function splitIds(joined: JoinedIds): string[] {
  const { text, lengths } = joined;
  const ids = new Array<string>(lengths.length);
  let at = 0;
  for (let i = 0; i < lengths.length; i++) {
    const end = at + (lengths[i] as number);
    ids[i] = text.slice(at, end);
    at = end;
  }
  if (at !== text.length) throw new Error("ids do not add up to their text");
  return ids;
}

/**
 * The state as a small v8 part (active incidents, units, the queue, timers; id lists as joined
 * strings) followed by the archived texts (cleared and closed incidents and their calls as JSON)
 * in brotli blocks of about a million characters: restoring reads and checks few bytes and
 * inflates nothing, and a block is inflated only when an archived entry in it is first read. Blocks
 * restored from a snapshot and still whole are written back as they were, without inflating them.
 */
export function encodeState(state: EngineState, position: SnapshotPosition): Buffer {
  const data = serialiseState(state, { copy: false, keepWholeChunks: true });
  const blocks: Buffer[] = [];
  const columns = <V>(c: ArchivedColumns<V>) => ({
    ids: Array.isArray(c.ids) ? joinIds(c.ids) : c.ids,
    values: c.values,
    // Typed arrays: v8 copies their bytes in one go.
    chunkOf: Int32Array.from(c.chunkOf),
    starts: Uint32Array.from(c.starts),
    ends: Uint32Array.from(c.ends),
    chunks: c.chunks.map((chunk) => compress(chunk, blocks)),
  });
  const head = serialize({
    ...data,
    position: { agency: position.agency, lastInputSeq: position.lastInputSeq },
    incidents: columns(data.incidents),
    calls: columns(data.calls),
    seenInputs: { older: joinIds(data.seenInputs.older), recent: joinIds(data.seenInputs.recent) },
  });
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length);
  return Buffer.concat([length, head, ...blocks]);
}

// eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose
const NOT_LATIN1 = /[^\u0000-\u00ff]/;

type EncodedColumns = Omit<ArchivedColumns<unknown>, "chunks"> & {
  chunks: BlockRef[];
};

export function decodeState(data: Buffer): { state: EngineState; position: SnapshotPosition } {
  const headLength = data.readUInt32LE(0);
  if (4 + headLength > data.length) throw new Error("the head runs past the end");
  const raw = deserialize(data.subarray(4, 4 + headLength)) as Omit<
    SerialisedState,
    "incidents" | "calls" | "seenInputs"
  > & {
    incidents: EncodedColumns;
    calls: EncodedColumns;
    seenInputs: { older: JoinedIds; recent: JoinedIds };
    position?: Partial<SnapshotPosition>;
  };
  const { position, ...rest } = raw;
  if (typeof position?.agency !== "string" || !Number.isSafeInteger(position.lastInputSeq))
    throw new Error("the data does not say which input it is the state after");
  // The blocks are copied out, so that the restored state does not hold the head's bytes too.
  const blocks = Buffer.from(data.subarray(4 + headLength));
  let offset = 0;
  const columns = (c: EncodedColumns): ArchivedColumns<never> => ({
    ...(c as Omit<EncodedColumns, "values"> & { values: never[] }),
    // Kept joined: the map indexes them without a string each.
    chunks: c.chunks.map((ref): LazyText => {
      const bytes = blocks.subarray(offset, offset + ref.byteLength);
      if (bytes.length !== ref.byteLength) throw new Error("archived text runs past the end");
      offset += ref.byteLength;
      return new CompressedText(bytes, ref);
    }),
  });
  const state = {
    ...rest,
    incidents: columns(raw.incidents),
    calls: columns(raw.calls),
    seenInputs: { older: splitIds(raw.seenInputs.older), recent: splitIds(raw.seenInputs.recent) },
  };
  if (offset !== blocks.length) throw new Error(`${blocks.length - offset} bytes after the archived texts`);
  return {
    state: deserialiseState(state, { copy: false }),
    position: { agency: position.agency, lastInputSeq: position.lastInputSeq as number },
  };
}

/**
 * A map serialised by columns: active entries as objects, the others as JSON text in chunks of
 * about a million characters, decoded only when something reads them. Restoring a state with 100k
 * closed incidents then creates a few strings and number lists instead of millions of objects.
 */
export interface ArchivedColumns<V> {
  /** Every key, in map order: a list, or (as a snapshot stores them) one string and each key's length. */
  readonly ids: readonly string[] | JoinedKeys;
  /** The entries kept as objects, in map order. */
  readonly values: readonly V[];
  /** Per key: -1 when its value is the next of `values`, else the chunk that holds its JSON text. */
  readonly chunkOf: ArrayLike<number>;
  /** Per key: where its JSON text starts and ends in its chunk (0 when it is a value). */
  readonly starts: ArrayLike<number>;
  readonly ends: ArrayLike<number>;
  /**
   * The texts; a chunk may be a LazyText that a snapshot reader decodes only when an entry in it
   * is read. Chunks come in the order of their first entries, but the entries of a chunk restored
   * from a snapshot and kept whole (see `archiveColumns`) may interleave with those of new ones.
   */
  readonly chunks: readonly (string | LazyText)[];
}

/** Keys as one string, the keys one after another, and each key's length. */
export interface JoinedKeys {
  readonly text: string;
  readonly lengths: ArrayLike<number>;
}

/** A chunk of text not decoded yet: `text()` decodes it (once) and must always give the same text. */
export interface LazyText {
  readonly length: number;
  text(): string;
}

/**
 * Characters per chunk of archived text (a longer single text has a chunk to itself): reading one
 * archived entry decodes one chunk, and a snapshot reader inflates no more than that.
 */
export const CHUNK_CHARS = 1 << 20;

/** Builds columns entry by entry, packing archived texts into chunks of `chunkChars`. */
export class ColumnsBuilder<V> {
  private readonly ids: string[] = [];
  private readonly values: V[] = [];
  private readonly chunkOf: number[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly chunks: (string | LazyText)[] = [];
  private parts: string[] = [];
  private length = 0;
  /** The chunk being filled with `parts` (its place in `chunks`), -1 when none. */
  private filling = -1;

  constructor(private readonly chunkChars: number) {}

  value(id: string, value: V): void {
    this.ids.push(id);
    this.values.push(value);
    this.chunkOf.push(-1);
    this.starts.push(0);
    this.ends.push(0);
  }

  text(id: string, json: string): void {
    if (this.filling < 0 || this.length + json.length > this.chunkChars) {
      this.close();
      this.filling = this.chunks.length;
      this.chunks.push("");
    }
    this.ids.push(id);
    this.chunkOf.push(this.filling);
    this.starts.push(this.length);
    this.parts.push(json);
    this.length += json.length;
    this.ends.push(this.length);
  }

  /** Adds a chunk kept whole; returns its place, for `inChunk`. */
  keep(chunk: string | LazyText): number {
    this.chunks.push(chunk);
    return this.chunks.length - 1;
  }

  /** An entry whose text stays where it is in a chunk kept whole. */
  inChunk(id: string, chunk: number, start: number, end: number): void {
    this.ids.push(id);
    this.chunkOf.push(chunk);
    this.starts.push(start);
    this.ends.push(end);
  }

  finish(): ArchivedColumns<V> {
    this.close();
    const { ids, values, chunkOf, starts, ends, chunks } = this;
    return { ids, values, chunkOf, starts, ends, chunks };
  }

  private close(): void {
    if (this.filling >= 0) this.chunks[this.filling] = this.parts.join("");
    this.parts = [];
    this.length = 0;
    this.filling = -1;
  }
}

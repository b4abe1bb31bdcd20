/**
 * A map serialised by columns: active entries as objects, the others as JSON text in a few
 * long strings, decoded only when something reads them. Restoring a state with 100k closed
 * incidents then creates a few strings and number lists instead of millions of objects.
 */
export interface ArchivedColumns<V> {
  /** Every key, in map order. */
  readonly ids: readonly string[];
  /** The entries kept as objects, in map order. */
  readonly values: readonly V[];
  /** Per key: -1 when its value is the next of `values`, else the chunk that holds its JSON text. */
  readonly chunkOf: ArrayLike<number>;
  /** Per key: where its JSON text starts and ends in its chunk (0 when it is a value). */
  readonly starts: ArrayLike<number>;
  readonly ends: ArrayLike<number>;
  /** The texts; a chunk may be a LazyText that a snapshot reader decodes only when an entry in it is read. */
  readonly chunks: readonly (string | LazyText)[];
}

/** A chunk of text not decoded yet: `text()` decodes it (once) and must always give the same text. */
export interface LazyText {
  readonly length: number;
  text(): string;
}

/** Strings are kept well below V8's longest string. */
const CHUNK_CHARS = 64 * 1024 * 1024;

/** Serialises a map by columns; `archive` says which keys' values go as JSON text (whether decoded or not). */
export function archiveColumns<V>(
  map: Map<string, V>,
  archive: (key: string) => boolean,
): ArchivedColumns<V> {
  const ids: string[] = [];
  const values: V[] = [];
  const chunkOf: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const chunks: string[] = [];
  let parts: string[] = [];
  let length = 0;
  const add = (id: string, value: V | undefined, text: string | undefined): void => {
    ids.push(id);
    if (!archive(id)) {
      values.push(value ?? (map.get(id) as V));
      chunkOf.push(-1);
      starts.push(0);
      ends.push(0);
      return;
    }
    const json = text ?? JSON.stringify(value);
    if (length + json.length > CHUNK_CHARS && parts.length > 0) {
      chunks.push(parts.join(""));
      parts = [];
      length = 0;
    }
    chunkOf.push(chunks.length);
    starts.push(length);
    parts.push(json);
    length += json.length;
    ends.push(length);
  };
  if (map instanceof ArchivedMap)
    for (const [id, value, text] of (map as ArchivedMap<V>).raw()) add(id, value, text);
  else for (const [id, value] of map) add(id, value, undefined);
  if (parts.length > 0) chunks.push(parts.join(""));
  return { ids, values, chunkOf, starts, ends, chunks };
}

/**
 * A Map whose restored entries stay as JSON text until first read, and which behaves exactly as
 * a Map holding them all would: same keys, values, size, and iteration order (the order of the
 * snapshot, then entries added since). A value, once read, is decoded once and kept, so changes
 * to it last. Decoding is JSON.parse: pure and deterministic.
 */
export class ArchivedMap<V> extends Map<string, V> {
  /** Every key of the snapshot, in its order. */
  private order: readonly string[] = [];
  /** Key -> position in `order`, for snapshot keys not deleted since. */
  private readonly slots = new Map<string, number>();
  /** Per position: the chunk holding the entry's text while it is not decoded, else -1. */
  private chunkOf = new Int32Array(0);
  private starts = new Float64Array(0);
  private ends = new Float64Array(0);
  private chunks: readonly (string | LazyText)[] = [];
  private encoded = 0;

  /** Builds the map from its columns (see ArchivedColumns); throws on columns that do not fit together. */
  static restore<V>(c: ArchivedColumns<V>): ArchivedMap<V> {
    const n = c.ids.length;
    if (c.chunkOf.length !== n || c.starts.length !== n || c.ends.length !== n)
      throw new Error(`columns of different lengths (${n} ids)`);
    const map = new ArchivedMap<V>();
    map.order = c.ids;
    map.chunkOf = Int32Array.from(c.chunkOf);
    map.starts = Float64Array.from(c.starts);
    map.ends = Float64Array.from(c.ends);
    map.chunks = c.chunks;
    let next = 0;
    for (let p = 0; p < n; p++) {
      const id = c.ids[p] as string;
      if (map.slots.has(id)) throw new Error(`duplicate id ${id}`);
      map.slots.set(id, p);
      const chunk = map.chunkOf[p] as number;
      if (chunk < 0) {
        const value = c.values[next++];
        if (value === undefined) throw new Error(`no value for ${id}`);
        Map.prototype.set.call(map, id, value);
      } else {
        const text = c.chunks[chunk];
        if (
          text === undefined ||
          !((map.starts[p] as number) <= (map.ends[p] as number) && (map.ends[p] as number) <= text.length)
        )
          throw new Error(`the text of ${id} lies outside its chunk`);
        map.encoded++;
      }
    }
    if (next !== c.values.length) throw new Error(`${c.values.length - next} values without an id`);
    return map;
  }

  /** Entries still encoded. */
  get archivedCount(): number {
    return this.encoded;
  }

  private textAt(p: number): string | undefined {
    const chunk = this.chunkOf[p] as number;
    if (chunk < 0) return undefined;
    const c = this.chunks[chunk] as string | LazyText;
    return (typeof c === "string" ? c : c.text()).slice(this.starts[p], this.ends[p]);
  }

  private forget(p: number): void {
    if ((this.chunkOf[p] as number) >= 0) {
      this.chunkOf[p] = -1;
      if (--this.encoded === 0) this.chunks = [];
    }
  }

  override get(key: string): V | undefined {
    const value = super.get(key);
    if (value !== undefined || this.encoded === 0) return value;
    const p = this.slots.get(key);
    if (p === undefined) return undefined;
    const text = this.textAt(p);
    if (text === undefined) return undefined;
    const decoded = JSON.parse(text) as V;
    this.forget(p);
    super.set(key, decoded);
    return decoded;
  }

  override has(key: string): boolean {
    if (super.has(key)) return true;
    const p = this.slots.get(key);
    return p !== undefined && (this.chunkOf[p] as number) >= 0;
  }

  override set(key: string, value: V): this {
    // Map's constructor may call set before the fields exist.
    const p = this.slots?.get(key);
    if (p !== undefined) this.forget(p);
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    const p = this.slots.get(key);
    let had = false;
    if (p !== undefined) {
      this.slots.delete(key);
      had = (this.chunkOf[p] as number) >= 0;
      this.forget(p);
    }
    return super.delete(key) || had;
  }

  override clear(): void {
    this.order = [];
    this.slots.clear();
    this.chunkOf = new Int32Array(0);
    this.chunks = [];
    this.encoded = 0;
    super.clear();
  }

  override get size(): number {
    return super.size + this.encoded;
  }

  /** Each entry in order; one not decoded yet comes as its JSON text, without decoding it. */
  *raw(): Generator<[key: string, value: V | undefined, text: string | undefined]> {
    const { order, slots } = this;
    for (let p = 0; p < order.length; p++) {
      const key = order[p] as string;
      if (slots.get(key) !== p) continue;
      const text = this.textAt(p);
      yield [key, text === undefined ? super.get(key) : undefined, text];
    }
    for (const [key, value] of super.entries()) if (!slots.has(key)) yield [key, value, undefined];
  }
  override entries(): MapIterator<[string, V]> {
    return this.generateEntries() as MapIterator<[string, V]>;
  }

  override keys(): MapIterator<string> {
    return this.generateKeys() as MapIterator<string>;
  }

  override values(): MapIterator<V> {
    return this.generateValues() as MapIterator<V>;
  }

  override [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  override forEach(callback: (value: V, key: string, map: Map<string, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.generateEntries()) callback.call(thisArg, value, key, this);
  }

  private *generateEntries(): Generator<[string, V]> {
    for (const [key] of this.raw()) yield [key, this.get(key) as V];
  }

  private *generateKeys(): Generator<string> {
    for (const [key] of this.raw()) yield key;
  }

  private *generateValues(): Generator<V> {
    for (const [key] of this.raw()) yield this.get(key) as V;
  }
}

/** ArchivedMap: a Map whose restored entries stay as JSON text until read; archiveColumns. */
import {
  CHUNK_CHARS,
  ColumnsBuilder,
  type ArchivedColumns,
  type JoinedKeys,
  type LazyText,
} from "./archived-columns.ts";

export { CHUNK_CHARS, type ArchivedColumns, type JoinedKeys, type LazyText } from "./archived-columns.ts";

/**
 * Serialises a map by columns; `archive` says which keys' values go as JSON text (whether decoded
 * or not). With `keepWholeChunks`, a chunk of an ArchivedMap whose entries are all still encoded
 * and all to be archived is handed back as it is (the same string or LazyText, not decoded), for a
 * snapshot writer that can store it as it was read; without it, every chunk is a new string.
 */
export function archiveColumns<V>(
  map: Map<string, V>,
  archive: (key: string) => boolean,
  opts: { keepWholeChunks?: boolean; chunkChars?: number } = {},
): ArchivedColumns<V> {
  const chunkChars = opts.chunkChars ?? CHUNK_CHARS;
  if (map instanceof ArchivedMap)
    return (map as ArchivedMap<V>).columns(archive, opts.keepWholeChunks === true, chunkChars);
  const b = new ColumnsBuilder<V>(chunkChars);
  for (const [id, value] of map) {
    if (archive(id)) b.text(id, JSON.stringify(value));
    else b.value(id, value);
  }
  return b.finish();
}

/** Per position of a snapshot key, in `ArchivedMap.where`: deleted since it was restored. */
const DELETED = -2;
/** Per position: held as an object by the Map itself (restored as one, read, or set since). */
const HELD = -1;

/**
 * A Map whose restored entries stay as JSON text until first read, and which behaves exactly as
 * a Map holding them all would: same keys, values, size, and iteration order (the order of the
 * snapshot, then entries added since). A value, once read, is decoded once and kept, so changes
 * to it last. Decoding is JSON.parse: pure and deterministic.
 *
 * The snapshot's keys are kept as one string with an open-addressing table of their hashes (typed
 * arrays), not as a string each in a Map: restoring 100k keys then allocates almost nothing.
 */
export class ArchivedMap<V> extends Map<string, V> {
  /** The snapshot's keys one after another, in its order; key p ends at keyEnds[p]. */
  private keyText = "";
  private keyEnds = new Uint32Array(0);
  /** Open addressing over the snapshot's keys: position + 1 (0: empty), and the key's hash. */
  private table = new Int32Array(0);
  private hashes = new Int32Array(0);
  private mask = 0;
  /** Per position: the chunk holding the entry's text while it is not decoded, else HELD or DELETED. */
  private where = new Int32Array(0);
  private starts = new Float64Array(0);
  private ends = new Float64Array(0);
  /** A chunk none of whose entries is still encoded is dropped (""), so its text can be collected. */
  private chunks: (string | LazyText)[] = [];
  /** Per chunk: how many entries it was restored with, and how many of them are still encoded. */
  private chunkEntries = new Int32Array(0);
  private chunkEncoded = new Int32Array(0);
  private encoded = 0;

  /** Builds the map from its columns (see ArchivedColumns); throws on columns that do not fit together. */
  static restore<V>(c: ArchivedColumns<V>): ArchivedMap<V> {
    const keys: JoinedKeys = Array.isArray(c.ids)
      ? { text: c.ids.join(""), lengths: c.ids.map((id: string) => id.length) }
      : (c.ids as JoinedKeys);
    const n = keys.lengths.length;
    if (c.chunkOf.length !== n || c.starts.length !== n || c.ends.length !== n)
      throw new Error(`columns of different lengths (${n} ids)`);
    const map = new ArchivedMap<V>();
    map.indexKeys(keys);
    map.where = Int32Array.from(c.chunkOf);
    map.starts = Float64Array.from(c.starts);
    map.ends = Float64Array.from(c.ends);
    map.chunks = [...c.chunks];
    map.chunkEntries = new Int32Array(c.chunks.length);
    let next = 0;
    for (let p = 0; p < n; p++) {
      if ((map.where[p] as number) >= 0) map.checkText(p);
      else {
        map.where[p] = HELD;
        const value = c.values[next++];
        if (value === undefined) throw new Error(`no value for ${map.keyAt(p)}`);
        Map.prototype.set.call(map, map.keyAt(p), value);
      }
    }
    if (next !== c.values.length) throw new Error(`${c.values.length - next} values without an id`);
    map.encoded = n - next;
    map.chunkEncoded = map.chunkEntries.slice();
    return map;
  }

  /** Takes the snapshot's keys and fills the hash table with them; throws on a duplicate. */
  private indexKeys(keys: JoinedKeys): void {
    const { text, lengths } = keys;
    const n = lengths.length;
    let size = 16;
    while (size < n * 2) size *= 2;
    const keyEnds = (this.keyEnds = new Uint32Array(n));
    const table = (this.table = new Int32Array(size));
    const hashes = (this.hashes = new Int32Array(size));
    const mask = (this.mask = size - 1);
    this.keyText = text;
    let at = 0;
    for (let p = 0; p < n; p++) {
      const end = at + (lengths[p] as number);
      if (!(end >= at && end <= text.length)) throw new Error("keys do not add up to their text");
      keyEnds[p] = end;
      let h = FNV_OFFSET;
      for (let k = at; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
      h |= 0;
      let i = h & mask;
      for (let slot = table[i] as number; slot !== 0; slot = table[(i = (i + 1) & mask)] as number)
        if (hashes[i] === h && this.sameKeys(slot - 1, p)) throw new Error(`duplicate id ${this.keyAt(p)}`);
      table[i] = p + 1;
      hashes[i] = h;
      at = end;
    }
    if (at !== text.length) throw new Error("keys do not add up to their text");
  }

  /** Checks that an encoded entry's text lies in its chunk, and counts it in the chunk. */
  private checkText(p: number): void {
    const chunk = this.where[p] as number;
    const text = this.chunks[chunk];
    const start = this.starts[p] as number;
    const end = this.ends[p] as number;
    if (text === undefined || !(start <= end && end <= text.length))
      throw new Error(`the text of ${this.keyAt(p)} lies outside its chunk`);
    (this.chunkEntries[chunk] as number)++;
  }

  /** Entries still encoded. */
  get archivedCount(): number {
    return this.encoded;
  }

  /**
   * The entries held as objects (restored as values, read or added since), without decoding any
   * other; those restored as values come first, in map order.
   */
  decodedEntries(): MapIterator<[string, V]> {
    return super.entries();
  }

  /** See `archiveColumns`. */
  columns(
    archive: (key: string) => boolean,
    keepWholeChunks: boolean,
    chunkChars: number,
  ): ArchivedColumns<V> {
    const b = new ColumnsBuilder<V>(chunkChars);
    const { where, starts, ends, chunks } = this;
    const n = where.length;
    const placed = this.wholeChunks(keepWholeChunks ? archive : undefined);
    for (let p = 0; p < n; p++) {
      const c = where[p] as number;
      if (c === DELETED) continue;
      const key = this.keyAt(p);
      if (c === HELD) this.add(b, key, super.get(key) as V, archive);
      else {
        let at = placed[c] as number;
        if (at === -1) placed[c] = at = b.keep(chunks[c] as string | LazyText);
        if (at >= 0) b.inChunk(key, at, starts[p] as number, ends[p] as number);
        else if (archive(key)) b.text(key, this.textAt(p));
        else b.value(key, this.get(key) as V);
      }
    }
    for (const [key, value] of super.entries()) if (!this.restored(key)) this.add(b, key, value, archive);
    return b.finish();
  }

  /**
   * Per chunk: -1 when it can be kept whole (every entry it was restored with still encoded and to
   * be archived), else -2 (`archive` undefined: none is kept). `columns` puts each one's place there.
   */
  private wholeChunks(archive: ((key: string) => boolean) | undefined): Int32Array {
    const placed = new Int32Array(this.chunks.length).fill(-2);
    if (archive === undefined) return placed;
    for (let c = 0; c < placed.length; c++) if (this.chunkEncoded[c] === this.chunkEntries[c]) placed[c] = -1;
    for (let p = 0; p < this.where.length; p++) {
      const c = this.where[p] as number;
      if (c >= 0 && placed[c] === -1 && !archive(this.keyAt(p))) placed[c] = -2;
    }
    return placed;
  }

  private add(b: ColumnsBuilder<V>, key: string, value: V, archive: (key: string) => boolean): void {
    if (archive(key)) b.text(key, JSON.stringify(value));
    else b.value(key, value);
  }

  private keyAt(p: number): string {
    return this.keyText.slice(p === 0 ? 0 : this.keyEnds[p - 1], this.keyEnds[p]);
  }

  private sameKeys(p: number, q: number): boolean {
    const { keyText, keyEnds } = this;
    const a = p === 0 ? 0 : (keyEnds[p - 1] as number);
    const b = q === 0 ? 0 : (keyEnds[q - 1] as number);
    const length = (keyEnds[p] as number) - a;
    if ((keyEnds[q] as number) - b !== length) return false;
    for (let k = 0; k < length; k++)
      if (keyText.charCodeAt(a + k) !== keyText.charCodeAt(b + k)) return false;
    return true;
  }

  /** The position of a snapshot key (deleted or not), -1 when it was not in the snapshot. */
  private find(key: string): number {
    const { table, hashes, mask } = this;
    if (table.length === 0) return -1;
    let h = FNV_OFFSET;
    for (let k = 0; k < key.length; k++) h = Math.imul(h ^ key.charCodeAt(k), FNV_PRIME);
    h |= 0;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const slot = table[i] as number;
      if (slot === 0) return -1;
      if (hashes[i] === h) {
        const p = slot - 1;
        const end = this.keyEnds[p] as number;
        const start = p === 0 ? 0 : (this.keyEnds[p - 1] as number);
        if (end - start === key.length && this.keyText.startsWith(key, start)) return p;
      }
    }
  }

  /** Whether the key is a snapshot key not deleted since (its place in the order is the snapshot's). */
  private restored(key: string): boolean {
    const p = this.find(key);
    return p >= 0 && this.where[p] !== DELETED;
  }

  /** The text of an entry still encoded. */
  private textAt(p: number): string {
    const c = this.chunks[this.where[p] as number] as string | LazyText;
    return (typeof c === "string" ? c : c.text()).slice(this.starts[p], this.ends[p]);
  }

  /** The entry at p is no longer encoded: it is held by the Map, or (`to` DELETED) gone. */
  private release(p: number, to: typeof HELD | typeof DELETED): void {
    const c = this.where[p] as number;
    if (c === DELETED) return;
    this.where[p] = to;
    if (c >= 0) {
      if (--(this.chunkEncoded[c] as number) === 0) this.chunks[c] = "";
      if (--this.encoded === 0) this.chunks = [];
    }
  }

  override get(key: string): V | undefined {
    const value = super.get(key);
    if (value !== undefined || this.encoded === 0) return value;
    const p = this.find(key);
    if (p < 0 || (this.where[p] as number) < 0) return undefined;
    const decoded = JSON.parse(this.textAt(p)) as V;
    this.release(p, HELD);
    super.set(key, decoded);
    return decoded;
  }

  override has(key: string): boolean {
    if (super.has(key)) return true;
    if (this.encoded === 0) return false;
    const p = this.find(key);
    return p >= 0 && (this.where[p] as number) >= 0;
  }

  override set(key: string, value: V): this {
    // Map's constructor may call set before the fields exist. A key the Map holds is not encoded.
    if (this.encoded > 0 && !super.has(key)) {
      const p = this.find(key);
      if (p >= 0) this.release(p, HELD);
    }
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    const p = this.find(key);
    let had = false;
    if (p >= 0) {
      had = (this.where[p] as number) >= 0;
      this.release(p, DELETED);
    }
    return super.delete(key) || had;
  }

  override clear(): void {
    this.keyText = "";
    this.keyEnds = new Uint32Array(0);
    this.table = new Int32Array(0);
    this.hashes = new Int32Array(0);
    this.mask = 0;
    this.where = new Int32Array(0);
    this.chunks = [];
    this.chunkEntries = new Int32Array(0);
    this.chunkEncoded = new Int32Array(0);
    this.encoded = 0;
    super.clear();
  }

  override get size(): number {
    return super.size + this.encoded;
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
    for (const key of this.generateKeys()) yield [key, this.get(key) as V];
  }

  /** Every key in order: the snapshot's not deleted since, then those added since. */
  private *generateKeys(): Generator<string> {
    for (let p = 0; p < this.where.length; p++) if (this.where[p] !== DELETED) yield this.keyAt(p);
    for (const key of super.keys()) if (!this.restored(key)) yield key;
  }

  private *generateValues(): Generator<V> {
    for (const key of this.generateKeys()) yield this.get(key) as V;
  }
}

/** FNV-1a over the UTF-16 code units. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

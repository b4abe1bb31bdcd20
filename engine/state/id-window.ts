/**
 * The recent input ids, to refuse repeats: at least the last `window` accepted ids and at most
 * twice as many, in two generations. When the recent generation is full it becomes the older
 * one and the older one is dropped whole.
 *
 * Both generations share one open-addressing table (linear probing): per slot a reference to the
 * id and, in a separate byte array, 8 bits of its hash. An id never seen (the common case) is
 * answered from the byte array alone, one cache line of a small array, without touching strings
 * elsewhere in memory; a tag match is confirmed by comparing the ids. The table grows as ids
 * arrive (a fresh state allocates no megabytes on its first input), and a dropped generation's
 * ids are deleted from it one by one (backward-shift deletion), O(1) amortised per id accepted.
 *
 * A generation keeps its ids in chunks of CHUNK ids, not one growing array: an array of 100,000 ids
 * lives in the large-object space, and growing it copied it again and again (about 100 ns per id
 * pushed, the largest part of the window's cost on a replay). generations() joins the chunks.
 */
export class InputIdWindow {
  /** The ids of the two generations, each in the order accepted, in chunks of CHUNK: `cur` tells which is the recent one. */
  private ids0: string[][] = [];
  private ids1: string[][] = [];
  /** How many ids each generation holds. */
  private len0 = 0;
  private len1 = 0;
  /** Each id's hash, by generation and position, so that growing the table or deleting ids reads no strings. */
  private hashes0 = new Int32Array(16);
  private hashes1 = new Int32Array(16);
  private cur = 0;
  /**
   * Per slot, 0 when free, else 7 bits of the id's hash (the top ones, never 0) above a 25-bit
   * reference to the id: (position in its generation × 2 + the generation's index) + 1. A lookup
   * of an id never seen reads this one array only, unless a tag matches by chance (1 in 127).
   */
  private slots: Int32Array;
  private mask: number;
  /** The ids the table holds. */
  private count = 0;
  /** The id has() was last asked about, its hash, and the free slot its lookup ended on (-1: none). */
  private lastId = "";
  private lastHash = 0;
  private freeSlot = -1;

  constructor(
    readonly window: number,
    older: readonly string[] = [],
    recent: readonly string[] = [],
  ) {
    let size = 16;
    while (size < 2 * (older.length + recent.length)) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.cur = 1;
    for (const id of older) this.addUnique(id);
    this.cur = 0;
    for (const id of recent) this.addUnique(id);
    this.freeSlot = -1;
  }

  has(id: string): boolean {
    const h = hashId(id);
    this.lastId = id;
    this.lastHash = h;
    const { slots, mask } = this;
    const tag = tagOf(h);
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const s = slots[i] as number;
      if (s === 0) {
        this.freeSlot = i;
        return false;
      }
      if (s >>> REF_BITS === tag && this.idOf(s & REF_MASK) === id) return true;
    }
  }

  /**
   * Remembers an id known not to be in the window. The engine asks has(id) just before, so the
   * id's hash, and the free slot that the lookup ended on, are reused.
   */
  add(id: string): void {
    const h = id === this.lastId ? this.lastHash : hashId(id);
    if (this.lengthOf(this.cur) >= this.window) {
      this.dropOlder();
      this.cur = 1 - this.cur;
    }
    this.insert(id, h);
  }

  /** The remembered ids, each generation in the order accepted. */
  generations(): { older: readonly string[]; recent: readonly string[] } {
    return { older: this.listOf(1 - this.cur), recent: this.listOf(this.cur) };
  }

  get size(): number {
    return this.count;
  }

  /** Puts an id known not to be in the window into the recent generation, whatever its length. */
  private insert(id: string, h: number): void {
    const g = this.cur;
    const n = g === 0 ? this.len0 : this.len1;
    const ref = 2 * n + g + 1;
    if (ref > REF_MASK)
      throw new RangeError(`an input id window generation holds at most ${REF_MASK >>> 1} ids`);
    if (2 * (this.count + 1) > this.mask + 1) this.grow();
    const { slots, mask } = this;
    // The slot the last lookup of this hash ended on is the first free one of its probe run, if still free.
    let i = this.freeSlot;
    if (i < 0 || id !== this.lastId || slots[i] !== 0) {
      i = h & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
    }
    this.freeSlot = -1;
    slots[i] = (tagOf(h) << REF_BITS) | ref;
    let hashes = g === 0 ? this.hashes0 : this.hashes1;
    if (n === hashes.length) {
      const more = new Int32Array(2 * hashes.length);
      more.set(hashes);
      hashes = more;
      if (g === 0) this.hashes0 = more;
      else this.hashes1 = more;
    }
    hashes[n] = h;
    const chunks = g === 0 ? this.ids0 : this.ids1;
    if ((n & CHUNK_MASK) === 0) chunks.push(new Array<string>(CHUNK));
    (chunks[n >>> CHUNK_BITS] as string[])[n & CHUNK_MASK] = id;
    if (g === 0) this.len0 = n + 1;
    else this.len1 = n + 1;
    this.count++;
  }

  private lengthOf(g: number): number {
    return g === 0 ? this.len0 : this.len1;
  }

  /** A generation's ids as one list, in the order accepted. */
  private listOf(g: number): string[] {
    const n = this.lengthOf(g);
    const chunks = g === 0 ? this.ids0 : this.ids1;
    const list = new Array<string>(n);
    for (let i = 0; i < n; i++) list[i] = (chunks[i >>> CHUNK_BITS] as string[])[i & CHUNK_MASK] as string;
    return list;
  }

  /** The hash of the id a slot references. */
  private hashOf(ref: number): number {
    const r = ref - 1;
    return ((r & 1) === 0 ? this.hashes0 : this.hashes1)[r >>> 1] as number;
  }

  private idOf(ref: number): string | undefined {
    const r = ref - 1;
    const n = r >>> 1;
    return (((r & 1) === 0 ? this.ids0 : this.ids1)[n >>> CHUNK_BITS] as string[])[n & CHUNK_MASK];
  }

  /** Adds an id to the recent generation unless that generation holds it already (a snapshot's lists). */
  private addUnique(id: string): void {
    const h = hashId(id);
    const { slots, mask, cur } = this;
    const tag = tagOf(h);
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const s = slots[i] as number;
      if (s === 0) break;
      const ref = s & REF_MASK;
      if (s >>> REF_BITS === tag && ((ref - 1) & 1) === cur && this.idOf(ref) === id) return;
    }
    this.freeSlot = -1;
    this.insert(id, h);
  }

  /** Deletes the older generation's ids from the table and empties it. */
  private dropOlder(): void {
    const g = 1 - this.cur;
    const length = this.lengthOf(g);
    const { slots, mask } = this;
    for (let n = 0; n < length; n++) {
      const ref = 2 * n + g + 1;
      let i = this.hashOf(ref) & mask;
      while (((slots[i] as number) & REF_MASK) !== ref) i = (i + 1) & mask;
      // Backward-shift deletion: move later entries of the probe run into the hole when their home allows.
      let j = i;
      for (;;) {
        j = (j + 1) & mask;
        const s = slots[j] as number;
        if (s === 0) break;
        const home = this.hashOf(s & REF_MASK) & mask;
        // The entry at j may move to i when its home is not cyclically within (i, j].
        if (i <= j ? home <= i || home > j : home <= i && home > j) {
          slots[i] = s;
          i = j;
        }
      }
      slots[i] = 0;
    }
    this.count -= length;
    if (g === 0) {
      this.ids0 = [];
      this.len0 = 0;
    } else {
      this.ids1 = [];
      this.len1 = 0;
    }
    // The hashes array is kept for the generation's next ids: only the first `ids.length` are read.
    this.freeSlot = -1;
  }

  /** Doubles the table, placing every id again. */
  private grow(): void {
    const size = 2 * (this.mask + 1);
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let g = 0; g < 2; g++) {
      const n0 = this.lengthOf(g);
      const hashes = g === 0 ? this.hashes0 : this.hashes1;
      for (let n = 0; n < n0; n++) {
        const h = hashes[n] as number;
        let i = h & mask;
        while (slots[i] !== 0) i = (i + 1) & mask;
        slots[i] = (tagOf(h) << REF_BITS) | (2 * n + g + 1);
      }
    }
    this.slots = slots;
    this.mask = mask;
    this.freeSlot = -1;
  }
}

/** A generation's ids are kept in chunks of CHUNK (small arrays, not in the large-object space). */
const CHUNK_BITS = 10;
const CHUNK = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK - 1;

/** A slot's low bits reference an id; the bits above them hold its tag. */
const REF_BITS = 25;
const REF_MASK = (1 << REF_BITS) - 1;

/** A slot's tag for a hash: its top 7 bits, 1 for 0 (a slot of 0 is free). */
function tagOf(h: number): number {
  return h >>> REF_BITS || 1;
}

/** FNV-1a over the UTF-16 code units. */
function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

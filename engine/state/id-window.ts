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
 */
export class InputIdWindow {
  /** The ids of the two generations, each in the order accepted: `cur` tells which is the recent one. */
  private ids0: string[] = [];
  private ids1: string[] = [];
  private cur = 0;
  /** Per slot, a reference to the id: (position in its generation × 2 + the generation's index) + 1, 0 for a free slot. */
  private refs: Int32Array;
  /**
   * Per slot, 8 bits of the hash (the top ones, never 0) or 0 for a free slot: a lookup of an id
   * never seen reads this small array only, unless a tag matches by chance (about 1 in 255).
   */
  private tags: Uint8Array;
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
    this.refs = new Int32Array(size);
    this.tags = new Uint8Array(size);
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
    const { tags, mask } = this;
    const tag = tagOf(h);
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const t = tags[i] as number;
      if (t === 0) {
        this.freeSlot = i;
        return false;
      }
      if (t === tag && this.idOf(this.refs[i] as number) === id) return true;
    }
  }

  /**
   * Remembers an id known not to be in the window. The engine asks has(id) just before, so the
   * id's hash, and the free slot that the lookup ended on, are reused.
   */
  add(id: string): void {
    const h = id === this.lastId ? this.lastHash : hashId(id);
    if (this.idsOf(this.cur).length >= this.window) {
      this.dropOlder();
      this.cur = 1 - this.cur;
    }
    this.insert(id, h);
  }

  /** Puts an id known not to be in the window into the recent generation, whatever its length. */
  private insert(id: string, h: number): void {
    const recent = this.idsOf(this.cur);
    if (2 * (this.count + 1) > this.mask + 1) this.grow();
    const { refs, tags, mask } = this;
    // The slot the last lookup of this hash ended on is the first free one of its probe run, if still free.
    let i = this.freeSlot;
    if (i < 0 || id !== this.lastId || tags[i] !== 0) {
      i = h & mask;
      while (tags[i] !== 0) i = (i + 1) & mask;
    }
    this.freeSlot = -1;
    tags[i] = tagOf(h);
    refs[i] = 2 * recent.length + this.cur + 1;
    recent.push(id);
    this.count++;
  }

  /** The remembered ids, each generation in the order accepted. */
  generations(): { older: readonly string[]; recent: readonly string[] } {
    return { older: this.idsOf(1 - this.cur), recent: this.idsOf(this.cur) };
  }

  get size(): number {
    return this.count;
  }

  private idsOf(g: number): string[] {
    return g === 0 ? this.ids0 : this.ids1;
  }

  private idOf(ref: number): string | undefined {
    const r = ref - 1;
    return ((r & 1) === 0 ? this.ids0 : this.ids1)[r >>> 1];
  }

  /** Adds an id to the recent generation unless that generation holds it already (a snapshot's lists). */
  private addUnique(id: string): void {
    const h = hashId(id);
    const { refs, tags, mask, cur } = this;
    const tag = tagOf(h);
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const t = tags[i] as number;
      if (t === 0) break;
      const ref = refs[i] as number;
      if (t === tag && ((ref - 1) & 1) === cur && this.idOf(ref) === id) return;
    }
    this.freeSlot = -1;
    this.insert(id, h);
  }

  /** Deletes the older generation's ids from the table and empties it. */
  private dropOlder(): void {
    const g = 1 - this.cur;
    const older = this.idsOf(g);
    const { refs, tags, mask } = this;
    for (let n = 0; n < older.length; n++) {
      const ref = 2 * n + g + 1;
      let i = hashId(older[n] as string) & mask;
      while (refs[i] !== ref) i = (i + 1) & mask;
      // Backward-shift deletion: move later entries of the probe run into the hole when their home allows.
      let j = i;
      for (;;) {
        j = (j + 1) & mask;
        if (tags[j] === 0) break;
        const r = refs[j] as number;
        const home = hashId(this.idOf(r) as string) & mask;
        // The entry at j may move to i when its home is not cyclically within (i, j].
        if (i <= j ? home <= i || home > j : home <= i && home > j) {
          refs[i] = r;
          tags[i] = tags[j] as number;
          i = j;
        }
      }
      refs[i] = 0;
      tags[i] = 0;
    }
    this.count -= older.length;
    if (g === 0) this.ids0 = [];
    else this.ids1 = [];
    this.freeSlot = -1;
  }

  /** Doubles the table, placing every id again. */
  private grow(): void {
    const size = 2 * (this.mask + 1);
    const refs = new Int32Array(size);
    const tags = new Uint8Array(size);
    const mask = size - 1;
    for (let g = 0; g < 2; g++) {
      const ids = this.idsOf(g);
      for (let n = 0; n < ids.length; n++) {
        const h = hashId(ids[n] as string);
        let i = h & mask;
        while (tags[i] !== 0) i = (i + 1) & mask;
        tags[i] = tagOf(h);
        refs[i] = 2 * n + g + 1;
      }
    }
    this.refs = refs;
    this.tags = tags;
    this.mask = mask;
    this.freeSlot = -1;
  }
}

/** A slot's tag for a hash: its top 8 bits, 1 for 0 (0 marks a free slot). */
function tagOf(h: number): number {
  return h >>> 24 || 1;
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

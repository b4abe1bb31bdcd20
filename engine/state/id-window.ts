/**
 * The recent input ids, to refuse repeats: at least the last `window` accepted ids and at most
 * twice as many, in two generations. When the recent generation is full it becomes the older
 * one and the older one is dropped whole.
 *
 * Ids are often a prefix and a sequence number ("sim-60001" of the simulator), accepted in order.
 * The window learns one such prefix (that of the first id ending in a number), and each generation
 * keeps a run of consecutive numbers [lo, hi] of that prefix: an id that extends its recent
 * generation's run (number hi + 1) is remembered by setting hi, and looked up by comparing two
 * numbers, without hashing it or touching a table (a random slot of a table of a megabyte was a
 * cache miss per input, most of the window's cost on a replay). Every other id goes to the table.
 *
 * The table is shared by both generations, open addressing with linear probing, one int32 per slot:
 * a reference to the id and 7 bits of its hash. An id never seen is most often answered from the
 * slot array alone; a tag match is confirmed by comparing the ids. The table grows as ids arrive
 * (a fresh state allocates no megabytes on its first input), and a dropped generation's table ids
 * are deleted from it one by one (backward-shift deletion), O(1) amortised per id accepted; its run
 * is dropped whole.
 *
 * A generation keeps all its ids, in the order accepted, in chunks of CHUNK ids, not one growing
 * array: an array of 100,000 ids lives in the large-object space, and growing it copied it again
 * and again (about 100 ns per id pushed). generations() joins the chunks.
 */
export class InputIdWindow {
  /** The ids of the two generations, each in the order accepted, in chunks of CHUNK: `cur` tells which is the recent one. */
  private ids0: string[][] = [];
  private ids1: string[][] = [];
  /** How many ids each generation holds. */
  private len0 = 0;
  private len1 = 0;
  private cur = 0;
  /** The learnt sequence prefix (null until an id ending in a number is remembered). */
  private prefix: string | null = null;
  /** Each generation's run of the prefix's numbers, all remembered in it and none in the table; empty when hi < lo. */
  private lo0 = 0;
  private hi0 = -1;
  private lo1 = 0;
  private hi1 = -1;
  /** The largest number of an id of the prefix ever put in the table (-1: none): a larger one is not there. */
  private maxTableNumber = -1;
  /** Per generation, the position of each of its table ids, and its hash, in the order put in the table. */
  private tpos0 = new Int32Array(16);
  private tpos1 = new Int32Array(16);
  private hashes0 = new Int32Array(16);
  private hashes1 = new Int32Array(16);
  private tlen0 = 0;
  private tlen1 = 0;
  /**
   * Per slot, 0 when free, else 7 bits of the id's hash (the top ones, never 0) above a 25-bit
   * reference to the id: (its index among its generation's table ids × 2 + the generation) + 1.
   */
  private slots: Int32Array;
  private mask: number;
  /** The ids the table holds. */
  private count = 0;
  /** The id has() last hashed, its hash, and the free slot its lookup ended on (-1: none). */
  private lastId = "";
  private lastHash = 0;
  private freeSlot = -1;
  /** The id has() last asked about and its number (numberOf), once the prefix is learnt (it never changes then). */
  private lastNumberId = "";
  private lastNumber = -1;

  constructor(
    readonly window: number,
    older: readonly string[] = [],
    recent: readonly string[] = [],
  ) {
    this.slots = new Int32Array(16);
    this.mask = 15;
    this.cur = 1;
    for (const id of older) this.addUnique(id);
    this.cur = 0;
    for (const id of recent) this.addUnique(id);
    this.freeSlot = -1;
  }

  has(id: string): boolean {
    const n = this.numberOf(id);
    if (this.prefix !== null) {
      this.lastNumberId = id;
      this.lastNumber = n;
    }
    if (n >= 0) {
      if ((n >= this.lo0 && n <= this.hi0) || (n >= this.lo1 && n <= this.hi1)) return true;
      if (n > this.maxTableNumber) {
        this.freeSlot = -1;
        return false;
      }
    }
    return this.inTable(id, -1);
  }

  /**
   * Remembers an id known not to be in the window. The engine asks has(id) just before, so an
   * id for the table reuses the hash, and the free slot, that the lookup ended on.
   */
  add(id: string): void {
    if (this.lengthOf(this.cur) >= this.window) {
      this.dropOlder();
      this.cur = 1 - this.cur;
    }
    this.append(id);
  }

  /** The remembered ids, each generation in the order accepted. */
  generations(): { older: readonly string[]; recent: readonly string[] } {
    return { older: this.listOf(1 - this.cur), recent: this.listOf(this.cur) };
  }

  get size(): number {
    return this.len0 + this.len1;
  }

  /**
   * The number of an id of the learnt prefix: the prefix then 1 to 9 decimal digits, without a
   * leading zero (but "0" itself), so that ids and numbers correspond one to one; else -1.
   */
  private numberOf(id: string): number {
    const prefix = this.prefix;
    if (prefix === null) return -1;
    const start = prefix.length;
    const digits = id.length - start;
    if (digits < 1 || digits > 9 || !id.startsWith(prefix)) return -1;
    let n = 0;
    for (let i = start; i < id.length; i++) {
      const d = id.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return -1;
      n = n * 10 + d;
    }
    if (digits > 1 && id.charCodeAt(start) === 48) return -1;
    return n;
  }

  /** Whether the table holds the id, in generation `g` only when g ≥ 0; remembers where a lookup of all ended. */
  private inTable(id: string, g: number): boolean {
    const h = hashId(id);
    this.lastId = id;
    this.lastHash = h;
    const { slots, mask } = this;
    const tag = tagOf(h);
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const s = slots[i] as number;
      if (s === 0) {
        this.freeSlot = g < 0 ? i : -1;
        return false;
      }
      const ref = s & REF_MASK;
      if (s >>> REF_BITS === tag && (g < 0 || ((ref - 1) & 1) === g) && this.idOf(ref) === id) return true;
    }
  }

  /** Appends an id known not to be in the recent generation to it: to its run when it extends it, else to the table. */
  private append(id: string): void {
    const g = this.cur;
    const pos = g === 0 ? this.len0 : this.len1;
    const chunks = g === 0 ? this.ids0 : this.ids1;
    if ((pos & CHUNK_MASK) === 0) chunks.push(new Array<string>(CHUNK));
    (chunks[pos >>> CHUNK_BITS] as string[])[pos & CHUNK_MASK] = id;
    if (g === 0) this.len0 = pos + 1;
    else this.len1 = pos + 1;
    let n: number;
    if (this.prefix === null) {
      this.prefix = sequencePrefix(id);
      n = this.numberOf(id);
    } else n = id === this.lastNumberId ? this.lastNumber : this.numberOf(id);
    if (n >= 0) {
      const lo = g === 0 ? this.lo0 : this.lo1;
      const hi = g === 0 ? this.hi0 : this.hi1;
      if (hi < lo || n === hi + 1) {
        if (g === 0) {
          if (hi < lo) this.lo0 = n;
          this.hi0 = n;
        } else {
          if (hi < lo) this.lo1 = n;
          this.hi1 = n;
        }
        return;
      }
      if (n > this.maxTableNumber) this.maxTableNumber = n;
    }
    this.insert(id, pos);
  }

  /** Puts the id at `pos` of the recent generation, known not to be in the table, into the table. */
  private insert(id: string, pos: number): void {
    const g = this.cur;
    const k = g === 0 ? this.tlen0 : this.tlen1;
    const ref = 2 * k + g + 1;
    if (ref > REF_MASK)
      throw new RangeError(`an input id window generation holds at most ${REF_MASK >>> 1} ids in its table`);
    const h = id === this.lastId ? this.lastHash : hashId(id);
    if (2 * (this.count + 1) > this.mask + 1) this.grow();
    const { slots, mask } = this;
    // The slot the last lookup of this id ended on is the first free one of its probe run, if still free.
    let i = this.freeSlot;
    if (i < 0 || id !== this.lastId || slots[i] !== 0) {
      i = h & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
    }
    this.freeSlot = -1;
    slots[i] = (tagOf(h) << REF_BITS) | ref;
    let tpos = g === 0 ? this.tpos0 : this.tpos1;
    let hashes = g === 0 ? this.hashes0 : this.hashes1;
    if (k === tpos.length) {
      tpos = grown(tpos);
      hashes = grown(hashes);
      if (g === 0) {
        this.tpos0 = tpos;
        this.hashes0 = hashes;
      } else {
        this.tpos1 = tpos;
        this.hashes1 = hashes;
      }
    }
    tpos[k] = pos;
    hashes[k] = h;
    if (g === 0) this.tlen0 = k + 1;
    else this.tlen1 = k + 1;
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

  private idOf(ref: number): string {
    const r = ref - 1;
    const pos = ((r & 1) === 0 ? this.tpos0 : this.tpos1)[r >>> 1] as number;
    return (((r & 1) === 0 ? this.ids0 : this.ids1)[pos >>> CHUNK_BITS] as string[])[
      pos & CHUNK_MASK
    ] as string;
  }

  /** Adds an id to the recent generation unless that generation holds it already (a snapshot's lists). */
  private addUnique(id: string): void {
    const g = this.cur;
    const n = this.numberOf(id);
    if (n >= 0 && n >= (g === 0 ? this.lo0 : this.lo1) && n <= (g === 0 ? this.hi0 : this.hi1)) return;
    if (this.inTable(id, g)) return;
    this.freeSlot = -1;
    this.append(id);
  }

  /** Deletes the older generation's table ids from the table, and empties it. */
  private dropOlder(): void {
    const g = 1 - this.cur;
    const length = g === 0 ? this.tlen0 : this.tlen1;
    const { slots, mask } = this;
    for (let k = 0; k < length; k++) {
      const ref = 2 * k + g + 1;
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
    // The position and hash arrays are kept for the generation's next ids: only the first tlen are read.
    if (g === 0) {
      this.ids0 = [];
      this.len0 = 0;
      this.tlen0 = 0;
      this.lo0 = 0;
      this.hi0 = -1;
    } else {
      this.ids1 = [];
      this.len1 = 0;
      this.tlen1 = 0;
      this.lo1 = 0;
      this.hi1 = -1;
    }
    this.freeSlot = -1;
  }

  /** Doubles the table, placing every table id again. */
  private grow(): void {
    const size = 2 * (this.mask + 1);
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let g = 0; g < 2; g++) {
      const n0 = g === 0 ? this.tlen0 : this.tlen1;
      const hashes = g === 0 ? this.hashes0 : this.hashes1;
      for (let k = 0; k < n0; k++) {
        const h = hashes[k] as number;
        let i = h & mask;
        while (slots[i] !== 0) i = (i + 1) & mask;
        slots[i] = (tagOf(h) << REF_BITS) | (2 * k + g + 1);
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

/** The prefix of an id that ends in a number (what comes before its trailing digits), else null. */
function sequencePrefix(id: string): string | null {
  let end = id.length;
  while (end > 0) {
    const d = id.charCodeAt(end - 1) - 48;
    if (d < 0 || d > 9) break;
    end--;
  }
  return end === id.length ? null : id.slice(0, end);
}

/** An array twice as long with the same first elements. */
function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const more = new Int32Array(2 * a.length);
  more.set(a);
  return more;
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

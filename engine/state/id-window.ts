/**
 * The recent input ids, to refuse repeats: at least the last `window` accepted ids and at most
 * twice as many, in two generations. When the recent generation is full it becomes the older
 * one and the older one is dropped whole, which costs far less than forgetting ids one at a time.
 *
 * Each generation is an open-addressing table of 32-bit hashes beside the ids themselves: an id
 * never seen (the common case) is answered from one compact array, without touching strings
 * elsewhere in memory. A hash match is confirmed by comparing the ids.
 */
export class InputIdWindow {
  private recent: IdGeneration;
  private older: IdGeneration;
  /** The id has() was last asked about, and its hash. */
  private lastId = "";
  private lastHash = 0;

  constructor(
    readonly window: number,
    older: readonly string[] = [],
    recent: readonly string[] = [],
  ) {
    this.older = IdGeneration.of(Math.max(window, older.length), older);
    this.recent = IdGeneration.of(Math.max(window, recent.length), recent);
  }

  has(id: string): boolean {
    const h = hashId(id);
    this.lastId = id;
    this.lastHash = h;
    return this.recent.has(id, h) || this.older.has(id, h);
  }

  /**
   * Remembers an id known not to be in the window. The engine asks has(id) just before, so the
   * id's hash, and the recent generation's free slot that the lookup ended on, are reused.
   */
  add(id: string): void {
    if (this.recent.ids.length >= this.window) {
      const dropped = this.older;
      this.older = this.recent;
      this.recent = dropped.capacity >= this.window ? dropped.cleared() : new IdGeneration(this.window);
    }
    this.recent.add(id, id === this.lastId ? this.lastHash : hashId(id));
  }

  /** The remembered ids, each generation in the order accepted. */
  generations(): { older: readonly string[]; recent: readonly string[] } {
    return { older: this.older.ids, recent: this.recent.ids };
  }

  get size(): number {
    return this.older.ids.length + this.recent.ids.length;
  }
}

class IdGeneration {
  ids: string[] = [];
  /** Per slot, two numbers side by side (one cache line for both): the id's position in `ids` + 1 (0 = free), and its hash. */
  private readonly table: Int32Array;
  private readonly mask: number;
  /** The free slot where the last has() that found nothing ended, for the hash it was asked (-1: none). */
  private freeSlot = -1;
  private freeHash = 0;

  constructor(readonly capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.table = new Int32Array(2 * size);
    this.mask = size - 1;
  }

  static of(capacity: number, ids: readonly string[]): IdGeneration {
    const g = new IdGeneration(capacity);
    for (const id of ids) {
      const h = hashId(id);
      if (!g.has(id, h)) g.add(id, h);
    }
    return g;
  }

  cleared(): IdGeneration {
    this.table.fill(0);
    this.ids = [];
    this.freeSlot = -1;
    return this;
  }

  has(id: string, h: number): boolean {
    const { table, mask } = this;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const slot = table[2 * i] as number;
      if (slot === 0) {
        this.freeSlot = i;
        this.freeHash = h;
        return false;
      }
      if (table[2 * i + 1] === h && this.ids[slot - 1] === id) return true;
    }
  }

  add(id: string, h: number): void {
    const { table, mask } = this;
    // The slot the last lookup of this hash ended on is the first free one of its probe run, if still free.
    let i = this.freeSlot;
    if (i < 0 || this.freeHash !== h || table[2 * i] !== 0) {
      i = h & mask;
      while (table[2 * i] !== 0) i = (i + 1) & mask;
    }
    this.freeSlot = -1;
    this.ids.push(id);
    table[2 * i] = this.ids.length;
    table[2 * i + 1] = h;
  }
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

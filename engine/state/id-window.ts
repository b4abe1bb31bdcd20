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
    return this.recent.has(id, h) || this.older.has(id, h);
  }

  /** Remembers an id known not to be in the window. */
  add(id: string): void {
    if (this.recent.ids.length >= this.window) {
      const dropped = this.older;
      this.older = this.recent;
      this.recent = dropped.capacity >= this.window ? dropped.cleared() : new IdGeneration(this.window);
    }
    this.recent.add(id, hashId(id));
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
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly mask: number;

  constructor(readonly capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
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
    this.slots.fill(0);
    this.ids = [];
    return this;
  }

  has(id: string, h: number): boolean {
    const { slots, hashes, mask } = this;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const slot = slots[i] as number;
      if (slot === 0) return false;
      if (hashes[i] === h && this.ids[slot - 1] === id) return true;
    }
  }

  add(id: string, h: number): void {
    const { slots, mask } = this;
    let i = h & mask;
    while (slots[i] !== 0) i = (i + 1) & mask;
    this.ids.push(id);
    slots[i] = this.ids.length;
    this.hashes[i] = h;
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

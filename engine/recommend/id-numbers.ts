/**
 * A map from string ids to small numbers whose ids the caller keeps (`idOf(n)`): an open-addressing
 * table of one int32 per slot (the number + 1, 0 for a free slot), linear probing, at most three
 * quarters full, deletion by backward shift. It costs about 4-11 bytes per id where a `Map` entry costs
 * about 46, and it looks an id up in one hash of its characters and usually one comparison.
 */
export class IdNumbers {
  private slots = new Int32Array(16);
  private mask = 15;
  private count = 0;

  /** @param idOf the id of a number that is in the table. */
  constructor(private readonly idOf: (n: number) => string) {}

  get size(): number {
    return this.count;
  }

  /** The number of `id`, or -1. */
  get(id: string): number {
    const slots = this.slots;
    const mask = this.mask;
    for (let i = hashId(id) & mask; ; i = (i + 1) & mask) {
      const s = slots[i]!;
      if (s === 0) return -1;
      if (this.idOf(s - 1) === id) return s - 1;
    }
  }

  /** Adds `id` (not in the table) with number `n` (a non-negative int32 below 2^31 - 1); `idOf(n)` must give `id` from now on. */
  add(id: string, n: number): void {
    if (4 * (this.count + 1) > 3 * this.slots.length) this.grow();
    this.count++;
    this.put(id, n);
  }

  /** Removes `id` (whose number `idOf` must still give it); returns whether it was there. */
  delete(id: string): boolean {
    const slots = this.slots;
    const mask = this.mask;
    let i = hashId(id) & mask;
    for (; ; i = (i + 1) & mask) {
      const s = slots[i]!;
      if (s === 0) return false;
      if (this.idOf(s - 1) === id) break;
    }
    this.count--;
    // Backward shift: move later slots of the run into the hole when their home does not lie after it.
    let hole = i;
    for (let j = (hole + 1) & mask; ; j = (j + 1) & mask) {
      const s = slots[j]!;
      if (s === 0) break;
      const home = hashId(this.idOf(s - 1)) & mask;
      // The slot may move to the hole unless its home lies cyclically in (hole, j].
      if (((j - home) & mask) >= ((j - hole) & mask)) {
        slots[hole] = s;
        hole = j;
      }
    }
    slots[hole] = 0;
    return true;
  }

  private put(id: string, n: number): void {
    const slots = this.slots;
    const mask = this.mask;
    let i = hashId(id) & mask;
    while (slots[i] !== 0) i = (i + 1) & mask;
    slots[i] = n + 1;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.slots.length - 1;
    for (let i = 0; i < old.length; i++) {
      const s = old[i]!;
      if (s !== 0) this.put(this.idOf(s - 1), s - 1);
    }
  }
}

/** FNV-1a over the UTF-16 code units, its bits mixed so that the low ones depend on every character. */
export function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h;
}

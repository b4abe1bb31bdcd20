/**
 * Binary min-heap of items keyed by a number. Equal keys pop in insertion order, so the pop sequence is a
 * pure function of the push sequence. Keys, items and sequence numbers live in parallel arrays that are
 * reused after `clear()`, so steady-state pushes do not allocate.
 */
export class KeyedMinHeap<T> {
  private readonly keys: number[] = [];
  private readonly items: T[] = [];
  private readonly seqs: number[] = [];
  private length = 0;
  private nextSeq = 0;

  /** Number of items in the heap. */
  get size(): number {
    return this.length;
  }

  /** Removes every item (the backing arrays keep their capacity; stale slots are overwritten). */
  clear(): void {
    // Drop item references so the heap does not keep popped objects alive.
    this.items.fill(undefined as T, 0, this.length);
    this.length = 0;
    this.nextSeq = 0;
  }

  /** Adds `item` with priority `key` (lower pops first). NaN keys are rejected. */
  push(item: T, key: number): void {
    if (Number.isNaN(key)) throw new RangeError("KeyedMinHeap: key is NaN");
    const seq = this.nextSeq++;
    let i = this.length++;
    // Sift up, moving parents down into the hole instead of swapping.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const parentKey = this.keys[parent]!;
      if (parentKey < key || (parentKey === key && this.seqs[parent]! < seq)) break;
      this.keys[i] = parentKey;
      this.items[i] = this.items[parent]!;
      this.seqs[i] = this.seqs[parent]!;
      i = parent;
    }
    this.keys[i] = key;
    this.items[i] = item;
    this.seqs[i] = seq;
  }

  /** Key of the item `pop()` would return; `Infinity` when empty. */
  peekKey(): number {
    return this.length > 0 ? this.keys[0]! : Infinity;
  }

  /** Removes and returns the item with the lowest key (earliest pushed among equals). */
  pop(): T | undefined {
    if (this.length === 0) return undefined;
    const top = this.items[0];
    const last = --this.length;
    const key = this.keys[last]!;
    const item = this.items[last]!;
    const seq = this.seqs[last]!;
    this.items[last] = undefined as T;
    if (last > 0) this.siftDown(key, item, seq, last);
    return top;
  }

  private siftDown(key: number, item: T, seq: number, length: number): void {
    const { keys, items, seqs } = this;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= length) break;
      const right = child + 1;
      if (right < length && lessThan(keys[right]!, seqs[right]!, keys[child]!, seqs[child]!)) child = right;
      if (!lessThan(keys[child]!, seqs[child]!, key, seq)) break;
      keys[i] = keys[child]!;
      items[i] = items[child]!;
      seqs[i] = seqs[child]!;
      i = child;
    }
    keys[i] = key;
    items[i] = item;
    seqs[i] = seq;
  }
}

function lessThan(keyA: number, seqA: number, keyB: number, seqB: number): boolean {
  return keyA < keyB || (keyA === keyB && seqA < seqB);
}

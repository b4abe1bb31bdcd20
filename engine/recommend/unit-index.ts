import { GeoPointIndex, newEntry, type GeoSearchHit, type GeoSearchOptions } from "../geo/nearest.ts";
import { KeyedMinHeap } from "../geo/heap.ts";
import type { Entry } from "../geo/search.ts";
import type { Unit } from "../model/unit.ts";
import { IdNumbers } from "./id-numbers.ts";
import { effectiveMode, isAtStation, type PositionMode } from "./position.ts";

/** A unit's flags: how its position is known (two bits, an index of MODES), whether it is marked, and its tree. */
const MODES: readonly PositionMode[] = ["avl", "station", "station_fallback", "stale"];
const MODE_BITS = 3;
const AVL = 0;
const MARKED = 4;
/** Whether `refs` holds the unit's tree entry (made when it is first held, and kept) rather than the unit. */
const ENTRY = 8;
/** Above this shift: the number of the tree that holds the unit (its index in `treeList` + 1), 0 while none does. */
const TREE_SHIFT = 4;

function modeBits(mode: PositionMode): number {
  return mode === "avl" ? 0 : mode === "station" ? 1 : mode === "station_fallback" ? 2 : 3;
}

/**
 * Whether the index holds a unit: only those the recommendation may pick as a free candidate,
 * available or returning to quarters (free when the configuration lets returning units be
 * dispatched; the search filter decides). Busy and out-of-service units stay out of the trees, so
 * the search never walks past them; the busy units a shortfall lists are found in the roster.
 */
export function isIndexedStatus(status: Unit["status"]): boolean {
  return status === "available" || status === "returning";
}

/**
 * The units that may be free to dispatch (isIndexedStatus), in one GeoPointIndex per unit type at their
 * effective position, kept up to date in place, lazily: a roster change, a status change or an AVL
 * fix marks the unit, and marked units move into, within or out of the trees just before the next
 * search (AVL fixes far outnumber searches, and a unit that reports ten times between two calls
 * moves once). Fixes that go stale move to the station, also just before a search. A slot searches
 * only the trees of the types it wants. After `sweep(now)` the trees hold exactly the units with an
 * indexed status and a known position, each at `effectivePosition(unit, now)`. Derived state: a
 * snapshot load or a replay rebuilds it by placing every unit.
 *
 * Each unit it has been told about has a number (reused after the unit is removed) that indexes a few
 * parallel arrays: the unit (or, once it has been held, its tree entry, the one object a held unit
 * costs, kept while it is not held), its flags and its AVL stamp. So the index costs an unheld unit (busy, out of
 * service, or not yet settled) a slot of its id table and a few array slots.
 */
export class UnitIndex {
  /** The tree of each unit type by its number (index + 1), and the numbers by type. */
  private readonly treeList: GeoPointIndex<Unit>[] = [];
  private readonly treeNumbers = new Map<string, number>();
  /** The number of each unit the index knows; the arrays below are indexed by it. */
  private readonly numbers = new IdNumbers((n) => this.refs[n]!.id);
  /** The unit, or once it has been held its tree entry (whose value is the unit; see ENTRY); null for a free number. */
  private readonly refs: (Unit | Entry<Unit> | null)[] = [];
  /** Mode, mark, entry and tree (see TREE_SHIFT); its length is a capacity. */
  private flags = new Int32Array(16);
  /** The key of the unit's entry in the AVL age heap; NaN when it has none. */
  private readonly stampAt: number[] = [];
  /** Numbers of removed units, to be given again. */
  private readonly free: number[] = [];
  /** How many units the trees hold. */
  private held = 0;
  /** The units whose mode is "stale" (a stale fix and no station): few, usually none. */
  private readonly staleIds = new Set<string>();
  /**
   * When AVL fixes may go stale: at most one entry per unit (its number, keyed by a fix time no later than
   * its newest fix), so the heap stays as small as the fleet however often units report. A unit's
   * `stampAt` is the key of its entry; an entry whose key differs was superseded by an earlier one.
   */
  private readonly avlAges = new KeyedMinHeap<number>();
  /** Units returning to quarters, by type: they need no turnout, which loosens the search bound for that type. */
  private readonly returning = new Map<string, number>();
  /** Numbers of the units whose position or status changed since the trees were last brought up to date, in the order first marked. */
  private readonly marked: number[] = [];

  /** Puts a unit where its current position says (after it was added, changed or moved); a fix counts as fresh until sweep() ages it. */
  place(unit: Unit): void {
    this.mark(unit);
  }

  /** A unit's status changed: it joins or leaves the trees (lazily, as place does). */
  statusChanged(unit: Unit): void {
    this.mark(unit);
  }

  private mark(unit: Unit): void {
    let n = this.numbers.get(unit.id);
    if (n < 0) n = this.number(unit);
    const f = this.flags[n]!;
    if ((f & ENTRY) === 0) this.refs[n] = unit;
    else (this.refs[n] as Entry<Unit>).value = unit;
    if ((f & MARKED) !== 0) return;
    this.flags[n] = f | MARKED;
    this.marked.push(n);
  }

  /** Gives a new unit a number, with empty flags and no stamp. */
  private number(unit: Unit): number {
    const n = this.free.length > 0 ? this.free.pop()! : this.refs.length;
    if (n === this.refs.length) {
      this.refs.push(unit);
      this.stampAt.push(Number.NaN);
      if (n === this.flags.length) {
        const flags = new Int32Array(2 * n);
        flags.set(this.flags);
        this.flags = flags;
      }
    } else {
      this.refs[n] = unit;
      this.stampAt[n] = Number.NaN;
    }
    this.flags[n] = 0;
    this.numbers.add(unit.id, n);
    return n;
  }

  private unitOf(n: number): Unit {
    const ref = this.refs[n]!;
    return (this.flags[n]! & ENTRY) === 0 ? (ref as Unit) : (ref as Entry<Unit>).value;
  }

  /** Moves the marked units in the tree, at their positions now. */
  private settle(): void {
    const marked = this.marked;
    if (marked.length === 0) return;
    for (let i = 0; i < marked.length; i++) {
      const n = marked[i]!;
      const f = this.flags[n]!;
      // Unmarked since: the unit was removed (its number may be listed again for a new unit).
      if ((f & MARKED) === 0) continue;
      this.flags[n] = f & ~MARKED;
      this.placeNow(n);
    }
    marked.length = 0;
  }

  private placeNow(n: number): void {
    const unit = this.unitOf(n);
    const mode = isIndexedStatus(unit.status) ? effectiveMode(unit, -Infinity, 0) : null;
    if (mode === null) {
      this.unplace(n);
      return;
    }
    let number = this.treeNumbers.get(unit.type);
    if (number === undefined) {
      this.treeList.push(new GeoPointIndex<Unit>());
      number = this.treeList.length;
      this.treeNumbers.set(unit.type, number);
    }
    let entry: Entry<Unit>;
    if ((this.flags[n]! & ENTRY) !== 0) entry = this.refs[n] as Entry<Unit>;
    else {
      this.refs[n] = entry = newEntry(unit.id, unit);
      this.flags[n]! |= ENTRY;
    }
    const was = this.flags[n]! >> TREE_SHIFT;
    if (was === number) this.putAt(n, entry, number, mode);
    else {
      // New to the trees, or it changed type: out of the old type's tree.
      if (was === 0) this.held++;
      else this.treeList[was - 1]!.delete(entry);
      this.putAt(n, entry, number, mode, true);
    }
    if (mode === "avl") this.stamp(n, unit.positionAt!);
  }

  /** Moves the unit's entry to where `mode` counts it in tree `number` (adds it there when `add`), and records the mode. */
  private putAt(n: number, entry: Entry<Unit>, number: number, mode: PositionMode, add = false): void {
    const unit = entry.value;
    const atStation = isAtStation(mode);
    const lon = atStation ? unit.station!.lon : unit.lon!;
    const lat = atStation ? unit.station!.lat : unit.lat!;
    const tree = this.treeList[number - 1]!;
    if (add) tree.add(entry, lon, lat);
    else tree.move(entry, lon, lat);
    this.flags[n] = (number << TREE_SHIFT) | (this.flags[n]! & (MARKED | ENTRY)) | modeBits(mode);
    if (mode === "stale") this.staleIds.add(unit.id);
    else if (this.staleIds.size > 0) this.staleIds.delete(unit.id);
  }

  /** Makes sure the unit's fix of time `at` will be looked at by sweep() once it may be stale. */
  private stamp(n: number, at: number): void {
    // An entry at or before `at` is looked at no later; when it pops, sweep() pushes the newer time.
    if (this.stampAt[n]! <= at) return;
    this.stampAt[n] = at;
    this.avlAges.push(n, at);
  }

  private unplace(n: number): void {
    const f = this.flags[n]!;
    const number = f >> TREE_SHIFT;
    if (number === 0) return;
    const entry = this.refs[n] as Entry<Unit>;
    this.treeList[number - 1]!.delete(entry);
    this.flags[n] = f & (MARKED | ENTRY);
    this.held--;
    this.staleIds.delete(entry.id);
  }

  remove(unitId: string): void {
    const n = this.numbers.get(unitId);
    if (n < 0) return;
    this.unplace(n);
    this.numbers.delete(unitId);
    this.refs[n] = null;
    this.flags[n] = 0;
    this.stampAt[n] = Number.NaN;
    this.free.push(n);
  }

  /** Moves units whose fix has gone stale by `now` to where effectivePosition counts them. */
  sweep(now: number, staleAfterMs: number): void {
    this.settle();
    const limit = now - staleAfterMs;
    while (this.avlAges.peekKey() < limit) {
      const at = this.avlAges.peekKey();
      const n = this.avlAges.pop()!;
      // Superseded, or the unit was removed.
      if (this.stampAt[n] !== at) continue;
      this.stampAt[n] = Number.NaN;
      const f = this.flags[n]!;
      if (f >> TREE_SHIFT === 0 || (f & MODE_BITS) !== AVL) continue;
      const entry = this.refs[n] as Entry<Unit>;
      const unit = entry.value;
      const fixAt = unit.positionAt!;
      // A newer fix since the stamp: it is the one to age.
      if (fixAt !== at && fixAt >= limit) {
        this.stamp(n, fixAt);
        continue;
      }
      this.putAt(n, entry, f >> TREE_SHIFT, effectiveMode(unit, now, staleAfterMs)!);
    }
  }

  /** Keeps the count of returning units by type; call on every status or type change. */
  countReturning(type: string, delta: 1 | -1): void {
    const n = (this.returning.get(type) ?? 0) + delta;
    if (n > 0) this.returning.set(type, n);
    else this.returning.delete(type);
  }

  hasReturning(type: string): boolean {
    return this.returning.has(type);
  }

  /** The tree entry of a unit the trees hold (of tree `number` when given), or undefined. */
  private heldEntry(unitId: string, number = 0): Entry<Unit> | undefined {
    const n = this.numbers.get(unitId);
    if (n < 0) return undefined;
    const held = this.flags[n]! >> TREE_SHIFT;
    return held === 0 || (number !== 0 && held !== number) ? undefined : (this.refs[n] as Entry<Unit>);
  }

  /** How the index places the unit; undefined for a unit it does not hold (busy, out of service, nowhere). */
  mode(unitId: string): PositionMode | undefined {
    this.settle();
    const n = this.numbers.get(unitId);
    if (n < 0) return undefined;
    const f = this.flags[n]!;
    return f >> TREE_SHIFT === 0 ? undefined : MODES[f & MODE_BITS];
  }

  /** Whether the unit's position is a stale fix with no station to fall back on (a penalty); call sweep(now) first. */
  isStale(unitId: string): boolean {
    return this.staleIds.size > 0 && this.staleIds.has(unitId);
  }

  /** Where the index places the unit; undefined for a unit it does not hold. */
  position(unitId: string): { lon: number; lat: number } | undefined {
    this.settle();
    const entry = this.heldEntry(unitId);
    return entry === undefined ? undefined : { lon: entry.lon, lat: entry.lat };
  }

  /** Position of a unit of `type` (from a search of that type's tree); call sweep(now) first. */
  positionOf(type: string, unitId: string): { lon: number; lat: number } | undefined {
    const number = this.treeNumbers.get(type);
    const entry = number === undefined ? undefined : this.heldEntry(unitId, number);
    return entry === undefined ? undefined : { lon: entry.lon, lat: entry.lat };
  }

  /** How many units the trees hold: those with an indexed status and a known position. */
  get size(): number {
    this.settle();
    return this.held;
  }

  /**
   * Best-first search among the units of one type, merged into `options.into` when given (so that
   * searching each wanted type in turn gives the best of all); call sweep(now) first.
   */
  search(type: string, lon: number, lat: number, options: GeoSearchOptions<Unit>): GeoSearchHit<Unit>[] {
    this.settle();
    const number = this.treeNumbers.get(type);
    if (number === undefined) return options.into ?? [];
    return this.treeList[number - 1]!.search(lon, lat, options);
  }
}

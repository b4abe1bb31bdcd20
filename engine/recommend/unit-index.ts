import { GeoPointIndex, type GeoSearchHit, type GeoSearchOptions } from "../geo/nearest.ts";
import { KeyedMinHeap } from "../geo/heap.ts";
import type { Unit } from "../model/unit.ts";
import { effectiveMode, isAtStation, type PositionMode } from "./position.ts";

/** What the index knows of a unit it has been told about. */
interface Slot {
  unit: Unit;
  /** The tree of its type that holds it; null while it is not held (busy, out of service, nowhere). */
  tree: GeoPointIndex<Unit> | null;
  /** How its position is known, while held. */
  mode: PositionMode;
  /** The key of its entry in the AVL age heap; NaN when it has none. */
  stampAt: number;
  /** Whether it waits in `marked` to be placed again. */
  marked: boolean;
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
 */
export class UnitIndex {
  private readonly trees = new Map<string, GeoPointIndex<Unit>>();
  private readonly slots = new Map<string, Slot>();
  /** How many units the trees hold. */
  private held = 0;
  /** The units whose mode is "stale" (a stale fix and no station): few, usually none. */
  private readonly staleIds = new Set<string>();
  /**
   * When AVL fixes may go stale: at most one entry per unit (its id, keyed by a fix time no later than
   * its newest fix), so the heap stays as small as the fleet however often units report. A unit's
   * `stampAt` is the key of its entry; an entry whose key differs was superseded by an earlier one.
   */
  private readonly avlAges = new KeyedMinHeap<string>();
  /** Units returning to quarters, by type: they need no turnout, which loosens the search bound for that type. */
  private readonly returning = new Map<string, number>();
  /** Units whose position or status changed since the trees were last brought up to date, in the order first marked. */
  private readonly marked: Slot[] = [];

  /** Puts a unit where its current position says (after it was added, changed or moved); a fix counts as fresh until sweep() ages it. */
  place(unit: Unit): void {
    this.mark(unit);
  }

  /** A unit's status changed: it joins or leaves the trees (lazily, as place does). */
  statusChanged(unit: Unit): void {
    this.mark(unit);
  }

  private mark(unit: Unit): void {
    let slot = this.slots.get(unit.id);
    if (slot === undefined) {
      slot = { unit, tree: null, mode: "station", stampAt: Number.NaN, marked: false };
      this.slots.set(unit.id, slot);
    }
    slot.unit = unit;
    if (slot.marked) return;
    slot.marked = true;
    this.marked.push(slot);
  }

  /** Moves the marked units in the tree, at their positions now. */
  private settle(): void {
    const marked = this.marked;
    if (marked.length === 0) return;
    for (let i = 0; i < marked.length; i++) {
      const slot = marked[i]!;
      // Unmarked since: the unit was removed.
      if (!slot.marked) continue;
      slot.marked = false;
      this.placeNow(slot);
    }
    marked.length = 0;
  }

  private placeNow(slot: Slot): void {
    const unit = slot.unit;
    const mode = isIndexedStatus(unit.status) ? effectiveMode(unit, -Infinity, 0) : null;
    if (mode === null) {
      this.unplace(slot);
      return;
    }
    let tree = this.trees.get(unit.type);
    if (tree === undefined) {
      tree = new GeoPointIndex<Unit>();
      this.trees.set(unit.type, tree);
    }
    if (slot.tree !== tree) {
      // New to the trees, or it changed type: out of the old type's tree.
      if (slot.tree === null) this.held++;
      else slot.tree.remove(unit.id);
      slot.tree = tree;
    }
    this.putAt(slot, tree, mode);
    if (mode === "avl") this.stamp(slot, unit.positionAt!);
  }

  /** Moves the unit in its tree to where `mode` counts it, and records the mode. */
  private putAt(slot: Slot, tree: GeoPointIndex<Unit>, mode: PositionMode): void {
    const unit = slot.unit;
    const atStation = isAtStation(mode);
    const lon = atStation ? unit.station!.lon : unit.lon!;
    const lat = atStation ? unit.station!.lat : unit.lat!;
    tree.set(unit.id, lon, lat, unit);
    slot.mode = mode;
    if (mode === "stale") this.staleIds.add(unit.id);
    else if (this.staleIds.size > 0) this.staleIds.delete(unit.id);
  }

  /** Makes sure the unit's fix of time `at` will be looked at by sweep() once it may be stale. */
  private stamp(slot: Slot, at: number): void {
    // An entry at or before `at` is looked at no later; when it pops, sweep() pushes the newer time.
    if (slot.stampAt <= at) return;
    slot.stampAt = at;
    this.avlAges.push(slot.unit.id, at);
  }

  private unplace(slot: Slot): void {
    if (slot.tree === null) return;
    slot.tree.remove(slot.unit.id);
    slot.tree = null;
    this.held--;
    this.staleIds.delete(slot.unit.id);
  }

  remove(unitId: string): void {
    const slot = this.slots.get(unitId);
    if (slot === undefined) return;
    this.unplace(slot);
    slot.marked = false;
    this.slots.delete(unitId);
  }

  /** Moves units whose fix has gone stale by `now` to where effectivePosition counts them. */
  sweep(now: number, staleAfterMs: number): void {
    this.settle();
    const limit = now - staleAfterMs;
    while (this.avlAges.peekKey() < limit) {
      const at = this.avlAges.peekKey();
      const slot = this.slots.get(this.avlAges.pop()!);
      if (slot === undefined || slot.stampAt !== at) continue;
      slot.stampAt = Number.NaN;
      if (slot.tree === null || slot.mode !== "avl") continue;
      const fixAt = slot.unit.positionAt!;
      // A newer fix since the stamp: it is the one to age.
      if (fixAt !== at && fixAt >= limit) {
        this.stamp(slot, fixAt);
        continue;
      }
      this.putAt(slot, slot.tree, effectiveMode(slot.unit, now, staleAfterMs)!);
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

  /** How the index places the unit; undefined for a unit it does not hold (busy, out of service, nowhere). */
  mode(unitId: string): PositionMode | undefined {
    this.settle();
    const slot = this.slots.get(unitId);
    return slot === undefined || slot.tree === null ? undefined : slot.mode;
  }

  /** Whether the unit's position is a stale fix with no station to fall back on (a penalty); call sweep(now) first. */
  isStale(unitId: string): boolean {
    return this.staleIds.size > 0 && this.staleIds.has(unitId);
  }

  /** Where the index places the unit; undefined for a unit it does not hold. */
  position(unitId: string): { lon: number; lat: number } | undefined {
    this.settle();
    return this.slots.get(unitId)?.tree?.position(unitId);
  }

  /** Position of a unit of `type` (from a search of that type's tree); call sweep(now) first. */
  positionOf(type: string, unitId: string): { lon: number; lat: number } | undefined {
    return this.trees.get(type)?.position(unitId);
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
    const tree = this.trees.get(type);
    if (tree === undefined) return options.into ?? [];
    return tree.search(lon, lat, options);
  }
}

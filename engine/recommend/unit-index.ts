import { GeoPointIndex, type GeoSearchHit, type GeoSearchOptions } from "../geo/nearest.ts";
import { KeyedMinHeap } from "../geo/heap.ts";
import type { Unit } from "../model/unit.ts";
import { effectiveMode, isAtStation, type PositionMode } from "./position.ts";

/** Where the index holds a unit: the tree of its type, and how its position is known. */
interface Placement {
  unit: Unit;
  tree: GeoPointIndex<Unit>;
  mode: PositionMode;
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
  private readonly placed = new Map<string, Placement>();
  /** The units whose mode is "stale" (a stale fix and no station): few, usually none. */
  private readonly staleIds = new Set<string>();
  /**
   * When AVL fixes may go stale: at most one entry per unit (its id, keyed by a fix time no later than
   * its newest fix), so the heap stays as small as the fleet however often units report. `stampAt`
   * holds the key of each unit's entry; an entry whose key differs was superseded by an earlier one.
   */
  private readonly avlAges = new KeyedMinHeap<string>();
  private readonly stampAt = new Map<string, number>();
  /** Units returning to quarters, by type: they need no turnout, which loosens the search bound for that type. */
  private readonly returning = new Map<string, number>();
  /** Units whose position changed since the tree was last brought up to date, in the order first marked. */
  private readonly moved = new Map<string, Unit>();

  /** Puts a unit where its current position says (after it was added, changed or moved); a fix counts as fresh until sweep() ages it. */
  place(unit: Unit): void {
    this.moved.set(unit.id, unit);
  }

  /** A unit's status changed: it joins or leaves the trees (lazily, as place does). */
  statusChanged(unit: Unit): void {
    this.moved.set(unit.id, unit);
  }

  /** Moves the marked units in the tree, at their positions now. */
  private settle(): void {
    if (this.moved.size === 0) return;
    for (const unit of this.moved.values()) this.placeNow(unit);
    this.moved.clear();
  }

  private placeNow(unit: Unit): void {
    const mode = isIndexedStatus(unit.status) ? effectiveMode(unit, -Infinity, 0) : null;
    if (mode === null) {
      this.unplace(unit.id);
      return;
    }
    let tree = this.trees.get(unit.type);
    if (tree === undefined) {
      tree = new GeoPointIndex<Unit>();
      this.trees.set(unit.type, tree);
    }
    const placement = this.placed.get(unit.id);
    if (placement === undefined) {
      const created = { unit, tree, mode };
      this.putAt(created, mode);
      this.placed.set(unit.id, created);
    } else {
      if (placement.tree !== tree) {
        // The unit changed type: out of the old type's tree.
        placement.tree.remove(unit.id);
        placement.tree = tree;
      }
      placement.unit = unit;
      this.putAt(placement, mode);
    }
    if (mode === "avl") this.stamp(unit.id, unit.positionAt!);
  }

  /** Moves the unit in its tree to where `mode` counts it, and records the mode. */
  private putAt(placement: Placement, mode: PositionMode): void {
    const unit = placement.unit;
    const atStation = isAtStation(mode);
    const lon = atStation ? unit.station!.lon : unit.lon!;
    const lat = atStation ? unit.station!.lat : unit.lat!;
    placement.tree.set(unit.id, lon, lat, unit);
    placement.mode = mode;
    if (mode === "stale") this.staleIds.add(unit.id);
    else if (this.staleIds.size > 0) this.staleIds.delete(unit.id);
  }

  /** Makes sure the unit's fix of time `at` will be looked at by sweep() once it may be stale. */
  private stamp(unitId: string, at: number): void {
    const stamped = this.stampAt.get(unitId);
    // An entry at or before `at` is looked at no later; when it pops, sweep() pushes the newer time.
    if (stamped !== undefined && stamped <= at) return;
    this.stampAt.set(unitId, at);
    this.avlAges.push(unitId, at);
  }

  private unplace(unitId: string): void {
    const placement = this.placed.get(unitId);
    if (placement === undefined) return;
    placement.tree.remove(unitId);
    this.placed.delete(unitId);
    this.staleIds.delete(unitId);
  }

  remove(unitId: string): void {
    this.moved.delete(unitId);
    this.unplace(unitId);
  }

  /** Moves units whose fix has gone stale by `now` to where effectivePosition counts them. */
  sweep(now: number, staleAfterMs: number): void {
    this.settle();
    const limit = now - staleAfterMs;
    while (this.avlAges.peekKey() < limit) {
      const at = this.avlAges.peekKey();
      const unitId = this.avlAges.pop()!;
      if (this.stampAt.get(unitId) !== at) continue;
      this.stampAt.delete(unitId);
      const placement = this.placed.get(unitId);
      if (placement === undefined || placement.mode !== "avl") continue;
      const fixAt = placement.unit.positionAt!;
      // A newer fix since the stamp: it is the one to age.
      if (fixAt !== at && fixAt >= limit) {
        this.stamp(unitId, fixAt);
        continue;
      }
      this.putAt(placement, effectiveMode(placement.unit, now, staleAfterMs)!);
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
    return this.placed.get(unitId)?.mode;
  }

  /** Whether the unit's position is a stale fix with no station to fall back on (a penalty); call sweep(now) first. */
  isStale(unitId: string): boolean {
    return this.staleIds.size > 0 && this.staleIds.has(unitId);
  }

  /** Where the index places the unit; undefined for a unit it does not hold. */
  position(unitId: string): { lon: number; lat: number } | undefined {
    this.settle();
    return this.placed.get(unitId)?.tree.position(unitId);
  }

  /** Position of a unit of `type` (from a search of that type's tree); call sweep(now) first. */
  positionOf(type: string, unitId: string): { lon: number; lat: number } | undefined {
    return this.trees.get(type)?.position(unitId);
  }

  /** How many units the trees hold: those with an indexed status and a known position. */
  get size(): number {
    this.settle();
    return this.placed.size;
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

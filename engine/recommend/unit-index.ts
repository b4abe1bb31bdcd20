import { GeoPointIndex, type GeoSearchHit, type GeoSearchOptions } from "../geo/nearest.ts";
import { KeyedMinHeap } from "../geo/heap.ts";
import type { Unit } from "../model/unit.ts";
import { effectivePosition, type PositionMode } from "./position.ts";

interface AvlStamp {
  readonly id: string;
  /** The unit's type when stamped: the tree it was placed in. */
  readonly type: string;
  readonly positionAt: number;
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
 * The units that may be free to dispatch (isIndexedStatus), in one R-tree per unit type at their
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
  private readonly modes = new Map<string, PositionMode>();
  /** The units whose mode is "stale" (a stale fix and no station): few, usually none. */
  private readonly staleIds = new Set<string>();
  private readonly avlAges = new KeyedMinHeap<AvlStamp>();
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
    const position = isIndexedStatus(unit.status) ? effectivePosition(unit, -Infinity, 0) : null;
    if (position === null) {
      this.remove(unit.id);
      return;
    }
    let tree = this.trees.get(unit.type);
    if (tree === undefined) {
      tree = new GeoPointIndex<Unit>();
      this.trees.set(unit.type, tree);
    }
    // New to its type's tree but indexed: the unit changed type, out of the old type's tree.
    if (tree.set(unit.id, position.lon, position.lat, unit) && this.modes.has(unit.id))
      this.removeFromTrees(unit.id, tree);
    this.setMode(unit.id, position.mode);
    if (position.mode === "avl" && unit.positionAt !== null)
      this.avlAges.push({ id: unit.id, type: unit.type, positionAt: unit.positionAt }, unit.positionAt);
  }

  private setMode(unitId: string, mode: PositionMode): void {
    this.modes.set(unitId, mode);
    if (mode === "stale") this.staleIds.add(unitId);
    else if (this.staleIds.size > 0) this.staleIds.delete(unitId);
  }

  /** Takes the unit out of whichever tree holds it but `keep` (a handful of trees, one per unit type). */
  private removeFromTrees(unitId: string, keep: GeoPointIndex<Unit> | null = null): void {
    for (const tree of this.trees.values()) if (tree !== keep && tree.remove(unitId)) return;
  }

  remove(unitId: string): void {
    this.moved.delete(unitId);
    if (!this.modes.has(unitId)) return;
    this.removeFromTrees(unitId);
    this.modes.delete(unitId);
    this.staleIds.delete(unitId);
  }

  /** Moves units whose fix has gone stale by `now` to where effectivePosition counts them. */
  sweep(now: number, staleAfterMs: number): void {
    this.settle();
    const limit = now - staleAfterMs;
    while (this.avlAges.peekKey() < limit) {
      const stamp = this.avlAges.pop() as AvlStamp;
      if (this.modes.get(stamp.id) !== "avl") continue;
      const unit = this.staleCandidate(stamp);
      if (unit === undefined) continue;
      const position = effectivePosition(unit, now, staleAfterMs);
      if (position === null) continue;
      this.trees.get(unit.type)?.set(unit.id, position.lon, position.lat, unit);
      this.setMode(unit.id, position.mode);
    }
  }

  /** The unit of a fix's stamp, if that fix is still the newest of a unit indexed at its AVL position. */
  private staleCandidate(stamp: AvlStamp): Unit | undefined {
    // A unit that changed type since was placed again, with a stamp of its new type.
    const unit = this.trees.get(stamp.type)?.get(stamp.id);
    return unit !== undefined && unit.positionAt === stamp.positionAt ? unit : undefined;
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
    return this.modes.get(unitId);
  }

  /** Whether the unit's position is a stale fix with no station to fall back on (a penalty); call sweep(now) first. */
  isStale(unitId: string): boolean {
    return this.staleIds.size > 0 && this.staleIds.has(unitId);
  }

  /** Where the index places the unit; undefined for a unit it does not hold. */
  position(unitId: string): { lon: number; lat: number } | undefined {
    this.settle();
    for (const tree of this.trees.values()) {
      const at = tree.position(unitId);
      if (at !== undefined) return at;
    }
    return undefined;
  }

  /** Position of a unit of `type` (from a search of that type's tree); call sweep(now) first. */
  positionOf(type: string, unitId: string): { lon: number; lat: number } | undefined {
    return this.trees.get(type)?.position(unitId);
  }

  /** How many units the trees hold: those with an indexed status and a known position. */
  get size(): number {
    this.settle();
    return this.modes.size;
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

import { GeoPointIndex, type GeoSearchHit, type GeoSearchOptions } from "../geo/nearest.ts";
import { KeyedMinHeap } from "../geo/heap.ts";
import type { Unit } from "../model/unit.ts";
import { effectivePosition, type PositionMode } from "./position.ts";

interface AvlStamp {
  readonly id: string;
  readonly positionAt: number;
}

/**
 * Units in an R-tree at their effective position, kept up to date in place, lazily: a roster
 * change or an AVL fix marks the unit, and marked units move in the tree just before the next
 * search (AVL fixes far outnumber searches, and a unit that reports ten times between two
 * calls moves once). Fixes that go stale move to the station, also just before a search.
 * After `sweep(now)` every point equals `effectivePosition(unit, now)`.
 */
export class UnitIndex {
  private readonly geo = new GeoPointIndex<Unit>();
  private readonly modes = new Map<string, PositionMode>();
  private readonly avlAges = new KeyedMinHeap<AvlStamp>();
  /** Units returning to quarters, by type: they need no turnout, which loosens the search bound for that type. */
  private readonly returning = new Map<string, number>();
  /** Units whose position changed since the tree was last brought up to date, in the order first marked. */
  private readonly moved = new Map<string, Unit>();

  /** Puts a unit where its current position says (after it was added, changed or moved); a fix counts as fresh until sweep() ages it. */
  place(unit: Unit): void {
    this.moved.set(unit.id, unit);
  }

  /** Moves the marked units in the tree, at their positions now. */
  private settle(): void {
    if (this.moved.size === 0) return;
    for (const unit of this.moved.values()) this.placeNow(unit);
    this.moved.clear();
  }

  private placeNow(unit: Unit): void {
    const position = effectivePosition(unit, -Infinity, 0);
    if (position === null) {
      this.remove(unit.id);
      return;
    }
    this.geo.set(unit.id, position.lon, position.lat, unit);
    this.modes.set(unit.id, position.mode);
    if (position.mode === "avl" && unit.positionAt !== null)
      this.avlAges.push({ id: unit.id, positionAt: unit.positionAt }, unit.positionAt);
  }

  remove(unitId: string): void {
    this.moved.delete(unitId);
    this.geo.remove(unitId);
    this.modes.delete(unitId);
  }

  /** Moves units whose fix has gone stale by `now` to where effectivePosition counts them. */
  sweep(now: number, staleAfterMs: number): void {
    this.settle();
    const limit = now - staleAfterMs;
    while (this.avlAges.peekKey() < limit) {
      const stamp = this.avlAges.pop() as AvlStamp;
      const unit = this.geo.get(stamp.id);
      // Only the newest fix of a unit still indexed at its AVL position counts.
      if (unit === undefined || this.modes.get(stamp.id) !== "avl" || unit.positionAt !== stamp.positionAt)
        continue;
      const position = effectivePosition(unit, now, staleAfterMs);
      if (position === null) continue;
      this.geo.set(unit.id, position.lon, position.lat, unit);
      this.modes.set(unit.id, position.mode);
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

  mode(unitId: string): PositionMode | undefined {
    this.settle();
    return this.modes.get(unitId);
  }

  position(unitId: string): { lon: number; lat: number } | undefined {
    this.settle();
    return this.geo.position(unitId);
  }

  get size(): number {
    this.settle();
    return this.geo.size;
  }

  /** Best-first search; call sweep(now) first. */
  search(lon: number, lat: number, options: GeoSearchOptions<Unit>): GeoSearchHit<Unit>[] {
    this.settle();
    return this.geo.search(lon, lat, options);
  }
}

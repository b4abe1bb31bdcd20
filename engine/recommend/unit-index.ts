import { GeoPointIndex, type GeoSearchHit, type GeoSearchOptions } from "../geo/nearest.ts";
import { KeyedMinHeap } from "../geo/heap.ts";
import type { ZoneIndex } from "../geo/zones.ts";
import type { Unit } from "../model/unit.ts";
import { effectivePosition, type PositionMode } from "./position.ts";

interface AvlStamp {
  readonly id: string;
  readonly positionAt: number;
}

/** A unit as the index holds it: where it counts, how that is known, and its zone there once asked. */
export interface IndexedUnit {
  readonly unit: Unit;
  /** The type it is indexed under (the unit's type when the index was last brought up to date). */
  type: string;
  mode: PositionMode;
  lon: number;
  lat: number;
  /** The zones `zone` was looked up in (null: not looked up since the unit last moved). */
  zonesOf: ZoneIndex | null;
  zone: string | null;
}

/**
 * Units in one R-tree per unit type at their effective position, kept up to date in place, lazily:
 * a roster change or an AVL fix marks the unit, and marked units move in the tree just before
 * the next search (AVL fixes far outnumber searches, and a unit that reports ten times between two
 * calls moves once). Fixes that go stale move to the station, also just before a search. A slot
 * searches only the trees of the types it wants. After `sweep(now)` every point equals
 * `effectivePosition(unit, now)`.
 */
export class UnitIndex {
  private readonly trees = new Map<string, GeoPointIndex<IndexedUnit>>();
  private readonly byId = new Map<string, IndexedUnit>();
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
    let held = this.byId.get(unit.id);
    // A new type (or a new object for the id) moves the unit to another tree.
    if (held !== undefined && (held.unit !== unit || held.type !== unit.type)) {
      this.trees.get(held.type)?.remove(unit.id);
      held = undefined;
    }
    if (held === undefined) {
      held = { unit, type: unit.type, mode: position.mode, lon: NaN, lat: NaN, zonesOf: null, zone: null };
      this.byId.set(unit.id, held);
    }
    this.moveTo(held, position.lon, position.lat, position.mode);
    if (position.mode === "avl" && unit.positionAt !== null)
      this.avlAges.push({ id: unit.id, positionAt: unit.positionAt }, unit.positionAt);
  }

  private moveTo(held: IndexedUnit, lon: number, lat: number, mode: PositionMode): void {
    let tree = this.trees.get(held.type);
    if (tree === undefined) {
      tree = new GeoPointIndex<IndexedUnit>();
      this.trees.set(held.type, tree);
    }
    tree.set(held.unit.id, lon, lat, held);
    if (held.lon !== lon || held.lat !== lat) held.zonesOf = null;
    held.lon = lon;
    held.lat = lat;
    held.mode = mode;
  }

  remove(unitId: string): void {
    this.moved.delete(unitId);
    const held = this.byId.get(unitId);
    if (held === undefined) return;
    this.trees.get(held.type)?.remove(unitId);
    this.byId.delete(unitId);
  }

  /** Moves units whose fix has gone stale by `now` to where effectivePosition counts them. */
  sweep(now: number, staleAfterMs: number): void {
    this.settle();
    const limit = now - staleAfterMs;
    while (this.avlAges.peekKey() < limit) {
      const stamp = this.avlAges.pop() as AvlStamp;
      const held = this.byId.get(stamp.id);
      // Only the newest fix of a unit still indexed at its AVL position counts.
      if (held === undefined || held.mode !== "avl" || held.unit.positionAt !== stamp.positionAt) continue;
      const position = effectivePosition(held.unit, now, staleAfterMs);
      if (position === null) continue;
      this.moveTo(held, position.lon, position.lat, position.mode);
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
    return this.byId.get(unitId)?.mode;
  }

  position(unitId: string): { lon: number; lat: number } | undefined {
    this.settle();
    const held = this.byId.get(unitId);
    return held === undefined ? undefined : { lon: held.lon, lat: held.lat };
  }

  /** The zone a unit's indexed position lies in, looked up once per position (and zones). */
  zoneOf(held: IndexedUnit, zones: ZoneIndex): string | null {
    if (held.zonesOf !== zones) {
      held.zone = zones.zoneAt(held.lon, held.lat);
      held.zonesOf = zones;
    }
    return held.zone;
  }

  get size(): number {
    this.settle();
    return this.byId.size;
  }

  /**
   * Best-first search among the units of one type, merged into `options.into` when given (so that
   * searching each wanted type in turn gives the best of all); call sweep(now) first.
   */
  search(
    type: string,
    lon: number,
    lat: number,
    options: GeoSearchOptions<IndexedUnit>,
  ): GeoSearchHit<IndexedUnit>[] {
    this.settle();
    const tree = this.trees.get(type);
    if (tree === undefined) return options.into ?? [];
    return tree.search(lon, lat, options);
  }
}

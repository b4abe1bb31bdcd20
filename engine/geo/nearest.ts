import RBush from "rbush";
import { isValidLonLat, type LonLatBox } from "./haversine.ts";
import {
  cosDeg,
  Query,
  Workspace,
  type CellNode,
  type Entry,
  type GeoSearchHit,
  type GeoSearchOptions,
  type TreeNode,
} from "./search.ts";

export type { GeoSearchHit, GeoSearchOptions } from "./search.ts";

/** 1/64 degree: about 1.7 km north-south, 1.2 km east-west at 47°N. A power of two, so cell edges are exact. */
const DEFAULT_CELLS_PER_DEGREE = 64;
/** Finest grid: 1/65536 degree (1.7 m); cell keys stay exact integers below 2^53. */
const MAX_CELLS_PER_DEGREE = 2 ** 16;
/** Mean points per non-empty cell above which the grid halves its cell size, and below which it doubles it. */
const GROW_ABOVE = 8;
const SHRINK_BELOW = 1.5;
/** How far (in cell widths) a cell's box in the tree reaches beyond its points. */
const REGISTER_MARGIN_CELLS = 0.1;

/**
 * Points keyed by string id, with an exact best-first great-circle k-nearest search under a
 * caller-supplied filter and cost. Results equal a brute-force haversine scan sorted by (cost, id).
 *
 * Two levels, so that moving a point is cheap: points sit in fixed lon/lat grid cells (a move within a
 * cell rewrites the entry and the box of the cell's points; a move across cells is a swap-remove and a
 * push), and the non-empty cells sit in an R-tree (rbush), each at the box of its points grown by a
 * margin: the tree changes only when a cell empties or fills or a point wanders past that margin. The
 * search descends tree, then cells (bounded by the box of their points), then entries.
 *
 * The cell size follows the density: when non-empty cells hold more than GROW_ABOVE points on average
 * the grid is rebuilt with cells half as wide (unless that separates almost nothing, as when many points
 * share a place: then not again before the index doubles in size), and with cells twice as wide below
 * SHRINK_BELOW. Each step changes the mean at most fourfold, so the two never undo each other.
 */
export class GeoPointIndex<T> {
  private readonly tree: RBush<TreeNode>;
  /** The entries of the id-keyed API (set/remove/get); entries added by reference (add) are not in it. */
  private readonly entries = new Map<string, Entry<T>>();
  private readonly cells = new Map<number, CellNode>();
  /** How many entries the index holds, of both kinds. */
  private count = 0;
  private cellsPerDegree: number;
  private rowStride: number;
  /** After a finer grid separated almost nothing: no finer grid is tried before the index holds this many. */
  private growAtSize = 0;
  private readonly workspace = new Workspace();
  private searchDepth = 0;

  /**
   * @param cellsPerDegree initial grid cells per degree of longitude and of latitude: a power of two from 1 to 2^16.
   * @param maxEntries rbush node fan-out of the tree of cells.
   */
  constructor(cellsPerDegree = DEFAULT_CELLS_PER_DEGREE, maxEntries = 9) {
    if (!(
      cellsPerDegree >= 1 &&
      cellsPerDegree <= MAX_CELLS_PER_DEGREE &&
      Number.isInteger(Math.log2(cellsPerDegree))
    ))
      throw new RangeError(
        `GeoPointIndex: cellsPerDegree ${cellsPerDegree} is not a power of two in [1, 2^16]`,
      );
    this.cellsPerDegree = cellsPerDegree;
    this.rowStride = 180 * cellsPerDegree + 1;
    this.tree = new RBush<TreeNode>(maxEntries);
  }

  /** Number of indexed points. */
  get size(): number {
    return this.count;
  }

  /**
   * Inserts `id` or moves it (and replaces its value); returns whether it was inserted (not there before).
   * Throws RangeError on an invalid position.
   */
  set(id: string, lon: number, lat: number, value: T): boolean {
    if (!isValidLonLat(lon, lat))
      throw new RangeError(`GeoPointIndex.set(${id}): invalid lon/lat ${lon},${lat}`);
    this.assertNotSearching();
    const entry = this.entries.get(id);
    if (entry === undefined) {
      const created = newEntry(id, value);
      this.entries.set(id, created);
      this.insert(created, lon, lat);
      return true;
    }
    entry.value = value;
    this.relocate(entry, lon, lat);
    return false;
  }

  /** Removes `id`; returns whether it was present. */
  remove(id: string): boolean {
    this.assertNotSearching();
    const entry = this.entries.get(id);
    if (entry === undefined) return false;
    this.entries.delete(id);
    this.delete(entry);
    return true;
  }

  /**
   * Adds an entry made by {@link newEntry} (and not held by any index) at (`lon`, `lat`), by reference:
   * the caller keeps it, and moves or removes it with {@link move} and {@link delete}; `get`, `has`,
   * `position` and `remove` by id do not see it. Its `id` and `value` are what the search reports.
   * Throws RangeError on an invalid position.
   */
  add(entry: Entry<T>, lon: number, lat: number): void {
    if (!isValidLonLat(lon, lat))
      throw new RangeError(`GeoPointIndex.add(${entry.id}): invalid lon/lat ${lon},${lat}`);
    this.assertNotSearching();
    this.insert(entry, lon, lat);
  }

  /** Moves an entry this index holds (given to {@link add}) to (`lon`, `lat`). Throws RangeError on an invalid position. */
  move(entry: Entry<T>, lon: number, lat: number): void {
    if (!isValidLonLat(lon, lat))
      throw new RangeError(`GeoPointIndex.move(${entry.id}): invalid lon/lat ${lon},${lat}`);
    this.assertNotSearching();
    this.relocate(entry, lon, lat);
  }

  /** Takes out an entry this index holds (given to {@link add}); it may then be added to any index again. */
  delete(entry: Entry<T>): void {
    this.assertNotSearching();
    this.removeFromCell(entry);
    entry.cell = DETACHED;
    this.count--;
    this.fitGrid();
  }

  private insert(entry: Entry<T>, lon: number, lat: number): void {
    entry.lon = lon;
    entry.lat = lat;
    entry.cosLat = cosDeg(lat);
    this.addToCell(entry, this.cellFor(lon, lat), true);
    this.count++;
    this.fitGrid();
  }

  private relocate(entry: Entry<T>, lon: number, lat: number): void {
    const fromLon = entry.lon;
    const fromLat = entry.lat;
    if (fromLon === lon && fromLat === lat) return;
    if (fromLat !== lat) entry.cosLat = cosDeg(lat);
    const cell = entry.cell;
    const c = this.cellsPerDegree;
    // Cell corners are exact multiples of 1/c (a power of two): this is "the same cell key".
    if (Math.floor(lon * c) / c === cell.bounds.minX && Math.floor(lat * c) / c === cell.bounds.minY) {
      entry.lon = lon;
      entry.lat = lat;
      // Moving in from an edge of the points' box may shrink it; otherwise the box only has to take in the new place.
      const box = cell.tight;
      if (
        (fromLon === box.minX && lon > fromLon) ||
        (fromLon === box.maxX && lon < fromLon) ||
        (fromLat === box.minY && lat > fromLat) ||
        (fromLat === box.maxY && lat < fromLat)
      )
        fitTight(cell);
      else extendBox(box, lon, lat);
      if (isOutside(cell, lon, lat)) this.register(cell);
      return;
    }
    this.removeFromCell(entry);
    entry.lon = lon;
    entry.lat = lat;
    this.addToCell(entry, this.cellFor(lon, lat), true);
    this.fitGrid();
  }

  /** Value stored for `id`, or undefined. */
  get(id: string): T | undefined {
    return this.entries.get(id)?.value;
  }

  /** Whether `id` is indexed. */
  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** Position of `id` as `{ lon, lat }`, or undefined. */
  position(id: string): { lon: number; lat: number } | undefined {
    const entry = this.entries.get(id);
    return entry === undefined ? undefined : { lon: entry.lon, lat: entry.lat };
  }

  /** Removes every point. */
  clear(): void {
    this.assertNotSearching();
    for (const cell of this.cells.values())
      for (const entry of cell.children as Entry<T>[]) entry.cell = DETACHED;
    this.tree.clear();
    this.entries.clear();
    this.cells.clear();
    this.count = 0;
    this.growAtSize = 0;
  }

  /**
   * The `k` accepted items with the lowest cost from (`lon`, `lat`), ascending by (cost, id). Callbacks
   * must not modify the index (doing so throws). Throws RangeError on an invalid query position.
   */
  search(lon: number, lat: number, options: GeoSearchOptions<T>): GeoSearchHit<T>[] {
    if (!isValidLonLat(lon, lat)) throw new RangeError(`GeoPointIndex.search: invalid lon/lat ${lon},${lat}`);
    const maxDistanceMeters = options.maxDistanceMeters ?? Infinity;
    if (Number.isNaN(maxDistanceMeters))
      throw new RangeError("GeoPointIndex.search: maxDistanceMeters is NaN");
    const results: GeoSearchHit<T>[] = options.into ?? [];
    const root = (this.tree as unknown as { data: TreeNode }).data;
    if (!(options.k >= 1) || maxDistanceMeters < 0 || root.children.length === 0) return results;
    // A callback may itself search this index; give the nested call its own workspace.
    const workspace = this.searchDepth === 0 ? this.workspace : new Workspace();
    this.searchDepth++;
    try {
      new Query<T>(lon, lat, options, maxDistanceMeters, results).run(root, workspace);
    } finally {
      this.searchDepth--;
      workspace.clear();
    }
    return results;
  }

  /** The cell's integer pair as one number: non-negative, distinct for every pair on the globe. */
  private cellKey(lon: number, lat: number): number {
    const c = this.cellsPerDegree;
    return (Math.floor(lon * c) + 180 * c) * this.rowStride + (Math.floor(lat * c) + 90 * c);
  }

  /** Rebuilds the grid finer or coarser when the mean number of points per cell leaves its range. */
  private fitGrid(): void {
    const points = this.count;
    const cells = this.cells.size;
    const c = this.cellsPerDegree;
    if (points > GROW_ABOVE * cells && c < MAX_CELLS_PER_DEGREE && points >= this.growAtSize) {
      this.regrid(2 * c);
      // Mostly shared places: finer cells cost moves and gain searches nothing.
      if (this.cells.size < 1.5 * cells) {
        this.regrid(c);
        this.growAtSize = 2 * points;
      }
    } else if (points < SHRINK_BELOW * cells && c > 1) this.regrid(c / 2);
  }

  /** Puts every point in a grid of `cellsPerDegree`, cell by cell of the old grid, and bulk-loads the tree of cells. */
  private regrid(cellsPerDegree: number): void {
    const old = [...this.cells.values()];
    this.cellsPerDegree = cellsPerDegree;
    this.rowStride = 180 * cellsPerDegree + 1;
    this.tree.clear();
    this.cells.clear();
    for (const cell of old) {
      const entries = cell.children as Entry<T>[];
      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i]!;
        this.addToCell(entry, this.cellFor(entry.lon, entry.lat), false);
      }
    }
    const margin = REGISTER_MARGIN_CELLS / cellsPerDegree;
    for (const cell of this.cells.values()) fitRegistered(cell, margin);
    this.tree.load([...this.cells.values()]);
  }

  /** The cell that holds (`lon`, `lat`); created empty (not yet in the tree) if need be. */
  private cellFor(lon: number, lat: number): CellNode {
    const cellKey = this.cellKey(lon, lat);
    let cell = this.cells.get(cellKey);
    if (cell === undefined) {
      cell = this.newCell(lon, lat);
      this.cells.set(cellKey, cell);
    }
    return cell;
  }

  /** Adds the entry (at its new place) to `cell`; with `intoTree`, keeps the cell's box in the tree around its points. */
  private addToCell(entry: Entry<T>, cell: CellNode, intoTree: boolean): void {
    entry.cell = cell;
    entry.slot = cell.children.length;
    cell.children.push(entry);
    extendBox(cell.tight, entry.lon, entry.lat);
    if (!intoTree) return;
    if (cell.children.length === 1) {
      fitRegistered(cell, REGISTER_MARGIN_CELLS / this.cellsPerDegree);
      this.tree.insert(cell);
    } else if (isOutside(cell, entry.lon, entry.lat)) this.register(cell);
  }

  /** A point left the cell's box in the tree: the tree takes the cell again, at a box around its points now. */
  private register(cell: CellNode): void {
    // rbush finds the cell through the box it was inserted with, so remove before changing it.
    this.tree.remove(cell);
    fitRegistered(cell, REGISTER_MARGIN_CELLS / this.cellsPerDegree);
    this.tree.insert(cell);
  }

  /** Swap-removes the entry (still at its old place) from its cell; an emptied cell leaves the tree. */
  private removeFromCell(entry: Entry<T>): void {
    const cell = entry.cell;
    const children = cell.children as Entry<T>[];
    const last = children.pop()!;
    if (last !== entry) {
      children[entry.slot] = last;
      last.slot = entry.slot;
    }
    if (children.length > 0) {
      if (isOnEdge(cell.tight, entry.lon, entry.lat)) fitTight(cell);
      return;
    }
    this.tree.remove(cell);
    // The cell's corner is exact (see newCell): its key is the key of every point in it.
    this.cells.delete(this.cellKey(cell.bounds.minX, cell.bounds.minY));
  }

  /**
   * The empty cell holding (`lon`, `lat`). Its bounds are exact because the cell size is a power of two, and
   * clipped to the globe (the cell of lon 180 or lat 90 is a line) so that box bounds never wrap. Its box in
   * the tree (minX..maxY) is set when it gets points.
   */
  private newCell(lon: number, lat: number): CellNode {
    const c = this.cellsPerDegree;
    const ix = Math.floor(lon * c);
    const iy = Math.floor(lat * c);
    const bounds = {
      minX: ix / c,
      minY: iy / c,
      maxX: Math.min(180, (ix + 1) / c),
      maxY: Math.min(90, (iy + 1) / c),
    };
    // rbush's createNode fields in the same order, then the cell's own boxes.
    return {
      children: [],
      height: 0,
      leaf: true,
      minX: bounds.minX,
      minY: bounds.minY,
      maxX: bounds.maxX,
      maxY: bounds.maxY,
      tight: { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity },
      bounds,
    };
  }

  private assertNotSearching(): void {
    if (this.searchDepth > 0) throw new Error("GeoPointIndex: cannot modify the index during search()");
  }
}

/**
 * A new entry for {@link GeoPointIndex.add}, in no index yet. Every entry of every index is made here,
 * so the search loops see one object shape.
 */
export function newEntry<T>(id: string, value: T): Entry<T> {
  return { lon: 0.5, lat: 0.5, cosLat: 0.5, id, value, cell: DETACHED, slot: 0 };
}

/** The cell of an entry no index holds. */
const DETACHED: CellNode = {
  children: [],
  height: 0,
  leaf: true,
  minX: Infinity,
  minY: Infinity,
  maxX: -Infinity,
  maxY: -Infinity,
  tight: { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity },
  bounds: { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity },
};

/** Whether a point lies outside the cell's box in the tree. */
function isOutside(cell: CellNode, lon: number, lat: number): boolean {
  return lon < cell.minX || lon > cell.maxX || lat < cell.minY || lat > cell.maxY;
}

/**
 * Sets the cell's box in the tree to the box of its points grown by `margin` degrees, within the cell:
 * the points can wander that far before the tree must take the cell again.
 */
function fitRegistered(cell: CellNode, margin: number): void {
  const { tight, bounds } = cell;
  cell.minX = Math.max(bounds.minX, tight.minX - margin);
  cell.minY = Math.max(bounds.minY, tight.minY - margin);
  cell.maxX = Math.min(bounds.maxX, tight.maxX + margin);
  cell.maxY = Math.min(bounds.maxY, tight.maxY + margin);
}

function extendBox(box: LonLatBox, lon: number, lat: number): void {
  if (lon < box.minX) box.minX = lon;
  if (lon > box.maxX) box.maxX = lon;
  if (lat < box.minY) box.minY = lat;
  if (lat > box.maxY) box.maxY = lat;
}

/** Whether a point of the box lies on its edge, so that the box may shrink without it. */
function isOnEdge(box: LonLatBox, lon: number, lat: number): boolean {
  return lon === box.minX || lon === box.maxX || lat === box.minY || lat === box.maxY;
}

/** Recomputes the box of the cell's points (a cell holds a handful). */
function fitTight(cell: CellNode): void {
  const box = cell.tight;
  box.minX = box.minY = Infinity;
  box.maxX = box.maxY = -Infinity;
  const entries = cell.children as Entry<unknown>[];
  for (let i = 0; i < entries.length; i++) extendBox(box, entries[i]!.lon, entries[i]!.lat);
}

import {
  boxHavLowerBound,
  havLimitOfMeters,
  havLowerBound,
  haversineMetersWithCos,
  wrappedLonGapDeg,
} from "./haversine.ts";
import type { LonLatBox } from "./haversine.ts";

/** Options of {@link GeoPointIndex.search}. */
export interface GeoSearchOptions<T> {
  /** Maximum number of hits; values below 1 (or NaN) yield no hits. */
  k: number;
  /** Only items for which this returns true can be hits. */
  accept?: ((value: T, id: string) => boolean) | undefined;
  /** Ranking cost of an accepted item; defaults to the distance in meters. */
  cost?: ((value: T, distanceMeters: number) => number) | undefined;
  /**
   * Non-decreasing in distance, with `cost(v, d) >= costLowerBound(d)` for every accepted `v`. Defaults to
   * the identity when `cost` is omitted; with a custom `cost` and no bound nothing can be pruned, so the
   * search degrades to a full (still exact) scan.
   */
  costLowerBound?: ((distanceMeters: number) => number) | undefined;
  /**
   * About the largest distance whose `costLowerBound` is at most `cost`: a guess that the search checks
   * against `costLowerBound` (and widens if it is short), so a wrong one costs time, never hits. Without
   * it the search finds that distance by bisection whenever the k-th hit changes.
   */
  costLowerBoundInverse?: ((cost: number) => number) | undefined;
  /** Items farther than this are never hits. */
  maxDistanceMeters?: number | undefined;
  /**
   * Hits of an earlier search with the same `k` and cost (at most `k`, ascending by (cost, id)) that this
   * search merges into and returns: searching several indexes in turn into one array gives the `k` best of
   * their union, each search pruned by the hits the others already found.
   */
  into?: GeoSearchHit<T>[] | undefined;
}

/** One result of {@link GeoPointIndex.search}. */
export interface GeoSearchHit<T> {
  id: string;
  value: T;
  /** Where the index holds it. */
  lon: number;
  lat: number;
  distanceMeters: number;
  cost: number;
}

/** An indexed point, with the cosine of its latitude cached for the haversine. */
export interface Entry<T> {
  lon: number;
  lat: number;
  cosLat: number;
  id: string;
  value: T;
  /** The grid cell that holds it and its place in the cell's `children`. */
  cell: CellNode;
  slot: number;
}

/**
 * A box of the search tree: an rbush node (node_modules/rbush/index.js `createNode`, height >= 1, whose
 * leaves hold cells) or a grid cell (height 0, whose children are entries). Cells are built with the same
 * fields in the same order, so the search loops see one object shape.
 */
export interface TreeNode extends LonLatBox {
  children: unknown[];
  height: number;
  leaf: boolean;
}

/**
 * A grid cell: `bounds` is the whole cell; its box (minX..maxY), within the cell, is the one the tree of
 * cells holds it by, and always contains `tight`, the bounding box of the points it holds now, the box the
 * search bounds it by.
 */
export interface CellNode extends TreeNode {
  readonly tight: LonLatBox;
  readonly bounds: LonLatBox;
}

const RAD_PER_DEG = Math.PI / 180;
const identity = (distanceMeters: number): number => distanceMeters;
const noBound = (): number => -Infinity;
/** Half the Earth's circumference with a margin: no two points are farther apart. */
const MAX_ARC_METERS = 2.1e7;

export function cosDeg(deg: number): number {
  return Math.cos(deg * RAD_PER_DEG);
}

/** Per-search state; a class so the hot loops see monomorphic fields instead of closure captures. */
export class Query<T> {
  private readonly lon: number;
  private readonly lat: number;
  private readonly cosLat: number;
  private readonly sinAbsLat: number;
  private readonly maxDistanceMeters: number;
  private readonly results: GeoSearchHit<T>[];
  private readonly k: number;
  private readonly accept: ((value: T, id: string) => boolean) | undefined;
  private readonly cost: ((value: T, distanceMeters: number) => number) | undefined;
  private readonly costLowerBound: (distanceMeters: number) => number;
  private readonly costLowerBoundInverse: ((cost: number) => number) | undefined;
  // Cost and id of the k-th hit once there are k hits; Infinity/"" until then.
  private worstCost = Infinity;
  private worstId = "";
  /**
   * The pruning limit, on the haversine term's lower bound of a box or entry (havLowerBound): above it,
   * everything there is beyond maxDistanceMeters or costs more than the k-th hit. Kept with worstCost.
   */
  private limitHav: number;

  constructor(
    lon: number,
    lat: number,
    options: GeoSearchOptions<T>,
    maxDistanceMeters: number,
    results: GeoSearchHit<T>[],
  ) {
    this.lon = lon;
    this.lat = lat;
    this.cosLat = cosDeg(lat);
    this.sinAbsLat = Math.abs(Math.sin(lat * RAD_PER_DEG));
    this.maxDistanceMeters = maxDistanceMeters;
    this.results = results;
    this.k = Math.floor(options.k);
    this.accept = options.accept;
    this.cost = options.cost;
    this.costLowerBound = options.costLowerBound ?? (options.cost === undefined ? identity : noBound);
    this.costLowerBoundInverse = options.costLowerBoundInverse;
    this.limitHav = havLimitOfMeters(maxDistanceMeters);
    if (results.length >= this.k) this.setWorst(results[this.k - 1]!);
  }

  private setWorst(worst: GeoSearchHit<T>): void {
    this.worstCost = worst.cost;
    this.worstId = worst.id;
    this.limitHav = havLimitOfMeters(Math.min(this.maxDistanceMeters, this.metersWithin(worst.cost)));
  }

  /**
   * A distance beyond which the cost bound exceeds `cost` (the bound is non-decreasing): the caller's
   * inverse checked against the bound, or found by doubling and bisection. Infinity when the bound does
   * not exceed `cost` within any distance on the globe, or is NaN (a broken bound prunes nothing).
   */
  private metersWithin(cost: number): number {
    const bound = this.costLowerBound;
    if (bound === identity) return cost;
    if (bound === noBound || !(cost < Infinity)) return Infinity;
    const inverse = this.costLowerBoundInverse;
    const guess = inverse === undefined ? 0 : inverse(cost);
    // A hair beyond the guess, so that rounding in the caller's inverse does not make it fall short.
    let hi = (guess > 0 ? guess * (1 + 1e-9) : 0) + 1e-3;
    let lo = 0;
    for (;;) {
      if (!(hi <= MAX_ARC_METERS)) return Infinity;
      const at = bound(hi);
      if (at > cost) break;
      if (Number.isNaN(at)) return Infinity;
      lo = hi;
      hi = 2 * hi + 1;
    }
    if (inverse !== undefined) return hi;
    // No inverse: narrow it down, so that the limit prunes about as much as the bound itself would.
    for (let i = 0; i < 48 && hi - lo > 1e-6 * hi; i++) {
      const mid = lo + (hi - lo) / 2;
      const at = bound(mid);
      if (Number.isNaN(at)) return Infinity;
      if (at > cost) hi = mid;
      else lo = mid;
    }
    return hi;
  }

  run(root: TreeNode, workspace: Workspace): void {
    this.visit(root, workspace, 0);
  }

  /**
   * Depth-first branch and bound: the children whose bound does not already lose to the k-th hit, in
   * ascending order of bound (ties in tree order), each visited while its bound still does not lose. The
   * nearest cells are scanned first, so the k-th hit soon prunes the rest; a few children per node are
   * sorted in place instead of going through a heap. The hits are the k best by (cost, id), a unique set,
   * whatever the order of the visit. Ties with the k-th hit are still explored: an equal cost with a
   * smaller id displaces it. `base` is where this node's children start on the workspace's stack.
   */
  private visit(node: TreeNode, workspace: Workspace, base: number): void {
    const { stackNodes, stackKeys } = workspace;
    const children = node.children as TreeNode[];
    let end = base;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      const key = boxHavLowerBound(
        this.lon,
        this.lat,
        this.cosLat,
        this.sinAbsLat,
        child.height === 0 ? (child as CellNode).tight : child,
      );
      // `!(<=)` also drops NaN.
      if (!(key <= this.limitHav)) continue;
      let j = end++;
      while (j > base && stackKeys[j - 1]! > key) {
        stackKeys[j] = stackKeys[j - 1]!;
        stackNodes[j] = stackNodes[j - 1]!;
        j--;
      }
      stackKeys[j] = key;
      stackNodes[j] = child;
    }
    for (let i = base; i < end; i++) {
      if (stackKeys[i]! > this.limitHav) break;
      const child = stackNodes[i]!;
      if (child.height === 0) this.scanCell(child.children as Entry<T>[]);
      else this.visit(child, workspace, end);
    }
  }

  private scanCell(entries: Entry<T>[]): void {
    const accept = this.accept;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      // The trig-free bound first: it rejects most of a cell without calling back.
      const limitHav = this.limitHav;
      if (
        limitHav !== Infinity &&
        havLowerBound(Math.abs(e.lat - this.lat), wrappedLonGapDeg(e.lon, this.lon), this.cosLat * e.cosLat) >
          limitHav
      )
        continue;
      if (accept !== undefined && !accept(e.value, e.id)) continue;
      const distanceMeters = haversineMetersWithCos(this.lon, this.lat, this.cosLat, e.lon, e.lat, e.cosLat);
      if (distanceMeters > this.maxDistanceMeters) continue;
      const cost = this.cost === undefined ? distanceMeters : this.cost(e.value, distanceMeters);
      // `!(<=)` also drops NaN costs.
      if (!(cost <= this.worstCost)) continue;
      if (cost === this.worstCost && this.results.length >= this.k && e.id >= this.worstId) continue;
      this.insert({ id: e.id, value: e.value, lon: e.lon, lat: e.lat, distanceMeters, cost });
    }
  }

  private insert(hit: GeoSearchHit<T>): void {
    const results = this.results;
    // Binary search for the first hit ordered after `hit` by (cost, id).
    let lo = 0;
    let hi = results.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const other = results[mid]!;
      if (other.cost < hit.cost || (other.cost === hit.cost && other.id < hit.id)) lo = mid + 1;
      else hi = mid;
    }
    // Shift the worse hits up by one (the k-th falls off once there are k) and put `hit` in the gap.
    let i = results.length < this.k ? results.length : this.k - 1;
    for (; i > lo; i--) results[i] = results[i - 1]!;
    results[lo] = hit;
    if (results.length === this.k) this.setWorst(results[this.k - 1]!);
  }
}

/** Scratch space reused across searches so that steady-state queries do not allocate per node. */
export class Workspace {
  /** The sorted children of each node on the path being visited, one run per level. */
  readonly stackNodes: TreeNode[] = [];
  readonly stackKeys: number[] = [];

  clear(): void {
    // Keep the capacity; stale slots only pin tree nodes until the next search overwrites them.
  }
}

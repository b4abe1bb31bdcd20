/**
 * Greedy label placement: labels are tried in order of priority at a few places around their
 * anchor, and each takes the first place that overlaps nothing already placed (nor any
 * obstacle, nor the screen's edge); a label with no free place is not drawn. The selected
 * incident and unit come first, so they always show when they are on screen.
 */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface LabelRequest {
  readonly id: string;
  /** The anchor on screen (a marker's centre), in pixels. */
  readonly x: number;
  readonly y: number;
  /** The label's size in pixels. */
  readonly w: number;
  readonly h: number;
  /** Higher is placed first. */
  readonly priority: number;
  /** Pixels between the anchor and the label (a marker's radius). */
  readonly gap: number;
  /** "around": right, left, above or below the anchor; "centre": on it (an area's name). */
  readonly at: "around" | "centre";
  /** May cover obstacles (never another label) when nothing better is free: the selected item's. */
  readonly insist?: boolean;
  /** Other anchors to try, in order, when none of the anchor's places is free (along a street). */
  readonly more?: readonly { readonly x: number; readonly y: number }[];
}

export interface PlacedLabel extends Box {
  readonly id: string;
}

const CELL = 64;

/** Labels that fit, each at its place; the rest are left out. Deterministic for equal input. */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Box[],
  screen: { readonly width: number; readonly height: number },
): PlacedLabel[] {
  const blocked = new BoxGrid();
  for (const o of obstacles) blocked.add(o);
  const labels = new BoxGrid();
  const order = [...requests].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const placed: PlacedLabel[] = [];
  for (const r of order) {
    const free = places(r).filter(
      (b) =>
        b.x >= 0 && b.y >= 0 && b.x + b.w <= screen.width && b.y + b.h <= screen.height && !labels.hits(b),
    );
    const box = free.find((b) => !blocked.hits(b)) ?? (r.insist === true ? free[0] : undefined);
    if (box === undefined) continue;
    labels.add(box);
    placed.push({ id: r.id, ...box });
  }
  return placed;
}

/** Where a label may go, best first. */
function places(r: LabelRequest): Box[] {
  return [r, ...(r.more ?? [])].flatMap((a) => placesAt(r, a.x, a.y));
}

function placesAt(r: LabelRequest, x: number, y: number): Box[] {
  const { w, h, gap } = r;
  if (r.at === "centre") return [{ x: x - w / 2, y: y - h / 2, w, h }];
  return [
    { x: x + gap, y: y - h / 2, w, h },
    { x: x - gap - w, y: y - h / 2, w, h },
    { x: x - w / 2, y: y - gap - h, w, h },
    { x: x - w / 2, y: y + gap, w, h },
    { x: x + gap, y: y - gap - h, w, h },
    { x: x + gap, y: y + gap, w, h },
    { x: x - gap - w, y: y - gap - h, w, h },
    { x: x - gap - w, y: y + gap, w, h },
  ];
}

/** Two boxes overlap when they share some area (touching edges do not). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Boxes bucketed by the grid cells they cover, so that a test looks only at its neighbours. */
class BoxGrid {
  private readonly cells = new Map<number, Box[]>();

  add(box: Box): void {
    this.each(box, (key) => {
      const cell = this.cells.get(key);
      if (cell === undefined) this.cells.set(key, [box]);
      else cell.push(box);
    });
  }

  hits(box: Box): boolean {
    let hit = false;
    this.each(box, (key) => {
      if (!hit) hit = this.cells.get(key)?.some((b) => overlaps(b, box)) ?? false;
    });
    return hit;
  }

  private each(box: Box, f: (key: number) => void): void {
    const x0 = Math.floor(box.x / CELL);
    const x1 = Math.floor((box.x + box.w) / CELL);
    const y0 = Math.floor(box.y / CELL);
    const y1 = Math.floor((box.y + box.h) / CELL);
    for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) f(cx * 100_003 + cy);
  }
}

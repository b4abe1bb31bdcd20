/// <reference lib="dom" />
/**
 * The map's SVG, as text: layers (their paths made once per detail level and kept), and the
 * live picture over them (incidents, units, the lines between them) with labels placed so that
 * none overlaps another or a marker.
 */
import { esc } from "./format.ts";
import {
  levelTolerance,
  simplify,
  toScreen,
  toWorld,
  type Point,
  type Projection,
  type Size,
  type View,
} from "./map-geometry.ts";
import { placeLabels, type Box, type LabelRequest } from "./map-labels.ts";
import { decodePart } from "./map-layers.ts";
import type { ConsoleIncident, ConsoleModel, ConsoleUnit } from "./model.ts";
import type { MapLayer, MapLayerStyle } from "./protocol.ts";

export interface MapSelection {
  readonly incidentId: string | null;
  readonly unitId: string | null;
  /** Units the engine recommends for the selected incident. */
  readonly recommended: readonly string[];
}

/** A layer in world metres, with its paths per detail level once drawn. */
export class DrawLayer {
  readonly features: readonly {
    readonly kind: "area" | "line";
    readonly name: string;
    readonly labelAt: Point | null;
    readonly parts: readonly Float64Array[];
  }[];
  readonly points: number;
  private readonly paths = new Map<number, { svg: string; points: number }>();

  constructor(
    readonly name: string,
    readonly style: MapLayerStyle,
    public visible: boolean,
    layer: MapLayer,
    quantum: number,
    projection: Projection,
  ) {
    let points = 0;
    this.features = layer.features.map((f) => ({
      kind: f.kind,
      name: f.name,
      labelAt: f.labelAt === null ? null : projection.project(f.labelAt[0] * quantum, f.labelAt[1] * quantum),
      parts: f.parts.map((part) => {
        const lonLat = decodePart(part, quantum);
        const xy = new Float64Array(lonLat.length);
        for (let i = 0; i + 1 < lonLat.length; i += 2) {
          const p = projection.project(lonLat[i] ?? 0, lonLat[i + 1] ?? 0);
          xy[i] = p.x;
          xy[i + 1] = p.y;
        }
        points += xy.length / 2;
        return xy;
      }),
    }));
    this.points = points;
  }

  /** Every world point of the layer (to fit the view to it). */
  *worldPoints(): Iterable<Point> {
    for (const f of this.features)
      for (const part of f.parts)
        for (let i = 0; i + 1 < part.length; i += 2) yield { x: part[i] ?? 0, y: part[i + 1] ?? 0 };
  }

  /** The layer's SVG at a detail level: simplified to half a pixel, made once per level. */
  svg(level: number, index: number): { svg: string; points: number } {
    const cached = this.paths.get(level);
    if (cached !== undefined) return cached;
    const tolerance = levelTolerance(level);
    const s = this.style;
    let points = 0;
    const paths = this.features.map((f) => {
      const d = f.parts
        .map((part) => {
          const flat = simplify(Array.from(part), tolerance);
          if (f.kind === "area" && flat.length < 6) return "";
          points += flat.length / 2;
          let out = `M${r1(flat[0])} ${r1(flat[1])}`;
          for (let i = 2; i + 1 < flat.length; i += 2) out += `L${r1(flat[i])} ${r1(flat[i + 1])}`;
          return f.kind === "area" ? `${out}Z` : out;
        })
        .join("");
      if (d === "") return "";
      const fill = f.kind === "area" && s.fill !== null ? s.fill : "none";
      return `<path d="${d}" fill="${fill}" data-feature="${esc(f.name)}"/>`;
    });
    const dash = s.dash === null ? "" : ` stroke-dasharray="${s.dash.join(" ")}"`;
    const drawn = {
      svg: `<g class="layer" data-layer="${esc(this.name)}" data-index="${index}" data-features="${this.features.length}" data-points="${points}" stroke="${s.stroke}" stroke-width="${s.width}"${dash} fill-rule="evenodd">${paths.join("")}</g>`,
      points,
    };
    this.paths.set(level, drawn);
    return drawn;
  }
}

/** One decimal of a metre: well under a pixel at every zoom the map allows but the closest. */
function r1(v: number | undefined): number {
  return Math.round((v ?? 0) * 10) / 10;
}

const FONT_PX = 11;
/** Streets are named from this zoom in (a kilometre across 150 pixels), as on a paper street map. */
const LINE_LABELS_MIN_SCALE = 0.15;
const LABEL_H = 14;

export interface Overlay {
  readonly svg: string;
  readonly labelsPlaced: number;
  readonly labelsHidden: number;
}

/** Everything over the layers: lines, markers, then the labels that fit. */
export function overlaySvg(
  model: ConsoleModel,
  sel: MapSelection,
  layers: readonly DrawLayer[],
  projection: Projection,
  view: View,
  size: Size,
  textWidth: (text: string) => number,
): Overlay {
  const scene = new Scene(projection, view, size, textWidth);
  const incidents = [...model.incidents.values()].filter((i) => i.endedAt === null);
  scene.out.push(linesSvg(model, incidents, sel, projection));
  for (const i of incidents) scene.incident(i, i.id === sel.incidentId);
  const assigned = new Set(incidents.find((i) => i.id === sel.incidentId)?.unitIds ?? []);
  const recommended = new Set(sel.recommended);
  for (const { unit, at } of unitPlaces([...model.units.values()], (lon, lat) => scene.screen(lon, lat))) {
    const selected = unit.id === sel.unitId;
    const priority = selected ? 1000 : recommended.has(unit.id) ? 900 : assigned.has(unit.id) ? 800 : 300;
    scene.unit(unit, at, selected, priority);
  }
  layers.forEach((layer, index) => scene.layerLabels(layer, index));
  return scene.finish();
}

/** The overlay as it is made: its SVG so far, and the labels wanted with the markers they must not cover. */
class Scene {
  readonly out: string[] = [];
  private readonly requests: LabelRequest[] = [];
  private readonly obstacles: Box[] = [];
  private readonly texts = new Map<string, { text: string; attr: string; cls: string }>();
  private readonly px: number;

  constructor(
    private readonly projection: Projection,
    private readonly view: View,
    private readonly size: Size,
    private readonly textWidth: (text: string) => number,
  ) {
    this.px = 1 / view.scale;
  }

  screen(lon: number, lat: number): Point {
    const w = this.projection.project(lon, lat);
    return toScreen(this.view, this.size, w.x, w.y);
  }

  incident(i: ConsoleIncident, selected: boolean): void {
    const s = this.screen(i.lon, i.lat);
    if (!this.onScreen(s)) return;
    const w = this.world(s);
    const px = this.px;
    const rPx = i.priority <= 1 ? 8 : i.priority === 2 ? 7 : 6;
    const pending = i.status === "pending";
    const cls = `incident${pending && i.overdueAlerts > 0 ? " overdue" : ""}${selected ? " selected" : ""}`;
    const ring = pending ? `<circle class="ring" cx="${w.x}" cy="${w.y}" r="${(rPx + 5) * px}"/>` : "";
    const colour = `var(--p${Math.min(5, Math.max(1, i.priority))})`;
    this.out.push(
      `<g class="${cls}" data-incident="${esc(i.id)}">${ring}<circle class="core" cx="${w.x}" cy="${w.y}" r="${rPx * px}" fill="${colour}"/><title>${esc(`${i.id} P${i.priority} ${i.callType} ${i.status} ${i.address}`)}</title></g>`,
    );
    this.obstacles.push({ x: s.x - rPx, y: s.y - rPx, w: 2 * rPx, h: 2 * rPx });
    const text = selected ? i.id : shortId(i.id);
    this.label(
      `i:${i.id}`,
      text,
      `data-incident="${esc(i.id)}"`,
      `incident-label${selected ? " selected" : ""}`,
      {
        x: s.x,
        y: s.y,
        gap: rPx + 2,
        priority: selected ? 1000 : 600 - 10 * i.priority + (pending ? 5 : 0),
        at: "around",
        insist: selected,
      },
    );
  }

  unit(u: ConsoleUnit, at: Point, selected: boolean, priority: number): void {
    if (!this.onScreen(at)) return;
    const w = this.world(at);
    const px = this.px;
    const h = 5;
    this.out.push(
      `<g class="unit${selected ? " selected" : ""}" data-unit="${esc(u.id)}"><rect x="${w.x - h * px}" y="${w.y - h * px}" width="${2 * h * px}" height="${2 * h * px}" rx="${1.5 * px}" fill="var(--${esc(u.status)})"/><title>${esc(`${u.id} ${u.type} ${u.status}${u.incidentId === null ? "" : ` on ${u.incidentId}`}`)}</title></g>`,
    );
    this.obstacles.push({ x: at.x - h, y: at.y - h, w: 2 * h, h: 2 * h });
    this.label(`u:${u.id}`, u.id, `data-unit="${esc(u.id)}"`, `unit-label${selected ? " selected" : ""}`, {
      x: at.x,
      y: at.y,
      gap: h + 2,
      priority,
      at: "around",
      insist: selected,
    });
  }

  /** The names of a layer's features: areas' at their label point, streets' along them. */
  layerLabels(layer: DrawLayer, index: number): void {
    if (!layer.visible || layer.style.label === null) return;
    for (const [k, f] of layer.features.entries()) {
      if (f.name === "" || (f.kind === "line" && this.view.scale < LINE_LABELS_MIN_SCALE)) continue;
      const anchors =
        f.kind === "line"
          ? lineAnchors(f.parts, this.view, this.size)
          : f.labelAt === null
            ? null
            : [toScreen(this.view, this.size, f.labelAt.x, f.labelAt.y)];
      const [first, ...more] = anchors ?? [];
      if (first === undefined) continue;
      this.label(`l:${index}:${k}`, f.name, `fill="${layer.style.label}"`, "layer-label", {
        x: first.x,
        y: first.y,
        more,
        gap: 0,
        priority: (f.kind === "area" ? 200 : 100) - index,
        at: "centre",
      });
    }
  }

  finish(): Overlay {
    const placed = placeLabels(this.requests, this.obstacles, this.size);
    for (const p of placed) {
      const t = this.texts.get(p.id);
      if (t === undefined) continue;
      const at = this.world({ x: p.x + 2, y: p.y + LABEL_H - 3.5 });
      this.out.push(
        `<text class="${t.cls}" ${t.attr} x="${at.x}" y="${at.y}" font-size="${FONT_PX * this.px}">${esc(t.text)}</text>`,
      );
    }
    return {
      svg: this.out.join(""),
      labelsPlaced: placed.length,
      labelsHidden: this.requests.length - placed.length,
    };
  }

  /** Markers off screen are not drawn (a marker at the edge still is). */
  private onScreen(p: Point): boolean {
    return p.x > -20 && p.y > -20 && p.x < this.size.width + 20 && p.y < this.size.height + 20;
  }

  private world(p: Point): Point {
    return toWorld(this.view, this.size, p.x, p.y);
  }

  private label(
    id: string,
    text: string,
    attr: string,
    cls: string,
    r: Omit<LabelRequest, "id" | "w" | "h">,
  ) {
    this.texts.set(id, { text, attr, cls });
    this.requests.push({ id, w: this.textWidth(text) + 4, h: LABEL_H, ...r });
  }
}

/** Units at their positions; units at the same spot (a station) are fanned out in a square. */
function unitPlaces(
  units: ConsoleUnit[],
  screen: (lon: number, lat: number) => Point,
): { unit: ConsoleUnit; at: Point }[] {
  const groups = new Map<string, ConsoleUnit[]>();
  for (const u of units) {
    if (u.lon === null || u.lat === null) continue;
    const key = `${u.lon.toFixed(5)},${u.lat.toFixed(5)}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [u]);
    else group.push(u);
  }
  const out: { unit: ConsoleUnit; at: Point }[] = [];
  const step = 13;
  for (const group of groups.values()) {
    group.sort((a, b) => (a.id < b.id ? -1 : 1));
    const perRow = Math.ceil(Math.sqrt(group.length));
    group.forEach((u, k) => {
      const s = screen(u.lon ?? 0, u.lat ?? 0);
      out.push({
        unit: u,
        at: { x: s.x + ((k % perRow) - (perRow - 1) / 2) * step, y: s.y + Math.floor(k / perRow) * step },
      });
    });
  }
  return out;
}

function linesSvg(
  model: ConsoleModel,
  incidents: ConsoleIncident[],
  sel: MapSelection,
  projection: Projection,
): string {
  const lines: string[] = [];
  const line = (u: ConsoleUnit | undefined, i: ConsoleIncident, cls: string, opacity: number) => {
    if (u?.lon == null || u.lat == null) return;
    const a = projection.project(u.lon, u.lat);
    const b = projection.project(i.lon, i.lat);
    lines.push(`<line class="${cls}" opacity="${opacity}" x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}"/>`);
  };
  for (const i of incidents) {
    const selected = i.id === sel.incidentId;
    for (const id of i.unitIds) line(model.units.get(id), i, "link-line", selected ? 1 : 0.35);
    if (selected) for (const id of sel.recommended) line(model.units.get(id), i, "rec-line", 1);
  }
  return lines.join("");
}

/**
 * Where a street's name may go: along its longest stretch on screen, the middle first, then
 * further out; null when no stretch is long enough to be worth a name.
 */
function lineAnchors(parts: readonly Float64Array[], view: View, size: Size): Point[] | null {
  let best: [Point, Point] | null = null;
  let longest = 60;
  for (const part of parts)
    for (let i = 0; i + 3 < part.length; i += 2) {
      const a = toScreen(view, size, part[i] ?? 0, part[i + 1] ?? 0);
      const b = toScreen(view, size, part[i + 2] ?? 0, part[i + 3] ?? 0);
      const c = clip(a, b, size);
      if (c === null) continue;
      const length = Math.hypot(c[1].x - c[0].x, c[1].y - c[0].y);
      if (length > longest) {
        longest = length;
        best = c;
      }
    }
  if (best === null) return null;
  const [a, b] = best;
  return [0.5, 0.3, 0.7, 0.15, 0.85].map((t) => ({ x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) }));
}

/** The part of segment a-b inside the screen (Liang-Barsky), or null. */
export function clip(a: Point, b: Point, size: Size): [Point, Point] | null {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: [number, number][] = [
    [-dx, a.x],
    [dx, size.width - a.x],
    [-dy, a.y],
    [dy, size.height - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return null;
  }
  return [
    { x: a.x + t0 * dx, y: a.y + t0 * dy },
    { x: a.x + t1 * dx, y: a.y + t1 * dy },
  ];
}

/** "INC-000012" -> "#12": the map labels incidents briefly; the selected one in full. */
function shortId(id: string): string {
  const digits = /(\d+)$/.exec(id)?.[1];
  return digits === undefined ? id : `#${Number(digits)}`;
}

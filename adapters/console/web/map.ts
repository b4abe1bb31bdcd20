/// <reference lib="dom" />
import { esc } from "./format.ts";
import type { ConsoleIncident, ConsoleModel, ConsoleUnit } from "./model.ts";
import type { ZonesReply } from "./protocol.ts";

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

type Ring = readonly (readonly number[])[];
interface Zone {
  readonly name: string;
  readonly rings: readonly Ring[];
}

export interface MapSelection {
  readonly incidentId: string | null;
  readonly unitId: string | null;
  /** Units the engine recommends for the selected incident. */
  readonly recommended: readonly string[];
}

const SCALE = 1000;

/**
 * The map, drawn in SVG from the config's zones GeoJSON (no tiles: it works offline): zones,
 * incidents coloured by priority (pending ones pulse, overdue ones ringed red), units coloured
 * by status, lines from units to their incident. Wheel zooms, drag pans, double-click refits.
 */
export class MapView {
  private readonly zones: Zone[];
  private readonly lon0: number;
  private readonly lat0: number;
  private readonly cos0: number;
  /** The user's own view after a zoom or pan; null follows what there is to see. */
  private view: Box | null = null;
  private shown: Box = { x: 0, y: 0, w: 1, h: 1 };
  private drag: { x: number; y: number; box: Box } | null = null;
  /** The press moved the map: it selects nothing. */
  private dragged = false;
  private pressed: { incidentId: string | undefined; unitId: string | undefined } | null = null;
  /** An armed one-shot pick: the next click on the map (not a drag) reports its point. */
  private picking: ((p: { lat: number; lon: number }) => void) | null = null;
  private stopPicking: (() => void) | null = null;

  constructor(
    private readonly svg: SVGSVGElement,
    zones: ZonesReply,
    private readonly select: (what: { incidentId?: string; unitId?: string }) => void,
    private readonly rerender: () => void,
  ) {
    this.zones = zones === null ? [] : readZones(zones.geojson, zones.nameProperty);
    const points = this.zones.flatMap((z) => z.rings.flat());
    const lons = points.map((p) => p[0] ?? 0);
    const lats = points.map((p) => p[1] ?? 0);
    this.lon0 = lons.length > 0 ? (Math.min(...lons) + Math.max(...lons)) / 2 : 0;
    this.lat0 = lats.length > 0 ? (Math.min(...lats) + Math.max(...lats)) / 2 : 0;
    this.cos0 = Math.cos((this.lat0 * Math.PI) / 180);
    this.listen();
  }

  render(model: ConsoleModel, selection: MapSelection): void {
    if (this.zones.length === 0 && model.units.size === 0 && model.incidents.size === 0) return;
    this.shown = this.view ?? this.fit(model);
    const b = this.shown;
    this.svg.setAttribute("viewBox", `${b.x} ${b.y} ${b.w} ${b.h}`);
    const px = b.w / Math.max(1, this.svg.clientWidth || 800);
    const incidents = [...model.incidents.values()].filter((i) => i.endedAt === null);
    this.svg.innerHTML =
      this.zonesSvg(px) +
      this.linesSvg(model, incidents, selection) +
      incidents.map((i) => this.incidentSvg(i, model, selection, px)).join("") +
      this.unitsSvg([...model.units.values()], selection, px);
  }

  /**
   * Arms a one-shot pick: a crosshair cursor, then the geographic point of the next click on the
   * map (a drag still pans) goes to onPicked. Returns a cancel function; Escape cancels too, and
   * a new pick replaces one still armed.
   */
  pick(onPicked: (p: { lat: number; lon: number }) => void): () => void {
    this.stopPicking?.();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") cancel();
    };
    const armed = (p: { lat: number; lon: number }) => onPicked(p);
    const cancel = () => {
      if (this.picking !== armed) return;
      this.picking = null;
      this.stopPicking = null;
      this.svg.classList.remove("picking");
      window.removeEventListener("keydown", onKey, true);
    };
    this.picking = armed;
    this.stopPicking = cancel;
    this.svg.classList.add("picking");
    window.addEventListener("keydown", onKey, true);
    return cancel;
  }

  /** The geographic point under a client (CSS pixel) position. */
  pointAt(clientX: number, clientY: number): { lat: number; lon: number } {
    const ctm = this.svg.getScreenCTM();
    const p = ctm === null ? { x: 0, y: 0 } : new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse());
    return this.unproject(p.x, p.y);
  }

  private unproject(x: number, y: number): { lat: number; lon: number } {
    return { lon: this.lon0 + x / (this.cos0 * SCALE), lat: this.lat0 - y / SCALE };
  }

  private project(lon: number, lat: number): [number, number] {
    return [(lon - this.lon0) * this.cos0 * SCALE, -(lat - this.lat0) * SCALE];
  }

  private fit(model: ConsoleModel): Box {
    const xs: number[] = [];
    const ys: number[] = [];
    const add = (lon: number | null, lat: number | null) => {
      if (lon === null || lat === null) return;
      const [x, y] = this.project(lon, lat);
      xs.push(x);
      ys.push(y);
    };
    for (const z of this.zones) for (const r of z.rings) for (const p of r) add(p[0] ?? null, p[1] ?? null);
    for (const u of model.units.values()) add(u.lon, u.lat);
    for (const i of model.incidents.values()) add(i.lon, i.lat);
    const x0 = Math.min(...xs);
    const y0 = Math.min(...ys);
    const w = Math.max(1, Math.max(...xs) - x0);
    const h = Math.max(1, Math.max(...ys) - y0);
    const pad = 0.07 * Math.max(w, h);
    return { x: x0 - pad, y: y0 - pad, w: w + 2 * pad, h: h + 2 * pad };
  }

  private zonesSvg(px: number): string {
    return this.zones
      .map((z) => {
        const d = z.rings
          .map((r) => `M${r.map((p) => this.project(p[0] ?? 0, p[1] ?? 0).join(",")).join("L")}Z`)
          .join("");
        const pts = z.rings[0] ?? [];
        const [cx, cy] = this.project(avg(pts.map((p) => p[0] ?? 0)), avg(pts.map((p) => p[1] ?? 0)));
        return `<path class="zone" d="${d}"/><text class="zone-label" x="${cx}" y="${cy}" font-size="${16 * px}" text-anchor="middle" dominant-baseline="middle">${esc(z.name)}</text>`;
      })
      .join("");
  }

  private linesSvg(model: ConsoleModel, incidents: ConsoleIncident[], sel: MapSelection): string {
    const lines: string[] = [];
    const line = (u: ConsoleUnit | undefined, i: ConsoleIncident, cls: string, opacity: number) => {
      if (u?.lon == null || u.lat == null) return;
      const [x1, y1] = this.project(u.lon, u.lat);
      const [x2, y2] = this.project(i.lon, i.lat);
      lines.push(`<line class="${cls}" opacity="${opacity}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}"/>`);
    };
    for (const i of incidents) {
      const selected = i.id === sel.incidentId;
      for (const id of i.unitIds) line(model.units.get(id), i, "link-line", selected ? 1 : 0.35);
      if (selected) for (const id of sel.recommended) line(model.units.get(id), i, "rec-line", 1);
    }
    return lines.join("");
  }

  private incidentSvg(i: ConsoleIncident, model: ConsoleModel, sel: MapSelection, px: number): string {
    const [x, y] = this.project(i.lon, i.lat);
    const r = (i.priority <= 1 ? 8 : i.priority === 2 ? 7 : 6) * px;
    const pending = i.status === "pending";
    const cls = `incident${pending && i.overdueAlerts > 0 ? " overdue" : ""}${i.id === sel.incidentId ? " selected" : ""}`;
    const ring = pending ? `<circle class="ring" cx="${x}" cy="${y}" r="${r + 5 * px}"/>` : "";
    const colour = `var(--p${Math.min(5, Math.max(1, i.priority))})`;
    return `<g class="${cls}" data-incident="${esc(i.id)}">${ring}<circle class="core" cx="${x}" cy="${y}" r="${r}" fill="${colour}"/><text x="${x + r + 3 * px}" y="${y - r}" font-size="${10 * px}">${esc(i.id === sel.incidentId ? i.id : shortId(i.id))}</text><title>${esc(`${i.id} P${i.priority} ${i.callType} ${i.status} ${i.address}`)}</title></g>`;
  }

  private unitsSvg(units: ConsoleUnit[], sel: MapSelection, px: number): string {
    const groups = new Map<string, ConsoleUnit[]>();
    for (const u of units) {
      if (u.lon === null || u.lat === null) continue;
      const key = `${u.lon.toFixed(4)},${u.lat.toFixed(4)}`;
      groups.set(key, [...(groups.get(key) ?? []), u]);
    }
    const w = 30 * px;
    const h = 13 * px;
    const out: string[] = [];
    for (const group of groups.values()) {
      group.sort((a, b) => (a.id < b.id ? -1 : 1));
      group.forEach((u, k) => {
        const [x0, y0] = this.project(u.lon ?? 0, u.lat ?? 0);
        const perRow = Math.min(group.length, 4);
        const x = x0 + ((k % perRow) - (perRow - 1) / 2) * (w + 2 * px) - w / 2;
        const y = y0 + Math.floor(k / perRow) * (h + 2 * px) - h / 2;
        const cls = `unit${u.id === sel.unitId ? " selected" : ""}`;
        out.push(
          `<g class="${cls}" data-unit="${esc(u.id)}"><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${2 * px}" fill="var(--${esc(u.status)})"/><text x="${x + w / 2}" y="${y + h / 2}" font-size="${9.5 * px}" text-anchor="middle" dominant-baseline="central">${esc(u.id)}</text><title>${esc(`${u.id} ${u.type} ${u.status}${u.incidentId === null ? "" : ` on ${u.incidentId}`}`)}</title></g>`,
        );
      });
    }
    return out.join("");
  }

  private listen(): void {
    const svg = this.svg;
    svg.addEventListener("dblclick", () => {
      this.view = null;
      this.rerender();
    });
    svg.addEventListener("wheel", (e) => this.zoom(e), { passive: false });
    svg.addEventListener("pointerdown", (e) => {
      // What was pressed is read now: the map may be redrawn before the button comes up.
      const target = (e.target as Element).closest("[data-incident],[data-unit]");
      this.pressed = {
        incidentId: target?.getAttribute("data-incident") ?? undefined,
        unitId: target?.getAttribute("data-unit") ?? undefined,
      };
      this.drag = { x: e.clientX, y: e.clientY, box: this.shown };
      this.dragged = false;
    });
    svg.addEventListener("pointermove", (e) => {
      const d = this.drag;
      if (d === null || (e.buttons & 1) === 0) return;
      const dx = e.clientX - d.x;
      const dy = e.clientY - d.y;
      if (!this.dragged && Math.abs(dx) + Math.abs(dy) < 5) return;
      this.dragged = true;
      const k = d.box.w / Math.max(1, svg.clientWidth);
      this.view = { ...d.box, x: d.box.x - dx * k, y: d.box.y - dy * k };
      this.rerender();
    });
    svg.addEventListener("pointerup", (e) => {
      const pressed = this.pressed;
      this.drag = null;
      this.pressed = null;
      if (this.dragged || pressed === null) return;
      const picked = this.picking;
      if (picked !== null) {
        const point = this.pointAt(e.clientX, e.clientY);
        this.stopPicking?.();
        picked(point);
        return;
      }
      if (pressed.incidentId !== undefined) this.select({ incidentId: pressed.incidentId });
      else if (pressed.unitId !== undefined) this.select({ unitId: pressed.unitId });
    });
  }

  private zoom(e: WheelEvent): void {
    e.preventDefault();
    const b = this.shown;
    const rect = this.svg.getBoundingClientRect();
    const fx = (e.clientX - rect.left) / rect.width;
    const fy = (e.clientY - rect.top) / rect.height;
    const k = e.deltaY > 0 ? 1.2 : 1 / 1.2;
    const w = b.w * k;
    const h = b.h * k;
    this.view = { x: b.x + (b.w - w) * fx, y: b.y + (b.h - h) * fy, w, h };
    this.rerender();
  }
}

/**
 * The key to the map's colours: units by status, incidents by priority. Coloured by the
 * stylesheet's classes: the page's Content-Security-Policy allows no inline style.
 */
export function legendHtml(statuses: readonly string[], priorities: readonly number[]): string {
  const units = statuses.map((s) => `<span><i class="st-${esc(s)}"></i>${esc(s.replace(/_/g, " "))}</span>`);
  const incidents = priorities.map(
    (p) => `<span><i class="dot p${Math.min(5, Math.max(1, p))}"></i>P${p}</span>`,
  );
  return `${units.join("")}<br>${incidents.join("")}<span>pulsing: pending · red ring: overdue</span>`;
}

/** "INC-000012" -> "#12": the map labels incidents briefly; the selected one in full. */
function shortId(id: string): string {
  const digits = /(\d+)$/.exec(id)?.[1];
  return digits === undefined ? id : `#${Number(digits)}`;
}

function avg(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** The Polygon and MultiPolygon features of a FeatureCollection (anything else is skipped). */
function readZones(geojson: unknown, nameProperty: string): Zone[] {
  const features = (geojson as { features?: unknown } | null)?.features;
  if (!Array.isArray(features)) return [];
  const zones: Zone[] = [];
  for (const f of features as {
    properties?: Record<string, unknown>;
    geometry?: { type?: string; coordinates?: unknown };
  }[]) {
    const g = f.geometry;
    const value = f.properties?.[nameProperty];
    const name = typeof value === "string" || typeof value === "number" ? String(value) : "";
    if (g?.type === "Polygon") zones.push({ name, rings: g.coordinates as Ring[] });
    else if (g?.type === "MultiPolygon")
      for (const p of g.coordinates as Ring[][]) zones.push({ name, rings: p });
  }
  return zones;
}

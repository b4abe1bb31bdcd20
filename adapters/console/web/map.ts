/// <reference lib="dom" />
import { esc } from "./format.ts";
import { DrawLayer, overlaySvg, type MapSelection } from "./map-draw.ts";
import {
  boundsOf,
  detailLevel,
  fitBounds,
  panBy,
  Projection,
  toWorld,
  viewBox,
  zoomAt,
  type Point,
  type Size,
  type View,
} from "./map-geometry.ts";
import { layerFromGeoJSON, QUANTUM } from "./map-layers.ts";
import type { ConsoleModel } from "./model.ts";
import type { LayersReply, MapLayer, ZonesReply } from "./protocol.ts";

export type { MapSelection } from "./map-draw.ts";

const ZONES_STYLE = { stroke: "#33404f", fill: "#18212b", width: 1, dash: null, label: "#4b5a6b" } as const;
const ZOOM_STEP = 1.5;
const CROSSHAIR =
  '<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true"><circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor"/><path d="M7 0v4M7 10v4M0 7h4M10 7h4" stroke="currentColor"/></svg>';
const PAN_STEP_PX = 100;

/**
 * The map, drawn in SVG from the project's own data (no tiles: it works offline): the config's
 * zones and map layers, incidents coloured by priority (pending ones pulse, overdue ones ringed
 * red), units coloured by status, lines from units to their incident, and labels that never
 * overlap. Drag pans; the wheel, the + and − buttons and the keyboard (when the map has focus:
 * arrows, + and −, 0) zoom; double-click or ⤢ fits the agency again. Layers are toggled in the
 * map's legend.
 */
export class MapView {
  private projection: Projection | null = null;
  private readonly zoneLayer: MapLayer | null;
  private layerReply: LayersReply | null = null;
  private layers: DrawLayer[] = [];
  /** Layers the dispatcher turned on or off, by name. */
  private readonly visibility = new Map<string, boolean>();
  /** The user's own view after a zoom or pan; null fits what there is to see. */
  private view: View | null = null;
  private shown: View = { cx: 0, cy: 0, scale: 1 };
  private size: Size = { width: 800, height: 600 };
  private drawnLayers = "";
  private readonly layersGroup: SVGGElement;
  private readonly overlayGroup: SVGGElement;
  private readonly layerList: HTMLElement;
  private drag: { x: number; y: number; view: View } | null = null;
  /** The press moved the map: it selects nothing. */
  private dragged = false;
  private pressed: { incidentId: string | undefined; unitId: string | undefined } | null = null;
  /** An armed one-shot pick: the next click on the map (not a drag) reports its point. */
  private picking: ((p: { lat: number; lon: number }) => void) | null = null;
  private stopPicking: (() => void) | null = null;
  private frame = 0;
  private last: { model: ConsoleModel; selection: MapSelection } | null = null;
  private readonly widths = new Map<string, number>();
  private readonly measure = document.createElement("canvas").getContext("2d");

  constructor(
    private readonly svg: SVGSVGElement,
    zones: ZonesReply,
    private readonly select: (what: { incidentId?: string; unitId?: string }) => void,
    private readonly rerender: () => void,
  ) {
    this.zoneLayer =
      zones === null
        ? null
        : layerFromGeoJSON(zones.geojson, {
            name: "Zones",
            nameProperty: zones.nameProperty,
            style: ZONES_STYLE,
            visible: true,
          }).layer;
    svg.innerHTML = '<g class="layers"></g><g class="overlay"></g>';
    this.layersGroup = svg.querySelector("g.layers") as SVGGElement;
    this.overlayGroup = svg.querySelector("g.overlay") as SVGGElement;
    svg.setAttribute("tabindex", "0");
    this.layerList = this.controls();
    this.listen();
  }

  /** The configured layers (GET /api/layers), drawn over the zones from now on. */
  setLayers(reply: LayersReply): void {
    this.layerReply = reply;
    this.layers = [];
    this.redraw();
  }

  render(model: ConsoleModel, selection: MapSelection): void {
    this.last = { model, selection };
    const projection = this.ensureLayers(model);
    if (projection === null) return;
    // The exact (fractional) size the SVG is laid out at, so that its viewBox maps metres to pixels exactly.
    const rect = this.svg.getBoundingClientRect();
    this.size = { width: rect.width || 800, height: rect.height || 600 };
    this.shown = this.view ?? this.fit(model, projection);
    // Fitted once the layers and the agency's units or incidents are in, the view stays where it
    // is: a map that re-fitted whenever a unit moved would move under the dispatcher's pointer.
    // The fit button, a double-click or 0 fits again.
    if (this.view === null && this.layerReply !== null && (model.units.size > 0 || model.incidents.size > 0))
      this.view = this.shown;
    const b = viewBox(this.shown, this.size);
    this.svg.setAttribute("viewBox", `${b.x} ${b.y} ${b.w} ${b.h}`);
    const centre = projection.unproject(this.shown.cx, this.shown.cy);
    this.svg.dataset["scale"] = String(this.shown.scale);
    this.svg.dataset["centre"] = `${centre.lon.toFixed(6)},${centre.lat.toFixed(6)}`;
    this.svg.dataset["projection"] = `${projection.lon0},${projection.lat0}`;
    this.drawLayers();
    const overlay = overlaySvg(model, selection, this.layers, projection, this.shown, this.size, (t) =>
      this.textWidth(t),
    );
    this.overlayGroup.innerHTML = overlay.svg;
    this.svg.dataset["labels"] = String(overlay.labelsPlaced);
    this.svg.dataset["labelsHidden"] = String(overlay.labelsHidden);
  }

  /**
   * Arms a one-shot pick: a crosshair cursor, then the geographic point of the next click on the
   * map (a drag still pans) goes to onPicked. Returns a cancel function; Escape cancels too, and
   * a new pick replaces one still armed.
   */
  pick(onPicked: (p: { lat: number; lon: number }) => void): () => void {
    this.stopPicking?.();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      // Escape here only cancels the pick (it does not also leave a field or deselect).
      e.stopPropagation();
      e.preventDefault();
      cancel();
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
    const projection = this.projection ?? new Projection(0, 0);
    // The SVG's own mapping of the screen to its viewBox (metres): right even when the map was
    // laid out again since it was drawn (a panel opening beside it), which the drawn size is not.
    const ctm = this.svg.getScreenCTM();
    if (ctm !== null) {
      const p = new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse());
      return projection.unproject(p.x, p.y);
    }
    const rect = this.svg.getBoundingClientRect();
    const w = toWorld(this.shown, this.size, clientX - rect.left, clientY - rect.top);
    return projection.unproject(w.x, w.y);
  }

  /** The projection (fixed by the first geography the map has) and the layers in it. */
  private ensureLayers(model: ConsoleModel): Projection | null {
    const reply = this.layerReply;
    const sources: { layer: MapLayer; quantum: number }[] = [
      ...(this.zoneLayer === null ? [] : [{ layer: this.zoneLayer, quantum: QUANTUM }]),
      ...(reply?.layers ?? []).map((layer) => ({ layer, quantum: reply?.quantum ?? QUANTUM })),
    ];
    if (this.projection === null) {
      const points: [number, number][] = [];
      for (const { layer, quantum } of sources)
        for (const f of layer.features)
          for (const p of f.parts) points.push([(p[0] ?? 0) * quantum, (p[1] ?? 0) * quantum]);
      if (points.length === 0) {
        for (const u of model.units.values())
          if (u.lon !== null && u.lat !== null) points.push([u.lon, u.lat]);
        for (const i of model.incidents.values()) points.push([i.lon, i.lat]);
      }
      if (points.length === 0) return null;
      this.projection = Projection.around(points);
    }
    if (this.layers.length !== sources.length) {
      const p = this.projection;
      this.layers = sources.map(
        ({ layer, quantum }) =>
          new DrawLayer(
            layer.name,
            layer.style,
            this.visibility.get(layer.name) ?? layer.visible,
            layer,
            quantum,
            p,
          ),
      );
      this.drawnLayers = "";
      this.layerList.innerHTML = this.layers.map((l, k) => layerToggle(l, k)).join("");
    }
    return this.projection;
  }

  private drawLayers(): void {
    const level = detailLevel(this.shown.scale);
    const key = `${level}:${this.layers.map((l) => (l.visible ? 1 : 0)).join("")}`;
    if (key === this.drawnLayers) return;
    this.drawnLayers = key;
    this.layersGroup.innerHTML = this.layers.map((l, k) => (l.visible ? l.svg(level, k).svg : "")).join("");
  }

  /** The agency's geography and everything on the map, with a margin. */
  private fit(model: ConsoleModel, projection: Projection): View {
    const points: Point[] = [];
    for (const l of this.layers) for (const p of l.worldPoints()) points.push(p);
    for (const u of model.units.values())
      if (u.lon !== null && u.lat !== null) points.push(projection.project(u.lon, u.lat));
    for (const i of model.incidents.values())
      if (i.endedAt === null) points.push(projection.project(i.lon, i.lat));
    const bounds = boundsOf(points) ?? { minX: -1000, minY: -1000, maxX: 1000, maxY: 1000 };
    return fitBounds(bounds, this.size);
  }

  private textWidth(text: string): number {
    let w = this.widths.get(text);
    if (w === undefined) {
      if (this.measure !== null) this.measure.font = '11px system-ui, "DejaVu Sans", Arial, sans-serif';
      w = this.measure?.measureText(text).width ?? text.length * 6.5;
      this.widths.set(text, w);
    }
    return w;
  }

  /** Draws again at the next frame, once however many pans and zooms come before it. */
  private redraw(): void {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.last !== null) this.render(this.last.model, this.last.selection);
      else this.rerender();
    });
  }

  private zoomBy(factor: number, sx = this.size.width / 2, sy = this.size.height / 2): void {
    this.view = zoomAt(this.view ?? this.shown, this.size, factor, sx, sy);
    this.redraw();
  }

  /** Fits at once (not at the next frame), so that a zoom right after starts from the fitted view. */
  private refit(): void {
    this.view = null;
    if (this.last !== null) this.render(this.last.model, this.last.selection);
    else this.rerender();
  }

  /** The +, −, fit and pick-a-point buttons and the layer list, in the map's corner. */
  private controls(): HTMLElement {
    const panel = this.svg.parentElement ?? document.body;
    const bar = document.createElement("div");
    bar.className = "map-controls";
    bar.innerHTML =
      '<button type="button" data-map="in" title="Zoom in (+)" aria-label="Zoom in">+</button>' +
      '<button type="button" data-map="out" title="Zoom out (−)" aria-label="Zoom out">−</button>' +
      '<button type="button" data-map="fit" title="Fit the agency (0, or double-click)" aria-label="Fit the agency">⤢</button>' +
      `<button type="button" data-map="where" title="Pick a point: show its coordinates" aria-label="Pick a point">${CROSSHAIR}</button>` +
      '<output class="map-where" aria-live="polite"></output>';
    const list = document.createElement("div");
    list.className = "map-layers";
    list.setAttribute("aria-label", "Map layers");
    panel.append(bar, list);
    bar.addEventListener("click", (e) => {
      const action = (e.target as Element).closest("[data-map]")?.getAttribute("data-map");
      if (action === "in") this.zoomBy(ZOOM_STEP);
      else if (action === "out") this.zoomBy(1 / ZOOM_STEP);
      else if (action === "fit") this.refit();
      else if (action === "where") this.where(bar.querySelector("output") as HTMLOutputElement);
    });
    list.addEventListener("change", (e) => {
      const input = e.target as HTMLInputElement;
      const layer = this.layers[Number(input.getAttribute("data-layer-index"))];
      if (layer === undefined) return;
      layer.visible = input.checked;
      this.visibility.set(layer.name, input.checked);
      this.redraw();
    });
    return list;
  }

  /** Pick a point and show its coordinates (to read to a caller or another agency). */
  private where(out: HTMLOutputElement): void {
    out.textContent = "click the map…";
    const clear = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      out.textContent = "";
      window.removeEventListener("keydown", clear, true);
    };
    // Registered before the pick's own Escape handler, which stops the key from going further.
    window.addEventListener("keydown", clear, true);
    this.pick((p) => {
      window.removeEventListener("keydown", clear, true);
      out.textContent = `${p.lat.toFixed(5)}, ${p.lon.toFixed(5)}`;
      out.dataset["lat"] = String(p.lat);
      out.dataset["lon"] = String(p.lon);
    });
  }

  private listen(): void {
    const svg = this.svg;
    svg.addEventListener("dblclick", () => this.refit());
    // Laid out again (a panel opening beside it, the window resized): drawn again at that size.
    if (typeof ResizeObserver !== "undefined") new ResizeObserver(() => this.redraw()).observe(svg);
    svg.addEventListener(
      "wheel",
      (e) => {
        e.preventDefault();
        const rect = svg.getBoundingClientRect();
        this.zoomBy(e.deltaY > 0 ? 1 / 1.2 : 1.2, e.clientX - rect.left, e.clientY - rect.top);
      },
      { passive: false },
    );
    svg.addEventListener("keydown", (e) => this.onKey(e));
    svg.addEventListener("pointerdown", (e) => {
      // What was pressed is read now: the map may be redrawn before the button comes up.
      const target = (e.target as Element).closest("[data-incident],[data-unit]");
      this.pressed = {
        incidentId: target?.getAttribute("data-incident") ?? undefined,
        unitId: target?.getAttribute("data-unit") ?? undefined,
      };
      this.drag = { x: e.clientX, y: e.clientY, view: this.shown };
      this.dragged = false;
    });
    svg.addEventListener("pointermove", (e) => {
      const d = this.drag;
      if (d === null || (e.buttons & 1) === 0) return;
      const dx = e.clientX - d.x;
      const dy = e.clientY - d.y;
      if (!this.dragged && Math.abs(dx) + Math.abs(dy) < 5) return;
      this.dragged = true;
      this.view = panBy(d.view, dx, dy);
      this.redraw();
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

  /** With the map focused: arrows pan, + and − zoom, 0 fits. The page's own keys do not see these. */
  private onKey(e: KeyboardEvent): void {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const pans: Record<string, [number, number]> = {
      ArrowLeft: [PAN_STEP_PX, 0],
      ArrowRight: [-PAN_STEP_PX, 0],
      ArrowUp: [0, PAN_STEP_PX],
      ArrowDown: [0, -PAN_STEP_PX],
    };
    const pan = pans[e.key];
    if (pan !== undefined) {
      this.view = panBy(this.view ?? this.shown, pan[0], pan[1]);
      this.redraw();
    } else if (e.key === "+" || e.key === "=") this.zoomBy(ZOOM_STEP);
    else if (e.key === "-" || e.key === "_") this.zoomBy(1 / ZOOM_STEP);
    else if (e.key === "0") this.refit();
    else return;
    e.preventDefault();
    e.stopPropagation();
  }
}

function layerToggle(l: DrawLayer, k: number): string {
  const s = l.style;
  const swatch = `<svg width="16" height="10" aria-hidden="true"><rect x="1" y="1" width="14" height="8" fill="${s.fill ?? "none"}" stroke="${s.stroke}" stroke-width="${Math.min(2, s.width)}"${s.dash === null ? "" : ` stroke-dasharray="3 2"`}/></svg>`;
  return `<label>${swatch}<input type="checkbox" data-layer-index="${k}"${l.visible ? " checked" : ""}/>${esc(l.name)}</label>`;
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

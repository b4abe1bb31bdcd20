/** Hand-written SVG charts for the benchmark report: a line chart (log axes optional) and horizontal bars. */

const W = 720;
const COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"];

export interface Series {
  readonly name: string;
  readonly points: readonly (readonly [number, number])[];
}

export interface Rule {
  readonly y: number;
  readonly label: string;
}

export interface LineChart {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly logX?: boolean;
  readonly logY?: boolean;
  readonly series: readonly Series[];
  /** Horizontal lines, e.g. a target. */
  readonly rules?: readonly Rule[];
}

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** Colour index (same index, same colour). */
  readonly group?: number;
}

export interface BarChart {
  readonly title: string;
  readonly unit: string;
  readonly bars: readonly Bar[];
  readonly rules?: readonly { readonly value: number; readonly label: string }[];
  readonly logScale?: boolean;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const text = (x: number, y: number, s: string, extra = "", size = 12): string =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="sans-serif" font-size="${size}" ${extra}>${escapeXml(s)}</text>`;

/** Tick label: 1k, 10k, 1M, 0.5 ... */
export function shortNumber(x: number): string {
  const abs = Math.abs(x);
  if (abs >= 1e6) return `${+(x / 1e6).toPrecision(3)}M`;
  if (abs >= 1e3) return `${+(x / 1e3).toPrecision(3)}k`;
  return `${+x.toPrecision(3)}`;
}

/** A scale from [lo, hi] to pixels [a, b], linear or log10; and its ticks. */
function scale(lo: number, hi: number, a: number, b: number, log: boolean) {
  const f = (v: number): number => (log ? Math.log10(Math.max(v, 1e-12)) : v);
  const [l, h] = lo === hi ? [f(lo) - 1, f(hi) + 1] : [f(lo), f(hi)];
  const at = (v: number): number => a + ((f(v) - l) / (h - l)) * (b - a);
  const ticks: number[] = [];
  if (log) for (let e = Math.floor(l); e <= Math.ceil(h); e++) ticks.push(10 ** e);
  else for (let i = 0; i <= 5; i++) ticks.push(lo + ((hi - lo) * i) / 5);
  return { at, ticks: ticks.filter((t) => f(t) >= l - 1e-9 && f(t) <= h + 1e-9) };
}

function bounds(values: readonly number[], log: boolean): [number, number] {
  const finite = values.filter((v) => Number.isFinite(v) && (!log || v > 0));
  if (finite.length === 0) return [log ? 1 : 0, 10];
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  if (log) return [10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi))];
  return [Math.min(0, lo), hi * 1.1];
}

export function lineChart(c: LineChart): string {
  const H = 400;
  const [left, right, top, bottom] = [70, W - 180, 40, H - 50];
  const xs = c.series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = [...c.series.flatMap((s) => s.points.map((p) => p[1])), ...(c.rules ?? []).map((r) => r.y)];
  const [y0, y1] = bounds(ys, c.logY === true);
  // The x axis spans the data (with a margin on a linear axis), not zero: rates and sizes start far from it.
  const [xLo, xHi] = [Math.min(...xs), Math.max(...xs)];
  const pad = c.logX === true ? 0 : (xHi - xLo) * 0.05;
  const sx = scale(xLo - pad, xHi + pad, left, right, c.logX === true);
  const sy = scale(y0, y1, bottom, top, c.logY === true);
  const out = [header(H, c.title)];
  for (const t of sy.ticks) {
    const y = sy.at(t);
    out.push(`<line x1="${left}" x2="${right}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" stroke="#ddd"/>`);
    out.push(text(left - 6, y + 4, shortNumber(t), `text-anchor="end"`));
  }
  for (const x of [...new Set(xs)])
    out.push(text(sx.at(x), bottom + 18, shortNumber(x), `text-anchor="middle"`));
  out.push(`<line x1="${left}" x2="${left}" y1="${top}" y2="${bottom}" stroke="#333"/>`);
  out.push(`<line x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}" stroke="#333"/>`);
  out.push(text((left + right) / 2, H - 12, c.xLabel, `text-anchor="middle"`));
  out.push(
    text(
      16,
      (top + bottom) / 2,
      c.yLabel,
      `text-anchor="middle" transform="rotate(-90 16 ${(top + bottom) / 2})"`,
    ),
  );
  for (const r of c.rules ?? []) {
    const y = sy.at(r.y);
    out.push(
      `<line x1="${left}" x2="${right}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" stroke="#888" stroke-dasharray="6 4"/>`,
    );
    out.push(text(right - 4, y - 5, r.label, `text-anchor="end" fill="#555"`));
  }
  c.series.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length]!;
    const pts = s.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
    const path = pts.map(([x, y]) => `${sx.at(x).toFixed(1)},${sy.at(y).toFixed(1)}`).join(" ");
    out.push(`<polyline points="${path}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    for (const [x, y] of pts)
      out.push(`<circle cx="${sx.at(x).toFixed(1)}" cy="${sy.at(y).toFixed(1)}" r="3" fill="${colour}"/>`);
    out.push(`<rect x="${right + 15}" y="${top + i * 20}" width="12" height="12" fill="${colour}"/>`);
    out.push(text(right + 32, top + i * 20 + 10, s.name));
  });
  return `${out.join("\n")}\n</svg>\n`;
}

export function barChart(c: BarChart): string {
  const rowH = 26;
  // Room above the bars for the rules' labels, one line each.
  const top = 46 + 14 * (c.rules?.length ?? 0);
  const H = top + c.bars.length * rowH + 50;
  const [left, right] = [340, W - 90];
  const values = [...c.bars.map((b) => b.value), ...(c.rules ?? []).map((r) => r.value)];
  const [v0, v1] = bounds(values, c.logScale === true);
  const sx = scale(c.logScale === true ? v0 : 0, v1, left, right, c.logScale === true);
  const base = c.logScale === true ? left : sx.at(0);
  const out = [header(H, c.title)];
  for (const t of sx.ticks) {
    const x = sx.at(t);
    out.push(`<line x1="${x.toFixed(1)}" x2="${x.toFixed(1)}" y1="${top}" y2="${H - 40}" stroke="#eee"/>`);
    out.push(text(x, H - 24, shortNumber(t), `text-anchor="middle"`));
  }
  c.bars.forEach((b, i) => {
    const y = top + i * rowH;
    const colour = COLOURS[(b.group ?? 0) % COLOURS.length]!;
    const width = Number.isFinite(b.value) ? Math.max(1, sx.at(b.value) - base) : 0;
    out.push(text(left - 8, y + 16, b.label, `text-anchor="end"`));
    out.push(
      `<rect x="${base.toFixed(1)}" y="${y + 4}" width="${width.toFixed(1)}" height="${rowH - 8}" fill="${colour}"/>`,
    );
    const value = Number.isFinite(b.value) ? shortNumber(b.value) : "n/a";
    out.push(text(base + width + 6, y + 16, `${value} ${c.unit}`));
  });
  for (const [i, r] of (c.rules ?? []).entries()) {
    const x = sx.at(r.value);
    const y = top - 8 - 14 * ((c.rules?.length ?? 1) - 1 - i);
    out.push(
      `<line x1="${x.toFixed(1)}" x2="${x.toFixed(1)}" y1="${y + 4}" y2="${H - 40}" stroke="#888" stroke-dasharray="6 4"/>`,
    );
    // Labels of rules near the right edge end at the rule instead of starting there.
    const anchor = x > right - 80 ? `text-anchor="end"` : "";
    out.push(text(anchor === "" ? x + 4 : x - 4, y, r.label, `fill="#555" ${anchor}`));
  }
  out.push(text(W / 2, H - 6, c.unit, `text-anchor="middle"`));
  return `${out.join("\n")}\n</svg>\n`;
}

function header(height: number, title: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}">`,
    `<rect width="${W}" height="${height}" fill="white"/>`,
    text(W / 2, 22, title, `text-anchor="middle" font-weight="bold"`, 14),
  ].join("\n");
}

import type { Measure, MeasureRow, RmsReport } from "./report.ts";
import { STANDARDS } from "./report.ts";

const PANELS: readonly Measure[] = ["answer", "processing", "turnout", "first_engine_travel"];
const PANEL_W = 420;
const PANEL_H = 260;
const PAD = { left: 56, right: 16, top: 44, bottom: 40 };

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The report as a hand-written SVG: one panel per interval with a standard, p50 and p90 bars
 * per priority, and a dashed line at each target.
 */
export function reportSvg(report: RmsReport): string {
  const width = PANEL_W * 2;
  const height = PANEL_H * 2 + 40;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="14">${esc(
      `Response intervals by priority, ${new Date(report.from).toISOString().slice(0, 16)} .. ${new Date(report.to).toISOString().slice(0, 16)} (p50 light, p90 dark)`,
    )}</text>`,
  ];
  PANELS.forEach((measure, i) => {
    const x = (i % 2) * PANEL_W;
    const y = 40 + Math.floor(i / 2) * PANEL_H;
    parts.push(
      panel(
        measure,
        report.byPriority.filter((r) => r.measure === measure),
        x,
        y,
      ),
    );
  });
  parts.push("</svg>");
  return `${parts.join("\n")}\n`;
}

function panel(measure: Measure, rows: readonly MeasureRow[], x0: number, y0: number): string {
  const plotW = PANEL_W - PAD.left - PAD.right;
  const plotH = PANEL_H - PAD.top - PAD.bottom;
  const targets = [...new Set(rows.flatMap((r) => r.targets))];
  const max = Math.max(1, ...rows.map((r) => r.p90 ?? 0), ...targets) * 1.1;
  const yOf = (v: number) => y0 + PAD.top + plotH - (v / max) * plotH;
  const out: string[] = [
    `<g>`,
    `<text x="${x0 + PAD.left}" y="${y0 + 16}" font-size="12" font-weight="bold">${esc(measure.replace(/_/g, " "))}</text>`,
    `<text x="${x0 + PAD.left}" y="${y0 + 30}" fill="#555">${esc(STANDARDS[measure])}</text>`,
    `<line x1="${x0 + PAD.left}" y1="${y0 + PAD.top}" x2="${x0 + PAD.left}" y2="${y0 + PAD.top + plotH}" stroke="#333"/>`,
    `<line x1="${x0 + PAD.left}" y1="${y0 + PAD.top + plotH}" x2="${x0 + PAD.left + plotW}" y2="${y0 + PAD.top + plotH}" stroke="#333"/>`,
  ];
  for (let k = 0; k <= 4; k++) {
    const v = (max / 4) * k;
    out.push(
      `<text x="${x0 + PAD.left - 6}" y="${yOf(v) + 4}" text-anchor="end" fill="#555">${v.toFixed(0)} s</text>`,
    );
  }
  if (rows.length === 0)
    out.push(
      `<text x="${x0 + PAD.left + plotW / 2}" y="${y0 + PAD.top + plotH / 2}" text-anchor="middle" fill="#999">no intervals</text>`,
    );
  const slot = plotW / Math.max(1, rows.length);
  const bar = Math.min(28, slot / 3);
  rows.forEach((r, k) => {
    const cx = x0 + PAD.left + slot * k + slot / 2;
    const base = y0 + PAD.top + plotH;
    for (const [value, dx, fill] of [
      [r.p50, -bar, "#9ecae1"],
      [r.p90, 0, "#3182bd"],
    ] as const) {
      if (value === null) continue;
      out.push(
        `<rect x="${cx + dx}" y="${yOf(value)}" width="${bar}" height="${base - yOf(value)}" fill="${fill}"><title>${esc(
          `${r.group} ${r.measure}: ${value.toFixed(1)} s (n ${r.n})`,
        )}</title></rect>`,
      );
    }
    const within = r.within === null ? "" : ` ${(r.within * 100).toFixed(0)}%`;
    out.push(`<text x="${cx}" y="${base + 14}" text-anchor="middle">${esc(r.group)}</text>`);
    out.push(`<text x="${cx}" y="${base + 27}" text-anchor="middle" fill="#555">n ${r.n}${within}</text>`);
  });
  for (const t of targets)
    out.push(
      `<line x1="${x0 + PAD.left}" y1="${yOf(t)}" x2="${x0 + PAD.left + plotW}" y2="${yOf(t)}" stroke="#d62728" stroke-dasharray="5,4"/>`,
      `<text x="${x0 + PAD.left + plotW}" y="${yOf(t) - 3}" text-anchor="end" fill="#d62728">target ${t} s</text>`,
    );
  out.push(`</g>`);
  return out.join("\n");
}

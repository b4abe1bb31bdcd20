import type Database from "better-sqlite3";
import type { EngineConfig } from "../../engine/index.ts";

/** What the report measures; `first_engine_travel` is NFPA 1710's first-arriving engine at a fire. */
export type Measure = "answer" | "processing" | "turnout" | "travel" | "first_engine_travel" | "on_scene";

export const MEASURES: readonly Measure[] = [
  "answer",
  "processing",
  "turnout",
  "travel",
  "first_engine_travel",
  "on_scene",
];

export const STANDARDS: Readonly<Record<Measure, string>> = {
  answer: "NENA: 90% of calls answered within 15 s",
  processing: "NFPA 1225: 90% of fire/EMS calls processed within 60 s",
  turnout: "NFPA 1710: 90% turnout within 60 s (EMS) / 80 s (fire)",
  travel: "all units, no standard",
  first_engine_travel: "NFPA 1710: 90% first engine travel within 240 s",
  on_scene: "no standard",
};

/** The share a standard asks to be within its target. */
export const STANDARD_SHARE = 0.9;

export interface MeasureRow {
  readonly group: string;
  readonly measure: Measure;
  readonly n: number;
  readonly p50: number | null;
  readonly p90: number | null;
  /** The targets that applied, in seconds (turnout has one per discipline). */
  readonly targets: readonly number[];
  /** Intervals a target applied to, and the share of them within it. */
  readonly targeted: number;
  readonly within: number | null;
}

export interface RmsReport {
  readonly from: number;
  readonly to: number;
  readonly incidents: number;
  readonly overall: readonly MeasureRow[];
  readonly byPriority: readonly MeasureRow[];
  readonly byType: readonly MeasureRow[];
}

interface Sample {
  readonly measure: Measure;
  readonly seconds: number;
  readonly target: number | null;
  readonly priority: number;
  readonly callType: string;
}

/** The value at rank ceil(p * n) of the sorted values (nearest rank), or null for none. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? null;
}

/**
 * Response intervals of the incidents received in [from, to), per priority and per incident
 * type: p50 and p90 (nearest rank) and the share within the target that applies to each.
 */
export function computeReport(
  db: Database.Database,
  config: EngineConfig,
  from: number,
  to: number,
): RmsReport {
  const rows = db
    .prepare(
      `SELECT v.kind, v.seconds, v.unit_type, v.first_of_type, i.priority, i.call_type
       FROM intervals v JOIN incidents i ON i.id = v.incident_id
       WHERE i.received_at >= ? AND i.received_at < ?`,
    )
    .all(from, to) as {
    kind: string;
    seconds: number;
    unit_type: string | null;
    first_of_type: number;
    priority: number;
    call_type: string;
  }[];
  const samples: Sample[] = [];
  for (const r of rows) {
    const discipline = config.callTypes.get(r.call_type)?.discipline;
    const base = { seconds: r.seconds, priority: r.priority, callType: r.call_type };
    switch (r.kind) {
      case "answer":
        samples.push({ ...base, measure: "answer", target: 15 });
        break;
      case "processing":
        samples.push({ ...base, measure: "processing", target: discipline === "police" ? null : 60 });
        break;
      case "turnout":
        samples.push({
          ...base,
          measure: "turnout",
          target: discipline === "ems" ? 60 : discipline === "fire" ? 80 : null,
        });
        break;
      case "travel":
        samples.push({ ...base, measure: "travel", target: null });
        if (discipline === "fire" && r.unit_type === "engine" && r.first_of_type === 1)
          samples.push({ ...base, measure: "first_engine_travel", target: 240 });
        break;
      case "on_scene":
        samples.push({ ...base, measure: "on_scene", target: null });
        break;
      default:
        break;
    }
  }
  const incidents = db
    .prepare(
      "SELECT count(*) FROM incidents WHERE received_at >= ? AND received_at < ? AND merged_into IS NULL",
    )
    .pluck()
    .get(from, to) as number;
  const typeName = (code: string) => `${code} ${config.callTypes.get(code)?.name ?? ""}`.trim();
  return {
    from,
    to,
    incidents,
    overall: summarise(samples, () => "all"),
    byPriority: summarise(samples, (s) => `P${s.priority}`),
    byType: summarise(samples, (s) => typeName(s.callType)),
  };
}

function summarise(samples: readonly Sample[], groupOf: (s: Sample) => string): MeasureRow[] {
  const groups = new Map<string, Sample[]>();
  for (const s of samples) {
    const key = groupOf(s);
    const list = groups.get(key) ?? [];
    list.push(s);
    groups.set(key, list);
  }
  const out: MeasureRow[] = [];
  for (const group of [...groups.keys()].sort()) {
    const list = groups.get(group) ?? [];
    for (const measure of MEASURES) {
      const of = list.filter((s) => s.measure === measure);
      if (of.length === 0) continue;
      const sorted = of.map((s) => s.seconds).sort((a, b) => a - b);
      const targeted = of.filter((s) => s.target !== null);
      const within = targeted.filter((s) => s.seconds <= (s.target as number)).length;
      out.push({
        group,
        measure,
        n: of.length,
        p50: percentile(sorted, 0.5),
        p90: percentile(sorted, 0.9),
        targets: [...new Set(targeted.map((s) => s.target as number))].sort((a, b) => a - b),
        targeted: targeted.length,
        within: targeted.length === 0 ? null : within / targeted.length,
      });
    }
  }
  return out;
}

const seconds = (v: number | null) => (v === null ? "-" : v.toFixed(1));

/** The report as Markdown tables. */
export function formatReport(report: RmsReport): string {
  const head = [
    `Response intervals of incidents received ${new Date(report.from).toISOString()} .. ${new Date(report.to).toISOString()}: ${report.incidents} incidents.`,
    "p50/p90 by nearest rank; 'within' is the share of intervals within the target that applies to each (the standards ask 90%).",
    "",
  ];
  const table = (title: string, rows: readonly MeasureRow[]) => [
    `### ${title}`,
    "",
    "| group | measure | n | p50 s | p90 s | target s | within | meets | standard |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ...rows.map((r) => {
      const within = r.within === null ? "-" : `${(r.within * 100).toFixed(1)}% of ${r.targeted}`;
      const meets = r.within === null ? "" : r.within >= STANDARD_SHARE ? "yes" : "**no**";
      const target = r.targets.length === 0 ? "-" : r.targets.join("/");
      return `| ${r.group} | ${r.measure} | ${r.n} | ${seconds(r.p50)} | ${seconds(r.p90)} | ${target} | ${within} | ${meets} | ${STANDARDS[r.measure]} |`;
    }),
    "",
  ];
  return [
    ...head,
    ...table("All incidents", report.overall),
    ...table("By priority", report.byPriority),
    ...table("By incident type", report.byType),
  ].join("\n");
}

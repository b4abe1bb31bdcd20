import type Database from "better-sqlite3";
import type { EngineConfig } from "../../engine/index.ts";

/**
 * What the report measures. `answer` and `answer_20` are NENA's two call-answering targets;
 * `response` is the total response time (call received to first unit on scene) against the
 * priority's own target; `first_engine_travel`, `als_travel` and `full_alarm_travel` are NFPA
 * 1710's travel-time measures (see {@link computeReport}).
 */
export type Measure =
  | "answer"
  | "answer_20"
  | "processing"
  | "turnout"
  | "travel"
  | "first_engine_travel"
  | "als_travel"
  | "full_alarm_travel"
  | "response"
  | "on_scene";

export const MEASURES: readonly Measure[] = [
  "answer",
  "answer_20",
  "processing",
  "turnout",
  "travel",
  "first_engine_travel",
  "als_travel",
  "full_alarm_travel",
  "response",
  "on_scene",
];

export const STANDARDS: Readonly<Record<Measure, string>> = {
  answer: "NENA: 90% of calls answered within 15 s",
  answer_20: "NENA: 95% of calls answered within 20 s",
  processing: "NFPA 1225: 90% of fire/EMS calls processed within 60 s",
  turnout: "NFPA 1710: 90% turnout within 60 s (EMS) / 80 s (fire)",
  travel: "all units, no standard",
  first_engine_travel: "NFPA 1710: 90% first engine travel within 240 s",
  als_travel: "NFPA 1710: 90% ALS unit travel within 480 s (EMS incidents)",
  full_alarm_travel: "NFPA 1710: 90% initial full alarm assembled within 480 s travel",
  response: "agency: 90% received to first on scene within the priority's target",
  on_scene: "no standard",
};

/** The share each standard asks to be within its target (NENA's 20 s target asks 95%). */
export const STANDARD_SHARES: Readonly<Record<Measure, number>> = {
  answer: 0.9,
  answer_20: 0.95,
  processing: 0.9,
  turnout: 0.9,
  travel: 0.9,
  first_engine_travel: 0.9,
  als_travel: 0.9,
  full_alarm_travel: 0.9,
  response: 0.9,
  on_scene: 0.9,
};

/** The share most standards ask to be within their target. */
export const STANDARD_SHARE = 0.9;

/** NFPA 1710's travel target for the first ALS unit and for the initial full alarm assignment. */
export const NFPA_ALS_TRAVEL_SECONDS = 480;
export const NFPA_FULL_ALARM_TRAVEL_SECONDS = 480;
/** A fire call type whose plan sends at least this many units is a full alarm (unless configured). */
export const FULL_ALARM_MIN_UNITS = 4;

/** The `reports` block of a config file: which call types are full alarms. */
export interface ReportOptions {
  readonly fullAlarm?: {
    /** Call types whose incidents are full alarms; when absent, fire types whose plan asks for `minUnits` or more. */
    readonly callTypes?: readonly string[];
    readonly minUnits?: number;
  };
}

export interface MeasureRow {
  readonly group: string;
  readonly measure: Measure;
  /** Intervals measured (a full alarm that never assembled has none, but counts as targeted). */
  readonly n: number;
  readonly p50: number | null;
  readonly p90: number | null;
  /** The targets that applied, in seconds (turnout has one per discipline, response one per priority). */
  readonly targets: readonly number[];
  /** Intervals a target applied to, and the share of them within it. */
  readonly targeted: number;
  readonly within: number | null;
}

export interface RmsReport {
  readonly from: number;
  readonly to: number;
  readonly incidents: number;
  /** Calls of the period, and how many carry an answer time (the answer measures count only those). */
  readonly calls: { readonly received: number; readonly withAnswerTime: number };
  /** Full-alarm incidents of the period, and how many assembled their initial assignment on scene. */
  readonly fullAlarms: { readonly incidents: number; readonly assembled: number };
  readonly overall: readonly MeasureRow[];
  readonly byPriority: readonly MeasureRow[];
  readonly byType: readonly MeasureRow[];
}

interface Sample {
  readonly measure: Measure;
  /** null: the interval never ended (a full alarm that never assembled); counts against the target. */
  readonly seconds: number | null;
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
 *
 * - `answer`, `answer_20`: each call's received -> answered, for the calls whose intake gave an
 *   answer time (`calls.withAnswerTime` says how many did; the others are not guessed at).
 * - `response`: the incident's received -> first unit on scene, against its priority's
 *   `responseTargetSeconds`.
 * - `als_travel`: at an EMS incident, the first unit with the ALS capability to arrive: its en
 *   route -> on scene.
 * - `full_alarm_travel`: at a full-alarm incident (a call type in `reports.fullAlarm.callTypes`,
 *   else a fire call type whose plan asks for FULL_ALARM_MIN_UNITS or more units), the first unit
 *   en route -> the arrival on scene of the Nth unit, N = the units the plan asks for. An
 *   incident where fewer than N units arrived counts as outside the target, with no interval.
 */
export function computeReport(
  db: Database.Database,
  config: EngineConfig,
  from: number,
  to: number,
  options: ReportOptions = {},
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
        samples.push({ ...base, measure: "answer_20", target: 20 });
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
      case "response":
        samples.push({
          ...base,
          measure: "response",
          target: config.priorities.get(r.priority)?.responseTargetSeconds ?? null,
        });
        break;
      case "on_scene":
        samples.push({ ...base, measure: "on_scene", target: null });
        break;
      default:
        break;
    }
  }
  const arrivals = arrivalSamples(db, config, from, to, options);
  samples.push(...arrivals.samples);
  const incidents = db
    .prepare(
      "SELECT count(*) FROM incidents WHERE received_at >= ? AND received_at < ? AND merged_into IS NULL",
    )
    .pluck()
    .get(from, to) as number;
  const calls = db
    .prepare(
      `SELECT count(*) AS received, count(c.answered_at) AS withAnswerTime
       FROM calls c JOIN incidents i ON i.id = c.incident_id WHERE i.received_at >= ? AND i.received_at < ?`,
    )
    .get(from, to) as { received: number; withAnswerTime: number };
  const typeName = (code: string) => `${code} ${config.callTypes.get(code)?.name ?? ""}`.trim();
  return {
    from,
    to,
    incidents,
    calls: { received: calls.received, withAnswerTime: calls.withAnswerTime },
    fullAlarms: arrivals.fullAlarms,
    overall: summarise(samples, () => "all"),
    byPriority: summarise(samples, (s) => `P${s.priority}`),
    byType: summarise(samples, (s) => typeName(s.callType)),
  };
}

/** The units a full alarm of this call type assembles, or 0 when the type is not a full alarm. */
export function fullAlarmUnits(config: EngineConfig, callType: string, options: ReportOptions = {}): number {
  const type = config.callTypes.get(callType);
  if (type === undefined) return 0;
  const units = type.plan.reduce((sum, slot) => sum + slot.count, 0);
  const listed = options.fullAlarm?.callTypes;
  if (listed !== undefined) return listed.includes(callType) ? units : 0;
  const min = options.fullAlarm?.minUnits ?? FULL_ALARM_MIN_UNITS;
  return type.discipline === "fire" && units >= min ? units : 0;
}

interface ArrivalRow {
  incident_id: string;
  priority: number;
  call_type: string;
  unit_type: string;
  unit_caps: string | null;
  en_route_at: number | null;
  on_scene_at: number | null;
}

/** NFPA 1710's ALS-arrival and full-alarm samples, from the dispatches of the period's incidents. */
function arrivalSamples(
  db: Database.Database,
  config: EngineConfig,
  from: number,
  to: number,
  options: ReportOptions,
): { samples: Sample[]; fullAlarms: { incidents: number; assembled: number } } {
  const rows = db
    .prepare(
      `SELECT i.id AS incident_id, i.priority, i.call_type, a.unit_type, u.capabilities AS unit_caps,
         a.en_route_at, a.on_scene_at
       FROM incidents i LEFT JOIN assignments a ON a.incident_id = i.id LEFT JOIN units u ON u.id = a.unit_id
       WHERE i.received_at >= ? AND i.received_at < ? AND i.merged_into IS NULL
       ORDER BY i.id, a.dispatched_at, a.id`,
    )
    .all(from, to) as ArrivalRow[];
  const byIncident = new Map<string, ArrivalRow[]>();
  for (const r of rows) {
    const list = byIncident.get(r.incident_id) ?? [];
    if (r.unit_type !== null) list.push(r);
    byIncident.set(r.incident_id, list);
  }
  const hasAls = (r: ArrivalRow) =>
    (config.unitTypes.get(r.unit_type)?.capabilities ?? []).includes("ALS") ||
    (JSON.parse(r.unit_caps ?? "[]") as string[]).includes("ALS");
  const samples: Sample[] = [];
  const fullAlarms = { incidents: 0, assembled: 0 };
  for (const r0 of dedupeIncidents(rows)) {
    const list = byIncident.get(r0.incident_id) ?? [];
    const base = { priority: r0.priority, callType: r0.call_type };
    if (config.callTypes.get(r0.call_type)?.discipline === "ems") {
      const als = list
        .filter((r) => r.on_scene_at !== null && hasAls(r))
        .sort((a, b) => (a.on_scene_at as number) - (b.on_scene_at as number))[0];
      if (als !== undefined && als.en_route_at !== null)
        samples.push({
          ...base,
          measure: "als_travel",
          seconds: ((als.on_scene_at as number) - als.en_route_at) / 1000,
          target: NFPA_ALS_TRAVEL_SECONDS,
        });
    }
    const needed = fullAlarmUnits(config, r0.call_type, options);
    if (needed > 0) {
      fullAlarms.incidents++;
      const enRoute = list.flatMap((r) => (r.en_route_at === null ? [] : [r.en_route_at]));
      const onScene = list
        .flatMap((r) => (r.on_scene_at === null ? [] : [r.on_scene_at]))
        .sort((a, b) => a - b);
      const assembledAt = onScene[needed - 1];
      const startAt = enRoute.length === 0 ? undefined : Math.min(...enRoute);
      const assembled = assembledAt !== undefined && startAt !== undefined;
      if (assembled) fullAlarms.assembled++;
      samples.push({
        ...base,
        measure: "full_alarm_travel",
        seconds: assembled ? (assembledAt - startAt) / 1000 : null,
        target: NFPA_FULL_ALARM_TRAVEL_SECONDS,
      });
    }
  }
  return { samples, fullAlarms };
}

function dedupeIncidents(rows: readonly ArrivalRow[]): ArrivalRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.incident_id) && seen.add(r.incident_id));
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
      const sorted = of.flatMap((s) => (s.seconds === null ? [] : [s.seconds])).sort((a, b) => a - b);
      const targeted = of.filter((s) => s.target !== null);
      const within = targeted.filter((s) => s.seconds !== null && s.seconds <= (s.target as number)).length;
      out.push({
        group,
        measure,
        n: sorted.length,
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

/** Whether a row meets its standard's share (null: no target applied). */
export function meetsStandard(row: MeasureRow): boolean | null {
  return row.within === null ? null : row.within >= STANDARD_SHARES[row.measure];
}

/** The report as Markdown tables. */
export function formatReport(report: RmsReport): string {
  const head = [
    `Response intervals of incidents received ${new Date(report.from).toISOString()} .. ${new Date(report.to).toISOString()}: ${report.incidents} incidents.`,
    "p50/p90 by nearest rank; 'within' is the share of intervals within the target that applies to each (the standards ask 90%, NENA's 20 s target 95%).",
    `Answer times: ${report.calls.withAnswerTime} of ${report.calls.received} calls carry one (the answer rows count only those).`,
    `Full alarms: ${report.fullAlarms.incidents} incidents, ${report.fullAlarms.assembled} assembled their initial assignment on scene (the others count as outside the target).`,
    "",
  ];
  const table = (title: string, rows: readonly MeasureRow[]) => [
    `### ${title}`,
    "",
    "| group | measure | n | p50 s | p90 s | target s | within | meets | standard |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ...rows.map((r) => {
      const within = r.within === null ? "-" : `${(r.within * 100).toFixed(1)}% of ${r.targeted}`;
      const ok = meetsStandard(r);
      const meets = ok === null ? "" : ok ? "yes" : "**no**";
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

/** Every table of the report as JSON for dashboards: times as ISO text, each row with its standard. */
export function reportJson(report: RmsReport): Record<string, unknown> {
  const rows = (list: readonly MeasureRow[]) =>
    list.map((r) => ({
      ...r,
      share: STANDARD_SHARES[r.measure],
      meets: meetsStandard(r),
      standard: STANDARDS[r.measure],
    }));
  return {
    from: new Date(report.from).toISOString(),
    to: new Date(report.to).toISOString(),
    incidents: report.incidents,
    calls: report.calls,
    fullAlarms: report.fullAlarms,
    tables: {
      overall: rows(report.overall),
      byPriority: rows(report.byPriority),
      byType: rows(report.byType),
    },
  };
}

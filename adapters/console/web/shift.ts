import type { EngineEvent } from "../../../engine/index.ts";
import { dispatchTargetSeconds } from "./format.ts";
import type { ConsoleConfig } from "./protocol.ts";

/** One measure of a priority over the shift: nearest-rank p50 and p90, and the share within target. */
export interface ShiftMeasure {
  /** Incidents measured (received in the shift, the interval ended). */
  readonly n: number;
  readonly p50: number | null;
  readonly p90: number | null;
  /** The target in seconds (the most common one, when call types differ); null: none configured. */
  readonly target: number | null;
  /** Share of the measured intervals within the target that applies to each; null: none targeted. */
  readonly within: number | null;
}

export interface ShiftPriorityRow {
  readonly priority: number;
  readonly name: string;
  /** Incidents of this priority received in the shift (merged ones left out). */
  readonly incidents: number;
  /** Received to first unit dispatched (the RMS's "processing"), against the dispatch target. */
  readonly dispatch: ShiftMeasure;
  /** Received to first unit on scene (the RMS's "response"), against the priority's response target. */
  readonly response: ShiftMeasure;
}

/** The supervisor's view of the shift, computed from the engine's events alone. */
export interface ShiftReport {
  /** The shift: incidents received in [since, until). */
  readonly since: number;
  readonly until: number;
  readonly incidents: number;
  readonly byPriority: readonly ShiftPriorityRow[];
  /**
   * Dispatches in the shift that followed a recommendation for their incident, and how many sent
   * a unit the engine had named first for a slot (its first choice).
   */
  readonly agreement: {
    readonly dispatches: number;
    readonly firstChoice: number;
    readonly rate: number | null;
  };
}

interface Tracked {
  readonly receivedAt: number;
  priority: number;
  callType: string;
  firstDispatchedAt: number | null;
  firstOnSceneAt: number | null;
  merged: boolean;
}

/** The value at rank ceil(p * n) of the sorted values (nearest rank, as the RMS reports), or null. */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? null;
}

/** How long the ledger keeps an incident after it was received (engine time): a shift is at most a day. */
const KEEP_MS = 36 * 3600_000;

/**
 * The shift's figures, kept up to date event by event (in the log's order): each incident's
 * received, first-dispatched and first-on-scene instants, its priority and type; and each dispatch
 * compared with the latest recommendation for its incident before it.
 */
export class ShiftLedger {
  private readonly incidents = new Map<string, Tracked>();
  /** The units the latest recommendation named first, by incident. */
  private readonly firstChoices = new Map<string, ReadonlySet<string>>();
  /** Dispatches with a recommendation before them: instant and whether the unit was a first choice. */
  private dispatches: { at: number; agreed: boolean }[] = [];
  now = 0;

  apply(e: EngineEvent): void {
    this.now = Math.max(this.now, e.at);
    switch (e.type) {
      case "IncidentCreated":
        this.incidents.set(e.incidentId, {
          receivedAt: e.receivedAt,
          priority: e.priority,
          callType: e.callType,
          firstDispatchedAt: null,
          firstOnSceneAt: null,
          merged: false,
        });
        return;
      case "IncidentReprioritised":
        this.with(e.incidentId, (i) => (i.priority = e.to));
        return;
      case "IncidentsMerged":
        this.with(e.incidentId, (i) => (i.merged = true));
        return;
      case "UnitsRecommended":
        this.firstChoices.set(
          e.incidentId,
          new Set(e.slots.flatMap((s) => (s.unit === null ? [] : [s.unit.unitId]))),
        );
        return;
      case "UnitDispatched": {
        this.with(e.incidentId, (i) => (i.firstDispatchedAt ??= e.at));
        const choices = this.firstChoices.get(e.incidentId);
        if (choices !== undefined && choices.size > 0)
          this.dispatches.push({ at: e.at, agreed: choices.has(e.unitId) });
        return;
      }
      case "UnitStatusChanged":
        if (e.to === "on_scene" && e.incidentId !== null)
          this.with(e.incidentId, (i) => (i.firstOnSceneAt ??= e.at));
        return;
      case "IncidentStatusChanged":
        if (e.to === "closed") this.firstChoices.delete(e.incidentId);
        this.prune();
        return;
      default:
        return;
    }
  }

  /** The figures of the incidents received in [since, until) and the dispatches made then. */
  report(config: ConsoleConfig, since: number, until: number = this.now + 1): ShiftReport {
    const inShift = [...this.incidents.values()].filter(
      (i) => !i.merged && i.receivedAt >= since && i.receivedAt < until,
    );
    const levels = [
      ...new Set([...config.priorities.map((p) => p.level), ...inShift.map((i) => i.priority)]),
    ];
    const byPriority = levels
      .sort((a, b) => a - b)
      .map((level): ShiftPriorityRow => {
        const of = inShift.filter((i) => i.priority === level);
        const p = config.priorities.find((x) => x.level === level);
        const dispatchTarget = (i: Tracked) => {
          const t = dispatchTargetSeconds(config, i.callType, i.priority);
          return Number.isFinite(t) ? t : null;
        };
        return {
          priority: level,
          name: p?.name ?? `P${level}`,
          incidents: of.length,
          dispatch: measure(of, (i) => i.firstDispatchedAt, dispatchTarget),
          response: measure(
            of,
            (i) => i.firstOnSceneAt,
            () => p?.responseTargetSeconds ?? null,
          ),
        };
      });
    const dispatches = this.dispatches.filter((d) => d.at >= since && d.at < until);
    const firstChoice = dispatches.filter((d) => d.agreed).length;
    return {
      since,
      until,
      incidents: inShift.length,
      byPriority,
      agreement: {
        dispatches: dispatches.length,
        firstChoice,
        rate: dispatches.length === 0 ? null : firstChoice / dispatches.length,
      },
    };
  }

  private with(id: string, f: (i: Tracked) => void): void {
    const i = this.incidents.get(id);
    if (i !== undefined) f(i);
  }

  /** Forgets what no shift can ask for any more. */
  private prune(): void {
    const horizon = this.now - KEEP_MS;
    if (this.dispatches.length > 0 && (this.dispatches[0]?.at ?? horizon) < horizon)
      this.dispatches = this.dispatches.filter((d) => d.at >= horizon);
    if (this.incidents.size < 10_000) return;
    for (const [id, i] of this.incidents)
      if (i.receivedAt < horizon) {
        this.incidents.delete(id);
        this.firstChoices.delete(id);
      }
  }
}

function measure(
  incidents: readonly Tracked[],
  end: (i: Tracked) => number | null,
  targetOf: (i: Tracked) => number | null,
): ShiftMeasure {
  const samples = incidents.flatMap((i) => {
    const at = end(i);
    return at === null ? [] : [{ seconds: (at - i.receivedAt) / 1000, target: targetOf(i) }];
  });
  const sorted = samples.map((s) => s.seconds).sort((a, b) => a - b);
  const targeted = samples.filter((s): s is { seconds: number; target: number } => s.target !== null);
  const counts = new Map<number, number>();
  for (const s of targeted) counts.set(s.target, (counts.get(s.target) ?? 0) + 1);
  const target = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? null;
  return {
    n: samples.length,
    p50: nearestRank(sorted, 0.5),
    p90: nearestRank(sorted, 0.9),
    target,
    within:
      targeted.length === 0 ? null : targeted.filter((s) => s.seconds <= s.target).length / targeted.length,
  };
}

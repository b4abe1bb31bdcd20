import type { EngineConfig, EngineState } from "../../engine/index.ts";
import type { SimView } from "./view.ts";

/** What the summary needs of the engine: the shape of the `state` query's reply. */
export interface SummaryState {
  readonly now: number;
  readonly pending: readonly {
    id: string;
    priority: number;
    callType: string;
    receivedAt: number;
    overdueAlerts: number;
  }[];
  readonly units: readonly { status: string; incidentId: string | null }[];
}

export function summaryStateOf(state: EngineState): SummaryState {
  return {
    now: state.now,
    pending: state.pending.flatMap((id) => {
      const i = state.incidents.get(id);
      return i === undefined
        ? []
        : [
            {
              id,
              priority: i.priority,
              callType: i.callType,
              receivedAt: i.times.receivedAt,
              overdueAlerts: i.overdueAlerts,
            },
          ];
    }),
    units: [...state.units.values()],
  };
}

function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

const mmss = (seconds: number) =>
  Number.isNaN(seconds)
    ? "  -  "
    : `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, "0")}`;

/** A supervisor's view of the centre: queue, units, dispatches and response times against targets. */
export function formatSummary(
  config: EngineConfig,
  state: SummaryState,
  view: SimView,
  rejected: number,
): string {
  const lines: string[] = [];
  const clock = new Date(state.now).toISOString().replace("T", " ").slice(0, 19);
  const c = view.counts;
  lines.push(
    `-- ${clock} UTC  calls ${c.calls} (${c.attached} extra callers)  incidents ${c.incidents}  dispatches ${c.dispatches}  closed ${c.closed}  overdue alerts ${c.overdue}  unit timer alerts ${c.statusAlerts}  rejected ${rejected}`,
  );
  const busy = state.units.filter((u) => u.incidentId !== null).length;
  const free = state.units.filter((u) => u.status === "available").length;
  lines.push(`   units: ${free} available, ${busy} assigned, ${state.units.length} on the roster`);
  lines.push(`   pending queue (${state.pending.length}):`);
  for (const i of state.pending.slice(0, 5)) {
    const name = config.callTypes.get(i.callType)?.name ?? i.callType;
    const waited = mmss((state.now - i.receivedAt) / 1000);
    lines.push(
      `     P${i.priority} ${i.id} ${name.padEnd(24)} waiting ${waited}${i.overdueAlerts > 0 ? "  OVERDUE" : ""}`,
    );
  }
  lines.push(`   response (received -> first on scene)   n    p50    p90   target`);
  for (const [level, p] of config.priorities) {
    const values = view.responseSeconds.get(level) ?? [];
    lines.push(
      `     P${level} ${p.name.padEnd(14)}                  ${String(values.length).padStart(5)}  ${mmss(quantile(values, 0.5))}  ${mmss(quantile(values, 0.9))}  ${mmss(p.responseTargetSeconds)}`,
    );
  }
  lines.push(
    `   queue time (received -> dispatched): p50 ${mmss(quantile(view.queueSeconds, 0.5))}  p90 ${mmss(quantile(view.queueSeconds, 0.9))}`,
  );
  return lines.join("\n");
}

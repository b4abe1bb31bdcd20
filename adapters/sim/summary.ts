import type { EngineConfig, EngineState } from "../../engine/index.ts";
import type { SimView } from "./view.ts";

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
  state: EngineState,
  view: SimView,
  rejected: number,
): string {
  const lines: string[] = [];
  const clock = new Date(state.now).toISOString().replace("T", " ").slice(0, 19);
  const c = view.counts;
  lines.push(
    `-- ${clock} UTC  calls ${c.calls} (${c.attached} extra callers)  incidents ${c.incidents}  dispatches ${c.dispatches}  closed ${c.closed}  overdue alerts ${c.overdue}  unit timer alerts ${c.statusAlerts}  rejected ${rejected}`,
  );
  const busy = [...state.units.values()].filter((u) => u.incidentId !== null).length;
  const free = [...state.units.values()].filter((u) => u.status === "available").length;
  lines.push(`   units: ${free} available, ${busy} assigned, ${state.units.size} on the roster`);
  lines.push(`   pending queue (${state.pending.length}):`);
  for (const id of state.pending.slice(0, 5)) {
    const i = state.incidents.get(id);
    if (i === undefined) continue;
    const name = config.callTypes.get(i.callType)?.name ?? i.callType;
    lines.push(
      `     P${i.priority} ${id} ${name.padEnd(24)} waiting ${mmss((state.now - i.times.receivedAt) / 1000)}${i.overdueAlerts > 0 ? "  OVERDUE" : ""}`,
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

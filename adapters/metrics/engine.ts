import { UNIT_STATUSES, type EngineState } from "../../engine/index.ts";
import type { ServiceObserver } from "../nats/index.ts";
import type { Probe } from "./http.ts";
import { processMetrics } from "./process.ts";
import { Registry, type Counter, type Histogram, type Labels } from "./registry.ts";

/** What the metrics read from one agency's engine replica when scraped (EngineService has it all). */
export interface EngineReplica {
  readonly counts: { readonly applied: number; readonly rejected: number; readonly published: number };
  readonly lastSeq: number;
  readonly lag: number;
  readonly catchingUp: boolean;
  readonly connected: boolean;
  readonly leading: boolean;
  readonly term: number;
  readonly state: EngineState;
}

interface Running {
  readonly engine: EngineReplica;
  /** When the newest snapshot was written (epoch ms), when there is a snapshot store. */
  readonly snapshotCreatedAt: (() => number | undefined) | undefined;
}

/**
 * The metrics, health and readiness of `cad serve`: one engine replica per agency, labelled
 * agency and replica. Counters count since the process started, the start-up replay included.
 */
export class EngineMetrics {
  readonly registry = new Registry();
  private readonly running = new Map<string, Running>();
  private readonly rejected: Counter;
  private readonly latency: Histogram;

  constructor(
    /** Every agency this process runs: ready only once all of them are caught up. */
    private readonly agencies: readonly string[],
    private readonly replica: string,
    version: string,
  ) {
    const r = this.registry;
    processMetrics(r, "cad-engine", version);
    this.perAgency(
      "cad_engine_inputs_applied_total",
      "Inputs applied to the state.",
      "counter",
      (e) => e.counts.applied,
    );
    this.rejected = r.counter("cad_engine_inputs_rejected_total", "Inputs rejected, by rejection code.");
    this.perAgency(
      "cad_engine_outputs_published_total",
      "Outputs published and acknowledged by JetStream.",
      "counter",
      (e) => e.counts.published,
    );
    this.latency = r.histogram(
      "cad_engine_publish_latency_seconds",
      "Time from an output's publish to JetStream's ack, retries included.",
    );
    this.perAgency(
      "cad_engine_last_input_sequence",
      "Sequence of the last input read from the log.",
      "gauge",
      (e) => e.lastSeq,
    );
    this.perAgency(
      "cad_engine_lag_inputs",
      "Inputs in the log not applied yet (as last looked at, every second).",
      "gauge",
      (e) => e.lag,
    );
    this.perAgency(
      "cad_engine_caught_up",
      "1 once the start-up replay has applied every input that was in the log.",
      "gauge",
      (e) => (e.catchingUp ? 0 : 1),
    );
    this.perAgency("cad_engine_nats_connected", "1 while the NATS connection is up.", "gauge", (e) =>
      e.connected ? 1 : 0,
    );
    this.perAgency(
      "cad_engine_leading",
      "1 while this replica leads its agency (publishes, runs the clock, answers queries).",
      "gauge",
      (e) => (e.leading ? 1 : 0),
    );
    this.perAgency(
      "cad_engine_leadership_term",
      "The leadership term in force in the log (0 before any claim).",
      "gauge",
      (e) => e.term,
    );
    this.perAgency(
      "cad_engine_active_incidents",
      "Incidents pending, dispatched, en route or on scene.",
      "gauge",
      (e) => e.state.active.size,
    );
    r.sampled(
      "cad_engine_pending_incidents",
      "Incidents waiting in the pending queue, by priority.",
      "gauge",
      () => this.each(pendingByPriority),
    );
    this.perAgency(
      "cad_engine_overdue_incidents",
      "Pending incidents that have gone overdue in their current wait.",
      "gauge",
      (e) => overdue(e.state),
    );
    r.sampled("cad_engine_units", "Units by canonical status.", "gauge", () => this.each(unitsByStatus));
    r.sampled(
      "cad_engine_snapshot_age_seconds",
      "Seconds since the newest snapshot was written (with --data-dir).",
      "gauge",
      () => this.snapshotAges(),
    );
  }

  /** The observer to give the agency's EngineService (rejections by code, publish latency). */
  observer(agency: string): ServiceObserver {
    const labels = this.labels(agency);
    return {
      rejected: (code) => this.rejected.inc({ ...labels, code }),
      acknowledged: (seconds) => this.latency.observe(labels, seconds),
    };
  }

  /** The agency's engine is running: its measures are read from it from now on. */
  add(agency: string, engine: EngineReplica, snapshotCreatedAt?: () => number | undefined): void {
    this.running.set(agency, { engine, snapshotCreatedAt });
  }

  /** `/healthz`: every engine started is connected to NATS (a process still starting is healthy). */
  health(): Probe {
    const down = [...this.running].filter(([, r]) => !r.engine.connected).map(([a]) => a);
    return down.length === 0
      ? {
          ok: true,
          detail: `${this.running.size} of ${this.agencies.length} engines running, NATS connected`,
        }
      : { ok: false, detail: `NATS disconnected: ${down.join(", ")}` };
  }

  /** `/readyz`: every agency's engine has started, replayed the log it found, and is connected. */
  ready(): Probe {
    const waiting: string[] = [];
    for (const agency of this.agencies) {
      const r = this.running.get(agency)?.engine;
      if (r === undefined) waiting.push(`${agency} starting`);
      else if (r.catchingUp) waiting.push(`${agency} replaying the log (input ${r.lastSeq}, lag ${r.lag})`);
      else if (!r.connected) waiting.push(`${agency} disconnected from NATS`);
    }
    return waiting.length === 0
      ? { ok: true, detail: `caught up with the log: ${this.agencies.join(", ")}` }
      : { ok: false, detail: waiting.join("; ") };
  }

  private labels(agency: string): Labels {
    return { agency, replica: this.replica };
  }

  private perAgency(
    name: string,
    help: string,
    kind: "counter" | "gauge",
    read: (e: EngineReplica) => number,
  ): void {
    this.registry.sampled(name, help, kind, () =>
      [...this.running].map(([agency, r]) => [this.labels(agency), read(r.engine)] as const),
    );
  }

  private *each(
    per: (state: EngineState) => Iterable<readonly [Labels, number]>,
  ): Iterable<readonly [Labels, number]> {
    for (const [agency, r] of this.running)
      for (const [labels, value] of per(r.engine.state)) yield [{ ...this.labels(agency), ...labels }, value];
  }

  private *snapshotAges(): Iterable<readonly [Labels, number]> {
    for (const [agency, r] of this.running) {
      const at = r.snapshotCreatedAt?.();
      if (at !== undefined) yield [this.labels(agency), Math.max(0, (Date.now() - at) / 1000)];
    }
  }
}

function pendingByPriority(state: EngineState): Iterable<readonly [Labels, number]> {
  const counts = new Map<number, number>();
  for (const id of state.pending) {
    const priority = state.incidents.get(id)?.priority;
    if (priority !== undefined) counts.set(priority, (counts.get(priority) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a - b).map(([p, n]) => [{ priority: String(p) }, n] as const);
}

function overdue(state: EngineState): number {
  let n = 0;
  for (const id of state.pending) if ((state.incidents.get(id)?.overdueAlerts ?? 0) > 0) n++;
  return n;
}

/** Every canonical status, zeros included, so an alert on one status always has a series. */
function unitsByStatus(state: EngineState): Iterable<readonly [Labels, number]> {
  const counts = new Map<string, number>(UNIT_STATUSES.map((s) => [s, 0]));
  for (const unit of state.units.values()) counts.set(unit.status, (counts.get(unit.status) ?? 0) + 1);
  return [...counts].map(([status, n]) => [{ status }, n] as const);
}

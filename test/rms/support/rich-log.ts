import type { StreamMessage } from "../../../adapters/rms/index.ts";
import { CitySimulator, mulberry32, type SimInput } from "../../../adapters/sim/index.ts";
import type { EngineConfig, EngineState, Input } from "../../../engine/index.ts";
import { T0, config as defaultConfig, type InputBody } from "../../support/scenario.ts";
import { StreamBuilder } from "./stream.ts";

export interface RichLog {
  /** Every input with its id and instant, as the engine's input stream would hold it. */
  readonly inputs: Input[];
  /** The event stream the NATS service would write for them (unit terminal copies included). */
  readonly messages: StreamMessage[];
  /** The engine's state after the whole log. */
  readonly state: EngineState;
}

export interface RichLogOptions {
  readonly agency: string;
  readonly seed: number;
  /** Simulated hours of the synthetic city. */
  readonly hours: number;
  readonly callsPerHour?: number;
  /** Inputs applied first (e.g. the seeded mixed workload), one every 100 ms from T0. */
  readonly prefix?: readonly InputBody[];
  readonly config?: EngineConfig;
}

/**
 * A varied, seeded log: the synthetic city (callers, crews, a dispatcher taking the engine's
 * recommendations) plus a supervisor who now and then adds notes, links, merges, splits,
 * reassigns, reprioritises, clears, closes, reopens, and sends a few inputs the engine refuses.
 */
export function richLog(opts: RichLogOptions): RichLog {
  const cfg = opts.config ?? defaultConfig;
  const builder = new StreamBuilder(opts.agency, cfg);
  const { state, inputs, messages } = builder;
  const apply = (body: InputBody, at: number, sim?: CitySimulator): void => {
    const result = builder.apply(body, at);
    if (result.rejection === null) for (const event of result.events) sim?.observe(event);
  };
  (opts.prefix ?? []).forEach((body, i) => apply(body, T0 + i * 100));
  const start = Math.max(T0, state.now) + 1000;
  const sim = new CitySimulator(cfg, { seed: opts.seed, callsPerHour: opts.callsPerHour ?? 40, start });
  for (const input of sim.roster()) apply(input as InputBody, input.at, sim);
  const supervisor = new Supervisor(mulberry32(opts.seed + 1), state);
  const end = start + opts.hours * 3_600_000;
  for (let now = start; now < end; now += 10_000) {
    for (;;) {
      const batch = sim.next(now);
      if (batch === undefined) break;
      for (const input of batch) apply(withoutAt(input), input.at, sim);
    }
    for (const body of supervisor.act()) apply(body, now, sim);
  }
  return { inputs, messages, state };
}

function withoutAt(input: SimInput): InputBody {
  return input as unknown as InputBody;
}

/** A supervisor at a console: occasional commands on what the engine's state shows. */
class Supervisor {
  private n = 0;

  constructor(
    private readonly random: () => number,
    private readonly state: EngineState,
  ) {}

  act(): InputBody[] {
    if (this.random() > 0.25) return [];
    const active = [...this.state.active].sort();
    const all = [...this.state.incidents.keys()].sort();
    const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(this.random() * list.length)];
    const a = pick(active);
    const b = pick(active);
    const any = pick(all);
    const r = this.random();
    const n = ++this.n;
    if (a === undefined || any === undefined) return [];
    if (r < 0.2)
      return [
        {
          kind: "AddNote",
          incidentId: a,
          text: `note ${n}: caller says <"smoke"> & more`,
          author: pick(["d1", "d2", ""]) ?? "",
        },
      ];
    if (r < 0.3 && b !== undefined) return [{ kind: "LinkIncidents", incidentId: a, otherIncidentId: b }];
    if (r < 0.4 && b !== undefined) return [{ kind: "MergeIncidents", incidentId: a, intoIncidentId: b }];
    if (r < 0.5)
      return [
        {
          kind: "ReprioritiseIncident",
          incidentId: a,
          priority: 1 + Math.floor(this.random() * 5),
          reason: `review ${n}`,
        },
      ];
    if (r < 0.58) return this.reassign(a, pick);
    if (r < 0.66) return this.split(pick);
    if (r < 0.72) return [{ kind: "ClearIncident", incidentId: a }];
    if (r < 0.78)
      return [
        {
          kind: "CloseIncident",
          incidentId: a,
          disposition: pick(["REPORT", "CANCELLED", "NOPE"]) ?? "REPORT",
        },
      ];
    if (r < 0.86) return [{ kind: "ReopenIncident", incidentId: any, reason: `recall ${n}` }];
    if (r < 0.93) return [this.oddCall(n, a)];
    return [{ kind: "DispatchUnit", incidentId: "INC-404", unitId: "E1" }];
  }

  private reassign(incidentId: string, pick: <T>(list: readonly T[]) => T | undefined): InputBody[] {
    const busy = [...this.state.units.values()].filter(
      (u) => u.incidentId !== null && u.incidentId !== incidentId,
    );
    const unit = pick(busy.map((u) => u.id).sort());
    return unit === undefined ? [] : [{ kind: "ReassignUnit", incidentId, unitId: unit }];
  }

  private split(pick: <T>(list: readonly T[]) => T | undefined): InputBody[] {
    const multi = [...this.state.active].filter(
      (id) => (this.state.incidents.get(id)?.callIds.length ?? 0) > 1,
    );
    const incident = this.state.incidents.get(pick(multi.sort()) ?? "");
    const callId = incident === undefined ? undefined : pick(incident.callIds);
    return callId === undefined ? [] : [{ kind: "SplitCall", callId }];
  }

  /** Another caller at an open incident, sometimes with an unknown type code or flags. */
  private oddCall(n: number, incidentId: string): InputBody {
    const incident = this.state.incidents.get(incidentId);
    const lon = (incident?.lon ?? -122.33) + 0.0003;
    const lat = incident?.lat ?? 47.6;
    return {
      kind: "ReceiveCall",
      callId: `SUP-${n}`,
      callType: this.random() < 0.5 ? "NOPE" : (incident?.callType ?? "MED"),
      receivedAt: this.state.now - 4000,
      lon,
      lat,
      address: `${n} Odd St, "Apt" <2>`,
      callerNumber: "+13605550100",
      flags: this.random() < 0.5 ? ["WEAPONS", "INJURIES"] : [],
      description: `second caller ${n}`,
    } as InputBody;
  }
}

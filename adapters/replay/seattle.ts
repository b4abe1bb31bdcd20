import {
  applyInput,
  createState,
  type EngineConfig,
  type EngineState,
  type Input,
  type UnitsRecommended,
} from "../../engine/index.ts";
import {
  straightLineBaseline,
  type SeattleFireData,
  type SeattleIncident,
  type UnitKind,
} from "../seattle/index.ts";

/**
 * Minutes a unit of each kind stays busy on a call in the replay: the log says when units were
 * sent, never when they cleared. Chosen by a scan on these same days (docs/seattle-replay.md):
 * longer aid-car times lower agreement, a sign that SFD's aid cars clear quickly or that the log
 * lists units that were sent but soon released.
 */
export const DEFAULT_BUSY_MINUTES: Readonly<Record<string, number>> = {
  engine: 10,
  ladder: 10,
  chief: 25,
  aid: 5,
  medic: 20,
};

export interface ReplayRow {
  readonly incidentType: string;
  readonly kind: string;
  /** Incidents inside the city whose first unit group holds a rostered unit of this kind. */
  readonly n: number;
  /** Of those, how many had the engine's first recommended unit of this kind sent first. */
  readonly agreed: number;
  readonly share: number;
  /** Of those, how many had the engine recommend a unit from the station of the unit sent first. */
  readonly sameStation: number;
  /** sameStation / n: the measure the straight-line baseline uses. */
  readonly stationShare: number;
  /** The straight-line baseline on the same data: nearest station, every unit at home. */
  readonly baselineShare: number | null;
}

export interface ReplayResult {
  readonly rows: ReplayRow[];
  readonly incidentsReplayed: number;
  readonly incidentsWithoutPlace: number;
  readonly inputs: number;
  readonly rejections: ReadonlyMap<string, number>;
  readonly unitsOffRoster: ReadonlySet<string>;
}

/**
 * Replays the Seattle Fire log through the engine: units start at their home stations, each
 * call is received, the engine recommends, then the units SFD actually sent are dispatched and
 * stay busy for a modelled time. Agreement = the engine's first choice of a kind was the unit
 * of that kind SFD sent first. `onInput` is handed each input before it is applied, in order:
 * the replay's input log (the replay benchmark's recorded day).
 */
export function replaySeattle(
  data: SeattleFireData,
  config: EngineConfig,
  busyMinutes = DEFAULT_BUSY_MINUTES,
  onInput?: (input: Input) => void,
): ReplayResult {
  const r = new Replay(config, busyMinutes, onInput);
  r.roster(data);
  let withoutPlace = 0;
  for (const incident of data.incidents) {
    if (incident.lon === null || incident.lat === null) {
      withoutPlace++;
      continue;
    }
    r.incident(incident, incident.lon, incident.lat);
  }
  const baseline = straightLineBaseline(data);
  const rows = [...r.tally.values()].map((t) => {
    const b = baseline.find((row) => row.incidentType === t.incidentType && row.kind === t.kind);
    return {
      ...t,
      share: t.agreed / t.n,
      stationShare: t.sameStation / t.n,
      baselineShare: b === undefined ? null : b.share,
    };
  });
  rows.sort((a, b) => b.n - a.n);
  return {
    rows,
    incidentsReplayed: data.incidents.length - withoutPlace,
    incidentsWithoutPlace: withoutPlace,
    inputs: r.inputs,
    rejections: r.rejections,
    unitsOffRoster: r.offRoster,
  };
}

class Replay {
  readonly state: EngineState = createState();
  readonly tally = new Map<
    string,
    { incidentType: string; kind: string; n: number; agreed: number; sameStation: number }
  >();
  readonly rejections = new Map<string, number>();
  readonly offRoster = new Set<string>();
  inputs = 0;
  private readonly kinds = new Map<string, string>();
  /** Units on a call, by when they clear, in time order. */
  private busy: { unitId: string; until: number }[] = [];

  constructor(
    private readonly config: EngineConfig,
    private readonly busyMinutes: Readonly<Record<string, number>>,
    private readonly onInput: ((input: Input) => void) | undefined,
  ) {}

  roster(data: SeattleFireData): void {
    const stations = new Map(data.stations.map((s) => [s.id, s]));
    const start = (data.incidents[0]?.at ?? 0) - 1000;
    for (const unit of data.units) {
      const station = stations.get(unit.stationId);
      if (unit.reserve || station === undefined || !this.config.unitTypes.has(unit.kind)) continue;
      this.kinds.set(unit.id, unit.kind);
      this.apply({
        kind: "AddUnit",
        at: start,
        unitId: unit.id,
        unitType: unit.kind,
        agency: "sfd",
        station: { id: station.id, lon: station.lon, lat: station.lat },
      });
    }
  }

  incident(incident: SeattleIncident, lon: number, lat: number): void {
    this.releaseUntil(incident.at);
    const at = Math.max(incident.at, this.state.now);
    const events = this.apply({
      kind: "ReceiveCall",
      at,
      callId: incident.number,
      receivedAt: at,
      callType: incident.type,
      lon,
      lat,
    });
    const rec = events.find((e): e is UnitsRecommended => e.type === "UnitsRecommended");
    if (incident.insideCity && rec !== undefined) this.compare(incident, rec);
    const incidentId = rec?.incidentId;
    if (incidentId === undefined) return;
    for (const unitId of new Set(incident.unitGroups[0] ?? [])) this.send(unitId, incidentId, at);
  }

  private compare(incident: SeattleIncident, rec: UnitsRecommended): void {
    const firstGroup = incident.unitGroups[0] ?? [];
    const recommended = new Map<string, string | null>();
    for (const slot of rec.slots) {
      const kind = slot.types[0] ?? "";
      if (!recommended.has(kind)) recommended.set(kind, slot.unit?.unitId ?? null);
    }
    const seen = new Set<string>();
    for (const unitId of firstGroup) {
      const kind = this.kinds.get(unitId);
      if (kind === undefined || seen.has(kind) || !recommended.has(kind)) continue;
      seen.add(kind);
      const key = `${incident.type}\u0000${kind}`;
      const row = this.tally.get(key) ?? {
        incidentType: incident.type,
        kind,
        n: 0,
        agreed: 0,
        sameStation: 0,
      };
      row.n++;
      const pick = recommended.get(kind) ?? null;
      if (pick === unitId) row.agreed++;
      if (pick !== null && this.stationOf(pick) === this.stationOf(unitId)) row.sameStation++;
      this.tally.set(key, row);
    }
  }

  private stationOf(unitId: string): string | undefined {
    return this.state.units.get(unitId)?.station?.id;
  }

  /** Dispatches a unit SFD sent, taking it from another call if the model still has it busy. */
  private send(unitId: string, incidentId: string, at: number): void {
    const unit = this.state.units.get(unitId);
    if (unit === undefined) {
      this.offRoster.add(unitId);
      return;
    }
    if (unit.incidentId === incidentId) return;
    const kind =
      unit.incidentId === null && unit.status !== "out_of_service" ? "DispatchUnit" : "ReassignUnit";
    this.apply({ kind, at, incidentId, unitId });
    const minutes = this.busyMinutes[this.kinds.get(unitId) ?? ""] ?? 20;
    this.busy = this.busy.filter((b) => b.unitId !== unitId);
    this.busy.push({ unitId, until: at + minutes * 60_000 });
    this.busy.sort((a, b) => a.until - b.until || (a.unitId < b.unitId ? -1 : 1));
  }

  private releaseUntil(t: number): void {
    while ((this.busy[0]?.until ?? Infinity) <= t) {
      const { unitId, until } = this.busy.shift() as { unitId: string; until: number };
      const at = Math.max(until, this.state.now);
      if (this.state.units.get(unitId)?.status === "dispatched")
        this.apply({ kind: "UpdateUnitStatus", at, unitId, status: "on_scene" });
      this.apply({ kind: "UpdateUnitStatus", at, unitId, status: "available" });
    }
  }

  private apply(body: { at: number; kind: string } & Record<string, unknown>) {
    const input = { ...body, id: `replay-${++this.inputs}` } as Input;
    this.onInput?.(input);
    const result = applyInput(this.state, this.config, input);
    if (result.rejection !== null)
      this.rejections.set(result.rejection.code, (this.rejections.get(result.rejection.code) ?? 0) + 1);
    return result.events;
  }
}

export type { UnitKind };

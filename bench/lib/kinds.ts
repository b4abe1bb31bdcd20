/**
 * One valid, accepted input of each kind, over and over, on a realistic state: for each kind
 * a case sets up what the input needs (untimed), gives the input to time, and tears down what it left
 * (untimed), so the state stays the same size however many iterations run. Calls are placed in the
 * south of the city, away from the big state's open incidents, and a case's two incidents more than
 * 200 m apart, so that no call attaches to an incident by accident.
 */
import type { ApplyResult, EngineConfig, EngineState, Input, InputKind } from "../../engine/index.ts";
import { applyInput } from "../../engine/index.ts";
import { eidoExample, INPUT_EXAMPLES, type InputBody } from "../../adapters/nats/index.ts";
import { loadConfigSource } from "../../adapters/config/index.ts";
import { haversineMeters } from "../../engine/geo/index.ts";
import { CITY, STATE_ONLY } from "./fleet.ts";

/** South of the 100k-incident state's open lattice (bench/lib/state.ts), which starts at 47.7°N. */
const SOUTH_MAX_LAT = 47.69;
const STEP_MS = 10;

/**
 * Applies inputs to a state with fresh ids and rising instants; setup inputs must be accepted. They are
 * applied without recommendations (the state is the same), which keeps the untimed part short.
 */
export class Driver {
  private n = 0;
  private at: number;
  private readonly engines: string[];
  private nextEngine = 0;

  readonly config: EngineConfig;

  constructor(
    readonly state: EngineState,
    config: EngineConfig,
    private readonly random: () => number,
  ) {
    // A partner agency, for the share and transfer cases (the bench's config may list none).
    this.config = config.sharing !== undefined ? config : { ...config, sharing: BENCH_SHARING };
    this.at = state.now;
    this.engines = [...state.units.values()]
      .filter((u) => u.type === "engine" && u.status === "available")
      .map((u) => u.id);
    if (this.engines.length === 0) throw new Error("bench kinds: the state has no available engine");
  }

  /** The next input, with its id and instant. */
  input(body: InputBody, advanceMs = STEP_MS): Input {
    this.at += advanceMs;
    const input: Input = { ...body, id: `pk-${++this.n}`, at: this.at };
    return input;
  }

  /** Applies a setup or teardown input; throws if it is rejected. */
  must(body: InputBody): ApplyResult {
    const result = applyInput(this.state, this.config, this.input(body), STATE_ONLY);
    if (result.rejection !== null)
      throw new Error(`bench kinds: ${body.kind} rejected: ${JSON.stringify(result.rejection)}`);
    return result;
  }

  /** Applies an input whether or not the engine accepts it (for salvage). */
  attempt(body: InputBody): void {
    applyInput(this.state, this.config, this.input(body), STATE_ONLY);
  }

  /** A number never given before, for ids. */
  serial(): number {
    return ++this.n;
  }

  /** A call (AFAR: one engine) at `place`, received a moment before the log accepts it. */
  callInput(place: readonly number[]): Input {
    const [lon, lat] = place as [number, number];
    const callId = `PKC${this.serial()}`;
    return this.input({ kind: "ReceiveCall", callId, receivedAt: this.at, lon, lat, callType: "AFAR" });
  }

  /** A call at a fresh place (a new incident), or at `place` (joining the incident there): its incident and call ids. */
  call(place = this.place()): { incidentId: string; callId: string; place: readonly number[] } {
    const input = this.callInput(place);
    const result = applyInput(this.state, this.config, input, STATE_ONLY);
    if (result.rejection !== null) throw new Error(`bench kinds: call rejected: ${result.rejection.reason}`);
    const callId = (input as { callId: string }).callId;
    const events = result.events;
    const created = events.find((e) => e.type === "IncidentCreated" || e.type === "CallAttached");
    if (created === undefined || !("incidentId" in created)) throw new Error("bench kinds: no incident");
    return { incidentId: created.incidentId, callId, place };
  }

  close(incidentId: string): void {
    this.must({ kind: "CloseIncident", incidentId, disposition: "REPORT" });
  }

  /** An available engine, round-robin (released units come back to available). */
  engine(): string {
    const id = this.engines[this.nextEngine++ % this.engines.length]!;
    return id;
  }

  /** A random place in the south of the city, more than 200 m from `awayFrom`. */
  place(awayFrom?: readonly number[]): readonly number[] {
    for (;;) {
      const lon = CITY.minLon + this.random() * (CITY.maxLon - CITY.minLon);
      const lat = CITY.minLat + this.random() * (SOUTH_MAX_LAT - CITY.minLat);
      if (awayFrom === undefined || haversineMeters(lon, lat, awayFrom[0]!, awayFrom[1]!) > 200)
        return [lon, lat];
    }
  }
}

/** What a case needs between its setup and its teardown. */
type Scratch = Record<string, string>;

export interface KindCase {
  readonly kind: InputKind;
  /** What the timed input does, for the task name. */
  readonly what: string;
  /** Applies the untimed inputs the timed one needs and returns the timed input. */
  readonly prepare: (d: Driver, s: Scratch) => Input;
  /** Undoes what setup and the timed input left (untimed). */
  readonly teardown?: (d: Driver, s: Scratch, result: ApplyResult) => void;
}

type Case = Omit<KindCase, "kind">;

const created = (r: ApplyResult): string => {
  const e = r.events.find((x) => x.type === "IncidentCreated");
  if (e === undefined) throw new Error("bench kinds: the timed input created no incident");
  return e.incidentId;
};

/** Opens an incident with an engine dispatched to it; `statuses` are then reported for that engine. */
function dispatched(d: Driver, s: Scratch, ...statuses: string[]): readonly number[] {
  const { incidentId, place } = d.call();
  s["incident"] = incidentId;
  s["unit"] = d.engine();
  d.must({ kind: "DispatchUnit", incidentId, unitId: s["unit"] });
  for (const status of statuses) d.must({ kind: "UpdateUnitStatus", unitId: s["unit"], status });
  return place;
}

/**
 * After a timed input that was rejected (a bug in a case, or in the engine): closes what the case opened
 * and retires the unit it added, whatever the engine says, so that the next cases start from a sound
 * state. The rejection is counted and shown in the report.
 */
export function salvage(d: Driver, s: Scratch): void {
  for (const key of ["incident", "other"]) {
    const incidentId = s[key];
    if (incidentId !== undefined) d.attempt({ kind: "CloseIncident", incidentId, disposition: "REPORT" });
  }
  const unitId = s["unit"];
  if (unitId?.startsWith("PK") === true) d.attempt({ kind: "RetireUnit", unitId });
}

const closeAll = (d: Driver, s: Scratch): void => {
  for (const key of ["incident", "other"]) if (s[key] !== undefined) d.close(s[key]);
};

let defaultSource: ReturnType<typeof loadConfigSource> | undefined;

const BENCH_SHARING = { domain: null, partners: new Map([["county", "county.cad.invalid"]]) };

/** A neighbour's EIDO of a new incident (each call a new tracking id), updated a moment ago. */
function eidoInput(d: Driver): Extract<InputBody, { kind: "ReceiveEido" }> {
  const document = JSON.stringify(eidoExample({ incident: `B${d.serial()}`, updatedAt: d.state.now }));
  return { kind: "ReceiveEido", document };
}

function trackingOf(eido: { document: string }): string {
  return (JSON.parse(eido.document) as { $id: string }).$id;
}

/** The cases of each kind: a Record, so a new input kind without a case does not compile. */
const CASES: { readonly [K in InputKind]: readonly [Case, ...Case[]] } = {
  ReceiveCall: [
    {
      what: "new incident, recommended",
      prepare: (d) => d.callInput(d.place()),
      teardown: (d, _s, r) => d.close(created(r)),
    },
    {
      what: "second caller, attached",
      prepare: (d, s) => {
        const first = d.call();
        s["incident"] = first.incidentId;
        return d.callInput(first.place);
      },
      teardown: closeAll,
    },
  ],
  SplitCall: [
    {
      what: "second caller to its own incident",
      prepare: (d, s) => {
        const first = d.call();
        s["incident"] = first.incidentId;
        const second = d.call(first.place);
        return d.input({ kind: "SplitCall", callId: second.callId });
      },
      teardown: (d, s, r) => {
        closeAll(d, s);
        d.close(created(r));
      },
    },
  ],
  MergeIncidents: [
    {
      what: "two pending incidents",
      prepare: (d, s) => {
        const a = d.call();
        s["incident"] = a.incidentId;
        s["other"] = d.call(d.place(a.place)).incidentId;
        return d.input({ kind: "MergeIncidents", incidentId: a.incidentId, intoIncidentId: s["other"] });
      },
      // The merge closed the first incident.
      teardown: (d, s) => d.close(s["other"]!),
    },
  ],
  LinkIncidents: [
    {
      what: "two pending incidents",
      prepare: (d, s) => {
        const a = d.call();
        s["incident"] = a.incidentId;
        s["other"] = d.call(d.place(a.place)).incidentId;
        return d.input({ kind: "LinkIncidents", incidentId: a.incidentId, otherIncidentId: s["other"] });
      },
      teardown: closeAll,
    },
  ],
  DispatchUnit: [
    {
      what: "available engine",
      prepare: (d, s) => {
        s["incident"] = d.call().incidentId;
        return d.input({ kind: "DispatchUnit", incidentId: s["incident"], unitId: d.engine() });
      },
      teardown: closeAll,
    },
  ],
  ReassignUnit: [
    {
      what: "pre-empt, first incident re-queued",
      prepare: (d, s) => {
        // The second call must open its own incident, not join the first (within 150 m it would).
        s["other"] = d.call(d.place(dispatched(d, s))).incidentId;
        return d.input({ kind: "ReassignUnit", incidentId: s["other"], unitId: s["unit"]! });
      },
      teardown: closeAll,
    },
  ],
  UpdateUnitStatus: [
    {
      what: "dispatched -> en_route",
      prepare: (d, s) => {
        dispatched(d, s);
        return d.input({ kind: "UpdateUnitStatus", unitId: s["unit"]!, status: "en_route" });
      },
      teardown: closeAll,
    },
  ],
  UpdateUnitLocation: [
    {
      what: "AVL fix, unit re-indexed",
      prepare: (d) => {
        const unitId = d.engine();
        const unit = d.state.units.get(unitId)!;
        // About 10 m east or west of where it was: a moving unit's next fix.
        const lon = (unit.lon ?? CITY.minLon) + (d.serial() % 2 === 0 ? 1e-4 : -1e-4);
        return d.input({ kind: "UpdateUnitLocation", unitId, lon, lat: unit.lat ?? CITY.minLat });
      },
    },
  ],
  CheckUnit: [
    {
      what: "unit on a timed status",
      prepare: (d, s) => {
        dispatched(d, s, "en_route");
        return d.input({ kind: "CheckUnit", unitId: s["unit"]! });
      },
      teardown: closeAll,
    },
  ],
  ClearIncident: [
    {
      what: "unit on scene released",
      prepare: (d, s) => {
        dispatched(d, s, "en_route", "on_scene");
        return d.input({ kind: "ClearIncident", incidentId: s["incident"]! });
      },
      teardown: closeAll,
    },
  ],
  CloseIncident: [
    {
      what: "unit on scene released",
      prepare: (d, s) => {
        dispatched(d, s, "on_scene");
        return d.input({ kind: "CloseIncident", incidentId: s["incident"]!, disposition: "REPORT" });
      },
    },
  ],
  ReopenIncident: [
    {
      what: "closed -> pending, recommended",
      prepare: (d, s) => {
        s["incident"] = d.call().incidentId;
        d.close(s["incident"]);
        return d.input({ ...INPUT_EXAMPLES.ReopenIncident, incidentId: s["incident"] });
      },
      teardown: closeAll,
    },
  ],
  ReprioritiseIncident: [
    {
      what: "pending 2 -> 1",
      prepare: (d, s) => {
        s["incident"] = d.call().incidentId;
        return d.input({ ...INPUT_EXAMPLES.ReprioritiseIncident, incidentId: s["incident"] });
      },
      teardown: closeAll,
    },
  ],
  AddNote: [
    {
      what: "pending incident",
      prepare: (d, s) => {
        s["incident"] = d.call().incidentId;
        return d.input({ ...INPUT_EXAMPLES.AddNote, incidentId: s["incident"] });
      },
      teardown: closeAll,
    },
  ],
  AddUnit: [
    {
      what: "engine with a station",
      prepare: (d, s) => {
        s["unit"] = `PKU${d.serial()}`;
        const [lon, lat] = d.place() as [number, number];
        const station = { id: "PK-ST", lon, lat };
        return d.input({
          kind: "AddUnit",
          unitId: s["unit"],
          unitType: "engine",
          agency: "metro-fire",
          station,
        });
      },
      teardown: (d, s) => void d.must({ kind: "RetireUnit", unitId: s["unit"]! }),
    },
  ],
  ChangeUnit: [
    {
      what: "crew of an available unit",
      prepare: (d) => d.input({ kind: "ChangeUnit", unitId: d.engine(), crew: 3 + (d.serial() % 2) }),
    },
  ],
  RetireUnit: [
    {
      what: "available unit",
      prepare: (d, s) => {
        s["unit"] = `PKR${d.serial()}`;
        d.must({ kind: "AddUnit", unitId: s["unit"], unitType: "engine", agency: "metro-fire" });
        return d.input({ kind: "RetireUnit", unitId: s["unit"] });
      },
    },
  ],
  ApplyConfiguration: [
    {
      what: "the default config put in force (validated and built), then none again",
      prepare: (d) => {
        const { hash, content } = (defaultSource ??= loadConfigSource());
        return d.input({ kind: "ApplyConfiguration", hash, content });
      },
      // Back to the config the bench was started with, so later cases run as before.
      teardown: (d) => void (d.state.configuration = null),
    },
  ],
  ClaimLeadership: [
    {
      what: "the next term claimed (the leadership is one record: nothing grows)",
      prepare: (d) =>
        d.input({
          kind: "ClaimLeadership",
          term: d.state.leadership.term + 1,
          replica: `r${d.serial() % 3}`,
        }),
    },
  ],
  ReceiveEido: [
    {
      what: "a neighbour's incident received (EIDO), pending a dispatcher's answer",
      prepare: (d) => d.input(eidoInput(d)),
    },
  ],
  AcceptIncoming: [
    {
      what: "an incoming incident accepted: our incident with its call, notes, recommended",
      prepare: (d) => {
        const eido = eidoInput(d);
        d.must(eido);
        const [lon, lat] = d.place() as [number, number];
        return d.input({ kind: "AcceptIncoming", trackingId: trackingOf(eido), lon, lat });
      },
      teardown: (d, _s, r) => d.close(created(r)),
    },
  ],
  DeclineIncoming: [
    {
      what: "an incoming incident declined",
      prepare: (d) => {
        const eido = eidoInput(d);
        d.must(eido);
        return d.input({ kind: "DeclineIncoming", trackingId: trackingOf(eido), reason: "not ours" });
      },
    },
  ],
  ShareIncident: [
    {
      what: "a pending incident shared with a partner agency",
      prepare: (d, s) => {
        const { incidentId } = d.call();
        s["incident"] = incidentId;
        return d.input({ kind: "ShareIncident", incidentId, toAgency: "county" });
      },
      teardown: closeAll,
    },
  ],
  TransferIncident: [
    {
      what: "a pending incident offered to a partner agency",
      prepare: (d, s) => {
        const { incidentId } = d.call();
        s["incident"] = incidentId;
        return d.input({ kind: "TransferIncident", incidentId, toAgency: "county", reason: "their area" });
      },
      teardown: closeAll,
    },
  ],
  EndShare: [
    {
      what: "a share ended",
      prepare: (d, s) => {
        const { incidentId } = d.call();
        s["incident"] = incidentId;
        d.must({ kind: "ShareIncident", incidentId, toAgency: "county" });
        return d.input({ kind: "EndShare", incidentId, toAgency: "county" });
      },
      teardown: closeAll,
    },
  ],
  Tick: [
    {
      what: "one second later, due timers fired",
      prepare: (d) => d.input({ kind: "Tick" }, 1_000),
    },
  ],
};

/** Every case, kind by kind in the order above (ReceiveCall twice: a new incident, another caller). */
export const KIND_CASES: readonly KindCase[] = (
  Object.entries(CASES) as [InputKind, readonly Case[]][]
).flatMap(([kind, cases]) => cases.map((c) => ({ kind, ...c })));

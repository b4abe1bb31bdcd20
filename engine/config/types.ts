import type { TravelModel } from "../geo/travel.ts";
import type { ZoneIndex } from "../geo/zones.ts";
import type { UnitStatus } from "../model/unit.ts";

export type Discipline = "police" | "fire" | "ems";
export const DISCIPLINES: readonly Discipline[] = ["police", "fire", "ems"];

export interface PriorityLevel {
  readonly level: number;
  readonly name: string;
  /** How long a call may wait in the queue before it is overdue. */
  readonly dispatchTargetSeconds: number;
  /** Call received to first unit on scene, the target reports measure against. */
  readonly responseTargetSeconds: number;
}

/** One line of a response plan (run card): `count` units of any of `types`, each with all `capabilities`. */
export interface PlanSlot {
  readonly label: string;
  readonly types: readonly string[];
  readonly capabilities: readonly string[];
  readonly count: number;
}

export interface CallType {
  readonly code: string;
  readonly name: string;
  readonly discipline: Discipline;
  readonly priority: number;
  readonly plan: readonly PlanSlot[];
  /** Overrides the priority's dispatch target when set. */
  readonly dispatchTargetSeconds: number | null;
}

export interface UnitType {
  readonly code: string;
  readonly name: string;
  readonly discipline: Discipline;
  /** Time from dispatch to rolling: added to travel time for an ETA. */
  readonly turnoutSeconds: number;
  /** Capabilities every unit of this type has, besides its own. */
  readonly capabilities: readonly string[];
}

export interface FlagRule {
  readonly code: string;
  readonly name: string;
  /** Priority levels this flag raises a call by (1 is the most urgent level). */
  readonly raise: number;
}

export interface Agency {
  readonly id: string;
  readonly name: string;
  /** The agency's own status names (e.g. "AOR") mapped onto canonical statuses. */
  readonly statusNames: ReadonlyMap<string, UnitStatus>;
  /** Agencies that lend units when none is left at home (mutual aid). */
  readonly neighbours: readonly string[];
  /** A neighbour's agency: its units are recommended only when no home unit can fill a slot. */
  readonly mutualAid: boolean;
}

export interface RecommendationConfig {
  /** Ranked candidates kept per slot in the explanation. */
  readonly topK: number;
  /** An AVL fix older than this is stale: the unit counts at its station, or with a penalty. */
  readonly staleAfterSeconds: number;
  /** Added to the ETA of a unit with a stale fix and no station to fall back on. */
  readonly stalePenaltySeconds: number;
  readonly travel: TravelModel;
  /** How long a unit typically stays busy in each status, to say when a busy unit may be free. */
  readonly expectedBusySeconds: ReadonlyMap<UnitStatus, number>;
}

/** The validated configuration the engine runs with; see config/default.yaml. */
export interface EngineConfig {
  readonly incidentIdPrefix: string;
  /** The centre's IANA time zone, for showing times to its staff (UTC when the config names none). */
  readonly timeZone: string;
  readonly defaultCallType: string;
  readonly dedupWindow: number;
  readonly attach: { readonly distanceMeters: number; readonly windowSeconds: number };
  readonly dispatch: {
    /** Whether units returning to station may be dispatched. */
    readonly returningUnitsAvailable: boolean;
    /** The status a unit takes when its incident is cleared by the dispatcher. */
    readonly releasedUnitStatus: "available" | "returning";
  };
  readonly alerts: { readonly overdueRepeatSeconds: number };
  /** Limits on what a call may claim about itself. */
  readonly calls: {
    /** A call's receivedAt may lie at most this far before the input's instant (CALL_TOO_OLD). */
    readonly maxAgeSeconds: number;
  };
  /** Limits on an input's instant when the service trusts the sender's Cad-Time header. */
  readonly inputTime: {
    /** Cad-Time may be at most this far ahead of the log's acceptance time (INPUT_TIME_AHEAD). */
    readonly maxAheadSeconds: number;
  };
  readonly unitStatusTimers: ReadonlyMap<UnitStatus, number>;
  readonly priorities: ReadonlyMap<number, PriorityLevel>;
  readonly flags: ReadonlyMap<string, FlagRule>;
  readonly unitTypes: ReadonlyMap<string, UnitType>;
  readonly callTypes: ReadonlyMap<string, CallType>;
  readonly agencies: ReadonlyMap<string, Agency>;
  readonly dispositions: ReadonlySet<string>;
  readonly recommendation: RecommendationConfig;
  /** Beats or first-due zones; incidents are tagged with theirs. */
  readonly zones: ZoneIndex | null;
  /** Incidents other agencies hand over by EIDO; absent: no mapping (their types fall to the default). */
  readonly eido?: EidoConfig;
  /** Partner agencies incidents may be shared with or transferred to; absent: none. */
  readonly sharing?: SharingConfig;
}

/** `sharing:` in the config: the agencies this one shares incidents with (EIDO out). */
export interface SharingConfig {
  /** Our own domain in EIDO identifiers (default `<agency>.cad.invalid`, as the RMS's). */
  readonly domain: string | null;
  /** Partner NATS token (as in `cad.<agency>.in.eido`) to the domain its EIDOs name it by. */
  readonly partners: ReadonlyMap<string, string>;
}

/** The domain an agency's EIDO identifiers end in when its configuration names none (the RMS's default). */
export function defaultEidoDomain(agency: string): string {
  return `${agency}.cad.invalid`;
}

/** `eido:` in the config: how an accepted incoming incident's type is chosen. */
export interface EidoConfig {
  /** The sender's call type (as the EIDO gives it) to one of our callTypes codes. */
  readonly callTypes: ReadonlyMap<string, string>;
  /** Our type for a sender's type the table does not list (defaults to defaultCallType). */
  readonly defaultCallType: string;
}

/**
 * The configuration recorded in the log (an ApplyConfiguration input) and in force since.
 * `config` is derived from `content` (a snapshot stores hash, content and since, and rebuilds it).
 */
export interface ConfigurationInForce {
  /** sha256 of `content`, lowercase hex. */
  readonly hash: string;
  /** The configuration as JSON text (see ConfigurationContent). */
  readonly content: string;
  /** Instant of the input that recorded it. */
  readonly since: number;
  readonly config: EngineConfig;
}

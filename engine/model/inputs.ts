/**
 * Inputs are what the log holds: every fact and command the engine applies, in order.
 * Each carries the instant (epoch milliseconds) at which the log accepted it; the
 * engine takes its time from nowhere else.
 */
export interface InputBase {
  /** Unique id of this input (the log's message id); repeats are rejected. */
  readonly id: string;
  /** Instant the input was accepted, epoch milliseconds. Never decreases along the log. */
  readonly at: number;
  /**
   * The authenticated operator (console user name) who sent it, from the Cad-Operator header;
   * absent for inputs of machines (AVL, terminals, clock). Every event of the input carries it.
   */
  readonly operator?: string;
}

/** A 911 call from call-taking or NG911: a new incident or another caller. */
export interface ReceiveCall extends InputBase {
  readonly kind: "ReceiveCall";
  readonly callId: string;
  readonly receivedAt: number;
  readonly answeredAt?: number;
  readonly lon: number;
  readonly lat: number;
  readonly address?: string;
  readonly callType: string;
  readonly callerNumber?: string;
  readonly flags?: readonly string[];
  readonly description?: string;
}

/** Take an attached call out of its incident into an incident of its own. */
export interface SplitCall extends InputBase {
  readonly kind: "SplitCall";
  readonly callId: string;
}

/** Merge incidentId into intoIncidentId; the source closes as MERGED and keeps its lineage. */
export interface MergeIncidents extends InputBase {
  readonly kind: "MergeIncidents";
  readonly incidentId: string;
  readonly intoIncidentId: string;
}

export interface LinkIncidents extends InputBase {
  readonly kind: "LinkIncidents";
  readonly incidentId: string;
  readonly otherIncidentId: string;
}

/** Assign an available unit to an incident. */
export interface DispatchUnit extends InputBase {
  readonly kind: "DispatchUnit";
  readonly incidentId: string;
  readonly unitId: string;
}

/** Pre-empt: take a unit from whatever it is doing and assign it here. */
export interface ReassignUnit extends InputBase {
  readonly kind: "ReassignUnit";
  readonly incidentId: string;
  readonly unitId: string;
}

/** A status from a mobile terminal or the radio, in canonical or agency terms. */
export interface UpdateUnitStatus extends InputBase {
  readonly kind: "UpdateUnitStatus";
  readonly unitId: string;
  readonly status: string;
}

/** An AVL position fix. */
export interface UpdateUnitLocation extends InputBase {
  readonly kind: "UpdateUnitLocation";
  readonly unitId: string;
  readonly lon: number;
  readonly lat: number;
  /** Instant of the GPS fix; defaults to `at`. */
  readonly fixAt?: number;
}

/** The dispatcher has checked on a unit: its status timer starts again. */
export interface CheckUnit extends InputBase {
  readonly kind: "CheckUnit";
  readonly unitId: string;
}

export interface ClearIncident extends InputBase {
  readonly kind: "ClearIncident";
  readonly incidentId: string;
}

export interface CloseIncident extends InputBase {
  readonly kind: "CloseIncident";
  readonly incidentId: string;
  readonly disposition: string;
}

export interface ReopenIncident extends InputBase {
  readonly kind: "ReopenIncident";
  readonly incidentId: string;
  readonly reason?: string;
}

export interface ReprioritiseIncident extends InputBase {
  readonly kind: "ReprioritiseIncident";
  readonly incidentId: string;
  readonly priority: number;
  readonly reason?: string;
}

export interface AddNote extends InputBase {
  readonly kind: "AddNote";
  readonly incidentId: string;
  readonly text: string;
  readonly author?: string;
}

export interface StationInput {
  readonly id: string;
  readonly lon: number;
  readonly lat: number;
}

export interface AddUnit extends InputBase {
  readonly kind: "AddUnit";
  readonly unitId: string;
  readonly unitType: string;
  readonly agency: string;
  readonly capabilities?: readonly string[];
  readonly station?: StationInput;
  readonly crew?: number;
}

export interface ChangeUnit extends InputBase {
  readonly kind: "ChangeUnit";
  readonly unitId: string;
  readonly unitType?: string;
  readonly agency?: string;
  readonly capabilities?: readonly string[];
  readonly station?: StationInput;
  readonly crew?: number;
}

export interface RetireUnit extends InputBase {
  readonly kind: "RetireUnit";
  readonly unitId: string;
}

/**
 * The configuration in force from this input on: inputs before it were applied under the one
 * before, and replay applies each input under the configuration in force when it was accepted.
 * `cad serve` records one at start-up when its file differs from the one in force.
 */
export interface ApplyConfiguration extends InputBase {
  readonly kind: "ApplyConfiguration";
  /** The configuration's name: sha256 of `content`, lowercase hex (64 characters). */
  readonly hash: string;
  /** The configuration as JSON text: `{document, zonesGeoJSON}` (see ConfigurationContent). */
  readonly content: string;
}

/**
 * A replica claims the leadership of the agency's engine for `term` (the one after the term in
 * force). Published by the engine role only; its `id` is the Nats-Msg-Id
 * `claim:<agency>:<term>:<replica>:<instance>`. Leadership takes effect at its place in the log.
 */
export interface ClaimLeadership extends InputBase {
  readonly kind: "ClaimLeadership";
  /** The term claimed: a whole number >= 1, the term in force plus one. */
  readonly term: number;
  /** The claiming replica's name: 1-64 of A-Z a-z 0-9 _ -. */
  readonly replica: string;
}

/**
 * An EIDO (NENA-STA-021 EmergencyIncidentDataObjectType) another agency sent on
 * `cad.<agency>.in.eido`: the document as JSON text, already checked against the schema by the
 * adapter that decoded it. The engine reads the incident from it (engine/eido/extract.ts); its
 * times are the sender's facts, the engine's own time is still the log's `at`.
 */
export interface ReceiveEido extends InputBase {
  readonly kind: "ReceiveEido";
  readonly document: string;
}

/** The dispatcher takes an incoming incident (by the sender's tracking id) as an incident of this agency. */
export interface AcceptIncoming extends InputBase {
  readonly kind: "AcceptIncoming";
  readonly trackingId: string;
  /** Where the incident is, when the EIDO gives no coordinates (or the dispatcher places it better). */
  readonly lon?: number;
  readonly lat?: number;
}

/** The dispatcher refuses an incoming incident, saying why. */
export interface DeclineIncoming extends InputBase {
  readonly kind: "DeclineIncoming";
  readonly trackingId: string;
  readonly reason: string;
}

/**
 * Share an incident with a partner agency (`sharing.partners`): it stays ours, they follow it
 * (each change is sent to them as a newer version of its EIDO) until EndShare or its closure.
 */
export interface ShareIncident extends InputBase {
  readonly kind: "ShareIncident";
  readonly incidentId: string;
  /** The partner agency (its NATS token, as in `cad.<agency>.in.eido`). */
  readonly toAgency: string;
}

/**
 * Hand an incident over to a partner agency: it is offered to them as an incoming incident;
 * ours until they answer; closed as transferred once they accept, still ours if they decline.
 */
export interface TransferIncident extends InputBase {
  readonly kind: "TransferIncident";
  readonly incidentId: string;
  readonly toAgency: string;
  readonly reason: string;
}

/** Stop sharing an incident with a partner agency: no further versions are sent. */
export interface EndShare extends InputBase {
  readonly kind: "EndShare";
  readonly incidentId: string;
  readonly toAgency: string;
}

/** Time advancing: timers that are due fire. */
export interface Tick extends InputBase {
  readonly kind: "Tick";
}

export type Input =
  | ReceiveCall
  | SplitCall
  | MergeIncidents
  | LinkIncidents
  | DispatchUnit
  | ReassignUnit
  | UpdateUnitStatus
  | UpdateUnitLocation
  | CheckUnit
  | ClearIncident
  | CloseIncident
  | ReopenIncident
  | ReprioritiseIncident
  | AddNote
  | AddUnit
  | ChangeUnit
  | RetireUnit
  | ApplyConfiguration
  | ClaimLeadership
  | ReceiveEido
  | AcceptIncoming
  | DeclineIncoming
  | ShareIncident
  | TransferIncident
  | EndShare
  | Tick;

export type InputKind = Input["kind"];

/**
 * Every input kind once, in the order of the union. A Record, so a kind added to Input and
 * forgotten here fails to compile; the lists elsewhere derive from INPUT_KINDS or are Records too.
 */
const KINDS: Readonly<Record<InputKind, true>> = {
  ReceiveCall: true,
  SplitCall: true,
  MergeIncidents: true,
  LinkIncidents: true,
  DispatchUnit: true,
  ReassignUnit: true,
  UpdateUnitStatus: true,
  UpdateUnitLocation: true,
  CheckUnit: true,
  ClearIncident: true,
  CloseIncident: true,
  ReopenIncident: true,
  ReprioritiseIncident: true,
  AddNote: true,
  AddUnit: true,
  ChangeUnit: true,
  RetireUnit: true,
  ApplyConfiguration: true,
  ClaimLeadership: true,
  ReceiveEido: true,
  AcceptIncoming: true,
  DeclineIncoming: true,
  ShareIncident: true,
  TransferIncident: true,
  EndShare: true,
  Tick: true,
};

export const INPUT_KINDS: readonly InputKind[] = Object.keys(KINDS) as InputKind[];

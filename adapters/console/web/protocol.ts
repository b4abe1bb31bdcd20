/**
 * What the console's gateway and its page say to each other (types only: shared by the
 * Node gateway and the browser bundle). Events travel as the engine's own JSON shapes.
 */
import type {
  AcceptIncoming,
  AddNote,
  CheckUnit,
  ClearIncident,
  CloseIncident,
  DeclineIncoming,
  DispatchUnit,
  EngineEvent,
  IncidentStatus,
  IncomingIncident,
  LinkIncidents,
  MergeIncidents,
  ReassignUnit,
  ReceiveCall,
  ReopenIncident,
  ReprioritiseIncident,
  SplitCall,
  UnitStatus,
  Recommendation,
  UpdateUnitStatus,
} from "../../../engine/index.ts";

import type { UnitAssignment } from "../../nats/index.ts";

export type { Recommendation, UnitAssignment };

/** An incident as the `state` query summarises it. */
export interface StateIncident {
  readonly id: string;
  readonly status: IncidentStatus;
  readonly priority: number;
  readonly callType: string;
  readonly lon: number;
  readonly lat: number;
  readonly address: string;
  readonly zone: string | null;
  readonly receivedAt: number;
  /** When it last entered the queue (absent from engines older than the console). */
  readonly queuedAt?: number;
  readonly unitIds: readonly string[];
  readonly overdueAlerts: number;
}

export interface StateUnit {
  readonly id: string;
  readonly type: string;
  readonly agency: string;
  readonly status: UnitStatus;
  readonly statusSince: number;
  readonly incidentId: string | null;
  readonly lon: number | null;
  readonly lat: number | null;
  readonly positionAt: number | null;
  /** Where the position comes from (absent from engines older than the console). */
  readonly positionSource?: "station" | "avl" | null;
}

/** The `state` query's reply: the state after input `lastInputSeq`. */
export interface StateReply {
  readonly now: number;
  readonly lastInputSeq: number;
  readonly pending: readonly StateIncident[];
  readonly incidents: readonly StateIncident[];
  readonly units: readonly StateUnit[];
  /**
   * The pending incoming incidents (the `incoming` query, asked just after the state: the outputs
   * replayed on top of it converge); absent from a gateway or engine older than the panel.
   */
  readonly incoming?: readonly IncomingIncident[];
}

export interface WireRejection {
  readonly at: number;
  readonly inputKind: string;
  readonly code: string;
  readonly reason: string;
  readonly field?: string;
}

/** One engine output (an event or a rejection) with the input it came from. */
export type WireOutput = {
  readonly agency: string;
  readonly inputSeq: number;
  readonly inputId: string;
  readonly index: number;
} & ({ readonly event: EngineEvent } | { readonly rejected: WireRejection });

/** Server-sent events on /api/events, by event name. */
export interface StreamMessages {
  /** The whole state: replaces whatever the page had (on connect, and after NATS reconnects). */
  snapshot: { readonly state: StateReply; readonly reason: string };
  /** Outputs after the snapshot, in order. */
  outputs: readonly WireOutput[];
  /** The engine's time and last input, about once a second. */
  clock: { readonly now: number; readonly lastInputSeq: number };
  /** Something the dispatcher must know about the link (engine silent, NATS down...). */
  problem: { readonly message: string };
}

/** The commands a dispatcher may send from the console. */
// The operator is never the page's to say: the gateway names it from the session (Cad-Operator).
type Body<T> = Omit<T, "id" | "at" | "operator">;
/**
 * A call entered by a call-taker: the gateway gives it its callId (from the command's id) and its
 * receivedAt: the console's time less `startedMsAgo`, how long ago (by the page's own steady
 * clock) the call-taker began entering it, so that the call's time is when it was taken, not sent.
 */
export type EnteredCall = Omit<Body<ReceiveCall>, "callId" | "receivedAt" | "answeredAt"> & {
  readonly startedMsAgo?: number;
};
/**
 * Sharing and transferring an incident to another CAD agency (issue 19, EIDO out): the engine
 * inputs ShareIncident (cad.<agency>.in.cmd.incident.share), TransferIncident
 * (cad.<agency>.in.cmd.incident.transfer) and EndShare (cad.<agency>.in.cmd.incident.unshare).
 * Written here by their fields, for an engine whose codec has them; a gateway whose engine
 * codec lacks them refuses them (UNKNOWN_COMMAND) without publishing.
 */
export interface ShareIncidentCommand {
  readonly kind: "ShareIncident";
  readonly incidentId: string;
  /** The other agency's id, as in its subjects (cad.<toAgency>.…). */
  readonly toAgency: string;
}
export interface TransferIncidentCommand {
  readonly kind: "TransferIncident";
  readonly incidentId: string;
  readonly toAgency: string;
  readonly reason: string;
}
export interface EndShareCommand {
  readonly kind: "EndShare";
  readonly incidentId: string;
  readonly toAgency: string;
}
export type SharingCommand = ShareIncidentCommand | TransferIncidentCommand | EndShareCommand;
export const SHARING_KINDS: readonly SharingCommand["kind"][] = [
  "ShareIncident",
  "TransferIncident",
  "EndShare",
];

export type ConsoleCommand =
  | Body<DispatchUnit>
  | Body<ReassignUnit>
  | Body<UpdateUnitStatus>
  | Body<CheckUnit>
  | Body<ClearIncident>
  | Body<CloseIncident>
  | Body<ReopenIncident>
  | Body<ReprioritiseIncident>
  | Body<AddNote>
  | Body<MergeIncidents>
  | Body<SplitCall>
  | Body<LinkIncidents>
  | Body<AcceptIncoming>
  | Body<DeclineIncoming>
  | SharingCommand
  | EnteredCall;

export type ConsoleCommandKind = ConsoleCommand["kind"];

export interface CommandRequest {
  /** The client's id for this command: the input's Nats-Msg-Id is derived from it, so a retry is no double. */
  readonly id: string;
  readonly input: ConsoleCommand;
}

export type CommandReply =
  | { readonly ok: true; readonly inputId: string; readonly seq: number; readonly duplicate: boolean }
  | { readonly ok: false; readonly code: string; readonly reason: string; readonly field?: string };

/** What the page needs of the engine's configuration. */
export interface ConsoleConfig {
  readonly agency: string;
  /** The centre's IANA time zone: the page shows every time in it, not in the browser's. */
  readonly timeZone: string;
  readonly priorities: readonly {
    readonly level: number;
    readonly name: string;
    readonly dispatchTargetSeconds: number;
    readonly responseTargetSeconds: number;
  }[];
  readonly callTypes: Readonly<
    Record<
      string,
      {
        readonly name: string;
        readonly discipline: string;
        readonly priority: number;
        readonly dispatchTargetSeconds: number | null;
      }
    >
  >;
  readonly unitTypes: Readonly<Record<string, { readonly name: string; readonly discipline: string }>>;
  readonly agencies: Readonly<Record<string, { readonly name: string }>>;
  readonly statuses: readonly UnitStatus[];
  /** Seconds a unit may stay in a timed status before the engine alerts. */
  readonly unitStatusTimers: Readonly<Partial<Record<UnitStatus, number>>>;
  readonly dispositions: readonly string[];
  readonly flags: Readonly<Record<string, string>>;
  /**
   * How an accepted incoming incident's type is chosen (the config's `eido:`): the sender's type
   * to our code, else the default; absent when the config maps none.
   */
  readonly eido?: { readonly callTypes: Readonly<Record<string, string>>; readonly defaultCallType: string };
}

/** The zones the map is drawn from: the config's GeoJSON and the property naming each zone. */
export type ZonesReply = { readonly nameProperty: string; readonly geojson: unknown } | null;

/** GET /api/session (and a login's reply): who is logged in, and the commands their role may send. */
export interface SessionReply {
  readonly ok: true;
  readonly user: string;
  readonly role: string;
  /** Role unit: the unit this terminal is bound to. */
  readonly unit?: string;
  readonly agency: string;
  readonly commands: readonly ConsoleCommandKind[];
  readonly idleMinutes: number;
}

/**
 * A map layer as the console serves it (GET /api/layers): its features' coordinates quantised to
 * QUANTUM degrees and delta-coded (each part [lon0, lat0, dlon1, dlat1, ...] in quanta), already
 * simplified at about a metre, so that a big boundary file stays small on the wire.
 */
export interface MapLayer {
  readonly name: string;
  readonly style: MapLayerStyle;
  /** Shown when the page opens (the legend toggles it). */
  readonly visible: boolean;
  readonly features: readonly MapFeature[];
}

export interface MapLayerStyle {
  readonly stroke: string;
  /** An area's fill, or null for outlines only. */
  readonly fill: string | null;
  /** Line width in pixels. */
  readonly width: number;
  readonly dash: readonly number[] | null;
  /** The colour of the features' names, or null to write none. */
  readonly label: string | null;
}

export interface MapFeature {
  readonly kind: "area" | "line";
  readonly name: string;
  /** Where an area's name goes, in quanta; null for lines and nameless features. */
  readonly labelAt: readonly [number, number] | null;
  readonly parts: readonly (readonly number[])[];
}

/** GET /api/layers: the configured layers, in drawing order (the first is drawn underneath). */
export interface LayersReply {
  readonly quantum: number;
  readonly layers: readonly MapLayer[];
}

/** GET /api/gazetteer: addresses for what was typed (`q`), or the one nearest a point (`lat`, `lon`). */
export interface GazetteerReply {
  /** How many addresses the gazetteer holds (0: the configuration names none). */
  readonly size: number;
  readonly matches: readonly { readonly address: string; readonly lat: number; readonly lon: number }[];
  readonly nearest: {
    readonly address: string;
    readonly lat: number;
    readonly lon: number;
    readonly distanceMeters?: number;
  } | null;
}

/** A unit terminal's starting point: the `unit` query's picture after input `lastInputSeq`. */
export interface UnitSnapshot {
  readonly assignment: UnitAssignment;
  /** When the unit entered its status (engine time). */
  readonly statusSince: number;
  readonly now: number;
  readonly lastInputSeq: number;
}

/** One message of the unit's own subjects: the event, and what the terminal shows after it. */
export interface UnitUpdate {
  readonly inputSeq: number;
  readonly index: number;
  readonly event: EngineEvent;
  readonly assignment: UnitAssignment;
}

/** Server-sent events on /api/unit/events, by event name. */
export interface UnitStreamMessages {
  snapshot: UnitSnapshot;
  updates: readonly UnitUpdate[];
  /** The engine rejected a command this terminal sent (by its input sequence). */
  rejected: { readonly inputSeq: number; readonly code: string; readonly reason: string };
  problem: { readonly message: string };
}

import type { ConfigurationInForce } from "../config/types.ts";
import type { GeoPointIndex } from "../geo/nearest.ts";
import type { UnitIndex } from "../recommend/unit-index.ts";
import type { InputIdWindow } from "../state/id-window.ts";
import type { Unit } from "./unit.ts";

// Units are in their own file so the unit index (part of the state) can read them without a cycle.
export * from "./unit.ts";

export type IncidentStatus = "pending" | "dispatched" | "en_route" | "on_scene" | "cleared" | "closed";

export interface Call {
  readonly id: string;
  incidentId: string;
  readonly receivedAt: number;
  readonly answeredAt: number | null;
  readonly lon: number;
  readonly lat: number;
  readonly address: string;
  /** The call-type code used (after any fallback to the default). */
  readonly callType: string;
  readonly callerNumber: string;
  readonly flags: readonly string[];
  readonly description: string;
}

export interface IncidentTimes {
  receivedAt: number;
  answeredAt: number | null;
  createdAt: number;
  firstDispatchedAt: number | null;
  firstEnRouteAt: number | null;
  firstOnSceneAt: number | null;
  /** The latest clearance (or closure without one); null while the incident is open, also after a reopen. */
  clearedAt: number | null;
  /** The latest closure; null while the incident is open, also after a reopen. */
  closedAt: number | null;
  /** The first clearance (or closure without one); a reopen keeps it. */
  firstClearedAt: number | null;
  /** The first closure; a reopen keeps it. */
  firstClosedAt: number | null;
}

export interface Note {
  readonly at: number;
  readonly author: string;
  readonly text: string;
}

/** One line of an incident's history, for consoles and the record. */
export interface TimelineEntry {
  readonly at: number;
  readonly what: string;
  /** The operator whose input wrote the line (Input.operator); absent for machines' inputs. */
  readonly operator?: string;
}

export interface Incident {
  readonly id: string;
  callType: string;
  priority: number;
  status: IncidentStatus;
  lon: number;
  lat: number;
  address: string;
  /** The beat or first-due zone the incident lies in, if zones are configured. */
  zone: string | null;
  callIds: string[];
  /** Units assigned now. */
  unitIds: string[];
  times: IncidentTimes;
  disposition: string | null;
  mergedInto: string | null;
  mergedFrom: string[];
  links: string[];
  notes: Note[];
  timeline: TimelineEntry[];
  /** Instant the incident last entered the pending queue; its wait is measured from here. */
  queuedAt: number;
  /** Instant of the latest call, for attaching further callers. */
  lastCallAt: number;
  /** The seq of the incident's one live timer (-1: none); any other timer for it is stale. */
  timerToken: number;
  /** Overdue alerts fired during the current wait in the queue. */
  overdueAlerts: number;
}

/** A call of an incoming incident, as the sender's EIDO gives it. */
export interface IncomingCall {
  /** The sender's call id ($id of its callComponent). */
  readonly id: string;
  readonly receivedAt: number;
  readonly answeredAt: number | null;
  readonly callerNumber: string;
}

/** A unit of the sending agency on an incoming incident (emergencyResourceComponent). */
export interface IncomingUnit {
  readonly name: string;
  readonly type: string;
}

/** What an EIDO says of its incident: what an incoming incident shows and an accepted one takes. */
export interface IncomingDetail {
  /** The sender's call type (incidentTypeCommonRegistryText, else its internal code, else the call's type). */
  readonly callType: string;
  readonly address: string;
  /** Coordinates from a gml:pos of the EIDO's first location that has one; null when none has. */
  readonly lon: number | null;
  readonly lat: number | null;
  readonly calls: readonly IncomingCall[];
  readonly notes: readonly Note[];
  readonly units: readonly IncomingUnit[];
  /** Tracking ids of the incidents the sender links this one to (linkComponent). */
  readonly links: readonly string[];
  /** The sender's merges of this incident (mergeComponent; absent from details held before merges were read). */
  readonly merges?: readonly IncomingMerge[];
  /**
   * What the sender offers, when its EIDO says (a cad-engine partner does, in
   * incidentStatusInternalText): "share", it stays theirs and we follow it; "transfer", theirs
   * until we accept it. Absent: not said (an EIDO of another CAD, taken as a handover).
   */
  readonly offer?: "share" | "transfer";
  /** The sender's incident is closed (incidentStatusCommonRegistryText "Closed"); absent while open. */
  readonly closed?: true;
}

/**
 * A merge the sender made (an EIDO's mergeComponent, NENA-STA-021 IncidentMergeDirectionCode):
 * REPLACED, this incident was merged into `trackingId`; REPLACING, `trackingId` was merged into this one.
 */
export interface IncomingMerge {
  readonly trackingId: string;
  readonly direction: "REPLACED" | "REPLACING";
}

/** merged: the sender merged it into another incoming incident held here (`mergedInto`). */
export type IncomingStatus = "pending" | "accepted" | "declined" | "merged";

/** An incident another agency handed over by EIDO, keyed by the sender's incident tracking id. */
export interface IncomingIncident {
  readonly trackingId: string;
  /** The sending agency (the EIDO's updatedByAgencyReference). */
  readonly senderAgency: string;
  /** lastUpdateTimeStamp of the newest version received, epoch ms: older or equal versions are STALE_EIDO. */
  updatedAt: number;
  /** Instant the first version was received (the log's time). */
  readonly receivedAt: number;
  status: IncomingStatus;
  /** Our incident, once accepted. */
  incidentId: string | null;
  declineReason: string | null;
  /** The sender's tracking id of the incident the sender merged this one into (status merged). */
  mergedInto?: string | null;
  detail: IncomingDetail;
}

/** How a partner agency follows an incident of ours. */
export type ShareMode = "share" | "transfer";

/**
 * A partner agency following an incident of ours. A share is "active" until it ends (then
 * removed); a transfer is "pending" until the partner answers, then "accepted" (our incident is
 * closed, theirs now; their versions still come to us) or "declined" (with their reason).
 */
export interface IncidentShare {
  /** The partner's NATS token (`sharing.partners`). */
  readonly agency: string;
  readonly mode: ShareMode;
  status: "active" | "pending" | "accepted" | "declined";
  /** Instant the share or transfer began (the log's time). */
  readonly since: number;
  /** The transfer's reason, then the partner's reason when it declined. */
  reason: string;
  /** The partner's incident id, once it accepted. */
  theirIncidentId: string | null;
  /** lastUpdateTimeStamp of the partner's newest version received (0: none yet). */
  updatedAt: number;
  /** What the partner's newest version says, null before any. */
  detail: IncomingDetail | null;
}

export type TimerKind = "incident_overdue" | "unit_status";

export interface Timer {
  readonly dueAt: number;
  readonly seq: number;
  readonly kind: TimerKind;
  readonly targetId: string;
}

export interface EngineState {
  /** Instant of the last accepted input. */
  now: number;
  nextIncidentNumber: number;
  nextTimerSeq: number;
  readonly incidents: Map<string, Incident>;
  readonly calls: Map<string, Call>;
  readonly units: Map<string, Unit>;
  /** Pending incident ids ordered by priority, then age, then id. */
  pending: string[];
  /** Binary min-heap ordered by (dueAt, seq). */
  timers: Timer[];
  /** The recent input ids, to refuse repeats (at least the config's dedupWindow of them). */
  seenInputs: InputIdWindow;
  /** Derived index: ids of incidents that are pending, dispatched, en route or on scene. */
  readonly active: Set<string>;
  /** Derived index: active incidents by place, for attaching further callers. */
  readonly activeByPlace: GeoPointIndex<Incident>;
  /** Derived index: units by effective position, for recommendations. */
  readonly unitIndex: UnitIndex;
  /**
   * The configuration the log recorded last (ApplyConfiguration) and every later input is applied
   * under; null when the log has recorded none: the engine runs under the one it was started with.
   */
  configuration: ConfigurationInForce | null;
  /** The leadership in force: set only by LeadershipChanged (INITIAL_LEADERSHIP before any). */
  leadership: Leadership;
  /** Incidents other agencies handed over by EIDO, by the sender's tracking id, in the order received. */
  readonly incoming: Map<string, IncomingIncident>;
  /** Partner agencies following incidents of ours (shares and transfers), by our incident id. */
  readonly shares: Map<string, IncidentShare[]>;
}

/** Which replica leads the agency's engine, since which accepted claim. */
export interface Leadership {
  /** The term in force; 0 before any claim was accepted. */
  readonly term: number;
  /** The leading replica's name; "" before any. */
  readonly replica: string;
  /** The id of the ClaimLeadership input that won the term; "" before any. */
  readonly claimId: string;
  /** Instant of that claim; 0 before any. */
  readonly since: number;
}

/** The leadership of a log in which no claim was accepted yet. */
export const INITIAL_LEADERSHIP: Leadership = { term: 0, replica: "", claimId: "", since: 0 };

export const ACTIVE_INCIDENT_STATUSES: ReadonlySet<IncidentStatus> = new Set<IncidentStatus>([
  "pending",
  "dispatched",
  "en_route",
  "on_scene",
]);

import type { Recommendation } from "../recommend/types.ts";
import type { IncidentStatus, IncomingDetail, Station, UnitStatus } from "./state.ts";

/** Every event carries the instant of the input that caused it, and its operator when it had one. */
interface EventBase {
  readonly at: number;
  /** The operator of the input (Input.operator); absent when the input named none. */
  readonly operator?: string;
}

export interface CallReceived extends EventBase {
  readonly type: "CallReceived";
  readonly callId: string;
  readonly receivedAt: number;
  readonly answeredAt: number | null;
  readonly lon: number;
  readonly lat: number;
  readonly address: string;
  readonly callType: string;
  readonly callerNumber: string;
  readonly flags: readonly string[];
  readonly description: string;
}

/** The call's type code was unknown (or empty); the default type is used instead. */
export interface CallTypeDefaulted extends EventBase {
  readonly type: "CallTypeDefaulted";
  readonly callId: string;
  readonly requestedCode: string;
  readonly usedCode: string;
}

export interface IncidentCreated extends EventBase {
  readonly type: "IncidentCreated";
  readonly incidentId: string;
  readonly callType: string;
  readonly priority: number;
  readonly lon: number;
  readonly lat: number;
  readonly address: string;
  readonly zone: string | null;
  readonly receivedAt: number;
  readonly answeredAt: number | null;
  readonly splitFromIncidentId: string | null;
}

/** The units the engine recommends for an incident's response plan, with the reasons. */
export interface UnitsRecommended extends EventBase, Recommendation {
  readonly type: "UnitsRecommended";
}

export type CallAttachReason = "first_call" | "additional_caller" | "split";

export interface CallAttached extends EventBase {
  readonly type: "CallAttached";
  readonly callId: string;
  readonly incidentId: string;
  readonly reason: CallAttachReason;
  readonly fromIncidentId: string | null;
  readonly distanceMeters: number;
}

export type ReprioritiseReason = "dispatcher" | "caller_flags" | "overdue" | "merge";

export interface IncidentReprioritised extends EventBase {
  readonly type: "IncidentReprioritised";
  readonly incidentId: string;
  readonly from: number;
  readonly to: number;
  readonly reason: ReprioritiseReason;
  readonly note: string;
}

export interface IncidentStatusChanged extends EventBase {
  readonly type: "IncidentStatusChanged";
  readonly incidentId: string;
  readonly from: IncidentStatus;
  readonly to: IncidentStatus;
  /** Why, in words a console can show (e.g. "all units cleared", "reopened: ..."). */
  readonly reason: string;
  /** Set when `to` is closed. */
  readonly disposition: string | null;
}

export interface IncidentsMerged extends EventBase {
  readonly type: "IncidentsMerged";
  readonly incidentId: string;
  readonly intoIncidentId: string;
  readonly callIds: readonly string[];
  readonly unitIds: readonly string[];
}

export interface IncidentsLinked extends EventBase {
  readonly type: "IncidentsLinked";
  readonly incidentId: string;
  readonly otherIncidentId: string;
}

export interface NoteAdded extends EventBase {
  readonly type: "NoteAdded";
  readonly incidentId: string;
  readonly author: string;
  readonly text: string;
}

export interface UnitDispatched extends EventBase {
  readonly type: "UnitDispatched";
  readonly unitId: string;
  readonly incidentId: string;
}

export type UnitReleaseReason = "cleared" | "preempted" | "out_of_service" | "incident_cleared";

export interface UnitReleased extends EventBase {
  readonly type: "UnitReleased";
  readonly unitId: string;
  readonly incidentId: string;
  readonly reason: UnitReleaseReason;
}

export interface UnitStatusChanged extends EventBase {
  readonly type: "UnitStatusChanged";
  readonly unitId: string;
  readonly from: UnitStatus;
  readonly to: UnitStatus;
  /** The incident the unit serves after the change, if any. */
  readonly incidentId: string | null;
  /** The status name as reported (agency code), or the canonical name. */
  readonly reported: string;
}

export interface UnitLocationUpdated extends EventBase {
  readonly type: "UnitLocationUpdated";
  readonly unitId: string;
  readonly lon: number;
  readonly lat: number;
  readonly fixAt: number;
}

export interface UnitAdded extends EventBase {
  readonly type: "UnitAdded";
  readonly unitId: string;
  readonly unitType: string;
  readonly agency: string;
  readonly capabilities: readonly string[];
  readonly station: Station | null;
  readonly crew: number;
}

export interface UnitChanged extends EventBase {
  readonly type: "UnitChanged";
  readonly unitId: string;
  readonly unitType: string;
  readonly agency: string;
  readonly capabilities: readonly string[];
  readonly station: Station | null;
  readonly crew: number;
}

export interface UnitRetired extends EventBase {
  readonly type: "UnitRetired";
  readonly unitId: string;
}

export interface UnitChecked extends EventBase {
  readonly type: "UnitChecked";
  readonly unitId: string;
}

/** Alert: a pending incident has waited past its dispatch target. */
export interface IncidentOverdue extends EventBase {
  readonly type: "IncidentOverdue";
  readonly incidentId: string;
  readonly priority: number;
  readonly waitedSeconds: number;
  readonly targetSeconds: number;
  /** 1 for the first alert of this wait, then 2, 3... */
  readonly count: number;
}

/** Alert: a unit has stayed in a timed status past its limit without a check. */
export interface UnitStatusOverdue extends EventBase {
  readonly type: "UnitStatusOverdue";
  readonly unitId: string;
  readonly status: UnitStatus;
  readonly incidentId: string | null;
  readonly sinceAt: number;
  readonly limitSeconds: number;
  readonly count: number;
}

/**
 * A replica's claim (ClaimLeadership) was the next term: it leads from here on in the log.
 * `previousReplica` is "" when there was no leader before (term 1).
 */
export interface LeadershipChanged extends EventBase {
  readonly type: "LeadershipChanged";
  readonly term: number;
  readonly replica: string;
  /** The id of the ClaimLeadership input that won the term. */
  readonly claimId: string;
  readonly previousTerm: number;
  readonly previousReplica: string;
}

/** A first version of another agency's EIDO: an incoming incident waits for a dispatcher's answer. */
export interface IncomingIncidentReceived extends EventBase {
  readonly type: "IncomingIncidentReceived";
  readonly trackingId: string;
  readonly senderAgency: string;
  /** The EIDO's lastUpdateTimeStamp, epoch ms. */
  readonly updatedAt: number;
  readonly detail: IncomingDetail;
}

/** A newer version of an incoming incident's EIDO; `incidentId` is ours once it was accepted. */
export interface IncomingIncidentUpdated extends EventBase {
  readonly type: "IncomingIncidentUpdated";
  readonly trackingId: string;
  readonly updatedAt: number;
  readonly detail: IncomingDetail;
  readonly incidentId: string | null;
}

/** The dispatcher accepted an incoming incident: it is our `incidentId` (created by the events that follow). */
export interface IncomingIncidentAccepted extends EventBase {
  readonly type: "IncomingIncidentAccepted";
  readonly trackingId: string;
  readonly senderAgency: string;
  readonly incidentId: string;
}

export interface IncomingIncidentDeclined extends EventBase {
  readonly type: "IncomingIncidentDeclined";
  readonly trackingId: string;
  readonly senderAgency: string;
  readonly reason: string;
}

/**
 * The sender merged incoming incident `trackingId` into `intoTrackingId` (both held here): it is
 * no longer to be answered. When both were accepted, `incidentId` (ours for trackingId) is merged
 * into `intoIncidentId` by the IncidentsMerged that follows, as MergeIncidents does.
 */
export interface IncomingIncidentMerged extends EventBase {
  readonly type: "IncomingIncidentMerged";
  readonly trackingId: string;
  readonly senderAgency: string;
  readonly intoTrackingId: string;
  readonly incidentId: string | null;
  readonly intoIncidentId: string | null;
}

/** An incident of ours is shared with a partner agency: it follows each change (EIDO versions). */
export interface IncidentShared extends EventBase {
  readonly type: "IncidentShared";
  readonly incidentId: string;
  readonly toAgency: string;
}

/** An incident of ours is offered to a partner agency; ours until they answer. */
export interface IncidentTransferred extends EventBase {
  readonly type: "IncidentTransferred";
  readonly incidentId: string;
  readonly toAgency: string;
  readonly reason: string;
}

/** A share ended: by the dispatcher (EndShare) or because the incident closed. */
export interface IncidentShareEnded extends EventBase {
  readonly type: "IncidentShareEnded";
  readonly incidentId: string;
  readonly toAgency: string;
  /** "ended by dispatcher" or "incident closed". */
  readonly reason: string;
}

/**
 * The partner's answer to a transfer, from its EIDO: accepted (as their incident
 * `theirIncidentId`; ours is closed next) or declined (with their reason; it stays ours).
 */
export interface IncidentTransferAnswered extends EventBase {
  readonly type: "IncidentTransferAnswered";
  readonly incidentId: string;
  readonly toAgency: string;
  readonly accepted: boolean;
  readonly theirIncidentId: string | null;
  readonly reason: string;
}

/**
 * A partner's newer version of an incident of ours that it follows or took over (their EIDO
 * with our tracking id): what they hold now. Our incident itself is unchanged.
 */
export interface SharedIncidentUpdated extends EventBase {
  readonly type: "SharedIncidentUpdated";
  readonly incidentId: string;
  readonly fromAgency: string;
  /** Their EIDO's lastUpdateTimeStamp, epoch ms. */
  readonly updatedAt: number;
  readonly detail: IncomingDetail;
}

export type EngineEvent =
  | CallReceived
  | CallTypeDefaulted
  | IncidentCreated
  | UnitsRecommended
  | CallAttached
  | IncidentReprioritised
  | IncidentStatusChanged
  | IncidentsMerged
  | IncidentsLinked
  | NoteAdded
  | UnitDispatched
  | UnitReleased
  | UnitStatusChanged
  | UnitLocationUpdated
  | UnitAdded
  | UnitChanged
  | UnitRetired
  | UnitChecked
  | IncidentOverdue
  | UnitStatusOverdue
  | LeadershipChanged
  | IncomingIncidentReceived
  | IncomingIncidentUpdated
  | IncomingIncidentAccepted
  | IncomingIncidentDeclined
  | IncomingIncidentMerged
  | IncidentShared
  | IncidentTransferred
  | IncidentShareEnded
  | IncidentTransferAnswered
  | SharedIncidentUpdated;

export type EngineEventType = EngineEvent["type"];

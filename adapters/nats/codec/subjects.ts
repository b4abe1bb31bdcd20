import type { EngineEvent, EngineEventType, InputKind } from "../../../engine/index.ts";
import { CodecError } from "./errors.ts";
import type { InputBody } from "./inputs.ts";

/**
 * The subject suffix of each input kind, after "cad.<agency>.in." (or "cad.<agency>.in.timed.").
 * The unit terminals' kinds (PER_UNIT_KINDS) add the unit's id as one more token: a unit's
 * credentials can then be limited to its own subjects by nats-server. Build subjects with
 * `inputSubject`, never from this table alone.
 */
export const INPUT_SUBJECTS: Readonly<Record<InputKind, string>> = Object.freeze({
  ReceiveCall: "call",
  UpdateUnitLocation: "unit.location",
  UpdateUnitStatus: "unit.status",
  CheckUnit: "unit.check",
  AddUnit: "roster.add",
  ChangeUnit: "roster.change",
  RetireUnit: "roster.retire",
  DispatchUnit: "cmd.dispatch",
  ReassignUnit: "cmd.reassign",
  SplitCall: "cmd.split",
  MergeIncidents: "cmd.merge",
  LinkIncidents: "cmd.link",
  ClearIncident: "cmd.clear",
  CloseIncident: "cmd.close",
  ReopenIncident: "cmd.reopen",
  ReprioritiseIncident: "cmd.reprioritise",
  AddNote: "cmd.note",
  ApplyConfiguration: "config.apply",
  ClaimLeadership: "leader.claim",
  ReceiveEido: "eido",
  AcceptIncoming: "cmd.incoming.accept",
  DeclineIncoming: "cmd.incoming.decline",
  ShareIncident: "cmd.incident.share",
  TransferIncident: "cmd.incident.transfer",
  EndShare: "cmd.incident.unshare",
  Tick: "tick",
});

/** The kinds sent on a subject of their unit: `cad.<agency>.in.unit.status.<unitId>`. */
export const PER_UNIT_KINDS = [
  "UpdateUnitStatus",
  "UpdateUnitLocation",
] as const satisfies readonly InputKind[];
export type PerUnitKind = (typeof PER_UNIT_KINDS)[number];

/** The token after "cad.<agency>.in." that marks a timed subject, on which Cad-Time may be honoured. */
export const TIMED_TOKEN = "timed";

/** What an input subject says: the kind, whether it is timed, and the unit token of a per-unit kind. */
export interface InputSubjectInfo {
  readonly kind: InputKind;
  readonly timed: boolean;
  /** The unit id the subject names (per-unit kinds only). */
  readonly unitToken?: string;
}

/** A unit id as a subject token: what AddUnit accepts (INVALID_UNIT_ID), so every unit has its subjects. */
function isUnitToken(s: string, from: number): boolean {
  if (from >= s.length || s.length - from > 32) return false;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ok =
      (c >= 48 && c <= 57) ||
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      c === 95 /* _ */ ||
      c === 45; /* - */
    if (!ok) return false;
  }
  return true;
}

function isPerUnit(kind: InputKind): kind is PerUnitKind {
  return kind === "UpdateUnitStatus" || kind === "UpdateUnitLocation";
}

/**
 * The subject an input is published on: `cad.<agency>.in.[timed.]<suffix>[.<unitId>]`. Timed
 * subjects are the only ones whose Cad-Time header an engine honours (and only with
 * --trust-input-time). Throws CodecError when a per-unit input's unitId cannot be a subject
 * token (the engine never registers such a unit).
 */
export function inputSubject(agency: string, body: InputBody, opts?: { timed?: boolean }): string {
  const prefix = opts?.timed === true ? `cad.${agency}.in.${TIMED_TOKEN}.` : `cad.${agency}.in.`;
  const suffix = INPUT_SUBJECTS[body.kind];
  if (suffix === undefined) throw new CodecError(`unknown input kind ${JSON.stringify(body.kind)}`);
  if (!isPerUnit(body.kind)) return prefix + suffix;
  const unitId = (body as { unitId?: unknown }).unitId;
  if (typeof unitId !== "string" || !isUnitToken(unitId, 0))
    throw new CodecError(
      `${body.kind}.unitId ${JSON.stringify(unitId ?? null)} cannot name a subject: use 1-32 letters, digits, _ or -`,
    );
  return `${prefix}${suffix}.${unitId}`;
}

/** The fixed suffixes (every kind but the per-unit ones), each with its two readings made once. */
const FIXED: ReadonlyMap<string, readonly [InputSubjectInfo, InputSubjectInfo]> = new Map(
  (Object.entries(INPUT_SUBJECTS) as [InputKind, string][])
    .filter(([kind]) => !isPerUnit(kind))
    .map(([kind, suffix]) => [
      suffix,
      [Object.freeze({ kind, timed: false }), Object.freeze({ kind, timed: true })],
    ]),
);

const STATUS = `${INPUT_SUBJECTS.UpdateUnitStatus}.`;
const LOCATION = `${INPUT_SUBJECTS.UpdateUnitLocation}.`;
const TIMED = `${TIMED_TOKEN}.`;

// The last agency's prefix: one engine reads one agency, so the prefix is built once, not per input.
let lastAgency = "";
let lastPrefix = "cad..in.";

/**
 * What a full subject says, or undefined when it names no input kind (another agency, a bare
 * `unit.status`, a unit token that is no unit id, anything longer or shorter). Runs for every
 * input read: startsWith and one map lookup, and no allocation but the suffix for that lookup
 * (a per-unit subject also allocates its token and answer).
 */
export function inputKindOfSubject(subject: string, agency: string): InputSubjectInfo | undefined {
  if (agency !== lastAgency) {
    lastAgency = agency;
    lastPrefix = `cad.${agency}.in.`;
  }
  if (!subject.startsWith(lastPrefix)) return undefined;
  let at = lastPrefix.length;
  const timed = subject.startsWith(TIMED, at);
  if (timed) at += TIMED.length;
  if (subject.startsWith(STATUS, at)) return perUnit("UpdateUnitStatus", timed, subject, at + STATUS.length);
  if (subject.startsWith(LOCATION, at))
    return perUnit("UpdateUnitLocation", timed, subject, at + LOCATION.length);
  const fixed = FIXED.get(subject.slice(at));
  return fixed === undefined ? undefined : fixed[timed ? 1 : 0];
}

function perUnit(
  kind: PerUnitKind,
  timed: boolean,
  subject: string,
  from: number,
): InputSubjectInfo | undefined {
  return isUnitToken(subject, from) ? { kind, timed, unitToken: subject.slice(from) } : undefined;
}

/** The subject suffix of each event type, after "cad.<agency>.evt.": subject first, then what happened. */
export const EVENT_SUBJECTS: Readonly<Record<EngineEventType, string>> = Object.freeze({
  CallReceived: "call.received",
  CallTypeDefaulted: "call.type-defaulted",
  CallAttached: "call.attached",
  IncidentCreated: "incident.created",
  IncidentReprioritised: "incident.reprioritised",
  IncidentStatusChanged: "incident.status-changed",
  IncidentOverdue: "incident.overdue",
  NoteAdded: "incident.note-added",
  IncidentsMerged: "incidents.merged",
  IncidentsLinked: "incidents.linked",
  UnitsRecommended: "units.recommended",
  UnitDispatched: "unit.dispatched",
  UnitReleased: "unit.released",
  UnitStatusChanged: "unit.status-changed",
  UnitStatusOverdue: "unit.status-overdue",
  UnitLocationUpdated: "unit.location-updated",
  UnitAdded: "unit.added",
  UnitChanged: "unit.changed",
  UnitRetired: "unit.retired",
  UnitChecked: "unit.checked",
  LeadershipChanged: "leader.changed",
  IncomingIncidentReceived: "incoming.received",
  IncomingIncidentUpdated: "incoming.updated",
  IncomingIncidentAccepted: "incoming.accepted",
  IncomingIncidentDeclined: "incoming.declined",
  IncomingIncidentMerged: "incoming.merged",
  IncidentShared: "incident.shared",
  IncidentTransferred: "incident.transferred",
  IncidentShareEnded: "incident.share-ended",
  IncidentTransferAnswered: "incident.transfer-answered",
  SharedIncidentUpdated: "incident.shared-updated",
});

/** The subject suffix of rejections, after "cad.<agency>.evt.". */
export const REJECTED_SUBJECT_SUFFIX = "rejected";

/** The subject suffix of an event, after "cad.<agency>.evt." (e.g. "incident.created"). */
export function eventSubjectSuffix(event: EngineEvent): string {
  return EVENT_SUBJECTS[event.type];
}

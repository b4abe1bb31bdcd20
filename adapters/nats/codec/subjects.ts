import type { EngineEvent, EngineEventType, InputKind } from "../../../engine/index.ts";

/** The subject suffix of each input kind, after "cad.<agency>.in.". */
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
  Tick: "tick",
});

const KIND_BY_SUFFIX: ReadonlyMap<string, InputKind> = new Map(
  (Object.entries(INPUT_SUBJECTS) as [InputKind, string][]).map(([kind, suffix]) => [suffix, kind]),
);

/** The input kind a full subject ("cad.<agency>.in.<suffix>") carries, or undefined if none. */
export function inputKindOfSubject(subject: string, agency: string): InputKind | undefined {
  const prefix = `cad.${agency}.in.`;
  if (!subject.startsWith(prefix)) return undefined;
  return KIND_BY_SUFFIX.get(subject.slice(prefix.length));
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
});

/** The subject suffix of rejections, after "cad.<agency>.evt.". */
export const REJECTED_SUBJECT_SUFFIX = "rejected";

/** The subject suffix of an event, after "cad.<agency>.evt." (e.g. "incident.created"). */
export function eventSubjectSuffix(event: EngineEvent): string {
  return EVENT_SUBJECTS[event.type];
}

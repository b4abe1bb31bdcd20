import type { EngineConfig } from "../../engine/index.ts";
import { ids, iso, type EidoIds } from "./eido-ids.ts";
import type { AssignmentRecord, CallRecord, IncidentRecord } from "./record.ts";

/** An EIDO document (NENA-STA-021, JSON): plain data. */
export type EidoDocument = Record<string, unknown>;

export interface EidoOptions {
  /** The agency whose records these are (the stream's partition). */
  readonly agency: string;
  /** The domain its identifiers are qualified with (NENA identifiers end in a domain). */
  readonly domain?: string;
  /** Names of call types and disciplines of units' types, when known. */
  readonly config?: EngineConfig;
}

type Component = Record<string, unknown>;

/** Milestones of a dispatch, in order: the note kind in the EIDO and where the record keeps it. */
export const DISPATCH_MILESTONES = [
  ["en-route", "enRouteAt", "en route"],
  ["on-scene", "onSceneAt", "on scene"],
  ["transporting", "transportingAt", "transporting"],
  ["at-hospital", "atHospitalAt", "at hospital"],
] as const;

/** The incident's times, as notes: the EIDO has no element for them. */
export const INCIDENT_TIMES = [
  ["receivedAt", "call received"],
  ["answeredAt", "call answered"],
  ["createdAt", "incident created"],
  ["firstDispatchedAt", "first unit dispatched"],
  ["firstEnRouteAt", "first unit en route"],
  ["firstOnSceneAt", "first unit on scene"],
  ["clearedAt", "cleared"],
  ["closedAt", "closed"],
  ["firstClearedAt", "first cleared"],
  ["firstClosedAt", "first closed"],
] as const;

const DISCIPLINE_INCIDENT_TYPE: Record<string, string> = { police: "Law", fire: "Fire", ems: "EMS" };
const DISCIPLINE_AGENCY_TYPE: Record<string, string> = { police: "police", fire: "fire", ems: "ems" };
const RESOURCE_TYPE: Record<string, string> = {
  engine: "Engine",
  ladder: "Ladder",
  chief: "Chief Officer",
  medic: "ALS Ambulance",
  aid: "BLS Ambulance",
  patrol: "Patrol Unit",
  supervisor: "Supervisor",
  crisis: "Crisis Team",
};

/** Escapes text for notesActionComments, which the standard says is HTML5. */
export function html(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * One incident of the records as an EIDO document: incident, calls (each caller, with its
 * location, call-back number and cautions for its flags), locations (PIDF-LO points),
 * emergency resources and dispatches (one per dispatch of a unit, with its milestones as
 * notes), agencies and agents, notes (dispatchers' notes, the incident's history, its times),
 * merges, splits and links. See docs/rms.md for the mapping.
 */
export function toEido(record: IncidentRecord, opts: EidoOptions): EidoDocument {
  const id = ids(record.id, opts.domain ?? `${opts.agency}.cad.invalid`);
  const notes: Component[] = [];
  const prologue = (componentId: string, at: number, agent = true): Component => ({
    $id: componentId,
    lastUpdateTimeStamp: iso(at),
    updatedByAgencyReference: { $ref: id.agency },
    ...(agent ? { updatedByAgentReference: { $ref: id.cadAgent } } : {}),
  });
  const note = (noteId: string, at: number, text: string, agentId = id.cadAgent, extra: Component = {}) => {
    notes.push({
      ...prologue(noteId, at),
      notesActionComments: html(text),
      ...(agentId === "" ? {} : { agentReference: { $ref: agentId } }),
      ...extra,
    });
    return { $ref: noteId };
  };
  const incidentNotes = [
    ...INCIDENT_TIMES.flatMap(([key, words]) => {
      const at = record.times[key];
      return at === null ? [] : [note(id.time(key), at, words)];
    }),
    ...record.notes.map((n, i) =>
      note(id.note(i), n.at, n.text, n.author === "" ? "" : id.userAgent(n.author)),
    ),
    // A line of the history is the operator's when an operator's input wrote it, else the CAD's.
    ...record.timeline.map((t, i) =>
      note(id.log(i), t.at, t.text, t.operator === null ? id.cadAgent : id.userAgent(t.operator)),
    ),
  ];
  const calls = record.calls.map((c) => callComponents(c, id, prologue, note));
  const units = record.assignments.map((a) => dispatchComponents(a, record, id, prologue, note));
  const discipline = opts.config?.callTypes.get(record.callType)?.discipline;
  const incident: Component = {
    ...prologue(id.incident, record.updatedAt),
    incidentTypeInternalCode: record.callType,
    incidentTypeInternalText: opts.config?.callTypes.get(record.callType)?.name ?? record.callType,
    incidentTypeCommonRegistryText: DISCIPLINE_INCIDENT_TYPE[discipline ?? ""] ?? "Other",
    incidentStatusInternalText: [record.status],
    incidentStatusCommonRegistryText: [record.status === "closed" ? "Closed" : "Open"],
    internalIncidentId: record.id,
    agentReference: [{ $ref: id.cadAgent }],
    locationReference: [{ $ref: id.location("incident") }],
    incidentPriorityInternalText: String(record.priority),
    incidentCommonPriorityNumber: record.priority,
    ...(record.zone === null ? {} : { beatOrDispatchGroupText: record.zone }),
    ...(record.dispositions.length === 0
      ? {}
      : {
          dispositionComponent: record.dispositions.map((d, i) => ({
            ...prologue(id.disposition(i), d.at),
            dispositionCommonRegistryCode: d.disposition,
            dispositionPrimaryIndicator: record.disposition !== null && i === record.dispositions.length - 1,
          })),
        }),
    ...(incidentNotes.length === 0 ? {} : { notesReference: incidentNotes }),
  };
  const unitAgencies = [...new Set(record.assignments.map((a) => a.unitAgency))].sort();
  const doc: EidoDocument = {
    ...prologue(id.incident, record.updatedAt),
    eidoVersion: "1.0",
    issuingElementIdentification: `rms.${id.domain}`,
    incidentComponent: incident,
    callComponent: calls.map((c) => c.call),
    callbackComponent: calls.flatMap((c) => c.callback),
    locationComponent: [
      location(id, "incident", "Incident", record, prologue, record.updatedAt),
      ...calls.map((c) => c.location),
    ],
    cautionComponent: calls.flatMap((c) => c.cautions),
    emergencyResourceComponent: units.map((u) => u.resource),
    dispatchComponent: units.map((u) => u.dispatch),
    agencyComponent: [
      {
        ...prologue(id.agency, record.updatedAt, false),
        agencyRoleDescriptionRegistryText: ["Dispatching"],
        agencyType: ["psap"],
        incidentOwningAgencyIndicator: true,
      },
      ...unitAgencies.map((agency) => unitAgency(agency, record, id, prologue, opts)),
    ],
    agentComponent: agents(record, id, prologue),
    notesComponent: notes,
    mergeComponent: merges(record, id, prologue),
    linkComponent: record.links.map((l, i) => ({
      ...prologue(id.link(i), l.at),
      incidentTrackingIdentifier: id.other(l.incidentId),
      linkDirectionCode: "RELATED",
    })),
  };
  // Empty arrays say nothing: leave them out.
  for (const [key, value] of Object.entries(doc))
    if (Array.isArray(value) && value.length === 0) delete doc[key];
  return doc;
}

type Prologue = (componentId: string, at: number, agent?: boolean) => Component;
type Note = (
  noteId: string,
  at: number,
  text: string,
  agentId?: string,
  extra?: Component,
) => { $ref: string };

function location(
  id: EidoIds,
  key: string,
  type: string,
  where: { lon: number; lat: number; address: string },
  prologue: Prologue,
  at: number,
): Component {
  const pos = `${String(where.lat)} ${String(where.lon)}`;
  return {
    ...prologue(id.location(key), at),
    locationTypeDescriptionRegistryText: type,
    locationByValue:
      `<presence xmlns="urn:ietf:params:xml:ns:pidf" xmlns:gp="urn:ietf:params:xml:ns:pidf:geopriv10" ` +
      `xmlns:dm="urn:ietf:params:xml:ns:pidf:data-model" xmlns:gml="http://www.opengis.net/gml" ` +
      `entity="pres:${key}@${id.domain}"><dm:device id="${key}"><gp:geopriv><gp:location-info>` +
      `<gml:Point srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>${pos}</gml:pos></gml:Point>` +
      `</gp:location-info><gp:usage-rules/></gp:geopriv></dm:device></presence>`,
    ...(where.address === "" ? {} : { locationDescriptionText: where.address }),
  };
}

function callComponents(c: CallRecord, id: EidoIds, prologue: Prologue, note: Note) {
  const at = c.attachedAt ?? c.receivedAt;
  const cautions = c.flags.map((flag) => ({
    $id: id.caution(c.id, flag),
    ...prologue(id.caution(c.id, flag), at),
    cautionTypeInternalText: flag,
    cautionTypeCommonRegistryText: flag,
    cautionSeverity: "high",
  }));
  const callNotes = [
    ...(c.description === "" && c.flags.length === 0
      ? []
      : [
          note(id.callNote(c.id, "description"), at, c.description, id.cadAgent, {
            ...(cautions.length === 0 ? {} : { cautionReference: cautions.map((x) => ({ $ref: x.$id })) }),
          }),
        ]),
    ...(c.requestedCallType === null
      ? []
      : [
          note(
            id.callNote(c.id, "requested-type"),
            at,
            `call type ${JSON.stringify(c.requestedCallType)} is not configured: handled as ${c.callType}`,
          ),
        ]),
  ];
  const callback =
    c.callerNumber === ""
      ? []
      : [{ ...prologue(id.callback(c.id), at), callBackInformationUri: [`tel:${c.callerNumber}`] }];
  const call: Component = {
    ...prologue(id.call(c.id), at),
    standardPrimaryCallType: "emergency",
    direction: "incoming",
    localCallType: c.callType,
    callStartTimestamp: iso(c.receivedAt),
    ...(c.answeredAt === null ? {} : { answerDate: iso(c.answeredAt) }),
    callStateRegistryText: c.answeredAt === null ? "callBegin" : "callAnswered",
    ...(callback.length === 0 ? {} : { callBackReference: { $ref: id.callback(c.id) } }),
    locationReference: [{ $ref: id.location(`call-${c.id}`) }],
    ...(callNotes.length === 0 ? {} : { notesReference: callNotes }),
  };
  return { call, callback, cautions, location: location(id, `call-${c.id}`, "Caller", c, prologue, at) };
}

function dispatchComponents(
  a: AssignmentRecord,
  record: IncidentRecord,
  id: EidoIds,
  prologue: Prologue,
  note: Note,
) {
  const milestones = DISPATCH_MILESTONES.flatMap(([kind, key, words]) => {
    const at = a[key];
    return at === null ? [] : [note(id.milestone(a.id, kind), at, `${a.unitId} ${words}`)];
  });
  if (a.movedAt !== null)
    milestones.push(
      note(
        id.milestone(a.id, "moved"),
        a.movedAt,
        `${a.unitId} moved with the merge of ${a.dispatchedIncidentId} into ${a.incidentId}`,
        id.cadAgent,
        {},
      ),
    );
  if (a.releasedAt !== null)
    milestones.push(
      note(id.milestone(a.id, "released"), a.releasedAt, `${a.unitId} released (${a.releaseReason ?? ""})`),
    );
  const last = Math.max(
    a.dispatchedAt,
    ...[a.enRouteAt, a.onSceneAt, a.transportingAt, a.atHospitalAt, a.releasedAt, a.movedAt].map(
      (t) => t ?? 0,
    ),
  );
  const status = unitStatus(a);
  const resource: Component = {
    ...prologue(id.resource(a.id), last),
    agentReference: [{ $ref: id.unitAgent(a.unitId) }],
    emergencyResourceTypeCommonRegistryText: RESOURCE_TYPE[a.unitType] ?? "Other",
    emergencyResourceTypeInternalText: a.unitType,
    resourceAttributeRegistryText: [],
    emergencyResourceName: a.unitId,
    primaryUnitStatusRegistryText: status.registry,
    secondaryUnitStatusRegistryText: [],
    unitStatusInternal: [status.internal],
    ...(a.releasedAt === null && a.incidentId === record.id ? { activeOnIncidentId: record.id } : {}),
  };
  const dispatch: Component = {
    ...prologue(id.dispatch(a.id), a.dispatchedAt),
    agencyReference: { $ref: id.unitAgency(a.unitAgency) },
    agentReference: { $ref: id.cadAgent },
    emergencyResourceReference: [{ $ref: id.resource(a.id) }],
    ...(milestones.length === 0 ? {} : { notesReference: milestones }),
  };
  return { resource, dispatch };
}

function unitStatus(a: AssignmentRecord): { registry: string; internal: string } {
  if (a.releasedAt !== null) return { registry: "Cleared", internal: `released (${a.releaseReason ?? ""})` };
  if (a.atHospitalAt !== null) return { registry: "AtHospital", internal: "at_hospital" };
  if (a.transportingAt !== null) return { registry: "Transporting", internal: "transporting" };
  if (a.onSceneAt !== null) return { registry: "OnScene", internal: "on_scene" };
  if (a.enRouteAt !== null) return { registry: "Enroute", internal: "en_route" };
  return { registry: "Dispatched", internal: "dispatched" };
}

function unitAgency(
  agency: string,
  record: IncidentRecord,
  id: EidoIds,
  prologue: Prologue,
  opts: EidoOptions,
): Component {
  const types = new Set<string>();
  for (const a of record.assignments) {
    if (a.unitAgency !== agency) continue;
    const discipline = opts.config?.unitTypes.get(a.unitType)?.discipline;
    types.add(DISCIPLINE_AGENCY_TYPE[discipline ?? ""] ?? "other");
  }
  return {
    ...prologue(id.unitAgency(agency), record.updatedAt, false),
    agencyRoleDescriptionRegistryText: ["Responding"],
    agencyType: [...types].sort(),
    incidentOwningAgencyIndicator: false,
  };
}

function agents(record: IncidentRecord, id: EidoIds, prologue: Prologue): Component[] {
  const out: Component[] = [
    {
      ...prologue(id.cadAgent, record.updatedAt, false),
      agentRoleRegistryText: ["Automaton"],
      agencyReference: { $ref: id.agency },
    },
  ];
  const people = [
    ...record.notes.map((n) => n.author).filter((a) => a !== ""),
    ...record.timeline.flatMap((t) => (t.operator === null ? [] : [t.operator])),
  ];
  for (const author of [...new Set(people)].sort())
    out.push({
      ...prologue(id.userAgent(author), record.updatedAt, false),
      agentRoleRegistryText: ["Dispatcher"],
      agencyReference: { $ref: id.agency },
    });
  const units = new Map(record.assignments.map((a) => [a.unitId, a.unitAgency]));
  for (const [unitId, agency] of [...units].sort(([x], [y]) => (x < y ? -1 : 1)))
    out.push({
      ...prologue(id.unitAgent(unitId), record.updatedAt, false),
      agentRoleRegistryText: ["Responder"],
      agencyReference: { $ref: id.unitAgency(agency) },
    });
  return out;
}

function merges(record: IncidentRecord, id: EidoIds, prologue: Prologue): Component[] {
  const out: Component[] = [];
  const add = (key: string, at: number, other: string, code: string) =>
    out.push({
      ...prologue(id.merge(key), at),
      incidentTrackingIdentifier: id.other(other),
      incidentMergeDirectionCode: code,
    });
  if (record.mergedInto !== null)
    add("replaced-by", record.mergedInto.at, record.mergedInto.incidentId, "REPLACED");
  record.mergedFrom.forEach((m, i) => add(`replacing-${i}`, m.at, m.incidentId, "REPLACING"));
  if (record.splitFrom !== null) add("split-from", record.splitFrom.at, record.splitFrom.incidentId, "SPLIT");
  record.splitInto.forEach((s, i) => add(`split-into-${i}`, s.at, s.incidentId, "SPLIT"));
  return out;
}

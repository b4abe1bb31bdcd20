import { DISPATCH_MILESTONES, INCIDENT_TIMES, type EidoDocument } from "./eido.ts";
import { domainOf, idFrom, ids, type EidoIds } from "./eido-ids.ts";
import type { AssignmentRecord, CallRecord, Dated, IncidentRecord } from "./record.ts";

export class EidoParseError extends Error {
  override readonly name = "EidoParseError";
}

type Component = Record<string, unknown>;

const unescapeHtml = (text: string) =>
  text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

/**
 * Reads an EIDO document written by `toEido` back into the record it came from. A document
 * that lacks what the record needs gives an EidoParseError naming the missing part.
 */
export function parseEido(doc: EidoDocument): IncidentRecord {
  const incident = component(doc["incidentComponent"], "incidentComponent");
  const id = text(incident, "internalIncidentId");
  const domain = domainOf(text(incident, "$id"));
  if (domain === undefined) throw new EidoParseError(`incidentComponent.$id is not an incident URN`);
  const x = ids(id, domain);
  const byId = new Map<string, Component>();
  for (const key of [
    "notesComponent",
    "locationComponent",
    "callbackComponent",
    "cautionComponent",
    "emergencyResourceComponent",
  ])
    for (const c of list(doc[key])) byId.set(String(c["$id"]), c);
  const find = (componentId: string) => byId.get(componentId);
  const noteAt = (componentId: string) => {
    const n = find(componentId);
    return n === undefined ? null : time(n, "lastUpdateTimeStamp");
  };
  const noteText = (n: Component) => unescapeHtml(text(n, "notesActionComments"));
  const where = location(find(x.location("incident")), "incident location");
  const times = Object.fromEntries(INCIDENT_TIMES.map(([key]) => [key, noteAt(x.time(key))])) as Record<
    (typeof INCIDENT_TIMES)[number][0],
    number | null
  >;
  if (times.receivedAt === null || times.createdAt === null)
    throw new EidoParseError("the notes lack the incident's received or created time");
  const dispositions = list(incident["dispositionComponent"]).map((d) => ({
    at: time(d, "lastUpdateTimeStamp"),
    disposition: text(d, "dispositionCommonRegistryCode"),
    primary: d["dispositionPrimaryIndicator"] === true,
  }));
  const merge = mergeLinks(doc, x);
  return {
    id,
    callType: text(incident, "incidentTypeInternalCode"),
    priority: Number(incident["incidentCommonPriorityNumber"]),
    status: String(list<string>(incident["incidentStatusInternalText"])[0] ?? ""),
    ...where,
    zone:
      typeof incident["beatOrDispatchGroupText"] === "string" ? incident["beatOrDispatchGroupText"] : null,
    times: { ...times, receivedAt: times.receivedAt, createdAt: times.createdAt },
    disposition: dispositions.find((d) => d.primary)?.disposition ?? null,
    updatedAt: time(incident, "lastUpdateTimeStamp"),
    ...merge,
    calls: list(doc["callComponent"]).map((c) => call(c, x, find, noteText)),
    assignments: list(doc["dispatchComponent"]).map((d) => assignment(d, id, x, find, noteText)),
    notes: sequence(x.note.bind(x), find).map((n) => {
      const agent = (n["agentReference"] as { $ref?: string } | undefined)?.$ref;
      return {
        at: time(n, "lastUpdateTimeStamp"),
        author: agent === undefined ? "" : (idFrom("user", agent) ?? ""),
        text: noteText(n),
      };
    }),
    dispositions: dispositions.map(({ at, disposition }) => ({ at, disposition })),
    timeline: sequence(x.log.bind(x), find).map((n) => {
      // A line by an operator names its user agent; the CAD's own lines name the CAD's agent.
      const agent = (n["agentReference"] as { $ref?: string } | undefined)?.$ref;
      return {
        at: time(n, "lastUpdateTimeStamp"),
        text: noteText(n),
        operator: agent === undefined ? null : (idFrom("user", agent) ?? null),
      };
    }),
  };
}

function mergeLinks(doc: EidoDocument, x: EidoIds) {
  const merges = new Map(list(doc["mergeComponent"]).map((m) => [String(m["$id"]), m]));
  const dated = (m: Component): Dated => ({
    incidentId: idFrom("incident", text(m, "incidentTrackingIdentifier")) ?? "",
    at: time(m, "lastUpdateTimeStamp"),
  });
  const many = (key: (i: number) => string) => {
    const out: Dated[] = [];
    for (let i = 0; merges.has(key(i)); i++) out.push(dated(merges.get(key(i)) as Component));
    return out;
  };
  const one = (key: string) => {
    const m = merges.get(x.merge(key));
    return m === undefined ? null : dated(m);
  };
  return {
    mergedInto: one("replaced-by"),
    mergedFrom: many((i) => x.merge(`replacing-${i}`)),
    splitFrom: one("split-from"),
    splitInto: many((i) => x.merge(`split-into-${i}`)),
    links: list(doc["linkComponent"]).map(dated),
  };
}

function call(
  c: Component,
  x: EidoIds,
  find: (id: string) => Component | undefined,
  noteText: (n: Component) => string,
): CallRecord {
  const callId = idFrom("call", text(c, "$id"));
  if (callId === undefined) throw new EidoParseError(`callComponent ${String(c["$id"])} is not a call URN`);
  const description = find(x.callNote(callId, "description"));
  const requested = find(x.callNote(callId, "requested-type"));
  const requestedCode =
    requested === undefined ? null : /^call type (".*") is not configured/.exec(noteText(requested))?.[1];
  const callback = find(x.callback(callId));
  const uri = callback === undefined ? "" : String(list<string>(callback["callBackInformationUri"])[0] ?? "");
  const flags = list<{ $ref: string }>(description?.["cautionReference"]).map((r) =>
    text(find(r.$ref) ?? {}, "cautionTypeInternalText"),
  );
  return {
    id: callId,
    receivedAt: time(c, "callStartTimestamp"),
    answeredAt: c["answerDate"] === undefined ? null : time(c, "answerDate"),
    ...location(find(x.location(`call-${callId}`)), `location of call ${callId}`),
    callType: text(c, "localCallType"),
    requestedCallType: requestedCode == null ? null : (JSON.parse(requestedCode) as string),
    callerNumber: uri.startsWith("tel:") ? uri.slice(4) : uri,
    flags,
    description: description === undefined ? "" : noteText(description),
    attachedAt: time(c, "lastUpdateTimeStamp"),
  };
}

function assignment(
  d: Component,
  incidentId: string,
  x: EidoIds,
  find: (id: string) => Component | undefined,
  noteText: (n: Component) => string,
): AssignmentRecord {
  const match = /\/dispatch\/([^/@]*)@/.exec(text(d, "$id"));
  if (match?.[1] === undefined) throw new EidoParseError(`dispatchComponent ${String(d["$id"])} is not ours`);
  const aid = decodeURIComponent(match[1]);
  const resource = find(x.resource(aid)) ?? {};
  const at = (kind: string) => {
    const n = find(x.milestone(aid, kind));
    return n === undefined ? null : time(n, "lastUpdateTimeStamp");
  };
  const moved = find(x.milestone(aid, "moved"));
  const movedIds = moved === undefined ? undefined : /merge of (\S+) into (\S+)$/.exec(noteText(moved));
  const released = find(x.milestone(aid, "released"));
  const milestones = Object.fromEntries(DISPATCH_MILESTONES.map(([kind, key]) => [key, at(kind)])) as Record<
    (typeof DISPATCH_MILESTONES)[number][1],
    number | null
  >;
  return {
    id: aid,
    unitId: text(resource, "emergencyResourceName"),
    unitType: text(resource, "emergencyResourceTypeInternalText"),
    unitAgency: idFrom("agency", (d["agencyReference"] as { $ref: string }).$ref) ?? "",
    incidentId: movedIds?.[2] ?? incidentId,
    dispatchedIncidentId: movedIds?.[1] ?? incidentId,
    dispatchedAt: time(d, "lastUpdateTimeStamp"),
    ...milestones,
    releasedAt: at("released"),
    releaseReason: released === undefined ? null : (/released \((.*)\)$/.exec(noteText(released))?.[1] ?? ""),
    movedAt: at("moved"),
  };
}

/** Notes numbered 0, 1, 2... under one key, in order. */
function sequence(key: (i: number) => string, find: (id: string) => Component | undefined): Component[] {
  const out: Component[] = [];
  for (let i = 0; ; i++) {
    const n = find(key(i));
    if (n === undefined) return out;
    out.push(n);
  }
}

function location(c: Component | undefined, what: string): { lon: number; lat: number; address: string } {
  if (c === undefined) throw new EidoParseError(`the document has no ${what}`);
  const pos = /<gml:pos>(\S+) (\S+)<\/gml:pos>/.exec(text(c, "locationByValue"));
  if (pos?.[1] === undefined || pos[2] === undefined) throw new EidoParseError(`${what} has no gml:pos`);
  const address = c["locationDescriptionText"];
  return { lat: Number(pos[1]), lon: Number(pos[2]), address: typeof address === "string" ? address : "" };
}

function component(value: unknown, what: string): Component {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new EidoParseError(`the document has no ${what}`);
  return value as Component;
}

function list<T = Component>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

function text(c: Component, key: string): string {
  const value = c[key];
  if (typeof value !== "string")
    throw new EidoParseError(`${typeof c["$id"] === "string" ? c["$id"] : "a component"} has no ${key}`);
  return value;
}

function time(c: Component, key: string): number {
  const ms = Date.parse(text(c, key));
  if (Number.isNaN(ms)) throw new EidoParseError(`${String(c["$id"])}: ${key} is not a date-time`);
  return ms;
}

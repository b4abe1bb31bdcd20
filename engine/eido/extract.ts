import type { IncomingCall, IncomingDetail, IncomingMerge, IncomingUnit, Note } from "../model/state.ts";
import {
  ANSWER_ACCEPTED,
  ANSWER_DECLINED,
  ANSWER_NOTE,
  OFFER_SHARE,
  OFFER_TRANSFER,
  type EidoAnswer,
} from "./answer.ts";

/** What an EIDO document says of its incident, or the JSON path of what it lacks. */
export type ExtractedEido =
  | {
      readonly ok: true;
      readonly trackingId: string;
      readonly senderAgency: string;
      readonly updatedAt: number;
      readonly detail: IncomingDetail;
      /** What it answers, when it is a partner's answer to an incident we offered it. */
      readonly answer: EidoAnswer;
    }
  | { readonly ok: false; readonly path: string; readonly reason: string };

type Component = Record<string, unknown>;

const MAX_TEXT = 4000;
const MAX_ITEMS = 200;

/**
 * Reads an incident from an EIDO's JSON text (NENA-STA-021 EmergencyIncidentDataObjectType).
 * The adapter has checked the document against the schema; this reads only what the engine
 * keeps, and names the path of what it needs and cannot find. Pure and deterministic: the
 * instants are the document's own (ISO 8601 with an offset, read by Date.parse), never a clock.
 */
export function extractEido(text: string): ExtractedEido {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, path: "/", reason: "the document is not JSON" };
  }
  if (!isObject(doc)) return { ok: false, path: "/", reason: "the document is not a JSON object" };
  const incident = isObject(doc["incidentComponent"]) ? doc["incidentComponent"] : undefined;
  const trackingId = str(incident?.["incidentTrackingIdentifier"]) || str(doc["$id"]);
  if (trackingId === "") return { ok: false, path: "/$id", reason: "the EIDO names no incident tracking id" };
  const updatedAt = instant(doc["lastUpdateTimeStamp"]);
  if (updatedAt === null)
    return { ok: false, path: "/lastUpdateTimeStamp", reason: "the EIDO has no valid lastUpdateTimeStamp" };
  const senderAgency = str(ref(doc["updatedByAgencyReference"]));
  if (senderAgency === "")
    return { ok: false, path: "/updatedByAgencyReference", reason: "the EIDO names no sending agency" };
  const byId = new Map<string, Component>();
  for (const key of ["locationComponent", "callbackComponent"])
    for (const c of list(doc[key])) byId.set(str(c["$id"]), c);
  const calls = list(doc["callComponent"]).map((c) => call(c, updatedAt, byId));
  const merges = mergesOf(list(doc["mergeComponent"]), trackingId);
  const detail: IncomingDetail = {
    callType: callTypeOf(incident, list(doc["callComponent"])),
    ...where(list(doc["locationComponent"]), incident, byId),
    calls,
    notes: list(doc["notesComponent"]).map((n): Note => ({
      at: instant(n["lastUpdateTimeStamp"]) ?? updatedAt,
      author: cut(str(ref(n["agentReference"])) || str(ref(n["updatedByAgentReference"]))),
      text: cut(unescapeHtml(str(n["notesActionComments"]))),
    })),
    units: list(doc["emergencyResourceComponent"]).map((u): IncomingUnit => ({
      name: cut(str(u["emergencyResourceName"]) || str(u["$id"])),
      type: cut(str(u["emergencyResourceTypeInternalText"]) || str(first(u["emergencyResourceTypeText"]))),
    })),
    links: list(doc["linkComponent"])
      .filter((l) => l["linkDirectionCode"] !== "UNLINK")
      .map((l) => str(l["incidentTrackingIdentifier"]))
      .filter((id) => id !== ""),
    ...(merges.length > 0 && { merges }),
    ...offerOf(incident),
    ...(texts(incident?.["incidentStatusCommonRegistryText"]).includes("Closed") && {
      closed: true as const,
    }),
  };
  return {
    ok: true,
    trackingId: cut(trackingId),
    senderAgency: cut(senderAgency),
    updatedAt,
    detail,
    answer: answerOf(doc, incident),
  };
}

/**
 * A partner's answer, as its relay says it: "transfer accepted" (with internalIncidentId, their
 * incident) or "transfer declined" (the reason is the note whose `$id` ends in "/answer").
 */
function answerOf(doc: Component, incident: Component | undefined): EidoAnswer {
  const said = texts(incident?.["incidentStatusInternalText"]);
  if (said.includes(ANSWER_ACCEPTED))
    return { kind: "accepted", incidentId: cut(str(incident?.["internalIncidentId"])) };
  if (said.includes(ANSWER_DECLINED)) {
    const notes: unknown[] = Array.isArray(doc["notesComponent"]) ? doc["notesComponent"] : [];
    const note = notes.find((n) => isObject(n) && str(n["$id"]).endsWith(ANSWER_NOTE)) as
      Component | undefined;
    return { kind: "declined", reason: cut(unescapeHtml(str(note?.["notesActionComments"]))) };
  }
  return { kind: "none" };
}

/**
 * The sender's merges (mergeComponent, NENA-STA-021 IncidentMergeDirectionCode): REPLACED, this
 * incident was merged into the one named; REPLACING, the one named was merged into this one.
 * SPLIT is no merge, and a component naming the incident itself means nothing: both are left out.
 */
function mergesOf(components: readonly Component[], self: string): IncomingMerge[] {
  const out: IncomingMerge[] = [];
  for (const m of components) {
    const trackingId = cut(str(m["incidentTrackingIdentifier"]));
    const direction = m["incidentMergeDirectionCode"];
    if (trackingId === "" || trackingId === self) continue;
    if (direction !== "REPLACED" && direction !== "REPLACING") continue;
    if (!out.some((o) => o.trackingId === trackingId && o.direction === direction))
      out.push({ trackingId, direction });
  }
  return out;
}

function callTypeOf(incident: Component | undefined, calls: readonly Component[]): string {
  return cut(
    str(first(incident?.["incidentTypeCommonRegistryText"])) ||
      str(incident?.["incidentTypeInternalCode"]) ||
      str(calls[0]?.["localCallType"]) ||
      str(calls[0]?.["standardPrimaryCallType"]),
  );
}

function call(c: Component, updatedAt: number, byId: ReadonlyMap<string, Component>): IncomingCall {
  const callback = byId.get(str(ref(c["callBackReference"])));
  const uri = list<unknown>(callback?.["callBackInformationUri"])
    .map(str)
    .find((u) => u.startsWith("tel:"));
  return {
    id: cut(str(c["$id"])),
    receivedAt: instant(c["callStartTimestamp"]) ?? updatedAt,
    answeredAt: instant(c["answerDate"]),
    callerNumber: uri === undefined ? "" : cut(uri.slice(4)),
  };
}

/** The incident's place: its own location first, then each location in turn; coordinates from a gml:pos. */
function where(
  locations: readonly Component[],
  incident: Component | undefined,
  byId: ReadonlyMap<string, Component>,
): { address: string; lon: number | null; lat: number | null } {
  const own = list<unknown>(incident?.["locationReference"]).map((r) => byId.get(str(ref(r))));
  const ordered = [...own.filter((c): c is Component => c !== undefined), ...locations];
  let address = "";
  for (const c of ordered) {
    const value = str(c["locationByValue"]);
    if (address === "") address = str(c["locationDescriptionText"]) || civicAddress(value);
    const pos = /<gml:pos>\s*(-?[\d.]+)\s+(-?[\d.]+)\s*<\/gml:pos>/.exec(value);
    const lat = Number(pos?.[1]);
    const lon = Number(pos?.[2]);
    if (pos !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180)
      return { address: cut(address || civicAddress(value)), lon, lat };
  }
  return { address: cut(address), lon: null, lat: null };
}

const CIVIC_PARTS = ["HNO", "HNS", "PRD", "RD", "STS", "POD", "A3", "A1"];

/** A PIDF-LO civicAddress as one line ("42 W Cellular Street, Wilmington, DE"); "" when there is none. */
function civicAddress(xml: string): string {
  const civic = /<civicAddress[^>]*>([\s\S]*?)<\/civicAddress>/.exec(xml)?.[1];
  if (civic === undefined) return "";
  const get = (tag: string) => new RegExp(`<(?:\\w+:)?${tag}>([^<]*)<`).exec(civic)?.[1]?.trim() ?? "";
  const street = CIVIC_PARTS.slice(0, 6)
    .map(get)
    .filter((p) => p !== "")
    .join(" ");
  return [street, get("A3"), get("A1")].filter((p) => p !== "").join(", ");
}

function instant(value: unknown): number | null {
  if (typeof value !== "string" || !/^\d{4}-\d\d-\d\dT/.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}

function ref(value: unknown): unknown {
  return isObject(value) ? value["$ref"] : undefined;
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function str(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function cut(text: string): string {
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
}

function list<T = Component>(value: unknown): T[] {
  if (!Array.isArray(value)) return [];
  const items = value.slice(0, MAX_ITEMS) as unknown[];
  return items.filter((v) => v !== null && v !== undefined) as T[];
}

function isObject(value: unknown): value is Component {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const unescapeHtml = (text: string) =>
  text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

/** What the sender offers, as a cad-engine partner says in incidentStatusInternalText (nothing when unsaid). */
function offerOf(incident: Component | undefined): Pick<IncomingDetail, "offer"> {
  const said = texts(incident?.["incidentStatusInternalText"]);
  if (said.includes(OFFER_TRANSFER)) return { offer: "transfer" };
  if (said.includes(OFFER_SHARE)) return { offer: "share" };
  return {};
}

/** A schema string list (or one string) as strings. */
function texts(value: unknown): string[] {
  const values: unknown[] = Array.isArray(value) ? value : [value];
  return values.filter((v): v is string => typeof v === "string");
}

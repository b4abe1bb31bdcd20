import type { EngineEvent, EngineEventType, IncomingDetail, IncomingMerge } from "../../../engine/index.ts";
import {
  CALL_ATTACH_REASON,
  type EnumCodec,
  INCIDENT_STATUS,
  REPRIORITISE_REASON,
  UNIT_RELEASE_REASON,
  UNIT_STATUS,
} from "./enums.ts";
import { CodecError } from "./errors.ts";
import {
  BOOL,
  checked,
  type Int64,
  INT32,
  int64ToNumber,
  MILLIS,
  NUMBER,
  type ScalarCheck,
  TEXT,
  TEXTS,
  UINT32,
} from "./pb.ts";
import { slotsFromWire, slotsToWire } from "./recommendation.ts";

/**
 * How one event field travels. "?" marks a field the engine may set to null, which is absent
 * on the wire. "ms" fields are instants: int64 epoch milliseconds, named `<field>_ms` in proto.
 */
export type FieldCodec =
  | "string"
  | "string?"
  | "double"
  | "int32"
  | "uint32"
  | "bool"
  | "ms"
  | "ms?"
  | "strings"
  | "station?"
  | "slots"
  | "unitStatus"
  | "incidentStatus"
  | "attachReason"
  | "reprioritiseReason"
  | "releaseReason"
  | "detail";

type Fields<T extends EngineEventType> = Omit<Extract<EngineEvent, { type: T }>, "type" | "at" | "operator">;
type Spec<T extends EngineEventType> = { readonly [F in keyof Fields<T>]-?: FieldCodec };

const UNIT_ROSTER = {
  unitId: "string",
  unitType: "string",
  agency: "string",
  capabilities: "strings",
  station: "station?",
  crew: "int32",
} as const;

/** Every event's fields (the event's `at` travels as Output.at_ms). */
const EVENT_FIELDS: { readonly [T in EngineEventType]: Spec<T> } = {
  CallReceived: {
    callId: "string",
    receivedAt: "ms",
    answeredAt: "ms?",
    lon: "double",
    lat: "double",
    address: "string",
    callType: "string",
    callerNumber: "string",
    flags: "strings",
    description: "string",
  },
  CallTypeDefaulted: { callId: "string", requestedCode: "string", usedCode: "string" },
  IncidentCreated: {
    incidentId: "string",
    callType: "string",
    priority: "int32",
    lon: "double",
    lat: "double",
    address: "string",
    zone: "string?",
    receivedAt: "ms",
    answeredAt: "ms?",
    splitFromIncidentId: "string?",
  },
  UnitsRecommended: {
    incidentId: "string",
    callType: "string",
    zone: "string?",
    slots: "slots",
    complete: "bool",
  },
  CallAttached: {
    callId: "string",
    incidentId: "string",
    reason: "attachReason",
    fromIncidentId: "string?",
    distanceMeters: "double",
  },
  IncidentReprioritised: {
    incidentId: "string",
    from: "int32",
    to: "int32",
    reason: "reprioritiseReason",
    note: "string",
  },
  IncidentStatusChanged: {
    incidentId: "string",
    from: "incidentStatus",
    to: "incidentStatus",
    reason: "string",
    disposition: "string?",
  },
  IncidentsMerged: { incidentId: "string", intoIncidentId: "string", callIds: "strings", unitIds: "strings" },
  IncidentsLinked: { incidentId: "string", otherIncidentId: "string" },
  NoteAdded: { incidentId: "string", author: "string", text: "string" },
  UnitDispatched: { unitId: "string", incidentId: "string" },
  UnitReleased: { unitId: "string", incidentId: "string", reason: "releaseReason" },
  UnitStatusChanged: {
    unitId: "string",
    from: "unitStatus",
    to: "unitStatus",
    incidentId: "string?",
    reported: "string",
  },
  UnitLocationUpdated: { unitId: "string", lon: "double", lat: "double", fixAt: "ms" },
  UnitAdded: UNIT_ROSTER,
  UnitChanged: UNIT_ROSTER,
  UnitRetired: { unitId: "string" },
  UnitChecked: { unitId: "string" },
  IncidentOverdue: {
    incidentId: "string",
    priority: "int32",
    waitedSeconds: "double",
    targetSeconds: "double",
    count: "uint32",
  },
  UnitStatusOverdue: {
    unitId: "string",
    status: "unitStatus",
    incidentId: "string?",
    sinceAt: "ms",
    limitSeconds: "double",
    count: "uint32",
  },
  LeadershipChanged: {
    term: "int32",
    replica: "string",
    claimId: "string",
    previousTerm: "int32",
    previousReplica: "string",
  },
  IncomingIncidentReceived: {
    trackingId: "string",
    senderAgency: "string",
    updatedAt: "ms",
    detail: "detail",
  },
  IncomingIncidentUpdated: {
    trackingId: "string",
    updatedAt: "ms",
    detail: "detail",
    incidentId: "string?",
  },
  IncomingIncidentAccepted: { trackingId: "string", senderAgency: "string", incidentId: "string" },
  IncomingIncidentDeclined: { trackingId: "string", senderAgency: "string", reason: "string" },
  IncomingIncidentMerged: {
    trackingId: "string",
    senderAgency: "string",
    intoTrackingId: "string",
    incidentId: "string?",
    intoIncidentId: "string?",
  },
  IncidentShared: { incidentId: "string", toAgency: "string" },
  IncidentTransferred: { incidentId: "string", toAgency: "string", reason: "string" },
  IncidentShareEnded: { incidentId: "string", toAgency: "string", reason: "string" },
  IncidentTransferAnswered: {
    incidentId: "string",
    toAgency: "string",
    accepted: "bool",
    theirIncidentId: "string?",
    reason: "string",
  },
  SharedIncidentUpdated: { incidentId: "string", fromAgency: "string", updatedAt: "ms", detail: "detail" },
};

const ENUMS: Readonly<Record<string, EnumCodec<string>>> = {
  unitStatus: UNIT_STATUS,
  incidentStatus: INCIDENT_STATUS,
  attachReason: CALL_ATTACH_REASON,
  reprioritiseReason: REPRIORITISE_REASON,
  releaseReason: UNIT_RELEASE_REASON,
};

const SCALARS: Partial<Record<FieldCodec, ScalarCheck>> = {
  string: TEXT,
  "string?": TEXT,
  double: NUMBER,
  int32: INT32,
  uint32: UINT32,
  bool: BOOL,
  ms: MILLIS,
  "ms?": MILLIS,
};

export interface FieldPlan {
  /** The engine's name. */
  readonly name: string;
  /** The generated code's name (camelCase of the proto field). */
  readonly wire: string;
  readonly codec: FieldCodec;
  /** Decided once, not per event: whether null is absent on the wire, the scalar check or enum, and the field's name in errors. */
  readonly nullable: boolean;
  readonly scalar: ScalarCheck | undefined;
  readonly enumCodec: EnumCodec<string> | undefined;
  readonly where: string;
}

const PLANS: ReadonlyMap<string, readonly FieldPlan[]> = new Map(
  Object.entries(EVENT_FIELDS).map(([type, spec]) => [
    type,
    Object.entries(spec as Record<string, FieldCodec>).map(([name, codec]) => ({
      name,
      wire: codec === "ms" || codec === "ms?" ? `${name}Ms` : name,
      codec,
      nullable: codec.endsWith("?"),
      scalar: SCALARS[codec],
      enumCodec: ENUMS[codec],
      where: `${type}.${name}`,
    })),
  ]),
);

/** Each event type's fields, in the order eventToWire reads them (hot-events.ts writes from them). */
export function eventFieldPlans(): ReadonlyMap<string, readonly FieldPlan[]> {
  return PLANS;
}

/** The name of the Output.body field that carries an event type: "CallReceived" -> "callReceived". */
export function bodyFieldOf(type: EngineEventType): string {
  return type.charAt(0).toLowerCase() + type.slice(1);
}

/** The event type an Output.body field carries, or undefined for "rejected" and unknown fields. */
export function eventTypeOfBodyField(field: string): EngineEventType | undefined {
  const type = field.charAt(0).toUpperCase() + field.slice(1);
  return PLANS.has(type) ? (type as EngineEventType) : undefined;
}

/** The event's fields as properties of its cad.v1 message. Throws CodecError on a value the wire cannot carry. */
export function eventToWire(event: EngineEvent): Record<string, unknown> {
  const plan = PLANS.get(event.type);
  if (plan === undefined) throw new CodecError(`unknown event type ${JSON.stringify(event.type)}`);
  const values = event as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (let i = 0; i < plan.length; i++) {
    const f = plan[i]!;
    out[f.wire] = toWire(f, values[f.name]);
  }
  return out;
}

/** A decoded cad.v1 event message as the engine's event. Throws CodecError on a value out of contract. */
export function eventFromWire(
  type: EngineEventType,
  message: object,
  at: number,
  operator?: string | null,
): EngineEvent {
  const plan = PLANS.get(type);
  if (plan === undefined) throw new CodecError(`unknown event type ${JSON.stringify(type)}`);
  const values = message as Record<string, unknown>;
  // The envelope's operator ("" = none) is the event's, as the engine made it.
  const out: Record<string, unknown> =
    operator === undefined || operator === null || operator === "" ? { type, at } : { type, at, operator };
  for (const f of plan) out[f.name] = fromWire(f, values[f.wire], type);
  return out as unknown as EngineEvent;
}

function toWire(f: FieldPlan, value: unknown): unknown {
  if (f.nullable && value === null) return null;
  const { scalar, where } = f;
  if (scalar !== undefined) return checked(scalar, value, where);
  if (f.enumCodec !== undefined) return f.enumCodec.toWire(value as string, where);
  switch (f.codec) {
    case "strings":
      return checked(TEXTS, value, where);
    case "station?":
      return { ...(value as object) };
    case "slots":
      return slotsToWire(value as Parameters<typeof slotsToWire>[0]);
    case "detail":
      return detailToWire(value as IncomingDetail, where);
    default:
      throw new CodecError(`${where}: no codec ${f.codec}`);
  }
}

function fromWire(f: FieldPlan, value: unknown, type: string): unknown {
  const where = `${type}.${f.wire}`;
  if (f.codec.endsWith("?") && value == null) return null;
  const enumCodec = ENUMS[f.codec];
  if (enumCodec !== undefined) return enumCodec.fromWire(value, where);
  switch (f.codec) {
    case "ms":
    case "ms?":
      return int64ToNumber(value as Int64) ?? fail(where, "does not fit a JavaScript number exactly");
    case "strings":
      return [...(value as readonly string[])];
    case "station?":
      return stationFromWire(value as { id: string; lon?: number | null; lat?: number | null }, where);
    case "slots":
      return slotsFromWire(value);
    case "detail":
      return detailFromWire(value, where);
    default:
      return value;
  }
}

function stationFromWire(s: { id: string; lon?: number | null; lat?: number | null }, where: string): object {
  if (s.lon == null || s.lat == null) return fail(where, "lacks lon or lat");
  return { id: s.id, lon: s.lon, lat: s.lat };
}

function fail(where: string, problem: string): never {
  throw new CodecError(`${where} ${problem}`);
}

function mergeFromWire(m: { trackingId: string; direction: string }, where: string): IncomingMerge {
  if (m.direction !== "REPLACED" && m.direction !== "REPLACING")
    return fail(`${where}.merges`, `has direction ${JSON.stringify(m.direction)}, not REPLACED or REPLACING`);
  return { trackingId: m.trackingId, direction: m.direction };
}

/** An incoming detail's offer, on either side of the wire. */
function checkedOffer(offer: string, where: string): "share" | "transfer" {
  if (offer !== "share" && offer !== "transfer")
    return fail(`${where}.offer`, `is ${JSON.stringify(offer)}, not share or transfer`);
  return offer;
}

/** An incoming incident's detail as cad.v1.IncomingDetail (instants as `<name>Ms`, nulls absent). */
function detailToWire(d: IncomingDetail, where: string): Record<string, unknown> {
  const text = (v: unknown, at: string) => checked(TEXT, v, `${where}.${at}`);
  const ms = (v: unknown, at: string) => checked(MILLIS, v, `${where}.${at}`);
  return {
    callType: text(d.callType, "callType"),
    address: text(d.address, "address"),
    lon: d.lon === null ? null : checked(NUMBER, d.lon, `${where}.lon`),
    lat: d.lat === null ? null : checked(NUMBER, d.lat, `${where}.lat`),
    calls: d.calls.map((c, i) => ({
      id: text(c.id, `calls[${i}].id`),
      receivedAtMs: ms(c.receivedAt, `calls[${i}].receivedAt`),
      answeredAtMs: c.answeredAt === null ? null : ms(c.answeredAt, `calls[${i}].answeredAt`),
      callerNumber: text(c.callerNumber, `calls[${i}].callerNumber`),
    })),
    notes: d.notes.map((n, i) => ({
      atMs: ms(n.at, `notes[${i}].at`),
      author: text(n.author, `notes[${i}].author`),
      text: text(n.text, `notes[${i}].text`),
    })),
    units: d.units.map((u, i) => ({
      name: text(u.name, `units[${i}].name`),
      type: text(u.type, `units[${i}].type`),
    })),
    links: checked(TEXTS, d.links, `${where}.links`),
    merges: (d.merges ?? []).map((m, i) => ({
      trackingId: text(m.trackingId, `merges[${i}].trackingId`),
      direction: text(m.direction, `merges[${i}].direction`),
    })),
    offer: d.offer === undefined ? "" : checkedOffer(d.offer, where),
    closed: d.closed === true,
  };
}

function detailFromWire(value: unknown, where: string): IncomingDetail {
  if (value == null) return fail(where, "is missing");
  const d = value as {
    callType: string;
    address: string;
    lon?: number | null;
    lat?: number | null;
    calls: { id: string; receivedAtMs: Int64; answeredAtMs?: Int64 | null; callerNumber: string }[];
    notes: { atMs: Int64; author: string; text: string }[];
    units: { name: string; type: string }[];
    links: string[];
    merges?: { trackingId: string; direction: string }[];
    offer?: string;
    closed?: boolean;
  };
  const ms = (v: Int64, at: string) =>
    int64ToNumber(v) ?? fail(`${where}.${at}`, "does not fit a JavaScript number exactly");
  return {
    callType: d.callType,
    address: d.address,
    lon: d.lon ?? null,
    lat: d.lat ?? null,
    calls: d.calls.map((c, i) => ({
      id: c.id,
      receivedAt: ms(c.receivedAtMs, `calls[${i}].receivedAtMs`),
      answeredAt: c.answeredAtMs == null ? null : ms(c.answeredAtMs, `calls[${i}].answeredAtMs`),
      callerNumber: c.callerNumber,
    })),
    notes: d.notes.map((n, i) => ({ at: ms(n.atMs, `notes[${i}].atMs`), author: n.author, text: n.text })),
    units: d.units.map((u) => ({ name: u.name, type: u.type })),
    links: [...d.links],
    // Absent when there are none, as the engine's own detail has it.
    ...(d.merges !== undefined &&
      d.merges.length > 0 && { merges: d.merges.map((m) => mergeFromWire(m, where)) }),
    // Absent when unsaid or open, as the engine's own detail has it.
    ...(d.offer !== undefined && d.offer !== "" && { offer: checkedOffer(d.offer, where) }),
    ...(d.closed === true && { closed: true as const }),
  };
}

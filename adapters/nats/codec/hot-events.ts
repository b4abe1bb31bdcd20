import type { EngineEvent, Rejection } from "../../../engine/index.ts";
import { eventFieldPlans, type FieldCodec, type FieldPlan } from "./events.ts";
import { isEnum, isInt32, isUint32, messageFields, outputFields } from "./pb.ts";
import { writeSlots } from "./hot-slots.ts";
import * as w from "./wire-writer.ts";

/** An output's envelope fields (output.ts's OutputMeta). */
interface Meta {
  readonly agency: string;
  readonly inputSeq: number;
  readonly inputId: string;
  readonly index: number;
}

/**
 * Events and rejections in their cad.v1.Output envelope, written from the event itself into one
 * reused buffer (wire-writer.ts), field by field as the generated encoders write them (numbers in
 * order, defaults left out, "?" fields whenever not null), without building the wire objects of
 * eventToWire or a protobufjs Writer. The field plans come from events.ts's codecs and the numbers
 * from cad.json, for every event type whose fields are all scalars, enums, lists of text or a
 * recommendation's slots (hot-slots.ts); those with stations or incoming details, and envelopes
 * with an assignment, take the generic path. Undefined means "not here": a value the wire cannot carry, which the generic path then
 * names in its CodecError. hot-events.test.ts compares the bytes with the generated encoders.
 */
export function encodeHotEvent(meta: Meta, event: EngineEvent): Uint8Array | undefined {
  const plan = EVENT_PLANS.get(event.type);
  if (plan === undefined || !envelope(meta, event.at, event.operator)) return undefined;
  w.varint32(plan.tag);
  const start = w.beginMessage();
  const values = event as unknown as Record<string, unknown>;
  const fields = plan.fields;
  for (let i = 0; i < fields.length; i++)
    if (!writeField(fields[i]!, values[fields[i]!.name])) return undefined;
  w.endMessage(start);
  return w.finish();
}

/** A rejection in its envelope (cad.v1.InputRejected: four texts), or undefined as encodeHotEvent. */
export function encodeHotRejection(
  meta: Meta,
  at: number,
  inputKind: string,
  rejection: Rejection,
): Uint8Array | undefined {
  const field = rejection.field ?? "";
  const { code, reason } = rejection;
  if (typeof inputKind !== "string" || typeof code !== "string" || typeof reason !== "string")
    return undefined;
  if (typeof field !== "string" || !envelope(meta, at, undefined)) return undefined;
  w.varint32(REJECTED_TAG);
  const start = w.beginMessage();
  text(10, inputKind);
  text(18, code);
  text(26, reason);
  text(34, field);
  w.endMessage(start);
  return w.finish();
}

/** The envelope's fields before the body (cad.v1.Output 1-6), or false when one cannot go this way. */
function envelope(meta: Meta, at: number, operator: string | undefined): boolean {
  const { agency, inputSeq, inputId, index } = meta;
  if (typeof agency !== "string" || typeof inputId !== "string") return false;
  if (!Number.isSafeInteger(inputSeq) || inputSeq < 0 || !isUint32(index) || !Number.isSafeInteger(at))
    return false;
  if (operator !== undefined && typeof operator !== "string") return false;
  w.reset();
  text(10, agency);
  if (inputSeq !== 0) tagged(16, inputSeq);
  text(26, inputId);
  if (index !== 0) {
    w.varint32(32);
    w.varint32(index);
  }
  if (at !== 0) tagged(40, at);
  if (operator !== undefined) text(50, operator);
  return true;
}

function text(tag: number, value: string): void {
  if (value === "") return;
  w.varint32(tag);
  w.string(value);
}

function tagged(tag: number, value: number): void {
  w.varint32(tag);
  w.int64(value);
}

/** How a field is written (numbers, so the switches stay small). */
const Op = {
  String: 0,
  OptionalString: 1,
  Double: 2,
  Int32: 3,
  Uint32: 4,
  Bool: 5,
  Ms: 6,
  OptionalMs: 7,
  Strings: 8,
  Enum: 9,
  Slots: 10,
} as const;
type Op = (typeof Op)[keyof typeof Op];

interface HotField {
  readonly name: string;
  readonly tag: number;
  readonly op: Op;
  readonly numberOf: (value: unknown) => number | undefined;
}

/** Writes one field; false when its value is not what the wire carries (the generic path says why). */
function writeField(f: HotField, v: unknown): boolean {
  switch (f.op) {
    case Op.String:
      if (typeof v !== "string") return false;
      text(f.tag, v);
      return true;
    case Op.OptionalString:
      if (v === null) return true;
      if (typeof v !== "string") return false;
      w.varint32(f.tag);
      w.string(v);
      return true;
    case Op.Double:
      if (typeof v !== "number") return false;
      if (!Object.is(v, 0)) {
        w.varint32(f.tag);
        w.double(v);
      }
      return true;
    default:
      return writeNumber(f, v);
  }
}

function writeNumber(f: HotField, v: unknown): boolean {
  switch (f.op) {
    case Op.Int32:
      if (!isInt32(v)) return false;
      if (v !== 0) intField(f.tag, v as number);
      return true;
    case Op.Uint32:
      if (!isUint32(v)) return false;
      if (v !== 0) {
        w.varint32(f.tag);
        w.varint32(v as number);
      }
      return true;
    case Op.Bool:
      if (typeof v !== "boolean") return false;
      if (v) {
        w.varint32(f.tag);
        w.bool(true);
      }
      return true;
    case Op.Ms:
    case Op.OptionalMs:
      if (v === null && f.op === Op.OptionalMs) return true;
      if (!Number.isSafeInteger(v)) return false;
      if (v !== 0 || f.op === Op.OptionalMs) tagged(f.tag, v as number);
      return true;
    default:
      return writeOther(f, v);
  }
}

function writeOther(f: HotField, v: unknown): boolean {
  if (f.op === Op.Slots) return writeSlots(f.tag, v);
  if (f.op === Op.Enum) {
    const n = f.numberOf(v);
    if (n === undefined) return false;
    if (n !== 0) intField(f.tag, n);
    return true;
  }
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== "string") return false;
  for (let i = 0; i < v.length; i++) {
    w.varint32(f.tag);
    w.string(v[i] as string);
  }
  return true;
}

function intField(tag: number, value: number): void {
  w.varint32(tag);
  w.int32(value);
}

/** Each codec's op, the proto type it must have, and its wire type. */
const OPS: Partial<Record<FieldCodec, readonly [Op, string | undefined, number]>> = {
  string: [Op.String, "string", 2],
  "string?": [Op.OptionalString, "string", 2],
  double: [Op.Double, "double", 1],
  int32: [Op.Int32, "int32", 0],
  uint32: [Op.Uint32, "uint32", 0],
  bool: [Op.Bool, "bool", 0],
  ms: [Op.Ms, "int64", 0],
  "ms?": [Op.OptionalMs, "int64", 0],
  strings: [Op.Strings, "string", 2],
  slots: [Op.Slots, "SlotRecommendation", 2],
};

/** A field's plan, or undefined when its codec or proto type is not one this writer knows. */
function hotField(
  f: FieldPlan,
  proto: { type: string; id: number; rule?: string } | undefined,
): HotField | undefined {
  if (proto === undefined) return undefined;
  const none = () => undefined;
  const repeated = proto.rule === "repeated";
  if (f.enumCodec !== undefined) {
    const codec = f.enumCodec;
    if (!isEnum(proto.type) || repeated) return undefined;
    return { name: f.name, tag: proto.id << 3, op: Op.Enum, numberOf: (v) => codec.numberOf(v) };
  }
  const op = OPS[f.codec];
  if (op === undefined || op[1] !== proto.type || repeated !== (op[0] === Op.Strings || op[0] === Op.Slots))
    return undefined;
  return { name: f.name, tag: (proto.id << 3) | op[2], op: op[0], numberOf: none };
}

const OUTPUT = outputFields();
const REJECTED_TAG = ((OUTPUT["rejected"]?.id ?? 0) << 3) | 2;

/** Event type -> its body field's tag in cad.v1.Output and its fields' plans, for the types this writer covers. */
const EVENT_PLANS: ReadonlyMap<string, { readonly tag: number; readonly fields: readonly HotField[] }> =
  new Map(
    [...eventFieldPlans()].flatMap(([type, plans]) => {
      const body = OUTPUT[type.charAt(0).toLowerCase() + type.slice(1)];
      const proto = body === undefined ? undefined : messageFields(body.type);
      if (body === undefined || proto === undefined) return [];
      const fields = plans.map((f) => hotField(f, proto[f.wire]));
      if (fields.some((f) => f === undefined)) return [];
      // In number order, as the generated encoders write them.
      const byNumber = (fields as HotField[]).sort((a, b) => (a.tag >>> 3) - (b.tag >>> 3));
      return [[type, { tag: (body.id << 3) | 2, fields: byNumber }]];
    }),
  );

/** The event types encodeHotEvent writes (for tests). */
export const HOT_EVENT_TYPES: ReadonlySet<string> = new Set(EVENT_PLANS.keys());

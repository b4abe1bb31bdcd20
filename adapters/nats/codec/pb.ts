import protobuf from "protobufjs/minimal.js";
import { cad } from "../../../proto/gen/cad.js";
import descriptor from "../../../proto/gen/cad.json" with { type: "json" };
import { CodecError } from "./errors.ts";

/** The generated message classes of package cad.v1. */
export const pb = cad.v1;

/** An int64 as the generated code hands it over: a number, or a Long when `long` is loaded. */
export type Int64 = number | { toNumber(): number };

interface FieldDescriptor {
  readonly type: string;
  readonly id: number;
}

interface MessageShape {
  /** Field number -> field, for telling a known field sent with the wrong wire type. */
  readonly byId: ReadonlyMap<number, { readonly name: string; readonly type: string }>;
  /** The fields holding messages, which the wire check descends into. */
  readonly messageFields: readonly { readonly name: string; readonly type: string }[];
}

const nested = (descriptor as { nested: { cad: { nested: { v1: { nested: object } } } } }).nested.cad.nested
  .v1.nested as Record<string, { fields?: Record<string, FieldDescriptor> }>;

const SHAPES: ReadonlyMap<string, MessageShape> = new Map(
  Object.entries(nested)
    .filter(([, node]) => node.fields !== undefined)
    .map(([typeName, node]) => {
      const fields = Object.entries(node.fields ?? {});
      const isMessage = (type: string) => nested[type]?.fields !== undefined;
      return [
        typeName,
        {
          byId: new Map(fields.map(([name, f]) => [f.id, { name, type: f.type }])),
          messageFields: fields
            .filter(([, f]) => isMessage(f.type))
            .map(([name, f]) => ({ name, type: f.type })),
        },
      ];
    }),
);

/** cad.v1.Output's fields by the generated code's (camelCase) name: each one's number and type. */
export function outputFields(): Readonly<Record<string, FieldDescriptor>> {
  return nested["Output"]?.fields ?? {};
}

/** A cad.v1 message's fields by the generated code's (camelCase) name, or undefined for no such message. */
export function messageFields(
  typeName: string,
): Readonly<Record<string, FieldDescriptor & { rule?: string }>> | undefined {
  return nested[typeName]?.fields;
}

/** Whether `typeName` is a cad.v1 enum. */
export function isEnum(typeName: string): boolean {
  return (nested[typeName] as { values?: object } | undefined)?.values !== undefined;
}

/** A reader that keeps unknown fields, so wireProblem() can see the ones it refused. */
export function readerFor(bytes: Uint8Array): protobuf.Reader {
  if (!(bytes instanceof Uint8Array)) throw new TypeError("expected a Uint8Array");
  const reader = protobuf.Reader.create(bytes);
  reader.discardUnknown = false;
  return reader;
}

/**
 * The generated decoders set a known field aside as unknown when its wire type is wrong
 * (as protobuf's C++ parser does). This finds such a field anywhere in a decoded message and
 * describes it; fields unknown to this contract (a newer sender's) are ignored.
 */
export function wireProblem(typeName: string, message: object, path = ""): string | undefined {
  const shape = SHAPES.get(typeName);
  if (shape === undefined) return `no message type ${typeName}`;
  for (const raw of (message as { $unknowns?: Uint8Array[] }).$unknowns ?? []) {
    const tag = protobuf.Reader.create(raw).uint32();
    const field = shape.byId.get(tag >>> 3);
    if (field !== undefined)
      return `${path}${field.name} (field ${tag >>> 3}) has wire type ${tag & 7}, expected ${wireTypeOf(field.type)}`;
  }
  const values = message as Record<string, unknown>;
  for (const field of shape.messageFields) {
    const value = values[field.name];
    const items: unknown[] = Array.isArray(value) ? value : value == null ? [] : [value];
    for (const [i, item] of items.entries()) {
      const at = Array.isArray(value) ? `${path}${field.name}[${i}].` : `${path}${field.name}.`;
      const problem = wireProblem(field.type, item as object, at);
      if (problem !== undefined) return problem;
    }
  }
  return undefined;
}

/** Whether a message (or one it holds) has a varint int32 field, which rangeProblem reads again. */
const needsRangeScan = (typeName: string, seen = new Set<string>()): boolean => {
  const shape = SHAPES.get(typeName);
  if (shape === undefined || seen.has(typeName)) return false;
  seen.add(typeName);
  return (
    [...shape.byId.values()].some((f) => f.type === "int32") ||
    shape.messageFields.some((f) => needsRangeScan(f.type, seen))
  );
};
const RANGE_SCANNED: ReadonlySet<string> = new Set([...SHAPES.keys()].filter((t) => needsRangeScan(t)));

/**
 * The generated decoders read an int32 varint as its low 32 bits, so a crew sent as 2^32 + 3
 * arrives as 3 and passes every later check. This reads each int32 field of the bytes again as
 * the 64-bit value that was sent and names the first one that does not fit (path, field, value).
 */
export function rangeProblem(
  typeName: string,
  bytes: Uint8Array,
  path = "",
): { field: string; reason: string } | undefined {
  if (!RANGE_SCANNED.has(typeName)) return undefined;
  const shape = SHAPES.get(typeName);
  if (shape === undefined) return undefined;
  const reader = protobuf.Reader.create(bytes);
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    const wire = tag & 7;
    const field = shape.byId.get(tag >>> 3);
    if (field !== undefined && wire === 0 && field.type === "int32") {
      const value = reader.int64() as unknown as Int64;
      const n = typeof value === "number" ? value : value.toNumber();
      if (!isInt32(n))
        return { field: `${path}${field.name}`, reason: `${path}${field.name} = ${n} does not fit an int32` };
    } else if (field !== undefined && wire === 2 && RANGE_SCANNED.has(field.type)) {
      const problem = rangeProblem(field.type, reader.bytes(), `${path}${field.name}.`);
      if (problem !== undefined) return problem;
    } else reader.skipType(wire);
  }
  return undefined;
}

/** The wire type a field of this proto type is written with (packed repeated scalars use 2 too). */
function wireTypeOf(type: string): number {
  if (type === "double" || type === "fixed64" || type === "sfixed64") return 1;
  if (type === "float" || type === "fixed32" || type === "sfixed32") return 5;
  if (type === "string" || type === "bytes") return 2;
  return nested[type]?.fields !== undefined ? 2 : 0; // a message, or a varint (integer, bool, enum)
}

/** A scalar codec's test and its description for an error message. */
export type ScalarCheck = readonly [test: (value: unknown) => boolean, what: string];

export const TEXT: ScalarCheck = [(v) => typeof v === "string", "text"];
export const NUMBER: ScalarCheck = [(v) => typeof v === "number", "a number"];
export const INT32: ScalarCheck = [isInt32, "a 32-bit integer"];
export const UINT32: ScalarCheck = [isUint32, "an unsigned 32-bit integer"];
export const BOOL: ScalarCheck = [(v) => typeof v === "boolean", "true or false"];
export const MILLIS: ScalarCheck = [Number.isSafeInteger, "a whole number of milliseconds"];
export const TEXTS: ScalarCheck = [
  (v) => Array.isArray(v) && v.every((s) => typeof s === "string"),
  "a list of texts",
];

/** The value if it passes the check; otherwise a CodecError naming the field. */
export function checked(check: ScalarCheck, value: unknown, where: string): unknown {
  if (check[0](value)) return value;
  throw new CodecError(`${where} must be ${check[1]}, not ${JSON.stringify(value) ?? String(value)}`);
}

/** An int64 as a JS number, or undefined when it does not fit one exactly. */
export function int64ToNumber(value: Int64): number | undefined {
  const n = typeof value === "number" ? value : value.toNumber();
  return Number.isSafeInteger(n) ? n : undefined;
}

export function isInt32(value: unknown): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= -0x80000000 && value <= 0x7fffffff;
}

export function isUint32(value: unknown): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 0xffffffff;
}

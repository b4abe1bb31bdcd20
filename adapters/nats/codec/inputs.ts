import type { Input, InputKind } from "../../../engine/index.ts";
import { decodeEido, encodeEido } from "./eido.ts";
import { CodecError, describeError } from "./errors.ts";
import { decodeHotInput } from "./hot-inputs.ts";
import {
  checked,
  type Int64,
  INT32,
  int64ToNumber,
  MILLIS,
  NUMBER,
  pb,
  rangeProblem,
  readerFor,
  type ScalarCheck,
  TEXT,
  TEXTS,
  wireProblem,
} from "./pb.ts";

/** Spreads Omit over each member of a union. */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An input without the id, instant and operator the log gives it (the operator travels in the Cad-Operator header). */
export type InputBody = DistributiveOmit<Input, "id" | "at" | "operator">;

/**
 * DECODE_ERROR: the bytes are not the subject's message; VALUE_OUT_OF_RANGE: a wire integer does
 * not fit its field (`field` names it); the log reader adds the Cad-Time, Cad-Operator and
 * subject codes (log.ts).
 */
export type DecodedInput =
  | { ok: true; input: Input }
  | {
      ok: false;
      code:
        | "DECODE_ERROR"
        | "INVALID_EIDO"
        | "VALUE_OUT_OF_RANGE"
        | "INVALID_INPUT_TIME"
        | "INPUT_TIME_AHEAD"
        | "INPUT_TIME_NOT_ALLOWED"
        | "INPUT_TIME_NOT_TRUSTED"
        | "INVALID_OPERATOR"
        | "SUBJECT_MISMATCH";
      reason: string;
      field?: string;
    };

/**
 * How one input field travels. Absent, "" and [] all mean "not given", as they do to the engine;
 * "stringList" is a list whose presence matters (ChangeUnit.capabilities). "ms" fields are
 * instants: int64 epoch milliseconds, named `<field>_ms` in proto.
 */
type FieldCodec = "string" | "double" | "int32" | "ms" | "strings" | "station" | "stringList";

type Fields<K extends InputKind> = Omit<Extract<Input, { kind: K }>, "kind" | "id" | "at" | "operator">;
type Spec<K extends InputKind> = { readonly [F in keyof Fields<K>]-?: FieldCodec };

const ROSTER = {
  unitId: "string",
  unitType: "string",
  agency: "string",
  station: "station",
  crew: "int32",
} as const;

const INPUT_FIELDS: { readonly [K in InputKind]: Spec<K> } = {
  ReceiveCall: {
    callId: "string",
    receivedAt: "ms",
    answeredAt: "ms",
    lon: "double",
    lat: "double",
    address: "string",
    callType: "string",
    callerNumber: "string",
    flags: "strings",
    description: "string",
  },
  SplitCall: { callId: "string" },
  MergeIncidents: { incidentId: "string", intoIncidentId: "string" },
  LinkIncidents: { incidentId: "string", otherIncidentId: "string" },
  DispatchUnit: { incidentId: "string", unitId: "string" },
  ReassignUnit: { incidentId: "string", unitId: "string" },
  UpdateUnitStatus: { unitId: "string", status: "string" },
  UpdateUnitLocation: { unitId: "string", lon: "double", lat: "double", fixAt: "ms" },
  CheckUnit: { unitId: "string" },
  ClearIncident: { incidentId: "string" },
  CloseIncident: { incidentId: "string", disposition: "string" },
  ReopenIncident: { incidentId: "string", reason: "string" },
  ReprioritiseIncident: { incidentId: "string", priority: "int32", reason: "string" },
  AddNote: { incidentId: "string", text: "string", author: "string" },
  AddUnit: { ...ROSTER, capabilities: "strings" },
  ChangeUnit: { ...ROSTER, capabilities: "stringList" },
  RetireUnit: { unitId: "string" },
  ApplyConfiguration: { hash: "string", content: "string" },
  ClaimLeadership: { term: "int32", replica: "string" },
  ReceiveEido: { document: "string" },
  AcceptIncoming: { trackingId: "string", lon: "double", lat: "double" },
  DeclineIncoming: { trackingId: "string", reason: "string" },
  ShareIncident: { incidentId: "string", toAgency: "string" },
  TransferIncident: { incidentId: "string", toAgency: "string", reason: "string" },
  EndShare: { incidentId: "string", toAgency: "string" },
  Tick: {},
};

interface MessageType {
  encode(message: object): { finish(): Uint8Array };
  decode(reader: ReturnType<typeof readerFor>): object;
}

interface KindPlan {
  readonly type: MessageType;
  readonly fields: readonly { readonly name: string; readonly wire: string; readonly codec: FieldCodec }[];
}

const PLANS: ReadonlyMap<string, KindPlan> = new Map(
  Object.entries(INPUT_FIELDS).map(([kind, spec]) => [
    kind,
    {
      type: pb[kind as InputKind],
      fields: Object.entries(spec as Record<string, FieldCodec>).map(([name, codec]) => ({
        name,
        wire: codec === "ms" ? `${name}Ms` : name,
        codec,
      })),
    },
  ]),
);

/**
 * An input's body as its cad.v1 message (the message named as its kind). The id and instant
 * are not encoded: the log supplies them. Throws CodecError on a value the wire cannot carry
 * (text where a number belongs, a fractional or unsafe instant, a priority beyond int32).
 */
export function encodeInput(input: InputBody): Uint8Array {
  // An EIDO travels as itself, JSON (see decodeEido).
  if (input.kind === "ReceiveEido")
    return encodeEido(checked(TEXT, input.document, "ReceiveEido.document") as string);
  const plan = PLANS.get(input.kind);
  if (plan === undefined) throw new CodecError(`unknown input kind ${JSON.stringify(input.kind)}`);
  const values = input as unknown as Record<string, unknown>;
  const message: Record<string, unknown> = {};
  for (const f of plan.fields) {
    const value = values[f.name];
    if (value !== undefined && value !== null)
      message[f.wire] = toWire(f.codec, value, `${input.kind}.${f.name}`);
  }
  return plan.type.encode(message).finish();
}

/**
 * Decodes the cad.v1 message of `kind` into an input with the log's id and instant. Never
 * throws: bytes that are not a valid message give DECODE_ERROR with the reason. A field not
 * sent (or sent empty) is an absent property, so the engine's own checks report MISSING_FIELD.
 * `operator` (the Cad-Operator header, checked by the log reader) becomes the input's operator.
 */
export function decodeInput(
  kind: InputKind,
  bytes: Uint8Array,
  id: string,
  at: number,
  operator?: string,
): DecodedInput {
  if (kind === "ReceiveEido") return decodeEido(bytes, id, at, operator);
  if (operator === undefined) {
    const hot = decodeHotInput(kind, bytes, id, at);
    if (hot !== undefined) return { ok: true, input: hot };
  }
  return decodeGenerated(kind, bytes, id, at, operator);
}

/** decodeInput by the generated decoder, for every message (the hot inputs' test compares with it). */
export function decodeGenerated(
  kind: InputKind,
  bytes: Uint8Array,
  id: string,
  at: number,
  operator?: string,
): DecodedInput {
  try {
    const plan = PLANS.get(kind);
    if (plan === undefined) return decodeError(`unknown input kind ${JSON.stringify(kind)}`);
    const message = plan.type.decode(readerFor(bytes)) as Record<string, unknown>;
    const problem = wireProblem(kind, message);
    if (problem !== undefined) return decodeError(`cad.v1.${kind}: ${problem}`);
    const range = rangeProblem(kind, bytes);
    if (range !== undefined)
      return {
        ok: false,
        code: "VALUE_OUT_OF_RANGE",
        reason: `cad.v1.${kind}: ${range.reason}`,
        field: range.field,
      };
    const input: Record<string, unknown> =
      operator === undefined ? { kind, id, at } : { kind, id, at, operator };
    for (const f of plan.fields) {
      const value = fromWire(f.codec, message[f.wire], f.wire);
      if (value !== undefined) input[f.name] = value;
    }
    return { ok: true, input: input as unknown as Input };
  } catch (err) {
    return decodeError(`cad.v1.${kind}: ${describeError(err)}`);
  }
}

function decodeError(reason: string): DecodedInput {
  return { ok: false, code: "DECODE_ERROR", reason };
}

const SCALARS: Partial<Record<FieldCodec, ScalarCheck>> = {
  string: TEXT,
  double: NUMBER,
  int32: INT32,
  ms: MILLIS,
  strings: TEXTS,
};

function toWire(codec: FieldCodec, value: unknown, where: string): unknown {
  const scalar = SCALARS[codec];
  if (scalar !== undefined) return checked(scalar, value, where);
  if (codec === "stringList") return { values: checked(TEXTS, value, where) };
  checked([(v) => typeof v === "object", "{id, lon, lat}"], value, where);
  const s = value as Record<string, unknown>;
  const optional = (check: ScalarCheck, v: unknown, at: string) =>
    v === undefined ? v : checked(check, v, at);
  return {
    id: optional(TEXT, s["id"], `${where}.id`),
    lon: optional(NUMBER, s["lon"], `${where}.lon`),
    lat: optional(NUMBER, s["lat"], `${where}.lat`),
  };
}

/** A decoded field as the engine's value, or undefined when it was not sent (or sent empty). */
function fromWire(codec: FieldCodec, value: unknown, where: string): unknown {
  if (value === null || value === undefined) return undefined;
  switch (codec) {
    case "string":
      return value === "" ? undefined : value;
    case "ms":
      return int64ToNumber(value as Int64) ?? fail(`${where} does not fit a JavaScript number exactly`);
    case "strings":
      return (value as string[]).length === 0 ? undefined : [...(value as string[])];
    case "stringList":
      return [...(value as { values: string[] }).values];
    case "station":
      return stationFromWire(value as { id: string; lon?: number | null; lat?: number | null });
    default:
      return value;
  }
}

/** A station with only the parts that were sent, so the engine names the missing one. */
function stationFromWire(s: { id: string; lon?: number | null; lat?: number | null }): object {
  const station: Record<string, unknown> = {};
  if (s.id !== "") station["id"] = s.id;
  if (s.lon != null) station["lon"] = s.lon;
  if (s.lat != null) station["lat"] = s.lat;
  return station;
}

function fail(message: string): never {
  throw new CodecError(message);
}

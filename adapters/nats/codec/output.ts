import type { EngineEvent, Rejection } from "../../../engine/index.ts";
import { assignmentFromWire, assignmentToWire, type UnitAssignment } from "./assignment.ts";
import { CodecError, describeError } from "./errors.ts";
import { encodeHotEvent, encodeHotRejection } from "./hot-events.ts";
import { bodyFieldOf, eventFromWire, eventToWire, eventTypeOfBodyField } from "./events.ts";
import protobuf from "protobufjs/minimal.js";
import {
  checked,
  type Int64,
  outputFields,
  int64ToNumber,
  MILLIS,
  pb,
  readerFor,
  UINT32,
  wireProblem,
} from "./pb.ts";

/** Where an output comes from: the agency, and the input (by log sequence and id) that caused it. */
export interface OutputMeta {
  readonly agency: string;
  /** The input's sequence in the input stream. */
  readonly inputSeq: number;
  /** The input's id (its Nats-Msg-Id). */
  readonly inputId: string;
  /** The position of this output among the input's outputs, from 0. */
  readonly index: number;
}

export interface DecodedRejection {
  readonly at: number;
  readonly inputKind: string;
  readonly code: string;
  readonly reason: string;
  readonly field?: string;
}

export type DecodedOutput = OutputMeta & { readonly assignment?: UnitAssignment } & (
    { event: EngineEvent } | { rejected: DecodedRejection }
  );

/**
 * An engine event in its cad.v1.Output envelope, with the event's operator in the envelope, and
 * (only on a unit's own subjects) what that unit's terminal shows after the input.
 * Throws CodecError on a value the wire cannot carry.
 */
export function encodeEvent(meta: OutputMeta, event: EngineEvent, assignment?: UnitAssignment): Uint8Array {
  // Written from the event itself when it can be (see hot-events.ts); otherwise the generic path.
  if (assignment === undefined) {
    const hot = encodeHotEvent(meta, event);
    if (hot !== undefined) return hot;
  }
  return encodeEventGeneric(meta, event, assignment);
}

/** encodeEvent by the generated encoders, from the event's wire form (the hot path's tests compare with it). */
export function encodeEventGeneric(
  meta: OutputMeta,
  event: EngineEvent,
  assignment?: UnitAssignment,
): Uint8Array {
  const extra = assignment === undefined ? undefined : { assignment: assignmentToWire(assignment) };
  const bodyField = EVENT_BODY_FIELDS.get(event.type) ?? bodyFieldOf(event.type);
  return encode(meta, event.at, bodyPlan(bodyField), eventToWire(event), event.operator, extra);
}

/** A rejection of an input of `inputKind` accepted at `at`, in its cad.v1.Output envelope. */
export function encodeRejection(
  meta: OutputMeta,
  at: number,
  inputKind: string,
  rejection: Rejection,
): Uint8Array {
  return (
    encodeHotRejection(meta, at, inputKind, rejection) ??
    encodeRejectionGeneric(meta, at, inputKind, rejection)
  );
}

/** encodeRejection by the generated encoder (the hot path's tests compare with it). */
export function encodeRejectionGeneric(
  meta: OutputMeta,
  at: number,
  inputKind: string,
  rejection: Rejection,
): Uint8Array {
  const body = { inputKind, code: rejection.code, reason: rejection.reason, field: rejection.field ?? "" };
  return encode(meta, at, bodyPlan("rejected"), body);
}

interface BodyPlan {
  /** The field's name in cad.v1.Output (for errors). */
  readonly name: string;
  /** The field's number in cad.v1.Output. */
  readonly id: number;
  /** Its tag: the number and wire type 2 (a length-delimited message). */
  readonly tag: number;
  readonly encode: (message: object, writer: protobuf.Writer) => protobuf.Writer;
}

/** How each cad.v1.Output body field (and the assignment) is written: its number and its message's encoder. */
const BODIES: ReadonlyMap<string, BodyPlan> = new Map(
  Object.entries(outputFields()).flatMap(([name, f]) => {
    const message = (pb as unknown as Record<string, { encode?: BodyPlan["encode"] }>)[f.type];
    return message?.encode === undefined
      ? []
      : [[name, { name, id: f.id, tag: (f.id << 3) | 2, encode: message.encode }]];
  }),
);
const ASSIGNMENT = bodyPlan("assignment");
/** Event type -> Output body field, composed once ("CallReceived" -> "callReceived"). */
const EVENT_BODY_FIELDS: ReadonlyMap<string, string> = new Map(
  [...BODIES.keys()].flatMap((field) => {
    const type = eventTypeOfBodyField(field);
    return type === undefined ? [] : [[type, field]];
  }),
);

function bodyPlan(field: string): BodyPlan {
  const plan = BODIES.get(field);
  if (plan === undefined) throw new CodecError(`cad.v1.Output has no message field ${field}`);
  return plan;
}

/**
 * The envelope written field by field, as the generated cad.v1.Output encoder writes it (fields in
 * number order, defaults left out): the same bytes without building an object of 33 fields and
 * testing each one. output.test.ts compares the two for every event type.
 */
function encode(
  meta: OutputMeta,
  at: number,
  plan: BodyPlan,
  body: object,
  operator?: string,
  extra?: { readonly assignment: object },
): Uint8Array {
  if (!Number.isSafeInteger(meta.inputSeq) || meta.inputSeq < 0)
    throw new CodecError(`inputSeq must be a non-negative whole number, not ${meta.inputSeq}`);
  checked(UINT32, meta.index, "index");
  checked(MILLIS, at, "at");
  try {
    const w = emptyWriter();
    if (meta.agency !== "") w.uint32(10).string(meta.agency);
    if (meta.inputSeq !== 0) w.uint32(16).uint64(meta.inputSeq);
    if (meta.inputId !== "") w.uint32(26).string(meta.inputId);
    if (meta.index !== 0) w.uint32(32).uint32(meta.index);
    if (at !== 0) w.uint32(40).int64(at);
    if (operator !== undefined && operator !== "") w.uint32(50).string(operator);
    const assignment = extra?.assignment;
    if (assignment !== undefined && ASSIGNMENT.id < plan.id) message(w, ASSIGNMENT, assignment);
    message(w, plan, body);
    if (assignment !== undefined && ASSIGNMENT.id > plan.id) message(w, ASSIGNMENT, assignment);
    return w.finish();
  } catch (err) {
    throw new CodecError(`cannot encode cad.v1.Output (${plan.name}): ${describeError(err)}`, { cause: err });
  }
}

/**
 * One writer for every envelope, emptied before each (encoding is synchronous, so no two overlap):
 * its buffer is reused, and finish() copies the bytes out into a buffer of their own.
 */
const WRITER = protobuf.Writer.create();

function emptyWriter(): protobuf.Writer {
  WRITER.pos = 0;
  WRITER.states = null;
  return WRITER;
}

function message(w: protobuf.Writer, plan: BodyPlan, body: object): void {
  plan.encode(body, w.uint32(plan.tag).fork()).ldelim();
}

/** Decodes a cad.v1.Output. Throws CodecError (with the underlying failure as cause) on bad bytes. */
export function decodeOutput(bytes: Uint8Array): DecodedOutput {
  let output: InstanceType<typeof pb.Output>;
  try {
    output = pb.Output.decode(readerFor(bytes));
  } catch (err) {
    throw new CodecError(`cannot decode cad.v1.Output: ${describeError(err)}`, { cause: err });
  }
  const problem = wireProblem("Output", output);
  if (problem !== undefined) throw new CodecError(`cannot decode cad.v1.Output: ${problem}`);
  const meta: OutputMeta = {
    agency: output.agency,
    inputSeq: checkedInt64(output.inputSeq, "inputSeq"),
    inputId: output.inputId,
    index: output.index,
  };
  const at = checkedInt64(output.atMs, "atMs");
  const field = output.body;
  if (field === undefined) throw new CodecError("cad.v1.Output has no body");
  if (field === "rejected") {
    const r = output.rejected as InstanceType<typeof pb.InputRejected>;
    const rejected: DecodedRejection = { at, inputKind: r.inputKind, code: r.code, reason: r.reason };
    return { ...meta, rejected: r.field === "" ? rejected : { ...rejected, field: r.field } };
  }
  const type = eventTypeOfBodyField(field);
  if (type === undefined) throw new CodecError(`cad.v1.Output has an unknown body ${field}`);
  const event = eventFromWire(type, output[field] as object, at, output.operator);
  if (output.assignment == null) return { ...meta, event };
  const assignment = assignmentFromWire(output.assignment as Parameters<typeof assignmentFromWire>[0]);
  return { ...meta, event, assignment };
}

function checkedInt64(value: Int64 | null | undefined, field: string): number {
  const n = value == null ? 0 : int64ToNumber(value);
  if (n === undefined)
    throw new CodecError(`cad.v1.Output.${field} does not fit a JavaScript number exactly`);
  return n;
}

/**
 * The wire codec between NATS messages and the engine: inputs in cad.v1 messages named as
 * their kind, outputs (events and rejections) in the cad.v1.Output envelope. See proto/README.md.
 */
export { CodecError, isCodecError } from "./errors.ts";
export { INPUT_EXAMPLES, EXAMPLES_AT } from "./examples.ts";
export { eidoExample, eidoTrackingId, type EidoExampleOptions } from "./eido-example.ts";
export { decodeEido, encodeEido, type DecodedEido } from "./eido.ts";
export {
  INPUT_SUBJECTS,
  PER_UNIT_KINDS,
  TIMED_TOKEN,
  inputSubject,
  inputKindOfSubject,
  type InputSubjectInfo,
  type PerUnitKind,
  EVENT_SUBJECTS,
  eventSubjectSuffix,
  REJECTED_SUBJECT_SUFFIX,
} from "./subjects.ts";
export {
  encodeInput,
  decodeInput,
  type DecodedInput,
  type DistributiveOmit,
  type InputBody,
} from "./inputs.ts";
export {
  encodeEvent,
  encodeRejection,
  decodeOutput,
  type OutputMeta,
  type DecodedOutput,
  type DecodedRejection,
} from "./output.ts";
export {
  assignmentFromWire,
  assignmentToWire,
  type AssignedCaller,
  type AssignedIncident,
  type AssignedNote,
  type UnitAssignment,
} from "./assignment.ts";

import type {
  CallAttachReason,
  IncidentStatus,
  ReasonCode,
  ReprioritiseReason,
  UnitReleaseReason,
  UnitStatus,
} from "../../../engine/index.ts";
import { CodecError } from "./errors.ts";
import { pb } from "./pb.ts";

/** A string union of the engine and its proto enum, both ways; 0 (UNSPECIFIED) maps to nothing. */
export class EnumCodec<T extends string> {
  private readonly byNumber: ReadonlyMap<number, T>;
  private readonly numbers: ReadonlyMap<unknown, number>;

  constructor(
    readonly protoName: string,
    private readonly byValue: Readonly<Record<T, number>>,
  ) {
    this.byNumber = new Map((Object.entries(byValue) as [T, number][]).map(([value, n]) => [n, value]));
    this.numbers = new Map(Object.entries(byValue) as [T, number][]);
  }

  /** The value's number, or undefined when the value is not one of the enum's (whatever its type). */
  numberOf(value: unknown): number | undefined {
    return this.numbers.get(value);
  }

  toWire(value: T, field: string): number {
    const n = this.byValue[value] as number | undefined;
    if (n === undefined)
      throw new CodecError(`${field}: ${JSON.stringify(value)} is not a ${this.protoName}`);
    return n;
  }

  fromWire(n: unknown, field: string): T {
    const value = typeof n === "number" ? this.byNumber.get(n) : undefined;
    if (value === undefined) throw new CodecError(`${field}: ${String(n)} is not a known ${this.protoName}`);
    return value;
  }
}

export const UNIT_STATUS = new EnumCodec<UnitStatus>("cad.v1.UnitStatus", {
  available: pb.UnitStatus.UNIT_STATUS_AVAILABLE,
  dispatched: pb.UnitStatus.UNIT_STATUS_DISPATCHED,
  en_route: pb.UnitStatus.UNIT_STATUS_EN_ROUTE,
  on_scene: pb.UnitStatus.UNIT_STATUS_ON_SCENE,
  transporting: pb.UnitStatus.UNIT_STATUS_TRANSPORTING,
  at_hospital: pb.UnitStatus.UNIT_STATUS_AT_HOSPITAL,
  returning: pb.UnitStatus.UNIT_STATUS_RETURNING,
  out_of_service: pb.UnitStatus.UNIT_STATUS_OUT_OF_SERVICE,
});

export const INCIDENT_STATUS = new EnumCodec<IncidentStatus>("cad.v1.IncidentStatus", {
  pending: pb.IncidentStatus.INCIDENT_STATUS_PENDING,
  dispatched: pb.IncidentStatus.INCIDENT_STATUS_DISPATCHED,
  en_route: pb.IncidentStatus.INCIDENT_STATUS_EN_ROUTE,
  on_scene: pb.IncidentStatus.INCIDENT_STATUS_ON_SCENE,
  cleared: pb.IncidentStatus.INCIDENT_STATUS_CLEARED,
  closed: pb.IncidentStatus.INCIDENT_STATUS_CLOSED,
});

export const CALL_ATTACH_REASON = new EnumCodec<CallAttachReason>("cad.v1.CallAttachReason", {
  first_call: pb.CallAttachReason.CALL_ATTACH_REASON_FIRST_CALL,
  additional_caller: pb.CallAttachReason.CALL_ATTACH_REASON_ADDITIONAL_CALLER,
  split: pb.CallAttachReason.CALL_ATTACH_REASON_SPLIT,
});

export const REPRIORITISE_REASON = new EnumCodec<ReprioritiseReason>("cad.v1.ReprioritiseReason", {
  dispatcher: pb.ReprioritiseReason.REPRIORITISE_REASON_DISPATCHER,
  caller_flags: pb.ReprioritiseReason.REPRIORITISE_REASON_CALLER_FLAGS,
  overdue: pb.ReprioritiseReason.REPRIORITISE_REASON_OVERDUE,
  merge: pb.ReprioritiseReason.REPRIORITISE_REASON_MERGE,
});

export const UNIT_RELEASE_REASON = new EnumCodec<UnitReleaseReason>("cad.v1.UnitReleaseReason", {
  cleared: pb.UnitReleaseReason.UNIT_RELEASE_REASON_CLEARED,
  preempted: pb.UnitReleaseReason.UNIT_RELEASE_REASON_PREEMPTED,
  out_of_service: pb.UnitReleaseReason.UNIT_RELEASE_REASON_OUT_OF_SERVICE,
  incident_cleared: pb.UnitReleaseReason.UNIT_RELEASE_REASON_INCIDENT_CLEARED,
});

export const CANDIDATE_REASON = new EnumCodec<ReasonCode>("cad.v1.CandidateReason", {
  CLOSEST_BY_ETA: pb.CandidateReason.CANDIDATE_REASON_CLOSEST_BY_ETA,
  IN_ZONE: pb.CandidateReason.CANDIDATE_REASON_IN_ZONE,
  AT_STATION: pb.CandidateReason.CANDIDATE_REASON_AT_STATION,
  RETURNING_NO_TURNOUT: pb.CandidateReason.CANDIDATE_REASON_RETURNING_NO_TURNOUT,
  STALE_POSITION_AT_STATION: pb.CandidateReason.CANDIDATE_REASON_STALE_POSITION_AT_STATION,
  STALE_POSITION_PENALISED: pb.CandidateReason.CANDIDATE_REASON_STALE_POSITION_PENALISED,
  MUTUAL_AID: pb.CandidateReason.CANDIDATE_REASON_MUTUAL_AID,
});

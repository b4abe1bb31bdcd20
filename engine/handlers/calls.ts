import type { EngineConfig } from "../config/types.ts";
import type { GeoSearchOptions } from "../geo/index.ts";
import { emitRecommendation } from "./lifecycle.ts";
import type { ReceiveCall, SplitCall } from "../model/inputs.ts";
import { reject, type Rejection } from "../model/rejection.ts";
import { isValidLonLat } from "../geo/index.ts";
import type { Call, Incident } from "../model/state.ts";
import type { Ctx } from "./context.ts";
import { FieldCheck, isId, MAX_ID_LENGTH, type Outcome } from "./context.ts";
import { callPriority, resolveCallType } from "./priority.ts";

const MAX_FLAGS = 32;

export function receiveCall(ctx: Ctx, input: ReceiveCall): Outcome {
  const { state, config, at } = ctx;
  const fields = quickCallFields(input) ?? checkedCallFields(input);
  if ("code" in fields) return fields;
  const {
    callId,
    receivedAt,
    answeredAt,
    lon,
    lat,
    typeCode: code,
    address,
    callerNumber,
    description,
  } = fields;
  const flags = fields.flags;
  if (state.calls.has(callId))
    return reject("DUPLICATE_CALL", `call ${callId} was already received`, "callId");
  if (receivedAt > at)
    return reject("INVALID_FIELD", "receivedAt is after the input was accepted", "receivedAt");
  if (at - receivedAt > config.calls.maxAgeSeconds * 1000)
    return reject(
      "CALL_TOO_OLD",
      `receivedAt is ${Math.round((at - receivedAt) / 1000)} s before the input's instant (at most calls.maxAgeSeconds = ${config.calls.maxAgeSeconds})`,
      "receivedAt",
    );
  if (!Number.isNaN(answeredAt) && (answeredAt < receivedAt || answeredAt > at)) {
    return reject(
      "INVALID_FIELD",
      "answeredAt must lie between receivedAt and the input's instant",
      "answeredAt",
    );
  }

  const codes = checkCodes(ctx, code, flags);
  if (codes !== undefined) return codes;
  const { type, defaulted } = resolveCallType(config, code);
  const priority = callPriority(config, type, flags);
  const target = findAttachTarget(ctx, type.discipline, lon, lat, receivedAt);
  ctx.emit({
    type: "CallReceived",
    at,
    callId,
    receivedAt,
    answeredAt: Number.isNaN(answeredAt) ? null : answeredAt,
    lon,
    lat,
    address,
    callType: type.code,
    callerNumber,
    flags,
    description,
  });
  if (defaulted)
    ctx.emit({ type: "CallTypeDefaulted", at, callId, requestedCode: code, usedCode: type.code });
  if (target !== undefined) {
    const { incident, distanceMeters } = target;
    const fromPriority = incident.priority;
    ctx.emit({
      type: "CallAttached",
      at,
      callId,
      incidentId: incident.id,
      reason: "additional_caller",
      fromIncidentId: null,
      distanceMeters,
    });
    if (priority < fromPriority) {
      const note = `call ${callId}${flags.length > 0 ? ` flags ${flags.join(", ")}` : ""}`;
      ctx.emit({
        type: "IncidentReprioritised",
        at,
        incidentId: incident.id,
        from: fromPriority,
        to: priority,
        reason: "caller_flags",
        note,
      });
    }
    return undefined;
  }
  const call = state.calls.get(callId) as Call;
  createIncidentFor(ctx, call, priority, null);
  return undefined;
}

/** A call's fields as read from its input; answeredAt is NaN when the input has none. */
export interface CallFields {
  readonly callId: string;
  readonly receivedAt: number;
  readonly answeredAt: number;
  readonly lon: number;
  readonly lat: number;
  /** The call type as given ("" when none). */
  readonly typeCode: string;
  readonly address: string;
  readonly callerNumber: string;
  readonly description: string;
  readonly flags: string[];
}

/** Reads and checks a call's fields with FieldCheck, which finds the words for what is wrong. */
export function checkedCallFields(input: ReceiveCall): CallFields | Rejection {
  const f = new FieldCheck(input);
  const callId = f.id("callId");
  const receivedAt = f.number("receivedAt", { int: true, min: 0 });
  const answeredAt = f.number("answeredAt", { optional: true, int: true, min: 0 });
  const [lon, lat] = f.lonLat("lon", "lat");
  const typeCode = f.string("callType", { optional: true, max: 64 });
  const address = f.string("address", { optional: true, max: 500 });
  const callerNumber = f.string("callerNumber", { optional: true, max: 64 });
  const description = f.string("description", { optional: true });
  const flags = f.strings("flags", MAX_FLAGS);
  if (f.rejection !== undefined) return f.rejection;
  return { callId, receivedAt, answeredAt, lon, lat, typeCode, address, callerNumber, description, flags };
}

/**
 * A call's fields as they nearly always come, checked directly: what checkedCallFields gives for
 * the same input, or undefined when anything is missing, malformed or unusual (checkedCallFields
 * then reads it).
 */
export function quickCallFields(input: ReceiveCall): CallFields | undefined {
  const raw = input as unknown as Record<string, unknown>;
  const { callId, receivedAt, answeredAt, lon, lat } = raw;
  if (!isId(callId) || !isWhole(receivedAt)) return undefined;
  if (!(answeredAt === undefined || answeredAt === null || isWhole(answeredAt))) return undefined;
  if (typeof lon !== "number" || typeof lat !== "number" || !isValidLonLat(lon, lat)) return undefined;
  const typeCode = optionalText(raw["callType"], 64);
  const address = optionalText(raw["address"], 500);
  const callerNumber = optionalText(raw["callerNumber"], 64);
  const description = optionalText(raw["description"], 4000);
  const flags = quickFlags(raw["flags"]);
  if (
    typeCode === undefined ||
    address === undefined ||
    callerNumber === undefined ||
    description === undefined ||
    flags === undefined
  )
    return undefined;
  return {
    callId,
    receivedAt,
    answeredAt: typeof answeredAt === "number" ? answeredAt : Number.NaN,
    lon,
    lat,
    typeCode,
    address,
    callerNumber,
    description,
    flags,
  };
}

function isWhole(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

/** An optional text: "" when absent, the text when within `max`, undefined otherwise. */
function optionalText(value: unknown, max: number): string | undefined {
  if (value === undefined || value === null || value === "") return "";
  return typeof value === "string" && value.length <= max ? value : undefined;
}

/** The flags, copied: [] when absent, undefined unless a dense list of at most MAX_FLAGS short texts. */
function quickFlags(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.length > MAX_FLAGS) return undefined;
  const flags: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const flag: unknown = value[i];
    if (typeof flag !== "string" || flag.length > MAX_ID_LENGTH || !(i in value)) return undefined;
    flags.push(flag);
  }
  return flags;
}

/**
 * Codes are matched exactly as configured. A call type that differs from a configured code only
 * in case is refused (it would otherwise fall back to the default type, and its response plan);
 * an unknown flag is refused, never dropped. A code matching nothing falls back to the default
 * type, which CallTypeDefaulted reports.
 */
function checkCodes(ctx: Ctx, code: string, flags: readonly string[]): Outcome {
  const { config } = ctx;
  if (code !== "" && !config.callTypes.has(code)) {
    const lower = code.toLowerCase();
    const near = [...config.callTypes.keys()].find((known) => known.toLowerCase() === lower);
    if (near !== undefined)
      return reject(
        "UNKNOWN_CALL_TYPE",
        `call type ${JSON.stringify(code)} is not configured (codes match exactly, case included): did you mean ${JSON.stringify(near)}?`,
        "callType",
      );
  }
  const unknown = flags.filter((flag) => !config.flags.has(flag));
  if (unknown.length > 0)
    return reject(
      "UNKNOWN_FLAG",
      `unknown caller flag${unknown.length > 1 ? "s" : ""} ${unknown.map((u) => JSON.stringify(u)).join(", ")} (flags match exactly, case included)`,
      "flags",
    );
  return undefined;
}

export function splitCall(ctx: Ctx, input: SplitCall): Outcome {
  const f = new FieldCheck(input);
  const callId = f.id("callId");
  if (f.rejection !== undefined) return f.rejection;
  const call = ctx.state.calls.get(callId);
  if (call === undefined) return reject("UNKNOWN_CALL", `no call ${callId}`, "callId");
  const from = ctx.state.incidents.get(call.incidentId) as Incident;
  if (!ctx.state.active.has(from.id)) {
    return reject("INCIDENT_NOT_ACTIVE", `incident ${from.id} is ${from.status}`, "callId");
  }
  if (from.callIds.length < 2) {
    return reject("CANNOT_SPLIT_ONLY_CALL", `call ${callId} is the only call of ${from.id}`, "callId");
  }
  const { type } = resolveCallType(ctx.config, call.callType);
  createIncidentFor(ctx, call, callPriority(ctx.config, type, call.flags), from.id);
  return undefined;
}

function createIncidentFor(ctx: Ctx, call: Call, priority: number, splitFrom: string | null): void {
  const { state, config, at } = ctx;
  const incidentId = `${config.incidentIdPrefix}${String(state.nextIncidentNumber).padStart(6, "0")}`;
  ctx.emit({
    type: "IncidentCreated",
    at,
    incidentId,
    callType: call.callType,
    priority,
    lon: call.lon,
    lat: call.lat,
    address: call.address,
    zone: config.zones?.zoneAt(call.lon, call.lat) ?? null,
    receivedAt: call.receivedAt,
    answeredAt: call.answeredAt,
    splitFromIncidentId: splitFrom,
  });
  ctx.emit({
    type: "CallAttached",
    at,
    callId: call.id,
    incidentId,
    reason: splitFrom === null ? "first_call" : "split",
    fromIncidentId: splitFrom,
    distanceMeters: 0,
  });
  emitRecommendation(ctx, state.incidents.get(incidentId) as Incident);
}

/** The nearest open incident of the same discipline within the attach distance and time window (ties: lowest id). */
function findAttachTarget(
  ctx: Ctx,
  discipline: string,
  lon: number,
  lat: number,
  receivedAt: number,
): { incident: Incident; distanceMeters: number } | undefined {
  const { state, config } = ctx;
  const options = ATTACH.prepare(config, discipline, receivedAt);
  const [hit] = state.activeByPlace.search(lon, lat, options);
  ATTACH.callTypes = NO_CALL_TYPES;
  return hit === undefined ? undefined : { incident: hit.value, distanceMeters: hit.distanceMeters };
}

const NO_CALL_TYPES: EngineConfig["callTypes"] = new Map();

/**
 * The attach search's filter and options, made once rather than a closure and an options object
 * per call. The filter does not search, so no two searches use it at once: one serves every engine.
 */
class AttachFilter {
  callTypes = NO_CALL_TYPES;
  private discipline = "";
  private receivedAt = 0;
  private windowMs = 0;
  private readonly options: GeoSearchOptions<Incident> = {
    k: 1,
    maxDistanceMeters: 0,
    accept: (incident) => this.accepts(incident),
  };

  prepare(config: EngineConfig, discipline: string, receivedAt: number): GeoSearchOptions<Incident> {
    this.callTypes = config.callTypes;
    this.discipline = discipline;
    this.receivedAt = receivedAt;
    this.windowMs = config.attach.windowSeconds * 1000;
    this.options.maxDistanceMeters = config.attach.distanceMeters;
    return this.options;
  }

  private accepts(incident: Incident): boolean {
    return (
      Math.abs(this.receivedAt - incident.lastCallAt) <= this.windowMs &&
      this.callTypes.get(incident.callType)?.discipline === this.discipline
    );
  }
}

const ATTACH = new AttachFilter();

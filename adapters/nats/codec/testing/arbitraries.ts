/** fast-check arbitraries for engine events and output metadata, independent of the codec's tables. */
import fc from "fast-check";
import {
  UNIT_STATUSES,
  type EngineEvent,
  type EngineEventType,
  type IncidentStatus,
  type IncomingDetail,
} from "../../../../engine/index.ts";
import type { OutputMeta } from "../index.ts";

/** Records with an ordinary prototype, as the engine builds them (toStrictEqual compares prototypes). */
function rec<T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<T> {
  return fc.record(model, { noNullPrototype: true });
}
const str = fc.string({ unit: "grapheme", maxLength: 10 });
const id = fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 12 });
const ms = fc.maxSafeInteger();
const num = fc.double();
const int32 = fc.integer();
const uint32 = fc.integer({ min: 0, max: 2 ** 32 - 1 });
const strings = fc.array(str, { maxLength: 4 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const unitStatus = fc.constantFrom(...UNIT_STATUSES);
const incidentStatus = fc.constantFrom<IncidentStatus>(
  "pending",
  "dispatched",
  "en_route",
  "on_scene",
  "cleared",
  "closed",
);
const station = maybe(rec({ id, lon: num, lat: num }));
const reasons = fc.array(
  fc.constantFrom(
    "CLOSEST_BY_ETA",
    "IN_ZONE",
    "AT_STATION",
    "RETURNING_NO_TURNOUT",
    "STALE_POSITION_AT_STATION",
    "STALE_POSITION_PENALISED",
    "MUTUAL_AID",
  ),
  { maxLength: 4 },
);
const candidate = rec({
  unitId: id,
  unitType: str,
  agency: str,
  etaSeconds: num,
  distanceMeters: num,
  reasons,
});
const busy = rec({
  unitId: id,
  unitType: str,
  status: unitStatus,
  incidentId: maybe(id),
  expectedFreeAt: num,
  etaSeconds: num,
});
const slot = rec({
  label: str,
  types: strings,
  capabilities: strings,
  unit: maybe(candidate),
  candidates: fc.array(candidate, { maxLength: 3 }),
  nextBest: maybe(rec({ unitId: id, deltaSeconds: num })),
  shortfall: fc.array(busy, { maxLength: 3 }),
});
const detail = rec<IncomingDetail>({
  callType: str,
  address: str,
  lon: maybe(num),
  lat: maybe(num),
  calls: fc.array(rec({ id: str, receivedAt: ms, answeredAt: maybe(ms), callerNumber: str }), {
    maxLength: 3,
  }),
  notes: fc.array(rec({ at: ms, author: str, text: str }), { maxLength: 3 }),
  units: fc.array(rec({ name: str, type: str }), { maxLength: 3 }),
  links: strings,
}).chain((d) =>
  fc
    .record({ offer: maybe(fc.constantFrom("share" as const, "transfer" as const)), closed: fc.boolean() })
    .map(({ offer, closed }): IncomingDetail => ({
      ...d,
      ...(offer !== null && { offer }),
      ...(closed && { closed: true as const }),
    })),
);
const roster = { unitId: id, unitType: str, agency: str, capabilities: strings, station, crew: int32 };

const bodies: {
  [T in EngineEventType]: fc.Arbitrary<Omit<Extract<EngineEvent, { type: T }>, "type" | "at">>;
} = {
  CallReceived: rec({
    callId: id,
    receivedAt: ms,
    answeredAt: maybe(ms),
    lon: num,
    lat: num,
    address: str,
    callType: str,
    callerNumber: str,
    flags: strings,
    description: str,
  }),
  CallTypeDefaulted: rec({ callId: id, requestedCode: str, usedCode: str }),
  IncidentCreated: rec({
    incidentId: id,
    callType: str,
    priority: int32,
    lon: num,
    lat: num,
    address: str,
    zone: maybe(str),
    receivedAt: ms,
    answeredAt: maybe(ms),
    splitFromIncidentId: maybe(str),
  }),
  UnitsRecommended: rec({
    incidentId: id,
    callType: str,
    zone: maybe(str),
    slots: fc.array(slot, { maxLength: 3 }),
    complete: fc.boolean(),
  }),
  CallAttached: rec({
    callId: id,
    incidentId: id,
    reason: fc.constantFrom("first_call", "additional_caller", "split"),
    fromIncidentId: maybe(str),
    distanceMeters: num,
  }),
  IncidentReprioritised: rec({
    incidentId: id,
    from: int32,
    to: int32,
    reason: fc.constantFrom("dispatcher", "caller_flags", "overdue", "merge"),
    note: str,
  }),
  IncidentStatusChanged: rec({
    incidentId: id,
    from: incidentStatus,
    to: incidentStatus,
    reason: str,
    disposition: maybe(str),
  }),
  IncidentsMerged: rec({ incidentId: id, intoIncidentId: id, callIds: strings, unitIds: strings }),
  IncidentsLinked: rec({ incidentId: id, otherIncidentId: id }),
  NoteAdded: rec({ incidentId: id, author: str, text: str }),
  UnitDispatched: rec({ unitId: id, incidentId: id }),
  UnitReleased: rec({
    unitId: id,
    incidentId: id,
    reason: fc.constantFrom("cleared", "preempted", "out_of_service", "incident_cleared"),
  }),
  UnitStatusChanged: rec({
    unitId: id,
    from: unitStatus,
    to: unitStatus,
    incidentId: maybe(str),
    reported: str,
  }),
  UnitLocationUpdated: rec({ unitId: id, lon: num, lat: num, fixAt: ms }),
  UnitAdded: rec(roster),
  UnitChanged: rec(roster),
  UnitRetired: rec({ unitId: id }),
  UnitChecked: rec({ unitId: id }),
  IncidentOverdue: rec({
    incidentId: id,
    priority: int32,
    waitedSeconds: num,
    targetSeconds: num,
    count: uint32,
  }),
  UnitStatusOverdue: rec({
    unitId: id,
    status: unitStatus,
    incidentId: maybe(str),
    sinceAt: ms,
    limitSeconds: num,
    count: uint32,
  }),
  LeadershipChanged: rec({
    term: int32,
    replica: str,
    claimId: str,
    previousTerm: int32,
    previousReplica: str,
  }),
  IncomingIncidentReceived: rec({ trackingId: id, senderAgency: str, updatedAt: ms, detail }),
  IncomingIncidentUpdated: rec({ trackingId: id, updatedAt: ms, detail, incidentId: maybe(id) }),
  IncomingIncidentAccepted: rec({ trackingId: id, senderAgency: str, incidentId: id }),
  IncomingIncidentDeclined: rec({ trackingId: id, senderAgency: str, reason: str }),
  IncomingIncidentMerged: rec({
    trackingId: id,
    senderAgency: str,
    intoTrackingId: id,
    incidentId: maybe(id),
    intoIncidentId: maybe(id),
  }),
  IncidentShared: rec({ incidentId: id, toAgency: id }),
  IncidentTransferred: rec({ incidentId: id, toAgency: id, reason: str }),
  IncidentShareEnded: rec({ incidentId: id, toAgency: id, reason: str }),
  IncidentTransferAnswered: rec({
    incidentId: id,
    toAgency: id,
    accepted: fc.boolean(),
    theirIncidentId: maybe(id),
    reason: str,
  }),
  SharedIncidentUpdated: rec({ incidentId: id, fromAgency: id, updatedAt: ms, detail }),
};

/** Every event type, from the Record above: a type added to EngineEvent without a body does not compile. */
export const ALL_EVENT_TYPES: readonly EngineEventType[] = Object.keys(bodies) as EngineEventType[];

export const anyEvent: fc.Arbitrary<EngineEvent> = fc.oneof(
  ...ALL_EVENT_TYPES.map((type) =>
    fc.tuple(bodies[type], ms).map(([body, at]) => ({ type, at, ...body }) as unknown as EngineEvent),
  ),
);

export const outputMeta: fc.Arbitrary<OutputMeta> = rec({
  agency: fc.string({ maxLength: 8 }),
  inputSeq: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  inputId: fc.string({ maxLength: 16 }),
  index: uint32,
});

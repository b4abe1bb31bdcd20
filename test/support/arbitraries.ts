import fc from "fast-check";
import type { Input, InputKind } from "../../engine/index.ts";
import { T0, near, type InputBody } from "./scenario.ts";
import { DEFAULT_SOURCE, editedSource, withPriority } from "./configs.ts";
import { eidoExample, eidoTrackingId } from "../../adapters/nats/index.ts";

const UNITS: [string, string, string][] = [
  ["E1", "engine", "metro-fire"],
  ["E2", "engine", "metro-fire"],
  ["L1", "ladder", "metro-fire"],
  ["M1", "medic", "metro-fire"],
  ["A1", "aid", "county-fire"],
  ["P1", "patrol", "metro-police"],
  ["P2", "patrol", "metro-police"],
];
const CALL_TYPES = ["AID", "MED", "AFA", "FIB", "ASSAULT", "SHOTS", "THEFT", "NOISE", "NOPE"];
const STATUSES = [
  "available",
  "en_route",
  "on_scene",
  "transporting",
  "at_hospital",
  "returning",
  "out_of_service",
  "dispatched",
  "ER",
  "OS",
  "AV",
  "10-97",
  "10-8",
  "bogus",
];
const FLAGS = ["WEAPONS", "INJURIES", "VIOLENCE_IN_PROGRESS", "XX"];

const unitId = fc.oneof(fc.constantFrom(...UNITS.map((u) => u[0])), fc.constant("GHOST"));
const incidentNumber = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 3 }) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 10 }) },
);
const incidentId = fc.oneof(
  { weight: 12, arbitrary: incidentNumber.map((n) => `INC-${String(n).padStart(6, "0")}`) },
  { weight: 1, arbitrary: fc.constant("INC-404") },
);
const callId = fc.integer({ min: 1, max: 6 }).map((n) => `C${n}`);
// Around three hot spots, so some callers attach to an open incident and some do not;
// now and then out of range.
const place = fc.oneof(
  {
    weight: 9,
    arbitrary: fc
      .tuple(
        fc.constantFrom(-3000, 0, 3000),
        fc.integer({ min: -200, max: 200 }),
        fc.integer({ min: -200, max: 200 }),
      )
      .map(([x, e, n]) => near(x + e, n)),
  },
  {
    weight: 1,
    arbitrary: fc.record({ lon: fc.constantFrom(200, -181, Number.NaN), lat: fc.constantFrom(0, 91) }),
  },
);

// The default config, one where AFA and ASSAULT change priority, one with partner agencies (shares
// and transfers are accepted under it), and now and then a content that does not validate
// (rejected, INVALID_CONFIGURATION).
const CONFIG_SOURCES = [
  DEFAULT_SOURCE,
  withPriority("AFA", 1),
  withPriority("ASSAULT", 5),
  editedSource((doc) => {
    (doc as Record<string, unknown>)["sharing"] = { partners: ["county", "metro-police"] };
  }),
];
const configuration = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .constantFrom(...CONFIG_SOURCES)
      .map(({ hash, content }) => ({ kind: "ApplyConfiguration", hash, content }) as InputBody),
  },
  {
    weight: 1,
    arbitrary: fc.constant({
      kind: "ApplyConfiguration",
      hash: "0".repeat(64),
      content: '{"document":{"version":2},"zonesGeoJSON":null}',
    } as InputBody),
  },
);

/**
 * A leadership claim. Its `term` here is a step from the last term the log claimed as the next one
 * (inputLog turns it into the term): mostly +1 (the next term, accepted unless the input is
 * refused for its id or instant), else the same or an older term or a jump of two (STALE_TERM; an
 * older term of 0 or -1 is INVALID_FIELD), now and then a replica name that is no name (INVALID_FIELD
 * or MISSING_FIELD). Every term is an int32, so the log also travels over the wire (codec tests).
 */
const claim = fc
  .record({
    step: fc.oneof(
      { weight: 4, arbitrary: fc.constant(1) },
      { weight: 2, arbitrary: fc.constantFrom(0, -1, 2) },
    ),
    replica: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom("r1", "r2", "engine-b") },
      { weight: 1, arbitrary: fc.constantFrom("no name", "") },
    ),
  })
  .map(({ step, replica }) => ({ kind: "ClaimLeadership", term: step, replica }) as InputBody);

/** Three incidents of a neighbour, each in versions whose update times repeat (older and repeated versions too). */
const EIDO_INCIDENTS = ["N-1", "N-2", "N-3"];
const trackingId = fc.constantFrom(...EIDO_INCIDENTS).map((n) => eidoTrackingId(n, "psap.neighbour.example"));
const eido: fc.Arbitrary<InputBody> = fc
  .record({
    incident: fc.constantFrom(...EIDO_INCIDENTS),
    minute: fc.integer({ min: 0, max: 4 }),
    noPosition: fc.boolean(),
    units: fc.subarray(["E5", "L2", "M7"]),
    broken: fc.integer({ min: 0, max: 9 }),
  })
  .map(
    ({ incident, minute, noPosition, units, broken }) =>
      ({
        kind: "ReceiveEido",
        document:
          broken === 0
            ? "{}"
            : JSON.stringify(eidoExample({ incident, updatedAt: T0 + minute * 60_000, noPosition, units })),
      }) as InputBody,
  );

/** Partner agencies of the test configs (`sharing.partners`), and one that is not. */
const partner = fc.constantFrom("county", "metro-police", "nowhere");

/** How often each kind comes up, and how: a Record, so a new input kind cannot be left out. */
const BODIES: Record<InputKind, { weight: number; arbitrary: fc.Arbitrary<InputBody> }> = {
  ReceiveCall: {
    weight: 5,
    arbitrary: fc
      .record({ callId, callType: fc.constantFrom(...CALL_TYPES), place, flags: fc.subarray(FLAGS) })
      .map(({ place: p, ...c }) => ({ kind: "ReceiveCall", ...c, ...p }) as unknown as InputBody),
  },
  AddUnit: {
    weight: 2,
    arbitrary: fc.constantFrom(...UNITS).map(
      ([id, type, agency]) =>
        ({
          kind: "AddUnit",
          unitId: id,
          unitType: type,
          agency,
          station: { id: `S-${id}`, ...near(0, 0) },
        }) as InputBody,
    ),
  },
  ChangeUnit: {
    weight: 1,
    arbitrary: fc
      .record(
        {
          unitId,
          unitType: fc.constantFrom("engine", "ladder", "medic", "aid", "patrol", "hovercraft"),
          agency: fc.constantFrom("metro-fire", "county-fire", "metro-police", "nowhere"),
          capabilities: fc.subarray(["ALS", "BLS", "RESCUE", "SUPPRESSION", "TRANSPORT"]),
          station: place.map((p) => ({ id: "S-X", ...p })),
          crew: fc.integer({ min: 0, max: 60 }),
        },
        { requiredKeys: ["unitId"] },
      )
      .map((r) => ({ kind: "ChangeUnit", ...r }) as InputBody),
  },
  DispatchUnit: {
    weight: 5,
    arbitrary: fc.record({ incidentId, unitId }).map((r) => ({ kind: "DispatchUnit", ...r }) as InputBody),
  },
  ReassignUnit: {
    weight: 1,
    arbitrary: fc.record({ incidentId, unitId }).map((r) => ({ kind: "ReassignUnit", ...r }) as InputBody),
  },
  UpdateUnitStatus: {
    weight: 6,
    arbitrary: fc
      .record({ unitId, status: fc.constantFrom(...STATUSES) })
      .map((r) => ({ kind: "UpdateUnitStatus", ...r }) as InputBody),
  },
  UpdateUnitLocation: {
    weight: 2,
    arbitrary: fc
      .record({ unitId, place })
      .map(({ unitId: u, place: p }) => ({ kind: "UpdateUnitLocation", unitId: u, ...p }) as InputBody),
  },
  CheckUnit: { weight: 1, arbitrary: unitId.map((u) => ({ kind: "CheckUnit", unitId: u }) as InputBody) },
  SplitCall: { weight: 3, arbitrary: callId.map((c) => ({ kind: "SplitCall", callId: c }) as InputBody) },
  MergeIncidents: {
    weight: 1,
    arbitrary: fc
      .record({ incidentId, intoIncidentId: incidentId })
      .map((r) => ({ kind: "MergeIncidents", ...r }) as InputBody),
  },
  LinkIncidents: {
    weight: 1,
    arbitrary: fc
      .record({ incidentId, otherIncidentId: incidentId })
      .map((r) => ({ kind: "LinkIncidents", ...r }) as InputBody),
  },
  ClearIncident: {
    weight: 2,
    arbitrary: incidentId.map((i) => ({ kind: "ClearIncident", incidentId: i }) as InputBody),
  },
  CloseIncident: {
    weight: 1,
    arbitrary: fc
      .record({ incidentId, disposition: fc.constantFrom("REPORT", "CANCELLED", "WAT") })
      .map((r) => ({ kind: "CloseIncident", ...r }) as InputBody),
  },
  ReopenIncident: {
    weight: 1,
    arbitrary: incidentId.map((i) => ({ kind: "ReopenIncident", incidentId: i }) as InputBody),
  },
  ReprioritiseIncident: {
    weight: 1,
    arbitrary: fc
      .record({ incidentId, priority: fc.integer({ min: 0, max: 6 }) })
      .map((r) => ({ kind: "ReprioritiseIncident", ...r }) as InputBody),
  },
  AddNote: {
    weight: 1,
    arbitrary: fc
      .record({ incidentId, text: fc.constantFrom("smoke seen", "") })
      .map((r) => ({ kind: "AddNote", ...r }) as InputBody),
  },
  RetireUnit: { weight: 1, arbitrary: unitId.map((u) => ({ kind: "RetireUnit", unitId: u }) as InputBody) },
  ApplyConfiguration: { weight: 1, arbitrary: configuration },
  ClaimLeadership: { weight: 1, arbitrary: claim },
  ReceiveEido: { weight: 2, arbitrary: eido },
  AcceptIncoming: {
    weight: 1,
    arbitrary: fc
      .record({ trackingId, place: fc.option(place, { nil: undefined }) })
      .map(({ trackingId: t, place: p }) => ({ kind: "AcceptIncoming", trackingId: t, ...p }) as InputBody),
  },
  DeclineIncoming: {
    weight: 1,
    arbitrary: fc
      .record({ trackingId, reason: fc.constantFrom("not ours", "") })
      .map((r) => ({ kind: "DeclineIncoming", ...r }) as InputBody),
  },
  ShareIncident: {
    weight: 1,
    arbitrary: fc
      .record({ incidentId, toAgency: partner })
      .map((r) => ({ kind: "ShareIncident", ...r }) as InputBody),
  },
  TransferIncident: {
    weight: 1,
    arbitrary: fc
      .record({ incidentId, toAgency: partner, reason: fc.constantFrom("their area", "") })
      .map((r) => ({ kind: "TransferIncident", ...r }) as InputBody),
  },
  EndShare: {
    weight: 1,
    arbitrary: fc
      .record({ incidentId, toAgency: partner })
      .map((r) => ({ kind: "EndShare", ...r }) as InputBody),
  },
  Tick: { weight: 3, arbitrary: fc.constant({ kind: "Tick" } as InputBody) },
};

const body: fc.Arbitrary<InputBody> = fc.oneof(...Object.values(BODIES));

/**
 * A log of mixed valid and invalid inputs: gaps of 0 s to 10 min (so timers fire), now
 * and then a repeated input id or an instant earlier than the one before.
 */
export const inputLog: fc.Arbitrary<Input[]> = fc
  .array(fc.tuple(body, fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 40 })), {
    minLength: 10,
    maxLength: 80,
  })
  .map((random) => {
    let at = T0;
    // The last term claimed as the next one: a claim's generated term is a step from it.
    let claimed = 0;
    return [...PRELUDE, ...random].map(([b, gapSeconds, oddity], n) => {
      at += gapSeconds * 1000;
      const id = oddity === 0 && n > 0 ? `in-${n - 1}` : `in-${n}`;
      const when = oddity === 1 ? at - 5000 : at;
      const input = { ...b, id, at: when } as Input & { receivedAt?: number; term?: number };
      if (input.kind === "ReceiveCall") input.receivedAt = when - 2000;
      if (input.kind === "ClaimLeadership") {
        const step = input.term;
        input.term = claimed + step;
        if (step === 1) claimed = input.term;
      }
      return input as Input;
    });
  });

/** A roster and a few calls first, so the random part meets a working centre, not an empty one. */
const PRELUDE: [InputBody, number, number][] = [
  ...UNITS.map(([id, type, agency]): [InputBody, number, number] => [
    {
      kind: "AddUnit",
      unitId: id,
      unitType: type,
      agency,
      station: { id: `S-${id}`, ...near(0, 0) },
    } as InputBody,
    0,
    9,
  ]),
  [{ kind: "ReceiveCall", callId: "C0", callType: "MED", ...near(-3000, 0) } as InputBody, 1, 9],
  [{ kind: "ReceiveCall", callId: "C00", callType: "ASSAULT", ...near(3000, 0) } as InputBody, 1, 9],
];

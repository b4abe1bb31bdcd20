import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EngineEvent } from "../../../engine/index.ts";
import { InProcessCity } from "../../sim/index.ts";
import { config } from "../../../test/support/scenario.ts";
import {
  CodecError,
  decodeOutput,
  encodeEvent,
  encodeRejection,
  EXAMPLES_AT as T,
  type OutputMeta,
} from "./index.ts";
import { assignmentToWire, type UnitAssignment } from "./assignment.ts";
import { bodyFieldOf, eventToWire } from "./events.ts";
import { pb } from "./pb.ts";
import { ALL_EVENT_TYPES, anyEvent, outputMeta } from "./testing/arbitraries.ts";
import { EVENT_EXAMPLES } from "./testing/events.ts";

const meta: OutputMeta = { agency: "sfd", inputSeq: 1234, inputId: "in-1234", index: 3 };

const roundTrip = (m: OutputMeta, event: EngineEvent) => decodeOutput(encodeEvent(m, event));

describe("encodeEvent / decodeOutput", () => {
  it("has an example of every event type", () => {
    expect(new Set(EVENT_EXAMPLES.map((e) => e.type))).toEqual(new Set(ALL_EVENT_TYPES));
  });

  it("carries the event's operator in the envelope, and none when the event has none", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EVENT_EXAMPLES),
        fc.stringMatching(/^[A-Za-z0-9._@-]{1,64}$/),
        (example, operator) => {
          const event = { ...example, operator } as EngineEvent;
          expect(roundTrip(meta, event)).toStrictEqual({ ...meta, event });
          const without = roundTrip(meta, example);
          expect("event" in without && "operator" in without.event).toBe(false);
        },
      ),
    );
  });

  it.each(EVENT_EXAMPLES.map((e, i) => [`${i}: ${e.type}`, e] as const))(
    "round-trips %s exactly",
    (_, event) => {
      expect(roundTrip(meta, event)).toStrictEqual({ ...meta, event });
    },
  );

  it("keeps -0, NaN, infinities and extreme instants", () => {
    const event: EngineEvent = {
      type: "UnitLocationUpdated",
      at: Number.MAX_SAFE_INTEGER,
      unitId: "E1",
      lon: -0,
      lat: Number.NaN,
      fixAt: Number.MIN_SAFE_INTEGER,
    };
    const decoded = roundTrip({ ...meta, inputSeq: Number.MAX_SAFE_INTEGER, index: 2 ** 32 - 1 }, event);
    expect(decoded).toStrictEqual({ ...meta, inputSeq: Number.MAX_SAFE_INTEGER, index: 2 ** 32 - 1, event });
    expect(Object.is((decoded as { event: { lon: number } }).event.lon, -0)).toBe(true);
    const overdue: EngineEvent = {
      type: "IncidentOverdue",
      at: 0,
      incidentId: "I",
      priority: -1,
      waitedSeconds: Number.POSITIVE_INFINITY,
      targetSeconds: Number.MIN_VALUE,
      count: 0,
    };
    expect(roundTrip({ agency: "", inputSeq: 0, inputId: "", index: 0 }, overdue)).toStrictEqual({
      agency: "",
      inputSeq: 0,
      inputId: "",
      index: 0,
      event: overdue,
    });
  });

  it("round-trips generated events of every type", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(anyEvent, outputMeta, (event, m) => {
        seen.add(event.type);
        expect(roundTrip(m, event)).toStrictEqual({ ...m, event });
      }),
      { numRuns: 3000, seed: 20261124 },
    );
    expect([...seen].sort()).toEqual([...ALL_EVENT_TYPES].sort());
  });

  it("round-trips every event a twelve-hour synthetic city produces", () => {
    const city = new InProcessCity(config, { seed: 11, callsPerHour: 30, start: T });
    const events: EngineEvent[] = [];
    const observe = city.sim.observe.bind(city.sim);
    city.sim.observe = (event: EngineEvent) => {
      events.push(event);
      observe(event);
    };
    city.runUntil(T + 12 * 3_600_000);
    expect(events.length).toBeGreaterThan(1000);
    expect(
      events.some((e) => e.type === "UnitsRecommended" && e.slots.some((s) => s.shortfall.length > 0)),
    ).toBe(true);
    events.forEach((event, index) => {
      expect(roundTrip({ ...meta, index }, event)).toStrictEqual({ ...meta, index, event });
    });
  });

  it("writes the same bytes as the generated cad.v1.Output encoder, with and without operator and assignment", () => {
    const assignments: (UnitAssignment | undefined)[] = [
      undefined,
      { unitId: "E1", unitStatus: "available", incident: null },
      {
        unitId: "M7",
        unitStatus: "en_route",
        incident: {
          incidentId: "I-1",
          status: "dispatched",
          callType: "MED",
          callTypeName: "Medical",
          priority: 1,
          address: "1 Main St",
          lon: -122.3,
          lat: 47.6,
          zone: null,
          receivedAt: T,
          flags: ["weapons"],
          callers: [{ callId: "C-1", receivedAt: T, flags: ["weapons"], description: "fell" }],
          notes: [{ at: T, author: "op", text: "gate code 12" }],
          notesTotal: 1,
          unitIds: ["M7"],
        },
      },
    ];
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        anyEvent,
        outputMeta,
        fc.option(fc.stringMatching(/^[A-Za-z0-9._@-]{1,16}$/), { nil: undefined }),
        fc.constantFrom(...assignments),
        (generated, m, operator, assignment) => {
          const event = (operator === undefined ? generated : { ...generated, operator }) as EngineEvent;
          seen.add(event.type);
          const generic = pb.Output.encode({
            agency: m.agency,
            inputSeq: m.inputSeq,
            inputId: m.inputId,
            index: m.index,
            atMs: event.at,
            operator: event.operator ?? "",
            [bodyFieldOf(event.type)]: eventToWire(event),
            ...(assignment !== undefined && { assignment: assignmentToWire(assignment) }),
          }).finish();
          expect(Buffer.from(encodeEvent(m, event, assignment)).equals(Buffer.from(generic))).toBe(true);
        },
      ),
      { numRuns: 2000, seed: 20261206 },
    );
    expect([...seen].sort()).toEqual([...ALL_EVENT_TYPES].sort());
    const rejection = { code: "UNKNOWN_UNIT", reason: "no unit E9", field: "unitId" } as const;
    const body = {
      inputKind: "DispatchUnit",
      code: rejection.code,
      reason: rejection.reason,
      field: "unitId",
    };
    const generic = pb.Output.encode({ ...meta, atMs: T, operator: "", rejected: body }).finish();
    expect(
      Buffer.from(encodeRejection(meta, T, "DispatchUnit", rejection)).equals(Buffer.from(generic)),
    ).toBe(true);
  });

  it("refuses to encode what the wire cannot carry", () => {
    const event: EngineEvent = { type: "UnitChecked", at: T, unitId: "E1" };
    expect(() => encodeEvent({ ...meta, inputSeq: -1 }, event)).toThrow(CodecError);
    expect(() => encodeEvent({ ...meta, index: 1.5 }, event)).toThrow(CodecError);
    expect(() => encodeEvent(meta, { ...event, at: 0.5 })).toThrow(CodecError);
    const bad = {
      type: "UnitStatusChanged",
      at: T,
      unitId: "E1",
      from: "asleep",
      to: "available",
      incidentId: null,
      reported: "",
    };
    expect(() => encodeEvent(meta, bad as unknown as EngineEvent)).toThrow(
      /UnitStatusChanged.from: "asleep" is not a cad\.v1\.UnitStatus/,
    );
    const created = EVENT_EXAMPLES.find((e) => e.type === "IncidentCreated");
    expect(() => encodeEvent(meta, { ...created, receivedAt: 1.5 } as EngineEvent)).toThrow(
      "IncidentCreated.receivedAt",
    );
  });
});

describe("encodeRejection / decodeOutput", () => {
  it("round-trips a rejection with and without a field", () => {
    const withField = encodeRejection(meta, T, "DispatchUnit", {
      code: "UNIT_NOT_AVAILABLE",
      reason: "E1 is busy",
      field: "unitId",
    });
    expect(decodeOutput(withField)).toStrictEqual({
      ...meta,
      rejected: {
        at: T,
        inputKind: "DispatchUnit",
        code: "UNIT_NOT_AVAILABLE",
        reason: "E1 is busy",
        field: "unitId",
      },
    });
    const without = encodeRejection(meta, T, "Tick", { code: "OUT_OF_ORDER", reason: "late" });
    expect(decodeOutput(without)).toStrictEqual({
      ...meta,
      rejected: { at: T, inputKind: "Tick", code: "OUT_OF_ORDER", reason: "late" },
    });
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EngineEvent } from "../../../engine/index.ts";
import { assignmentToWire, type UnitAssignment } from "./assignment.ts";
import { eventToWire } from "./events.ts";
import { CodecError } from "./errors.ts";
import { HOT_EVENT_TYPES } from "./hot-events.ts";
import { encodeEvent, encodeEventGeneric, encodeRejection, encodeRejectionGeneric } from "./output.ts";
import { pb } from "./pb.ts";
import { anyEvent, outputMeta } from "./testing/arbitraries.ts";
import { EVENT_EXAMPLES } from "./testing/events.ts";

const double = fc.oneof(
  fc.double(),
  fc.constantFrom(0, -0, -180, 180, 90, -90, Number.NaN, Infinity, -Infinity, Number.MIN_VALUE),
);
const instant = fc.oneof(
  fc.maxSafeInteger(),
  fc.constantFrom(0, -0, 1, -1, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Date.UTC(2026, 0, 1)),
);
const fix = fc.record(
  {
    type: fc.constant("UnitLocationUpdated" as const),
    at: fc.oneof(instant, fc.constant(Date.UTC(2026, 0, 1))),
    unitId: fc.oneof(fc.constantFrom("", "E10", "Ünït"), fc.string({ unit: "grapheme", maxLength: 12 })),
    lon: double,
    lat: double,
    fixAt: instant,
  },
  { noNullPrototype: true },
);
const assignment = fc.constantFrom<UnitAssignment | undefined>(undefined, {
  unitId: "E10",
  unitStatus: "en_route",
  incident: null,
});

/** The envelope by the generated encoders, from the event's wire form: what encodeEvent must equal. */
function generic(m: Parameters<typeof encodeEvent>[0], event: EngineEvent, a?: UnitAssignment): Uint8Array {
  return pb.Output.encode({
    agency: m.agency,
    inputSeq: m.inputSeq,
    inputId: m.inputId,
    index: m.index,
    atMs: event.at,
    operator: event.operator ?? "",
    unitLocationUpdated: eventToWire(event),
    ...(a !== undefined && { assignment: assignmentToWire(a) }),
  }).finish();
}

describe("UnitLocationUpdated written from the event (hot-events.ts)", () => {
  it("gives the generated encoder's bytes, with and without operator and assignment, at the boundaries", () => {
    fc.assert(
      fc.property(
        fix,
        outputMeta,
        fc.option(fc.stringMatching(/^[A-Za-z0-9._@-]{1,16}$/), { nil: undefined }),
        assignment,
        (base, m, operator, a) => {
          const event: EngineEvent = operator === undefined ? base : { ...base, operator };
          expect(Buffer.from(encodeEvent(m, event, a)).equals(Buffer.from(generic(m, event, a)))).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("leaves what the wire cannot carry to the generic path, which names the field", () => {
    const m = { agency: "a", inputSeq: 1, inputId: "in-1", index: 0 };
    const event = { type: "UnitLocationUpdated", at: 1, unitId: "E1", lon: 1, lat: 2, fixAt: 3 } as const;
    expect(() => encodeEvent(m, { ...event, fixAt: 1.5 })).toThrow(CodecError);
    expect(() => encodeEvent(m, { ...event, fixAt: 1.5 })).toThrow("UnitLocationUpdated.fixAt");
    expect(() => encodeEvent(m, { ...event, lon: "1" } as unknown as EngineEvent)).toThrow(
      "UnitLocationUpdated.lon",
    );
    expect(() => encodeEvent(m, { ...event, unitId: 7 } as unknown as EngineEvent)).toThrow(
      "UnitLocationUpdated.unitId",
    );
    expect(() => encodeEvent(m, { ...event, at: 0.5 })).toThrow(CodecError);
  });
});

/** Text of any UTF-16 units (lone surrogates too), around protobufjs's 40 and 128 unit thresholds. */
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }),
  fc.string({ unit: "grapheme-ascii", minLength: 35, maxLength: 140 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
);

describe("events written from the event itself (hot-events.ts)", () => {
  it("covers the frequent event types", () => {
    for (const type of [
      "UnitStatusChanged",
      "IncidentStatusChanged",
      "UnitDispatched",
      "CallReceived",
      "NoteAdded",
    ])
      expect(HOT_EVENT_TYPES.has(type)).toBe(true);
  });

  it("gives the generic path's bytes for text of any UTF-16 units and length, optional and listed texts", () => {
    fc.assert(
      fc.property(
        outputMeta,
        anyText,
        anyText,
        fc.option(anyText, { nil: null }),
        fc.array(anyText, { maxLength: 3 }),
        (m, a, b, maybeText, list) => {
          const events: EngineEvent[] = [
            { type: "NoteAdded", at: 5, incidentId: a, author: b, text: a + b },
            {
              type: "UnitStatusChanged",
              at: -7,
              unitId: b,
              from: "available",
              to: "dispatched",
              incidentId: maybeText,
              reported: a,
            },
            {
              ...EVENT_EXAMPLES.find((e) => e.type === "CallReceived")!,
              flags: list,
              description: a,
            } as EngineEvent,
          ];
          for (const event of events) {
            const generic = encodeEventGeneric(m, { ...event, operator: b }, undefined);
            expect(Buffer.from(encodeEvent(m, { ...event, operator: b })).equals(Buffer.from(generic))).toBe(
              true,
            );
          }
          const rejection = { code: "UNIT_NOT_AVAILABLE", reason: a, field: b } as const;
          expect(
            Buffer.from(encodeRejection(m, 9, b, rejection)).equals(
              Buffer.from(encodeRejectionGeneric(m, 9, b, rejection)),
            ),
          ).toBe(true);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("gives the generic path's bytes for any event, meta and operator, and never reuses a returned buffer", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(anyEvent, outputMeta, fc.option(anyText, { nil: undefined })), {
          minLength: 1,
          maxLength: 8,
        }),
        (items) => {
          const outputs = items.map(([e, m, operator]) => {
            const event = (operator === undefined ? e : { ...e, operator }) as EngineEvent;
            return [encodeEvent(m, event), Buffer.from(encodeEventGeneric(m, event))] as const;
          });
          for (const [bytes, generic] of outputs) expect(Buffer.from(bytes).equals(generic)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("keeps every returned buffer as it was, across many slabs", () => {
    const m = { agency: "a", inputSeq: 1, inputId: "in-1", index: 0 };
    const events = Array.from({ length: 3000 }, (_, i) => {
      const example = EVENT_EXAMPLES[i % EVENT_EXAMPLES.length]!;
      return i % 7 === 0
        ? { type: "NoteAdded", at: i, incidentId: "I", author: "a", text: "x".repeat(i % 1000) }
        : example;
    }) as EngineEvent[];
    const kept = events.map((e, i) => encodeEvent({ ...m, inputSeq: i }, e));
    expect(kept.reduce((n, b) => n + b.length, 0)).toBeGreaterThan(4 * 64 * 1024);
    events.forEach((e, i) => {
      expect(Buffer.from(kept[i]!).equals(Buffer.from(encodeEventGeneric({ ...m, inputSeq: i }, e)))).toBe(
        true,
      );
    });
  });

  it("leaves a value the wire cannot carry to the generic path, which throws what it threw", () => {
    const m = { agency: "a", inputSeq: 1, inputId: "in-1", index: 0 };
    const base = EVENT_EXAMPLES.filter((e) => HOT_EVENT_TYPES.has(e.type));
    const bad = [undefined, null, "x", 1.5, -1, 2 ** 32, Number.NaN, {}, [1], ["x", 2], "toString", true];
    let compared = 0;
    for (const event of base)
      for (const field of Object.keys(event).filter((k) => k !== "type"))
        for (const value of bad) {
          const broken = { ...event, [field]: value } as unknown as EngineEvent;
          const generic = attempt(() => encodeEventGeneric(m, broken));
          const hot = attempt(() => encodeEvent(m, broken));
          expect(hot).toStrictEqual(generic);
          compared++;
        }
    expect(compared).toBeGreaterThan(1000);
    for (const meta of [
      { ...m, inputSeq: -1 },
      { ...m, index: 1.5 },
      { ...m, agency: 7 },
      { ...m, inputId: null },
    ])
      expect(attempt(() => encodeEvent(meta as never, base[0]!))).toStrictEqual(
        attempt(() => encodeEventGeneric(meta as never, base[0]!)),
      );
  });
});

describe("a recommendation's slots written from the event (hot-slots.ts)", () => {
  it("leaves a nested value the wire cannot carry to the generic path, which does what it did", () => {
    const m = { agency: "a", inputSeq: 1, inputId: "in-1", index: 0 };
    const event = EVENT_EXAMPLES.find((e) => e.type === "UnitsRecommended") as Extract<
      EngineEvent,
      { type: "UnitsRecommended" }
    >;
    const all = (EVENT_EXAMPLES as (typeof event)[]).flatMap((e) =>
      e.type === "UnitsRecommended" ? e.slots : [],
    );
    const busy = all.flatMap((s) => s.shortfall)[0]!;
    const slot = { ...all.find((s) => s.unit !== null)!, shortfall: [busy] };
    const bad = [undefined, null, "x", 1, {}, [], ["NOPE"], "toString"];
    let compared = 0;
    const variants = (obj: object): object[] =>
      Object.keys(obj).flatMap((k) => bad.map((v) => ({ ...obj, [k]: v })));
    const slots: object[] = [
      ...variants(slot),
      ...variants(slot.unit!).map((unit) => ({ ...slot, unit })),
      ...variants(slot.unit!).map((c) => ({ ...slot, candidates: [slot.unit, c] })),
      ...variants(slot.shortfall[0]!).map((b) => ({ ...slot, shortfall: [b] })),
      ...variants({ unitId: "E2", deltaSeconds: 3 }).map((nextBest) => ({ ...slot, nextBest })),
    ];
    for (const s of slots) {
      const broken = { ...event, slots: [slot, s] } as unknown as EngineEvent;
      expect(attempt(() => encodeEvent(m, broken))).toStrictEqual(
        attempt(() => encodeEventGeneric(m, broken)),
      );
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });
});

/** What an encoder gives: its bytes, or the class and message of what it threw. */
function attempt(encode: () => Uint8Array): unknown {
  try {
    return [...encode()];
  } catch (err) {
    return [(err as Error).constructor.name, (err as Error).message];
  }
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EngineEvent } from "../../../engine/index.ts";
import { assignmentToWire, type UnitAssignment } from "./assignment.ts";
import { eventToWire } from "./events.ts";
import { CodecError } from "./errors.ts";
import { encodeEvent } from "./output.ts";
import { pb } from "./pb.ts";
import { outputMeta } from "./testing/arbitraries.ts";

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

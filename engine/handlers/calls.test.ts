import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ReceiveCall } from "../model/inputs.ts";
import { checkedCallFields, quickCallFields } from "./calls.ts";

/** A value of any kind a decoded or hand-made input may hold in a field. */
const anyValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(""),
  fc.string({ maxLength: 8 }),
  fc.string({ minLength: 60, maxLength: 70 }),
  fc.string({ minLength: 126, maxLength: 130 }),
  fc.constantFrom(0, -0, -1, 1.5, 1e15, Number.NaN, Number.POSITIVE_INFINITY, 180.5, -90.5),
  fc.integer({ min: 0, max: 2_000_000_000_000 }),
  fc.double({ min: -200, max: 200, noNaN: true }),
  fc.boolean(),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
  fc.constant([1, "a"]),
  fc.constant({}),
);

const field = <T>(usual: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: usual, weight: 4 }, { arbitrary: anyValue, weight: 1 });

/** Calls as they usually come, with now and then a field of another kind. */
const calls = fc.record(
  {
    callId: field(fc.string({ minLength: 1, maxLength: 12 })),
    receivedAt: field(fc.integer({ min: 0, max: 2_000_000_000_000 })),
    answeredAt: field(fc.integer({ min: 0, max: 2_000_000_000_000 })),
    lon: field(fc.double({ min: -180, max: 180, noNaN: true })),
    lat: field(fc.double({ min: -90, max: 90, noNaN: true })),
    callType: field(fc.constantFrom("THEFT", "FIRE", "")),
    address: field(fc.string({ maxLength: 20 })),
    callerNumber: field(fc.string({ maxLength: 12 })),
    description: field(fc.string({ maxLength: 20 })),
    flags: field(fc.array(fc.constantFrom("weapons", "injury", "x".repeat(129)), { maxLength: 3 })),
  },
  { requiredKeys: [] },
);

describe("quickCallFields", () => {
  it("reads what checkedCallFields reads, or leaves the input to it", () => {
    let quick = 0;
    fc.assert(
      fc.property(calls, (raw) => {
        const input = { kind: "ReceiveCall", id: "i", at: 0, ...raw } as unknown as ReceiveCall;
        const fields = quickCallFields(input);
        if (fields === undefined) return;
        quick++;
        expect(fields).toStrictEqual(checkedCallFields(input));
      }),
      { numRuns: 2000 },
    );
    expect(quick).toBeGreaterThan(100);
  });

  it("leaves a sparse list of flags to checkedCallFields", () => {
    const flags: string[] = [];
    flags[1] = "weapons";
    const input = { kind: "ReceiveCall", id: "i", at: 0, callId: "c", receivedAt: 1, lon: 1, lat: 1, flags };
    expect(quickCallFields(input as unknown as ReceiveCall)).toBeUndefined();
  });
});

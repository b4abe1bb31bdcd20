import fc from "fast-check";
import protobuf from "protobufjs/minimal.js";
import { describe, expect, it } from "vitest";
import { INPUT_KINDS, type InputKind } from "../../../engine/index.ts";
import {
  CodecError,
  decodeInput,
  decodeOutput,
  encodeEvent,
  encodeInput,
  EXAMPLES_AT as T,
  INPUT_EXAMPLES,
  type DecodedInput,
} from "./index.ts";
import { EVENT_EXAMPLES } from "./testing/events.ts";

const kind = fc.constantFrom(...INPUT_KINDS);

/** Decodes and checks the promise: no throw; ok, or DECODE_ERROR (VALUE_OUT_OF_RANGE) with a reason; what is ok re-encodes. */
function decodeSafely(k: InputKind, bytes: Uint8Array): DecodedInput {
  const result = decodeInput(k, bytes, "in-1", T);
  if (result.ok) {
    expect(result.input.kind).toBe(k);
    expect(() => encodeInput(result.input)).not.toThrow();
  } else if (k === "ReceiveEido") {
    // An EIDO is JSON checked against the NENA schema, not a cad.v1 message.
    expect(result.code).toBe("INVALID_EIDO");
    expect(result.reason).toMatch(/^(not a valid EIDO: at \/|the payload is not a JSON document)/);
  } else {
    expect(["DECODE_ERROR", "VALUE_OUT_OF_RANGE"]).toContain(result.code);
    expect(result.reason).toMatch(new RegExp(`^cad\\.v1\\.${k}: .+`));
  }
  return result;
}

type Mutation = ["flip" | "set" | "insert" | "delete" | "truncate", number, number];

function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  const out = [...bytes];
  for (const [op, at, value] of mutations) {
    const i = out.length === 0 ? 0 : at % out.length;
    if (op === "flip" && out.length > 0) out[i] = (out[i] ?? 0) ^ (1 << (value % 8));
    if (op === "set" && out.length > 0) out[i] = value;
    if (op === "insert") out.splice(i, 0, value);
    if (op === "delete") out.splice(i, 1);
    if (op === "truncate") out.length = i;
  }
  return Uint8Array.from(out);
}

const mutation: fc.Arbitrary<Mutation> = fc.tuple(
  fc.constantFrom("flip", "set", "insert", "delete", "truncate"),
  fc.nat(),
  fc.integer({ min: 0, max: 255 }),
);

/** A message of random fields 1..12 with random wire types and plausible payloads. */
const randomFields = fc
  .array(
    fc.tuple(
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 0, max: 5 }),
      fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
      fc.uint8Array({ maxLength: 12 }),
    ),
    { maxLength: 8 },
  )
  .map((fields) => {
    const w = protobuf.Writer.create();
    for (const [field, wireType, n, bytes] of fields) {
      w.uint32((field << 3) | wireType);
      if (wireType === 0) w.uint64(n.toString());
      if (wireType === 1) w.fixed64(n.toString());
      if (wireType === 2) w.bytes(bytes);
      if (wireType === 5) w.fixed32(Number(n & 0xffffffffn));
    }
    return w.finish();
  });

describe("decodeInput on hostile bytes", () => {
  it("never throws on random bytes", () => {
    fc.assert(
      fc.property(kind, fc.uint8Array({ maxLength: 96 }), (k, bytes) => {
        decodeSafely(k, bytes);
      }),
      { numRuns: 4000, seed: 911 },
    );
  });

  it("never throws on mutated valid messages", () => {
    fc.assert(
      fc.property(kind, fc.array(mutation, { minLength: 1, maxLength: 6 }), (k, mutations) => {
        decodeSafely(k, mutate(encodeInput(INPUT_EXAMPLES[k]), mutations));
      }),
      { numRuns: 4000, seed: 112 },
    );
  });

  it("never throws on well-framed fields of random wire types, and rejects the mismatched ones", () => {
    let errors = 0;
    fc.assert(
      fc.property(kind, randomFields, (k, bytes) => {
        if (!decodeSafely(k, bytes).ok) errors++;
      }),
      { numRuns: 4000, seed: 999 },
    );
    expect(errors).toBeGreaterThan(1000);
  });

  it("names the problem", () => {
    const reason = (k: InputKind, bytes: number[] | Uint8Array) => {
      const result = decodeInput(k, Uint8Array.from(bytes), "in-1", T);
      return result.ok ? "ok" : result.reason;
    };
    // call_id (field 1, a string) sent as a varint
    expect(reason("ReceiveCall", [0x08, 0x05])).toBe(
      "cad.v1.ReceiveCall: callId (field 1) has wire type 0, expected 2",
    );
    // lon (field 4, a double) sent as a varint
    expect(reason("ReceiveCall", [0x20, 0x01])).toContain("lon (field 4) has wire type 0, expected 1");
    // station.lon sent as a varint, inside AddUnit.station (field 5)
    expect(reason("AddUnit", [0x2a, 0x02, 0x10, 0x01])).toContain(
      "station.lon (field 2) has wire type 0, expected 1",
    );
    // a string claiming 4 GiB
    expect(reason("CheckUnit", [0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x41])).toMatch(/out of range|length/);
    // truncated in the middle of a varint and of a double
    expect(reason("ReceiveCall", [0x10, 0x80])).toMatch(/out of range/);
    expect(reason("ReceiveCall", [0x21, 0, 0, 0])).toMatch(/out of range/);
    // wire types 6 and 7 do not exist
    expect(reason("Tick", [0x0e])).toMatch(/wire type/);
    // invalid UTF-8 in a string
    expect(reason("CheckUnit", [0x0a, 0x02, 0xc3, 0x28])).toMatch(/utf-?8|invalid/i);
    // an instant beyond what a JS number holds exactly
    const far = encodeInput({ kind: "UpdateUnitLocation", unitId: "E1", lon: 0, lat: 0, fixAt: 2 ** 53 - 1 });
    expect(reason("UpdateUnitLocation", far)).toBe("ok");
    const farther = protobuf.Writer.create().uint32(0x20).int64("9007199254740993").finish();
    expect(reason("UpdateUnitLocation", farther)).toContain(
      "fixAtMs does not fit a JavaScript number exactly",
    );
    // not bytes at all
    expect(decodeInput("Tick", null as unknown as Uint8Array, "in-1", T)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/Uint8Array/) as unknown,
    });
  });

  it("ignores fields it does not know (a newer sender's)", () => {
    const known = encodeInput(INPUT_EXAMPLES.DispatchUnit);
    const extra = protobuf.Writer.create()
      .uint32((99 << 3) | 2)
      .string("future")
      .finish();
    const result = decodeInput("DispatchUnit", Uint8Array.from([...known, ...extra]), "in-1", T);
    expect(result).toStrictEqual({ ok: true, input: { ...INPUT_EXAMPLES.DispatchUnit, id: "in-1", at: T } });
  });
});

describe("decodeOutput on hostile bytes", () => {
  const meta = { agency: "sfd", inputSeq: 42, inputId: "in-42", index: 1 };
  const valid = EVENT_EXAMPLES.map((e) => encodeEvent(meta, e));

  it("throws nothing but CodecError, with the cause", () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 6 }), (n, mutations) => {
        const bytes = mutate(valid[n % valid.length] ?? new Uint8Array(), mutations);
        try {
          decodeOutput(bytes);
        } catch (err) {
          expect(err).toBeInstanceOf(CodecError);
          expect((err as CodecError).name).toBe("CodecError");
        }
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it("says what is wrong", () => {
    expect(() => decodeOutput(Uint8Array.from([0x0a, 0x05]))).toThrow(
      /cannot decode cad\.v1\.Output: index out of range/,
    );
    const err = (() => {
      try {
        decodeOutput(Uint8Array.from([0x0a, 0x05]));
      } catch (e) {
        return e as CodecError;
      }
    })();
    expect(err?.cause).toBeInstanceOf(Error);
    expect(() => decodeOutput(new Uint8Array())).toThrow("cad.v1.Output has no body");
    // unit_status_changed (field 22) whose `to` (field 3) is 99
    const unknownStatus = protobuf.Writer.create()
      .uint32((22 << 3) | 2)
      .fork()
      .uint32(0x18)
      .uint32(99)
      .ldelim()
      .finish();
    expect(() => decodeOutput(unknownStatus)).toThrow(/is not a known cad\.v1\.UnitStatus/);
  });
});

import fc from "fast-check";
import protobuf from "protobufjs/minimal.js";
import { describe, expect, it } from "vitest";
import { decodeHotInput } from "./hot-inputs.ts";
import { decodeGenerated, decodeInput } from "./inputs.ts";

type HotKind = "UpdateUnitLocation" | "UpdateUnitStatus";
type TextKind = "DispatchUnit" | "ClearIncident" | "CloseIncident" | "AddNote" | "Tick";
/** The text kinds and their field numbers. */
const TEXT_KINDS: Readonly<Record<TextKind, readonly number[]>> = {
  DispatchUnit: [1, 2],
  ClearIncident: [1],
  CloseIncident: [1, 2],
  AddNote: [1, 2, 3],
  Tick: [],
};
const T = Date.UTC(2026, 0, 1);

/** One field as it may come off the wire: a known or unknown number, any wire type, a plausible payload. */
type WireField =
  | { kind: "string"; id: number; bytes: Uint8Array }
  | { kind: "double"; id: number; value: number }
  | { kind: "varint"; id: number; value: bigint }
  | { kind: "fixed32"; id: number; value: number };

const text = fc.oneof(
  fc.constantFrom("", "E10", "en_route", "OS", "x".repeat(200), "Ünït-7", "💥"),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 10 }),
);
/** UTF-8 of a text, or raw bytes (often not valid UTF-8). */
const textBytes = fc.oneof(
  text.map((s) => new TextEncoder().encode(s)),
  fc.uint8Array({ maxLength: 12 }),
  fc.constant(Uint8Array.from([0xc3])),
  fc.constant(Uint8Array.from([0xed, 0xa0, 0x80])),
);
const double = fc.oneof(
  fc.double(),
  fc.constantFrom(0, -0, -180, 180, -90, 90, 180.0000001, Number.NaN, Infinity, -Infinity, 1e308),
);
const varint = fc.oneof(
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
  fc.constantFrom(0n, 1n, -1n, 2n ** 53n - 1n, 2n ** 53n, -(2n ** 53n), 2n ** 63n - 1n, -(2n ** 63n)),
  fc.integer({ min: 0, max: 2 ** 42 }).map(BigInt),
);
const fieldId = fc.oneof(
  fc.integer({ min: 1, max: 4 }),
  fc.integer({ min: 1, max: 4 }),
  fc.integer({ min: 5, max: 40 }),
);
const wireField: fc.Arbitrary<WireField> = fc.oneof(
  fc.record({ kind: fc.constant("string" as const), id: fieldId, bytes: textBytes }),
  fc.record({ kind: fc.constant("double" as const), id: fieldId, value: double }),
  fc.record({ kind: fc.constant("varint" as const), id: fieldId, value: varint }),
  fc.record({
    kind: fc.constant("fixed32" as const),
    id: fieldId,
    value: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  }),
);

function write(fields: readonly WireField[]): Uint8Array {
  const w = protobuf.Writer.create();
  for (const f of fields) {
    if (f.kind === "string") w.uint32((f.id << 3) | 2).bytes(f.bytes);
    if (f.kind === "double") w.uint32((f.id << 3) | 1).double(f.value);
    if (f.kind === "varint") w.uint32(f.id << 3).int64(f.value.toString());
    if (f.kind === "fixed32") w.uint32((f.id << 3) | 5).fixed32(f.value);
  }
  return w.finish();
}

/** A field as a sender writes it: with its own wire type; its text mostly valid UTF-8. */
function senderField(kind: HotKind, id: number): fc.Arbitrary<WireField> {
  if (kind === "UpdateUnitStatus" || id === 1) {
    const bytes = fc.oneof({ weight: 4, arbitrary: text.map((s) => new TextEncoder().encode(s)) }, textBytes);
    return bytes.map((b): WireField => ({ kind: "string", id, bytes: b }));
  }
  if (id === 4) return varint.map((value): WireField => ({ kind: "varint", id, value }));
  return double.map((value): WireField => ({ kind: "double", id, value }));
}

/** The message as senders write it: each field once or twice (fix_at_ms maybe never), in any order, now and then a field too many. */
function typical(kind: HotKind): fc.Arbitrary<WireField[]> {
  const ids = kind === "UpdateUnitStatus" ? [1, 2] : [1, 2, 3, 4];
  const groups = ids.map((id) =>
    fc.array(senderField(kind, id), { minLength: id === 4 ? 0 : 1, maxLength: 2 }),
  );
  const extra = fc.oneof({ weight: 5, arbitrary: fc.constant([]) }, fc.array(wireField, { maxLength: 1 }));
  return fc
    .tuple(...groups, extra)
    .map((gs) => gs.flat())
    .chain((all) => fc.shuffledSubarray(all, { minLength: all.length }));
}

const hotKind = fc.constantFrom<HotKind>("UpdateUnitLocation", "UpdateUnitStatus");

/** The fast decoder either declines or gives exactly what the generated path gives; true when it gave. */
function agrees(kind: HotKind | TextKind, bytes: Uint8Array): boolean {
  const generated = decodeGenerated(kind, bytes, "in-1", T);
  const hot = decodeHotInput(kind, bytes, "in-1", T);
  if (hot !== undefined) expect({ ok: true, input: hot }).toStrictEqual(generated);
  expect(decodeInput(kind, bytes, "in-1", T)).toStrictEqual(generated);
  // Property order too: what the log, snapshots and JSON see.
  const decoded = decodeInput(kind, bytes, "in-1", T);
  if (decoded.ok && generated.ok) expect(Object.keys(decoded.input)).toEqual(Object.keys(generated.input));
  return hot !== undefined;
}

/** agrees() on messages of random fields and on random bytes, of the kinds `kinds` draws. */
function agreesOnRandomInput(kinds: fc.Arbitrary<HotKind | TextKind>): void {
  fc.assert(
    fc.property(kinds, fc.array(wireField, { maxLength: 6 }), (kind, fields) => {
      agrees(kind, write(fields));
    }),
    { numRuns: 2000 },
  );
  fc.assert(
    fc.property(kinds, fc.uint8Array({ maxLength: 40 }), (kind, bytes) => {
      agrees(kind, bytes);
    }),
    { numRuns: 2000 },
  );
}

describe("the hand-written decoders of UpdateUnitLocation and UpdateUnitStatus", () => {
  it("give the generated decoder's input for the messages senders write", () => {
    let decoded = 0;
    fc.assert(
      fc.property(
        hotKind.chain((k) => fc.tuple(fc.constant(k), typical(k))),
        ([kind, fields]) => {
          if (agrees(kind, write(fields))) decoded++;
        },
      ),
      { numRuns: 3000 },
    );
    // The fast path itself was tested, not only its declining.
    expect(decoded).toBeGreaterThan(300);
  });

  it("give the generated decoder's answer for random fields and random bytes", () => {
    agreesOnRandomInput(hotKind);
  });

  it("give the generated decoder's answer for every truncation of a full message", () => {
    const fix = write([
      { kind: "string", id: 1, bytes: new TextEncoder().encode("E10") },
      { kind: "double", id: 2, value: -122.4 },
      { kind: "double", id: 3, value: 37.7 },
      { kind: "varint", id: 4, value: BigInt(T) },
    ]);
    const status = write([
      { kind: "string", id: 1, bytes: new TextEncoder().encode("E10") },
      { kind: "string", id: 2, bytes: new TextEncoder().encode("on_scene") },
    ]);
    for (let n = 0; n <= fix.length; n++) void agrees("UpdateUnitLocation", fix.subarray(0, n));
    for (let n = 0; n <= status.length; n++) void agrees("UpdateUnitStatus", status.subarray(0, n));
    expect(decodeHotInput("UpdateUnitLocation", fix, "in-1", T)).toStrictEqual({
      kind: "UpdateUnitLocation",
      id: "in-1",
      at: T,
      unitId: "E10",
      lon: -122.4,
      lat: 37.7,
      fixAt: T,
    });
    expect(decodeHotInput("UpdateUnitStatus", status, "in-1", T)).toStrictEqual({
      kind: "UpdateUnitStatus",
      id: "in-1",
      at: T,
      unitId: "E10",
      status: "on_scene",
    });
  });

  it("leave an operator's input to the generated path", () => {
    const bytes = write([
      { kind: "string", id: 1, bytes: new TextEncoder().encode("E10") },
      { kind: "string", id: 2, bytes: new TextEncoder().encode("en_route") },
    ]);
    expect(decodeInput("UpdateUnitStatus", bytes, "in-1", T, "op-7")).toStrictEqual(
      decodeGenerated("UpdateUnitStatus", bytes, "in-1", T, "op-7"),
    );
  });
});

describe("the hand-written decoders of inputs of text fields only", () => {
  const textKind = fc.constantFrom(...(Object.keys(TEXT_KINDS) as TextKind[]));
  /** Each field zero to two times, mostly valid UTF-8, in any order, now and then a field too many. */
  const typicalText = textKind.chain((kind) => {
    const groups = TEXT_KINDS[kind].map((id) =>
      fc.array(
        fc
          .oneof({ weight: 4, arbitrary: text.map((t) => new TextEncoder().encode(t)) }, textBytes)
          .map((bytes): WireField => ({ kind: "string", id, bytes })),
        { maxLength: 2 },
      ),
    );
    const extra = fc.oneof({ weight: 5, arbitrary: fc.constant([]) }, fc.array(wireField, { maxLength: 1 }));
    return fc.tuple(
      fc.constant(kind),
      fc
        .tuple(...groups, extra)
        .chain((gs) => fc.shuffledSubarray(gs.flat(), { minLength: gs.flat().length })),
    );
  });

  it("give the generated decoder's input for the messages senders write, and its answer for any other", () => {
    let decoded = 0;
    fc.assert(
      fc.property(typicalText, ([kind, fields]) => {
        if (agrees(kind, write(fields))) decoded++;
      }),
      { numRuns: 3000 },
    );
    expect(decoded).toBeGreaterThan(1000);
    agreesOnRandomInput(textKind);
  });

  it("give the generated decoder's answer for every truncation of a full message", () => {
    const note = write([
      { kind: "string", id: 1, bytes: new TextEncoder().encode("INC-1") },
      { kind: "string", id: 2, bytes: new TextEncoder().encode("gate code ü") },
      { kind: "string", id: 3, bytes: new TextEncoder().encode("op") },
    ]);
    for (let n = 0; n <= note.length; n++) void agrees("AddNote", note.subarray(0, n));
    expect(decodeHotInput("AddNote", note, "in-1", T)).toStrictEqual({
      kind: "AddNote",
      id: "in-1",
      at: T,
      incidentId: "INC-1",
      text: "gate code ü",
      author: "op",
    });
    expect(decodeHotInput("Tick", new Uint8Array(0), "in-1", T)).toStrictEqual({
      kind: "Tick",
      id: "in-1",
      at: T,
    });
  });
});

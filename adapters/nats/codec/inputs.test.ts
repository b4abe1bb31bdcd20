import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyInput, createState, INPUT_KINDS, type Input, type InputKind } from "../../../engine/index.ts";
import { inputLog } from "../../../test/support/arbitraries.ts";
import { config } from "../../../test/support/scenario.ts";
import {
  CodecError,
  decodeInput,
  encodeInput,
  EXAMPLES_AT as T,
  INPUT_EXAMPLES,
  type InputBody,
} from "./index.ts";

const decoded = (kind: InputKind, bytes: Uint8Array): Input => {
  const result = decodeInput(kind, bytes, "in-1", T);
  if (!result.ok) throw new Error(result.reason);
  return result.input;
};

describe("encodeInput / decodeInput", () => {
  it.each(INPUT_KINDS)("round-trips a %s with every field exactly", (kind) => {
    const body = INPUT_EXAMPLES[kind];
    expect(decoded(kind, encodeInput(body))).toStrictEqual({ ...body, id: "in-1", at: T });
  });

  it("round-trips the edges a typical message does not reach: -180/-90, a crew of 0, an emptied list", () => {
    const fix = { kind: "UpdateUnitLocation", unitId: "E10", lon: -180, lat: -90, fixAt: T - 1 } as const;
    expect(decoded("UpdateUnitLocation", encodeInput(fix))).toStrictEqual({ ...fix, id: "in-1", at: T });
    const change: InputBody = {
      kind: "ChangeUnit",
      unitId: "E10",
      unitType: "ladder",
      agency: "county-fire",
      capabilities: [],
      station: { id: "ST-2", lon: 0, lat: 0 },
      crew: 0,
    };
    expect(decoded("ChangeUnit", encodeInput(change))).toStrictEqual({ ...change, id: "in-1", at: T });
  });

  it("takes the id and instant from the log, never from the body", () => {
    const withEnvelope = { ...INPUT_EXAMPLES.CheckUnit, id: "sender-id", at: 1 } as InputBody;
    expect(encodeInput(withEnvelope)).toEqual(encodeInput(INPUT_EXAMPLES.CheckUnit));
    expect(decoded("CheckUnit", encodeInput(withEnvelope))).toMatchObject({ id: "in-1", at: T });
  });

  it("encodes a Tick as an empty message", () => {
    expect(encodeInput({ kind: "Tick" })).toHaveLength(0);
    expect(decoded("Tick", new Uint8Array())).toStrictEqual({ kind: "Tick", id: "in-1", at: T });
  });

  it("decodes fields that were not sent as absent properties, not as 0 or empty", () => {
    const call = decoded("ReceiveCall", encodeInput({ kind: "ReceiveCall", callId: "C-1" } as InputBody));
    expect(call).toStrictEqual({ kind: "ReceiveCall", id: "in-1", at: T, callId: "C-1" });
    for (const field of ["receivedAt", "answeredAt", "lon", "lat", "address", "flags"])
      expect(call).not.toHaveProperty(field);
    expect(decoded("ReprioritiseIncident", new Uint8Array())).toStrictEqual({
      kind: "ReprioritiseIncident",
      id: "in-1",
      at: T,
    });
    const change = decoded("ChangeUnit", encodeInput({ kind: "ChangeUnit", unitId: "E1" }));
    expect(change).toStrictEqual({ kind: "ChangeUnit", id: "in-1", at: T, unitId: "E1" });
  });

  it("keeps an explicit zero apart from a missing number", () => {
    const fix = { kind: "UpdateUnitLocation", unitId: "E1", lon: 0, lat: 0, fixAt: 0 } as const;
    expect(decoded("UpdateUnitLocation", encodeInput(fix))).toStrictEqual({ ...fix, id: "in-1", at: T });
    const noPriority = decoded(
      "ReprioritiseIncident",
      encodeInput({ kind: "ReprioritiseIncident", incidentId: "I" } as InputBody),
    );
    expect(noPriority).not.toHaveProperty("priority");
    const zero = decoded(
      "ReprioritiseIncident",
      encodeInput({ kind: "ReprioritiseIncident", incidentId: "I", priority: 0 }),
    );
    expect(zero).toHaveProperty("priority", 0);
  });

  it("tells ChangeUnit capabilities left out (keep) from an empty list (clear)", () => {
    expect(decoded("ChangeUnit", encodeInput({ kind: "ChangeUnit", unitId: "E1" }))).not.toHaveProperty(
      "capabilities",
    );
    expect(
      decoded("ChangeUnit", encodeInput({ kind: "ChangeUnit", unitId: "E1", capabilities: [] })),
    ).toHaveProperty("capabilities", []);
  });

  it("leaves a station's missing parts absent, for the engine to name", () => {
    const bytes = encodeInput({
      kind: "AddUnit",
      unitId: "E1",
      unitType: "engine",
      agency: "metro-fire",
      station: STATION_NO_ID,
    });
    expect(decoded("AddUnit", bytes)).toHaveProperty("station", { lon: 1, lat: 2 });
  });

  it("lets the engine reject what is missing with MISSING_FIELD", () => {
    const state = createState();
    const missing = (kind: InputKind, body: object) => {
      const input = decoded(kind, encodeInput({ kind, ...body } as InputBody));
      return applyInput(state, config, input).rejection;
    };
    expect(missing("ReceiveCall", { callId: "C-1", receivedAt: T })).toMatchObject({
      code: "MISSING_FIELD",
      field: "lon",
    });
    expect(missing("ReceiveCall", { callId: "C-1", lon: 0, lat: 0 })).toMatchObject({
      code: "MISSING_FIELD",
      field: "receivedAt",
    });
    expect(missing("DispatchUnit", { unitId: "E1" })).toMatchObject({
      code: "MISSING_FIELD",
      field: "incidentId",
    });
    expect(missing("ReprioritiseIncident", { incidentId: "I" })).toMatchObject({ code: "MISSING_FIELD" });
  });

  it("refuses to encode what the wire cannot carry", () => {
    const bad: [InputBody, string][] = [
      [{ kind: "ReceiveCall", callId: "C", receivedAt: 1.5 } as InputBody, "ReceiveCall.receivedAt"],
      [{ kind: "ReceiveCall", callId: "C", receivedAt: 2 ** 53 } as InputBody, "ReceiveCall.receivedAt"],
      [{ kind: "ReprioritiseIncident", incidentId: "I", priority: 2 ** 31 }, "ReprioritiseIncident.priority"],
      [
        { kind: "UpdateUnitLocation", unitId: "E1", lon: "1" as unknown as number, lat: 0 },
        "UpdateUnitLocation.lon",
      ],
      [{ kind: "Nope" } as unknown as InputBody, "unknown input kind"],
    ];
    for (const [body, message] of bad) {
      expect(() => encodeInput(body)).toThrow(CodecError);
      expect(() => encodeInput(body)).toThrow(message);
    }
  });

  it("carries every generated input log so the engine decides exactly as without the wire", () => {
    const run = (log: readonly Input[]) => {
      const state = createState();
      return log.map((input) => applyInput(state, config, input));
    };
    fc.assert(
      fc.property(inputLog, (log) => {
        // An EIDO the schema refuses never reaches the engine off the wire (INVALID_EIDO at
        // decode); the engine refuses it too when handed it directly, with the same code.
        const refused = new Set<number>();
        const wired = log.map(({ id, at, ...body }, i) => {
          const result = decodeInput(body.kind, encodeInput(body as InputBody), id, at);
          if (result.ok) return result.input;
          expect(result.code).toBe("INVALID_EIDO");
          refused.add(i);
          return log[i] as Input;
        });
        const direct = run(log);
        expect(run(wired)).toEqual(direct);
        for (const i of refused) expect(direct[i]?.rejection?.code).toBe("INVALID_EIDO");
      }),
      { numRuns: 300, seed: 20261123 },
    );
  });
});

const STATION_NO_ID = { lon: 1, lat: 2 } as unknown as { id: string; lon: number; lat: number };

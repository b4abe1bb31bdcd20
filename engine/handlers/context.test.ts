import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FieldCheck, isId } from "./context.ts";

describe("isId", () => {
  it("accepts exactly the ids FieldCheck.id accepts, as they are (the handlers' direct reads rely on it)", () => {
    const values = fc.oneof(
      fc.string({ maxLength: 4 }),
      fc.string({ minLength: 125, maxLength: 131 }),
      fc.constantFrom(undefined, null, "", 0, 1, true, [], {}, ["a"]),
    );
    fc.assert(
      fc.property(values, (value) => {
        const f = new FieldCheck({ incidentId: value });
        const read = f.id("incidentId");
        expect(isId(value)).toBe(f.rejection === undefined);
        if (isId(value)) expect(read).toBe(value);
      }),
      { numRuns: 1000 },
    );
  });
});

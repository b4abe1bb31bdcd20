import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdNumbers } from "./id-numbers.ts";

describe("IdNumbers", () => {
  it("answers as a Map after any sequence of adds and deletes, ids from a small alphabet (many collisions)", () => {
    const op = fc.oneof(
      fc.record({
        op: fc.constant("add" as const),
        id: fc.string({ unit: fc.constantFrom("a", "b", "c", "U", "0"), maxLength: 4 }),
      }),
      fc.record({
        op: fc.constant("delete" as const),
        id: fc.string({ unit: fc.constantFrom("a", "b", "c", "U", "0"), maxLength: 4 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        // Numbers are positions in `ids`, given again after a delete, as UnitIndex does.
        const ids: (string | null)[] = [];
        const free: number[] = [];
        const table = new IdNumbers((n) => ids[n]!);
        const model = new Map<string, number>();
        for (const { op, id } of ops) {
          if (op === "add") {
            if (model.has(id)) continue;
            const n = free.pop() ?? ids.length;
            ids[n] = id;
            table.add(id, n);
            model.set(id, n);
          } else {
            expect(table.delete(id)).toBe(model.has(id));
            const n = model.get(id);
            if (n !== undefined) {
              model.delete(id);
              ids[n] = null;
              free.push(n);
            }
          }
          expect(table.size).toBe(model.size);
          for (const [k, n] of model) expect(table.get(k)).toBe(n);
          expect(table.get(id)).toBe(model.get(id) ?? -1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("holds 50,000 ids", () => {
    const ids = Array.from({ length: 50_000 }, (_, i) => `U${i}`);
    const table = new IdNumbers((n) => ids[n]!);
    ids.forEach((id, n) => table.add(id, n));
    for (let n = 0; n < ids.length; n += 7) expect(table.get(ids[n]!)).toBe(n);
    for (let n = 0; n < ids.length; n += 2) expect(table.delete(ids[n]!)).toBe(true);
    for (let n = 0; n < ids.length; n++) expect(table.get(ids[n]!)).toBe(n % 2 === 0 ? -1 : n);
    expect(table.size).toBe(25_000);
  });
});

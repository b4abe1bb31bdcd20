import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArchivedMap, archiveColumns, type ArchivedColumns } from "./archived-map.ts";

interface Item {
  id: string;
  n: number;
}

const key = fc.constantFrom("a", "b", "c", "d", "e", "f", "g");
const op = fc.oneof(
  fc.record({ op: fc.constant("get" as const), key }),
  fc.record({ op: fc.constant("has" as const), key }),
  fc.record({ op: fc.constant("set" as const), key, n: fc.integer() }),
  fc.record({ op: fc.constant("delete" as const), key }),
  fc.record({ op: fc.constant("bump" as const), key }),
  fc.record({ op: fc.constant("size" as const) }),
  fc.record({ op: fc.constant("entries" as const) }),
);

describe("ArchivedMap", () => {
  it("behaves exactly as a Map holding the same entries, whatever is archived, read, changed or deleted", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(key, fc.integer(), fc.boolean()), { selector: (t) => t[0] }),
        fc.array(op, { maxLength: 40 }),
        (initial, ops) => {
          const model = new Map<string, Item>(initial.map(([id, n]) => [id, { id, n }]));
          const archived = new Set<string>(initial.filter(([, , a]) => a).map(([id]) => id));
          // Through JSON, as a snapshot would carry it.
          const columns = JSON.parse(
            JSON.stringify(archiveColumns(model, (id) => archived.has(id))),
          ) as ArchivedColumns<Item>;
          const map = ArchivedMap.restore<Item>(columns);
          const copy = new Map<string, Item>([...model].map(([k, v]) => [k, { ...v }]));
          for (const o of ops) {
            switch (o.op) {
              case "get":
                expect(map.get(o.key)).toEqual(copy.get(o.key));
                break;
              case "has":
                expect(map.has(o.key)).toBe(copy.has(o.key));
                break;
              case "set":
                map.set(o.key, { id: o.key, n: o.n });
                copy.set(o.key, { id: o.key, n: o.n });
                break;
              case "delete":
                expect(map.delete(o.key)).toBe(copy.delete(o.key));
                break;
              case "bump": {
                // A change to a value read from the map lasts.
                const a = map.get(o.key);
                const b = copy.get(o.key);
                if (a !== undefined && b !== undefined) {
                  a.n++;
                  b.n++;
                }
                break;
              }
              case "size":
                expect(map.size).toBe(copy.size);
                break;
              case "entries":
                expect([...map]).toEqual([...copy]);
                break;
            }
          }
          expect([...map.keys()]).toEqual([...copy.keys()]);
          expect([...map.values()]).toEqual([...copy.values()]);
          expect(map.size).toBe(copy.size);
          // Serialising again keeps order and content, archived or not.
          const again = ArchivedMap.restore<Item>(archiveColumns(map, (id) => id < "d"));
          expect([...again]).toEqual([...copy]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("refuses columns that do not fit together", () => {
    const columns = archiveColumns(new Map([["a", { id: "a", n: 1 }]]), () => true);
    expect(() => ArchivedMap.restore({ ...columns, ends: [9999] })).toThrow(/outside its chunk/);
    expect(() => ArchivedMap.restore({ ...columns, ids: ["a", "a"] })).toThrow(/different lengths/);
  });
});

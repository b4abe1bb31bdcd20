import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArchivedMap, archiveColumns, type ArchivedColumns, type LazyText } from "./archived-map.ts";

interface Item {
  id: string;
  n: number;
}

const key = fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "ab", "ba");
const op = fc.oneof(
  fc.record({ op: fc.constant("get" as const), key }),
  fc.record({ op: fc.constant("has" as const), key }),
  fc.record({ op: fc.constant("set" as const), key, n: fc.integer() }),
  fc.record({ op: fc.constant("delete" as const), key }),
  fc.record({ op: fc.constant("bump" as const), key }),
  fc.record({ op: fc.constant("size" as const) }),
  fc.record({ op: fc.constant("entries" as const) }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;
const initialEntries = fc.uniqueArray(fc.tuple(key, fc.integer(), fc.boolean()), { selector: (t) => t[0] });

/** Applies the ops to the map and to a plain Map copy, checking that they answer alike. */
function runOps(map: Map<string, Item>, copy: Map<string, Item>, ops: readonly Op[]): void {
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
}

const setup = (initial: [string, number, boolean][]) => {
  const model = new Map<string, Item>(initial.map(([id, n]) => [id, { id, n }]));
  const archived = new Set<string>(initial.filter(([, , a]) => a).map(([id]) => id));
  const copy = new Map<string, Item>([...model].map(([k, v]) => [k, { ...v }]));
  return { model, archived, copy };
};

describe("ArchivedMap", () => {
  it("behaves exactly as a Map holding the same entries, whatever is archived, read, changed or deleted", () => {
    fc.assert(
      fc.property(initialEntries, fc.array(op, { maxLength: 40 }), (initial, ops) => {
        const { model, archived, copy } = setup(initial);
        // Through JSON, as a snapshot would carry it.
        const columns = JSON.parse(
          JSON.stringify(archiveColumns(model, (id) => archived.has(id))),
        ) as ArchivedColumns<Item>;
        const map = ArchivedMap.restore<Item>(columns);
        runOps(map, copy, ops);
        // Serialising again keeps order and content, archived or not.
        const again = ArchivedMap.restore<Item>(archiveColumns(map, (id) => id < "d"));
        expect([...again]).toEqual([...copy]);
      }),
      { numRuns: 500 },
    );
  });

  it("restored as a snapshot reader hands it over (joined keys, lazy chunks), it decodes only the chunks read, and hands back whole ones undecoded", () => {
    fc.assert(
      fc.property(
        initialEntries,
        fc.array(op, { maxLength: 40 }),
        fc.integer({ min: 1, max: 80 }),
        (initial, ops, chunkChars) => {
          const { model, archived, copy } = setup(initial);
          const plain = archiveColumns(model, (id) => archived.has(id), { chunkChars });
          const ids = plain.ids as readonly string[];
          const decoded = new Set<number>();
          const lazy = plain.chunks.map((chunk, i): LazyText => ({
            length: chunk.length,
            text: () => {
              decoded.add(i);
              return chunk as string;
            },
          }));
          const map = ArchivedMap.restore<Item>({
            ...plain,
            ids: { text: ids.join(""), lengths: Uint32Array.from(ids, (id) => id.length) },
            chunks: lazy,
          });
          expect(decoded.size).toBe(0);
          expect(map.archivedCount).toBe(archived.size);
          runOps(map, copy, ops.slice(0, 20));
          const before = new Set(decoded);
          const archive = (id: string) => id !== "c";
          const again = archiveColumns(map, archive, { keepWholeChunks: true, chunkChars });
          // A chunk handed back as it was is one no entry of which was read: it is not decoded now either.
          for (const chunk of again.chunks)
            if (typeof chunk !== "string") expect(decoded.has(lazy.indexOf(chunk))).toBe(false);
          // Writing it out decodes only chunks that are not kept whole.
          for (const i of decoded) if (!before.has(i)) expect(again.chunks).not.toContain(lazy[i]);
          // Every entry reads back the same from the new columns, and from them as plain data.
          const back = ArchivedMap.restore<Item>(again);
          expect([...back]).toEqual([...copy]);
          runOps(back, copy, ops.slice(20));
          const plainAgain = archiveColumns(back, archive, { chunkChars });
          expect(plainAgain.chunks.every((chunk) => typeof chunk === "string")).toBe(true);
          expect([...ArchivedMap.restore<Item>(plainAgain)]).toEqual([...copy]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("hands back, as they were, the chunks none of whose entries was read, changed or deleted since", () => {
    const model = new Map(["a", "b", "c", "d", "e", "f"].map((id, n) => [id, { id, n }]));
    const plain = archiveColumns(model, () => true, { chunkChars: 40 });
    expect(plain.chunks).toHaveLength(3);
    const decoded: number[] = [];
    const lazy = plain.chunks.map((chunk, i): LazyText => ({
      length: chunk.length,
      text: () => (decoded.push(i), chunk as string),
    }));
    const map = ArchivedMap.restore<Item>({ ...plain, chunks: lazy });
    expect(map.get("c")).toEqual({ id: "c", n: 2 });
    expect(map.delete("f")).toBe(true);
    const again = archiveColumns(map, () => true, { keepWholeChunks: true, chunkChars: 40 });
    expect(again.chunks[0]).toBe(lazy[0]);
    expect(again.chunks.slice(1).every((chunk) => typeof chunk === "string")).toBe(true);
    expect(new Set(decoded)).toEqual(new Set([1, 2]));
    expect([...ArchivedMap.restore<Item>(again)]).toEqual([...model].filter(([id]) => id !== "f"));
  });

  it("refuses columns that do not fit together", () => {
    const columns = archiveColumns(new Map([["a", { id: "a", n: 1 }]]), () => true);
    expect(() => ArchivedMap.restore({ ...columns, ends: [9999] })).toThrow(/outside its chunk/);
    expect(() => ArchivedMap.restore({ ...columns, ids: ["a", "a"] })).toThrow(/different lengths/);
    expect(() =>
      ArchivedMap.restore({ ...columns, ids: ["a", "a"], chunkOf: [0, 0], starts: [0, 0], ends: [1, 1] }),
    ).toThrow(/duplicate id a/);
    expect(() => ArchivedMap.restore({ ...columns, ids: { text: "ab", lengths: [1] } })).toThrow(/add up/);
  });
});

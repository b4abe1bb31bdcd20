import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputIdWindow } from "./id-window.ts";

/** The window's rule written plainly: two generations of ids, the recent one handed down whole when it holds `window`. */
class ModelWindow {
  older: string[] = [];
  recent: string[] = [];
  constructor(readonly window: number) {}
  has(id: string): boolean {
    return this.recent.includes(id) || this.older.includes(id);
  }
  add(id: string): void {
    if (this.recent.length >= this.window) {
      this.older = this.recent;
      this.recent = [];
    }
    this.recent.push(id);
  }
}

const id = fc.oneof(
  fc.constantFrom("a", "b", "c", "in-1", "in-2", "in-10", "in-11"),
  fc.string({ minLength: 1, maxLength: 6 }),
);
/** What the engine does with an input's id (ask, then remember it if new), or a lookup alone, or a remembering without asking. */
const step = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant("accept" as const), id }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("has" as const), id }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("add" as const), id }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("askOtherThenAdd" as const), id, other: id }) },
);

describe("InputIdWindow", () => {
  it("given any order of lookups and new ids, answers as the two-generation rule says, and hands over the same generations", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.array(step, { maxLength: 400 }), (window, steps) => {
        const w = new InputIdWindow(window);
        const m = new ModelWindow(window);
        for (const s of steps) {
          if (s.op === "accept") {
            const seen = w.has(s.id);
            expect(seen).toBe(m.has(s.id));
            if (!seen) {
              w.add(s.id);
              m.add(s.id);
            }
          } else if (s.op === "has") {
            expect(w.has(s.id)).toBe(m.has(s.id));
          } else if (!m.has(s.id)) {
            // add() is only for an id known not to be in the window.
            if (s.op === "askOtherThenAdd") expect(w.has(s.other)).toBe(m.has(s.other));
            w.add(s.id);
            m.add(s.id);
          }
        }
        expect(w.generations()).toEqual({ older: m.older, recent: m.recent });
        expect(w.size).toBe(m.older.length + m.recent.length);
        const rebuilt = new InputIdWindow(window, m.older, m.recent);
        for (const x of [...m.older, ...m.recent, "never-seen"]) expect(rebuilt.has(x)).toBe(m.has(x));
      }),
      { numRuns: 400, seed: 20261206 },
    );
  });

  it("given ids mostly of one sequence (in order, repeated, skipped, with leading zeros, other prefixes), answers as the rule says", () => {
    const seqId = fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 0, max: 60 }).map((n) => `s-${n}`) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 60 }).map((n) => `s-0${n}`) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 60 }).map((n) => `t-${n}`) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 60 }).map((n) => `${n}`) },
      { weight: 1, arbitrary: fc.constantFrom("s-", "s", "s-1x", "s-1234567890", "s-999999999") },
    );
    const seqStep = fc.oneof(
      { weight: 6, arbitrary: fc.record({ op: fc.constant("next" as const) }) },
      { weight: 3, arbitrary: fc.record({ op: fc.constant("accept" as const), id: seqId }) },
      { weight: 1, arbitrary: fc.record({ op: fc.constant("has" as const), id: seqId }) },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom("s-", "t-", ""),
        fc.array(seqStep, { maxLength: 300 }),
        (window, first, steps) => {
          const w = new InputIdWindow(window);
          const m = new ModelWindow(window);
          let next = 0;
          const accept = (x: string): void => {
            const seen = w.has(x);
            expect(seen).toBe(m.has(x));
            if (!seen) {
              w.add(x);
              m.add(x);
            }
          };
          accept(`${first}${next++}`);
          for (const s of steps) {
            if (s.op === "next") accept(`s-${next++}`);
            else if (s.op === "accept") accept(s.id);
            else expect(w.has(s.id)).toBe(m.has(s.id));
          }
          expect(w.generations()).toEqual({ older: m.older, recent: m.recent });
          expect(w.size).toBe(m.older.length + m.recent.length);
          const rebuilt = new InputIdWindow(window, m.older, m.recent);
          expect(rebuilt.generations()).toEqual({ older: m.older, recent: m.recent });
          for (let i = 0; i <= next + 61; i++)
            for (const x of [`s-${i}`, `s-0${i}`, `t-${i}`, `${i}`]) {
              expect(w.has(x)).toBe(m.has(x));
              expect(rebuilt.has(x)).toBe(m.has(x));
            }
        },
      ),
      { numRuns: 400, seed: 20261206 },
    );
  });

  it("remembers an id asked about before the window learnt its prefix, added after another id taught it", () => {
    const w = new InputIdWindow(10);
    expect(w.has("s-5")).toBe(false);
    w.add("s-1");
    w.add("s-5");
    expect(w.has("s-5")).toBe(true);
    expect(w.has("s-1")).toBe(true);
    expect(w.has("s-2")).toBe(false);
    expect(w.generations()).toEqual({ older: [], recent: ["s-1", "s-5"] });
  });

  it("when a generation fills its table's probe runs (a window of thousands of ids), still finds every id it holds", () => {
    const w = new InputIdWindow(5000);
    const m = new ModelWindow(5000);
    for (let i = 0; i < 12_000; i++) {
      const x = `in-${(i * 7919) % 20_000}`;
      expect(w.has(x)).toBe(m.has(x));
      if (!m.has(x)) {
        w.add(x);
        m.add(x);
      }
    }
    for (let i = 0; i < 20_000; i++) expect(w.has(`in-${i}`)).toBe(m.has(`in-${i}`));
  });

  it("given generations of several chunks of ids (rolled over mid-chunk), hands over the same generations and rebuilds from them", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 3000 }),
        fc.integer({ min: 2000, max: 9000 }),
        (window, count) => {
          const w = new InputIdWindow(window);
          const m = new ModelWindow(window);
          for (let i = 0; i < count; i++) {
            // Sequential ids with some repeats of recent and older ones.
            const x = i % 5 === 4 ? `sim-${(i * 37) % (i + 1)}` : `sim-${i}`;
            const seen = w.has(x);
            expect(seen).toBe(m.recent.includes(x) || m.older.includes(x));
            if (!seen) {
              w.add(x);
              m.add(x);
            }
          }
          expect(w.generations()).toEqual({ older: m.older, recent: m.recent });
          expect(w.size).toBe(m.older.length + m.recent.length);
          const rebuilt = new InputIdWindow(window, m.older, m.recent);
          expect(rebuilt.generations()).toEqual({ older: m.older, recent: m.recent });
          for (let i = 0; i < count + 10; i++) expect(rebuilt.has(`sim-${i}`)).toBe(w.has(`sim-${i}`));
        },
      ),
      { numRuns: 12, seed: 20261206 },
    );
  });
});

describe("InputIdWindow built from lists", () => {
  it("given generations longer than its window (a window made smaller), keeps them whole and rolls over on the next id", () => {
    const older = Array.from({ length: 30 }, (_, i) => `o-${i}`);
    const recent = Array.from({ length: 20 }, (_, i) => `r-${i}`);
    const w = new InputIdWindow(5, older, recent);
    expect(w.generations()).toEqual({ older, recent });
    for (const x of [...older, ...recent]) expect(w.has(x)).toBe(true);
    expect(w.has("new")).toBe(false);
    w.add("new");
    expect(w.generations()).toEqual({ older: recent, recent: ["new"] });
    for (const x of older) expect(w.has(x)).toBe(false);
    for (const x of [...recent, "new"]) expect(w.has(x)).toBe(true);
  });

  it("drops a repeat within one generation's list, and keeps an id listed in both generations", () => {
    const w = new InputIdWindow(10, ["a", "b", "a"], ["b", "c", "c"]);
    expect(w.generations()).toEqual({ older: ["a", "b"], recent: ["b", "c"] });
    expect(w.size).toBe(4);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { overlaps, placeLabels, type LabelRequest } from "../../adapters/console/web/map-labels.ts";

const screen = { width: 800, height: 600 };

const request = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  x: fc.double({ min: -50, max: 850, noNaN: true }),
  y: fc.double({ min: -50, max: 650, noNaN: true }),
  w: fc.double({ min: 5, max: 120, noNaN: true }),
  h: fc.constant(14),
  priority: fc.integer({ min: 0, max: 1000 }),
  gap: fc.double({ min: 0, max: 10, noNaN: true }),
  at: fc.constantFrom<"around" | "centre">("around", "centre"),
  insist: fc.boolean(),
});
const box = fc.record({
  x: fc.double({ min: 0, max: 800, noNaN: true }),
  y: fc.double({ min: 0, max: 600, noNaN: true }),
  w: fc.double({ min: 1, max: 20, noNaN: true }),
  h: fc.double({ min: 1, max: 20, noNaN: true }),
});
/** Requests with distinct ids, as the map makes them. */
const requests = fc.uniqueArray(request, { selector: (r) => r.id, maxLength: 150 });

describe("label placement", () => {
  it("no two placed labels overlap, and every one is wholly on screen", () => {
    fc.assert(
      fc.property(requests, fc.array(box, { maxLength: 40 }), (rs, obstacles) => {
        const placed = placeLabels(rs, obstacles, screen);
        for (const [i, a] of placed.entries()) {
          expect(a.x).toBeGreaterThanOrEqual(0);
          expect(a.y).toBeGreaterThanOrEqual(0);
          expect(a.x + a.w).toBeLessThanOrEqual(screen.width);
          expect(a.y + a.h).toBeLessThanOrEqual(screen.height);
          for (const b of placed.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a label covers no marker unless it insists (the selected item's)", () => {
    fc.assert(
      fc.property(requests, fc.array(box, { maxLength: 40 }), (rs, obstacles) => {
        const insists = new Set(rs.filter((r) => r.insist).map((r) => r.id));
        for (const p of placeLabels(rs, obstacles, screen))
          if (!insists.has(p.id)) for (const o of obstacles) expect(overlaps(p, o)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("the label of highest priority is always placed when one of its places is on screen", () => {
    fc.assert(
      fc.property(requests, (rs) => {
        const top: LabelRequest = {
          id: "top!",
          x: 400,
          y: 300,
          w: 60,
          h: 14,
          priority: 10_000,
          gap: 6,
          at: "around",
          insist: true,
        };
        const obstacles = [{ x: 380, y: 280, w: 40, h: 40 }];
        expect(placeLabels([...rs, top], obstacles, screen).map((p) => p.id)).toContain("top!");
      }),
    );
  });

  it("is deterministic: the same requests in any order place the same labels at the same places", () => {
    fc.assert(
      fc.property(requests, fc.array(box, { maxLength: 20 }), (rs, obstacles) => {
        const sort = (ps: ReturnType<typeof placeLabels>) => [...ps].sort((a, b) => (a.id < b.id ? -1 : 1));
        expect(sort(placeLabels([...rs].reverse(), obstacles, screen))).toEqual(
          sort(placeLabels(rs, obstacles, screen)),
        );
      }),
    );
  });

  it("given two units at the same spot, the second's name goes to the left of the first's", () => {
    const at = { x: 100, y: 100, w: 30, h: 14, gap: 7, at: "around" as const };
    const placed = placeLabels(
      [
        { id: "E1", priority: 2, ...at },
        { id: "M1", priority: 1, ...at },
      ],
      [],
      screen,
    );
    expect(placed).toEqual([
      { id: "E1", x: 107, y: 93, w: 30, h: 14 },
      { id: "M1", x: 63, y: 93, w: 30, h: 14 },
    ]);
  });

  it("a name with no free place is left out; a street's name tries further along before giving up", () => {
    const blocker = { id: "A", x: 100, y: 100, w: 40, h: 14, priority: 5, gap: 0, at: "centre" as const };
    const street = {
      id: "Main St",
      x: 100,
      y: 100,
      w: 40,
      h: 14,
      priority: 1,
      gap: 0,
      at: "centre" as const,
    };
    expect(placeLabels([blocker, street], [], screen).map((p) => p.id)).toEqual(["A"]);
    const along = { ...street, more: [{ x: 200, y: 100 }] };
    expect(placeLabels([blocker, along], [], screen)).toEqual([
      { id: "A", x: 80, y: 93, w: 40, h: 14 },
      { id: "Main St", x: 180, y: 93, w: 40, h: 14 },
    ]);
  });
});

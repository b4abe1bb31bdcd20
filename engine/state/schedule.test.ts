import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Incident } from "../model/state.ts";
import { addTimeline, flat } from "./schedule.ts";

describe("flat", () => {
  it("gives the same text for any text, composed or not", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 6 }), (pieces) => {
        const composed = pieces.reduce((text, piece) => `${text}${piece} `, "");
        expect(flat(composed)).toBe(composed);
        expect(flat(pieces.join(""))).toBe(pieces.join(""));
      }),
    );
    expect(flat("")).toBe("");
  });
});

describe("addTimeline", () => {
  const incident = (): Incident => ({ timeline: [] }) as unknown as Incident;

  it("adds the line at the event's instant, with its operator only when it has one", () => {
    const i = incident();
    addTimeline(i, { at: 5 }, `pending -> ${"dispatched"} (${"E1"} ${"dispatched"})`);
    addTimeline(i, { at: 6, operator: "jane" }, "E1 en_route");
    addTimeline(i, { at: 7 }, null);
    expect(i.timeline).toStrictEqual([
      { at: 5, what: "pending -> dispatched (E1 dispatched)" },
      { at: 6, what: "E1 en_route", operator: "jane" },
    ]);
    expect("operator" in (i.timeline[0] as object)).toBe(false);
  });

  it("stops at 1,000 lines", () => {
    const i = incident();
    for (let n = 0; n < 1005; n++) addTimeline(i, { at: n }, `line ${n}`);
    expect(i.timeline).toHaveLength(1000);
    expect(i.timeline.at(-1)).toStrictEqual({ at: 999, what: "line 999" });
  });
});

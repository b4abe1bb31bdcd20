import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { heldMode } from "../../engine/recommend/recommend.ts";
import { playUnitLife, unitLifeArb } from "../support/unit-index-ops.ts";

describe("heldMode (the mode of a search hit, from where the index holds it)", () => {
  it("equals UnitIndex.mode for every held unit after each sweep, fixes at the station and sweeps back in time included (2,000 cases)", () => {
    fc.assert(
      fc.property(unitLifeArb({ backInTime: true }), ([stations, ops]) =>
        playUnitLife(stations, ops, (index, units) => {
          for (const unit of units.values()) {
            const at = index.position(unit.id);
            if (at === undefined) continue;
            expect(heldMode(index, unit, at.lon, at.lat)).toBe(index.mode(unit.id));
          }
        }),
      ),
      { numRuns: 2_000 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { effectivePosition, isIndexedStatus } from "../../engine/recommend/index.ts";
import { playUnitLife, STALE_MS, unitLifeArb } from "../support/unit-index-ops.ts";

describe("UnitIndex keeps every unit where effectivePosition counts it", () => {
  it("after each sweep(now), through fixes (some older than the last), status and type changes and retirements (2,000 cases)", () => {
    fc.assert(
      fc.property(unitLifeArb({ backInTime: false }), ([stations, ops]) =>
        playUnitLife(stations, ops, (index, units, now) => {
          let held = 0;
          for (const unit of units.values()) {
            const want = isIndexedStatus(unit.status) ? effectivePosition(unit, now, STALE_MS) : null;
            if (want !== null) held++;
            expect(index.mode(unit.id)).toBe(want?.mode);
            expect(index.position(unit.id)).toEqual(
              want === null ? undefined : { lon: want.lon, lat: want.lat },
            );
            expect(index.isStale(unit.id)).toBe(want?.mode === "stale");
          }
          expect(index.size).toBe(held);
        }),
      ),
      { numRuns: 2_000 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Unit, UnitStatus } from "../../engine/model/unit.ts";
import { effectivePosition, isIndexedStatus, UnitIndex } from "../../engine/recommend/index.ts";

const STALE_MS = 60_000;
const UNITS = 6;
const STATUSES: UnitStatus[] = ["available", "returning", "en_route", "out_of_service"];

const opArb = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant("fix" as const),
      unit: fc.nat({ max: UNITS - 1 }),
      // Fix times around the clock, now and then behind the unit's last fix.
      ageMs: fc.integer({ min: -20_000, max: 150_000 }),
      dLon: fc.double({ min: -0.05, max: 0.05, noNaN: true }),
      dLat: fc.double({ min: -0.05, max: 0.05, noNaN: true }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("status" as const),
      unit: fc.nat({ max: UNITS - 1 }),
      status: fc.constantFrom(...STATUSES),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("type" as const),
      unit: fc.nat({ max: UNITS - 1 }),
      type: fc.constantFrom("engine", "medic"),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant("retire" as const), unit: fc.nat({ max: UNITS - 1 }) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant("sweep" as const), stepMs: fc.integer({ min: 0, max: 90_000 }) }),
  },
);

function newUnit(i: number, withStation: boolean, at: number): Unit {
  const station = withStation ? { id: `S${i}`, lon: -122.3 + i * 0.01, lat: 47.6 } : null;
  return {
    id: `U${i}`,
    type: "engine",
    capabilities: [],
    agency: "fire",
    station,
    crew: 4,
    status: "available",
    statusSince: at,
    incidentId: null,
    lon: station?.lon ?? null,
    lat: station?.lat ?? null,
    positionAt: station === null ? null : at,
    positionSource: station === null ? null : "station",
    timerToken: -1,
    statusAlerts: 0,
  };
}

describe("UnitIndex keeps every unit where effectivePosition counts it", () => {
  it("after each sweep(now), through fixes (some older than the last), status and type changes and retirements (2,000 cases)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: UNITS, maxLength: UNITS }),
        fc.array(opArb, { minLength: 1, maxLength: 120 }),
        (stations, ops) => {
          const index = new UnitIndex();
          const units = new Map<string, Unit>();
          let now = 1_000_000;
          const add = (i: number) => {
            const unit = newUnit(i, stations[i]!, now);
            units.set(unit.id, unit);
            index.place(unit);
            return unit;
          };
          for (let i = 0; i < UNITS; i++) add(i);
          for (const op of ops) {
            if (op.op === "sweep") {
              now += op.stepMs;
              index.sweep(now, STALE_MS);
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
              continue;
            }
            const unit = units.get(`U${op.unit}`) ?? add(op.unit);
            if (op.op === "fix") {
              unit.lon = (unit.lon ?? -122.3) + op.dLon;
              unit.lat = (unit.lat ?? 47.6) + op.dLat;
              unit.positionAt = now - op.ageMs;
              unit.positionSource = "avl";
              index.place(unit);
            } else if (op.op === "status") {
              unit.status = op.status;
              index.statusChanged(unit);
            } else if (op.op === "type") {
              unit.type = op.type;
              index.place(unit);
            } else {
              units.delete(unit.id);
              index.remove(unit.id);
            }
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Unit, UnitStatus } from "../../engine/model/unit.ts";
import { heldMode } from "../../engine/recommend/recommend.ts";
import { UnitIndex } from "../../engine/recommend/index.ts";

const STALE_MS = 60_000;
const UNITS = 6;
const STATUSES: UnitStatus[] = ["available", "returning", "en_route", "out_of_service"];

const opArb = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant("fix" as const),
      unit: fc.nat({ max: UNITS - 1 }),
      ageMs: fc.integer({ min: -20_000, max: 150_000 }),
      // Now and then a fix at the unit's station exactly, or where it already is.
      where: fc.constantFrom("move", "move", "move", "station", "same"),
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
    arbitrary: fc.record({ op: fc.constant("retire" as const), unit: fc.nat({ max: UNITS - 1 }) }),
  },
  {
    weight: 3,
    // Sweeps mostly forward in time, sometimes back (the index keeps what an earlier sweep aged).
    arbitrary: fc.record({
      op: fc.constant("sweep" as const),
      stepMs: fc.integer({ min: -70_000, max: 90_000 }),
    }),
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

describe("heldMode (the mode of a search hit, from where the index holds it)", () => {
  it("equals UnitIndex.mode for every held unit after each sweep, fixes at the station included (2,000 cases)", () => {
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
              for (const unit of units.values()) {
                const at = index.position(unit.id);
                if (at === undefined) continue;
                expect(heldMode(index, unit, at.lon, at.lat)).toBe(index.mode(unit.id));
              }
              continue;
            }
            const unit = units.get(`U${op.unit}`) ?? add(op.unit);
            if (op.op === "fix") {
              if (op.where === "station" && unit.station !== null) {
                unit.lon = unit.station.lon;
                unit.lat = unit.station.lat;
              } else if (op.where !== "same" || unit.lon === null || unit.lat === null) {
                unit.lon = (unit.lon ?? -122.3) + op.dLon;
                unit.lat = (unit.lat ?? 47.6) + op.dLat;
              }
              unit.positionAt = now - op.ageMs;
              unit.positionSource = "avl";
              index.place(unit);
            } else if (op.op === "status") {
              unit.status = op.status;
              index.statusChanged(unit);
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

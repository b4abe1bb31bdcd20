import fc from "fast-check";
import type { Unit, UnitStatus } from "../../engine/model/unit.ts";
import { UnitIndex } from "../../engine/recommend/index.ts";

/**
 * Random lives of a few units told to a UnitIndex: AVL fixes (some older than the last, some at the
 * station or where the unit already is), status and type changes, retirements, and sweeps of the
 * clock; for the properties of the index (test/core/unit-index.test.ts) and of what the
 * recommendation reads from it (test/core/recommend-held-mode.test.ts).
 */
export const STALE_MS = 60_000;
export const UNITS = 6;
const STATUSES: UnitStatus[] = ["available", "returning", "en_route", "out_of_service"];

export interface UnitOpsOptions {
  /** Sweeps may go back in time (the index keeps what an earlier sweep aged). */
  readonly backInTime: boolean;
}

/** One step: a unit's fix, status, type or retirement, or a sweep of the clock. */
export function unitOpArb({ backInTime }: UnitOpsOptions) {
  const unit = fc.nat({ max: UNITS - 1 });
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        op: fc.constant("fix" as const),
        unit,
        // Fix times around the clock, now and then behind the unit's last fix.
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
        unit,
        status: fc.constantFrom(...STATUSES),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant("type" as const),
        unit,
        type: fc.constantFrom("engine", "medic"),
      }),
    },
    { weight: 1, arbitrary: fc.record({ op: fc.constant("retire" as const), unit }) },
    {
      weight: 3,
      arbitrary: fc.record({
        op: fc.constant("sweep" as const),
        stepMs: fc.integer({ min: backInTime ? -70_000 : 0, max: 90_000 }),
      }),
    },
  );
}

export type UnitOp = ReturnType<typeof unitOpArb> extends fc.Arbitrary<infer O> ? O : never;

/** Which units have a station, then the steps. */
export function unitLifeArb(options: UnitOpsOptions) {
  return fc.tuple(
    fc.array(fc.boolean(), { minLength: UNITS, maxLength: UNITS }),
    fc.array(unitOpArb(options), { minLength: 1, maxLength: 120 }),
  );
}

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

/**
 * Plays a unit life into a new UnitIndex, as the engine tells it (place, statusChanged, remove), and
 * calls `afterSweep` after each sweep with the index, the units alive and the clock.
 */
export function playUnitLife(
  stations: readonly boolean[],
  ops: readonly UnitOp[],
  afterSweep: (index: UnitIndex, units: ReadonlyMap<string, Unit>, now: number) => void,
): void {
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
      afterSweep(index, units, now);
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
    } else if (op.op === "type") {
      unit.type = op.type;
      index.place(unit);
    } else {
      units.delete(unit.id);
      index.remove(unit.id);
    }
  }
}

import type { AddUnit, ChangeUnit, CheckUnit, RetireUnit, UpdateUnitLocation } from "../model/inputs.ts";
import { reject, type Rejection } from "../model/rejection.ts";
import type { Station, Unit } from "../model/state.ts";
import type { Ctx } from "./context.ts";
import { FieldCheck, isId, type Outcome } from "./context.ts";
import { isValidLonLat } from "../geo/index.ts";

const MAX_CAPABILITIES = 32;
const MAX_CREW = 50;
/**
 * A unit id names the unit's terminal subject `cad.<agency>.unit.<id>.>`, so it must be one NATS
 * subject token: 1-32 ASCII letters, digits, "_" or "-" (no ".", "*", ">", spaces or other letters).
 */
const UNIT_ID = /^[A-Za-z0-9_-]{1,32}$/;

interface UnitFields {
  unitType: string;
  agency: string;
  capabilities: string[];
  station: Station | null;
  crew: number;
}

export function addUnit(ctx: Ctx, input: AddUnit): Outcome {
  const f = new FieldCheck(input);
  const unitId = f.id("unitId");
  const fields = readUnitFields(ctx, f, input, undefined);
  if ("code" in fields) return fields;
  if (!UNIT_ID.test(unitId))
    return reject(
      "INVALID_UNIT_ID",
      `unit id ${JSON.stringify(unitId)} must be 1-32 letters A-Z a-z, digits, "_" or "-"`,
      "unitId",
    );
  if (ctx.state.units.has(unitId))
    return reject("DUPLICATE_UNIT", `unit ${unitId} is already on the roster`, "unitId");
  ctx.emit({ type: "UnitAdded", at: ctx.at, unitId, ...fields });
  return undefined;
}

export function changeUnit(ctx: Ctx, input: ChangeUnit): Outcome {
  const f = new FieldCheck(input);
  const unitId = f.id("unitId");
  if (f.rejection !== undefined) return f.rejection;
  const unit = ctx.state.units.get(unitId);
  if (unit === undefined) return reject("UNKNOWN_UNIT", `no unit ${unitId}`, "unitId");
  const fields = readUnitFields(ctx, f, input, unit);
  if ("code" in fields) return fields;
  ctx.emit({ type: "UnitChanged", at: ctx.at, unitId, ...fields });
  return undefined;
}

export function retireUnit(ctx: Ctx, input: RetireUnit): Outcome {
  const unit = readUnit(ctx, input);
  if ("code" in unit) return unit;
  if (unit.incidentId !== null)
    return reject("UNIT_BUSY", `unit ${unit.id} serves ${unit.incidentId}; clear it first`, "unitId");
  ctx.emit({ type: "UnitRetired", at: ctx.at, unitId: unit.id });
  return undefined;
}

export function updateUnitLocation(ctx: Ctx, input: UpdateUnitLocation): Outcome {
  const { unitId, lon, lat, fixAt } = input;
  // An AVL fix as it nearly always comes, checked directly; FieldCheck reads any other.
  if (
    !isId(unitId) ||
    !isValidLonLat(lon, lat) ||
    !(fixAt === undefined || (Number.isInteger(fixAt) && fixAt >= 0))
  )
    return checkedUnitLocation(ctx, input);
  const unit = ctx.state.units.get(unitId);
  if (unit === undefined) return reject("UNKNOWN_UNIT", `no unit ${unitId}`, "unitId");
  return locateUnit(ctx, unit, lon, lat, fixAt ?? ctx.at);
}

function checkedUnitLocation(ctx: Ctx, input: UpdateUnitLocation): Outcome {
  const f = new FieldCheck(input);
  const [lon, lat] = f.lonLat("lon", "lat");
  const fixAt = f.number("fixAt", { optional: true, int: true, min: 0 });
  const unit = readUnit(ctx, input, f);
  if ("code" in unit) return unit;
  return locateUnit(ctx, unit, lon, lat, Number.isNaN(fixAt) ? ctx.at : fixAt);
}

function locateUnit(ctx: Ctx, unit: Unit, lon: number, lat: number, at: number): Outcome {
  if (at > ctx.at) return reject("INVALID_FIELD", "fixAt is after the input was accepted", "fixAt");
  if (unit.positionSource === "avl" && unit.positionAt !== null && at < unit.positionAt) {
    return reject(
      "STALE_POSITION",
      `fix at ${at} is older than the unit's last position at ${unit.positionAt}`,
      "fixAt",
    );
  }
  ctx.emit({ type: "UnitLocationUpdated", at: ctx.at, unitId: unit.id, lon, lat, fixAt: at });
  return undefined;
}

export function checkUnit(ctx: Ctx, input: CheckUnit): Outcome {
  const unit = readUnit(ctx, input);
  if ("code" in unit) return unit;
  ctx.emit({ type: "UnitChecked", at: ctx.at, unitId: unit.id });
  return undefined;
}

function readUnit<T extends { readonly unitId: string }>(
  ctx: Ctx,
  input: T,
  f?: FieldCheck<T>,
): Unit | Rejection {
  let unitId = input.unitId;
  if (f !== undefined || !isId(unitId)) {
    const check = f ?? new FieldCheck(input);
    unitId = check.id("unitId");
    if (check.rejection !== undefined) return check.rejection;
  }
  return ctx.state.units.get(unitId) ?? reject("UNKNOWN_UNIT", `no unit ${unitId}`, "unitId");
}

/** Reads the roster fields; for a change, absent fields keep the unit's current values. */
function readUnitFields(
  ctx: Ctx,
  f: FieldCheck<AddUnit | ChangeUnit>,
  input: AddUnit | ChangeUnit,
  current: Unit | undefined,
): UnitFields | Rejection {
  const optional = current !== undefined;
  const unitType = f.string("unitType", { optional, max: 128 }) || (current?.type ?? "");
  const agency = f.string("agency", { optional, max: 128 }) || (current?.agency ?? "");
  const raw = input as unknown as Record<string, unknown>;
  const capabilities =
    raw["capabilities"] === undefined && current !== undefined
      ? current.capabilities
      : f.strings("capabilities", MAX_CAPABILITIES);
  const crewValue = f.number("crew", { optional: true, int: true, min: 0, max: MAX_CREW });
  const station = readStation(f, raw["station"], current);
  if (f.rejection !== undefined) return f.rejection;
  if (!ctx.config.unitTypes.has(unitType))
    return reject("UNKNOWN_UNIT_TYPE", `"${unitType}" is not a configured unit type`, "unitType");
  if (!ctx.config.agencies.has(agency))
    return reject("UNKNOWN_AGENCY", `"${agency}" is not a configured agency`, "agency");
  const crew = Number.isNaN(crewValue) ? (current?.crew ?? 1) : crewValue;
  return { unitType, agency, capabilities: [...capabilities], station, crew };
}

function readStation(
  f: FieldCheck<AddUnit | ChangeUnit>,
  raw: unknown,
  current: Unit | undefined,
): Station | null {
  if (raw === undefined || raw === null) return current?.station ?? null;
  if (typeof raw !== "object")
    return f.fail("INVALID_FIELD", "station must be {id, lon, lat}", "station", null);
  const s = raw as Record<string, unknown>;
  const id = s["id"];
  if (typeof id !== "string" || id.length === 0 || id.length > 128)
    return f.fail("MISSING_FIELD", "station.id is required", "station", null);
  const [lon, lat] = f.lonLat("lon", "lat", s);
  return Number.isNaN(lon) ? null : { id, lon, lat };
}

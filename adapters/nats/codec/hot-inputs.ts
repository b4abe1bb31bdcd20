import type { Input, InputKind } from "../../../engine/index.ts";
import { type Int64, int64ToNumber, readerFor } from "./pb.ts";

type Reader = ReturnType<typeof readerFor>;

/**
 * Hand-written decoders of the two inputs that make most of the traffic (AVL fixes and status
 * reports), for the form they nearly always take: each field sent with its own wire type, the
 * required ones not empty, no other field, no operator. They read with the same protobufjs Reader
 * methods as the generated decoders (so the same values) and build the same input, with its
 * properties in the same order. Undefined means "not that form" (a field missing or empty, an
 * unknown or mistyped field, an instant beyond a safe integer, bytes that do not parse): the
 * caller then takes the generated path, which says what is wrong. hot-inputs.test.ts compares
 * the two on random and boundary messages.
 */
export function decodeHotInput(
  kind: InputKind,
  bytes: Uint8Array,
  id: string,
  at: number,
): Input | undefined {
  try {
    if (kind === "UpdateUnitLocation") return unitLocation(readerFor(bytes), id, at);
    if (kind === "UpdateUnitStatus") return unitStatus(readerFor(bytes), id, at);
    return undefined;
  } catch {
    return undefined;
  }
}

/** cad.v1.UpdateUnitLocation: unit_id = 1 (string), lon = 2, lat = 3 (double), fix_at_ms = 4 (int64). */
function unitLocation(r: Reader, id: string, at: number): Input | undefined {
  let unitId = "";
  let lon: number | undefined;
  let lat: number | undefined;
  let fixAt: number | undefined;
  while (r.pos < r.len) {
    switch (r.tag()) {
      case 10:
        unitId = r.stringVerify();
        break;
      case 17:
        lon = r.double();
        break;
      case 25:
        lat = r.double();
        break;
      case 32:
        fixAt = int64ToNumber(r.int64() as unknown as Int64);
        if (fixAt === undefined) return undefined;
        break;
      default:
        return undefined;
    }
  }
  if (unitId === "" || lon === undefined || lat === undefined) return undefined;
  return fixAt === undefined
    ? { kind: "UpdateUnitLocation", id, at, unitId, lon, lat }
    : { kind: "UpdateUnitLocation", id, at, unitId, lon, lat, fixAt };
}

/** cad.v1.UpdateUnitStatus: unit_id = 1, status = 2 (strings). */
function unitStatus(r: Reader, id: string, at: number): Input | undefined {
  let unitId = "";
  let status = "";
  while (r.pos < r.len) {
    switch (r.tag()) {
      case 10:
        unitId = r.stringVerify();
        break;
      case 18:
        status = r.stringVerify();
        break;
      default:
        return undefined;
    }
  }
  if (unitId === "" || status === "") return undefined;
  return { kind: "UpdateUnitStatus", id, at, unitId, status };
}

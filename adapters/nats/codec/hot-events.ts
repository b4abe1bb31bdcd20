import type { UnitLocationUpdated } from "../../../engine/index.ts";
import type protobuf from "protobufjs/minimal.js";

/**
 * Whether an AVL fix's fields are what cad.v1.UnitLocationUpdated carries (the checks the generic
 * path makes: text, numbers, a whole number of milliseconds). When one is not, the generic path
 * encodes it, or names the field that cannot go.
 */
export function fitsUnitLocation(e: UnitLocationUpdated): boolean {
  return (
    typeof e.unitId === "string" &&
    typeof e.lon === "number" &&
    typeof e.lat === "number" &&
    Number.isSafeInteger(e.fixAt)
  );
}

/**
 * cad.v1.UnitLocationUpdated written from the event itself, field by field as the generated
 * encoder writes it (defaults left out: "", 0 but not -0), without first building the message
 * object with the wire's field names. hot-events.test.ts compares the bytes.
 */
export function writeUnitLocation(e: UnitLocationUpdated, w: protobuf.Writer): protobuf.Writer {
  if (e.unitId !== "") w.uint32(10).string(e.unitId);
  if (!Object.is(e.lon, 0)) w.uint32(17).double(e.lon);
  if (!Object.is(e.lat, 0)) w.uint32(25).double(e.lat);
  if (e.fixAt !== 0) w.uint32(32).int64(e.fixAt);
  return w;
}

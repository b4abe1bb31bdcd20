import type { Input, InputKind } from "../../../engine/index.ts";
import { type Int64, int64ToNumber, messageFields, readerFor } from "./pb.ts";

type Reader = ReturnType<typeof readerFor>;

/**
 * Hand-written decoders of the two inputs that make most of the traffic (AVL fixes and status
 * reports), and of the inputs of text fields only (dispatches, clears, closes, notes, ticks), for
 * the form they nearly always take: each field sent with its own wire type, the
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
    const texts = TEXT_KINDS.get(kind);
    return texts === undefined ? undefined : textFields(kind, texts, readerFor(bytes), id, at);
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

/**
 * The inputs whose fields are all texts, each field's name in the order the generic path adds them
 * (inputs.ts's INPUT_FIELDS), with its tag from cad.json. A kind whose fields are not all plain
 * strings there is left out.
 */
const TEXT_KINDS: ReadonlyMap<InputKind, readonly { readonly name: string; readonly tag: number }[]> =
  new Map(
    (
      [
        ["DispatchUnit", ["incidentId", "unitId"]],
        ["ClearIncident", ["incidentId"]],
        ["CloseIncident", ["incidentId", "disposition"]],
        ["AddNote", ["incidentId", "text", "author"]],
        ["Tick", []],
      ] as const
    ).flatMap(([kind, names]) => {
      const proto = messageFields(kind);
      if (proto === undefined || Object.keys(proto).length !== names.length) return [];
      const fields = names.map((name) => ({ name, field: proto[name] }));
      if (fields.some(({ field }) => field?.type !== "string" || field.rule !== undefined)) return [];
      return [[kind, fields.map(({ name, field }) => ({ name, tag: ((field?.id ?? 0) << 3) | 2 }))]];
    }),
  );

/** A message of text fields: each sent as a string (the last one wins), "" or unsent left out, as the generic path does. */
function textFields(
  kind: InputKind,
  fields: readonly { readonly name: string; readonly tag: number }[],
  r: Reader,
  id: string,
  at: number,
): Input | undefined {
  const values: string[] = fields.map(() => "");
  while (r.pos < r.len) {
    const tag = r.tag();
    const i = fields.findIndex((f) => f.tag === tag);
    if (i < 0) return undefined;
    values[i] = r.stringVerify();
  }
  const input: Record<string, unknown> = { kind, id, at };
  for (let i = 0; i < fields.length; i++) if (values[i] !== "") input[fields[i]!.name] = values[i];
  return input as unknown as Input;
}

import {
  eidoSchemaAvailable,
  eidoSchemaDir,
  loadEidoValidator,
  type EidoValidator,
} from "../../rms/eido-schema.ts";
import type { Input } from "../../../engine/index.ts";

/** What decoding an EIDO payload gave: the ReceiveEido input, or why it is refused. */
export type DecodedEido =
  | { readonly ok: true; readonly input: Input }
  | {
      readonly ok: false;
      readonly code: "INVALID_EIDO" | "DECODE_ERROR";
      readonly reason: string;
      readonly field?: string;
    };

let validator: EidoValidator | undefined;

/**
 * The validator of EmergencyIncidentDataObjectType, loaded once from the NENA schema
 * ($CAD_DATA_DIR/nena-eido, else ../shared/data/nena-eido). The schema is fixed data, so a
 * replay validates every EIDO of the log exactly as it was validated when first read.
 */
function eidoValidator(): EidoValidator | undefined {
  if (validator === undefined && eidoSchemaAvailable()) validator = loadEidoValidator();
  return validator;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The payload of `cad.<agency>.in.eido`: an EIDO document as JSON. A payload that is not UTF-8
 * JSON, or not valid against the schema, is INVALID_EIDO with the JSON pointer of the first
 * error in the document and in the schema; a valid one is the input ReceiveEido with the
 * document's text. Never throws.
 */
export function decodeEido(bytes: Uint8Array, id: string, at: number, operator?: string): DecodedEido {
  let text: string;
  let doc: unknown;
  try {
    text = utf8.decode(bytes);
    doc = JSON.parse(text);
  } catch (err) {
    return invalid(`the payload is not a JSON document (${(err as Error).message})`);
  }
  const validate = eidoValidator();
  if (validate === undefined)
    return {
      ok: false,
      code: "DECODE_ERROR",
      reason: `the NENA EIDO schema is not installed at ${eidoSchemaDir()} (set CAD_DATA_DIR): no EIDO can be checked`,
    };
  const result = validate(doc);
  if (!result.valid) {
    const first = result.first;
    return invalid(
      first === undefined
        ? `not a valid EIDO: ${result.errors[0] ?? "unknown error"}`
        : `not a valid EIDO: at ${first.instancePath}: ${first.message} (schema ${first.schemaPath})`,
    );
  }
  const base = operator === undefined ? { id, at } : { id, at, operator };
  return { ok: true, input: { kind: "ReceiveEido", ...base, document: text } };
}

function invalid(reason: string): DecodedEido {
  return { ok: false, code: "INVALID_EIDO", reason, field: "document" };
}

/** An EIDO input's payload: the document's text as UTF-8. */
export function encodeEido(document: string): Uint8Array {
  return new TextEncoder().encode(document);
}

import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import formats from "ajv-formats";
import { parse } from "yaml";
import { PACKAGE_ROOT } from "../package/index.ts";

/** Where the NENA EIDO schema lives: $CAD_DATA_DIR/nena-eido, else ../shared/data/nena-eido beside the repo. */
export function eidoSchemaDir(dataDir?: string): string {
  const base = dataDir ?? process.env["CAD_DATA_DIR"] ?? resolve(PACKAGE_ROOT, "../shared/data");
  return join(base, "nena-eido");
}

export function eidoSchemaAvailable(dir = eidoSchemaDir()): boolean {
  return existsSync(join(dir, "Schema", "openapi.yaml"));
}

export interface EidoValidation {
  readonly valid: boolean;
  readonly errors: readonly string[];
  /** The first error's place in the document and in the schema (JSON pointers); absent when valid. */
  readonly first?: { readonly instancePath: string; readonly schemaPath: string; readonly message: string };
}

export type EidoValidator = (doc: unknown) => EidoValidation;

/** What had to be mended in the published schema for a JSON Schema validator to compile it. */
export interface SchemaRepairs {
  readonly repairs: readonly string[];
}

const BASE = "https://schema.invalid/nena-eido/Schema/";
const FILES = ["openapi.yaml", "NIEMComponents/nc.yaml", "NIEMComponents/j.yaml"];
const NUMERIC_KEYWORDS = new Set(["minItems", "maxItems", "minLength", "maxLength", "minimum", "maximum"]);

/**
 * A validator for EmergencyIncidentDataObjectType of NENA-STA-021 (Schema/openapi.yaml), with
 * the NIEM components it refers to loaded under their own paths so that the relative `$ref`s
 * (`NIEMComponents/nc.yaml#/components/schemas/...`) resolve as written. Two defects of the
 * published files are mended, and listed in `repairs`: a reference with a doubled slash
 * (`NIEMComponents//j.yaml`) and a number written with a trailing comma (`minItems: 1,`).
 */
export function loadEidoValidator(dir = eidoSchemaDir()): EidoValidator & SchemaRepairs {
  const ajv = new Ajv({ strict: false, allErrors: false, validateSchema: false, inlineRefs: false });
  // ajv-formats is CommonJS: its function is the default export's `default` under NodeNext.
  (formats as unknown as { default: (a: Ajv) => void }).default(ajv);
  const repairs: string[] = [];
  const missing = new Map<string, number>();
  for (const file of FILES) {
    const doc = parse(readFileSync(join(dir, "Schema", file), "utf8")) as unknown;
    mend(doc, { file, repairs, missing }, "");
    ajv.addSchema(doc as object, `${BASE}${file}`);
  }
  for (const [file, count] of missing)
    repairs.push(
      `${count} references to ${file}, which the published schema does not include: left unconstrained`,
    );
  const validate: ValidateFunction = ajv.compile({
    $ref: `${BASE}openapi.yaml#/components/schemas/EmergencyIncidentDataObjectType`,
  });
  const check = (doc: unknown): EidoValidation => {
    const valid = validate(doc);
    if (valid) return { valid, errors: [] };
    const errors = validate.errors ?? [];
    const e = errors[0];
    const first =
      e === undefined
        ? undefined
        : { instancePath: e.instancePath || "/", schemaPath: e.schemaPath, message: e.message ?? e.keyword };
    return first === undefined
      ? { valid, errors: errors.map(describe) }
      : { valid, errors: errors.map(describe), first };
  };
  return Object.assign(check, { repairs });
}

function describe(e: ErrorObject): string {
  return `${e.instancePath === "" ? "/" : e.instancePath} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`;
}

interface MendContext {
  readonly file: string;
  readonly repairs: string[];
  readonly missing: Map<string, number>;
}

/** The file a relative `$ref` names, as a path under Schema/, or undefined for a reference within the file. */
function refFile(ref: string, from: string): string | undefined {
  const file = ref.split("#")[0] ?? "";
  if (file === "") return undefined;
  const dir = from.includes("/") ? from.slice(0, from.lastIndexOf("/") + 1) : "";
  return `${dir}${file}`;
}

function mend(node: unknown, ctx: MendContext, path: string): void {
  const { file, repairs, missing } = ctx;
  if (Array.isArray(node)) {
    node.forEach((child, i) => mend(child, ctx, `${path}/${i}`));
    return;
  }
  if (typeof node !== "object" || node === null) return;
  const obj = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(obj)) {
    if (key === "$ref" && typeof value === "string" && value.includes("//")) {
      obj[key] = value.replace(/\/{2,}/g, "/");
      repairs.push(`${file}${path}: $ref ${value} -> ${String(obj[key])}`);
    } else if (key === "$ref" && typeof value === "string" && !FILES.includes(refFile(value, file) ?? file)) {
      const target = refFile(value, file) ?? value;
      missing.set(target, (missing.get(target) ?? 0) + 1);
      delete obj[key];
    } else if (NUMERIC_KEYWORDS.has(key) && typeof value === "string") {
      obj[key] = Number.parseFloat(value);
      repairs.push(`${file}${path}: ${key} "${value}" -> ${String(obj[key])}`);
    } else mend(value, ctx, `${path}/${key}`);
  }
}

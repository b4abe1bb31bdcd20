import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  EidoParseError,
  eidoSchemaAvailable,
  eidoSchemaDir,
  loadEidoValidator,
  parseEido,
  readIncidentRecord,
  RmsStore,
  toEido,
  type EidoValidator,
  type IncidentRecord,
} from "../../adapters/rms/index.ts";
import { config } from "../support/scenario.ts";
import { applyAll } from "./support/db.ts";
import { richLog } from "./support/rich-log.ts";

const AGENCY = "eido";
const schemaDir = eidoSchemaDir();

/** Generated incidents, read back from records built in a temporary file. */
function records(): IncidentRecord[] {
  const log = richLog({ agency: AGENCY, seed: 8, hours: 3 });
  const dir = mkdtempSync(join(tmpdir(), "cad-rms-eido-"));
  const store = RmsStore.open(join(dir, "records.sqlite"), AGENCY);
  try {
    applyAll(store, log.messages, [400]);
    return [...log.state.incidents.keys()].map((id) => readIncidentRecord(store.db, id) as IncidentRecord);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("EIDO export of the records", () => {
  const all: IncidentRecord[] = [];
  beforeAll(() => {
    all.push(...records());
  });

  it("covers merges, splits, links, notes, reassignments, several callers, flags and dispositions", () => {
    const count = (f: (r: IncidentRecord) => boolean) => all.filter(f).length;
    expect(all.length).toBeGreaterThan(80);
    expect(count((r) => r.mergedFrom.length > 0)).toBeGreaterThan(3);
    expect(count((r) => r.splitFrom !== null)).toBeGreaterThan(3);
    expect(count((r) => r.links.length > 0)).toBeGreaterThan(3);
    expect(count((r) => r.notes.some((n) => n.author !== ""))).toBeGreaterThan(3);
    expect(count((r) => r.calls.length > 1)).toBeGreaterThan(3);
    expect(count((r) => r.calls.some((c) => c.flags.length > 0))).toBeGreaterThan(3);
    expect(count((r) => r.calls.some((c) => c.requestedCallType !== null))).toBeGreaterThan(0);
    expect(count((r) => r.assignments.some((a) => a.releaseReason === "preempted"))).toBeGreaterThan(0);
    expect(count((r) => r.assignments.some((a) => a.movedAt !== null))).toBeGreaterThan(0);
    expect(count((r) => r.dispositions.length > 1)).toBeGreaterThan(0);
  });

  it("parses back into the record it came from, every field of every incident", () => {
    for (const record of all) {
      const wire = JSON.parse(JSON.stringify(toEido(record, { agency: AGENCY, config }))) as Record<
        string,
        unknown
      >;
      expect(parseEido(wire), record.id).toEqual(record);
    }
  });

  it("escapes notes as HTML and keeps the text exactly", () => {
    const record = all.find((r) => r.notes.some((n) => n.text.includes("<"))) as IncidentRecord;
    const doc = toEido(record, { agency: AGENCY, config });
    const notes = doc["notesComponent"] as { notesActionComments: string }[];
    expect(notes.some((n) => n.notesActionComments.includes("&#60;&#34;smoke&#34;&#62;"))).toBe(true);
    expect(notes.every((n) => !n.notesActionComments.includes("<"))).toBe(true);
  });

  it("refuses by name a document that lacks what a record needs", () => {
    const doc = toEido(all[0] as IncidentRecord, { agency: AGENCY, config });
    delete doc["incidentComponent"];
    expect(() => parseEido(doc)).toThrow(EidoParseError);
    expect(() => parseEido(doc)).toThrow(/incidentComponent/);
  });

  describe.skipIf(!eidoSchemaAvailable(schemaDir))(
    `against the NENA schema (needs ${schemaDir}; absent, these are skipped)`,
    () => {
      let validate: EidoValidator & { repairs: readonly string[] } = Object.assign(
        () => ({ valid: false, errors: [] }),
        {
          repairs: [],
        },
      );
      beforeAll(() => {
        validate = loadEidoValidator(schemaDir);
      });

      it("validates every generated incident as EmergencyIncidentDataObjectType", () => {
        for (const record of all) {
          const result = validate(JSON.parse(JSON.stringify(toEido(record, { agency: AGENCY, config }))));
          expect(result.errors, record.id).toEqual([]);
        }
      });

      it("accepts the working group's sample and refuses broken documents", () => {
        const sample = JSON.parse(
          readFileSync(join(schemaDir, "Samples", "sample-call-transfer-eido.json"), "utf8"),
        ) as Record<string, unknown>;
        expect(validate(sample).valid).toBe(true);
        const ours = JSON.parse(
          JSON.stringify(toEido(all[0] as IncidentRecord, { agency: AGENCY, config })),
        ) as Record<string, unknown>;
        expect(validate({ ...ours, eidoVersion: "2.0" }).valid).toBe(false);
        const noAgency = { ...ours };
        delete noAgency["agencyComponent"];
        expect(validate(noAgency).valid).toBe(false);
        const calls = ours["callComponent"] as Record<string, unknown>[];
        const badTime = { ...ours, callComponent: [{ ...calls[0], callStartTimestamp: "yesterday" }] };
        expect(validate(badTime).errors.join(" ")).toMatch(/date-time/);
        expect(validate.repairs.some((r) => r.includes("minItems"))).toBe(true);
      });
    },
  );
});

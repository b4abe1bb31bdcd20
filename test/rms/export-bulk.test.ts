import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eidoFileName, incidentsOpenedIn } from "../../adapters/rms/export-cli.ts";
import {
  eidoSchemaAvailable,
  loadEidoValidator,
  openRmsDatabase,
  RmsStore,
  type EidoValidator,
} from "../../adapters/rms/index.ts";
import { runCad } from "./support/child.ts";
import { applyAll } from "./support/db.ts";
import { richLog, type RichLog } from "./support/rich-log.ts";

const AGENCY = "bulk";
const iso = (t: number) => new Date(t).toISOString();

describe.runIf(eidoSchemaAvailable())("cad rms export --from --to (bulk EIDO for the RMS)", () => {
  let log: RichLog;
  let validator: EidoValidator;
  let dir: string;
  let db: string;
  let from: number;
  let to: number;
  /** The incidents opened (first call received) in [from, to), by the engine's own state, oldest first. */
  let expected: string[];

  beforeAll(() => {
    log = richLog({ agency: AGENCY, seed: 19, hours: 4 });
    validator = loadEidoValidator();
    dir = mkdtempSync(join(tmpdir(), "cad-rms-bulk-"));
    db = join(dir, "records.sqlite");
    const store = RmsStore.open(db, AGENCY);
    applyAll(store, log.messages, [300]);
    store.close();
    const incidents = [...log.state.incidents.values()].sort(
      (a, b) => a.times.receivedAt - b.times.receivedAt || (a.id < b.id ? -1 : 1),
    );
    // The middle two hours: incidents before and after the period exist and must be left out.
    const first = incidents[0]?.times.receivedAt ?? 0;
    from = first + 3_600_000;
    to = first + 3 * 3_600_000;
    expected = incidents
      .filter((i) => i.times.receivedAt >= from && i.times.receivedAt < to)
      .map((i) => i.id);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const args = (...more: string[]) => [
    "rms",
    "export",
    "--agency",
    AGENCY,
    "--db",
    db,
    "--from",
    iso(from),
    "--to",
    iso(to),
    ...more,
  ];
  const receivedAt = (id: string) => log.state.incidents.get(id)?.times.receivedAt ?? NaN;

  it("writes every incident opened in the period as NDJSON, each valid against the NENA schema", () => {
    expect(expected.length).toBeGreaterThan(60);
    expect(log.state.incidents.size).toBeGreaterThan(expected.length + 20);
    const out = join(dir, "period.ndjson");
    const r = runCad(args("--out", out));
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`${expected.length} incidents opened`);
    const lines = readFileSync(out, "utf8").trimEnd().split("\n");
    const docs = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(docs.map((d) => internalId(d))).toEqual(expected);
    for (const d of docs) expect(validator(d)).toEqual({ valid: true, errors: [] });
    // Merged-away incidents are records of the period too.
    const merged = expected.filter((id) => log.state.incidents.get(id)?.mergedInto !== null);
    expect(merged.length).toBeGreaterThan(0);
  });

  it("writes one file per incident with --format files, the same documents as the NDJSON", () => {
    const fromStdout = readFileSync(join(dir, "period.ndjson"), "utf8").trimEnd().split("\n");
    const out = join(dir, "files");
    const f = runCad(args("--format", "files", "--out", out));
    expect(f.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(expected.map(eidoFileName).sort());
    fromStdout.forEach((line, i) => {
      const id = expected[i] as string;
      expect(JSON.parse(readFileSync(join(out, eidoFileName(id)), "utf8"))).toEqual(JSON.parse(line));
    });
  });

  it("reads the period a page at a time without losing or repeating an incident at a page's edge", () => {
    const handle = openRmsDatabase(db, { readonly: true });
    try {
      for (const size of [1, 7, 64, 10_000])
        expect([...incidentsOpenedIn(handle, from, to, size)]).toEqual(expected);
    } finally {
      handle.close();
    }
  });

  it("names an invalid document with its schema path, leaves it out, writes the rest (stdout), and fails", () => {
    // A damaged record (a priority that is not a whole number) makes an EIDO the schema refuses.
    const damaged = join(dir, "damaged.sqlite");
    copyFileSync(db, damaged);
    const victim = expected[3] as string;
    const handle = openRmsDatabase(damaged);
    handle.prepare("UPDATE incidents SET priority = 2.5 WHERE id = ?").run(victim);
    handle.close();
    // The first six incidents of the period, on stdout.
    const six = expected.slice(0, 6);
    const r = runCad([
      "rms",
      "export",
      "--agency",
      AGENCY,
      "--db",
      damaged,
      "--from",
      iso(from),
      "--to",
      iso(receivedAt(expected[6] as string)),
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(`${victim} INVALID, not written: /incidentComponent\\S* must be integer`),
    );
    expect(r.stderr).toContain("5 incidents opened");
    expect(r.stderr).toContain("1 invalid (not written)");
    const ids = r.stdout
      .trimEnd()
      .split("\n")
      .map((l) => internalId(JSON.parse(l) as Record<string, unknown>));
    expect(ids).toEqual(six.filter((id) => id !== victim));
  });

  it("refuses a period that is not one", () => {
    const r = runCad(["rms", "export", "--db", db, "--from", iso(to), "--to", iso(from)]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("give --from and --to as ISO times, --from before --to");
  });
});

function internalId(doc: Record<string, unknown>): string {
  const incident = (doc["incidentComponent"] as Record<string, unknown>[] | Record<string, unknown>) ?? {};
  const first = Array.isArray(incident) ? incident[0] : incident;
  return String(first?.["internalIncidentId"]);
}

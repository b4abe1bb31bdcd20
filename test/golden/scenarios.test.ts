import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { canonicalDump } from "../../adapters/rms/index.ts";
import { applyInput, createState, serialiseState, type ApplyResult, type Input } from "../../engine/index.ts";
import { applyAll, freshStore } from "../rms/support/db.ts";
import { StreamBuilder } from "../rms/support/stream.ts";
import { config, type InputBody } from "../support/scenario.ts";
import { expectGolden } from "./golden.ts";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures");

/** Every scenario under test/fixtures, and whether its records database is compared too. */
const SCENARIOS = [
  { name: "call-with-recommendation", rms: true },
  { name: "fire-mutual-aid", rms: true },
  { name: "merge-and-split", rms: true },
  { name: "overdue-escalation", rms: true },
  // The stream builder numbers inputs itself, so repeated ids and old instants cannot go through it.
  { name: "rejections", rms: false },
] as const;

/** What the engine gave for one input of the log. */
type Output =
  | { input: string | null; kind: string | null; events: ApplyResult["events"] }
  | { input: string | null; kind: string | null; rejection: NonNullable<ApplyResult["rejection"]> };

/** The log, as written: malformed inputs included, so it is typed as the engine receives it. */
function readInputs(dir: string): Input[] {
  return JSON.parse(readFileSync(join(dir, "inputs.json"), "utf8")) as Input[];
}

/** Applies the log to a fresh engine with the default configuration; a rejection must change nothing. */
function run(inputs: readonly Input[]): { outputs: Output[]; results: ApplyResult[] } {
  const state = createState();
  const outputs: Output[] = [];
  const results: ApplyResult[] = [];
  for (const input of inputs) {
    const before = JSON.stringify(serialiseState(state));
    const result = applyInput(state, config, input);
    results.push(result);
    const head = {
      input: (input as { id?: string }).id ?? null,
      kind: (input as { kind?: string }).kind ?? null,
    };
    if (result.rejection === null) {
      outputs.push({ ...head, events: result.events });
    } else {
      expect(JSON.stringify(serialiseState(state)), `state after rejected ${head.input}`).toBe(before);
      outputs.push({ ...head, rejection: result.rejection });
    }
  }
  return { outputs, results };
}

/** The records database's rows, table by table, as the RMS builds them from the log's event stream. */
function rmsRows(inputs: readonly Input[], results: readonly ApplyResult[]): Record<string, unknown[]> {
  const builder = new StreamBuilder("metro", config);
  inputs.forEach((input, i) => {
    // The builder gives inputs ids and instants of its own: the log's must be the same.
    expect(input.id).toBe(`in-${i + 1}`);
    expect(builder.apply(input as InputBody, input.at)).toEqual(results[i]);
  });
  const store = freshStore("metro");
  applyAll(store, builder.messages);
  const tables: Record<string, unknown[]> = {};
  let columns: string[] = [];
  let rows: unknown[] = [];
  for (const line of canonicalDump(store.db)) {
    const header = /^# (\w+) \((.*)\)$/.exec(line);
    if (header !== null) {
      rows = [];
      tables[header[1] ?? ""] = rows;
      columns = (header[2] ?? "").split(", ");
      continue;
    }
    const values = JSON.parse(line) as unknown[];
    rows.push(Object.fromEntries(columns.map((column, c) => [column, values[c]])));
  }
  return tables;
}

describe("golden scenarios (test/fixtures; REGEN=1 rewrites the expected files)", () => {
  it("lists every scenario folder", () => {
    const folders = readdirSync(FIXTURES, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual(SCENARIOS.map((s) => s.name).sort());
  });

  for (const scenario of SCENARIOS) {
    describe(scenario.name, () => {
      const dir = join(FIXTURES, scenario.name);

      it("gives every event and rejection of events.json, in order", () => {
        expectGolden(join(dir, "events.json"), run(readInputs(dir)).outputs);
      });

      if (scenario.rms)
        it("gives the records database of rms.json", () => {
          const inputs = readInputs(dir);
          // Columns stay in the schema's order; rows come sorted from the canonical dump.
          expectGolden(join(dir, "rms.json"), rmsRows(inputs, run(inputs).results), { sortKeys: false });
        });
    });
  }
});

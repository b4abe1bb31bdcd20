import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { SeattleFireData, SeattleIncident } from "../../adapters/seattle/index.ts";
import { applyInput, createState } from "../../engine/index.ts";
import { demoDayReplays } from "../../bench/replay.bench.ts";
import {
  busiestDay,
  demoDayFacts,
  demoDayLabel,
  demoDayMissing,
  loadDemoDay,
  seattleDataDir,
  type DemoDay,
} from "../../bench/lib/demo-day.ts";
import { measures } from "../../bench/lib/measures.ts";
import { readmeBlock, reportMarkdown } from "../../bench/lib/report-md.ts";
import { summary } from "../../bench/lib/results.ts";
import { benchRun } from "./run-results.ts";

const incident = (number: string, isoUtc: string): SeattleIncident => ({
  number,
  at: Date.parse(isoUtc),
  type: "Aid Response",
  address: "",
  lon: -122.3,
  lat: 47.6,
  insideCity: true,
  unitGroups: [],
});

const run = benchRun;

describe("the busiest day of the Seattle log", () => {
  it("counts incidents by Seattle's local day (PDT in June), the earliest of equal days first", () => {
    const data = {
      from: "2017-06-01",
      to: "2017-06-03",
      incidents: [
        // 23:30 PDT on June 1 is 06:30 UTC on June 2.
        incident("a", "2017-06-02T06:30:00Z"),
        incident("b", "2017-06-02T07:30:00Z"),
        incident("c", "2017-06-02T20:00:00Z"),
        incident("d", "2017-06-03T08:00:00Z"),
        incident("e", "2017-06-04T01:00:00Z"),
      ],
    } as SeattleFireData;
    expect(busiestDay(data)).toEqual({ day: "2017-06-02", incidents: 2 });
    expect(busiestDay({ ...data, incidents: data.incidents.slice(0, 1) })).toEqual({
      day: "2017-06-01",
      incidents: 1,
    });
  });
});

describe("without the Seattle data", () => {
  it("is skipped with the reason, never replaced by another workload", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cad-demo-day-"));
    try {
      expect(demoDayMissing(dir)).toMatch(/not in .*seattle-fire-2017, seattle-fire-geocodes.*CAD_DATA_DIR/);
      expect(await loadDemoDay(dir)).toEqual({ skipped: demoDayMissing(dir) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("shows in the summary as not measured, with the reason", () => {
    const reason = "not available: the Seattle Fire 2017 log is not in /nowhere";
    const r = run({ failures: [{ part: "demo day", reason }] });
    const m = measures(r).find((x) => x.key === "replay_demo_day_inputs_per_s")!;
    expect(m.value).toBeNull();
    expect(m.reason).toBe(reason);
    expect(m.label).toBe("Replay of a recorded day of real calls (Seattle Fire), state only");
    expect(summary(r, measures(r))["replay_demo_day_inputs_per_s_reason"]).toBe(reason);
  });
});

describe("the recorded day's row in the summary", () => {
  const facts = {
    log: { from: "2017-06-01", to: "2017-06-19" },
    day: "2017-06-07",
    incidents: 292,
    inputs: 1453,
    kinds: { AddUnit: 74, ReceiveCall: 292 },
    rejectedWhileRecording: {},
  };
  const row = {
    label: demoDayLabel("2017-06-07"),
    inputs: 1453,
    rejected: 0,
    passesMs: [2, 3, 4],
    inputsPerSec: 484_333,
    byKind: [{ kind: "ReceiveCall", count: 292, share: 0.6, meanUs: 3 }],
    openAtEnd: 20,
    pendingAtEnd: 0,
  };

  it("names the day and renders in the README block and the report, with no target of its own", () => {
    const r = run({ demoDay: facts, replays: [row] });
    const ms = measures(r);
    const m = ms.find((x) => x.key === "replay_demo_day_inputs_per_s")!;
    expect(m.label).toBe("Replay of a recorded day of real calls (Seattle Fire, 2017-06-07), state only");
    expect(m.value).toBe(484_333);
    expect(m.target).toBeNull();
    expect(m.how).toContain("2017-06-07, the busiest day of 2017-06-01..2017-06-19 (292 incidents)");
    expect(m.how).toContain("median of 3 passes");
    const line = `| ${m.label} | 484,333/s |  |  |`;
    expect(readmeBlock(r, ms)).toContain(line);
    expect(reportMarkdown(r, ms, [])).toContain(line);
    expect(summary(r, ms)["replay_demo_day_inputs_per_s"]).toBe(484_333);
  });
});

const dataDir = seattleDataDir();
describe.skipIf(demoDayMissing(dataDir) !== undefined)(
  "the recorded demo day from the Seattle Fire log (needs seattle-fire-2017 and seattle-fire-geocodes in $CAD_DATA_DIR or ../shared/data)",
  () => {
    let demo: DemoDay;

    it("is the busiest day of the log, recorded whole: roster first, one call per incident, nothing rejected", async () => {
      const loaded = await loadDemoDay(dataDir);
      if ("skipped" in loaded) throw new Error(loaded.skipped);
      demo = loaded;
      const { day, whole } = demo;
      expect(day.window.from).toBe(day.window.to);
      expect(whole.window).toEqual({ from: "2017-06-01", to: "2017-06-19" });
      expect(whole.incidents).toBe(5038);
      expect(day.rejectedWhileRecording).toEqual({});
      const facts = demoDayFacts(demo);
      expect(facts.inputs).toBe(day.inputs.length);
      expect(facts.kinds["ReceiveCall"]).toBe(day.incidentsReplayed);
      const roster = facts.kinds["AddUnit"] ?? 0;
      expect(day.inputs.slice(0, roster).every((i) => i.kind === "AddUnit")).toBe(true);
      expect(day.inputs.length).toBeLessThan(whole.inputs.length);
    });

    it("is applied by a fresh engine with nothing rejected, and its rows time both logs", () => {
      const state = createState();
      const rejected = demo.day.inputs.filter(
        (input) => applyInput(state, demo.config, input, { recommendations: false }).rejection !== null,
      );
      expect(rejected).toEqual([]);
      const rows = demoDayReplays(demo, { passes: 2, byKind: true, whole: true });
      expect(rows.map((r) => [r.label, r.inputs, r.rejected, r.passesMs.length])).toEqual([
        [demoDayLabel(demo.day.window.from), demo.day.inputs.length, 0, 2],
        ["recorded days (Seattle Fire, 2017-06-01..2017-06-19), state only", demo.whole.inputs.length, 0, 3],
      ]);
      expect(rows[0]!.byKind.map((k) => k.count).reduce((a, b) => a + b, 0)).toBe(demo.day.inputs.length);
    });
  },
);

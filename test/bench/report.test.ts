import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { check } from "prettier";
import { describe, expect, it } from "vitest";
import { e2eProblem, loadE2E } from "../../bench/lib/e2e.ts";
import { measures, REPLAY_STATE_ONLY } from "../../bench/lib/measures.ts";
import { plots } from "../../bench/lib/plots.ts";
import {
  MarkersMissingError,
  README_END,
  README_START,
  replaceBetweenMarkers,
  updateReadme,
} from "../../bench/lib/readme.ts";
import { readmeBlock, reportMarkdown } from "../../bench/lib/report-md.ts";
import { judge, machine, summary, type RunResults } from "../../bench/lib/results.ts";
import { barChart, escapeXml, lineChart } from "../../bench/lib/svg.ts";
import { median, percentile } from "../../bench/lib/stats.ts";

/** The keys issue 7 asks of `npm run bench:quick`'s last line. */
const REQUIRED = [
  "recommend_p99_us_10k",
  "recommend_speedup_vs_turf_10k",
  "inproc_inputs_per_s",
  "replay_inputs_per_s",
  "recovery_ratio_vs_raw_read",
  "e2e_ratio_vs_passthrough",
  "e2e_p99_ms_at_1k_per_s",
  "restore_ms_100k",
];

/** A run in which only the in-process and replay parts ran, and e2e was missing. */
function partialRun(): RunResults {
  return {
    quick: true,
    command: "npm run bench:quick",
    date: "2026-11-22T05:00:00.000Z",
    machine: machine(),
    load: { start: 0.5, end: 0.7 },
    wallSeconds: 42,
    inprocess: {
      inputs: 1000,
      rejected: 0,
      outputs: 1500,
      outputBytes: 90_000,
      inputsPerSec: 250_000,
      passesMs: [4],
      chunkP50PerSec: 250_000,
      chunkMinPerSec: 200_000,
    },
    replays: [
      {
        label: REPLAY_STATE_ONLY,
        inputs: 1000,
        rejected: 0,
        passesMs: [2],
        inputsPerSec: 500_000,
        byKind: [],
        openAtEnd: 3,
        pendingAtEnd: 1,
      },
    ],
    failures: [{ part: "e2e", reason: "not available: ../e2e/index.ts could not be loaded" }],
  };
}

describe("the headline measures of a run", () => {
  it("name every key the quick run must print, as numbers or as null with a reason", () => {
    const run = partialRun();
    const line = summary(run, measures(run));
    for (const key of REQUIRED) expect(line).toHaveProperty(key);
    expect(line["inproc_inputs_per_s"]).toBe(250_000);
    expect(line["replay_inputs_per_s"]).toBe(500_000);
    expect(line["e2e_p99_ms_at_1k_per_s"]).toBeNull();
    expect(line["e2e_p99_ms_at_1k_per_s_reason"]).toMatch(/not available/);
    expect(line["restore_ms_100k"]).toBeNull();
    expect(typeof line["restore_ms_100k_reason"]).toBe("string");
    // A measure the quick run leaves out on purpose is not in its line at all.
    expect(line).not.toHaveProperty("replay_with_recommendations_inputs_per_s");
    expect(line).not.toHaveProperty("e2e_p99_ms_at_1k_per_s_with_standby");
  });

  it("report the engine's p99 with its standby snapshotter next to the same without it (full run)", () => {
    const run: RunResults = {
      ...partialRun(),
      quick: false,
      command: "npm run bench",
      failures: [],
      e2e: {
        engineMaxInputsPerS: 9000,
        passthroughMaxInputsPerS: 10_000,
        ratioVsPassthrough: 0.9,
        latencyAt1k: { p50Ms: 1.2, p99Ms: 3.5, p999Ms: 6, samples: 1100 },
        latencyByRate: [{ rate: 1000, achievedPerS: 999, p50Ms: 1.2, p99Ms: 3.5, p999Ms: 6 }],
        notes: [],
        standbyAt1k: {
          latency: { p50Ms: 1.3, p99Ms: 4.25, p999Ms: 8, samples: 1100 },
          achievedPerS: 998,
          keptUp: true,
          missing: 0,
          cpuUsPerInput: { withStandby: 300, without: 250 },
          snapshotEveryInputs: 5000,
          snapshotEverySeconds: 3600,
          inputs: {
            from: 4000,
            to: 64_000,
            segments: [
              { from: 4000, to: 34_000, firstTimed: 9001 },
              { from: 34_000, to: 64_000, firstTimed: 39_001 },
            ],
          },
          snapshots: [
            { id: 1, atInput: 5000, mb: 0.6, writeMs: 11, readBackMs: 8, incidents: 14, timed: false },
            { id: 2, atInput: 10_000, mb: 1.1, writeMs: 20, readBackMs: 9, incidents: 120, timed: true },
          ],
          caughtUp: true,
        },
      },
    };
    const ms = measures(run);
    const m = ms.find((x) => x.key === "e2e_p99_ms_at_1k_per_s_with_standby")!;
    expect(m.value).toBe(4.25);
    expect(m.target).toBeNull();
    expect(m.how).toContain("without the standby (its two halves pooled) p99 3.50 ms");
    expect(m.how).toContain("ABBA order");
    expect(ms.find((x) => x.key === "e2e_p99_ms_at_1k_per_s")!.how).toContain("pooled over its two halves");
    expect(summary(run, ms)["e2e_p99_ms_at_1k_per_s_with_standby"]).toBe(4.25);
    const report = reportMarkdown(run, ms, []);
    expect(report).toContain("| with the standby");
    expect(report).toContain("2, 0.60-1.10 MB, written in 11.0, 20.0 ms");
  });

  it("judge each value against its target, and say so in the report and the README block", () => {
    const run = partialRun();
    const ms = measures(run);
    const inproc = ms.find((m) => m.key === "inproc_inputs_per_s")!;
    const replay = ms.find((m) => m.key === "replay_inputs_per_s")!;
    expect(inproc.met).toBe(true);
    expect(replay.met).toBe(false);
    const report = reportMarkdown(run, ms, []);
    for (const m of ms) expect(report).toContain(m.label);
    expect(report).toContain("**not met**");
    expect(report).toContain("> 200k/s");
    expect(report).toContain("Parts that could not run");
    expect(report).toContain(run.machine.node);
    const block = readmeBlock(run, ms);
    expect(block).toContain("npm run bench:quick");
    expect(block).toContain("e2e: not available");
  });

  it("compare with <, > and >= as the targets say, and give no verdict without a value", () => {
    expect(judge(9.9, { op: "<", value: 10, text: "" })).toBe(true);
    expect(judge(10, { op: "<", value: 10, text: "" })).toBe(false);
    expect(judge(0.8, { op: ">=", value: 0.8, text: "" })).toBe(true);
    expect(judge(1e6, { op: ">", value: 1e6, text: "" })).toBe(false);
    expect(judge(null, { op: "<", value: 1, text: "" })).toBeNull();
    expect(judge(5, null)).toBeNull();
  });
});

describe("the README's generated block", () => {
  const doc = `# x\n\n## Performance\n\nprose\n\n${README_START}\nold table\n${README_END}\n\nmore prose\n`;

  it("is replaced between the markers, and nothing else changes", () => {
    const next = replaceBetweenMarkers(doc, "new table");
    expect(next).toBe(
      `# x\n\n## Performance\n\nprose\n\n${README_START}\n\nnew table\n\n${README_END}\n\nmore prose\n`,
    );
    expect(replaceBetweenMarkers(next, "new table")).toBe(next);
  });

  it("is written into the file formatted as the repository formats Markdown", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cad-bench-readme-"));
    try {
      const path = join(dir, "README.md");
      writeFileSync(path, doc);
      await updateReadme(path, "| a | long header |\n| --- | ---: |\n| 1 | 2 |");
      const written = readFileSync(path, "utf8");
      expect(written).toContain("| a   | long header |");
      expect(await check(written, { parser: "markdown", printWidth: 110 })).toBe(true);
      expect(written.endsWith(`${README_END}\n\nmore prose\n`)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is refused, with nothing rewritten, when the markers are missing, reversed or doubled", () => {
    expect(() => replaceBetweenMarkers("# no markers", "x")).toThrow(MarkersMissingError);
    expect(() => replaceBetweenMarkers(`${README_END}\n${README_START}`, "x")).toThrow(MarkersMissingError);
    expect(() => replaceBetweenMarkers(`${doc}\n${README_START}\n${README_END}`, "x")).toThrow(
      MarkersMissingError,
    );
  });
});

describe("the SVG plots", () => {
  it("draw one line per series and one bar per value, with text escaped and no NaN", () => {
    const line = lineChart({
      title: "latency <p99> & more",
      xLabel: "units",
      yLabel: "µs",
      logX: true,
      logY: true,
      series: [
        {
          name: "a",
          points: [
            [1000, 1],
            [10_000, 3],
            [100_000, 9],
          ],
        },
        {
          name: "b",
          points: [
            [1000, 20],
            [10_000, 200],
            [100_000, 2000],
          ],
        },
      ],
      rules: [{ y: 10, label: "target" }],
    });
    expect(line.startsWith("<svg")).toBe(true);
    expect(line.trim().endsWith("</svg>")).toBe(true);
    expect(line.match(/<polyline/g)).toHaveLength(2);
    expect(line).toContain("latency &lt;p99&gt; &amp; more");
    expect(line).not.toContain("NaN");
    expect(line.match(/<text/g)?.length).toBe(line.match(/<\/text>/g)?.length);
    const bars = barChart({
      title: "t",
      unit: "/s",
      bars: [
        { label: "x", value: 5 },
        { label: "y", value: NaN },
      ],
    });
    expect(bars.match(/<rect x=/g)).toHaveLength(2);
    expect(bars).toContain("n/a");
    expect(bars).not.toContain("NaN");
    expect(escapeXml(`"a" < b`)).toBe("&quot;a&quot; &lt; b");
  });

  it("are drawn only for the parts that ran", () => {
    expect([...plots(partialRun()).keys()]).toEqual(["throughput.svg"]);
  });
});

describe("the end-to-end generator's loader", () => {
  it("says why when the generator cannot be loaded, instead of failing the run", async () => {
    const missing = "../e2e/does-not-exist.ts";
    const loaded = await loadE2E(() => import(missing), "does-not-exist.ts");
    expect(loaded).toHaveProperty("reason");
    expect("reason" in loaded && loaded.reason).toMatch(/could not be loaded/);
  });

  it("refuses a result without the measures the report needs", () => {
    expect(e2eProblem(null)).toMatch(/no object/);
    expect(e2eProblem({ engineMaxInputsPerS: 1, passthroughMaxInputsPerS: 1 })).toMatch(/ratioVsPassthrough/);
    const ok = {
      engineMaxInputsPerS: 1,
      passthroughMaxInputsPerS: 1,
      ratioVsPassthrough: 1,
      latencyAt1k: { p50Ms: 1, p99Ms: 2, p999Ms: 3, samples: 10 },
      latencyByRate: [],
      notes: [],
    };
    expect(e2eProblem(ok)).toBeUndefined();
  });
});

describe("medians and percentiles", () => {
  it("are the middle value (mean of the two middle ones) and the nearest rank", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(Number.isNaN(median([]))).toBe(true);
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile(sorted, 100)).toBe(100);
  });
});

/** The Markdown report of a run (bench/results/report.md) and the README's generated Performance block. */
import { codecTable } from "../codec.bench.ts";
import { decideTable } from "../decide.bench.ts";
import { describeShares } from "../replay.bench.ts";
import { RECOMMEND_TASKS, recommendSpeedup, type TaskKey } from "../recommend.bench.ts";
import { fmt, markdownTable } from "./report.ts";
import type { Measure, RunResults } from "./results.ts";

const n = (x: number): string => x.toLocaleString("en-US");

export function formatValue(m: Measure): string {
  if (m.value === null) return "not measured";
  switch (m.unit) {
    case "ratio":
      return m.value.toFixed(3);
    case "×":
      return `${fmt(m.value)}×`;
    case "inputs/s":
      return `${fmt(m.value)}/s`;
    default:
      return `${fmt(m.value)} ${m.unit}`;
  }
}

const verdict = (m: Measure): string =>
  m.target === null ? "" : m.met === null ? "not measured" : m.met ? "met" : "**not met**";

export function machineLine(r: RunResults): string {
  const m = r.machine;
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}`;
}

/** The 1-minute load average around the run, which says how much other work shared the machine. */
export function loadLine(r: RunResults): string {
  const load = (r as Partial<RunResults>).load;
  if (load === undefined || !Number.isFinite(load.start)) return "";
  const end = Number.isFinite(load.end) ? ` and ${load.end.toFixed(1)} at the end` : "";
  return `Load average ${load.start.toFixed(1)} at the start${end} (${r.machine.cores} cores: above that, other work was running).`;
}

/** One line per target not met, saying where the time goes. */
export function notMet(ms: readonly Measure[]): string[] {
  return ms
    .filter((m) => m.met === false)
    .map(
      (m) => `- ${m.label}: ${formatValue(m)} (${m.target!.text})${m.why === undefined ? "" : `; ${m.why}`}.`,
    );
}

export function summaryTable(ms: readonly Measure[]): string {
  return markdownTable(
    ["measure", "result", "target", "verdict"],
    ms.map((m) => [m.label, formatValue(m), m.target?.text ?? "", verdict(m)]),
    1,
  );
}

/** The README block: when, where, how, and the summary table. */
export function readmeBlock(r: RunResults, ms: readonly Measure[]): string {
  return [
    `Measured ${r.date.slice(0, 10)} on ${machineLine(r)} (shared and noisy: medians, and ratios from the same run), with \`${r.command}\` in ${Math.round(r.wallSeconds)} s. ${loadLine(r)}`,
    "",
    summaryTable(ms),
    "",
    ...(notMet(ms).length > 0 ? ["Not met, and where the time goes:", "", ...notMet(ms), ""] : []),
    "How each was measured, the tables behind it and the plots: [`bench/results/report.md`](bench/results/report.md).",
    ...(r.failures.length > 0
      ? ["", ...r.failures.map((f) => `- ${f.part}: not available (${f.reason})`)]
      : []),
  ].join("\n");
}

export function reportMarkdown(r: RunResults, ms: readonly Measure[], svgs: readonly string[]): string {
  const parts = [
    "# cad-engine benchmarks",
    "",
    `Measured ${r.date} on ${machineLine(r)}.  `,
    `Command: \`${r.command}\` (wall time ${Math.round(r.wallSeconds)} s). ${loadLine(r)}  `,
    "The machine is shared and noisy: every figure is a median, and every ratio compares two measurements of the same run. Benchmarks are not tests: `npm test` asserts no timing.",
    "",
    "## Summary",
    "",
    summaryTable(ms),
    "",
    ...(notMet(ms).length > 0 ? ["Not met, and where the time goes:", "", ...notMet(ms), ""] : []),
    ...(r.failures.length > 0
      ? ["Parts that could not run:", "", ...r.failures.map((f) => `- **${f.part}**: ${f.reason}`), ""]
      : []),
    "## How each was measured",
    "",
    ...ms.map((m) => `- **${m.label}**: ${m.value === null ? `not measured: ${m.reason ?? ""}` : m.how}`),
    "",
    ...details(r),
    ...(svgs.length > 0 ? ["## Plots", "", ...svgs.map((f) => `![${f}](${f})`), ""] : []),
  ];
  return `${parts.join("\n")}\n`;
}

function details(r: RunResults): string[] {
  const out: string[] = [];
  if (r.recommend !== undefined) {
    out.push("## Recommendation", "", recommendTable(r), "");
    out.push(
      "Fleets are built through the engine (AddUnit, out of service, AVL), seeded; 1,000 open AFAR and 1,000 FIB incidents per size. The linear scan computes the same 1-engine answer and was checked equal on 200 incidents per size; turf answers a simpler question (straight-line nearest available engine).",
      "",
    );
  }
  if (r.nearest !== undefined)
    out.push(
      "## Nearest-unit index",
      "",
      markdownTable(
        ["units", "index p50 µs", "index p99 µs", "linear p50 µs", "turf p50 µs"],
        r.nearest.map((x) => [
          n(x.units),
          fmt(x.index.p50Us),
          fmt(x.index.p99Us),
          fmt(x.linear.p50Us),
          fmt(x.turf.p50Us),
        ]),
      ),
      "",
    );
  if (r.codec !== undefined)
    out.push(
      "## Input codec (protobuf)",
      "",
      "One typical message of each kind, tinybench.",
      "",
      codecTable(r.codec),
      "",
    );
  if (r.decide !== undefined)
    out.push(
      "## decide + evolve per input kind",
      "",
      "applyInput on a restored copy of the 100k-incident state; each timed input is valid and accepted (rejected would show in bold); its setup and teardown inputs are applied outside the timed region, so the state keeps its size.",
      "",
      decideTable(r.decide),
      "",
    );
  out.push(...streams(r), ...endToEnd(r), ...hotPath(r));
  return out;
}

function recommendTable(r: RunResults): string {
  const keys = Object.keys(RECOMMEND_TASKS) as TaskKey[];
  const rows = r.recommend!.flatMap((x) =>
    keys.map((k) => [`${n(x.units)}`, RECOMMEND_TASKS[k], fmt(x.timings[k].p50Us), fmt(x.timings[k].p99Us)]),
  );
  const speed = r.recommend!.map(
    (x) =>
      `${n(x.units)}: ${fmt(recommendSpeedup(x, "linear", "p50Us"))}× vs linear, ${fmt(recommendSpeedup(x, "turf", "p50Us"))}× vs turf (p50)`,
  );
  return `${markdownTable(["units", "task", "p50 µs", "p99 µs"], rows, 2)}\n\n${speed.join("; ")}.`;
}

function streams(r: RunResults): string[] {
  const out: string[] = [];
  if (r.mix !== undefined) {
    const kinds = Object.entries(r.mix.kinds)
      .sort((a, b) => b[1] - a[1])
      .map(([k, c]) => `${k} ${((100 * c) / r.mix!.stream).toFixed(1)}%`)
      .join(", ");
    out.push(
      "## The realistic mix (in process, replay, recovery)",
      "",
      `A roster of ${n(r.mix.units)} units (${n(r.mix.roster)} inputs), then ${n(r.mix.stream)} inputs of live traffic (bench/lib/mixed.ts): one incident open per 20 units, each call → dispatch → en route → on scene → note → clear → close, one in seven with a second caller, two AVL fixes per incident input, a Tick per second of log time. Kinds: ${kinds}. Nothing is rejected.`,
      "",
    );
  }
  if (r.replays !== undefined)
    out.push(
      "### Replay into memory",
      "",
      markdownTable(
        ["log", "inputs", "rejected", "inputs/s", "passes (ms)", "time by kind"],
        r.replays.map((x) => [
          x.label,
          n(x.inputs),
          n(x.rejected),
          fmt(x.inputsPerSec),
          x.passesMs.map(fmt).join(", "),
          describeShares(x.byKind),
        ]),
      ),
      "",
      "The tests' workload (test/support/workload.ts: 20 units, 30% calls, nothing ever closed) is the log earlier measurements used; it is a stress mix, not a realistic one.",
      "",
    );
  return out;
}

function endToEnd(r: RunResults): string[] {
  const e = r.e2e;
  if (e === undefined) return [];
  return [
    "## End to end over NATS (bench/e2e)",
    "",
    `Max throughput: engine ${fmt(e.engineMaxInputsPerS)} inputs/s, pass-through ${fmt(e.passthroughMaxInputsPerS)}/s (ratio ${e.ratioVsPassthrough.toFixed(3)}).`,
    "",
    markdownTable(
      ["offered /s", "achieved /s", "p50 ms", "p99 ms", "p99.9 ms"],
      e.latencyByRate.map((x) => [n(x.rate), fmt(x.achievedPerS), fmt(x.p50Ms), fmt(x.p99Ms), fmt(x.p999Ms)]),
    ),
    "",
    ...standby(e),
    ...e.notes.map((note) => `- ${note}`),
    "",
  ];
}

/** The engine at 1,000/s without and with its standby snapshotter (`cad serve --data-dir`), same inputs, same run. */
function standby(e: NonNullable<RunResults["e2e"]>): string[] {
  const s = e.standbyAt1k;
  if (s == null) return [];
  const l = e.latencyAt1k;
  const snaps = s.snapshots;
  return [
    `At 1,000 inputs/s, without and with the standby snapshotter (\`--data-dir\`, a snapshot every ${n(s.snapshotEveryInputs)} inputs), on the same inputs, each side's 60 s in two halves run in ABBA order (plain, standby, standby, plain) and pooled:`,
    "",
    markdownTable(
      ["engine", "p50 ms", "p99 ms", "p99.9 ms", "calls", "CPU µs per input", "snapshots during the probe"],
      [
        [
          "without",
          fmt(l.p50Ms),
          fmt(l.p99Ms),
          fmt(l.p999Ms),
          n(l.samples),
          fmt(s.cpuUsPerInput.without),
          "",
        ],
        [
          "with the standby",
          fmt(s.latency.p50Ms),
          fmt(s.latency.p99Ms),
          fmt(s.latency.p999Ms),
          n(s.latency.samples),
          fmt(s.cpuUsPerInput.withStandby),
          snaps.length === 0
            ? "none"
            : `${snaps.length}, ${fmt(Math.min(...snaps.map((x) => x.mb)))}-${fmt(Math.max(...snaps.map((x) => x.mb)))} MB, written in ${snaps.map((x) => fmt(x.writeMs)).join(", ")} ms`,
        ],
      ],
    ),
    "",
  ];
}

function hotPath(r: RunResults): string[] {
  const h = r.hotPath;
  if (h === undefined) return [];
  const row = (label: string, x: typeof h.none) => [
    label,
    fmt(x.p50Us),
    fmt(x.p99Us),
    fmt(x.p999Us),
    fmt(x.maxMs),
    fmt(x.queuedP99Ms),
    x.writesMs.length === 0 ? "" : x.writesMs.map(fmt).join(", "),
  ];
  return [
    "## Snapshots in the serving thread (what the standby avoids)",
    "",
    markdownTable(
      [
        "50k lifecycle inputs on the 100k state",
        "p50 µs",
        "p99 µs",
        "p99.9 µs",
        "max ms",
        "p99 ms at 1,000/s (queueing model)",
        "writes (ms)",
      ],
      [row("no snapshots", h.none), row("a snapshot written inline every 10k inputs", h.inline)],
    ),
    "",
    "The product writes snapshots from a standby engine in a worker thread, never in the serving thread." +
      (r.e2e?.standbyAt1k == null
        ? ""
        : ` What that standby costs the serving engine end to end (p99 at 1,000/s ${fmt(r.e2e.standbyAt1k.latency.p99Ms)} ms with it, ${fmt(r.e2e.latencyAt1k.p99Ms)} ms without, same run) is under "End to end over NATS".`),
    "",
  ];
}

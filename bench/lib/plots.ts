/** The SVG plots of a run: file name -> SVG text (only the plots whose data the run has). */
import { REPLAY_STATE_ONLY, REPLAY_WITH_RECOMMENDATIONS } from "./measures.ts";
import type { RunResults } from "./results.ts";
import { barChart, lineChart, type Bar } from "./svg.ts";

export function plots(r: RunResults): Map<string, string> {
  const out = new Map<string, string>();
  if (r.recommend !== undefined && r.recommend.length > 0) out.set("recommend-latency.svg", recommendPlot(r));
  const throughput = throughputBars(r);
  if (throughput.length > 0)
    out.set(
      "throughput.svg",
      barChart({
        title: "Inputs per second: in process, replay, recovery vs a bare read of the same stream",
        unit: "per second",
        bars: throughput,
        logScale: true,
        rules: [
          { value: 200_000, label: "200k/s (in process)" },
          { value: 1_000_000, label: "1M/s (replay)" },
        ],
      }),
    );
  if (r.e2e !== undefined && r.e2e.latencyByRate.length > 0) {
    const byRate = [...r.e2e.latencyByRate].sort((a, b) => a.rate - b.rate);
    const series = (name: string, pick: (x: (typeof byRate)[number]) => number) => ({
      name,
      points: byRate.map((x) => [x.rate, pick(x)] as const),
    });
    out.set(
      "e2e-latency.svg",
      lineChart({
        title: "End to end over NATS: latency vs offered rate",
        xLabel: "offered inputs per second",
        yLabel: "latency (ms)",
        logY: true,
        series: [
          series("p50", (x) => x.p50Ms),
          series("p99", (x) => x.p99Ms),
          series("p99.9", (x) => x.p999Ms),
        ],
        rules: [{ y: 5, label: "target p99 < 5 ms at 1,000/s" }],
      }),
    );
  }
  if (r.decide !== undefined && r.decide.length > 0)
    out.set(
      "decide-by-kind.svg",
      barChart({
        title: "decide + evolve per input kind, p50 (µs, log scale)",
        unit: "µs",
        bars: r.decide.map((k) => ({ label: `${k.kind} (${k.what})`.slice(0, 50), value: k.p50Us })),
        logScale: true,
      }),
    );
  return out;
}

function recommendPlot(r: RunResults): string {
  const sizes = r.recommend!;
  const pick = (name: string, f: (x: (typeof sizes)[number]) => number) => ({
    name,
    points: sizes.map((x) => [x.units, f(x)] as const),
  });
  const series = [
    pick("recommend() p50", (x) => x.timings.one.p50Us),
    pick("recommend() p99", (x) => x.timings.one.p99Us),
    pick("linear scan p50", (x) => x.timings.linear.p50Us),
    pick("turf nearestPoint p50", (x) => x.timings.turf.p50Us),
  ];
  if (r.nearest !== undefined && r.nearest.length > 0)
    series.push({
      name: "index query p99",
      points: r.nearest.map((x) => [x.units, x.index.p99Us] as const),
    });
  return lineChart({
    title: "Recommendation latency vs fleet size",
    xLabel: "units",
    yLabel: "µs per query (log)",
    logX: true,
    logY: true,
    series,
    rules: [{ y: 10, label: "target p99 < 10 µs at 10k" }],
  });
}

function throughputBars(r: RunResults): Bar[] {
  const bars: Bar[] = [];
  if (r.inprocess !== undefined)
    bars.push({ label: "in process (decode→encode)", value: r.inprocess.inputsPerSec, group: 0 });
  for (const [label, name] of [
    [REPLAY_STATE_ONLY, "replay, state only"],
    [REPLAY_WITH_RECOMMENDATIONS, "replay, with recommendations"],
  ] as const) {
    const x = r.replays?.find((y) => y.label === label);
    if (x !== undefined) bars.push({ label: name, value: x.inputsPerSec, group: 1 });
  }
  if (r.recovery !== undefined) {
    bars.push({ label: "bare read of the stream", value: r.recovery.rawReadPerSec, group: 2 });
    bars.push({ label: "recovery from JetStream", value: r.recovery.recoveryPerSec, group: 3 });
  }
  return bars;
}

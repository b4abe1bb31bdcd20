/** The notes saying how a run was measured. */
import os from "node:os";
import type { E2EResult, RunShape } from "./types.ts";
import type { StreamCheck } from "./load.ts";
import { PULL_MESSAGES, MAX_IN_FLIGHT } from "../../adapters/nats/index.ts";
import { SATURATION_BACKLOG } from "./side.ts";
import { describeStandby } from "./standby.ts";
import type { Workload } from "./workload.ts";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const rate = (x: number) => Math.round(x).toLocaleString("en-US");

export function describeRun(
  shape: RunShape,
  workload: Workload,
  result: E2EResult,
  checks: { engine: StreamCheck; passthrough: StreamCheck; standby?: StreamCheck },
  loadAverage: { start: number; end: number },
  auth = false,
): string[] {
  const w = workload.stats();
  const live = w.inputs - workload.rosterInputs;
  const mix = Object.entries(w.kinds)
    .filter(([kind]) => kind !== "AddUnit")
    .map(([kind, n]) => [kind, kind === "UpdateUnitLocation" ? n - shape.units : n] as const)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => `${kind} ${pct(n / live)}`)
    .join(", ");
  const cpu = result.cpuUsPerInput;
  const cpuLine = (name: string, c: typeof cpu.engine) =>
    `${name} ${c.service.toFixed(0)} us, nats-server ${c.natsServer.toFixed(0)} us, generator ${c.generator.toFixed(0)} us`;
  const cpus = os.cpus();
  return [
    `Machine: ${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores, Node ${process.version}, load average ${loadAverage.start.toFixed(1)} at the start and ${loadAverage.end.toFixed(1)} at the end (1 min; anything above ~1.5 is other work on the machine); nats-server, the engine, the pass-through and the generator share it (one service runs at a time).`,
    `Workload (seed-fixed, built by running the same engine in memory): ${shape.units} units (roster AddUnit + one AVL fix each, not measured), then live inputs: ${mix}. ${w.recommendations} calls opened an incident with a UnitsRecommended; ${w.rejected} inputs rejected; peak ${pct(w.peakBusyShare)} of units busy; ${w.incompleteRecommendations} recommendations with an unfilled slot.`,
    `Sizes: inputs ${(w.inputBytes / w.inputs).toFixed(0)} B on average; ${(w.outputs / w.inputs).toFixed(2)} outputs per input (events, unit-subject copies, rejections), ${(w.outputBytes / w.outputs).toFixed(0)} B on average; engine time 1 ms per input (1,000 inputs/s is real time).`,
    auth
      ? "Authentication on: nats-server in operator/JWT mode with `cad auth init`'s configuration; the engine and the pass-through on the engine role's creds (`--creds`), the generator on the sim role's, its stream readings on the admin's."
      : "Authentication off: nats-server without accounts; the engine `--insecure`.",
    `Both services: their own process (\`cad serve --no-clock --trust-input-time\`; the pass-through in bench/e2e/passthrough.ts), an ordered consumer pulling ${PULL_MESSAGES}, outputs published to JetStream with message ids and the Cad-Input-Seq header, and every ack awaited once ${MAX_IN_FLIGHT} are in flight or the log has nothing pending (the service's MAX_IN_FLIGHT: a batch of ${MAX_IN_FLIGHT} then a wait for all, not a sliding window of ${MAX_IN_FLIGHT}). The pass-through publishes, per input, the number and sizes of messages the engine publishes for it (recorded in memory on the same inputs), on the same subjects, with zero bytes.`,
    `Generator: core-NATS publishes to the input subjects with Nats-Msg-Id and Cad-Time headers (JetStream stores them; no acks to spend CPU on); latency = publish call -> UnitsRecommended received on a core-NATS subscription (matched by Cad-Input-Seq), nearest-rank percentiles, ${
      result.standbyAt1k === null
        ? `first ${shape.warmupSeconds} s of ${shape.lat1kSeconds} s at 1,000/s not counted`
        : `the engine's ${shape.lat1kSeconds} s at 1,000/s in two halves, first and last of four slots (ABBA with the engine with the standby, below), the first ${shape.warmupSeconds} s of each half not counted, its p50/p99/p99.9 pooled over both halves; the pass-through's ${shape.lat1kSeconds} s on the same inputs after them, first ${shape.warmupSeconds} s not counted`
    }; schedule slip is measured (the open loop never waits for the service).`,
    `Highest sustained rate = saturation: ${shape.rounds} round(s) per side of ${shape.saturationInputs} inputs published as fast as the service takes them, at most ${SATURATION_BACKLOG} unprocessed (progress = outputs stored in the event stream), rate over the last 90%; rounds alternate engine / pass-through on identical inputs; medians: engine ${rate(result.saturation.engine)}, pass-through ${rate(result.saturation.passthrough)} inputs/s (ratio ${pct(result.saturation.ratio)}).`,
    openLoopLine(shape, result),
    `CPU per input at saturation (medians): ${cpuLine("engine", cpu.engine)}; ${cpuLine("pass-through", cpu.passthrough)}.`,
    ...(result.standbyAt1k === null
      ? []
      : [describeStandby(result.standbyAt1k, result.latencyAt1k, shape.lat1kSeconds, shape.warmupSeconds)]),
    `Checks: ${checkLine("engine", checks.engine)}; ${checkLine("pass-through", checks.passthrough)}${checks.standby === undefined ? "" : `; ${checkLine("engine with standby", checks.standby)}`}.`,
  ];
}

function openLoopLine(shape: RunShape, result: E2EResult): string {
  const o = result.openLoop;
  if (o === null)
    return "No open-loop search in this quick run: traffic arriving at a fixed rate is kept up with only at a lower rate than saturation (the full run measures it).";
  const probes = o.probes
    .map(
      (p) =>
        `${p.side} ${rate(p.rate)}/s ${p.keptUp ? "kept up" : `fell behind (${rate(p.achievedPerS)}/s)`}`,
    )
    .join("; ");
  return `Open loop: inputs published at a fixed rate whatever the service does, ${shape.probes} bisection probes of ${shape.probeSeconds} s per side (sides alternating) between 0 (1,000 when it kept up at 1,000/s) and 1.1 x its saturation rate, a rate failing only if it fails twice in a row; kept up = at most 0.2 s of input unprocessed when publishing ended. Result: engine ${rate(o.engine)}, pass-through ${rate(o.passthrough)} inputs/s (ratio ${pct(o.ratio)}). Probes: ${probes}.`;
}

function checkLine(name: string, c: StreamCheck): string {
  const ok = c.inputsStored === c.published && c.outputsStored === c.outputsExpected;
  return (
    `${name} ${ok ? "OK" : "MISMATCH"}: ${c.published} inputs published, ${c.inputsStored} in the input stream; ` +
    `${c.outputsExpected} outputs expected from the in-memory record, ${c.outputsStored} in the event stream ` +
    `(${(c.outputBytes / Math.max(1, c.outputsStored)).toFixed(0)} B each as stored)`
  );
}

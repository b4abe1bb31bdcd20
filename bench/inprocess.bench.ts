/**
 * The in-process hot path on a realistic mixed stream (bench/lib/mixed.ts): for every input, decode its
 * protobuf bytes, decide and evolve (applyInput), and encode every output in its cad.v1.Output envelope,
 * as the NATS service does, without the network. Inputs are encoded ahead of time; the state starts
 * after the roster (10k units). Throughput over the whole stream, and per chunk of 10,000 inputs.
 * Run: node --import tsx bench/inprocess.bench.ts
 */
import { loadConfigFile } from "../adapters/config/index.ts";
import { decodeInput, encodeEvent, encodeInput, encodeRejection } from "../adapters/nats/index.ts";
import { applyInput, createState, type EngineConfig, type Input } from "../engine/index.ts";
import { STATE_ONLY } from "./lib/fleet.ts";
import { mixedLog, type MixedLog } from "./lib/mixed.ts";
import { fmt, machineInfo } from "./lib/report.ts";
import { fullGc, isMain, median, percentile } from "./lib/stats.ts";

const CHUNK = 10_000;
const AGENCY = "bench";

export interface InprocessResult {
  readonly inputs: number;
  readonly rejected: number;
  readonly outputs: number;
  readonly outputBytes: number;
  /** Median over the passes of inputs / whole-stream time. */
  readonly inputsPerSec: number;
  readonly passesMs: readonly number[];
  /** Rates of the chunks of the median pass: p50 and the slowest-1% chunk. */
  readonly chunkP50PerSec: number;
  readonly chunkMinPerSec: number;
}

interface Encoded {
  readonly input: Input;
  readonly bytes: Uint8Array;
}

/** Encodes the stream's inputs as a sender would (the codec leaves out the id and instant: the log gives them). */
export function encodeStream(stream: readonly Input[]): Encoded[] {
  return stream.map((input) => ({ input, bytes: encodeInput(input) }));
}

export function runInprocess(config: EngineConfig, log: MixedLog, opts: { passes: number }): InprocessResult {
  const encoded = encodeStream(log.stream);
  const passes: { ms: number; chunkMs: number[]; rejected: number; outputs: number; bytes: number }[] = [];
  for (let p = 0; p < opts.passes; p++) {
    const state = createState();
    for (const input of log.roster) applyInput(state, config, input, STATE_ONLY);
    fullGc();
    let rejected = 0;
    let outputs = 0;
    let bytes = 0;
    const chunkMs: number[] = [];
    const started = performance.now();
    let chunkStarted = started;
    for (let i = 0; i < encoded.length; i++) {
      const { input, bytes: data } = encoded[i]!;
      const decoded = decodeInput(input.kind, data, input.id, input.at);
      if (!decoded.ok) throw new Error(`in-process bench: ${input.kind} does not decode: ${decoded.reason}`);
      const result = applyInput(state, config, decoded.input);
      const meta = { agency: AGENCY, inputSeq: i + 1, inputId: input.id, index: 0 };
      if (result.rejection !== null) {
        rejected++;
        bytes += encodeRejection(meta, input.at, input.kind, result.rejection).length;
        outputs++;
      } else {
        for (let k = 0; k < result.events.length; k++) {
          bytes += encodeEvent({ ...meta, index: k }, result.events[k]!).length;
          outputs++;
        }
      }
      if ((i + 1) % CHUNK === 0) {
        const now = performance.now();
        chunkMs.push(now - chunkStarted);
        chunkStarted = now;
      }
    }
    passes.push({ ms: performance.now() - started, chunkMs, rejected, outputs, bytes });
  }
  const mid = [...passes].sort((a, b) => a.ms - b.ms)[passes.length >> 1]!;
  const chunkRates = mid.chunkMs.map((ms) => CHUNK / (ms / 1000)).sort((a, b) => a - b);
  return {
    inputs: encoded.length,
    rejected: mid.rejected,
    outputs: mid.outputs,
    outputBytes: mid.bytes,
    inputsPerSec: encoded.length / (median(passes.map((p) => p.ms)) / 1000),
    passesMs: passes.map((p) => p.ms),
    chunkP50PerSec: percentile(chunkRates, 50),
    chunkMinPerSec: chunkRates[0] ?? NaN,
  };
}

if (isMain(import.meta.url)) {
  const config = loadConfigFile();
  const log = mixedLog(config, { units: 10_000, inputs: 200_000, seed: 42 });
  const r = runInprocess(config, log, { passes: 3 });
  console.log(`# In-process hot path (decode, decide, evolve, encode)\n\nMachine: ${machineInfo()}\n`);
  console.log(
    `${r.inputs.toLocaleString("en-US")} inputs (${r.rejected} rejected), ${r.outputs.toLocaleString("en-US")} outputs ` +
      `(${fmt(r.outputBytes / 1e6)} MB): ${fmt(r.inputsPerSec)} inputs/s (median of ${r.passesMs.map(fmt).join(", ")} ms); ` +
      `chunks of ${CHUNK}: p50 ${fmt(r.chunkP50PerSec)}/s, slowest ${fmt(r.chunkMinPerSec)}/s`,
  );
}

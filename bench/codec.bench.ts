/**
 * The protobuf wire codec (adapters/nats/codec): encodeInput and decodeInput of each of the 18 input
 * kinds, on a typical message of that kind (INPUT_EXAMPLES; its size in bytes is in the task name).
 * Run: node --import tsx bench/codec.bench.ts
 */
import { Bench } from "tinybench";
import {
  decodeInput,
  encodeInput,
  EXAMPLES_AT as T,
  INPUT_EXAMPLES,
  type InputBody,
} from "../adapters/nats/index.ts";
import { INPUT_KINDS, type InputKind } from "../engine/index.ts";
import { fmt, machineInfo, markdownTable, timing } from "./lib/report.ts";
import { isMain } from "./lib/stats.ts";

export interface CodecTiming {
  readonly kind: InputKind;
  readonly bytes: number;
  readonly encodeP50Ns: number;
  readonly encodeP99Ns: number;
  readonly decodeP50Ns: number;
  readonly decodeP99Ns: number;
  readonly encodePerSec: number;
  readonly decodePerSec: number;
}

export async function runCodec(opts: { timeMs: number; warmupMs: number }): Promise<CodecTiming[]> {
  const bench = new Bench({
    time: opts.timeMs,
    warmupTime: opts.warmupMs,
    timestampProvider: "hrtimeNow",
    subtractTimerOverhead: true,
  });
  let sink = 0;
  const sizes = new Map<InputKind, number>();
  for (const kind of INPUT_KINDS) {
    const body: InputBody = INPUT_EXAMPLES[kind];
    const bytes = encodeInput(body);
    const decoded = decodeInput(kind, bytes, "bench-1", T);
    if (!decoded.ok) throw new Error(`codec bench: ${kind} does not decode: ${decoded.reason}`);
    sizes.set(kind, bytes.length);
    bench
      .add(`encodeInput ${kind} (${bytes.length} B)`, () => {
        sink += encodeInput(body).length;
      })
      .add(`decodeInput ${kind} (${bytes.length} B)`, () => {
        if (decodeInput(kind, bytes, "bench-1", T).ok) sink++;
      });
  }
  await bench.run();
  if (sink === 0) throw new Error("codec bench: nothing ran");
  return INPUT_KINDS.map((kind) => {
    const bytes = sizes.get(kind)!;
    const enc = timing(bench, `encodeInput ${kind} (${bytes} B)`);
    const dec = timing(bench, `decodeInput ${kind} (${bytes} B)`);
    return {
      kind,
      bytes,
      encodeP50Ns: enc.p50Us * 1000,
      encodeP99Ns: enc.p99Us * 1000,
      decodeP50Ns: dec.p50Us * 1000,
      decodeP99Ns: dec.p99Us * 1000,
      encodePerSec: enc.opsPerSec,
      decodePerSec: dec.opsPerSec,
    };
  });
}

export function codecTable(rows: readonly CodecTiming[]): string {
  return markdownTable(
    ["input kind", "bytes", "encode p50 ns", "encode p99 ns", "decode p50 ns", "decode p99 ns", "decodes/s"],
    rows.map((r) => [
      r.kind,
      String(r.bytes),
      fmt(r.encodeP50Ns),
      fmt(r.encodeP99Ns),
      fmt(r.decodeP50Ns),
      fmt(r.decodeP99Ns),
      fmt(r.decodePerSec),
    ]),
  );
}

if (isMain(import.meta.url)) {
  const rows = await runCodec({ timeMs: 300, warmupMs: 50 });
  console.log(`# Input codec (protobuf)\n\nMachine: ${machineInfo()}\n`);
  console.log(codecTable(rows));
}

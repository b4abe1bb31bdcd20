/**
 * The protobuf wire codec (adapters/nats/codec): encodeInput and decodeInput of each of the 18 input
 * kinds, on a realistic message of that kind (its size in bytes is in the task name).
 * Run: node --import tsx bench/codec.bench.ts
 */
import { Bench } from "tinybench";
import { decodeInput, encodeInput, type InputBody } from "../adapters/nats/index.ts";
import { INPUT_KINDS, type InputKind } from "../engine/index.ts";
import { fmt, machineInfo, markdownTable, timing } from "./lib/report.ts";
import { isMain } from "./lib/stats.ts";

const T = Date.UTC(2026, 0, 1, 8, 0, 0);
const STATION = { id: "ST12", lon: -122.3321, lat: 47.6062 };

/** A typical message of each kind, as a dispatcher's console, an MDT or call-taking would send it. */
export const SAMPLE_INPUTS: { readonly [K in InputKind]: Extract<InputBody, { kind: K }> } = {
  ReceiveCall: {
    kind: "ReceiveCall",
    callId: "C2026-000123",
    receivedAt: T - 40_000,
    answeredAt: T - 35_000,
    lon: -122.335167,
    lat: 47.608013,
    address: "1201 3rd Ave, Seattle, WA",
    callType: "MED",
    callerNumber: "+12065550123",
    flags: ["INJURIES"],
    description: "Adult male collapsed in the lobby, breathing",
  },
  SplitCall: { kind: "SplitCall", callId: "C2026-000124" },
  MergeIncidents: { kind: "MergeIncidents", incidentId: "INC-000124", intoIncidentId: "INC-000123" },
  LinkIncidents: { kind: "LinkIncidents", incidentId: "INC-000124", otherIncidentId: "INC-000125" },
  DispatchUnit: { kind: "DispatchUnit", incidentId: "INC-000123", unitId: "M12" },
  ReassignUnit: { kind: "ReassignUnit", incidentId: "INC-000125", unitId: "E21" },
  UpdateUnitStatus: { kind: "UpdateUnitStatus", unitId: "M12", status: "ER" },
  UpdateUnitLocation: {
    kind: "UpdateUnitLocation",
    unitId: "M12",
    lon: -122.330062,
    lat: 47.603832,
    fixAt: T - 800,
  },
  CheckUnit: { kind: "CheckUnit", unitId: "E21" },
  ClearIncident: { kind: "ClearIncident", incidentId: "INC-000123" },
  CloseIncident: { kind: "CloseIncident", incidentId: "INC-000123", disposition: "TRANSPORTED" },
  ReopenIncident: { kind: "ReopenIncident", incidentId: "INC-000123", reason: "caller called back" },
  ReprioritiseIncident: {
    kind: "ReprioritiseIncident",
    incidentId: "INC-000125",
    priority: 1,
    reason: "weapon seen",
  },
  AddNote: {
    kind: "AddNote",
    incidentId: "INC-000123",
    text: "Patient conscious, history of diabetes; access via the north door",
    author: "dispatcher 4",
  },
  AddUnit: {
    kind: "AddUnit",
    unitId: "E21",
    unitType: "engine",
    agency: "metro-fire",
    capabilities: ["BLS", "SUPPRESSION"],
    station: STATION,
    crew: 4,
  },
  ChangeUnit: { kind: "ChangeUnit", unitId: "E21", capabilities: ["BLS"], crew: 3 },
  RetireUnit: { kind: "RetireUnit", unitId: "E21" },
  Tick: { kind: "Tick" },
};

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
    const body: InputBody = SAMPLE_INPUTS[kind];
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

/**
 * The checks of issue 16's proof, once the input stream is quiet: (a) every acknowledged input is in
 * the input stream once; (b) the event stream holds each message id once and no two bodies under
 * one id; (c) the outputs equal a reference engine's that applied the same log without
 * interruption; (d) every replica's state digest equals the reference's at the same input position.
 * Besides, every body seen on the wire under an id is the reference's (ha-load.ts's OutputWatch).
 */
import type { JetStreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { loadConfigFile } from "../../adapters/config/index.ts";
import {
  agencySubjects,
  decodeOutput,
  LOG_HEADERS,
  logMessageOfStream,
  msgIdOf,
  stateDigest,
  StreamReadError,
  StreamReader,
} from "../../adapters/nats/index.ts";
import { InputApplier } from "../../adapters/nats/testing.ts";
import { createState } from "../../engine/index.ts";
import { waitFor, type BeatWatch } from "./ha-harness.ts";
import { bodyHash, type InputLoad, type OutputWatch } from "./ha-load.ts";

/** A replica's `digest` reply (`cad.<a>.replica.<r>.q.digest`), with the reference's at its position. */
export interface ReplicaDigest {
  readonly replica: string;
  readonly lastInputSeq: number;
  readonly sha256: string;
  readonly term: number;
  readonly leading: boolean;
  /** The reference engine's digest after input `lastInputSeq`. */
  reference: string;
}

export interface HaReport {
  /** Messages in the input stream. */
  readonly inputs: number;
  readonly sent: number;
  readonly acked: number;
  /** (a) Acknowledged, not in the input stream. */
  readonly ackedMissing: string[];
  /** (a) Message ids stored in the input stream more than once. */
  readonly inputIdRepeats: string[];
  /** (a) Acknowledged with a sequence that holds another input. */
  readonly ackSeqWrong: string[];
  /** Inputs the log holds that this load did not send (leadership claims, configuration). */
  readonly otherInputs: Record<string, number>;
  /** Messages in the event stream, and the reference's outputs. */
  readonly outputs: number;
  readonly expectedOutputs: number;
  /** (b) Ids stored more than once in the event stream. */
  readonly duplicateOutputIds: string[];
  /** (b)/(c) Ids whose stored body differs from the reference's (or from another stored under the id). */
  readonly differentBodies: string[];
  /** The first few of them, decoded: the stored output and the reference's. */
  readonly bodyDiffs: { id: string; stored: unknown; reference: unknown }[];
  /** (c) The reference's outputs the event stream lacks, and ids it holds the reference has not. */
  readonly missingOutputs: string[];
  readonly extraOutputs: string[];
  /** On the wire: ids seen with two bodies, with a body that is not the reference's, or unknown to it. */
  readonly wireConflicts: string[];
  readonly wireNotReference: string[];
  readonly wireUnknownIds: string[];
  readonly wireMessages: number;
  /** (d) */
  readonly digests: ReplicaDigest[];
  /** Acknowledged inputs never applied: not stored, or beyond the position of a replica. */
  readonly lostInputs: number;
  /** Ids stored twice or with two bodies (stored or on the wire). */
  readonly duplicateOutputs: number;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();
const decoded = (data: Uint8Array | undefined): unknown => {
  if (data === undefined) return undefined;
  try {
    return decodeOutput(data);
  } catch (e) {
    return `undecodable: ${(e as Error).message}`;
  }
};
/** The input sequence an output's id names (`<agency>:<inputSeq>:…`); 0 when it names none (then it is checked). */
const inputSeqOf = (id: string): number => {
  const seq = Number(id.split(":")[1]);
  return Number.isSafeInteger(seq) ? seq : 0;
};
const first = <T>(xs: T[], n = 10) => xs.slice(0, n);

/** Asks one replica for its digest (any role; its own state). */
export async function replicaDigest(
  nc: NatsConnection,
  agency: string,
  replica: string,
): Promise<ReplicaDigest> {
  const reply = await nc.request(`cad.${agency}.replica.${replica}.q.digest`, encoder.encode("{}"), {
    timeout: 10_000,
  });
  const r = JSON.parse(decoder.decode(reply.data)) as Omit<ReplicaDigest, "reference" | "replica"> & {
    replica?: string;
  };
  return {
    replica,
    lastInputSeq: r.lastInputSeq,
    sha256: r.sha256,
    term: r.term,
    leading: r.leading,
    reference: "",
  };
}

/**
 * Waits until the input stream is quiet and every replica has applied all of it (and the leader
 * has published all of it), then asks each replica for its digest.
 */
export async function settledDigests(
  nc: NatsConnection,
  jsm: JetStreamManager,
  beats: BeatWatch,
  agency: string,
  replicas: readonly string[],
  timeoutMs = 120_000,
): Promise<{ lastSeq: number; digests: ReplicaDigest[] }> {
  const s = agencySubjects(agency);
  let lastSeq = 0;
  await waitFor(
    `${agency}: the input stream quiet, applied by ${replicas.join(", ")} and published by the leader`,
    async () => {
      const before = (await jsm.streams.info(s.inputStream)).state.last_seq;
      const leader = beats.leader(agency);
      const fresh = new Map(beats.fresh(agency).map((h) => [h.beat.replica, h.beat]));
      const applied = replicas.every((r) => (fresh.get(r)?.appliedSeq ?? -1) === before);
      if (!applied || leader === undefined || leader.publishedUpTo < before) return undefined;
      const after = (await jsm.streams.info(s.inputStream)).state.last_seq;
      if (after !== before) return undefined;
      lastSeq = after;
      return true;
    },
    timeoutMs,
    500,
  );
  const digests = await Promise.all(replicas.map((r) => replicaDigest(nc, agency, r)));
  return { lastSeq, digests };
}

/** Applies the whole input log as an uninterrupted engine would: each output's id -> its body hash, and digests at `positions`. */
async function reference(
  nc: NatsConnection,
  jsm: JetStreamManager,
  agency: string,
  lastSeq: number,
  positions: ReadonlySet<number>,
): Promise<{
  outputs: Map<string, string>;
  /** Each output's encoded body (to show how a stored one differs). */
  bytes: Map<string, Uint8Array>;
  digestAt: Map<number, string>;
  ids: Map<string, number[]>;
  subjects: Map<number, string>;
}> {
  const s = agencySubjects(agency);
  const state = createState();
  const applier = new InputApplier({
    s,
    state,
    config: loadConfigFile(),
    trustInputTime: false,
    counts: { applied: 0, rejected: 0 },
    stateOnly: () => false,
  });
  const outputs = new Map<string, string>();
  const bytes = new Map<string, Uint8Array>();
  const digestAt = new Map<number, string>();
  const ids = new Map<string, number[]>();
  const subjects = new Map<number, string>();
  if (positions.has(0)) digestAt.set(0, stateDigest(state));
  const reader = await StreamReader.open(nc, jsm, {
    stream: s.inputStream,
    fromSeq: 1,
    toSeq: lastSeq,
    headerNames: LOG_HEADERS,
  });
  let expected = 1;
  for (let batch = await reader.next(); batch !== null; batch = await reader.next()) {
    for (const m of batch) {
      if (m.seq !== expected) throw new Error(`input stream: read ${m.seq} where ${expected} was next`);
      expected++;
      const msg = logMessageOfStream(m);
      const id = msg.msgId ?? "";
      ids.set(id, [...(ids.get(id) ?? []), m.seq]);
      subjects.set(m.seq, m.subject);
      for (const o of applier.apply(msg)) {
        const id = msgIdOf(o.id);
        const data = o.encode();
        outputs.set(id, bodyHash(o.subject, data));
        bytes.set(id, data);
      }
      if (positions.has(m.seq)) digestAt.set(m.seq, stateDigest(state));
    }
  }
  await reader.close();
  if (expected !== lastSeq + 1) throw new Error(`input stream: read up to ${expected - 1} of ${lastSeq}`);
  return { outputs, bytes, digestAt, ids, subjects };
}

/** Every message of the event stream: message id -> the hashes of the bodies stored under it. */
async function storedOutputs(
  nc: NatsConnection,
  jsm: JetStreamManager,
  agency: string,
  expected: ReadonlyMap<string, string>,
  lastSeq: number,
): Promise<{ stored: Map<string, string[]>; count: number; unlike: Map<string, Uint8Array> }> {
  const s = agencySubjects(agency);
  const last = (await jsm.streams.info(s.eventStream)).state.last_seq;
  const stored = new Map<string, string[]>();
  const unlike = new Map<string, Uint8Array>();
  let count = 0;
  const reader = await StreamReader.open(nc, jsm, {
    stream: s.eventStream,
    fromSeq: 1,
    toSeq: last,
    headerNames: ["Nats-Msg-Id"],
  });
  for (let batch = await reader.next(); batch !== null; batch = await reader.next())
    for (const m of batch) {
      const id = m.headers[0] ?? "";
      if (inputSeqOf(id) > lastSeq) continue;
      count++;
      const hash = bodyHash(m.subject, m.data);
      if (unlike.size < 3 && expected.has(id) && expected.get(id) !== hash) unlike.set(id, m.data.slice());
      const list = stored.get(id);
      if (list === undefined) stored.set(id, [hash]);
      else list.push(hash);
    }
  await reader.close();
  return { stored, count, unlike };
}

/** (a): the acknowledged inputs against the input stream's ids; and what else the log holds, by subject. */
function inputChecks(load: InputLoad, ref: { ids: Map<string, number[]>; subjects: Map<number, string> }) {
  const acked = load.acked;
  const ackedIds = new Set(acked.map((a) => a.id));
  const otherInputs: Record<string, number> = {};
  for (const [id, seqs] of ref.ids)
    if (!ackedIds.has(id)) {
      const kind = (ref.subjects.get(seqs[0] ?? 0) ?? "?").split(".").slice(3).join(".");
      otherInputs[kind] = (otherInputs[kind] ?? 0) + 1;
    }
  return {
    ackedMissing: acked.filter((a) => !ref.ids.has(a.id)).map((a) => a.id),
    inputIdRepeats: [...ref.ids].filter(([, seqs]) => seqs.length > 1).map(([id]) => id),
    ackSeqWrong: acked.filter((a) => ref.ids.get(a.id)?.[0] !== a.seq).map((a) => a.id),
    otherInputs,
  };
}

/**
 * A read of a whole stream, started again when the reader could not promise every message: its
 * consumer may sit on a replica whose copy is still catching up after a node was killed.
 */
async function readAgainOnError<T>(read: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await read();
    } catch (error) {
      if (!(error instanceof StreamReadError) || attempt >= 5) throw error;
    }
  }
}

/** Runs the checks (the stream quiet, the digests taken: settledDigests). */
export async function verify(
  nc: NatsConnection,
  jsm: JetStreamManager,
  agency: string,
  load: InputLoad,
  watch: OutputWatch | undefined,
  settled: { lastSeq: number; digests: ReplicaDigest[] },
): Promise<HaReport> {
  const { digests } = settled;
  // The log may have grown since the digests were taken (a replica the agency prefers claiming the
  // lead): the reference reads all of it, and outputs of inputs after its end are left out.
  const lastSeq = Math.max(
    settled.lastSeq,
    (await jsm.streams.info(agencySubjects(agency).inputStream)).state.last_seq,
  );
  const positions = new Set(digests.map((d) => d.lastInputSeq));
  const ref = await readAgainOnError(() => reference(nc, jsm, agency, lastSeq, positions));
  for (const d of digests) d.reference = ref.digestAt.get(d.lastInputSeq) ?? "(beyond the log)";

  const inputs = inputChecks(load, ref);
  const { stored, count, unlike } = await readAgainOnError(() =>
    storedOutputs(nc, jsm, agency, ref.outputs, lastSeq),
  );
  const bodyDiffs = [...unlike].map(([id, data]) => ({
    id,
    stored: decoded(data),
    reference: decoded(ref.bytes.get(id)),
  }));
  const duplicateOutputIds = [...stored].filter(([, hashes]) => hashes.length > 1).map(([id]) => id);
  const differentBodies = [...stored]
    .filter(([id, hashes]) => hashes.some((h) => h !== ref.outputs.get(id)) && ref.outputs.has(id))
    .map(([id]) => id);
  const missingOutputs = [...ref.outputs.keys()].filter((id) => !stored.has(id));
  const extraOutputs = [...stored.keys()].filter((id) => !ref.outputs.has(id));

  const wire = new Map([...(watch?.bodies ?? [])].filter(([id]) => inputSeqOf(id) <= lastSeq));
  const wireConflicts = (watch?.conflicts ?? []).map(([id]) => id).filter((id) => inputSeqOf(id) <= lastSeq);
  const wireNotReference = [...wire]
    .filter(([id, h]) => ref.outputs.has(id) && ref.outputs.get(id) !== h)
    .map(([id]) => id);
  const wireUnknownIds = [...wire.keys()].filter((id) => !ref.outputs.has(id));

  const lowest = Math.min(...digests.map((d) => d.lastInputSeq));
  const lostInputs = inputs.ackedMissing.length + load.acked.filter((a) => a.seq > lowest).length;
  const duplicateOutputs = new Set([
    ...duplicateOutputIds,
    ...differentBodies,
    ...wireConflicts,
    ...wireNotReference,
  ]).size;
  return {
    inputs: lastSeq,
    sent: load.sent.length,
    acked: load.acked.length,
    ackedMissing: first(inputs.ackedMissing),
    inputIdRepeats: first(inputs.inputIdRepeats),
    ackSeqWrong: first(inputs.ackSeqWrong),
    otherInputs: inputs.otherInputs,
    outputs: count,
    expectedOutputs: ref.outputs.size,
    duplicateOutputIds: first(duplicateOutputIds),
    differentBodies: first(differentBodies),
    bodyDiffs,
    missingOutputs: first(missingOutputs),
    extraOutputs: first(extraOutputs),
    wireConflicts: first(wireConflicts),
    wireNotReference: first(wireNotReference),
    wireUnknownIds: first(wireUnknownIds),
    wireMessages: watch?.messages ?? 0,
    digests,
    lostInputs,
    duplicateOutputs,
  };
}

import { jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { buildConfiguration, ZoneIndex, type EngineConfig } from "../../engine/index.ts";
import {
  agencySubjects,
  connectNats,
  decodeInput,
  inputSubject,
  TIME_HEADER,
  type NatsAuth,
} from "../nats/index.ts";
import { short } from "./config-record.ts";

/** One configuration change the input log recorded. */
export interface ConfigChange {
  readonly seq: number;
  /** The input's id (its Nats-Msg-Id). */
  readonly id: string;
  /** When the log accepted it, epoch ms. */
  readonly at: number;
  /** The engine time its recorder gave it (Cad-Time), which a service trusting input time uses. */
  readonly claimedAt: number | null;
  readonly hash: string;
  /** What changed since the configuration recorded before it, in a few words. */
  readonly summary: string;
}

/** A bound on what one history reads: far more configuration changes than a centre makes. */
const MAX_CHANGES = 10_000;

/** Reads every ApplyConfiguration the agency's input log holds, oldest first. */
export async function readConfigHistory(
  servers: string,
  agency: string,
  auth?: NatsAuth,
): Promise<ConfigChange[]> {
  const s = agencySubjects(agency);
  const nc = await connectNats(servers, `cad-config-history-${agency}`, auth);
  try {
    // Recorded on the plain subject, or on the timed one by an engine that trusts input time.
    const body = { kind: "ApplyConfiguration", hash: "", content: "" } as const;
    const recorded: Recorded[] = [];
    for (const timed of [false, true])
      recorded.push(...(await readSubject(nc, s.inputStream, inputSubject(agency, body, { timed }))));
    recorded.sort((a, b) => a.seq - b.seq);
    const changes: ConfigChange[] = [];
    let previous: EngineConfig | null = null;
    for (const m of recorded.slice(0, MAX_CHANGES)) {
      const at = m.at;
      const decoded = decodeInput("ApplyConfiguration", m.data, m.id, at);
      if (!decoded.ok || decoded.input.kind !== "ApplyConfiguration") {
        changes.push({ seq: m.seq, id: m.id, at, claimedAt: m.claimedAt, hash: "?", summary: "undecodable" });
        continue;
      }
      const built = buildConfiguration(decoded.input.content);
      const config = built.ok ? built.config : null;
      const summary = config === null ? "invalid (rejected by the engine)" : describeChange(previous, config);
      changes.push({ seq: m.seq, id: m.id, at, claimedAt: m.claimedAt, hash: decoded.input.hash, summary });
      if (config !== null) previous = config;
    }
    return changes;
  } finally {
    await nc.close();
  }
}

interface Recorded {
  seq: number;
  id: string;
  at: number;
  claimedAt: number | null;
  data: Uint8Array;
}

/** Every message the stream holds on one subject (up to MAX_CHANGES), oldest first. */
async function readSubject(nc: NatsConnection, stream: string, subject: string): Promise<Recorded[]> {
  const info = await (await jetstreamManager(nc)).streams.info(stream, { subjects_filter: subject });
  const count = Math.min(info.state.subjects?.[subject] ?? 0, MAX_CHANGES);
  const out: Recorded[] = [];
  let fromSeq = 1;
  while (out.length < count) {
    const m = await nextOnSubject(nc, stream, subject, fromSeq);
    if (m === null) break;
    fromSeq = m.seq + 1;
    out.push(m);
  }
  return out;
}

/**
 * The first message on `subject` at or after `fromSeq`, found by the server (the stream message
 * get with next_by_subj, nats-server 2.9; nats.js's typed getMessage does not offer it).
 */
async function nextOnSubject(
  nc: NatsConnection,
  stream: string,
  subject: string,
  fromSeq: number,
): Promise<Recorded | null> {
  const reply = await nc.request(
    `$JS.API.STREAM.MSG.GET.${stream}`,
    JSON.stringify({ seq: fromSeq, next_by_subj: subject }),
    { timeout: 5000 },
  );
  const body = JSON.parse(new TextDecoder().decode(reply.data)) as {
    message?: { seq: number; time: string; data?: string; hdrs?: string };
    error?: { code: number; description: string };
  };
  if (body.error?.code === 404) return null;
  if (body.message === undefined)
    throw new Error(`reading ${stream}: ${body.error?.description ?? "no message"}`);
  const { seq, time, data, hdrs } = body.message;
  const head = headerLines(hdrs);
  const claimed = Number(head.get(TIME_HEADER.toLowerCase()));
  return {
    seq,
    id: head.get("nats-msg-id") ?? "",
    at: Date.parse(time),
    claimedAt: Number.isInteger(claimed) && claimed > 0 ? claimed : null,
    data: Buffer.from(data ?? "", "base64"),
  };
}

/** The headers of a stored message ("NATS/1.0\r\nName: value\r\n..."), by lower-case name. */
function headerLines(base64: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of Buffer.from(base64 ?? "", "base64")
    .toString("utf8")
    .split("\r\n")
    .slice(1)) {
    const colon = line.indexOf(":");
    if (colon > 0) out.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return out;
}

/** A short diff: call types added, removed or reprioritised, and which other sections changed. */
export function describeChange(before: EngineConfig | null, after: EngineConfig): string {
  if (before === null) return `first recorded (${after.callTypes.size} call types)`;
  const parts: string[] = [];
  for (const [code, type] of after.callTypes) {
    const old = before.callTypes.get(code);
    if (old === undefined) parts.push(`+${code} (priority ${type.priority})`);
    else if (old.priority !== type.priority)
      parts.push(`${code} priority ${old.priority} -> ${type.priority}`);
    else if (JSON.stringify(old) !== JSON.stringify(type)) parts.push(`${code} changed`);
  }
  for (const code of before.callTypes.keys()) if (!after.callTypes.has(code)) parts.push(`-${code}`);
  for (const key of Object.keys(after) as (keyof EngineConfig)[]) {
    if (key === "callTypes") continue;
    if (sectionText(before[key]) !== sectionText(after[key])) parts.push(`${key} changed`);
  }
  return parts.length === 0 ? "same content" : parts.join(", ");
}

/** Comparable text of a config section (maps and sets as entries; zones by their names). */
function sectionText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return [...(v as Map<unknown, unknown>).entries()];
    if (v instanceof Set) return [...(v as Set<unknown>).values()];
    if (v instanceof ZoneIndex) return v.zones();
    return v;
  });
}

/** `cad config history`: one line per configuration change the log recorded. */
export async function runConfigHistory(servers: string, agency: string, auth: NatsAuth): Promise<number> {
  const changes = await readConfigHistory(servers, agency, auth);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  if (changes.length === 0) {
    out(
      `no configuration recorded in the input log of ${agency} (the engine runs under the file it starts with)`,
    );
    return 0;
  }
  out("input seq  accepted (UTC)        hash          change");
  for (const c of changes) out(formatChange(c));
  return 0;
}

export function formatChange(c: ConfigChange): string {
  const when = new Date(c.at).toISOString().replace("T", " ").slice(0, 19);
  return `${String(c.seq).padStart(9)}  ${when}   ${short(c.hash).padEnd(12)}  ${c.summary}`;
}

/**
 * The faults of issue 16's proof, each with what it measured: the leading engine killed (SIGKILL) and
 * started again, the nats-server node leading the streams killed and started again, the leader
 * paused (SIGSTOP) and resumed. Each waits until the service answers again: a new leader, and the
 * first output of an input sent after the fault. Shared by test/fault and bench/failover.ts.
 */
import { agencySubjects } from "../../adapters/nats/index.ts";
import { sleep, waitFor, type HaCluster } from "./ha-harness.ts";
import type { InputLoad, OutputWatch } from "./ha-load.ts";

export interface FaultContext {
  readonly h: HaCluster;
  readonly agency: string;
  readonly load: InputLoad;
  readonly watch: OutputWatch;
  /** The replicas that must all be back and caught up before the next fault. */
  readonly replicas: readonly string[];
  /** How long the service may take to answer again before the fault counts as failed. */
  readonly recoverMs?: number;
  readonly log?: (line: string) => void;
}

/** One fault and the service's recovery from it. */
export interface Recovery {
  readonly what: string;
  /** Date.now() when the fault was made. */
  readonly at: number;
  /** Who led before, and after (replica and term). */
  readonly before: { replica: string; term: number };
  readonly after: { replica: string; term: number };
  /** The first output of an input sent after the fault: when it arrived, ms after the fault. */
  readonly firstOutputMs: number;
  readonly firstOutputSeq: number;
  /** When this process first heard the new leader's beat, ms after the fault. */
  readonly newLeaderMs: number;
}

const first = async (c: FaultContext, at: number) =>
  waitFor(
    `the first output of an input sent after ${new Date(at).toISOString()}`,
    () => c.watch.firstOutputAfter(c.load, at),
    c.recoverMs ?? 60_000,
  );

async function currentLeader(c: FaultContext) {
  return c.h.beats.leaderAfter(c.agency, 0, c.recoverMs ?? 60_000);
}

/** Waits until every replica beats caught up and the streams have every replica current. */
export async function allBack(c: FaultContext): Promise<void> {
  const s = agencySubjects(c.agency);
  await c.h.streamsHealthy([s.inputStream, s.eventStream], c.recoverMs ?? 60_000);
  await c.h.beats.allCaughtUp(c.agency, c.replicas, 0, c.recoverMs ?? 60_000);
  await c.h.beats.leaderAfter(c.agency, 0, c.recoverMs ?? 60_000);
}

/** SIGKILL of the leading engine, started again at once (same data dir); measured to the first output after it. */
export async function killLeader(c: FaultContext): Promise<Recovery> {
  const before = await currentLeader(c);
  const replica = c.h.replica(before.replica);
  const at = Date.now();
  await replica.kill();
  replica.start();
  const after = await c.h.beats.leaderAfter(c.agency, before.term, c.recoverMs ?? 60_000);
  const led = Date.now();
  const out = await first(c, at);
  const r = recovery(`kill ${before.replica}`, at, before, after, out, led);
  c.log?.(describe(r));
  return r;
}

/**
 * SIGKILL of the nats-server node that leads the input stream (its RAFT group's leader), measured
 * to the first output of an input sent after it, then the node started again (same ports and store)
 * after at least `downMs`, and the streams current on all nodes again.
 */
export async function killStreamLeaderNode(c: FaultContext, downMs = 5000): Promise<Recovery> {
  const s = agencySubjects(c.agency);
  const index = await c.h.streamLeader(s.inputStream);
  const node = c.h.cluster.nodes[index];
  if (node === undefined) throw new Error(`no node ${index}`);
  const before = await currentLeader(c);
  const at = Date.now();
  await node.kill();
  const out = await first(c, at);
  const after = await currentLeader(c);
  const r = recovery(
    `kill nats node ${node.name} (leads ${s.inputStream})`,
    at,
    before,
    after,
    out,
    Date.now(),
  );
  c.log?.(describe(r));
  await sleep(Math.max(0, at + downMs - Date.now()));
  await node.restart();
  await allBack(c);
  return r;
}

/** The leader paused with SIGSTOP for `pauseMs`, then SIGCONT: what it says of itself once it has woken. */
export interface Pause extends Recovery {
  readonly resumedAt: number;
  /** Its first beat, after resuming, that says it no longer leads (ms after SIGCONT), and that beat's term. */
  readonly deposedAfterMs: number;
  readonly deposedTerm: number;
}

export async function pauseLeader(c: FaultContext, pauseMs = 30_000): Promise<Pause> {
  const before = await currentLeader(c);
  const replica = c.h.replica(before.replica);
  const at = Date.now();
  replica.pause();
  const after = await c.h.beats.leaderAfter(c.agency, before.term, c.recoverMs ?? 60_000);
  const led = Date.now();
  const out = await first(c, at);
  await sleep(Math.max(0, at + pauseMs - Date.now()));
  const resumedAt = Date.now();
  replica.resume();
  const deposed = await waitFor(
    `${before.replica} saying, after it resumed, that it no longer leads`,
    () => {
      const b = c.h.beats.of(c.agency, before.replica);
      return b !== undefined && b.heardAt > resumedAt && !b.beat.leading && b.beat.term >= after.term
        ? b
        : undefined;
    },
    c.recoverMs ?? 60_000,
  );
  const r = {
    ...recovery(`pause ${before.replica} ${pauseMs / 1000} s`, at, before, after, out, led),
    resumedAt,
    deposedAfterMs: deposed.heardAt - resumedAt,
    deposedTerm: deposed.beat.term,
  };
  c.log?.(
    `${describe(r)}; resumed, it said it no longer leads ${r.deposedAfterMs} ms later (term ${r.deposedTerm})`,
  );
  return r;
}

function recovery(
  what: string,
  at: number,
  before: { replica: string; term: number },
  after: { replica: string; term: number },
  out: { sent: { seq: number }; arrivedAt: number },
  led: number,
): Recovery {
  return {
    what,
    at,
    before: { replica: before.replica, term: before.term },
    after: { replica: after.replica, term: after.term },
    firstOutputMs: out.arrivedAt - at,
    firstOutputSeq: out.sent.seq,
    newLeaderMs: led - at,
  };
}

const describe = (r: Recovery) =>
  `${r.what}: ${r.before.replica}@${r.before.term} -> ${r.after.replica}@${r.after.term}, new leader heard after ${r.newLeaderMs} ms, first output after ${r.firstOutputMs} ms (input ${r.firstOutputSeq})`;

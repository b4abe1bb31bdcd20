/**
 * Failover on a real 3-node JetStream cluster (issue 16), in one run on this machine:
 *
 * 1. Engine failover: 3 `cad serve --replica` processes of one agency under a steady 1,000 inputs/s;
 *    the leader is killed (SIGKILL) at seeded random moments, >= 20 times, and started again each
 *    time. Failover time: from the kill to the first output of an input sent after it (p50, p99).
 * 2. nats-server node loss: the node leading the input stream killed (SIGKILL), >= 3 times, one at a
 *    time, started again once measured. Recovery: from the kill to the first output of an input sent
 *    after it (p99).
 *    Then, the log quiet: lost_inputs (acknowledged, never applied) and duplicate_outputs (ids stored
 *    twice or with two bodies, in the event stream or seen on the wire), against a reference engine
 *    that applied the same log without interruption; every replica's digest against the reference's.
 * 3. Throughput: 20 agencies served by 3 `cad serve --agencies` processes (each a replica of every
 *    agency, leadership spread) against the same 20 agencies in 1 process, on the same cluster,
 *    alternating the sides (ABBA), each round going on with every agency's city: inputs/s applied,
 *    from the first input sent until every agency's leader has applied the last.
 *
 * Prints a table, then as its last line one JSON object (failover_engine_p50_ms,
 * failover_engine_p99_ms, failover_nats_node_p99_ms, lost_inputs, duplicate_outputs,
 * cluster_vs_single_throughput_ratio and the detail).
 * Run: npm run bench:failover [-- --rate 1000 --kills 20 --node-kills 3 --tp-inputs 1500 --no-throughput]
 */
import { parseArgs } from "node:util";
import { PREFER_AFTER_MS } from "../adapters/nats/index.ts";
import { mulberry32 } from "../adapters/sim/prng.ts";
import { HaCluster, sleep, waitFor } from "../test/support/ha-harness.ts";
import { InputLoad, OutputWatch } from "../test/support/ha-load.ts";
import { allBack, killLeader, killStreamLeaderNode, type Recovery } from "../test/support/ha-faults.ts";
import { settledDigests, verify, type HaReport } from "../test/support/ha-verify.ts";
import { machineInfo } from "./lib/report.ts";
import { median, percentile, round } from "./lib/stats.ts";

const AGENCY = "fo";
const REPLICAS = ["r1", "r2", "r3"];
const TP_AGENCIES = Array.from({ length: 20 }, (_, i) => `t${String(i + 1).padStart(2, "0")}`);
const SEED = 1616;

const log = (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);

interface Options {
  readonly rate: number;
  readonly kills: number;
  readonly nodeKills: number;
  /** Inputs per agency per throughput round. */
  readonly tpInputs: number;
  readonly throughput: boolean;
}

async function failover(h: HaCluster, o: Options) {
  await h.createStreams(AGENCY, 3);
  for (const name of REPLICAS)
    h.startReplica(name, [AGENCY], {
      extraArgs: ["--snapshot-every-seconds", "10"],
      restartOnExit: true,
    });
  const watch = await OutputWatch.start(h.urls, AGENCY);
  const load = new InputLoad(h.js, {
    agency: AGENCY,
    rate: o.rate,
    seed: SEED,
    tag: `b${Date.now()}`,
    units: 500,
  });
  const c = { h, agency: AGENCY, load, watch, replicas: REPLICAS, log };
  await allBack(c);
  load.start();
  await sleep(5000);
  const random = mulberry32(SEED);
  const kills: Recovery[] = [];
  for (let k = 0; k < o.kills; k++) {
    await sleep(1000 + random() * 4000);
    kills.push(await killLeader(c));
    await allBack(c);
  }
  const nodeKills: Recovery[] = [];
  for (let k = 0; k < o.nodeKills; k++) {
    await sleep(2000 + random() * 3000);
    nodeKills.push(await killStreamLeaderNode(c));
  }
  await sleep(3000);
  await load.stop();
  const settled = await settledDigests(h.nc, h.jsm, h.beats, AGENCY, REPLICAS);
  const report = await verify(h.nc, h.jsm, AGENCY, load, watch, settled);
  await watch.stop();
  await Promise.all(REPLICAS.map((r) => h.replica(r).stop()));
  return {
    kills,
    nodeKills,
    report,
    sentPerSecond: load.sent.length / ((Date.now() - load.sent[0]!.sentAt) / 1000),
  };
}

/** Waits until each of the 20 agencies is led by one of `names`, and every one of them is caught up on it. */
async function ready(h: HaCluster, names: readonly string[]): Promise<void> {
  await waitFor(
    `the 20 agencies led by ${names.join(", ")}, all caught up`,
    () =>
      TP_AGENCIES.every((a) => {
        const leader = h.beats.leader(a);
        const fresh = h.beats.fresh(a).filter((b) => names.includes(b.beat.replica) && b.beat.caughtUp);
        return leader !== undefined && names.includes(leader.replica) && fresh.length === names.length;
      })
        ? true
        : undefined,
    180_000,
    250,
  );
}

/** One throughput round: `names` processes serving the 20 agencies; inputs/s applied and published. */
async function throughputRound(
  h: HaCluster,
  names: readonly string[],
  round: number,
  o: Options,
): Promise<number> {
  for (const name of names)
    h.startReplica(name, TP_AGENCIES, {
      extraArgs: ["--snapshot-every-seconds", "10"],
      restartOnExit: true,
    });
  await ready(h, names);
  // The lead spreads: a replica an agency prefers claims it from a live leader after PREFER_AFTER_MS.
  await sleep(PREFER_AFTER_MS + 2000);
  await ready(h, names);
  const leaders = new Map<string, number>();
  for (const a of TP_AGENCIES) {
    const r = h.beats.leader(a)?.replica ?? "?";
    leaders.set(r, (leaders.get(r) ?? 0) + 1);
  }
  const loads = TP_AGENCIES.map(
    (agency, i) =>
      new InputLoad(h.js, {
        agency,
        rate: 1000,
        // Each round goes on with the agency's city where the last one stopped.
        seed: SEED + i,
        from: round * o.tpInputs,
        tag: `tp${round}-${Date.now()}`,
        units: 50,
        count: o.tpInputs,
        maxInFlight: 512,
      }),
  );
  const started = Date.now();
  for (const l of loads) l.start();
  await Promise.all(loads.map((l) => l.done()));
  const sentMs = Date.now() - started;
  const last = await Promise.all(
    TP_AGENCIES.map(async (a) => (await h.jsm.streams.info(`CAD_IN_${a.toUpperCase()}`)).state.last_seq),
  );
  let doneAt = 0;
  await waitFor(
    "every agency's leader applied its last input",
    () => {
      const heard = TP_AGENCIES.map((a, i) => {
        const l = h.beats.leader(a);
        const beat = l === undefined ? undefined : h.beats.of(a, l.replica);
        return beat !== undefined && beat.beat.appliedSeq >= (last[i] ?? 0) ? beat.heardAt : undefined;
      });
      if (heard.some((t) => t === undefined)) return undefined;
      doneAt = Math.max(...(heard as number[]));
      return true;
    },
    300_000,
    50,
  );
  const total = loads.reduce((n, l) => n + l.acked.length, 0);
  const perSecond = total / ((doneAt - started) / 1000);
  log(
    `throughput round ${round} (${names.length} process${names.length === 1 ? "" : "es"}, leaders ${JSON.stringify(Object.fromEntries(leaders))}): ${total} inputs sent in ${sentMs} ms, all applied by the leaders after ${doneAt - started} ms: ${Math.round(perSecond)} inputs/s`,
  );
  await Promise.all(names.map((n) => h.replica(n).stop()));
  return perSecond;
}

async function throughput(h: HaCluster, o: Options) {
  for (const a of TP_AGENCIES) await h.createStreams(a, 3);
  const cluster: number[] = [];
  const single: number[] = [];
  // ABBA: cluster, single, single, cluster.
  const order = ["cluster", "single", "single", "cluster"] as const;
  for (const [round, side] of order.entries()) {
    if (side === "cluster") cluster.push(await throughputRound(h, ["p1", "p2", "p3"], round, o));
    else single.push(await throughputRound(h, ["s1"], round, o));
  }
  return { cluster, single, ratio: median(cluster) / median(single) };
}

const ms = (rs: readonly Recovery[]) => rs.map((r) => r.firstOutputMs).sort((a, b) => a - b);

function table(rows: [string, string][]): string {
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join("\n");
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rate: { type: "string", default: "1000" },
      kills: { type: "string", default: "20" },
      "node-kills": { type: "string", default: "3" },
      "tp-inputs": { type: "string", default: "1500" },
      "no-throughput": { type: "boolean", default: false },
    },
  });
  const o: Options = {
    rate: Number(values.rate),
    kills: Number(values.kills),
    nodeKills: Number(values["node-kills"]),
    tpInputs: Number(values["tp-inputs"]),
    throughput: !values["no-throughput"],
  };
  const h = await HaCluster.start();
  let keep = true;
  try {
    const f = await failover(h, o);
    log(
      `failover part: ${JSON.stringify({ kills: ms(f.kills), nodeKills: ms(f.nodeKills), ...f.report, digests: f.report.digests.map((d) => d.sha256 === d.reference), exits: h.unexpectedExits })}`,
    );
    const tp = o.throughput ? await throughput(h, o) : undefined;
    const engine = ms(f.kills);
    const nodes = ms(f.nodeKills);
    const r: HaReport = f.report;
    const digestsMatch = r.digests.every((d) => d.sha256 === d.reference && d.lastInputSeq === r.inputs);
    const result = {
      failover_engine_p50_ms: percentile(engine, 50),
      failover_engine_p99_ms: percentile(engine, 99),
      failover_engine_max_ms: engine.at(-1) ?? NaN,
      engine_kills: engine.length,
      /** From the kill until this process heard the new leader's heartbeat. */
      engine_new_leader_p50_ms: percentile(
        f.kills.map((k) => k.newLeaderMs).sort((a, b) => a - b),
        50,
      ),
      failover_nats_node_p99_ms: percentile(nodes, 99),
      failover_nats_node_ms: nodes,
      nats_node_kills: nodes.length,
      lost_inputs: r.lostInputs,
      /** Replica processes that exited on their own (FATAL) and were started again, as a supervisor would. */
      replica_unexpected_exits: h.unexpectedExits.length,
      duplicate_outputs: r.duplicateOutputs,
      missing_outputs: r.missingOutputs.length,
      replicas_equal_reference: digestsMatch,
      inputs_per_s_offered: o.rate,
      inputs_per_s_sent: round(f.sentPerSecond),
      inputs_in_log: r.inputs,
      outputs_stored: r.outputs,
      cluster_vs_single_throughput_ratio: tp === undefined ? null : round(tp.ratio, 3),
      cluster_inputs_per_s: tp?.cluster.map((x) => Math.round(x)) ?? [],
      single_inputs_per_s: tp?.single.map((x) => Math.round(x)) ?? [],
      machine: machineInfo(),
    };
    process.stdout.write(
      `${table([
        [
          "engine failover (leader SIGKILL), ms",
          `p50 ${result.failover_engine_p50_ms}, p99 ${result.failover_engine_p99_ms}, max ${result.failover_engine_max_ms} over ${engine.length} kills`,
        ],
        [
          "nats node loss (stream leader SIGKILL), ms",
          `p99 ${result.failover_nats_node_p99_ms} (${nodes.join(", ")})`,
        ],
        ["inputs sent / in the log", `${r.sent} at ${result.inputs_per_s_sent}/s / ${r.inputs}`],
        ["lost inputs", String(r.lostInputs)],
        ["replica exits on their own (restarted)", String(h.unexpectedExits.length)],
        [
          "duplicate outputs",
          `${r.duplicateOutputs} (${r.outputs} stored, ${r.expectedOutputs} expected, ${r.missingOutputs.length} missing)`,
        ],
        ["replicas equal the reference", String(digestsMatch)],
        [
          "throughput, 20 agencies, inputs/s",
          tp === undefined
            ? "not measured"
            : `3 processes ${result.cluster_inputs_per_s.join(", ")}; 1 process ${result.single_inputs_per_s.join(", ")}; ratio ${result.cluster_vs_single_throughput_ratio}`,
        ],
      ])}\n`,
    );
    process.stdout.write(`${JSON.stringify(result)}\n`);
    keep = false;
  } finally {
    await h.stop({ keepDir: keep });
    if (keep) log(`logs kept in ${h.dir}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench:failover: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);

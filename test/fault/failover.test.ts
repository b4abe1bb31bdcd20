import { describe, expect, it, onTestFinished } from "vitest";
import { agencySubjects, natsServerAvailable } from "../../adapters/nats/index.ts";
import { mulberry32 } from "../../adapters/sim/prng.ts";
import { HaCluster, sleep } from "../support/ha-harness.ts";
import { InputLoad, OutputWatch } from "../support/ha-load.ts";
import {
  allBack,
  killLeader,
  killStreamLeaderNode,
  pauseLeader,
  type Recovery,
} from "../support/ha-faults.ts";
import { settledDigests, verify } from "../support/ha-verify.ts";

const AGENCY = "ha";
const REPLICAS = ["r1", "r2", "r3"];
/** Inputs per second: what a 2-core CI machine sustains beside 3 nats-servers and 3 engines. */
const RATE = Number(process.env["CAD_FAULT_RATE"] ?? 300);
const LEADER_KILLS = 20;
const NODE_KILLS = 3;
const PAUSE_MS = 30_000;
const SEED = 16;

describe.skipIf(!natsServerAvailable())(
  "3 engine replicas on a 3-node JetStream cluster: 20 leader kills, 3 nats-server node kills and a 30 s pause of the leader under a stream of inputs (needs nats-server)",
  () => {
    it("applies every acknowledged input once, stores every output once with the reference's body, and every replica ends in the reference's state", async (ctx) => {
      const h = await HaCluster.start();
      const log = (line: string) => process.stdout.write(`${new Date().toISOString()} ${line}\n`);
      onTestFinished(async () => {
        const keep = process.env["CAD_KEEP_HA_DIR"] !== undefined || ctx.task.result?.state === "fail";
        await h.stop({ keepDir: keep });
        if (keep) log(`engine logs and stores kept in ${h.dir}`);
      });
      await h.createStreams(AGENCY, 3);
      const s = agencySubjects(AGENCY);
      for (const info of await Promise.all([s.inputStream, s.eventStream].map((n) => h.jsm.streams.info(n))))
        expect(info.config.num_replicas).toBe(3);
      for (const name of REPLICAS)
        h.startReplica(name, [AGENCY], { extraArgs: ["--snapshot-every-seconds", "10"] });
      const watch = await OutputWatch.start(h.urls, AGENCY);
      onTestFinished(() => watch.stop());
      const load = new InputLoad(h.js, { agency: AGENCY, rate: RATE, seed: SEED, tag: `f${Date.now()}` });
      const c = { h, agency: AGENCY, load, watch, replicas: REPLICAS, log };
      await allBack(c);
      load.start();

      const random = mulberry32(SEED);
      const kills: Recovery[] = [];
      for (let k = 0; k < LEADER_KILLS; k++) {
        await sleep(1000 + random() * 4000);
        kills.push(await killLeader(c));
        await allBack(c);
      }
      const nodeKills: Recovery[] = [];
      for (let k = 0; k < NODE_KILLS; k++) {
        await sleep(1000 + random() * 3000);
        nodeKills.push(await killStreamLeaderNode(c));
      }
      await sleep(1000 + random() * 3000);
      const pause = await pauseLeader(c, PAUSE_MS);
      await allBack(c);
      await sleep(3000);
      await load.stop();

      const settled = await settledDigests(h.nc, h.jsm, h.beats, AGENCY, REPLICAS);
      const report = await verify(h.nc, h.jsm, AGENCY, load, watch, settled);
      log(
        `${JSON.stringify({ ...report, digests: report.digests.map((d) => ({ ...d, match: d.sha256 === d.reference })) })}`,
      );

      // No replica ended but those the test killed (no FATAL exit, no crash).
      expect(h.unexpectedExits).toEqual([]);
      // Every fault was one: a new leader, a new term, and the service answered an input sent after it.
      expect(kills).toHaveLength(LEADER_KILLS);
      for (const k of kills) {
        expect(k.after.term).toBeGreaterThan(k.before.term);
        expect(k.firstOutputMs).toBeGreaterThan(0);
      }
      expect(nodeKills).toHaveLength(NODE_KILLS);
      expect(pause.after.replica).not.toBe(pause.before.replica);
      expect(pause.deposedTerm).toBeGreaterThanOrEqual(pause.after.term);

      // (a) every acknowledged input is in the input stream, once, where its ack said.
      expect(report.acked).toBe(report.sent);
      expect(report.acked).toBeGreaterThan(RATE * 60);
      expect(report.ackedMissing).toEqual([]);
      expect(report.inputIdRepeats).toEqual([]);
      expect(report.ackSeqWrong).toEqual([]);
      // Besides the load's inputs, the log holds the leadership claims (at least one per failover).
      expect(report.otherInputs["leader.claim"] ?? 0).toBeGreaterThanOrEqual(1 + LEADER_KILLS + 1);
      // (b) each output id stored once, (c) with the reference's body, none missing, none extra.
      expect(report.duplicateOutputIds).toEqual([]);
      expect(report.differentBodies).toEqual([]);
      expect(report.missingOutputs).toEqual([]);
      expect(report.extraOutputs).toEqual([]);
      expect(report.outputs).toBe(report.expectedOutputs);
      // Nothing on the wire conflicts, the paused leader's publications after it resumed included:
      // no id with two bodies, no body other than the reference's, no id the reference lacks.
      expect(report.wireMessages).toBeGreaterThan(0);
      expect(report.wireConflicts).toEqual([]);
      expect(report.wireNotReference).toEqual([]);
      expect(report.wireUnknownIds).toEqual([]);
      // (d) every replica, in the reference's state at the end of the log.
      expect(report.digests).toHaveLength(REPLICAS.length);
      for (const d of report.digests) {
        expect(d.lastInputSeq).toBe(settled.lastSeq);
        expect(d.sha256).toBe(d.reference);
      }
      expect(report.digests.filter((d) => d.leading)).toHaveLength(1);
    });
  },
);

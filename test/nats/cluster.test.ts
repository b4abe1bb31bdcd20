import { mulberry32 } from "../../adapters/sim/prng.ts";
import { createServer } from "node:net";
/**
 * The JetStream cluster as deployed (issue 16, contract section 3): three real nats-servers on
 * loopback, streams of three replicas, a client that rides through the loss of the node it is
 * connected to, `cad dev cluster`, and the cluster under `cad auth init`'s credentials.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jetstream, jetstreamManager, type JetStreamClient } from "@nats-io/jetstream";
import { headers, type NatsConnection } from "@nats-io/transport-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { initAuth } from "../../adapters/auth/nats-auth.ts";
import {
  agencySubjects,
  connectNats,
  ensureStreams,
  natsServerAvailable,
  publishUntilAcked,
  reachable,
  replicasFor,
  startNatsServer,
  type NatsServerProcess,
} from "../../adapters/nats/index.ts";
import { startNatsCluster, type NatsCluster } from "../../adapters/nats/testing.ts";

const enc = new TextEncoder();
const dec = new TextDecoder();

/**
 * Every message of `stream`, in order, read with an ordered consumer (as a replaying reader
 * would). A reader during a failover tries again: while JetStream elects a new meta leader (4-9 s
 * on 2.9.10) creating a consumer times out.
 */
async function readAll(js: JetStreamClient, stream: string, count: number): Promise<string[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const consumer = await js.consumers.get(stream);
      const seen: string[] = [];
      while (seen.length < count) {
        const msg = await consumer.next({ expires: 5000 });
        if (msg === null) break;
        seen.push(dec.decode(msg.data));
      }
      return seen;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** `f`'s value, asked again every 250 ms while it fails, for up to 30 s. */
async function retried<T>(f: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      return await f();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

describe.skipIf(!natsServerAvailable())("a three-node JetStream cluster (needs nats-server)", () => {
  let cluster: NatsCluster;
  let single: NatsServerProcess;
  const open: NatsConnection[] = [];
  const connected = async (servers: string) => {
    const nc = await connectNats(servers, "cluster-test");
    open.push(nc);
    return nc;
  };

  beforeAll(async () => {
    [cluster, single] = await Promise.all([startNatsCluster(), startNatsServer()]);
  });

  afterAll(async () => {
    await Promise.all(open.map((nc) => nc.close()));
    await Promise.all([cluster?.stop(), single?.stop()]);
  });

  it("starts three nodes n1..n3 in cluster cad; replicasFor says 3 there and 1 on a single server", async () => {
    expect(cluster.nodes.map((n) => n.name)).toEqual(["n1", "n2", "n3"]);
    expect(cluster.urls.split(",")).toEqual(cluster.nodes.map((n) => n.url));
    const nc = await connected(cluster.nodes[1]?.url ?? "");
    expect(nc.info?.cluster).toBe("cad");
    expect(replicasFor(nc)).toBe(3);
    expect(replicasFor(await connected(single.url))).toBe(1);
  });

  it("pause() freezes a node (it answers nothing) and resume() lets it run again", async () => {
    const node = cluster.nodes[2];
    if (node === undefined) throw new Error("no third node");
    const healthz = () =>
      fetch(`http://127.0.0.1:${node.monitorPort}/healthz`, { signal: AbortSignal.timeout(1000) }).then(
        (r) => r.status,
        () => "no answer",
      );
    expect(await healthz()).toBe(200);
    node.pause();
    try {
      // Polled: the stop takes effect between two requests, not necessarily before the first.
      await expect.poll(healthz, { timeout: 5000 }).toBe("no answer");
    } finally {
      // Never left frozen for the tests after this one, whatever happened here.
      node.resume();
    }
    await expect.poll(healthz, { timeout: 10_000 }).toBe(200);
  });

  it("ensureStreams makes the agency's streams with three replicas; an existing stream with another count is kept, with one warning", async () => {
    const nc = await connected(cluster.urls);
    const s = agencySubjects("r3");
    const warnings: string[] = [];
    const jsm = await ensureStreams(nc, s, { log: (line) => warnings.push(line) });
    for (const name of [s.inputStream, s.eventStream, s.auditStream]) {
      const info = await jsm.streams.info(name);
      expect(info.config.num_replicas, name).toBe(3);
      expect(info.cluster?.leader, name).toMatch(/^n[123]$/);
      expect(info.cluster?.replicas?.length, name).toBe(2);
    }
    expect(warnings).toEqual([]);

    const old = agencySubjects("r1");
    await ensureStreams(nc, old, { replicas: 1 });
    await ensureStreams(nc, old, { replicas: 3, log: (line) => warnings.push(line) });
    expect(warnings).toHaveLength(3);
    for (const name of [old.inputStream, old.eventStream, old.auditStream]) {
      expect((await jsm.streams.info(name)).config.num_replicas, name).toBe(1);
      expect(
        warnings.filter((w) => w.includes(`stream ${name} has 1 replica, not 3`)),
        name,
      ).toHaveLength(1);
    }
    await expect(ensureStreams(nc, agencySubjects("r0"), { replicas: 0 })).rejects.toThrow(/1-5/);
  });

  it("a client given all three URLs keeps publishing and reading while its node is killed; every acked message is stored once", async () => {
    const nc = await connected(cluster.urls);
    const s = agencySubjects("ride");
    await ensureStreams(nc, s, { replicas: 3 });
    const js = jetstream(nc);
    const victim = cluster.nodes.find((n) => n.name === nc.info?.server_name);
    expect(victim).toBeDefined();
    const p = { js, counts: { published: 0 }, stopping: () => false };
    const acked: string[] = [];
    const total = 120;
    for (let i = 0; i < total; i++) {
      if (i === 40) await victim?.kill();
      const body = `input-${i}`;
      await publishUntilAcked(p, `cad.ride.in.call`, enc.encode(body), `ride-${i}`, headers());
      acked.push(body);
    }
    expect(nc.info?.server_name).not.toBe(victim?.name);
    // Read while the node is down: the two others serve the stream.
    expect(await readAll(js, s.inputStream, total)).toEqual(acked);

    await victim?.restart();
    await cluster.ready();
    // The restarted node catches up: asked directly, it serves the same log (no loss, no repeat).
    const direct = await connected(victim?.url ?? "");
    const jsm = await jetstreamManager(direct);
    await expect
      .poll(
        async () =>
          jsm.streams.info(s.inputStream).then(
            (info) => info.cluster?.replicas?.every((r) => r.current) === true,
            () => false,
          ),
        { timeout: 20_000 },
      )
      .toBe(true);
    expect((await jsm.streams.info(s.inputStream)).state.messages).toBe(total);
    expect(await readAll(jetstream(direct), s.inputStream, total)).toEqual(acked);
  });

  it("with cad auth init's configuration: the nodes include it, admin makes R3 streams and the engine role works on them", async () => {
    const layout = await initAuth({
      agencies: ["sec"],
      out: join(mkdtempSync(join(tmpdir(), "cad-auth-")), "auth"),
    });
    const secured = await startNatsCluster({ configFile: layout.conf });
    try {
      await expect(reachable("127.0.0.1", secured.nodes[0]?.port ?? 0)).resolves.toBe(true);
      await expect(connectNats(secured.urls, "anonymous")).rejects.toThrow(/requires credentials/);
      const admin = await connectNats(secured.urls, "admin", { credsFile: layout.creds("sec", "admin") });
      const engine = await connectNats(secured.urls, "engine", { credsFile: layout.creds("sec", "engine") });
      try {
        expect(replicasFor(admin)).toBe(3);
        const s = agencySubjects("sec");
        const jsm = await ensureStreams(admin, s);
        expect((await jsm.streams.info(s.inputStream)).config.num_replicas).toBe(3);
        const ack = await jetstream(engine).publish("cad.sec.in.leader.claim", enc.encode("{}"), {
          msgID: "claim:sec:1:r1:x",
        });
        expect(ack.stream).toBe(s.inputStream);
        expect(await readAll(jetstream(engine), s.inputStream, 1)).toEqual(["{}"]);
      } finally {
        await Promise.all([admin.close(), engine.close()]);
      }
    } finally {
      await secured.stop();
    }
  });

  it("`cad dev cluster` prints each node and NATS_URLS, stops on SIGTERM, and finds its streams when started again on its dir", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cad-dev-cluster-"));
    // Nine consecutive ports (clients, routes, monitoring), each free, below the kernel's range of
    // ephemeral ports: a range taken from an ephemeral port ran into other tests' sockets.
    const port = await freePortRange(9);
    const run = async (check: (urls: string) => Promise<void>) => {
      const child = spawn(
        process.execPath,
        ["--import", "tsx", "adapters/cli/main.ts", "dev", "cluster", "--dir", dir, "--port", String(port)],
        { stdio: ["ignore", "pipe", "pipe"] },
      );
      let out = "";
      let err = "";
      child.stdout.on("data", (d: Buffer) => (out += d.toString()));
      child.stderr.on("data", (d: Buffer) => (err += d.toString()));
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      await expect.poll(() => out + err, { timeout: 30_000 }).toMatch(/NATS_URLS=.*\n/);
      const lines = out.trim().split("\n");
      expect(lines.slice(0, 3).map((l) => l.split(":")[0])).toEqual(["n1", "n2", "n3"]);
      const urls = [0, 1, 2].map((i) => `nats://127.0.0.1:${port + i}`).join(",");
      expect(lines[3]).toBe(`NATS_URLS=${urls}`);
      await check(urls);
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(out).toMatch(/cluster stopped\n$/);
      for (let i = 0; i < 3; i++) expect(await reachable("127.0.0.1", port + i)).toBe(false);
    };
    const s = agencySubjects("dev");
    // Right after a (re)start the nodes may still elect the streams' leaders (4-9 s on 2.9.10):
    // each step is retried until it is answered, within 30 s.
    await run(async (urls) => {
      const nc = await connectNats(urls, "dev");
      await retried(() => ensureStreams(nc, s));
      await retried(() => jetstream(nc).publish("cad.dev.in.call", enc.encode("kept"), { msgID: "kept" }));
      await nc.close();
    });
    await run(async (urls) => {
      const nc = await connectNats(urls, "dev");
      const jsm = await jetstreamManager(nc);
      const info = await retried(() => jsm.streams.info(s.inputStream));
      expect(info.config.num_replicas).toBe(3);
      expect(await readAll(jetstream(nc), s.inputStream, 1)).toEqual(["kept"]);
      await nc.close();
    });
  }, 150_000);
});

/** The first of `n` consecutive ports on 127.0.0.1 that are all free now, from 20000-29990. */
async function freePortRange(n: number): Promise<number> {
  const free = (port: number) =>
    new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
  // Seeded by the process id: parallel test processes start from different places.
  const random = mulberry32(process.pid);
  for (;;) {
    const base = 20_000 + Math.floor(random() * 9_990);
    let all = true;
    for (let k = 0; k < n && all; k++) all = await free(base + k);
    if (all) return base;
  }
}

import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it, onTestFinished } from "vitest";
import { EngineService, isLogLostError, natsServerAvailable } from "../../adapters/nats/index.ts";
import { NatsClient, useNatsServer } from "../support/nats.ts";
import { T0, config } from "../support/scenario.ts";
import { workload } from "../support/workload.ts";

/** Generous for a loaded 2-core machine: tsx starts in 2-5 s there. */
const WAIT_MS = 60_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `cad serve` as a child process, its output kept. */
class Serve {
  output = "";
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;

  constructor(url: string, agency: string, extra: string[] = []) {
    this.child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "adapters/cli/main.ts",
        "serve",
        "--insecure",
        "--agency",
        agency,
        "--nats",
        url,
        "--trust-input-time",
        "--no-clock",
        ...extra,
      ],
      { cwd: resolve("."), stdio: ["ignore", "pipe", "pipe"] },
    );
    const child = this.child;
    onTestFinished(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    });
    child.stdout?.on("data", (d: Buffer) => (this.output += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (this.output += d.toString()));
    this.exited = new Promise((r) => child.once("exit", (code) => r(code)));
  }

  async waitFor(text: string): Promise<void> {
    const started = Date.now();
    while (!this.output.includes(text)) {
      if (this.child.exitCode !== null || Date.now() - started > WAIT_MS)
        throw new Error(`no "${text}" in cad serve's output:\n${this.output}`);
      await sleep(50);
    }
  }

  /** SIGTERM, then the exit code and how long it took. */
  async term(): Promise<{ code: number | null; ms: number }> {
    const started = performance.now();
    this.child.kill("SIGTERM");
    const code = await this.exited;
    return { code, ms: performance.now() - started };
  }
}

async function sendSome(client: NatsClient, count: number): Promise<void> {
  for (const [i, body] of workload(count, 3, (i) => T0 + i * 1000).entries())
    await client.send(body, { id: `${client.agency}-${i}`, time: T0 + i * 1000 });
}

async function waitApplied(client: NatsClient, seq: number): Promise<void> {
  for (let waited = 0; waited < WAIT_MS; waited += 100) {
    const m = await client.query<{ lastInputSeq: number }>("metrics").catch(() => ({ lastInputSeq: -1 }));
    if (m.lastInputSeq >= seq) return;
    await sleep(100);
  }
  throw new Error(`input ${seq} not applied within ${WAIT_MS} ms`);
}

describe.skipIf(!natsServerAvailable())(
  "a stream deleted or purged under the engine (needs nats-server)",
  () => {
    const nats = useNatsServer();

    it("the event stream deleted under cad serve: it says EVENT_STREAM_GONE and exits 3; restarted, it recreates the stream with every output once", async () => {
      const client = await NatsClient.connect(nats.server.url, "evtgone");
      const serve = new Serve(nats.server.url, "evtgone");
      await serve.waitFor("serving on");
      await serve.waitFor(" leads term 1 ");
      await sendSome(client, 200);
      // cad serve recorded its configuration as input 1 (ApplyConfiguration) and claimed the lead as
      // input 2 (ClaimLeadership), so the 200 are 3..202.
      await waitApplied(client, 202);
      const before = (await client.readEvents()).length;
      const jsm = await client.js.jetstreamManager();
      await jsm.streams.delete("CAD_EVT_EVTGONE");
      expect(await serve.exited).toBe(3);
      expect(serve.output).toMatch(
        /FATAL EVENT_STREAM_GONE: the stream CAD_EVT_EVTGONE was deleted under the running engine \(input 202 applied\)/,
      );

      // What was accepted is not lost: a restarted engine publishes every output of the log again.
      const lines: string[] = [];
      const service = await EngineService.start({
        agency: "evtgone",
        servers: nats.server.url,
        config,
        trustInputTime: true,
        log: (l) => lines.push(l),
      });
      await service.caughtUp;
      const after = await client.outputs((all) => all.length >= before);
      expect(after.length).toBe(before);
      expect(lines.some((l) => l.includes("CAD_EVT_EVTGONE was missing and is created empty"))).toBe(true);
      await service.stop();
      await client.close();
    }, 120_000);

    it("the input stream deleted under a running engine: it says INPUT_STREAM_GONE and stops, and SIGTERM is honoured at once", async () => {
      const client = await NatsClient.connect(nats.server.url, "ingone");
      const lines: string[] = [];
      const service = await EngineService.start({
        agency: "ingone",
        servers: nats.server.url,
        config,
        trustInputTime: true,
        log: (l) => lines.push(l),
      });
      await sendSome(client, 100);
      await waitApplied(client, 100);
      const jsm = await client.js.jetstreamManager();
      await jsm.streams.delete("CAD_IN_INGONE");
      const failure = await service.failed;
      expect(isLogLostError(failure) && failure.code).toBe("INPUT_STREAM_GONE");
      expect(lines.filter((l) => l.includes("FATAL"))).toHaveLength(1);
      expect(lines.find((l) => l.includes("FATAL"))).toMatch(
        /CAD_IN_INGONE was deleted under the running engine \(input 100 applied\).*nats stream restore/,
      );
      const started = performance.now();
      await service.stop();
      expect(performance.now() - started).toBeLessThan(10_000);
      await client.close();
    }, 120_000);

    it("the input stream purged, then cad serve restarted with a snapshot store that has seen its inputs: it refuses to serve an empty state, names the stream and what it saw, exits 3", async () => {
      const dir = mkdtempSync(join(tmpdir(), "cad-purge-"));
      onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
      const store = [
        "--data-dir",
        dir,
        "--snapshot-every-inputs",
        "1000000",
        "--snapshot-every-seconds",
        "3600",
      ];
      const client = await NatsClient.connect(nats.server.url, "purged");
      const first = new Serve(nats.server.url, "purged", store);
      await first.waitFor("serving on");
      await first.waitFor(" leads term 1 ");
      await sendSome(client, 150);
      // cad serve recorded its configuration as input 1 (ApplyConfiguration) and claimed the lead as
      // input 2 (ClaimLeadership), so the 150 are 3..152.
      await waitApplied(client, 152);
      // A clean stop records the publication watermark at input 152.
      expect((await first.term()).code).toBe(0);
      // The store has seen the inputs but holds no snapshot of them (the snapshotter may have
      // written its last one at the stop): the engine would start from an empty state.
      const db = new Database(join(dir, "purged.snapshots.sqlite"));
      db.exec("DELETE FROM snapshots");
      db.close();
      const jsm = await client.js.jetstreamManager();
      await jsm.streams.purge("CAD_IN_PURGED");

      const second = new Serve(nats.server.url, "purged", store);
      expect(await second.exited).toBe(3);
      expect(second.output).toMatch(
        /FATAL INPUT_LOG_GAP: the input log CAD_IN_PURGED starts at input 153 \(ends at 152\) but the engine would start from an empty state and its snapshot store has seen inputs up to 152: inputs 1\.\.152 were purged\. The engine will not create an empty log/,
      );

      // Deleted rather than purged: it is not recreated empty over what the store has seen.
      await jsm.streams.delete("CAD_IN_PURGED");
      const third = new Serve(nats.server.url, "purged", store);
      expect(await third.exited).toBe(3);
      expect(third.output).toMatch(
        /FATAL INPUT_STREAM_GONE: the input stream CAD_IN_PURGED does not exist, but this engine's snapshot store has seen inputs up to 152/,
      );
      await expect(jsm.streams.info("CAD_IN_PURGED")).rejects.toThrow(/stream not found/);
      await client.close();
    }, 180_000);

    it("a publication watermark past the end of the input log: the engine refuses to start (INPUT_LOG_BEHIND) instead of discarding every snapshot", async () => {
      const client = await NatsClient.connect(nats.server.url, "behind");
      const first = await EngineService.start({
        agency: "behind",
        servers: nats.server.url,
        config,
        trustInputTime: true,
      });
      await sendSome(client, 10);
      await waitApplied(client, 10);
      await first.stop();
      const lines: string[] = [];
      const snapshots = { latestValid: () => null, publishedUpTo: () => 500, markPublished: () => true };
      const start = EngineService.start({
        agency: "behind",
        servers: nats.server.url,
        config,
        snapshots,
        log: (l) => lines.push(l),
      });
      await expect(start).rejects.toMatchObject({ name: "LogLostError", code: "INPUT_LOG_BEHIND" });
      expect(lines.join("\n")).toMatch(
        /FATAL INPUT_LOG_BEHIND: the publication watermark says every output of inputs up to 500 is stored, but the input log CAD_IN_BEHIND ends at 20/,
      );
      await client.close();
    }, 120_000);

    it("SIGTERM is honoured while nats-server is down: cad serve exits 0 within a few seconds", async () => {
      const client = await NatsClient.connect(nats.server.url, "down");
      const serve = new Serve(nats.server.url, "down");
      await serve.waitFor("serving on");
      await sendSome(client, 50);
      await waitApplied(client, 50);
      await client.close();
      await nats.server.stop();
      try {
        await serve.waitFor("disconnected from NATS");
        const { code, ms } = await serve.term();
        console.log(`cad serve stopped ${ms.toFixed(0)} ms after SIGTERM with nats-server down`);
        expect(code).toBe(0);
        expect(ms).toBeLessThan(15_000);
      } finally {
        await nats.server.restart();
      }
    }, 120_000);
  },
);

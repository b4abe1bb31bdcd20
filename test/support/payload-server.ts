import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { freePort, reachable } from "../../adapters/nats/index.ts";

/** A nats-server with JetStream and its own max_payload (bytes), on a free port, for this test file. */
export function useNatsServerWithMaxPayload(maxPayload: number): { url: string } {
  const holder = { url: "" };
  let child: ChildProcess | undefined;
  let dir = "";
  beforeAll(async () => {
    const port = await freePort();
    dir = mkdtempSync(join(tmpdir(), "cad-nats-payload-"));
    const conf = join(dir, "nats.conf");
    writeFileSync(conf, `max_payload: ${maxPayload}\n`);
    child = spawn("nats-server", ["-c", conf, "-a", "127.0.0.1", "-p", String(port), "-js", "-sd", dir], {
      stdio: "ignore",
    });
    const started = Date.now();
    while (!(await reachable("127.0.0.1", port))) {
      if (Date.now() - started > 15_000) throw new Error(`nats-server did not listen on ${port} within 15 s`);
      await new Promise((r) => setTimeout(r, 50));
    }
    holder.url = `nats://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    const c = child;
    if (c !== undefined && c.exitCode === null) {
      const exited = new Promise((r) => c.once("exit", r));
      c.kill("SIGTERM");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });
  return holder;
}

/** Every page of a `state` query, asked one after the other by the cursor each names. */
export async function statePages<T extends { next: unknown }>(
  ask: (body: unknown) => Promise<T>,
): Promise<T[]> {
  const pages = [await ask({})];
  for (let next = pages[0]?.next; next !== null && next !== undefined; next = pages[pages.length - 1]?.next)
    pages.push(await ask({ cursor: next }));
  return pages;
}

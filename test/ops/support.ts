import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { onTestFinished } from "vitest";
import { parsePrometheus, type Exposition } from "./prometheus.ts";

/** Generous for a loaded 2-core machine: tsx starts in 2-5 s there. */
export const WAIT_MS = 60_000;
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `cad <args>` as a child process, as ops run it; killed however the test ends. */
export function cad(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ["--import", "tsx", "adapters/cli/main.ts", ...args], {
    cwd: resolve("."),
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env },
  });
  const out = { stdout: "", stderr: "" };
  child.stdout.on("data", (d: Buffer) => (out.stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (out.stderr += d.toString()));
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  const waitFor = async (pattern: RegExp): Promise<RegExpExecArray> => {
    const started = Date.now();
    for (;;) {
      const m = pattern.exec(out.stdout);
      if (m !== null) return m;
      if (child.exitCode !== null || Date.now() - started > WAIT_MS)
        throw new Error(
          `no ${String(pattern)} in the output of cad ${args.join(" ")}:\n${out.stdout}${out.stderr}`,
        );
      await sleep(20);
    }
  };
  return {
    child,
    out,
    exited,
    waitFor,
    /** The metrics endpoint's base URL, from the line that announces it (--metrics-port 0). */
    async metricsBase(): Promise<string> {
      const m = await waitFor(/metrics on (http:\/\/\S+)\/metrics/);
      return m[1]!;
    },
  };
}

/** GET `url`: its status and body. */
export async function get(url: string): Promise<{ status: number; body: string; type: string }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.text(), type: res.headers.get("content-type") ?? "" };
}

/** The endpoint's /metrics, parsed strictly (a malformed exposition fails the test). */
export async function scrape(base: string): Promise<Exposition> {
  const { status, body, type } = await get(`${base}/metrics`);
  if (status !== 200) throw new Error(`/metrics answered ${status}: ${body}`);
  if (!type.startsWith("text/plain; version=0.0.4")) throw new Error(`/metrics content-type ${type}`);
  return parsePrometheus(body);
}

/** Polls `check` until it returns a value (not undefined), or fails after WAIT_MS saying `what`. */
export async function until<T>(what: string, check: () => Promise<T | undefined>): Promise<T> {
  const started = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined) return v;
    } catch (error) {
      last = error;
    }
    if (Date.now() - started > WAIT_MS) throw new Error(`timed out waiting for ${what} (${String(last)})`);
    await sleep(50);
  }
}

/** The engine (`cad serve`) and the pass-through, each in its own Node process, started and stopped cleanly. */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface ServiceProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Everything it wrote (stdout and stderr). */
  output(): string;
  /** SIGTERM (a clean stop: outputs in flight are acknowledged), SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/** Every child still running, so that an interrupted run leaves none behind. */
const live = new Set<ChildProcess>();
let exitHook = false;

/** How many service processes this process started are still running. */
export const runningServices = (): number => live.size;

export interface SpawnOptions {
  readonly agency: string;
  readonly url: string;
  /**
   * The engine role's creds file (`--creds`; the pass-through runs on them too, as it stands in for
   * the engine), on a server with authentication; without, the engine runs `--insecure`.
   */
  readonly credsFile?: string;
  /** Writes a V8 CPU profile of the process into this folder when it exits. */
  readonly cpuProfileDir?: string;
  /** The engine only: `--data-dir` and the standby's intervals (a snapshotter in a worker thread, as deployed). */
  readonly standby?: {
    readonly dataDir: string;
    readonly everyInputs: number;
    readonly everySeconds: number;
  };
}

/**
 * Starts the engine (`cad serve --no-clock --trust-input-time`, `--creds FILE` or `--insecure`, with
 * `--data-dir` when `standby`) or the pass-through and waits until it is ready.
 */
export async function startService(
  kind: "engine" | "passthrough",
  opts: SpawnOptions,
  readyTimeoutMs = 60_000,
): Promise<ServiceProcess> {
  const node = [
    ...(opts.cpuProfileDir === undefined ? [] : ["--cpu-prof", "--cpu-prof-dir", opts.cpuProfileDir]),
    "--import",
    "tsx",
  ];
  // CAD_E2E_ENGINE names another script that serves like `cad serve` (to measure a change before it lands).
  const engine = process.env["CAD_E2E_ENGINE"] ?? "adapters/cli/main.ts";
  const sb = opts.standby;
  const standby =
    sb === undefined
      ? []
      : [
          "--data-dir",
          sb.dataDir,
          "--snapshot-every-inputs",
          String(sb.everyInputs),
          "--snapshot-every-seconds",
          String(sb.everySeconds),
        ];
  const args =
    kind === "engine"
      ? [
          engine,
          "serve",
          ...(opts.credsFile === undefined ? ["--insecure"] : ["--creds", opts.credsFile]),
          "--agency",
          opts.agency,
          "--nats",
          opts.url,
          "--no-clock",
          "--trust-input-time",
          ...standby,
        ]
      : [
          "bench/e2e/passthrough-main.ts",
          "--agency",
          opts.agency,
          "--nats",
          opts.url,
          ...(opts.credsFile === undefined ? [] : ["--creds", opts.credsFile]),
        ];
  // An engine is ready once it leads (its claim is in the log before the load: it publishes from
  // the first input of the load, and the load's inputs follow the configuration and the claim).
  const ready = kind === "engine" ? / leads term \d+ / : /ready/;
  const child = spawn(process.execPath, [...node, ...args], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  live.add(child);
  child.once("exit", () => live.delete(child));
  if (!exitHook) {
    exitHook = true;
    process.once("exit", () => {
      for (const c of live) c.kill("SIGKILL");
    });
  }
  let text = "";
  const name = `${kind} (${opts.agency}, pid ${child.pid ?? "?"})`;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${name} not ready within ${readyTimeoutMs} ms: ${text.slice(-2000)}`));
    }, readyTimeoutMs);
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      if (ready.test(text)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code ?? signal}) before it was ready: ${text.slice(-2000)}`));
    });
  });
  return {
    name,
    child,
    output: () => text,
    stop: async (graceMs = 15_000) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

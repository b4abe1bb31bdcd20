/**
 * How a long-running `cad` command hears that it should stop: SIGTERM (a service manager, a
 * container runtime, kill), SIGINT (Ctrl-C) or SIGHUP (the terminal went away), or, under an npm
 * script, the script's shell ending. The first asks for a clean stop; later ones are ignored (the
 * command's stop has its own deadline), so that a signal delivered twice (by the terminal and by a
 * wrapper that relays it) cannot cut the clean stop short.
 */
export type StopReason = NodeJS.Signals | "parent gone";

const SIGNALS = ["SIGTERM", "SIGINT", "SIGHUP"] as const;
/** How often an npm script's engine looks whether the script's shell is still there. */
const PARENT_POLL_MS = 100;

let requested: Promise<StopReason> | undefined;

/**
 * Resolves with the reason of the first request to stop; the handlers are installed at the first
 * call (not before: a command that never asks keeps Node's default, which ends it at once).
 */
export function stopRequested(): Promise<StopReason> {
  requested ??= new Promise<StopReason>((resolve) => {
    for (const signal of SIGNALS) process.on(signal, () => resolve(signal));
    watchNpmParent(() => resolve("parent gone"));
  });
  return requested;
}

/**
 * npm runs a script as `sh -c SCRIPT`, and passes the signals it gets to that shell, which ends
 * without passing them on: `kill -TERM` on `npm run cad -- serve` left the engine running,
 * orphaned. Under npm (npm_lifecycle_event set), an engine whose parent changes has lost its
 * shell: it stops as on SIGTERM. Outside npm the parent is not watched (`nohup cad serve &`
 * must outlive its shell).
 */
function watchNpmParent(gone: () => void): void {
  if (process.env["npm_lifecycle_event"] === undefined) return;
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    gone();
  }, PARENT_POLL_MS);
  timer.unref();
}

/** How a stop was asked for, in a log line. */
export function describeStop(reason: StopReason): string {
  return reason === "parent gone" ? "the npm script that started it ended" : reason;
}

/**
 * After a stop is asked for, the process ends by `ms` whatever it is still waiting for (a clean
 * stop takes far less): `exit` is called with `code` after one line saying so.
 */
export function exitAfter(ms: number, code: number, log: (line: string) => void, who: string): void {
  setTimeout(() => {
    log(`${who}: not stopped within ${(ms / 1000).toFixed(1)} s; exiting`);
    process.exit(code);
  }, ms).unref();
}

/** How long a stopping command may take, from the request to the exit (issue 18: 2 s). */
export const STOP_BUDGET_MS = 1900;

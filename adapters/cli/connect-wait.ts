import { connectNats, isCredentialsError, type NatsAuth } from "../nats/index.ts";

/** The first waits between attempts, then the last one again and again. */
const BACKOFF_MS = [500, 1000, 2000, 4000, 8000, 10_000] as const;

/** No NATS server answered within `--connect-timeout`: one line, exit code 1. */
export class NatsUnreachableError extends Error {
  override readonly name = "NatsUnreachableError";
}

export interface WaitForNats {
  /** The command's words (`serve`), for its lines. */
  readonly command: string;
  readonly servers: string;
  readonly auth: NatsAuth;
  /** `--connect-timeout`: seconds; 0 waits for ever. */
  readonly timeoutSeconds: number;
  /** Where each attempt's line goes. */
  readonly log: (line: string) => void;
  /** Resolves when the wait should end without a connection (a signal to a service). */
  readonly stop?: Promise<unknown>;
}

/**
 * Waits until a NATS server of `servers` accepts a connection with `auth`, retrying a server that
 * does not answer with one line per attempt and a growing pause (0.5 s doubling to 10 s) until
 * `timeoutSeconds` have passed: then a NatsUnreachableError. Credentials the server refuses are
 * not retried (a CredentialsError, at once). "stopped" when `stop` resolves first.
 */
export async function waitForNats(w: WaitForNats): Promise<"connected" | "stopped"> {
  const started = performance.now();
  const deadline = w.timeoutSeconds === 0 ? Infinity : started + w.timeoutSeconds * 1000;
  const stop = (w.stop ?? new Promise<never>(() => undefined)).then(() => "stopped" as const);
  for (let attempt = 1; ; attempt++) {
    const outcome = await Promise.race([probe(w, deadline), stop]);
    if (outcome === "stopped") return outcome;
    if (outcome.why === undefined) return "connected";
    const left = deadline - performance.now();
    if (left <= 0)
      throw new NatsUnreachableError(
        `cad ${w.command}: no NATS server answered at ${w.servers} within ${w.timeoutSeconds} s (${outcome.why}); see --connect-timeout (0: wait for ever)`,
      );
    const waitMs = Math.min(left, BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length) - 1] ?? 10_000);
    w.log(
      `cad ${w.command}: NATS at ${w.servers} does not answer (${outcome.why}); attempt ${attempt}, next in ${(waitMs / 1000).toFixed(1)} s${Number.isFinite(deadline) ? `, giving up ${(left / 1000).toFixed(0)} s from now (--connect-timeout)` : ""}`,
    );
    let timer: NodeJS.Timeout | undefined;
    const paused = await Promise.race([new Promise((r) => (timer = setTimeout(r, waitMs))), stop]);
    clearTimeout(timer);
    if (paused === "stopped") return "stopped";
  }
}

/** One attempt, bounded by the deadline: why it failed, or no reason (connected). */
async function probe(w: WaitForNats, deadline: number): Promise<{ why?: string }> {
  const attempt = connectNats(w.servers, `cad-${w.command.replace(/ /g, "-")}-wait`, w.auth).then(
    async (nc) => {
      await nc.close();
      return {};
    },
    (error: unknown) => {
      if (isCredentialsError(error)) throw error;
      return { why: error instanceof Error ? error.message : String(error) };
    },
  );
  // Should the deadline come first, a failure afterwards is nobody's to hear.
  attempt.catch(() => undefined);
  if (!Number.isFinite(deadline)) return attempt;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<{ why: string }>(
    (r) => (timer = setTimeout(() => r({ why: "no answer" }), Math.max(0, deadline - performance.now()))),
  );
  try {
    return await Promise.race([attempt, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Asserting a NATS permission denial positively: on the server's -ERR "Permissions Violation". */
import { PermissionViolationError, type NatsConnection } from "@nats-io/transport-node";

const WAIT_MS = 10_000;

/** A connection that records every permission violation the server reports to it. */
export interface ViolationWatch {
  readonly nc: NatsConnection;
  /** Runs `action` and resolves once the server refused `operation` on `subject` (fails after WAIT_MS). */
  refused(operation: "publish" | "subscription", subject: string, action: () => unknown): Promise<void>;
}

export function watchViolations(nc: NatsConnection): ViolationWatch {
  const seen: PermissionViolationError[] = [];
  const waiters = new Set<() => void>();
  void (async () => {
    for await (const s of nc.status())
      if (s.type === "error" && s.error instanceof PermissionViolationError) {
        seen.push(s.error);
        for (const w of waiters) w();
      }
  })();
  return {
    nc,
    refused: async (operation, subject, action) => {
      const match = (e: PermissionViolationError) => e.operation === operation && e.subject === subject;
      const before = seen.length;
      const found = new Promise<void>((resolve, reject) => {
        const check = () => {
          if (seen.slice(before).some(match)) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve();
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`the server did not refuse ${operation} to "${subject}"`));
        }, WAIT_MS);
        waiters.add(check);
      });
      // A refused request or subscription also fails on the client side: only the server's word counts.
      void Promise.resolve()
        .then(action)
        .catch(() => undefined);
      await found;
    },
  };
}

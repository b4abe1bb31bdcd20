import type { AuditAction, AuditEntry } from "../../../adapters/rms/index.ts";

/** The body a console gateway publishes for `action` (the contract's audit record), with fields overridden. */
export function auditRecord(
  action: AuditAction,
  over: Partial<Record<keyof AuditEntry, unknown>> = {},
): AuditEntry {
  const detail =
    action === "command"
      ? {
          kind: "DispatchUnit",
          subject: "cad.aud.in.cmd.dispatch",
          msgId: "m1",
          incidentId: "INC-000001",
          unitId: "E1",
          ok: true,
        }
      : action === "query"
        ? { name: "state", params: {} }
        : {};
  return {
    v: 1,
    at: 1_790_000_000_000,
    agency: "aud",
    action,
    operator: "alice",
    role: "dispatcher",
    client: "127.0.0.1",
    detail,
    ...over,
  } as AuditEntry;
}

/** A string is sent as it is (for bodies that are not JSON); anything else as JSON. */
export function encodeAudit(body: unknown): Uint8Array {
  return new TextEncoder().encode(typeof body === "string" ? body : JSON.stringify(body));
}

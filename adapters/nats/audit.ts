import { randomUUID } from "node:crypto";
import type { JetStreamClient } from "@nats-io/jetstream";

/** What the console audits (contract, section 1): one subject `cad.<agency>.audit.<action>` each. */
export const AUDIT_ACTIONS = [
  "login",
  "login-failed",
  "logout",
  "session-expired",
  "locked",
  "query",
  "command",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** `detail` of a `command` record: ids and codes only, never free text (notes and reasons are personal data). */
export interface AuditCommandDetail {
  readonly kind: string;
  readonly subject: string;
  readonly msgId: string;
  readonly incidentId?: string;
  readonly unitId?: string;
  readonly ok: boolean;
  readonly code?: string;
}

export interface AuditQueryDetail {
  readonly name: string;
  readonly params: Readonly<Record<string, string | number | boolean | null>>;
}

/** One audit record: the JSON body published on the audit subject. */
export interface AuditRecord {
  readonly v: 1;
  /** Epoch ms, the gateway's wall clock. */
  readonly at: number;
  readonly agency: string;
  readonly action: AuditAction;
  /** The user name; for login-failed, the name that was tried. */
  readonly operator: string;
  readonly role: string | null;
  /** The remote address of the request. */
  readonly client: string;
  readonly detail:
    AuditCommandDetail | AuditQueryDetail | Readonly<Record<string, string | number | boolean>>;
}

export function auditSubject(agency: string, action: AuditAction): string {
  return `cad.${agency}.audit.${action}`;
}

const ATTEMPTS = 4;
const ACK_TIMEOUT_MS = 3000;
const BACKOFF_MS = 250;

/**
 * Publishes an audit record to the audit stream and waits for JetStream's ack, trying again a
 * few times (the same Nats-Msg-Id each time: a retry after a lost ack is not stored twice).
 * Resolves true when stored; a record that could not be stored is logged loudly and resolves
 * false: the audit must never take the console down with it.
 */
export async function publishAudit(
  js: JetStreamClient,
  agency: string,
  record: AuditRecord,
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<boolean> {
  const msgID = randomUUID();
  const subject = auditSubject(agency, record.action);
  const body = JSON.stringify(record);
  let last: unknown;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      await js.publish(subject, body, { msgID, timeout: ACK_TIMEOUT_MS });
      return true;
    } catch (error) {
      last = error;
      if (attempt < ATTEMPTS) await new Promise((r) => setTimeout(r, BACKOFF_MS * attempt));
    }
  }
  log(
    `AUDIT LOST: ${subject} (${record.action} by ${record.operator}) not stored after ${ATTEMPTS} attempts: ${(last as Error).message}`,
  );
  return false;
}

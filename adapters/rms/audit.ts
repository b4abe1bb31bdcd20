/**
 * The RMS's reader of the console's audit records (`cad.<a>.audit.<action>`, one JSON object per
 * message; the wire contract is issue 15's). The RMS keeps what the gateway wrote, so it reads
 * every field strictly: a record that is not exactly an audit record is kept as an invalid row
 * (its length and why), never guessed at. It takes the action list from the publisher
 * (adapters/nats/audit.ts), the roles from the users file and the operator-name rule from the log
 * reader; the strict checks of each field are its own.
 */

import { CONSOLE_ROLES } from "../auth/users.ts";
import { AUDIT_ACTIONS, isOperatorName, type AuditAction, type AuditRecord } from "../nats/index.ts";

export { AUDIT_ACTIONS, CONSOLE_ROLES, type AuditAction };

/**
 * A valid audit record, as the RMS stores it: the publisher's record, with a detail read as any
 * JSON object (the checks below say which keys a command's may have).
 */
export type AuditEntry = Omit<AuditRecord, "detail"> & { readonly detail: Readonly<Record<string, unknown>> };

export type AuditReading =
  { readonly ok: true; readonly entry: AuditEntry } | { readonly ok: false; readonly reason: string };

/**
 * Actions whose operator is the name tried at the login form, whatever it is: the console locks
 * a name after its failures whether or not a user has it (so a lockout tells nothing about which
 * names exist), and its `locked` record names it as tried, like the failures before it.
 */
const TRIED_NAME: ReadonlySet<AuditAction> = new Set(["login-failed", "locked"]);
/** Longest free-form string field kept (client address, attempted login name). */
const MAX_TEXT = 256;
const FIELDS = ["v", "at", "agency", "action", "operator", "role", "client", "detail"];
/**
 * A command's detail names what was done, never what was said: note texts and reasons are personal
 * data and stay in the log, so any other key makes the record invalid.
 */
const COMMAND_DETAIL: Readonly<Record<string, "string" | "boolean">> = {
  kind: "string",
  subject: "string",
  msgId: "string",
  incidentId: "string",
  unitId: "string",
  ok: "boolean",
  code: "string",
};
const COMMAND_REQUIRED = ["kind", "subject", "msgId", "ok"];

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Reads one message of the audit stream of `agency`; the reason names the first thing wrong. */
export function readAuditRecord(subject: string, data: Uint8Array, agency: string): AuditReading {
  const prefix = `cad.${agency}.audit.`;
  const token = subject.startsWith(prefix) ? subject.slice(prefix.length) : "";
  if (!isAction(token)) return invalid(`subject ${subject} is not ${prefix}<action>`);
  let text: string;
  try {
    text = utf8.decode(data);
  } catch {
    return invalid("not UTF-8");
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON.parse's message: V8 quotes the text, and the text is exactly what is not kept.
    return invalid("not JSON");
  }
  if (!isPlainObject(body)) return invalid("not a JSON object");
  const unknown = Object.keys(body).find((k) => !FIELDS.includes(k));
  if (unknown !== undefined) return invalid(`unknown field "${clip(unknown)}"`);
  const { v, at, action, operator, role, client, detail } = body;
  if (v !== 1) return invalid("field v: must be 1");
  if (!Number.isSafeInteger(at) || (at as number) < 0) return invalid("field at: must be epoch milliseconds");
  if (body["agency"] !== agency) return invalid(`field agency: must be "${agency}"`);
  if (action !== token) return invalid(`field action: must be "${token}", the subject's action`);
  if (typeof operator !== "string") return invalid("field operator: must be a string");
  if (TRIED_NAME.has(token) ? operator.length > MAX_TEXT : !isOperatorName(operator))
    return invalid("field operator: not a valid operator name");
  if (role !== null && !(CONSOLE_ROLES as readonly unknown[]).includes(role))
    return invalid(`field role: must be null or one of ${CONSOLE_ROLES.join(", ")}`);
  if (typeof client !== "string" || client.length === 0 || client.length > MAX_TEXT)
    return invalid("field client: must be the remote address");
  if (!isPlainObject(detail)) return invalid("field detail: must be an object");
  const wrong = detailProblem(token, detail);
  if (wrong !== undefined) return invalid(`field detail: ${wrong}`);
  return {
    ok: true,
    entry: {
      v: 1,
      at: at as number,
      agency,
      action: token,
      operator,
      role: role as string | null,
      client,
      detail,
    },
  };
}

function detailProblem(action: AuditAction, detail: Record<string, unknown>): string | undefined {
  if (action === "command") {
    for (const [key, value] of Object.entries(detail)) {
      const type = COMMAND_DETAIL[key];
      if (type === undefined) return `"${clip(key)}" is not a command audit field (no free text)`;
      if (typeof value !== type) return `${key} must be a ${type}`;
    }
    const missing = COMMAND_REQUIRED.find((k) => !(k in detail));
    return missing === undefined ? undefined : `${missing} is missing`;
  }
  if (action === "query") {
    const unknown = Object.keys(detail).find((k) => k !== "name" && k !== "params");
    if (unknown !== undefined) return `"${clip(unknown)}" is not a query audit field`;
    if (typeof detail["name"] !== "string") return "name must be a string";
    if (!isPlainObject(detail["params"])) return "params must be an object";
  }
  return undefined;
}

function isAction(token: string): token is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(token);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Names from the message go into reasons and logs: bounded, whatever was sent. */
function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function invalid(reason: string): AuditReading {
  return { ok: false, reason };
}

/**
 * What every query reply shares: the position of the state it was taken from, typed errors, and
 * the size rule (a reply never exceeds the connection's max_payload).
 */

/** The codes of `{error: {code, message}}` query replies (documented in the README, "Queries"). */
export type QueryErrorCode =
  | "BAD_REQUEST"
  | "UNKNOWN_QUERY"
  | "UNKNOWN_INCIDENT"
  | "UNKNOWN_UNIT"
  | "CURSOR_EXPIRED"
  | "TOO_LARGE"
  | "INTERNAL";

export interface QueryError {
  readonly error: { readonly code: QueryErrorCode; readonly message: string };
}

export const queryError = (code: QueryErrorCode, message: string): QueryError => ({
  error: { code, message },
});

export const isQueryError = (reply: unknown): reply is QueryError =>
  typeof reply === "object" && reply !== null && "error" in reply;

/** Where the engine stands in its log, carried by every reply. */
export interface QueryPosition {
  /** The last input applied: the reply is the state after it. */
  readonly lastInputSeq: number;
  /** True while the start-up replay runs: the state is older than the log's end. */
  readonly catchingUp: boolean;
  /** The log's last input at start-up, which the replay reads up to. */
  readonly backlogSeq: number;
  /** Inputs in the log not applied yet (reported by `metrics`). */
  readonly lag: number;
  /** A replicated engine's (absent for a sole engine): who leads, and who answers. */
  readonly replication?: ReplicationPosition;
}

/** Who leads the term in force, and whether the answering replica is that leader. */
export interface ReplicationPosition {
  readonly term: number;
  /** The leading replica's name ("" before the first claim). */
  readonly leader: string;
  /** The answering replica's name. */
  readonly replica: string;
  readonly leading: boolean;
}

/** The position fields a reply carries: `backlogSeq` only while catching up; a replica's says who leads. */
export function positionFields(p: QueryPosition): Record<string, unknown> {
  const at = p.catchingUp
    ? { lastInputSeq: p.lastInputSeq, catchingUp: true, backlogSeq: p.backlogSeq }
    : { lastInputSeq: p.lastInputSeq, catchingUp: false };
  return p.replication === undefined ? at : { ...at, ...p.replication };
}

/** NATS's default max_payload, for a connection that has not said its own. */
export const DEFAULT_MAX_PAYLOAD = 1024 * 1024;
/** Room left under max_payload for what NATS adds around a reply's bytes. */
const HEADROOM_BYTES = 1024;

/** The most bytes a reply may have on a server with this max_payload. */
export const replyBudget = (maxPayload: number): number => Math.max(4096, maxPayload - HEADROOM_BYTES);

export const jsonBytes = (text: string): number => Buffer.byteLength(text, "utf8");

/** A reply's JSON, or a TOO_LARGE error when it does not fit the budget. */
export function fitted(reply: unknown, position: QueryPosition, budget: number, what: string): string {
  const text = JSON.stringify(reply);
  if (jsonBytes(text) <= budget) return text;
  return JSON.stringify({
    ...queryError(
      "TOO_LARGE",
      `the ${what} reply is ${jsonBytes(text)} bytes, over the ${budget} this server allows`,
    ),
    ...positionFields(position),
  });
}

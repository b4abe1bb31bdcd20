import type { ClaimLeadership } from "../model/inputs.ts";
import { reject } from "../model/rejection.ts";
import { FieldCheck, type Ctx, type Outcome } from "./context.ts";

/** A replica's name: it names a NATS subject token and a heartbeat's sender. */
const REPLICA_NAME = /^[A-Za-z0-9_-]{1,64}$/;
/** Terms travel as int32. */
const MAX_TERM = 2 ** 31 - 1;

/**
 * A replica claims the next term. Accepted only when the term claimed is the one after the term
 * in force, so of two replicas claiming the same term the first in the log wins and the other's
 * claim is stale; the leadership then changes at the claim's place in the log.
 */
export function claimLeadership(ctx: Ctx, input: ClaimLeadership): Outcome {
  const f = new FieldCheck(input);
  const term = f.number("term", { int: true, min: 1, max: MAX_TERM });
  const replica = f.string("replica", { max: 64 });
  if (f.rejection !== undefined) return f.rejection;
  if (!REPLICA_NAME.test(replica))
    return reject("INVALID_FIELD", "replica must be 1-64 of A-Z a-z 0-9 _ -", "replica");
  const current = ctx.state.leadership;
  if (term !== current.term + 1) {
    const inForce =
      current.term === 0 ? "no leader yet" : `term ${current.term} is in force, led by ${current.replica}`;
    return reject("STALE_TERM", `term ${term} is not the next term: ${inForce}`, "term");
  }
  ctx.emit({
    type: "LeadershipChanged",
    at: ctx.at,
    term,
    replica,
    claimId: input.id,
    previousTerm: current.term,
    previousReplica: current.replica,
  });
  return undefined;
}

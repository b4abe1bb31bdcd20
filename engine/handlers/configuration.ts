import { buildConfiguration } from "../config/content.ts";
import type { ApplyConfiguration } from "../model/inputs.ts";
import { reject } from "../model/rejection.ts";
import { FieldCheck, type Ctx, type Outcome } from "./context.ts";

/** A configuration travels in one NATS message (1 MB by default), zones included. */
export const MAX_CONFIGURATION_CHARS = 900_000;
const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Puts a configuration in force from this input on. The inputs before it keep the outcomes
 * they had (their events are history); a restart replays them under the configuration that
 * was in force when each was accepted. No event: the input itself, in the log, is the record.
 */
export function applyConfiguration(ctx: Ctx, input: ApplyConfiguration): Outcome {
  const f = new FieldCheck(input);
  const hash = f.string("hash", { max: 64 });
  const content = f.string("content", { max: MAX_CONFIGURATION_CHARS });
  if (f.rejection !== undefined) return f.rejection;
  if (!SHA256_HEX.test(hash))
    return reject("INVALID_FIELD", "hash must be sha256 as 64 lowercase hex digits", "hash");
  if (ctx.state.configuration?.hash === hash)
    return reject("CONFIGURATION_IN_FORCE", `configuration ${hash.slice(0, 12)} is already in force`, "hash");
  const built = buildConfiguration(content);
  if (!built.ok) {
    const shown = built.errors.slice(0, 10).join("; ");
    const more = built.errors.length > 10 ? ` (and ${built.errors.length - 10} more)` : "";
    return reject("INVALID_CONFIGURATION", `${shown}${more}`, "content");
  }
  ctx.state.configuration = { hash, content, since: ctx.at, config: built.config };
  return undefined;
}

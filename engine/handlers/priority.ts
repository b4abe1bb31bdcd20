import type { CallType, EngineConfig } from "../config/types.ts";

/** The call type for a code, or the default type when the code is unknown or empty. */
export function resolveCallType(config: EngineConfig, code: string): { type: CallType; defaulted: boolean } {
  const known = config.callTypes.get(code);
  if (known !== undefined) return { type: known, defaulted: false };
  const fallback = config.callTypes.get(config.defaultCallType);
  if (fallback === undefined) throw new Error(`defaultCallType ${config.defaultCallType} is not configured`);
  return { type: fallback, defaulted: true };
}

/** The call type's priority raised by the strongest of the caller's flags (unknown flags are kept, not scored). */
export function callPriority(config: EngineConfig, type: CallType, flags: readonly string[]): number {
  let raise = 0;
  for (const flag of flags) raise = Math.max(raise, config.flags.get(flag)?.raise ?? 0);
  return Math.max(1, type.priority - raise);
}

import { emit, type LogFields, type LogLevel } from "./logger.ts";

/** The components whose lines start with their name (and agency): "cad-engine sfd: ...". */
const COMPONENTS = [
  "cad-engine",
  "cad-snapshotter",
  "cad-rms",
  "cad console",
  "cad serve",
  "cad rms run",
  "console",
] as const;

const PREFIX = new RegExp(`^(${COMPONENTS.join("|")})(?: ([A-Za-z0-9_,.-]+))?: (.*)$`, "s");

/**
 * A `(line) => void` callback, as the adapters take, that logs each line as a structured entry:
 * its component and agency from the line's prefix, its level and code from what it says (FATAL
 * CODE and ENGINE_FAULT: error with `code`; WARNING and failures being retried: warn). In text
 * format the line comes out exactly as written.
 */
export function lineLog(component: string): (line: string) => void {
  return (line) => emit(entryOf(line, component));
}

/** How a line is logged (exported for its test). */
export function entryOf(line: string, component: string) {
  const m = PREFIX.exec(line);
  const msg = m?.[3] ?? line;
  const { level, fields } = classify(msg);
  return {
    level,
    component: m?.[1] ?? component,
    agency: m?.[2],
    msg,
    fields,
    text: line,
  };
}

function classify(msg: string): { level: LogLevel; fields: LogFields | undefined } {
  const fatal = /\bFATAL ([A-Z][A-Z_]+)/.exec(msg);
  if (fatal !== null) return { level: "error", fields: { code: fatal[1] } };
  const fault = /^ENGINE_FAULT (fault-\S+)/.exec(msg);
  if (fault !== null) return { level: "error", fields: { code: "ENGINE_FAULT", fault: fault[1] } };
  if (msg.startsWith("AUDIT LOST")) return { level: "error", fields: { code: "AUDIT_LOST" } };
  if (/\bWARNING\b/.test(msg)) return { level: "warn", fields: undefined };
  if (/\b(failed|cannot|could not|not stopped|did not|unreadable|missing)\b/.test(msg))
    return { level: "warn", fields: undefined };
  return { level: "info", fields: undefined };
}

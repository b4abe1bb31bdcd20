import { pino, type Logger as PinoLogger } from "pino";

/** `--log-format`: JSON lines for machines (journald, log shippers), or text lines for people. */
export type LogFormat = "json" | "text";
export type LogLevel = "debug" | "info" | "warn" | "error";
export const LOG_FORMATS: readonly LogFormat[] = ["json", "text"];
export const LOG_LEVELS: readonly LogLevel[] = ["debug", "info", "warn", "error"];

/** A log entry's extra fields: identifiers, counts and codes; never a caller's or an operator's data at info. */
export type LogFields = Readonly<Record<string, string | number | boolean | undefined>>;

/** What a part of the system logs with: one per component (and agency), from `logger()`. */
export interface Log {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

export interface LoggingOptions {
  readonly format: LogFormat;
  readonly level: LogLevel;
  /** Where lines go (default: stdout, written synchronously so a line is out before an exit). */
  readonly write?: (line: string) => void;
}

/** One entry as the sink receives it; `text` is how a person reads it (the line as it was before JSON). */
export interface Entry {
  readonly level: LogLevel;
  readonly component: string;
  readonly agency: string | undefined;
  readonly msg: string;
  readonly fields: LogFields | undefined;
  readonly text: string;
}

const RANK: Record<LogLevel, number> = { debug: 20, info: 30, warn: 40, error: 50 };

/** The process's log sink: configured once by the command (`configureLogging`), text at info until then. */
let sink: Sink = textSink({ format: "text", level: "info" });

interface Sink {
  readonly level: LogLevel;
  emit(entry: Entry): void;
}

/** Sets the format and level of every logger, those made before included (the command does this once, first). */
export function configureLogging(opts: LoggingOptions): void {
  sink = opts.format === "json" ? jsonSink(opts) : textSink(opts);
}

/** The level in force (for a part that builds costly debug detail only when it is wanted). */
export function logLevel(): LogLevel {
  return sink.level;
}

/** A logger for `component` (cad-engine, cad-rms, console, ...), of one agency when given. */
export function logger(component: string, agency?: string): Log {
  const at =
    (level: LogLevel) =>
    (msg: string, fields?: LogFields): void => {
      if (RANK[level] < RANK[sink.level]) return;
      const label = agency === undefined ? component : `${component} ${agency}`;
      const text = `${level === "debug" ? "DEBUG " : ""}${label}: ${msg}${fieldsText(fields)}`;
      sink.emit({ level, component, agency, msg, fields, text });
    };
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

/** Sends an entry to the sink as it is (the line adapter, whose text is the original line). */
export function emit(entry: Entry): void {
  if (RANK[entry.level] < RANK[sink.level]) return;
  sink.emit(entry);
}

/** Text: the time and the line, as the commands wrote them before JSON (scripts and people read these). */
function textSink(opts: LoggingOptions): Sink {
  const write = opts.write ?? ((line: string) => process.stdout.write(line));
  return {
    level: opts.level,
    emit: (e) => write(`${new Date().toISOString()} ${e.text}\n`),
  };
}

/** The fields, for a person: " (code=X seq=3)". */
function fieldsText(fields: LogFields | undefined): string {
  if (fields === undefined) return "";
  const parts = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${String(v)}`);
  return parts.length === 0 ? "" : ` (${parts.join(" ")})`;
}

/** JSON lines by pino: {"level":"info","time":"...","component":"...","agency":"...","msg":"..."}. */
function jsonSink(opts: LoggingOptions): Sink {
  const write = opts.write;
  const destination =
    write === undefined ? pino.destination({ dest: 1, sync: true }) : { write: (s: string) => write(s) };
  const root: PinoLogger = pino(
    {
      level: opts.level,
      base: null,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (level) => ({ level }) },
    },
    destination,
  );
  return {
    level: opts.level,
    emit: (e) => {
      const fields = {
        component: e.component,
        ...(e.agency !== undefined && { agency: e.agency }),
        ...e.fields,
      };
      root[e.level](fields, e.msg);
    },
  };
}

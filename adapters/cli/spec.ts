import { parseArgs } from "node:util";

/**
 * The `cad` command line as data: one spec per command (its options with their type, default and
 * help), from which the parser's configuration, the usage text and the checks of values derive.
 * A command's code never writes a usage string or parses a flag by hand.
 */

/** One `--option`: what parseArgs needs, and what its usage line and check say. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly multiple?: boolean;
  readonly short?: string;
  /** Not for `multiple` options (theirs is none: undefined). */
  readonly default?: string | boolean;
  /** The value's name in the usage (FILE, URL, N); strings only. */
  readonly arg?: string;
  readonly help: string;
  /** The default as the usage says it, when it is not a fixed value (`8080, or a free port`). */
  readonly shownDefault?: string;
  /** What is wrong with a value given (`must be a whole number 1-5`), or undefined when it is fine. */
  readonly check?: (value: string) => string | undefined;
}

export type Options = Readonly<Record<string, OptionSpec>>;

export interface CommandSpec<O extends Options = Options> {
  /** The words that name it: `serve`, `rms run`. */
  readonly path: string;
  /** What follows the words in the usage line (required flags, positionals). */
  readonly synopsis: string;
  /** One line for `cad --help`. */
  readonly summary: string;
  /** The usage's paragraphs (what it does, how it behaves). */
  readonly description: string;
  readonly options: O;
  /** Positional arguments: how many it takes. */
  readonly positionals?: { readonly min: number; readonly max: number };
}

/** Every command takes these. */
export const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h", help: "print this help and exit" },
  debug: { type: "boolean", help: "on a failure, print its stack trace too" },
} as const satisfies Options;

type ParserConfig<O extends Options> = {
  args: string[];
  options: O & typeof COMMON_OPTIONS;
  strict: true;
  allowPositionals: true;
};
/** The parsed values of a spec's options, typed from the spec (as parseArgs types them). */
export type Values<O extends Options> = ReturnType<typeof parseArgs<ParserConfig<O>>>["values"];

/** A command line the command refuses: one line naming the option, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(
    /** The command's words (`serve`), or "" for `cad` itself. */
    readonly command: string,
    problem: string,
  ) {
    const cad = command === "" ? "cad" : `cad ${command}`;
    super(`${cad}: ${problem} (see ${cad} --help)`);
  }
}

export function isUsageError(error: unknown): error is UsageError {
  return error instanceof UsageError;
}

/** Whether the arguments ask for help (before any `--`, which ends the options). */
export function asksForHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === "--") return false;
    if (arg === "--help" || arg === "-h") return true;
  }
  return false;
}

/**
 * The values and positionals of `args` under `spec`, every value given checked; a UsageError
 * naming the option for anything the spec does not allow.
 */
export function parseCommand<O extends Options>(
  spec: CommandSpec<O>,
  args: string[],
): { values: Values<O>; positionals: string[] } {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({
      args,
      options: { ...spec.options, ...COMMON_OPTIONS },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(spec.path, problemOf(error));
  }
  for (const [name, option] of Object.entries(spec.options)) {
    const value = parsed.values[name];
    for (const v of Array.isArray(value) ? value : [value])
      if (typeof v === "string" && option.check !== undefined) {
        const problem = option.check(v);
        if (problem !== undefined) throw new UsageError(spec.path, `--${name} ${problem}, got "${v}"`);
      }
  }
  const { min, max } = spec.positionals ?? { min: 0, max: 0 };
  const n = parsed.positionals.length;
  if (n > max) throw new UsageError(spec.path, `unexpected argument "${parsed.positionals[max]}"`);
  if (n < min)
    throw new UsageError(spec.path, `missing ${spec.synopsis.match(/[A-Z_]{2,}/g)?.[n] ?? "argument"}`);
  return parsed as { values: Values<O>; positionals: string[] };
}

/** parseArgs's error as one line: what is wrong and the option it is about. */
function problemOf(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = (error as Error).message;
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? "";
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${option}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return message.includes("does not take an argument")
        ? `${option} takes no value`
        : `${option} needs a value`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? ""}`.trim();
    default:
      return message;
  }
}

/** The usage of a command: its line, what it does, every option with its default, the exit codes. */
export function usageOf(spec: CommandSpec, exitCodes: string): string {
  const rows = Object.entries({ ...spec.options, ...COMMON_OPTIONS } as Options).map(([name, o]) => {
    const flag = `${o.short === undefined ? "    " : `-${o.short}, `}--${name}${o.type === "string" ? ` ${o.arg ?? "VALUE"}` : ""}`;
    const shown = o.shownDefault ?? defaultText(o.default);
    const more = [o.multiple === true ? "repeatable" : "", shown === undefined ? "" : `default: ${shown}`]
      .filter((x) => x !== "")
      .join("; ");
    return { flag, text: more === "" ? o.help : `${o.help} [${more}]` };
  });
  const width = Math.min(34, Math.max(...rows.map((r) => r.flag.length)) + 2);
  const options = rows.map(({ flag, text }) =>
    flag.length + 2 > width ? `  ${flag}\n  ${" ".repeat(width)}${text}` : `  ${flag.padEnd(width)}${text}`,
  );
  return [
    `Usage: cad ${spec.path}${spec.synopsis === "" ? "" : ` ${spec.synopsis}`}`,
    "",
    spec.description.trim(),
    "",
    "Options:",
    ...options,
    "",
    exitCodes.trim(),
    "",
  ].join("\n");
}

function defaultText(value: OptionSpec["default"]): string | undefined {
  return value === undefined || value === false ? undefined : String(value);
}

/** Checks for option values. */
export const checks = {
  wholeNumber:
    (min: number, max = Number.MAX_SAFE_INTEGER) =>
    (v: string) => {
      const n = Number(v);
      if (v.trim() !== "" && Number.isInteger(n) && n >= min && n <= max) return undefined;
      return max === Number.MAX_SAFE_INTEGER
        ? `must be a whole number >= ${min}`
        : `must be a whole number ${min}-${max}`;
    },
  positive: (v: string) => (v.trim() !== "" && Number(v) > 0 ? undefined : "must be a number > 0"),
  nonNegative: (v: string) =>
    v.trim() !== "" && Number(v) >= 0 && Number.isFinite(Number(v)) ? undefined : "must be a number >= 0",
  port: (v: string) => checks.wholeNumber(0, 65_535)(v),
  isoTime: (v: string) =>
    Number.isNaN(Date.parse(v)) ? "must be an ISO time (2026-12-06T06:00:00Z)" : undefined,
} as const;

/** A command: its spec and how it runs on the values the spec parses. */
export interface Command {
  readonly spec: CommandSpec;
  /** Parses `args` by the spec (a UsageError when they do not fit) and runs; the exit code. */
  run(args: string[]): Promise<number> | number;
}

/** A command whose run gets the values typed from its spec. */
export function command<O extends Options>(
  spec: CommandSpec<O>,
  run: (values: Values<O>, positionals: string[]) => Promise<number> | number,
): Command {
  return {
    spec,
    run: (args) => {
      const { values, positionals } = parseCommand(spec, args);
      return run(values, positionals);
    },
  };
}

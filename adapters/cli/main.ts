import { inspect } from "node:util";
import { UsersError } from "../auth/users.ts";
import { ConfigError } from "../config/index.ts";
import { isCredentialsError } from "../nats/index.ts";
import { PACKAGE_VERSION } from "../package/index.ts";
import { COMMANDS, EXIT_CODES, groupUsage, overview, resolve } from "./commands.ts";
import { NatsUnreachableError } from "./connect-wait.ts";
import { DemoDataError } from "./demo-data.ts";
import { asksForHelp, isUsageError, UsageError, usageOf } from "./spec.ts";

async function main(argv: string[]): Promise<number> {
  const [first] = argv;
  if (first === undefined || first === "help" || first === "--help" || first === "-h") {
    if (first === "help" && argv.length > 1) return main([...argv.slice(1), "--help"]);
    process.stdout.write(overview());
    return 0;
  }
  if (first === "--version" || first === "-V" || first === "version") {
    process.stdout.write(`cad-engine ${PACKAGE_VERSION}\n`);
    return 0;
  }
  const found = resolve(argv);
  if ("command" in found) {
    if (asksForHelp(found.args)) {
      process.stdout.write(usageOf(found.command.spec, EXIT_CODES));
      return 0;
    }
    return found.command.run(found.args);
  }
  if (found.group.length === 0) {
    if (first.startsWith("-")) throw new UsageError("", `unknown option ${first}`);
    throw new UsageError("", `unknown command "${first}"`);
  }
  const group = found.group.join(" ");
  const members = COMMANDS.filter((c) => c.spec.path.startsWith(`${group} `));
  const rest = argv.slice(found.group.length);
  if (asksForHelp(rest)) {
    process.stdout.write(groupUsage(group, members));
    return 0;
  }
  const names = [...new Set(members.map((c) => c.spec.path.slice(group.length + 1).split(" ")[0]))];
  const next = rest[0];
  throw new UsageError(
    group,
    next === undefined || next.startsWith("-")
      ? `give a subcommand: ${names.join(", ")}`
      : `unknown subcommand "${next}" (known: ${names.join(", ")})`,
  );
}

/** Operator errors: their message is the whole story (no stack, even with --debug). */
function isOperatorError(error: unknown): boolean {
  return (
    error instanceof ConfigError ||
    error instanceof UsersError ||
    error instanceof DemoDataError ||
    error instanceof NatsUnreachableError
  );
}

/** A failure as one line on stderr (the stack too with --debug); its exit code. */
function report(error: unknown, argv: readonly string[], debug: boolean): number {
  if (isUsageError(error)) {
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  const message = oneLine(error instanceof Error ? error.message : String(error));
  if (isOperatorError(error)) process.stderr.write(`${message}\n`);
  // Credentials are the operator's to fix, not a bug: one line naming the file and its flag.
  else if (isCredentialsError(error)) process.stderr.write(`cad: FATAL ${message}\n`);
  else {
    const found = resolve(argv);
    const who = "command" in found ? `cad ${found.command.spec.path}` : "cad";
    const line = message.startsWith("cad") ? message : `${who}: ${message}`;
    process.stderr.write(`${line}${debug ? "" : " (--debug: the stack trace)"}\n`);
  }
  if (debug) process.stderr.write(`${stackOf(error)}\n`);
  return 1;
}

/** A message of several lines (a configuration's problems, one a line) as one: "what: a; b". */
function oneLine(message: string): string {
  return message
    .trim()
    .replace(/:\s*\n\s*/, ": ")
    .replace(/\s*\n\s*/g, "; ");
}

/** The stack of an error and of each of its causes. */
function stackOf(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e !== undefined && depth < 5; depth++) {
    parts.push(e instanceof Error ? (e.stack ?? e.message) : inspect(e));
    e = e instanceof Error ? e.cause : undefined;
  }
  return parts.join("\ncaused by: ");
}

const argv = process.argv.slice(2);
const debug = argv.slice(0, argv.includes("--") ? argv.indexOf("--") : argv.length).includes("--debug");
const args = argv[0] === "--debug" ? argv.slice(1) : argv;
// A failure outside the command's own promise (a callback's) ends the process the same way.
process.on("uncaughtException", (error) => process.exit(report(error, args, debug)));
main(args).then(
  (code) => (process.exitCode = code),
  (error: unknown) => (process.exitCode = report(error, args, debug)),
);

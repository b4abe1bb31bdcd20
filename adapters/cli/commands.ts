/** The `cad` command line: every command (its spec and run), and how the words of a command line name one. */
import { consoleCommand } from "../console/cli.ts";
import { PACKAGE_VERSION } from "../package/index.ts";
import { RMS_COMMANDS } from "../rms/cli.ts";
import { ENGINE_COMMANDS } from "./commands-engine.ts";
import { TOOL_COMMANDS } from "./commands-tools.ts";
import type { Command } from "./spec.ts";

/** Every command of `cad`, in the order `cad --help` lists them. */
export const COMMANDS: readonly Command[] = [
  ...ENGINE_COMMANDS.slice(0, 2),
  consoleCommand,
  ...ENGINE_COMMANDS.slice(2),
  ...TOOL_COMMANDS,
  ...RMS_COMMANDS,
];

export const EXIT_CODES = `Exit status:
  0  done; a service (serve, console, rms run, demo, dev cluster) stopped by SIGTERM, SIGINT or
     SIGHUP, within 2 s
  1  failure: one line on stderr (its stack trace with --debug); no NATS server answered within
     --connect-timeout; a refused change (auth user), a bad snapshot or document (verify, validate)
  2  usage: an unknown command or option, a bad value or a missing flag, in one line naming it;
     flags whose files are refused at start (auth init, console)
  3  FATAL, in one log line saying why and how to recover: serve cannot follow the agency's log
     (stream deleted or purged, outputs not stored); serve, console or rms run: NATS refused the
     credentials while running (expired or revoked)`;

const OVERVIEW_NOTES = `Every --nats flag takes URL[,URL...]: the servers of a cluster, comma-separated; the process
connects to one and moves to another when it goes. Commands that connect to NATS take --creds FILE
(the role's creds file, written by cad auth init), --tls-ca FILE (the CA that signed the server's
TLS certificate) and --connect-timeout SECONDS (a server that does not answer at start is retried,
one line per attempt, for that long; 0: for ever). Without --creds, serve, console, rms run and
config history refuse to start unless given --insecure (a server without authentication), which
warns at every start. Every command takes --help and --debug (a failure's stack trace).`;

/** `cad --help`: every command with its summary, the notes that hold for all, the exit codes. */
export function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.spec.path.length)) + 2;
  return [
    `cad-engine ${PACKAGE_VERSION}: an event-sourced Computer-Aided Dispatch engine`,
    "",
    "Usage: cad COMMAND [SUBCOMMAND] [options]",
    "       cad COMMAND --help    the command's usage: every option, with its default",
    "       cad --version",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.spec.path.padEnd(width)}${c.spec.summary}`),
    "",
    OVERVIEW_NOTES,
    "",
    EXIT_CODES,
    "",
  ].join("\n");
}

/** The commands under `group` (`rms`), as its usage. */
export function groupUsage(group: string, members: readonly Command[]): string {
  const width = Math.max(...members.map((c) => c.spec.path.length)) + 2;
  return [
    `Usage: cad ${group} SUBCOMMAND [options]`,
    "",
    ...members.map((c) => `  ${c.spec.path.padEnd(width)}${c.spec.summary}`),
    "",
    `cad ${group} SUBCOMMAND --help: the subcommand's options, with their defaults.`,
    "",
  ].join("\n");
}

/** The command `argv` names (the longest path its leading words spell), and the arguments after it. */
export function resolve(argv: readonly string[]): { command: Command; args: string[] } | { group: string[] } {
  let best: { command: Command; args: string[] } | undefined;
  for (const command of COMMANDS) {
    const words = command.spec.path.split(" ");
    if (
      words.every((w, i) => argv[i] === w) &&
      words.length > (best?.command.spec.path.split(" ").length ?? 0)
    )
      best = { command, args: argv.slice(words.length) };
  }
  if (best !== undefined) return best;
  // The words that name a group of commands (`rms`, `auth user`), as far as they go.
  const group: string[] = [];
  for (const word of argv) {
    const next = [...group, word].join(" ");
    if (!COMMANDS.some((c) => c.spec.path.startsWith(`${next} `))) break;
    group.push(word);
  }
  return { group };
}

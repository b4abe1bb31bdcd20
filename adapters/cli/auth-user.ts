import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { addUser, changeUser, readUsers, UsersError } from "../auth/users.ts";

export const AUTH_USER_USAGE = `  cad auth user add|passwd|disable|enable|list --users FILE [--agency A] [--role R] [--unit U] [--password-file F] [USER]
      Manages the console's users (default file: console-users.json in the current directory).
      add needs --agency and --role (viewer, call-taker, dispatcher, supervisor, unit); a unit
      terminal's user (--role unit) also --unit U: it reports only that unit's status; add and passwd
      read the password (at least 12 characters) from --password-file or standard input, never
      echoed. disable/enable: the user cannot / can log in again. list: name, agency, role, state.
`;

/** `cad auth user ...`: returns the exit code; a refused change prints one line and exits 1. */
export async function runAuthUser(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      users: { type: "string", default: "console-users.json" },
      agency: { type: "string" },
      role: { type: "string" },
      unit: { type: "string" },
      "password-file": { type: "string" },
    },
  });
  const [action, name] = positionals;
  const file = values.users;
  try {
    switch (action) {
      case "list": {
        for (const u of readUsers(file))
          process.stdout.write(
            `${u.name}\t${u.agency}\t${u.role}${u.unit === undefined ? "" : ` ${u.unit}`}\t${u.disabled ? "disabled" : "enabled"}\tchanged ${u.changed}\n`,
          );
        return 0;
      }
      case "add": {
        const user = required(name, "USER");
        const agency = required(values.agency, "--agency");
        const role = required(values.role, "--role");
        const password = await readPassword(values["password-file"]);
        await addUser(file, { name: user, agency, role, password, unit: values.unit });
        const of = values.unit === undefined ? "" : ` of unit ${values.unit}`;
        process.stdout.write(`cad auth user: added ${user} (${role}${of}, agency ${agency}) to ${file}\n`);
        return 0;
      }
      case "passwd": {
        const user = required(name, "USER");
        await changeUser(file, user, { password: await readPassword(values["password-file"]) });
        process.stdout.write(`cad auth user: password of ${user} changed in ${file}\n`);
        return 0;
      }
      case "disable":
      case "enable": {
        const user = required(name, "USER");
        await changeUser(file, user, {
          disabled: action === "disable",
          ...(values.role !== undefined && { role: values.role }),
          ...(values.unit !== undefined && { unit: values.unit }),
        });
        process.stdout.write(`cad auth user: ${user} ${action}d in ${file}\n`);
        return 0;
      }
      default:
        process.stderr.write(
          `cad auth user: expected add, passwd, disable, enable or list\n\n${AUTH_USER_USAGE}`,
        );
        return 2;
    }
  } catch (error) {
    if (!(error instanceof UsersError)) throw error;
    process.stderr.write(`cad auth user: ${error.message} (${error.code})\n`);
    return 1;
  }
}

function required(value: string | undefined, what: string): string {
  if (value === undefined || value === "") throw new UsersError("MISSING_ARGUMENT", `${what} is required`);
  return value;
}

/** The password: the first line of --password-file, or of standard input (a terminal does not echo it). */
async function readPassword(file: string | undefined): Promise<string> {
  if (file !== undefined) return firstLine(readFileSync(file, "utf8"));
  if (process.stdin.isTTY) return readHidden("password: ");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) chunks.push(chunk);
  return firstLine(Buffer.concat(chunks).toString("utf8"));
}

const firstLine = (text: string) => text.split(/\r?\n/)[0] ?? "";

/** Reads a line from the terminal in raw mode, echoing nothing. */
function readHidden(prompt: string): Promise<string> {
  process.stderr.write(prompt);
  const stdin = process.stdin;
  stdin.setRawMode(true);
  stdin.resume();
  let text = "";
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      process.stderr.write("\n");
      if (error === undefined) resolve(text);
      else reject(error);
    };
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString("utf8")) {
        if (ch === "\r" || ch === "\n") return done();
        if (ch === "\u0003") return done(new UsersError("WEAK_PASSWORD", "interrupted"));
        if (ch === "\u007f" || ch === "\b") text = text.slice(0, -1);
        else text += ch;
      }
    };
    stdin.on("data", onData);
  });
}

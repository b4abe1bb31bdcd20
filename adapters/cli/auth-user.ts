import { readFileSync } from "node:fs";
import { addUser, changeUser, readUsers, UsersError } from "../auth/users.ts";

/** The actions of `cad auth user`, each a command of its own (commands-tools.ts). */
export const AUTH_USER_ACTIONS = ["add", "passwd", "disable", "enable", "list"] as const;
export type AuthUserAction = (typeof AUTH_USER_ACTIONS)[number];

export interface AuthUserFlags {
  readonly users: string;
  readonly agency?: string | undefined;
  readonly role?: string | undefined;
  /** A unit terminal's user (--role unit): the unit it reports for. */
  readonly unit?: string | undefined;
  readonly "password-file"?: string | undefined;
}

/** `cad auth user ACTION [USER]`: returns the exit code; a refused change prints one line and exits 1. */
export async function runAuthUser(
  action: AuthUserAction,
  values: AuthUserFlags,
  name: string | undefined,
): Promise<number> {
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

/**
 * The demo's data folder (`cad demo --data-dir DIR`, default `.cad-demo`): what makes `npm start`
 * secure by default without any setup, made at the first run and kept for the later ones.
 *
 *   DIR/auth/                   `cad auth init --agencies demo --sim --out DIR/auth`: the
 *                               nats-server configuration and one creds file per role
 *   DIR/nats/                   the demo's nats-server store (JetStream)
 *   DIR/console-users.json      the console's users: `demo`, a supervisor
 *   DIR/console-login.txt       the user `demo`'s password (0600), generated at the first run
 *   DIR/demo.pid                the process id of the demo running on DIR, while it runs
 */
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { initAuth, type NatsRole } from "../auth/nats-auth.ts";
import { addUser, readUsers } from "../auth/users.ts";

export const DEFAULT_DEMO_DIR = ".cad-demo";
/** The console user the demo makes. A supervisor: the demo is for trying every command. */
export const DEMO_USER = "demo";

export class DemoDataError extends Error {
  override readonly name = "DemoDataError";
  constructor(
    readonly code: "DEMO_CREDS_MISSING" | "DEMO_DIR_IN_USE",
    message: string,
  ) {
    super(message);
  }
}

/** The roles the demo runs as: admin (its streams), engine, sim (the city and the console). */
const DEMO_ROLES = ["admin", "engine", "sim"] as const satisfies readonly NatsRole[];
export type DemoRole = (typeof DEMO_ROLES)[number];

export interface DemoCredentials {
  /** DIR/auth/nats-server.conf. */
  readonly conf: string;
  /** The creds file of one of the demo's roles. */
  creds(role: DemoRole): string;
  /** Made by this run (false: an earlier run's, reused). */
  readonly created: boolean;
}

/**
 * Makes the data folder readable by its owner only (it holds keys, creds and a password) when it
 * does not exist yet; an existing folder the user named keeps its mode (it may be theirs).
 */
function makeDataDir(dir: string): void {
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o700 });
}

/**
 * The agency's credentials in DIR/auth: made by `initAuth` at the first run, reused afterwards
 * (the store in DIR/nats and any creds copied elsewhere stay valid). A folder an earlier run left
 * incomplete is not silently replaced: removing it is the user's call.
 */
export async function demoCredentials(dataDir: string, agency: string): Promise<DemoCredentials> {
  const dir = join(dataDir, "auth");
  const conf = join(dir, "nats-server.conf");
  // The layout `initAuth` writes (nats-auth.ts): DIR/<agency>/<role>.creds.
  const creds = (role: DemoRole) => join(dir, agency, `${role}.creds`);
  let created = false;
  if (!existsSync(conf)) {
    makeDataDir(dataDir);
    await initAuth({ agencies: [agency], out: dir, sim: true });
    created = true;
  }
  const missing = DEMO_ROLES.map(creds).find((file) => !existsSync(file));
  if (missing !== undefined)
    throw new DemoDataError(
      "DEMO_CREDS_MISSING",
      `cad demo: ${missing} is missing (${dir} was not made by cad demo, or was changed): remove ${dir} and the demo makes new credentials`,
    );
  return { conf, creds, created };
}

export interface DemoLogin {
  readonly usersFile: string;
  readonly user: string;
  /** Where the password is; undefined when the file is gone (the password was changed or the file removed). */
  readonly passwordFile: string | undefined;
  readonly created: boolean;
}

/** A password of 24 characters (144 random bits), URL-safe so that it can be copied and typed as is. */
function newPassword(): string {
  return randomBytes(18).toString("base64url");
}

/**
 * The console's users file with the user `demo`: made at the first run with a random password,
 * written to DIR/console-login.txt (0600) rather than printed, so that it is in no terminal
 * scrollback or CI log; kept afterwards (`cad auth user passwd --users DIR/console-users.json demo`
 * changes it).
 */
export async function demoLogin(dataDir: string, agency: string): Promise<DemoLogin> {
  const usersFile = join(dataDir, "console-users.json");
  const passwordFile = join(dataDir, "console-login.txt");
  if (readUsers(usersFile).some((u) => u.name === DEMO_USER))
    return {
      usersFile,
      user: DEMO_USER,
      passwordFile: existsSync(passwordFile) ? passwordFile : undefined,
      created: false,
    };
  makeDataDir(dataDir);
  const password = newPassword();
  // The password file first: should adding the user fail, the next run makes both again.
  writeFileSync(passwordFile, `user: ${DEMO_USER}\npassword: ${password}\n`, { mode: 0o600 });
  chmodSync(passwordFile, 0o600); // the mode of writeFileSync applies only to a new file
  await addUser(usersFile, { name: DEMO_USER, agency, role: "supervisor", password });
  return { usersFile, user: DEMO_USER, passwordFile, created: true };
}

/** Whether process `pid` runs (signal 0 only checks; EPERM: it runs as another user). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Claims the data folder for this run (DIR/demo.pid): two demos on one folder would start two
 * nats-servers on one JetStream store, which neither would survive. A file left by a demo that
 * no longer runs (killed) is taken over. Returns how to let the folder go.
 */
export function claimDataDir(dataDir: string): () => void {
  makeDataDir(dataDir);
  const file = join(dataDir, "demo.pid");
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: "wx" });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 0) throw error;
    }
    const pid = Number(readFileSync(file, "utf8").trim());
    if (Number.isInteger(pid) && pid > 0 && running(pid))
      throw new DemoDataError(
        "DEMO_DIR_IN_USE",
        `cad demo: another demo (process ${pid}) runs on ${dataDir}: stop it or give this one another --data-dir (or remove ${file} if no demo runs)`,
      );
    rmSync(file, { force: true });
  }
}

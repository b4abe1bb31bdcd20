import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { chmodSync, existsSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { isOperatorName } from "../nats/index.ts";

/**
 * Console roles (contract, section 4), from least to most a user may do; `unit` is a unit's
 * mobile data terminal: bound to one unit (ConsoleUser.unit), it reports that unit's status only.
 */
export const CONSOLE_ROLES = ["viewer", "call-taker", "dispatcher", "supervisor", "unit"] as const;
export type ConsoleRole = (typeof CONSOLE_ROLES)[number];

/** One console user as the users file keeps it. */
export interface ConsoleUser {
  readonly name: string;
  readonly agency: string;
  readonly role: ConsoleRole;
  /** The unit a `unit` user's terminal is bound to (role unit only; required there). */
  readonly unit?: string;
  /** `scrypt$N$r$p$salt$hash`, salt and hash in base64. */
  readonly hash: string;
  readonly disabled: boolean;
  /** ISO times. */
  readonly created: string;
  readonly changed: string;
}

interface UsersFileContent {
  readonly v: 1;
  readonly users: readonly ConsoleUser[];
}

export type UsersErrorCode =
  | "USERS_FILE_UNREADABLE"
  | "USERS_FILE_INVALID"
  | "NO_USERS"
  | "USER_EXISTS"
  | "UNKNOWN_USER"
  | "BAD_USER_NAME"
  | "BAD_ROLE"
  | "BAD_UNIT"
  | "BAD_AGENCY"
  | "WEAK_PASSWORD"
  | "MISSING_ARGUMENT";

export class UsersError extends Error {
  override readonly name = "UsersError";
  constructor(
    readonly code: UsersErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const AGENCY = /^[a-z0-9][a-z0-9_-]{0,31}$/;
export const MIN_PASSWORD_LENGTH = 12;

/**
 * scrypt cost: N=2^15, r=8, p=1 (OWASP's minimum for scrypt) takes about 32 MiB and tens of
 * milliseconds; maxmem is raised above node's 32 MiB default, which this exactly reaches.
 */
const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const MAX_MEM = 128 * 1024 * 1024;

function scryptAsync(password: string, salt: Buffer, keylen: number, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, keylen, opts, (error, key) => (error === null ? resolve(key) : reject(error))),
  );
}

/** Hashes a password as `scrypt$N$r$p$salt$hash` (base64 salt and hash). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scryptAsync(password, salt, KEY_BYTES, { ...COST, maxmem: MAX_MEM });
  return ["scrypt", COST.N, COST.r, COST.p, salt.toString("base64"), key.toString("base64")].join("$");
}

/**
 * Whether the password matches the hash, compared in constant time. A malformed hash never
 * matches (and costs the same scrypt as a real one, so that it tells nothing by its timing).
 */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const parts = hash.split("$");
  const [scheme, n, r, p, salt64, key64] = parts;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  const wellFormed =
    parts.length === 6 &&
    scheme === "scrypt" &&
    [params.N, params.r, params.p].every((x) => Number.isInteger(x) && x > 0) &&
    params.N >= 2 &&
    params.N <= 2 ** 20 &&
    (params.N & (params.N - 1)) === 0 &&
    params.r <= 32 &&
    params.p <= 16;
  const salt = Buffer.from(salt64 ?? "", "base64");
  const expected = Buffer.from(key64 ?? "", "base64");
  const key = await scryptAsync(
    password,
    salt.length > 0 ? salt : randomBytes(SALT_BYTES),
    expected.length > 0 && expected.length <= 256 ? expected.length : KEY_BYTES,
    wellFormed ? { ...params, maxmem: MAX_MEM } : { ...COST, maxmem: MAX_MEM },
  ).catch(() => Buffer.alloc(0));
  return (
    wellFormed && expected.length > 0 && key.length === expected.length && timingSafeEqual(key, expected)
  );
}

/** A hash of nothing anyone knows: an unknown user's login is checked against it, to take a real login's time. */
let decoyHash: Promise<string> | undefined;
export function decoy(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(24).toString("base64"));
  return decoyHash;
}

/** Reads the users file; a missing file has no users. */
export function readUsers(file: string): ConsoleUser[] {
  if (!existsSync(file)) return [];
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsersError(
      "USERS_FILE_UNREADABLE",
      `--users ${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch (error) {
    throw new UsersError("USERS_FILE_INVALID", `--users ${file}: not JSON (${(error as Error).message})`);
  }
  const users = (content as Partial<UsersFileContent> | null)?.users;
  if (!Array.isArray(users) || !users.every(isUser))
    throw new UsersError(
      "USERS_FILE_INVALID",
      `--users ${file}: expected {"v":1,"users":[...]} of console users`,
    );
  return users;
}

function isUser(u: unknown): u is ConsoleUser {
  if (typeof u !== "object" || u === null) return false;
  const x = u as Record<string, unknown>;
  return (
    typeof x["name"] === "string" &&
    typeof x["agency"] === "string" &&
    CONSOLE_ROLES.includes(x["role"] as ConsoleRole) &&
    typeof x["hash"] === "string" &&
    typeof x["disabled"] === "boolean" &&
    // A unit terminal's user is bound to a unit; no other user is.
    (x["role"] === "unit"
      ? typeof x["unit"] === "string" && UNIT_ID.test(x["unit"])
      : x["unit"] === undefined)
  );
}

/** Writes the users file atomically (a temporary file renamed over it), readable by its owner only. */
export function writeUsers(file: string, users: readonly ConsoleUser[]): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const content: UsersFileContent = { v: 1, users };
  writeFileSync(tmp, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600, flag: "wx" });
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
}

export function checkUserName(name: string): void {
  // A user name is what a command's Cad-Operator header carries: the log reader's rule.
  if (!isOperatorName(name))
    throw new UsersError("BAD_USER_NAME", `user name "${name}": 1-64 letters, digits, ., _, @ or -`);
}

export function checkRole(role: string): ConsoleRole {
  if (!CONSOLE_ROLES.includes(role as ConsoleRole))
    throw new UsersError("BAD_ROLE", `--role ${role}: one of ${CONSOLE_ROLES.join(", ")}`);
  return role as ConsoleRole;
}

/** A unit id as its NATS subjects take it: one token (AddUnit's rule). */
const UNIT_ID = /^[A-Za-z0-9_-]{1,32}$/;

/** The unit of a user: required for role unit (`--unit`), refused for any other role. */
export function checkUnit(role: ConsoleRole, unit: string | undefined): string | undefined {
  if (role !== "unit") {
    if (unit !== undefined)
      throw new UsersError("BAD_UNIT", `--unit ${unit}: only a user of role unit is bound to a unit`);
    return undefined;
  }
  if (unit === undefined || !UNIT_ID.test(unit))
    throw new UsersError(
      "BAD_UNIT",
      `--unit ${unit ?? "(none)"}: a unit terminal's user needs its unit id (1-32 letters, digits, - or _)`,
    );
  return unit;
}

export function checkAgency(agency: string): void {
  if (!AGENCY.test(agency))
    throw new UsersError("BAD_AGENCY", `--agency ${agency}: 1-32 lower-case letters, digits, - or _`);
}

export function checkPassword(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    throw new UsersError("WEAK_PASSWORD", `a password has at least ${MIN_PASSWORD_LENGTH} characters`);
}

/** Adds a user to the file (creating the file). */
export async function addUser(
  file: string,
  user: { name: string; agency: string; role: string; password: string; unit?: string | undefined },
  now = new Date(),
): Promise<ConsoleUser> {
  checkUserName(user.name);
  checkAgency(user.agency);
  const role = checkRole(user.role);
  const unit = checkUnit(role, user.unit);
  checkPassword(user.password);
  const users = readUsers(file);
  if (users.some((u) => u.name === user.name))
    throw new UsersError(
      "USER_EXISTS",
      `user "${user.name}" is already in ${file} (cad auth user passwd to change the password)`,
    );
  const at = now.toISOString();
  const added: ConsoleUser = {
    name: user.name,
    agency: user.agency,
    role,
    ...(unit !== undefined && { unit }),
    hash: await hashPassword(user.password),
    disabled: false,
    created: at,
    changed: at,
  };
  writeUsers(file, [...users, added]);
  return added;
}

/** Changes one user of the file. */
export async function changeUser(
  file: string,
  name: string,
  change: { password?: string; disabled?: boolean; role?: string; agency?: string; unit?: string },
  now = new Date(),
): Promise<ConsoleUser> {
  const users = readUsers(file);
  const old = users.find((u) => u.name === name);
  if (old === undefined) throw new UsersError("UNKNOWN_USER", `no user "${name}" in ${file}`);
  if (change.password !== undefined) checkPassword(change.password);
  if (change.agency !== undefined) checkAgency(change.agency);
  const role = change.role !== undefined ? checkRole(change.role) : old.role;
  const unit = checkUnit(role, change.unit ?? (role === "unit" ? old.unit : undefined));
  const rest: ConsoleUser = { ...old };
  delete (rest as { unit?: string }).unit;
  const changed: ConsoleUser = {
    ...rest,
    role,
    ...(unit !== undefined && { unit }),
    ...(change.agency !== undefined && { agency: change.agency }),
    ...(change.disabled !== undefined && { disabled: change.disabled }),
    ...(change.password !== undefined && { hash: await hashPassword(change.password) }),
    changed: now.toISOString(),
  };
  writeUsers(
    file,
    users.map((u) => (u === old ? changed : u)),
  );
  return changed;
}

/** Where a console finds its users: the users file, checked at each login and each request of a session (a disabled user is refused at once). */
export interface UserDirectory {
  /** What to tell an operator about where the users are (a file name). */
  readonly source: string;
  find(name: string): ConsoleUser | undefined;
  all(): readonly ConsoleUser[];
}

/**
 * The users file, read again only when it changed: every request of a session checks its user
 * (a disabled user's session ends at once), so the file is stat'ed, not parsed, each time.
 * writeUsers renames a new file over the old one, so its inode changes even within one mtime tick.
 */
export function usersFile(file: string): UserDirectory {
  let cached: { key: string; users: ConsoleUser[] } | undefined;
  const current = (): ConsoleUser[] => {
    const key = fileVersion(file);
    // A file that cannot be stat'ed is read every time: readUsers says why it cannot be read (or finds none).
    if (key === undefined) return readUsers(file);
    if (cached?.key !== key) cached = { key, users: readUsers(file) };
    return cached.users;
  };
  return {
    source: file,
    find: (name) => current().find((u) => u.name === name),
    all: current,
  };
}

/** What tells one version of a file from the next: inode, size and mtime (undefined when it cannot be stat'ed). */
function fileVersion(file: string): string | undefined {
  try {
    const s = statSync(file, { bigint: true });
    return `${s.ino}:${s.size}:${s.mtimeNs}`;
  } catch {
    return undefined;
  }
}

/** Users held in memory (the demo's one-off user). */
export function usersInMemory(users: readonly ConsoleUser[]): UserDirectory {
  return { source: "(in memory)", find: (name) => users.find((u) => u.name === name), all: () => users };
}

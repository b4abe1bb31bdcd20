import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import { decoy, verifyPassword, type ConsoleRole, type UserDirectory } from "../auth/users.ts";
import type { AuditAction } from "../nats/index.ts";
import { HttpError, readJsonBody } from "./http.ts";
import { AccessError, ROLE_COMMANDS, type Operator } from "./roles.ts";

export const SESSION_COOKIE = "cad_session";
export const DEFAULT_IDLE_MS = 30 * 60_000;
export const MAX_FAILURES = 5;
export const LOCK_MS = 10 * 60_000;
/** Names whose failures are remembered at most (unknown names included): the oldest are forgotten first. */
const MAX_TRACKED_NAMES = 10_000;
const MAX_EXPIRED_REMEMBERED = 10_000;

/**
 * Why a session ended before its logout: idle (SESSION_EXPIRED), or its user was disabled,
 * removed or given another role in the users file (SESSION_ENDED: the session's rights are gone).
 */
type EndReason = "idle" | "disabled" | "removed" | "role-changed";
// (A unit terminal's user bound to another unit counts as role-changed: its rights are gone.)

export interface Session extends Operator {
  readonly id: string;
  readonly agency: string;
  lastSeen: number;
  /** Called when the session ends (logout or expiry): the page's event stream is closed. */
  readonly onEnd: Set<() => void>;
}

export type Audit = (
  action: AuditAction,
  who: { user: string; role: ConsoleRole | null; client: string },
  detail?: Readonly<Record<string, string | number | boolean>>,
) => void;

export interface SessionOptions {
  readonly agency: string;
  readonly users: UserDirectory;
  /** A session unused this long ends (default 30 minutes). */
  readonly idleMs?: number;
  readonly audit: Audit;
  readonly log?: (line: string) => void;
}

interface Failures {
  count: number;
  lockedUntil: number;
}

/** The remote address of a request, as the audit and the log name it. */
export function clientOf(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? "unknown";
}

/**
 * The console's sessions, in memory: a login gives a random 32-byte id in an HttpOnly,
 * SameSite=Strict cookie; a session unused for the idle time ends (its event stream with it).
 * Failed logins are counted by the name tried, whether or not such a user exists, and answered
 * the same way after the same scrypt work, so that an answer never tells which names exist.
 */
export class Sessions {
  private readonly sessions = new Map<string, Session>();
  /** Sessions that ended without a logout, by id: their cookie is told why (SESSION_EXPIRED, SESSION_ENDED). */
  private readonly expired = new Map<string, EndReason>();
  private readonly failures = new Map<string, Failures>();
  private readonly sweeper: ReturnType<typeof setInterval>;
  readonly idleMs: number;

  constructor(private readonly opts: SessionOptions) {
    this.idleMs = opts.idleMs ?? DEFAULT_IDLE_MS;
    // The decoy hash is made now, so that the first unknown name's login takes no longer than any other.
    void decoy();
    this.sweeper = setInterval(
      () => this.sweep(),
      Math.max(100, Math.min(30_000, Math.floor(this.idleMs / 4))),
    );
    this.sweeper.unref();
  }

  /** Checks a user name and password; the session, or an AccessError (LOGIN_FAILED, ACCOUNT_LOCKED). */
  async login(name: string, password: string, client: string): Promise<Session> {
    const now = Date.now();
    const user = this.opts.users.find(name);
    // The same scrypt work whatever the outcome: unknown, disabled and locked users take a real login's time.
    const matches = await verifyPassword(password, user?.hash ?? (await decoy()));
    const failures = this.failures.get(name);
    if (failures !== undefined && failures.lockedUntil > now) {
      this.opts.audit("login-failed", { user: name, role: null, client }, { code: "ACCOUNT_LOCKED" });
      throw new AccessError(423, "ACCOUNT_LOCKED", "too many failed logins: try again later");
    }
    if (user === undefined || user.disabled || user.agency !== this.opts.agency || !matches) {
      this.fail(name, client, now);
      throw new AccessError(401, "LOGIN_FAILED", "wrong user name or password");
    }
    this.failures.delete(name);
    const session: Session = {
      id: randomBytes(32).toString("base64url"),
      user: user.name,
      role: user.role,
      ...(user.unit !== undefined && { unit: user.unit }),
      agency: user.agency,
      client,
      lastSeen: now,
      onEnd: new Set(),
    };
    this.sessions.set(session.id, session);
    this.opts.audit("login", session);
    return session;
  }

  logout(session: Session, client: string): void {
    if (!this.sessions.delete(session.id)) return;
    this.opts.audit("logout", { user: session.user, role: session.role, client });
    for (const f of session.onEnd) f();
  }

  /**
   * The request's live session, or an AccessError 401 (NO_SESSION, SESSION_EXPIRED, SESSION_ENDED).
   * Its user is looked up again at every request (CJIS: a disabled account has no access), so a
   * user disabled or removed meanwhile is refused at once. `touch`: the request is the operator's
   * doing and keeps the session alive (the event stream does not).
   */
  of(req: IncomingMessage, touch: boolean): Session {
    const id = cookie(req.headers.cookie, SESSION_COOKIE);
    const session = id === undefined ? undefined : this.sessions.get(id);
    if (session !== undefined) {
      const ended = this.endReason(session, Date.now());
      if (ended !== undefined) this.expire(session, ended);
    }
    const ended = id === undefined ? undefined : this.expired.get(id);
    if (ended === "idle") throw new AccessError(401, "SESSION_EXPIRED", "your session expired: log in again");
    if (ended !== undefined)
      throw new AccessError(401, "SESSION_ENDED", "your session was ended: your account changed");
    if (session === undefined) throw new AccessError(401, "NO_SESSION", "log in first");
    if (touch) session.lastSeen = Date.now();
    return session;
  }

  get count(): number {
    return this.sessions.size;
  }

  close(): void {
    clearInterval(this.sweeper);
    for (const s of this.sessions.values()) for (const f of s.onEnd) f();
    this.sessions.clear();
  }

  private fail(name: string, client: string, now: number): void {
    const f = this.failures.get(name) ?? { count: 0, lockedUntil: 0 };
    if (f.lockedUntil !== 0 && f.lockedUntil <= now) {
      f.count = 0;
      f.lockedUntil = 0;
    }
    f.count++;
    this.failures.delete(name);
    this.failures.set(name, f);
    if (this.failures.size > MAX_TRACKED_NAMES) {
      const oldest = this.failures.keys().next().value;
      if (oldest !== undefined) this.failures.delete(oldest);
    }
    this.opts.audit("login-failed", { user: name, role: null, client }, { code: "LOGIN_FAILED" });
    if (f.count >= MAX_FAILURES) {
      f.lockedUntil = now + LOCK_MS;
      this.opts.audit(
        "locked",
        { user: name, role: null, client },
        { failures: f.count, minutes: LOCK_MS / 60_000 },
      );
      this.opts.log?.(
        `console ${this.opts.agency}: account "${name}" locked after ${f.count} failed logins (client ${client})`,
      );
    }
  }

  /** Ends idle sessions, and those of users disabled meanwhile: their open event streams close too. */
  private sweep(): void {
    const now = Date.now();
    for (const s of this.sessions.values()) {
      let ended: EndReason | undefined;
      try {
        ended = this.endReason(s, now);
      } catch (error) {
        // An unreadable users file: the next request of each session fails closed and says why.
        this.opts.log?.(`console ${this.opts.agency}: ${(error as Error).message}`);
        return;
      }
      if (ended !== undefined) this.expire(s, ended);
    }
  }

  /** Why the session must end now, if it must: idle too long, or its user is no longer what it was at login. */
  private endReason(session: Session, now: number): EndReason | undefined {
    if (now - session.lastSeen >= this.idleMs) return "idle";
    const user = this.opts.users.find(session.user);
    if (user === undefined || user.agency !== session.agency) return "removed";
    if (user.disabled) return "disabled";
    if (user.role !== session.role || user.unit !== session.unit) return "role-changed";
    return undefined;
  }

  private expire(session: Session, reason: EndReason): void {
    if (!this.sessions.delete(session.id)) return;
    this.expired.set(session.id, reason);
    if (this.expired.size > MAX_EXPIRED_REMEMBERED) {
      const oldest = this.expired.keys().next().value;
      if (oldest !== undefined) this.expired.delete(oldest);
    }
    const detail = reason === "idle" ? { reason, idleMinutes: Math.round(this.idleMs / 60_000) } : { reason };
    this.opts.audit("session-expired", session, detail);
    if (reason !== "idle")
      this.opts.log?.(
        `console ${this.opts.agency}: session of "${session.user}" ended: user ${reason} in ${this.opts.users.source}`,
      );
    for (const f of session.onEnd) f();
  }
}

/** A cookie's value from a Cookie header. */
function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function sessionCookie(req: IncomingMessage, value: string, maxAge?: number): string {
  const secure = (req.socket as Partial<TLSSocket>).encrypted === true ? "; Secure" : "";
  const age = maxAge === undefined ? "" : `; Max-Age=${maxAge}`;
  return `${SESSION_COOKIE}=${value}; HttpOnly; SameSite=Strict; Path=/${secure}${age}`;
}

/** What GET /api/session and a login answer: who is logged in and what they may do. */
export function sessionReply(session: Session, idleMs: number) {
  return {
    ok: true as const,
    user: session.user,
    role: session.role,
    ...(session.unit !== undefined && { unit: session.unit }),
    agency: session.agency,
    commands: ROLE_COMMANDS[session.role],
    idleMinutes: idleMs / 60_000,
  };
}

function reply(res: ServerResponse, status: number, body: unknown, setCookie?: string): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": "no-store",
    "Content-Length": Buffer.byteLength(text),
    ...(setCookie !== undefined && { "Set-Cookie": setCookie }),
  });
  res.end(text);
}

/** POST /api/login {user, password}: sets the session cookie. */
export async function handleLogin(
  sessions: Sessions,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const body = (await readJsonBody(req)) as { user?: unknown; password?: unknown } | null;
  const user = body?.user;
  const password = body?.password;
  if (typeof user !== "string" || typeof password !== "string" || user.length > 256 || password.length > 1024)
    throw new HttpError(400, "BAD_LOGIN", "expected {user, password} as text");
  const session = await sessions.login(user, password, clientOf(req));
  reply(res, 200, sessionReply(session, sessions.idleMs), sessionCookie(req, session.id));
}

/** POST /api/logout: ends the session (if any) and clears the cookie. */
export async function handleLogout(
  sessions: Sessions,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  await readJsonBody(req).catch(() => undefined);
  try {
    sessions.logout(sessions.of(req, false), clientOf(req));
  } catch (error) {
    if (!(error instanceof AccessError)) throw error;
  }
  reply(res, 200, { ok: true }, sessionCookie(req, "", 0));
}

import { jetstreamManager } from "@nats-io/jetstream";
import { mkdtempSync } from "node:fs";
import type { Page } from "playwright-core";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { addUser, type ConsoleRole } from "../../adapters/auth/users.ts";
import { startConsole, type ConsoleOptions, type ConsoleServer } from "../../adapters/console/index.ts";
import { agencySubjects, ensureStreams, type AuditRecord } from "../../adapters/nats/index.ts";

/** A console API request with the session cookie. */
export const api = (url: string, path: string, cookie = "", init: RequestInit = {}) =>
  fetch(new URL(path, url), { ...init, headers: { Cookie: cookie, ...(init.headers as object) } });
/** A JSON POST to the console's API. */
export const postJson = (url: string, path: string, body: unknown, cookie = "") =>
  api(url, path, cookie, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
/** The HTTP status with the JSON body. */
export const answer = async (r: Response) => ({ status: r.status, ...((await r.json()) as object) });
/** A login attempt's answer (status and body), whatever it is. */
export const tryLogin = async (url: string, user: string, password: string) =>
  answer(await postJson(url, "api/login", { user, password }));

/** The password of every test user (long enough for the 12-character rule). */
export const PASSWORD = "correct horse battery staple";

/** A users file in a fresh temporary folder with these users (password PASSWORD). */
export async function usersFileWith(
  agency: string,
  users: readonly { name: string; role: ConsoleRole; agency?: string }[],
): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), "cad-console-users-")), "console-users.json");
  for (const u of users)
    await addUser(file, { name: u.name, agency: u.agency ?? agency, role: u.role, password: PASSWORD });
  return file;
}

/** Logs in over HTTP; the session cookie to send with later requests (`cad_session=...`). */
export async function login(url: string, user: string, password = PASSWORD): Promise<string> {
  const response = await fetch(new URL("api/login", url), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ user, password }),
  });
  if (!response.ok) throw new Error(`login of ${user}: ${response.status} ${await response.text()}`);
  const cookie = response.headers.get("set-cookie") ?? "";
  return cookie.split(";")[0] ?? "";
}

/**
 * A console as the existing tests start it, with a users file holding one supervisor, logged
 * in: `cookie` goes with every request (TestPage, posts).
 */
export async function startLoggedIn(
  opts: Omit<ConsoleOptions, "users"> & { users?: ConsoleOptions["users"] },
): Promise<{ web: ConsoleServer; cookie: string }> {
  const users = opts.users ?? (await usersFileWith(opts.agency, [{ name: "tester", role: "supervisor" }]));
  if (opts.servers !== undefined) {
    const nc = await connect({ servers: opts.servers });
    await ensureAuditStream(nc, opts.agency);
    await nc.close();
  }
  const web = await startConsole({ ...opts, users });
  return { web, cookie: await login(web.url, "tester") };
}

/** The agency's streams, the audit stream among them, as the engine or `cad streams create` makes them. */
export async function ensureAuditStream(nc: NatsConnection, agency: string): Promise<void> {
  await ensureStreams(nc, agencySubjects(agency));
}

/** Every record in the agency's audit stream, decoded, in order. */
export async function auditRecords(url: string, agency: string): Promise<AuditRecord[]> {
  const nc = await connect({ servers: url });
  const jsm = await jetstreamManager(nc);
  const name = agencySubjects(agency).auditStream;
  const info = await jsm.streams.info(name);
  const records: AuditRecord[] = [];
  for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
    const m = await jsm.streams.getMessage(name, { seq });
    if (m !== null) records.push(JSON.parse(new TextDecoder().decode(m.data)) as AuditRecord);
  }
  await nc.close();
  return records;
}

/** Opens the console in the browser and logs in through its form; resolves once the console shows. */
export async function loginInBrowser(
  page: Page,
  url: string,
  user = "tester",
  password = PASSWORD,
): Promise<void> {
  await page.goto(url);
  await page.locator("#login-user").fill(user);
  await page.locator("#login-password").fill(password);
  await page.locator("#login-submit").click();
  await page.locator("body:not(.logged-out) #top").waitFor();
}

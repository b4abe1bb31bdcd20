import type { Msg } from "@nats-io/transport-node";
import { describe, expect, it } from "vitest";
import { connect } from "@nats-io/transport-node";
import { onTestFinished } from "vitest";
import { changeUser, readUsers, writeUsers } from "../../adapters/auth/users.ts";
import { startConsole } from "../../adapters/console/index.ts";
import {
  agencySubjects,
  EngineService,
  ensureStreams,
  natsServerAvailable,
} from "../../adapters/nats/index.ts";
import { NatsClient, useNatsServer } from "../support/nats.ts";
import { config, near, unit } from "../support/scenario.ts";
import {
  answer,
  api,
  auditRecords,
  ensureAuditStream,
  login,
  PASSWORD,
  postJson,
  tryLogin,
  usersFileWith,
} from "./login.ts";
import { TestPage } from "./sse.ts";
import { eventually } from "./support.ts";

describe.skipIf(!natsServerAvailable())("console login, sessions and roles (needs nats-server)", () => {
  const nats = useNatsServer();

  /**
   * The agency's streams, audit stream included, as the engine (or `cad streams create`) makes
   * them: a console without an engine still has somewhere to put its audit records.
   */
  async function agencyStreams(agency: string): Promise<void> {
    const nc = await connect({ servers: nats.server.url });
    await ensureStreams(nc, agencySubjects(agency));
    await nc.close();
  }

  /** The console's log lines, checked after each test for an audit record that could not be stored. */
  function consoleLog(): (line: string) => void {
    const lines: string[] = [];
    onTestFinished(() => expect(lines.filter((l) => l.includes("AUDIT LOST"))).toEqual([]));
    return (line) => void lines.push(line);
  }

  it("nothing but the page itself without a session; a login gives an HttpOnly SameSite=Strict cookie and says what the role may do", async () => {
    const agency = "lg1";
    await agencyStreams(agency);
    const users = await usersFileWith(agency, [{ name: "dana", role: "dispatcher" }]);
    const log = consoleLog();
    const web = await startConsole({ agency, servers: nats.server.url, port: 0, users, log });
    try {
      expect((await api(web.url, "")).status).toBe(200);
      for (const path of [
        "api/config",
        "api/zones",
        "api/layers",
        "api/health",
        "api/session",
        "api/incident?id=x",
        "api/events",
      ])
        expect(await answer(await api(web.url, path))).toMatchObject({ status: 401, code: "NO_SESSION" });
      expect(await answer(await postJson(web.url, "api/commands", {}))).toMatchObject({
        status: 401,
        code: "NO_SESSION",
      });
      expect(await answer(await api(web.url, "api/config", "cad_session=forged"))).toMatchObject({
        status: 401,
        code: "NO_SESSION",
      });
      const response = await postJson(web.url, "api/login", { user: "dana", password: PASSWORD });
      expect(response.status).toBe(200);
      const cookie = response.headers.get("set-cookie") ?? "";
      expect(cookie).toMatch(/^cad_session=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\/$/);
      const session = cookie.split(";")[0] ?? "";
      expect(await answer(await api(web.url, "api/session", session))).toMatchObject({
        status: 200,
        user: "dana",
        role: "dispatcher",
        agency,
        commands: expect.arrayContaining(["DispatchUnit", "UpdateUnitStatus", "AddNote"]) as unknown,
      });
      expect((await api(web.url, "api/config", session)).status).toBe(200);
      // Logged out, the same cookie is worth nothing.
      const out = await api(web.url, "api/logout", session, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: "{}",
      });
      expect(out.headers.get("set-cookie")).toContain("Max-Age=0");
      expect((await api(web.url, "api/config", session)).status).toBe(401);
      const records = await eventually("the login and logout in the audit", async () => {
        const all = await auditRecords(nats.server.url, agency);
        return all.some((r) => r.action === "logout") ? all : undefined;
      });
      expect(records.map((r) => [r.action, r.operator])).toEqual([
        ["login", "dana"],
        ["logout", "dana"],
      ]);
    } finally {
      await web.close();
    }
  });

  it("wrong passwords, unknown users, disabled users and users of another agency get the same answer; 5 failures lock the name for everyone", async () => {
    const agency = "lg2";
    const users = await usersFileWith(agency, [
      { name: "ann", role: "supervisor" },
      { name: "bob", role: "dispatcher", agency: "other" },
      { name: "dis", role: "dispatcher" },
    ]);
    await changeUser(users, "dis", { disabled: true });
    await agencyStreams(agency);
    const log = consoleLog();
    const web = await startConsole({ agency, servers: nats.server.url, port: 0, users, log });
    try {
      const failed = { status: 401, ok: false, code: "LOGIN_FAILED", reason: "wrong user name or password" };
      expect(await tryLogin(web.url, "ann", "not the password")).toEqual(failed);
      expect(await tryLogin(web.url, "nobody", PASSWORD)).toEqual(failed);
      expect(await tryLogin(web.url, "bob", PASSWORD)).toEqual(failed);
      expect(await tryLogin(web.url, "dis", PASSWORD)).toEqual(failed);
      for (let i = 2; i <= 5; i++)
        expect(await tryLogin(web.url, "ann", `wrong ${i} password`)).toEqual(failed);
      const locked = {
        status: 423,
        ok: false,
        code: "ACCOUNT_LOCKED",
        reason: "too many failed logins: try again later",
      };
      // The sixth attempt, with the right password, is refused: the name is locked.
      expect(await tryLogin(web.url, "ann", PASSWORD)).toEqual(locked);
      // An unknown name locks the same way: locking tells nothing about which names exist.
      for (let i = 2; i <= 5; i++) expect(await tryLogin(web.url, "nobody", PASSWORD)).toEqual(failed);
      expect(await tryLogin(web.url, "nobody", PASSWORD)).toEqual(locked);
      // Every failure and both lockouts are in the audit, under the name tried and no role.
      const records = await eventually("the lockouts in the audit", async () => {
        const all = await auditRecords(nats.server.url, agency);
        return all.filter((r) => r.action === "locked").length === 2 && all.length >= 16 ? all : undefined;
      });
      expect(records.filter((r) => r.action === "locked").map((r) => [r.operator, r.role])).toEqual([
        ["ann", null],
        ["nobody", null],
      ]);
      expect(records.filter((r) => r.action === "login-failed")).toHaveLength(14);
    } finally {
      await web.close();
    }
  });

  it("a viewer reads but may not command (403 FORBIDDEN_FOR_ROLE); commands carry the session's operator, never the page's; everything is audited", async () => {
    const agency = "lg3";
    const service = await EngineService.start({ agency, servers: nats.server.url, config });
    const client = await NatsClient.connect(nats.server.url, agency);
    await ensureAuditStream(client.nc, agency);
    await client.send(unit("E1", "engine", "metro-fire", near(0, 0)));
    const inputs: Msg[] = [];
    client.nc.subscribe(`cad.${agency}.in.cmd.>`, { callback: (_e, m) => void inputs.push(m) });
    client.nc.subscribe(`cad.${agency}.in.unit.>`, { callback: (_e, m) => void inputs.push(m) });
    await client.nc.flush();
    const users = await usersFileWith(agency, [
      { name: "vic", role: "viewer" },
      { name: "cara", role: "call-taker" },
      { name: "dana", role: "dispatcher" },
    ]);
    const web = await startConsole({ agency, servers: nats.server.url, port: 0, users });
    try {
      const viewer = await login(web.url, "vic");
      const page = new TestPage(web.url, viewer);
      await eventually("the viewer's snapshot", () => (page.snapshots() > 0 ? true : undefined));
      expect(page.model.units.has("E1")).toBe(true);
      page.close();
      const status = { kind: "UpdateUnitStatus", unitId: "E1", status: "out_of_service" };
      expect(
        await answer(await postJson(web.url, "api/commands", { id: "viewer-0001", input: status }, viewer)),
      ).toMatchObject({
        status: 403,
        code: "FORBIDDEN_FOR_ROLE",
      });
      const callTaker = await login(web.url, "cara");
      expect(
        await answer(
          await postJson(web.url, "api/commands", { id: "caller-0001", input: status }, callTaker),
        ),
      ).toMatchObject({ status: 403, code: "FORBIDDEN_FOR_ROLE" });
      const dispatcher = await login(web.url, "dana");
      // The page cannot name another operator: whatever it adds, the header is the session's user.
      const sent = await answer(
        await postJson(
          web.url,
          "api/commands",
          { id: "dana-0001", operator: "someone-else", input: { ...status, operator: "someone-else" } },
          dispatcher,
        ),
      );
      expect(sent).toMatchObject({ status: 200, ok: true });
      const published = await eventually("the command on NATS", () => inputs[0]);
      expect(published.headers?.get("Cad-Operator")).toBe("dana");
      expect(inputs).toHaveLength(1);

      const records = await eventually("the audit records", async () => {
        const all = await auditRecords(nats.server.url, agency);
        return all.filter((r) => r.action === "command").length >= 3 ? all : undefined;
      });
      const commands = records.filter((r) => r.action === "command");
      expect(commands.map((r) => [r.operator, r.role, (r.detail as { ok: boolean }).ok])).toEqual([
        ["vic", "viewer", false],
        ["cara", "call-taker", false],
        ["dana", "dispatcher", true],
      ]);
      expect(commands[0]?.detail).toMatchObject({
        kind: "UpdateUnitStatus",
        unitId: "E1",
        code: "FORBIDDEN_FOR_ROLE",
      });
      expect(commands[2]?.detail).toMatchObject({
        kind: "UpdateUnitStatus",
        unitId: "E1",
        msgId: `console:${agency}:dana-0001`,
      });
      expect(records.filter((r) => r.action === "login").map((r) => r.operator)).toEqual([
        "vic",
        "cara",
        "dana",
      ]);
      expect(records.find((r) => r.action === "query")).toMatchObject({
        operator: "vic",
        detail: { name: "state" },
      });
      for (const r of records)
        expect(r).toMatchObject({ v: 1, agency, client: expect.any(String) as unknown });
    } finally {
      await web.close();
      await client.close();
      await service.stop();
    }
  });

  it("a session unused for the idle time ends: its event stream closes and its cookie gets 401 SESSION_EXPIRED, audited", async () => {
    const agency = "lg4";
    const client = await NatsClient.connect(nats.server.url, agency);
    await ensureAuditStream(client.nc, agency);
    const users = await usersFileWith(agency, [{ name: "ida", role: "viewer" }]);
    const web = await startConsole({ agency, servers: nats.server.url, port: 0, users, idleMs: 1500 });
    try {
      const cookie = await login(web.url, "ida");
      const page = new TestPage(web.url, cookie);
      // The stream ends on its own when the session does (the test would time out otherwise).
      await page.done;
      expect(await answer(await api(web.url, "api/session", cookie))).toMatchObject({
        status: 401,
        code: "SESSION_EXPIRED",
      });
      expect(await answer(await api(web.url, "api/events", cookie))).toMatchObject({ status: 401 });
      const records = await eventually("the expiry in the audit", async () => {
        const all = await auditRecords(nats.server.url, agency);
        return all.some((r) => r.action === "session-expired") ? all : undefined;
      });
      expect(records.find((r) => r.action === "session-expired")).toMatchObject({
        operator: "ida",
        role: "viewer",
      });
    } finally {
      await web.close();
      await client.close();
    }
  });

  it("a user disabled, removed or given another role while logged in: the next request answers 401 SESSION_ENDED, the event stream closes, audited with the reason", async () => {
    const agency = "lg5";
    await agencyStreams(agency);
    const users = await usersFileWith(agency, [
      { name: "ann", role: "supervisor" },
      { name: "dana", role: "dispatcher" },
      { name: "rob", role: "dispatcher" },
      { name: "ray", role: "viewer" },
    ]);
    const log = consoleLog();
    const web = await startConsole({ agency, servers: nats.server.url, port: 0, users, log });
    try {
      const ann = await login(web.url, "ann");
      const dana = await login(web.url, "dana");
      const rob = await login(web.url, "rob");
      const ray = await login(web.url, "ray");
      const page = new TestPage(web.url, dana);
      await eventually("dana's event stream", () => (page.messages.length > 0 ? true : undefined));
      const ended = { status: 401, code: "SESSION_ENDED" };

      await changeUser(users, "dana", { disabled: true });
      expect(await answer(await api(web.url, "api/config", dana))).toMatchObject(ended);
      // Her open event stream ends with the session (the test would time out otherwise).
      await page.done;
      expect(await answer(await api(web.url, "api/session", dana))).toMatchObject(ended);
      // Enabled again, the old cookie stays worthless: only a new login opens a session.
      await changeUser(users, "dana", { disabled: false });
      expect(await answer(await api(web.url, "api/session", dana))).toMatchObject(ended);
      expect((await api(web.url, "api/session", await login(web.url, "dana"))).status).toBe(200);

      writeUsers(
        users,
        readUsers(users).filter((u) => u.name !== "rob"),
      );
      expect(await answer(await api(web.url, "api/session", rob))).toMatchObject(ended);
      // A viewer made supervisor gets the new rights at the next login, not in the old session.
      await changeUser(users, "ray", { role: "supervisor" });
      expect(await answer(await api(web.url, "api/session", ray))).toMatchObject(ended);
      expect(await answer(await api(web.url, "api/session", ann))).toMatchObject({
        status: 200,
        user: "ann",
      });

      const records = await eventually("the ended sessions in the audit", async () => {
        const all = await auditRecords(nats.server.url, agency);
        return all.filter((r) => r.action === "session-expired").length >= 3 ? all : undefined;
      });
      expect(
        records.filter((r) => r.action === "session-expired").map((r) => [r.operator, r.role, r.detail]),
      ).toEqual([
        ["dana", "dispatcher", { reason: "disabled" }],
        ["rob", "dispatcher", { reason: "removed" }],
        ["ray", "viewer", { reason: "role-changed" }],
      ]);
    } finally {
      await web.close();
    }
  });
});

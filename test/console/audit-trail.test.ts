import { join } from "node:path";
import { jetstreamManager } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import { describe, expect, it, onTestFinished } from "vitest";
import { changeUser } from "../../adapters/auth/users.ts";
import { startConsole } from "../../adapters/console/index.ts";
import {
  agencySubjects,
  EngineService,
  inputSubject,
  natsServerAvailable,
  type InputBody,
} from "../../adapters/nats/index.ts";
import { openRmsDatabase, RmsConsumer } from "../../adapters/rms/index.ts";
import { tempDir } from "../rms/support/db.ts";
import { NatsClient, useNatsServer } from "../support/nats.ts";
import { call, config, near, unit } from "../support/scenario.ts";
import { answer, api, login, PASSWORD, postJson, tryLogin, usersFileWith } from "./login.ts";
import { TestPage } from "./sse.ts";
import { eventually } from "./support.ts";

/** A row of the RMS's audit table, as `cad rms audit` lists it. */
interface AuditRow {
  seq: number;
  action: string;
  operator: string | null;
  role: string | null;
  client: string | null;
  agency: string | null;
  detail: string;
}

/** The value with its object keys in order, so that two details compare as text whatever their key order. */
function sortedKeys(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Words that must never reach the audit: a note's text, passwords right and wrong. */
const NOTE = "Caller Jane Roe says her neighbour at 12 Elm St has a knife";
const WRONG = "not-the-password-";
const STRANGER = "Robert'); DROP TABLE audit;--";

describe.skipIf(!natsServerAvailable())(
  "the audit trail from the console to the RMS's audit table (needs nats-server)",
  () => {
    const nats = useNatsServer();

    it("every login, failed login, lockout, logout, expiry, page query and command is a valid row with its operator, role, client and detail; no note text, no password", async () => {
      // A hyphen in the agency: subjects keep it, stream names turn it into an underscore.
      const agency = "aud-trail";
      const servers = nats.server.url;
      const service = await EngineService.start({ agency, servers, config });
      onTestFinished(() => service.stop());
      const client = await NatsClient.connect(servers, agency);
      onTestFinished(() => client.close());
      await client.send(unit("E1", "engine", "metro-fire", near(0, 0)));
      await client.send(call("C1", "MED", near(500, 0), { receivedAt: Date.now() - 5000 }));
      const dbPath = join(tempDir(), "records.sqlite");
      const rmsLog: string[] = [];
      const rms = await RmsConsumer.start({ agency, servers, dbPath, log: (l) => rmsLog.push(l) });
      let rmsStopped = false;
      onTestFinished(async () => {
        if (!rmsStopped) await rms.stop();
      });
      const users = await usersFileWith(agency, [
        { name: "dana", role: "dispatcher" },
        { name: "vic", role: "viewer" },
        { name: "lou", role: "supervisor" },
        { name: "ida", role: "call-taker" },
        { name: "dis", role: "dispatcher" },
      ]);
      const consoleLog: string[] = [];
      const log = (l: string) => void consoleLog.push(l);
      const web = await startConsole({ agency, servers, port: 0, users, log });
      onTestFinished(() => web.close());
      // A second console of the same agency whose sessions end after 1.5 s unused.
      const idleWeb = await startConsole({ agency, servers, port: 0, users, log, idleMs: 1500 });
      onTestFinished(() => idleWeb.close());

      // Logins: one good, one wrong password, and a name locked by five failures.
      const dana = await login(web.url, "dana");
      expect(await tryLogin(web.url, "dana", `${WRONG}0`)).toMatchObject({
        status: 401,
        code: "LOGIN_FAILED",
      });
      for (let i = 1; i <= 5; i++)
        expect(await tryLogin(web.url, "lou", `${WRONG}${i}`)).toMatchObject({ status: 401 });
      expect(await tryLogin(web.url, "lou", PASSWORD)).toMatchObject({ status: 423, code: "ACCOUNT_LOCKED" });
      // A name no user could have (a space in it) locks too: the records name it as it was tried.
      for (let i = 1; i <= 5; i++)
        expect(await tryLogin(web.url, STRANGER, `${WRONG}${i}`)).toMatchObject({ status: 401 });

      // Page queries: the state behind the event stream, an incident, its recommendation.
      const page = new TestPage(web.url, dana);
      const incidentId = await eventually(
        "the call's incident on the page",
        () => [...page.model.incidents.keys()][0],
      );
      page.close();
      expect((await api(web.url, `api/incident?id=${incidentId}`, dana)).status).toBe(200);
      expect((await api(web.url, `api/recommend?incidentId=${incidentId}`, dana)).status).toBe(200);

      // Commands: accepted (a note, whose text stays out of the audit), refused by role, rejected by the engine.
      const note = { kind: "AddNote", incidentId, text: NOTE };
      expect(
        await answer(await postJson(web.url, "api/commands", { id: "note-0001", input: note }, dana)),
      ).toMatchObject({ status: 200, ok: true });
      const vic = await login(web.url, "vic");
      const status = { kind: "UpdateUnitStatus", unitId: "E1", status: "out_of_service" };
      expect(
        await answer(await postJson(web.url, "api/commands", { id: "vic-0001", input: status }, vic)),
      ).toMatchObject({ status: 403, code: "FORBIDDEN_FOR_ROLE" });
      const dispatch = { kind: "DispatchUnit", incidentId, unitId: "X99" };
      expect(
        await answer(await postJson(web.url, "api/commands", { id: "disp-0001", input: dispatch }, dana)),
      ).toMatchObject({ status: 200, ok: true });
      await eventually("the engine's rejection of the dispatch", async () => {
        const outputs = await client.outputs(() => true, 1);
        return outputs.some((o) => "rejected" in o && o.rejected.code === "UNKNOWN_UNIT") ? true : undefined;
      });

      expect((await api(web.url, "api/logout", dana, { method: "POST", body: "{}" })).status).toBe(200);

      // An idle session ends on its own, its event stream with it.
      const ida = await login(idleWeb.url, "ida");
      const idlePage = new TestPage(idleWeb.url, ida);
      await idlePage.done;
      expect(await answer(await api(idleWeb.url, "api/session", ida))).toMatchObject({
        status: 401,
        code: "SESSION_EXPIRED",
      });

      // A user disabled while logged in: the next request is refused and the session is over.
      const dis = await login(web.url, "dis");
      await changeUser(users, "dis", { disabled: true });
      expect(await answer(await api(web.url, "api/session", dis))).toMatchObject({
        status: 401,
        code: "SESSION_ENDED",
      });

      const s = agencySubjects(agency);
      expect(s.auditStream).toBe("CAD_AUDIT_AUD_TRAIL");
      const expected = [
        ["login", "dana", "dispatcher", {}],
        ["login-failed", "dana", null, { code: "LOGIN_FAILED" }],
        ...Array.from({ length: 5 }, () => ["login-failed", "lou", null, { code: "LOGIN_FAILED" }]),
        ["locked", "lou", null, { failures: 5, minutes: 10 }],
        ["login-failed", "lou", null, { code: "ACCOUNT_LOCKED" }],
        ...Array.from({ length: 5 }, () => ["login-failed", STRANGER, null, { code: "LOGIN_FAILED" }]),
        ["locked", STRANGER, null, { failures: 5, minutes: 10 }],
        ["query", "dana", "dispatcher", { name: "state", params: {} }],
        ["query", "dana", "dispatcher", { name: "incident", params: { id: incidentId } }],
        ["query", "dana", "dispatcher", { name: "recommend", params: { incidentId } }],
        [
          "command",
          "dana",
          "dispatcher",
          {
            kind: "AddNote",
            subject: inputSubject(agency, note as InputBody),
            msgId: `console:${agency}:note-0001`,
            incidentId,
            ok: true,
          },
        ],
        ["login", "vic", "viewer", {}],
        [
          "command",
          "vic",
          "viewer",
          {
            kind: "UpdateUnitStatus",
            subject: inputSubject(agency, status as InputBody),
            msgId: `console:${agency}:vic-0001`,
            unitId: "E1",
            ok: false,
            code: "FORBIDDEN_FOR_ROLE",
          },
        ],
        ...[{ ok: true }, { ok: false, code: "UNKNOWN_UNIT" }].map((outcome) => [
          "command",
          "dana",
          "dispatcher",
          {
            kind: "DispatchUnit",
            subject: inputSubject(agency, dispatch as InputBody),
            msgId: `console:${agency}:disp-0001`,
            incidentId,
            unitId: "X99",
            ...outcome,
          },
        ]),
        ["logout", "dana", "dispatcher", {}],
        ["login", "ida", "call-taker", {}],
        ["query", "ida", "call-taker", { name: "state", params: {} }],
        ["session-expired", "ida", "call-taker", { reason: "idle", idleMinutes: 0 }],
        ["login", "dis", "dispatcher", {}],
        ["session-expired", "dis", "dispatcher", { reason: "disabled" }],
      ] as const;

      // Every record reached the stream, then the RMS stored the stream up to its end.
      const nc = await connect({ servers });
      onTestFinished(() => nc.close());
      const jsm = await jetstreamManager(nc);
      const last = await eventually("every audit record in the stream", async () => {
        const info = await jsm.streams.info(s.auditStream);
        return info.state.messages >= expected.length ? info.state.last_seq : undefined;
      });
      await eventually("the RMS at the stream's end", () =>
        rms.audit.store.lastSeq >= last ? true : undefined,
      );
      await rms.stop();
      rmsStopped = true;

      const db = openRmsDatabase(dbPath, { readonly: true });
      const rows = db.prepare("SELECT * FROM audit ORDER BY seq").all() as AuditRow[];
      db.close();
      expect(rows.filter((r) => r.action === "invalid" || r.action === "gap")).toEqual([]);
      expect(rmsLog.filter((l) => l.includes("WARNING"))).toEqual([]);
      expect(consoleLog.filter((l) => l.includes("AUDIT LOST"))).toEqual([]);
      for (const r of rows) expect(r).toMatchObject({ agency, client: "127.0.0.1" });
      // Published without waiting for each other: compared in any order, but each exactly once.
      const key = (x: readonly unknown[]) => JSON.stringify(x, (_k, v: unknown) => sortedKeys(v));
      const got = rows.map((r) => key([r.action, r.operator, r.role, JSON.parse(r.detail)])).sort();
      expect(got).toEqual(expected.map((e) => key(e)).sort());

      // Nothing said or typed is kept: not a word of the note, not a password, right or wrong.
      const everything = JSON.stringify(rows);
      expect(everything).not.toContain("Jane Roe");
      expect(everything).not.toContain("knife");
      expect(everything).not.toContain(PASSWORD);
      expect(everything).not.toContain(WRONG);
    }, 90_000);
  },
);

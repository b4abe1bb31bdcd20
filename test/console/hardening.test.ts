import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { jetstreamManager } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CONTENT_SECURITY_POLICY,
  ConsoleStartError,
  commandLogLine,
  startConsole,
  type ConsoleServer,
} from "../../adapters/console/index.ts";
import { INSECURE_WARNING } from "../../adapters/cli/nats-flags.ts";
import { isLoopback } from "../../adapters/console/http.ts";
import {
  agencySubjects,
  EngineService,
  ensureStreams,
  natsServerAvailable,
} from "../../adapters/nats/index.ts";
import { NatsClient, useNatsServer } from "../support/nats.ts";
import { call, config, unit } from "../support/scenario.ts";
import { offset } from "../../adapters/sim/city.ts";
import { eventually } from "./support.ts";
import { auditRecords, login, PASSWORD, usersFileWith } from "./login.ts";
import { makeTestCa, rawRequest, type RawResponse } from "./tls-support.ts";

const AGENCY = "hard";
const command = (n: number) =>
  JSON.stringify({ id: `hardening-${n}-abcdef`, input: { kind: "CheckUnit", unitId: "E1" } });
const json = (r: RawResponse) => JSON.parse(r.body) as { ok: boolean; code?: string };
/** A users file with the one operator these tests log in as. */
const users = (agency: string) => usersFileWith(agency, [{ name: "tester", role: "supervisor" }]);
/** The login's body: the right password, so that only the guard can refuse it. */
const credentials = JSON.stringify({ user: "tester", password: PASSWORD });

describe("the console's address and log rules, without a server", () => {
  it("loopback is 127.0.0.0/8, ::1 and localhost; nothing else", () => {
    for (const h of ["127.0.0.1", "127.9.8.7", "::1", "[::1]", "localhost", "LOCALHOST", "::ffff:127.0.0.1"])
      expect(isLoopback(h), h).toBe(true);
    for (const h of [
      "0.0.0.0",
      "::",
      "192.168.1.20",
      "10.0.0.1",
      "cad.example.org",
      "128.0.0.1",
      "localhost.evil",
    ])
      expect(isLoopback(h), h).toBe(false);
  });

  it("a command's log line has the client, the operator, the kind and the ids, and no free text", () => {
    const line = commandLogLine({
      agency: "a",
      client: "10.1.2.3",
      operator: "jdoe",
      input: {
        kind: "AddNote",
        incidentId: "INC-7\nFAKE line: Jane Doe 555-0100",
        text: "caller Jane Doe",
      } as {
        kind: string;
        incidentId: string;
      },
      msgId: "console:a:abcdefgh",
      seq: 42,
    });
    expect(line).toBe(
      "console a: command AddNote incident=INC-7?FAKE?line:?Jane?Doe?555-0100 from 10.1.2.3 by jdoe (console:a:abcdefgh) -> input 42",
    );
    expect(line).not.toContain("\n");
    expect(line).not.toContain("caller Jane Doe");
  });
});

describe.skipIf(!natsServerAvailable())("the console hardened, over HTTP (needs nats-server)", () => {
  const nats = useNatsServer();
  let service: EngineService;
  let client: NatsClient;
  let web: ConsoleServer;
  /** The session cookie of the operator "tester" (`cad_session=...`). */
  let cookie = "";
  const logged: string[] = [];
  // web.url names the first public name, which no DNS here resolves: requests go to the address.
  const at = (path: string) => new URL(path, `http://127.0.0.1:${web.port}/`).toString();
  const own = () => `127.0.0.1:${web.port}`;
  const inputs = async () => {
    const jsm = await jetstreamManager(client.nc);
    return (await jsm.streams.info(agencySubjects(AGENCY).inputStream)).state.messages;
  };
  /** A command, with the session unless `session` is "" (a page that never logged in). */
  const post = (headers: Record<string, string>, n = 0, body = command(n), session = cookie) =>
    rawRequest(at("api/commands"), {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(session && { Cookie: session }), ...headers },
      body,
    });
  const get = (path: string, headers: Record<string, string>, session = cookie) =>
    rawRequest(at(path), { headers: { ...(session && { Cookie: session }), ...headers } });
  const logins = async () =>
    (await auditRecords(nats.server.url, AGENCY)).filter((r) => r.action === "login");

  beforeAll(async () => {
    service = await EngineService.start({ agency: AGENCY, servers: nats.server.url, config });
    client = await NatsClient.connect(nats.server.url, AGENCY);
    await client.send(unit("E1", "engine", "metro-fire", offset(400, 0)));
    web = await startConsole({
      agency: AGENCY,
      servers: nats.server.url,
      port: 0,
      publicNames: ["cad.example.test"],
      log: (line) => logged.push(line),
      users: await users(AGENCY),
    });
    cookie = await login(at(""), "tester");
  });

  afterAll(async () => {
    await web?.close();
    await client?.close();
    await service?.stop();
  });

  it("a request for any other Host (DNS rebinding) gets 421 WRONG_HOST and no data: the page, the state, the stream", async () => {
    for (const path of [
      "/",
      "/app.js",
      "/api/config",
      "/api/zones",
      "/api/events",
      "/api/incident?id=INC-1",
      "/api/health",
    ]) {
      // The guard comes before the session: refused alike without a session and with one.
      for (const session of ["", cookie]) {
        const r = await get(path, { Host: `rebind.test:${web.port}` }, session);
        expect(r.status, path).toBe(421);
        expect(json(r), path).toMatchObject({ ok: false, code: "WRONG_HOST" });
        expect(r.headers["content-type"], path).toContain("application/json");
        expect(r.body, path).not.toContain(AGENCY);
      }
    }
    // A command too: it never reaches the log.
    const before = await inputs();
    for (const session of ["", cookie]) {
      const rebound = { Host: `rebind.test:${web.port}`, Origin: `http://rebind.test:${web.port}` };
      const r = await post(rebound, 0, command(0), session);
      expect(r.status).toBe(421);
      expect(json(r)).toMatchObject({ ok: false, code: "WRONG_HOST" });
    }
    expect(await inputs()).toBe(before);
    // The right port is not enough, nor the right name on another port, nor no Host at all.
    for (const host of [
      `cad.example.test`,
      `127.0.0.1:${web.port + 1}`,
      `localhost.rebind.test:${web.port}`,
      `127.0.0.1@rebind.test:${web.port}`,
    ])
      expect((await get("/api/config", { Host: host })).status, host).toBe(421);
  });

  it("a request without a Host header gets no data either", async () => {
    const r = await rawRequest(at("/api/config"), { noHost: true, headers: { Cookie: cookie } });
    expect([400, 421]).toContain(r.status);
    expect(r.body).not.toContain(AGENCY);
  });

  it("the console's own address, localhost for 127.0.0.1, and its --public-name are answered", async () => {
    for (const host of [
      own(),
      `localhost:${web.port}`,
      `LOCALHOST:${web.port}`,
      `cad.example.test:${web.port}`,
    ]) {
      const r = await get("/api/config", { Host: host });
      expect(r.status, host).toBe(200);
      expect(JSON.parse(r.body)).toMatchObject({ agency: AGENCY });
    }
    expect(web.url).toBe(`http://cad.example.test:${web.port}/`);
    expect(await (await fetch(at("/"))).text()).toContain("<title>CAD console</title>");
  });

  it("a state-changing request of another origin is refused 403 CROSS_ORIGIN and reaches nothing", async () => {
    const before = await inputs();
    const refused: Record<string, string>[] = [
      { Origin: "http://evil.example" },
      { Origin: `http://127.0.0.1:${web.port + 1}` },
      { Origin: `https://127.0.0.1:${web.port}` },
      { Origin: `http://cad.example.test:${web.port}` },
      { Origin: "null" },
      { "Sec-Fetch-Site": "cross-site" },
      { "Sec-Fetch-Site": "same-site" },
      { "Sec-Fetch-Site": "none" },
      { Origin: `http://${own()}`, "Sec-Fetch-Site": "cross-site" },
    ];
    // The guard comes before the session: refused alike without a session and with one.
    for (const session of ["", cookie])
      for (const headers of refused) {
        const r = await post(headers, 0, command(0), session);
        expect(r.status, JSON.stringify(headers)).toBe(403);
        expect(json(r)).toMatchObject({ ok: false, code: "CROSS_ORIGIN" });
      }
    // Any method but GET and HEAD: a CORS preflight too, so a page elsewhere never gets to send.
    for (const method of ["PUT", "DELETE", "PATCH", "OPTIONS"]) {
      const r = await rawRequest(at("api/commands"), {
        method,
        headers: { Origin: "http://evil.example", "Access-Control-Request-Method": "POST", Cookie: cookie },
      });
      expect(r.status, method).toBe(403);
      expect(r.headers["access-control-allow-origin"]).toBeUndefined();
    }
    expect(await inputs()).toBe(before);
    expect(logged.filter((l) => l.includes(": command "))).toEqual([]);
  });

  it("the console's own page, and a client without Origin or Sec-Fetch-Site, may command with a session; JSON only", async () => {
    const before = await inputs();
    const accepted: Record<string, string>[] = [
      { Origin: `http://${own()}`, "Sec-Fetch-Site": "same-origin" },
      { Origin: `http://localhost:${web.port}`, Host: `localhost:${web.port}` },
      { Origin: `http://cad.example.test:${web.port}`, Host: `cad.example.test:${web.port}` },
      { "Sec-Fetch-Site": "same-origin" },
      {},
    ];
    for (const [n, headers] of accepted.entries()) {
      const r = await post(headers, n + 1);
      expect(r.status, JSON.stringify(headers)).toBe(200);
      expect(json(r)).toMatchObject({ ok: true });
    }
    expect(await inputs()).toBe(before + accepted.length);
    const text = await post({ "Content-Type": "text/plain", Origin: `http://${own()}` }, 9);
    expect(text.status).toBe(415);
    // Its own origin is not enough without a session.
    const anonymous = await post(
      { Origin: `http://${own()}`, "Sec-Fetch-Site": "same-origin" },
      8,
      command(8),
      "",
    );
    expect(anonymous.status).toBe(401);
    expect(json(anonymous)).toMatchObject({ ok: false, code: "NO_SESSION" });
    expect(await inputs()).toBe(before + accepted.length);
  });

  it("the login obeys the guard: another origin, or another Host, gets no session and no login", async () => {
    const attempt = (headers: Record<string, string>) =>
      rawRequest(at("api/login"), {
        method: "POST",
        headers: { "Content-Type": "application/json", ...headers },
        body: credentials,
      });
    const before = (await logins()).length;
    for (const headers of [
      { Origin: "http://evil.example" },
      { Origin: `http://127.0.0.1:${web.port + 1}` },
      { Origin: `https://127.0.0.1:${web.port}` },
      { Origin: "null" },
      { "Sec-Fetch-Site": "cross-site" },
      { "Sec-Fetch-Site": "same-site" },
    ]) {
      const r = await attempt(headers);
      expect(r.status, JSON.stringify(headers)).toBe(403);
      expect(json(r)).toMatchObject({ ok: false, code: "CROSS_ORIGIN" });
      expect(r.headers["set-cookie"], JSON.stringify(headers)).toBeUndefined();
    }
    // DNS rebinding: a page at another name that resolves here cannot log in either (nor try passwords).
    const rebound = await attempt({
      Host: `rebind.test:${web.port}`,
      Origin: `http://rebind.test:${web.port}`,
    });
    expect(rebound.status).toBe(421);
    expect(json(rebound)).toMatchObject({ ok: false, code: "WRONG_HOST" });
    expect(rebound.headers["set-cookie"]).toBeUndefined();
    expect(logged).toContain(`console: refused CROSS_ORIGIN POST /api/login from 127.0.0.1`);
    // The same login from the console's own page is taken: an HttpOnly, SameSite=Strict cookie, not Secure over http.
    const own = await attempt({ Origin: `http://127.0.0.1:${web.port}`, "Sec-Fetch-Site": "same-origin" });
    expect(own.status).toBe(200);
    expect(own.headers["set-cookie"]).toEqual([
      expect.stringMatching(/^cad_session=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\/$/),
    ]);
    // Only that one reached the users file: the refused ones are no login at all, nor a failed one.
    await eventually("the audited login", async () => ((await logins()).length > before ? true : undefined));
    const audited = await auditRecords(nats.server.url, AGENCY);
    expect(audited.filter((r) => r.action === "login-failed")).toEqual([]);
    expect((await logins()).length).toBe(before + 1);
  });

  it("every response carries the CSP, no framing, nosniff, no referrer and COOP; no HSTS over http", async () => {
    const abort = new AbortController();
    const withSession = { headers: { Cookie: cookie } };
    const stream = await fetch(at("api/events"), { ...withSession, signal: abort.signal });
    expect(stream.status).toBe(200);
    const responses = [
      ...(
        await Promise.all(
          ["/", "/app.js", "/style.css", "/api/config", "/nowhere"].map((p) => fetch(at(p), withSession)),
        )
      ).map((r) => r.headers),
      stream.headers,
    ];
    abort.abort();
    const raw = [
      await rawRequest(at("/"), { headers: { Host: "rebind.test" } }),
      await post({ Origin: "http://evil.example" }),
      // Refused for want of a session, and a login's answer.
      await get("/api/config", {}, ""),
      await rawRequest(at("api/login"), {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: credentials,
      }),
    ].map((r) => new Headers(r.headers as Record<string, string>));
    expect(responses.length + raw.length).toBe(10);
    for (const h of [...responses, ...raw]) {
      expect(h.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
      expect(h.get("x-frame-options")).toBe("DENY");
      expect(h.get("x-content-type-options")).toBe("nosniff");
      expect(h.get("referrer-policy")).toBe("no-referrer");
      expect(h.get("cross-origin-opener-policy")).toBe("same-origin");
      expect(h.get("strict-transport-security")).toBeNull();
    }
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("unsafe-inline");
    // The page has no inline script or style for the policy to block.
    const html = await (await fetch(at("/"))).text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=|\son[a-z]+=/i);
  });

  it("the log names the client, the operator and the command's kind and ids, never its text (notes, reasons)", async () => {
    await client.send(call("C-LOG", "MED", offset(100, 0), { receivedAt: Date.now() - 5000 }));
    const state = await eventually("the incident", async () => {
      const s = (await (
        await fetch(at("api/incident?id=INC-000001"), { headers: { Cookie: cookie } })
      ).json()) as {
        id?: string;
      };
      return s.id === undefined ? undefined : s;
    });
    const secret = "Jane Q Caller, 555-0199, 12 Elm St, says her husband hit her";
    const bodies = [
      { kind: "AddNote", incidentId: state.id, text: secret, author: "jdoe" },
      { kind: "ReprioritiseIncident", incidentId: state.id, priority: 2, reason: secret },
    ];
    for (const [n, input] of bodies.entries()) {
      const r = await post({}, 0, JSON.stringify({ id: `log-hygiene-${n}-abc`, input }));
      expect(json(r)).toMatchObject({ ok: true });
    }
    const lines = logged.filter((l) => l.includes("log-hygiene"));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^console hard: command AddNote incident=INC-000001 from (::ffff:)?127\.0\.0\.1 by tester \(console:hard:log-hygiene-0-abc\) -> input \d+$/,
    );
    expect(lines[1]).toMatch(
      /^console hard: command ReprioritiseIncident incident=INC-000001 from .* by tester /,
    );
    for (const line of logged) {
      expect(line).not.toContain(PASSWORD);
      expect(line).not.toContain("Jane");
      expect(line).not.toContain("555-0199");
      expect(line).not.toContain("jdoe");
    }
  });
});

describe.skipIf(!natsServerAvailable())("the console over TLS, and off loopback (needs nats-server)", () => {
  const nats = useNatsServer();
  const ca = makeTestCa();
  afterAll(() => ca.remove());

  it("with --tls-cert and --tls-key it serves https: a client trusting the CA gets the page, HSTS, a Secure session cookie, and may command", async () => {
    // The agency's streams (no engine here: a command is taken once it is in the input log).
    const nc = await connect({ servers: nats.server.url });
    await ensureStreams(nc, agencySubjects("tls"));
    await nc.close();
    const web = await startConsole({
      agency: "tls",
      servers: nats.server.url,
      port: 0,
      tls: { certFile: ca.certFile, keyFile: ca.keyFile },
      users: await users("tls"),
    });
    try {
      expect(web.url).toBe(`https://127.0.0.1:${web.port}/`);
      const page = await rawRequest(web.url, { ca: ca.ca });
      expect(page.status).toBe(200);
      expect(page.body).toContain("<title>CAD console</title>");
      expect(page.headers["strict-transport-security"]).toBe("max-age=31536000");
      expect(page.headers["content-security-policy"]).toBe(CONTENT_SECURITY_POLICY);
      // Without the CA the certificate is not trusted: it is TLS, with this certificate.
      await expect(rawRequest(web.url)).rejects.toThrow(/self[- ]signed|unable to (get|verify)/i);
      // Plain http to the same port is not served.
      await expect(rawRequest(web.url.replace("https:", "http:"))).rejects.toThrow();
      // Under TLS the console's own origin is https: an http Origin is another origin.
      const post = (path: string, origin: string, body: string, cookie = "") =>
        rawRequest(new URL(path, web.url).toString(), {
          method: "POST",
          ca: ca.ca,
          headers: { "Content-Type": "application/json", Origin: origin, ...(cookie && { Cookie: cookie }) },
          body,
        });
      const crossLogin = await post("api/login", `http://127.0.0.1:${web.port}`, credentials);
      expect(crossLogin.status).toBe(403);
      expect(crossLogin.headers["set-cookie"]).toBeUndefined();
      // The session cookie is HttpOnly, SameSite=Strict, and Secure: never sent over plain http.
      const login = await post("api/login", `https://127.0.0.1:${web.port}`, credentials);
      expect(login.status).toBe(200);
      const setCookie = login.headers["set-cookie"] ?? [];
      expect(setCookie).toEqual([
        expect.stringMatching(/^cad_session=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\/; Secure$/),
      ]);
      const cookie = (setCookie[0] ?? "").split(";")[0] ?? "";
      const send = (origin: string, n: number) =>
        post(
          "api/commands",
          origin,
          JSON.stringify({ id: `tls-cmd-${n}-abcdef`, input: { kind: "CheckUnit", unitId: "E1" } }),
          cookie,
        );
      const cross = await send(`http://127.0.0.1:${web.port}`, 1);
      expect(cross.status).toBe(403);
      expect(json(cross)).toMatchObject({ ok: false, code: "CROSS_ORIGIN" });
      const own = await send(`https://127.0.0.1:${web.port}`, 2);
      expect(own.status).toBe(200);
      expect(json(own)).toMatchObject({ ok: true });
    } finally {
      await web.close();
    }
  });

  it("listening on anything but loopback without TLS is refused before it starts, with one clear line", async () => {
    const file = await users("open");
    for (const host of ["0.0.0.0", "::", "192.0.2.10"]) {
      const start = startConsole({ agency: "open", servers: nats.server.url, port: 0, host, users: file });
      await expect(start).rejects.toBeInstanceOf(ConsoleStartError);
      await expect(start).rejects.toThrow(
        `cad console: listening on ${host} (not loopback) needs TLS: give --tls-cert FILE and --tls-key FILE, or --host 127.0.0.1`,
      );
    }
    await expect(
      startConsole({
        agency: "open",
        servers: nats.server.url,
        port: 0,
        tls: { certFile: "/nonexistent/cert.pem", keyFile: ca.keyFile },
        users: file,
      }),
    ).rejects.toThrow("--tls-cert FILE: cannot read /nonexistent/cert.pem (ENOENT)");
    await expect(
      startConsole({
        agency: "open",
        servers: nats.server.url,
        port: 0,
        publicNames: ["evil.test/x"],
        users: file,
      }),
    ).rejects.toThrow(/--public-name/);
  });

  it("`cad console --host 0.0.0.0` without TLS exits 2 with that one line", async () => {
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "adapters/cli/main.ts",
        "console",
        "--insecure",
        "--nats",
        nats.server.url,
        "--host",
        "0.0.0.0",
        "--port",
        "0",
      ],
      { cwd: resolve("."), stdio: ["ignore", "pipe", "pipe"] },
    );
    let stderr = "";
    let stdout = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    const code = await new Promise<number | null>((r) => child.once("exit", r));
    expect(code).toBe(2);
    expect(stderr).toBe(
      "cad console: listening on 0.0.0.0 (not loopback) needs TLS: give --tls-cert FILE and --tls-key FILE, or --host 127.0.0.1\n",
    );
    // Nothing but the --insecure warning, which every start without credentials prints.
    expect(stdout).toMatch(new RegExp(`^\\S+ ${INSECURE_WARNING}\n$`));
  });

  it("on a wildcard address with TLS it answers its loopback names and public names only", async () => {
    const web = await startConsole({
      agency: "wild",
      servers: nats.server.url,
      port: 0,
      host: "0.0.0.0",
      publicNames: ["cad.example.test"],
      tls: { certFile: ca.certFile, keyFile: ca.keyFile },
      users: await users("wild"),
    });
    try {
      expect(web.url).toBe(`https://cad.example.test:${web.port}/`);
      const login = await rawRequest(`https://127.0.0.1:${web.port}/api/login`, {
        method: "POST",
        ca: ca.ca,
        servername: "localhost",
        headers: { Host: `127.0.0.1:${web.port}`, "Content-Type": "application/json" },
        body: credentials,
      });
      expect(login.status).toBe(200);
      const cookie = (login.headers["set-cookie"]?.[0] ?? "").split(";")[0] ?? "";
      const get = (host: string) =>
        rawRequest(`https://127.0.0.1:${web.port}/api/config`, {
          ca: ca.ca,
          servername: "localhost",
          headers: { Host: host, Cookie: cookie },
        });
      expect((await get(`127.0.0.1:${web.port}`)).status).toBe(200);
      expect((await get(`cad.example.test:${web.port}`)).status).toBe(200);
      expect((await get(`0.0.0.0:${web.port}`)).status).toBe(421);
      expect((await get(`rebind.test:${web.port}`)).status).toBe(421);
    } finally {
      await web.close();
    }
  });
});

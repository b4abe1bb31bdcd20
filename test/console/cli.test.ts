import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { jetstreamManager } from "@nats-io/jetstream";
import { describe, expect, it, onTestFinished } from "vitest";
import { INSECURE_WARNING } from "../../adapters/cli/nats-flags.ts";
import { connectNats, natsServerAvailable, type AuditRecord } from "../../adapters/nats/index.ts";
import { useNatsServer } from "../support/nats.ts";
import { login, usersFileWith } from "./login.ts";
import { TestPage } from "./sse.ts";
import { eventually } from "./support.ts";

/** Starts `cad <args>` as a child process; it is killed however the test ends. */
function cad(args: string[]): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ["--import", "tsx", "adapters/cli/main.ts", ...args], {
    cwd: resolve("."),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  return { child, output: () => text, exited };
}

const urlIn = (text: string, after: string) =>
  new RegExp(`${after}.*?(http://127\\.0\\.0\\.1:\\d+/)`).exec(text)?.[1];

/** `cad console` for agency "cli" on a free port, without NATS credentials. */
const consoleArgs = (natsUrl: string, users: string) => [
  "console",
  "--insecure",
  "--agency",
  "cli",
  "--nats",
  natsUrl,
  "--port",
  "0",
  "--users",
  users,
];

describe.skipIf(!natsServerAvailable())("the console from the command line (needs nats-server)", () => {
  const nats = useNatsServer();

  it("`cad console` refuses to start with no enabled user of its agency, saying in one line how to add one", async () => {
    const users = await usersFileWith("other", [{ name: "olga", role: "dispatcher" }]);
    const run = cad(consoleArgs(nats.server.url, users));
    expect(await run.exited).toBe(1);
    // Besides the --insecure warning every start without credentials prints.
    expect(
      run
        .output()
        .trim()
        .split("\n")
        .filter((l) => !l.endsWith(INSECURE_WARNING)),
    ).toEqual([
      `cad console: no enabled user of agency "cli" in ${users}; add one with: cad auth user add --users ${users} --agency cli --role supervisor NAME`,
    ]);
  });

  it("`cad console` serves the page, its code and, after a login, the agency's config, and stops cleanly on SIGTERM", async () => {
    const users = await usersFileWith("cli", [{ name: "tester", role: "viewer" }]);
    const run = cad(consoleArgs(nats.server.url, users));
    const url = await eventually("the console's URL", () => urlIn(run.output(), "open"), 30_000);
    const html = await (await fetch(url)).text();
    expect(html).toContain("<title>CAD console</title>");
    const js = await fetch(new URL("app.js", url));
    expect(js.headers.get("content-type")).toContain("text/javascript");
    expect((await js.text()).length).toBeGreaterThan(10_000);
    const anonymous = await fetch(new URL("api/config", url));
    expect(anonymous.status).toBe(401);
    const cookie = await login(url, "tester");
    const config = (await (
      await fetch(new URL("api/config", url), { headers: { Cookie: cookie } })
    ).json()) as {
      agency: string;
    };
    expect(config.agency).toBe("cli");
    expect((await fetch(new URL("nowhere", url))).status).toBe(401);
    expect((await fetch(new URL("nowhere", url), { headers: { Cookie: cookie } })).status).toBe(404);
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain("cad console: stopped");
  });

  it("`cad demo` (secure by default) serves the console too: log in as demo, a page sees the city's 39 units and its calls come in live, commands are audited", async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "cad-demo-console-")), "data");
    onTestFinished(() => rmSync(dirname(dataDir), { recursive: true, force: true }));
    const run = cad(["demo", "--data-dir", dataDir, "--console-port", "0", "--calls-per-hour", "600"]);
    const url = await eventually("the demo's console URL", () => urlIn(run.output(), "web console"), 30_000);
    // The one line says who to log in as and where the password is (not the password itself).
    const loginFile = join(dataDir, "console-login.txt");
    expect(run.output()).toContain(`web console: ${url}  log in as demo, password in ${loginFile}`);
    const password = /^password: (\S+)$/m.exec(readFileSync(loginFile, "utf8"))?.[1] ?? "";
    expect(password.length).toBeGreaterThanOrEqual(12);
    expect(run.output()).not.toContain(password);
    const cookie = await login(url, "demo", password);
    const page = new TestPage(url, cookie);
    await eventually("the snapshot", () => (page.snapshots() > 0 ? true : undefined));
    expect(page.model.units.size).toBe(39);
    await eventually("a call of the city on the page", () =>
      page.model.incidents.size > 0 ? true : undefined,
    );
    // Commands from the console carry the city's simulated time: the engine takes them in order
    // and the city's own inputs after them are not refused as earlier than the engine's time.
    for (const [n, status] of [
      [1, "out_of_service"],
      [2, "available"],
    ] as const) {
      const body = { id: `demo-cmd-${n}`, input: { kind: "UpdateUnitStatus", unitId: "CE91", status } };
      const reply = await fetch(new URL("api/commands", url), {
        method: "POST",
        headers: { "Content-Type": "application/json", Cookie: cookie },
        body: JSON.stringify(body),
      });
      expect(((await reply.json()) as { ok: boolean }).ok).toBe(true);
      await eventually(`CE91 ${status}`, () =>
        page.model.units.get("CE91")?.status === status ? true : undefined,
      );
    }
    const seqBefore = page.model.seq;
    await eventually("the city to carry on", () => (page.model.seq > seqBefore + 20 ? true : undefined));
    // The console runs on the sim creds (timed commands) and audits each command with its
    // operator; the records system's creds read them.
    const natsUrl = /on NATS (nats:\/\/127\.0\.0\.1:\d+) \(authentication on/.exec(run.output())?.[1] ?? "";
    const nc = await connectNats(natsUrl, "test-rms", {
      credsFile: join(dataDir, "auth", "demo", "rms.creds"),
    });
    const jsm = await jetstreamManager(nc);
    const audited = await eventually("the commands in the audit stream", async () => {
      const records: AuditRecord[] = [];
      const { state } = await jsm.streams.info("CAD_AUDIT_DEMO");
      for (let seq = state.first_seq; state.messages > 0 && seq <= state.last_seq; seq++) {
        const m = await jsm.streams.getMessage("CAD_AUDIT_DEMO", { seq });
        if (m !== null) records.push(JSON.parse(new TextDecoder().decode(m.data)) as AuditRecord);
      }
      const commands = records.filter((r) => r.action === "command");
      return commands.length >= 2 ? records : undefined;
    });
    await nc.close();
    expect(audited.find((r) => r.action === "login")).toMatchObject({ operator: "demo", role: "supervisor" });
    expect(audited.filter((r) => r.action === "command").map((r) => [r.operator, r.detail])).toEqual([
      ["demo", expect.objectContaining({ kind: "UpdateUnitStatus", unitId: "CE91", ok: true })],
      ["demo", expect.objectContaining({ kind: "UpdateUnitStatus", unitId: "CE91", ok: true })],
    ]);
    page.close();
    run.child.kill("SIGINT");
    expect(await run.exited).toBe(0);
    expect(page.repeats).toBe(0);
    expect(page.model.alerts.filter((a) => a.kind === "rejected")).toEqual([]);
    expect(run.output()).toMatch(/rejected 0\n/);
  });
});

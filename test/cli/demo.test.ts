import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { jetstreamManager } from "@nats-io/jetstream";
import { afterAll, describe, expect, it } from "vitest";
import { readUsers, verifyPassword } from "../../adapters/auth/users.ts";
import { claimDataDir, demoCredentials, demoLogin, DemoDataError } from "../../adapters/cli/demo-data.ts";
import { INSECURE_WARNING } from "../../adapters/cli/nats-flags.ts";
import { connectNats, natsServerAvailable, startNatsServer } from "../../adapters/nats/index.ts";
import { useNatsServer } from "../support/nats.ts";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "cad-demo-test-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Runs `cad <args>` to its end; its exit code and everything it printed. */
async function cad(args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "adapters/cli/main.ts", ...args], {
    cwd: resolve("."),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((r) => child.once("exit", (c) => r(c)));
  return { code, output };
}

/** The final report's first line: one simulated hour from 06:00, the city's numbers, nothing rejected. */
function expectReport(output: string): void {
  const last = [
    ...output.matchAll(/^-- 2026-01-01 07:00:00 UTC {2}calls (\d+) .*dispatches (\d+) .*rejected (\d+)$/gm),
  ].at(-1);
  expect(last, output).toBeDefined();
  const [, calls, dispatches, rejected] = last!.map(Number);
  expect(calls).toBeGreaterThan(0);
  expect(dispatches).toBeGreaterThan(0);
  expect(rejected).toBe(0);
  expect(output).toContain("39 on the roster");
}

const mode = (file: string) => statSync(file).mode & 0o777;
const quickRun = ["--hours", "1", "--speed", "0", "--no-console"];

describe.skipIf(!natsServerAvailable())("cad demo, secure by default (needs nats-server)", () => {
  it("the first run makes the credentials in its data folder, runs on its own nats-server with them and prints its report; the next run reuses them", async () => {
    const dir = join(tempDir(), "data");
    const first = await cad(["demo", ...quickRun, "--data-dir", dir]);
    expect(first.code, first.output).toBe(0);
    expect(first.output).toContain(`made the agency's NATS credentials in ${join(dir, "auth")}`);
    expect(first.output).toMatch(/cad-engine demo on NATS nats:\/\/127\.0\.0\.1:\d+ \(authentication on/);
    expect(first.output).not.toContain("WARNING");
    expectReport(first.output);
    expect(mode(dir)).toBe(0o700);
    for (const role of ["admin", "engine", "sim", "console"])
      expect(mode(join(dir, "auth", "demo", `${role}.creds`))).toBe(0o600);
    const creds = readFileSync(join(dir, "auth", "demo", "engine.creds"), "utf8");

    const second = await cad(["demo", ...quickRun, "--data-dir", dir]);
    expect(second.code, second.output).toBe(0);
    expect(second.output).not.toContain("made the agency's NATS credentials");
    expect(second.output).toMatch(/\(authentication on/);
    expectReport(second.output);
    expect(readFileSync(join(dir, "auth", "demo", "engine.creds"), "utf8")).toBe(creds);
  });

  it("its log is kept by a server that requires the demo's credentials: no client without them reads it", async () => {
    const dir = join(tempDir(), "data");
    expect((await cad(["demo", ...quickRun, "--data-dir", dir])).code).toBe(0);
    // The demo's own nats-server again, on its configuration and store.
    const server = await startNatsServer({
      configFile: join(dir, "auth", "nats-server.conf"),
      storeDir: join(dir, "nats"),
    });
    try {
      await expect(connectNats(server.url, "no-creds")).rejects.toThrow(/requires credentials/);
      const nc = await connectNats(server.url, "sim", { credsFile: join(dir, "auth", "demo", "sim.creds") });
      const info = await (await jetstreamManager(nc)).streams.info("CAD_EVT_DEMO");
      expect(info.state.messages).toBeGreaterThan(100);
      await nc.close();
    } finally {
      await server.stop();
    }
  });

  it("--nats is refused without --insecure: the secure demo uses no server but its own", async () => {
    const run = await cad(["demo", ...quickRun, "--nats", "nats://127.0.0.1:4222", "--data-dir", tempDir()]);
    // A usage error: exit code 2, one line naming the flag.
    expect(run.code).toBe(2);
    expect(run.output.trim()).toMatch(/^cad demo: --nats is for --insecure[^\n]*\(see cad demo --help\)$/);
  });

  describe("--insecure", () => {
    const nats = useNatsServer();

    it("runs on the NATS at --nats without credentials, and says so in a warning at every start", async () => {
      const dir = tempDir();
      for (let run = 0; run < 2; run++) {
        const r = await cad([
          "demo",
          ...quickRun,
          "--insecure",
          "--nats",
          nats.server.url,
          "--data-dir",
          dir,
        ]);
        expect(r.code, r.output).toBe(0);
        expect(r.output.split("\n")[0]).toBe(INSECURE_WARNING);
        expect(r.output).toContain(`cad-engine demo on NATS ${nats.server.url} (no authentication)`);
        expectReport(r.output);
      }
      expect(existsSync(join(dir, "auth"))).toBe(false);
    });
  });
});

describe("the demo's data folder", () => {
  it("the console user demo: a random password at the first run, in a file only its owner reads, kept afterwards", async () => {
    const dir = join(tempDir(), "data");
    const login = await demoLogin(dir, "demo");
    expect(login).toMatchObject({
      user: "demo",
      created: true,
      passwordFile: join(dir, "console-login.txt"),
    });
    expect(mode(join(dir, "console-login.txt"))).toBe(0o600);
    const password =
      /^password: (\S+)$/m.exec(readFileSync(join(dir, "console-login.txt"), "utf8"))?.[1] ?? "";
    expect(password.length).toBeGreaterThanOrEqual(12);
    const [user] = readUsers(login.usersFile);
    expect(user).toMatchObject({ name: "demo", agency: "demo", role: "supervisor", disabled: false });
    expect(await verifyPassword(password, user!.hash)).toBe(true);

    expect(await demoLogin(dir, "demo")).toMatchObject({
      created: false,
      passwordFile: join(dir, "console-login.txt"),
    });
    expect(readUsers(login.usersFile)).toEqual([user]);
    // Another data folder, another password.
    await demoLogin(join(tempDir(), "data"), "demo");
    const other = readFileSync(join(dirs.at(-1)!, "data", "console-login.txt"), "utf8");
    expect(other).not.toContain(password);
    // The password file gone (the password was changed with cad auth user passwd): the user stays.
    unlinkSync(join(dir, "console-login.txt"));
    expect(await demoLogin(dir, "demo")).toMatchObject({ created: false, passwordFile: undefined });
    expect(readUsers(login.usersFile)).toEqual([user]);
  });

  it("credentials an earlier run left incomplete are not replaced behind the user's back", async () => {
    const dir = join(tempDir(), "data");
    const made = await demoCredentials(dir, "demo");
    expect(made.created).toBe(true);
    expect((await demoCredentials(dir, "demo")).created).toBe(false);
    unlinkSync(made.creds("sim"));
    const error = await demoCredentials(dir, "demo").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DemoDataError);
    expect(error).toMatchObject({ code: "DEMO_CREDS_MISSING" });
    expect((error as Error).message).toContain(`remove ${join(dir, "auth")}`);
  });

  it("one demo at a time on a data folder (two would share one JetStream store); a killed demo's claim is taken over", () => {
    const dir = join(tempDir(), "data");
    const release = claimDataDir(dir);
    let error: unknown;
    try {
      claimDataDir(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: "DEMO_DIR_IN_USE" });
    expect((error as Error).message).toContain(`process ${process.pid}`);
    release();
    expect(existsSync(join(dir, "demo.pid"))).toBe(false);
    // A process that has ended (as a demo killed with SIGKILL) holds nothing.
    const ended = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
    writeFileSync(join(dir, "demo.pid"), ended.stdout);
    const again = claimDataDir(dir);
    expect(readFileSync(join(dir, "demo.pid"), "utf8").trim()).toBe(String(process.pid));
    again();
  });
});

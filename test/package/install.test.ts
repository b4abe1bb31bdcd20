import { execFile, spawn, type ChildProcess } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { natsServerAvailable, startNatsServer, type NatsServerProcess } from "../../adapters/nats/index.ts";
import { NatsClient } from "../support/nats.ts";
import { call, near } from "../support/scenario.ts";

/**
 * The package as ops get it (issue 18): `npm pack` (which builds dist/ through `prepare`), then
 * `npm install -g` of the tarball into a temporary prefix, then its `cad` run from a folder
 * outside the repository, so nothing of the repository's node_modules (tsx, esbuild) is reachable.
 * Long (a build, and better-sqlite3 compiled from source): in the fault suite, npm run test:fault.
 */

const REPO = resolve(import.meta.dirname, "../..");
const VERSION = (JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { version: string }).version;
const run = promisify(execFile);
// Generous bounds: the machine may be a loaded 2-core one.
const WAIT_MS = 60_000;
const SETUP_MS = 20 * 60_000;

/** Build and test tools: devDependencies, never in the installed package. */
const DEV_TOOLS = [
  "tsx",
  "esbuild",
  "playwright-core",
  "tinybench",
  "typescript",
  "vitest",
  "protobufjs-cli",
];

interface Packed {
  readonly filename: string;
  readonly files: readonly { path: string }[];
}

const dir = mkdtempSync(join(tmpdir(), "cad-package-"));
const prefix = join(dir, "prefix");
const work = join(dir, "work");
const installed = join(prefix, "lib", "node_modules", "cad-engine");
const cadBin = join(prefix, "bin", "cad");
let packed: Packed;
let installOutput = "";
let nats: NatsServerProcess;

async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Runs the installed `cad` to its end. */
async function cad(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(cadBin, args, { cwd: work, timeout: WAIT_MS });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

/** Starts the installed `cad` as a long-running child; killed however the test ends. */
function cadChild(args: string[]): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(cadBin, args, { cwd: work, stdio: ["ignore", "pipe", "pipe"] });
  let text = "";
  child.stdout?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  return { child, output: () => text, exited };
}

describe.skipIf(!natsServerAvailable())(
  "the packed tarball, installed with npm install -g (needs nats-server)",
  () => {
    beforeAll(async () => {
      mkdirSync(work, { recursive: true });
      // --json: the tarball's name and its file list; the build's own output goes to stderr.
      const pack = await run("npm", ["pack", "--json", "--pack-destination", dir], {
        cwd: REPO,
        maxBuffer: 64 * 1024 * 1024,
      });
      // From the JSON's first line: a lifecycle script may print before it.
      packed = (JSON.parse(pack.stdout.slice(pack.stdout.search(/^\[/m))) as Packed[])[0] as Packed;
      // From npm's cache where it can; better-sqlite3 compiles from source when no prebuilt binary is reachable.
      const install = await run(
        "npm",
        [
          "install",
          "-g",
          "--prefix",
          prefix,
          "--prefer-offline",
          "--no-audit",
          "--no-fund",
          join(dir, packed.filename),
        ],
        { cwd: work, maxBuffer: 64 * 1024 * 1024 },
      );
      installOutput = install.stdout + install.stderr;
      nats = await startNatsServer();
    }, SETUP_MS);

    afterAll(async () => {
      await nats?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    it("holds the built JavaScript, the configuration and the console's page, and no tests, benchmarks or TypeScript", () => {
      const paths = packed.files.map((f) => f.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          "bin/cad.mjs",
          "dist/adapters/cli/main.js",
          "dist/adapters/sqlite/standby-thread-main.js",
          "dist/proto/gen/cad.js",
          "dist/proto/gen/cad.json",
          "dist/adapters/console/web/app.js",
          "dist/adapters/console/web/index.html",
          "dist/adapters/console/web/style.css",
          "config/default.yaml",
          "config/metro-zones.geojson",
          "package.json",
        ]),
      );
      expect(
        paths.filter((p) => p.endsWith(".ts") || /^(test|bench|scripts)\//.test(p) || p.includes(".test.")),
      ).toEqual([]);
    });

    it("installs without an engine warning and without any build or test tool", () => {
      // Every dependency installed supports the Node that engines names (nats.js is kept at 3.3, whose
      // nuid 2.0.3 does; 3.4's nuid 3.0.0 declares Node >= 22).
      const warned = [...installOutput.matchAll(/EBADENGINE +package: '([^']+)'/g)].map((m) => m[1]);
      expect(warned).toEqual([]);
      const modules = join(installed, "node_modules");
      expect(DEV_TOOLS.filter((name) => existsSync(join(modules, name)))).toEqual([]);
      const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as {
        dependencies: Record<string, string>;
      };
      expect(DEV_TOOLS.filter((name) => name in manifest.dependencies)).toEqual([]);
    });

    it("`cad --version` and `cad --help` run the compiled command with Node alone", async () => {
      const v = await cad(["--version"]);
      expect(v).toMatchObject({ code: 0, stdout: `cad-engine ${VERSION}\n`, stderr: "" });
      const help = await cad(["--help"]);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain("Usage: cad COMMAND");
      expect(help.stdout).toMatch(/^ {2}serve {2,}/m);
      expect(help.stderr).toBe("");
    });

    it("`cad serve --insecure` against a real nats-server answers queries, applies a call, snapshots in its worker thread and stops on SIGTERM", async () => {
      const data = join(work, "data");
      const serve = cadChild([
        "serve",
        "--insecure",
        "--agency",
        "pkg",
        "--nats",
        nats.url,
        "--data-dir",
        data,
      ]);
      const client = await NatsClient.connect(nats.url, "pkg");
      onTestFinished(() => client.close());
      type Summary = { callType: string; lon: number; lat: number };
      type State = { catchingUp: boolean; incidents: Summary[]; pending: Summary[] };
      const ready = await until("the engine's state", async () => {
        const state = await client.query<State>("state");
        return state.catchingUp ? undefined : state;
      });
      expect([...ready.incidents, ...ready.pending]).toEqual([]); // a new agency: nothing yet

      // A call in (protobuf, through the build's generated codec) becomes an incident where it was made.
      const where = near(250, 400);
      await client.send(call("PKG-1", "AFA", where, { receivedAt: Date.now() - 1000 }));
      const incidents = await until("the call's incident", async () => {
        const state = await client.query<State>("state");
        const all = [...state.incidents, ...state.pending];
        return all.length > 0 ? all : undefined;
      });
      expect(incidents[0]).toMatchObject({ callType: "AFA", lon: where.lon, lat: where.lat });

      serve.child.kill("SIGTERM");
      expect(await serve.exited).toBe(0);
      expect(serve.output()).not.toMatch(/worker (failed|exited)/);
      // The standby's last snapshot, written at the stop by its worker thread (the build's
      // JavaScript), naming the package's version as the engine's.
      expect(readdirSync(data)).toContain("pkg.snapshots.sqlite");
      const list = await cad(["snapshot", "list", "--data-dir", data, "--agency", "pkg"]);
      expect(list.code).toBe(0);
      expect(list.stdout).toMatch(new RegExp(`^\\d+ +pkg +\\d+ .* ${VERSION.replaceAll(".", "\\.")}$`, "m"));
    });

    it("`cad console` serves the page bundled at build time (esbuild is not installed) and stops on SIGTERM", async () => {
      const users = join(work, "console-users.json");
      const passwordFile = join(work, "password.txt");
      writeFileSync(passwordFile, "correct horse battery staple\n", { mode: 0o600 });
      const add = await cad([
        "auth",
        "user",
        "add",
        "--users",
        users,
        "--agency",
        "pkg",
        "--role",
        "viewer",
        "--password-file",
        passwordFile,
        "olga",
      ]);
      expect(add.code).toBe(0);
      const consoleRun = cadChild([
        "console",
        "--insecure",
        "--agency",
        "pkg",
        "--nats",
        nats.url,
        "--port",
        "0",
        "--users",
        users,
      ]);
      const url = await until("the console's URL", () =>
        Promise.resolve(/open.*?(http:\/\/127\.0\.0\.1:\d+\/)/.exec(consoleRun.output())?.[1]),
      );
      expect(await (await fetch(url)).text()).toContain("<title>CAD console</title>");
      const js = await fetch(new URL("app.js", url));
      expect(js.headers.get("content-type")).toContain("text/javascript");
      expect(await js.text()).toBe(readFileSync(join(installed, "dist/adapters/console/web/app.js"), "utf8"));
      consoleRun.child.kill("SIGTERM");
      expect(await consoleRun.exited).toBe(0);
    });
  },
);

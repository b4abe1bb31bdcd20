import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../adapters/cli/commands.ts";
import { COMMON_OPTIONS, type OptionSpec } from "../../adapters/cli/spec.ts";
import { freePort, natsServerAvailable, startNatsServer } from "../../adapters/nats/index.ts";
import { cad, linesOf, STACK_FRAME } from "./support.ts";

const scratch = mkdtempSync(join(tmpdir(), "cad-cli-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `f` over `items`, `n` at a time (each run is a Node process: the machine has two cores). */
async function inBatches<T, R>(items: readonly T[], n: number, f: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += n) out.push(...(await Promise.all(items.slice(i, i + n).map(f))));
  return out;
}

const groups = [
  ...new Set(COMMANDS.flatMap((c) => (c.spec.path.includes(" ") ? [c.spec.path.split(" ")[0]!] : []))),
];

describe("cad's command line follows the conventions", () => {
  it("given every command and subcommand, when asked --help, then it exits 0 with a usage listing every option and its default", async () => {
    expect(COMMANDS.length).toBeGreaterThan(20);
    const runs = await inBatches(COMMANDS, 4, async (c) => ({
      c,
      run: await cad([...c.spec.path.split(" "), "--help"]),
    }));
    for (const { c, run } of runs) {
      const what = `cad ${c.spec.path} --help: ${run.stderr}`;
      expect(run.code, what).toBe(0);
      expect(run.stderr, what).toBe("");
      expect(run.stdout.startsWith(`Usage: cad ${c.spec.path}`), what).toBe(true);
      for (const [name, option] of Object.entries({ ...c.spec.options, ...COMMON_OPTIONS })) {
        const line = run.stdout.split("\n").find((l) => l.includes(`--${name}`) && l.trim().startsWith("-"));
        expect(line, `${what} lists --${name}`).toBeDefined();
        const o: OptionSpec = option;
        const shown =
          o.shownDefault ?? (o.default === undefined || o.default === false ? undefined : String(o.default));
        if (shown !== undefined)
          expect(run.stdout, `${what} gives --${name}'s default`).toContain(`default: ${shown}`);
      }
      expect(run.stdout).toMatch(/^ {2}2 {2}usage/m);
    }
  }, 300_000);

  it("given cad itself, a group of commands or `cad help COMMAND`, when asked for help, then each exits 0 with its usage", async () => {
    const runs = await inBatches(
      [["--help"], ["help"], [], ...groups.map((g) => [g, "--help"]), ["help", "serve"]],
      4,
      (a) => cad(a),
    );
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    expect(runs[0]!.stdout).toContain("Usage: cad COMMAND");
    for (const c of COMMANDS) expect(runs[0]!.stdout).toContain(`  ${c.spec.path} `);
    expect(runs[0]!.stdout).toMatch(/^ {2}3 {2}FATAL/m);
    expect(runs.at(-1)!.stdout.startsWith("Usage: cad serve")).toBe(true);
  }, 120_000);

  it("when asked --version, then it prints the package's version and exits 0", async () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    for (const run of await Promise.all([cad(["--version"]), cad(["-V"])])) {
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`cad-engine ${version}\n`);
    }
  }, 60_000);

  it("given an unknown option to any command, then it exits 2 with exactly one line on stderr naming the option", async () => {
    const runs = await inBatches(COMMANDS, 4, async (c) => ({
      c,
      run: await cad([...c.spec.path.split(" "), "--no-such-flag"]),
    }));
    for (const { c, run } of runs) {
      expect(run.code, `cad ${c.spec.path}: ${run.stderr}`).toBe(2);
      expect(linesOf(run.stderr)).toEqual([
        `cad ${c.spec.path}: unknown option --no-such-flag (see cad ${c.spec.path} --help)`,
      ]);
    }
  }, 300_000);

  it("given a bad value, a missing value, an unknown command or subcommand, then it exits 2 with one line naming what is wrong", async () => {
    const cases: [string[], string][] = [
      [
        ["serve", "--insecure", "--replicas", "9"],
        'cad serve: --replicas must be a whole number 1-5, got "9"',
      ],
      [["serve", "--nats"], "cad serve: --nats needs a value"],
      [["serve", "--insecure=yes"], "cad serve: --insecure takes no value"],
      [
        ["serve", "--agency", "a", "--agencies", "b,c", "--insecure"],
        "cad serve: give --agency A or --agencies A,B,C, not both",
      ],
      [["serve", "--creds", "x.creds", "--insecure"], "cad serve: give --creds FILE or --insecure, not both"],
      [
        ["console", "--insecure", "--port", "http"],
        'cad console: --port must be a whole number 0-65535, got "http"',
      ],
      [["rms", "audit", "--limit", "0"], 'cad rms audit: --limit must be a whole number >= 1, got "0"'],
      [["rms", "report", "--from", "yesterday"], "cad rms report: --from must be an ISO time"],
      [["demo", "--speed=-1"], 'cad demo: --speed must be a number >= 0, got "-1"'],
      [["snapshot", "inspect"], "cad snapshot inspect: missing ID"],
      [["snapshot", "list", "extra"], 'cad snapshot list: unexpected argument "extra"'],
      [["nonsense"], 'cad: unknown command "nonsense"'],
      [["--nonsense"], "cad: unknown option --nonsense"],
      [["rms", "frobnicate"], 'cad rms: unknown subcommand "frobnicate"'],
      [["auth"], "cad auth: give a subcommand: init, user"],
    ];
    const runs = await inBatches(cases, 4, ([args]) => cad(args));
    runs.forEach((run, i) => {
      const [args, start] = cases[i]!;
      expect(run.code, `cad ${args.join(" ")}: ${run.stderr}`).toBe(2);
      const lines = linesOf(run.stderr);
      expect(lines, `cad ${args.join(" ")}`).toHaveLength(1);
      expect(lines[0]!.startsWith(start), `${lines[0]} starts with ${start}`).toBe(true);
      expect(lines[0]).toMatch(/\(see cad( [a-z ]+)? --help\)$/);
    });
  }, 120_000);

  it("given a bad configuration file, then the failure is one line without a stack trace, and with --debug the stack follows", async () => {
    const bad = join(scratch, "bad.yaml");
    writeFileSync(bad, "callTypes: [not: a, map\n");
    const args = ["serve", "--insecure", "--config", bad, "--nats", "nats://127.0.0.1:1"];
    const [plain, debug] = await Promise.all([cad(args), cad([...args, "--debug"])]);
    expect(plain.code).toBe(1);
    expect(linesOf(plain.stderr), plain.stderr).toHaveLength(1);
    expect(plain.stderr).toContain(bad);
    expect(plain.stderr).not.toMatch(STACK_FRAME);
    expect(debug.code).toBe(1);
    expect(linesOf(debug.stderr)[0]).toBe(linesOf(plain.stderr)[0]);
    expect(debug.stderr).toMatch(STACK_FRAME);
  }, 60_000);
});

describe.skipIf(!natsServerAvailable())("waiting for NATS at start (needs nats-server)", () => {
  it("given no NATS server answering, then each attempt is one line and the command gives up after --connect-timeout, exit 1, in one line", async () => {
    const url = `nats://127.0.0.1:${await freePort()}`;
    const run = await cad(["config", "history", "--insecure", "--nats", url, "--connect-timeout", "2"]);
    expect(run.code, run.stderr).toBe(1);
    const lines = linesOf(run.stderr);
    const retries = lines.filter((l) => l.startsWith("WARNING") === false).slice(0, -1);
    expect(retries.length).toBeGreaterThanOrEqual(2);
    for (const [i, line] of retries.entries())
      expect(line).toMatch(
        new RegExp(
          `^cad config history: NATS at ${url} does not answer \\(.+\\); attempt ${i + 1}, next in \\d+\\.\\d s`,
        ),
      );
    expect(lines.at(-1)).toMatch(
      new RegExp(`^cad config history: no NATS server answered at ${url} within 2 s`),
    );
    expect(run.stderr).not.toMatch(STACK_FRAME);
  }, 60_000);

  it("given a NATS server that starts late, then cad serve retries until it answers and serves", async () => {
    const port = await freePort();
    const url = `nats://127.0.0.1:${port}`;
    const { spawn } = await import("node:child_process");
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "adapters/cli/main.ts",
        "serve",
        "--insecure",
        "--agency",
        "late",
        "--nats",
        url,
        "--no-clock",
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((r) => child.once("exit", r));
    const waitFor = async (text: string) => {
      for (let waited = 0; !out.includes(text); waited += 50) {
        if (waited > 60_000) throw new Error(`no "${text}" in:\n${out}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    await waitFor("attempt 2,");
    const server = await startNatsServer({ port });
    try {
      await waitFor("serving on");
      expect(out).toMatch(
        new RegExp(
          `cad serve: NATS at ${url} does not answer .*attempt 1, next in 0\\.5 s, giving up \\d+ s from now \\(--connect-timeout\\)`,
        ),
      );
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    } finally {
      child.kill("SIGKILL");
      await server.stop();
      rmSync(server.storeDir, { recursive: true, force: true });
    }
  }, 120_000);
});

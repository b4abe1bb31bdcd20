import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { jetstream } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { afterAll, describe, expect, it, onTestFinished } from "vitest";
import { initAuth, issueUserCreds } from "../../adapters/auth/nats-auth.ts";
import { INSECURE_WARNING } from "../../adapters/cli/nats-flags.ts";
import {
  connectNats,
  CredentialsError,
  decodeOutput,
  encodeInput,
  EngineService,
  inputSubject,
  isLogLostError,
  natsServerAvailable,
  type DecodedOutput,
  type NatsAuth,
} from "../../adapters/nats/index.ts";
import { ConsoleGateway } from "../../adapters/console/index.ts";
import { RmsConsumer } from "../../adapters/rms/consumer.ts";
import { useNatsServer } from "../support/nats.ts";
import { call, config, near } from "../support/scenario.ts";
import { useSecureNatsServer } from "../support/secure-nats.ts";

/** Generous for a loaded 2-core machine: tsx starts in 2-5 s there. */
const WAIT_MS = 60_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `cad <args>` as a child process: its exit code, stdout and stderr; killed however the test ends. */
function cad(args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", "adapters/cli/main.ts", ...args], {
    cwd: resolve("."),
    stdio: ["ignore", "pipe", "pipe"],
  });
  const out = { stdout: "", stderr: "" };
  child.stdout.on("data", (d: Buffer) => (out.stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (out.stderr += d.toString()));
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  return {
    child,
    out,
    exited,
    /** Waits until stdout or stderr holds `text`. */
    async waitFor(text: string): Promise<void> {
      const started = Date.now();
      while (!(out.stdout + out.stderr).includes(text)) {
        if (child.exitCode !== null || Date.now() - started > WAIT_MS)
          throw new Error(`no "${text}" in the output of cad ${args.join(" ")}:\n${out.stdout}${out.stderr}`);
        await sleep(50);
      }
    },
  };
}

/** A command that must refuse: a non-zero exit, and stderr one line (no stack trace) that holds every `parts`. */
async function refuses(args: string[], ...parts: string[]): Promise<string> {
  const run = cad(args);
  const code = await run.exited;
  expect(code, `cad ${args.join(" ")}: ${run.out.stdout}${run.out.stderr}`).not.toBe(0);
  const lines = run.out.stderr.split("\n").filter((l) => l.trim() !== "");
  expect(lines, run.out.stderr).toHaveLength(1);
  for (const part of parts) expect(lines[0]).toContain(part);
  return lines[0] ?? "";
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a failure");
}

const scratch = mkdtempSync(join(tmpdir(), "cad-connect-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("credentials files (no server needed)", () => {
  it("a missing creds file, a folder, or a file that is not creds: a CredentialsError naming the file and --creds", async () => {
    const missing = join(scratch, "nope", "engine.creds");
    const e1 = await failure(connectNats("nats://127.0.0.1:1", "t", { credsFile: missing }));
    expect(e1).toBeInstanceOf(CredentialsError);
    expect(e1.message).toBe(`--creds FILE: cannot read ${missing} (ENOENT)`);

    const e2 = await failure(connectNats("nats://127.0.0.1:1", "t", { credsFile: scratch }));
    expect(e2).toBeInstanceOf(CredentialsError);
    expect(e2.message).toBe(`--creds FILE: cannot read ${scratch} (EISDIR)`);

    const text = join(scratch, "notes.txt");
    writeFileSync(text, "not a creds file\n");
    const e3 = await failure(connectNats("nats://127.0.0.1:1", "t", { credsFile: text }));
    expect(e3).toBeInstanceOf(CredentialsError);
    expect(e3.message).toContain(`--creds FILE: ${text} is not a NATS creds file`);

    const ca = join(scratch, "nope", "ca.pem");
    const e4 = await failure(connectNats("nats://127.0.0.1:1", "t", { tlsCaFile: ca }));
    expect(e4).toBeInstanceOf(CredentialsError);
    expect(e4.message).toBe(`--tls-ca FILE: cannot read ${ca} (ENOENT)`);
  });
});

describe.skipIf(!natsServerAvailable())("the command line's credentials rule (needs nats-server)", () => {
  const plain = useNatsServer();

  it("serve, console, rms run and config history refuse to start without --creds or --insecure; a missing creds file is one line", async () => {
    const url = plain.server.url;
    const missing = join(scratch, "absent.creds");
    const lines = await Promise.all([
      refuses(["serve", "--agency", "cli", "--nats", url, "--no-clock"], "--creds FILE", "--insecure"),
      refuses(["console", "--agency", "cli", "--nats", url, "--port", "0"], "--creds FILE", "--insecure"),
      refuses(
        ["rms", "run", "--agency", "cli", "--nats", url, "--db", join(scratch, "r.sqlite")],
        "--insecure",
      ),
      refuses(["config", "history", "--agency", "cli", "--nats", url], "--creds FILE", "--insecure"),
      refuses(
        ["serve", "--agency", "cli", "--nats", url, "--creds", missing],
        `cannot read ${missing} (ENOENT)`,
      ),
    ]);
    expect(lines[0]).toContain("cad serve");
    expect(lines[4]).toContain("FATAL");
  }, 120_000);

  it("`cad serve --insecure` warns at start, then serves", async () => {
    const run = cad(["serve", "--insecure", "--agency", "loose", "--nats", plain.server.url, "--no-clock"]);
    await run.waitFor("serving on");
    expect(run.out.stdout).toMatch(new RegExp(`^\\S+Z ${INSECURE_WARNING}$`, "m"));
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
  }, 120_000);
});

/** Collects what arrives on `subject` (decoded outputs). */
function collect(nc: NatsConnection, subject: string): DecodedOutput[] {
  const got: DecodedOutput[] = [];
  nc.subscribe(subject, {
    callback: (error, m) => {
      if (error === null) got.push(decodeOutput(m.data));
    },
  });
  return got;
}

async function until<T>(what: string, probe: () => T | undefined): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() - started > 20_000) throw new Error(`not within 20 s: ${what}`);
    await sleep(50);
  }
}

describe.skipIf(!natsServerAvailable())("connecting with credentials (needs nats-server)", () => {
  // "sec": streams made by its admin; "bare" and "made": none (the engine may not create them).
  const nats = useSecureNatsServer({ agencies: ["sec", "bare", "made"], streams: ["sec"] });
  const connections: NatsConnection[] = [];
  const open = async (auth: NatsAuth, name: string) => {
    const nc = await connectNats(nats.url, name, auth);
    connections.push(nc);
    return nc;
  };
  afterAll(async () => {
    for (const nc of connections) if (!nc.isClosed()) await nc.close();
  });

  it("each role on its creds: the engine serves an intake call, its events reach a console, queries are answered, the gateway and the RMS work", async () => {
    const service = await EngineService.start({
      agency: "sec",
      servers: nats.url,
      config,
      auth: nats.auth("sec", "engine"),
    });
    onTestFinished(() => service.stop());
    const consoleNc = await open(nats.auth("sec", "console"), "test-console");
    const events = collect(consoleNc, "cad.sec.evt.>");
    await consoleNc.flush();

    const intake = await open(nats.auth("sec", "intake"), "test-intake");
    const body = call("C1", "AFAR", near(), { receivedAt: Date.now() - 1000 });
    const ack = await jetstream(intake).publish(
      inputSubject("sec", body as never),
      encodeInput(body as never),
      {
        msgID: "sec-call-1",
      },
    );
    expect(ack.stream).toBe("CAD_IN_SEC");

    const received = await until("the call's events at the console", () =>
      events.find((o) => o.inputId === "sec-call-1" && "event" in o),
    );
    expect(received.inputSeq).toBe(ack.seq);
    // The reply travels on the console's own inbox (_INBOX.console...), which its creds may read.
    const reply = await consoleNc.request("cad.sec.q.metrics", "{}", { timeout: 5000 });
    expect(JSON.parse(reply.string())).toMatchObject({ calls: 1 });

    // The console gateway and the RMS connect with their roles' creds and do their work.
    const gateway = await ConsoleGateway.start({
      agency: "sec",
      servers: nats.url,
      auth: nats.auth("sec", "console"),
    });
    onTestFinished(() => gateway.close());
    expect(await gateway.query("metrics")).toMatchObject({ calls: 1 });
    const rms = await RmsConsumer.start({
      agency: "sec",
      servers: nats.url,
      dbPath: join(scratch, "sec.rms.sqlite"),
      auth: nats.auth("sec", "rms"),
    });
    onTestFinished(() => rms.stop());
    await until("the RMS records the call's outputs", () => (rms.stats.applied > 0 ? true : undefined));
  }, 60_000);

  it("an engine whose streams are missing and that may not create them fails with STREAMS_MISSING naming them and the fix", async () => {
    const error = await failure(
      EngineService.start({ agency: "bare", servers: nats.url, config, auth: nats.auth("bare", "engine") }),
    );
    expect(isLogLostError(error) && error.code).toBe("STREAMS_MISSING");
    expect(error.message).toContain("CAD_IN_BARE and CAD_EVT_BARE do not exist");
    expect(error.message).toContain("cad streams create --agency bare --creds DIR/bare/admin.creds");

    const run = cad([
      "serve",
      "--agency",
      "bare",
      "--nats",
      nats.url,
      "--no-clock",
      "--creds",
      nats.creds("bare", "engine"),
    ]);
    expect(await run.exited).toBe(3);
    expect(run.out.stdout).toMatch(/FATAL STREAMS_MISSING: .*cad streams create --agency bare/);
  }, 120_000);

  it("`cad streams create` with the admin's creds makes the streams the engine then serves on; other creds may not", async () => {
    await refuses(
      ["streams", "create", "--agency", "made", "--nats", nats.url, "--creds", nats.creds("made", "engine")],
      "may not create streams",
      "admin.creds",
    );
    const run = cad([
      "streams",
      "create",
      "--agency",
      "made",
      "--nats",
      nats.url,
      "--creds",
      nats.creds("made", "admin"),
    ]);
    expect(await run.exited).toBe(0);
    expect(run.out.stdout).toContain("CAD_IN_MADE: subjects cad.made.in.>");
    expect(run.out.stdout).toContain("CAD_EVT_MADE: subjects cad.made.evt.> cad.made.unit.>");
    expect(run.out.stdout).toContain("CAD_AUDIT_MADE: subjects cad.made.audit.>");
    const service = await EngineService.start({
      agency: "made",
      servers: nats.url,
      config,
      auth: nats.auth("made", "engine"),
    });
    await service.stop();
  }, 120_000);

  it("creds the server does not accept (another operator's, expired) or none: a CredentialsError, not a reconnect loop", async () => {
    const other = await initAuth({ agencies: ["sec"], out: join(scratch, "other-operator") });
    const foreign = other.creds("sec", "engine");
    const e1 = await failure(connectNats(nats.url, "t", { credsFile: foreign }));
    expect(e1).toBeInstanceOf(CredentialsError);
    expect(e1.message).toContain(`--creds FILE: the NATS server at ${nats.url} refused ${foreign}`);

    const expired = join(scratch, "expired.creds");
    writeFileSync(
      expired,
      await issueUserCreds(join(nats.dir, "auth"), "sec", "engine", { expiresDays: -1 }),
    );
    const e2 = await failure(connectNats(nats.url, "t", { credsFile: expired }));
    expect(e2).toBeInstanceOf(CredentialsError);
    expect(e2.message).toContain(`refused ${expired}`);

    const e3 = await failure(connectNats(nats.url, "t"));
    expect(e3).toBeInstanceOf(CredentialsError);
    expect(e3.message).toContain("requires credentials");

    await refuses(
      ["serve", "--agency", "sec", "--nats", nats.url, "--no-clock", "--creds", foreign],
      "FATAL",
      foreign,
    );
  }, 120_000);

  it("creds that expire while the engine runs: one FATAL line naming the file (CREDENTIALS_REFUSED), not a reconnect loop", async () => {
    const file = join(scratch, "short-lived.creds");
    // Valid for 10 more seconds: a day long, issued a day ago less 10 s.
    const now = Date.now() - 86_400_000 + 10_000;
    writeFileSync(
      file,
      await issueUserCreds(join(nats.dir, "auth"), "sec", "engine", { expiresDays: 1, now }),
    );
    const lines: string[] = [];
    const service = await EngineService.start({
      agency: "sec",
      servers: nats.url,
      config,
      auth: { credsFile: file },
      log: (line) => lines.push(line),
    });
    onTestFinished(() => service.stop());
    const error = await service.failed;
    expect(error.code).toBe("CREDENTIALS_REFUSED");
    expect(error.message).toContain(`refused ${file}`);
    expect(lines.filter((l) => l.includes("FATAL"))).toEqual([`cad-engine sec: FATAL ${error.message}`]);
  }, 60_000);

  it("creds that expire while the console gateway and the RMS run: each reports the refusal naming its file (what cad console and cad rms run stop on, FATAL, exit 3)", async () => {
    // Valid for 10 more seconds: a day long, issued a day ago less 10 s.
    const now = Date.now() - 86_400_000 + 10_000;
    const short = async (role: "console" | "rms") => {
      const file = join(scratch, `short-lived-${role}.creds`);
      writeFileSync(file, await issueUserCreds(join(nats.dir, "auth"), "sec", role, { expiresDays: 1, now }));
      return file;
    };
    const consoleCreds = await short("console");
    const rmsCreds = await short("rms");
    const gateway = await ConsoleGateway.start({
      agency: "sec",
      servers: nats.url,
      auth: { credsFile: consoleCreds },
    });
    onTestFinished(() => gateway.close());
    const rms = await RmsConsumer.start({
      agency: "sec",
      servers: nats.url,
      dbPath: join(scratch, "sec-short.rms.sqlite"),
      auth: { credsFile: rmsCreds },
    });
    onTestFinished(() => rms.stop().catch(() => undefined));
    const [consoleRefused, rmsRefused] = await Promise.all([
      gateway.credentialsRefused,
      rms.credentialsRefused,
    ]);
    expect(consoleRefused?.message).toContain(`refused ${consoleCreds}`);
    expect(rmsRefused?.message).toContain(`refused ${rmsCreds}`);
  }, 60_000);
});

describe.skipIf(!natsServerAvailable())("TLS (needs nats-server and openssl)", () => {
  const nats = useSecureNatsServer({ agencies: ["tls"], tls: true });

  it("connects with the CA that signed the server's certificate; without it, a clear error naming --tls-ca", async () => {
    const nc = await connectNats(nats.url, "t", nats.auth("tls", "console"));
    expect(nc.info?.tls_required).toBe(true);
    const reply = await nc.request("$JS.API.STREAM.INFO.CAD_EVT_TLS", "", { timeout: 5000 });
    expect(JSON.parse(reply.string())).toMatchObject({ config: { name: "CAD_EVT_TLS" } });
    await nc.close();

    const error = await failure(connectNats(nats.url, "t", { credsFile: nats.creds("tls", "console") }));
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error.message).toMatch(
      /^TLS to .*: the server's certificate is not trusted \(.+\): give --tls-ca FILE/,
    );
  }, 60_000);
});

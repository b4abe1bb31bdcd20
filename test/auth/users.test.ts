import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { hashPassword, readUsers, verifyPassword } from "../../adapters/auth/users.ts";

/** Runs `cad auth user ...` with `stdin` as its standard input; its exit code and output. */
function cad(args: string[], stdin = ""): Promise<{ code: number | null; out: string }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "adapters/cli/main.ts", "auth", "user", ...args],
    {
      cwd: resolve("."),
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  let out = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr.on("data", (c: Buffer) => (out += c.toString()));
  child.stdin.end(stdin);
  return new Promise((r) => child.once("exit", (code) => r({ code, out })));
}

describe("console users", () => {
  it("hashes passwords with scrypt (scrypt$N$r$p$salt$hash, a fresh salt each time) and checks them", async () => {
    const a = await hashPassword("a long enough password");
    const b = await hashPassword("a long enough password");
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("a long enough password", a)).toBe(true);
    expect(await verifyPassword("a long enough passworD", a)).toBe(false);
    expect(await verifyPassword("a long enough password", "scrypt$1$1$1$$")).toBe(false);
    expect(await verifyPassword("a long enough password", "plain")).toBe(false);
  });

  it("`cad auth user` adds (password from stdin or a file, never echoed), lists, disables, enables and changes passwords; the file is 0600", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cad-users-"));
    const file = join(dir, "users.json");
    const secret = "s3cret-password-for-ann";
    const added = await cad(
      ["add", "--users", file, "--agency", "sfd", "--role", "dispatcher", "ann"],
      `${secret}\n`,
    );
    expect(added).toEqual({ code: 0, out: `cad auth user: added ann (dispatcher, agency sfd) to ${file}\n` });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, "utf8")).not.toContain(secret);
    const [ann] = readUsers(file);
    expect(ann).toMatchObject({ name: "ann", agency: "sfd", role: "dispatcher", disabled: false });
    expect(await verifyPassword(secret, ann?.hash ?? "")).toBe(true);

    expect(
      await cad(["add", "--users", file, "--agency", "sfd", "--role", "viewer", "bob"], "too short\n"),
    ).toEqual({
      code: 1,
      out: "cad auth user: a password has at least 12 characters (WEAK_PASSWORD)\n",
    });
    expect(
      (await cad(["add", "--users", file, "--agency", "sfd", "--role", "boss", "bob"], `${secret}\n`)).out,
    ).toContain("BAD_ROLE");
    expect(
      (await cad(["add", "--users", file, "--agency", "sfd", "--role", "viewer", "ann"], `${secret}\n`)).out,
    ).toContain("USER_EXISTS");

    const passwordFile = join(dir, "pw");
    writeFileSync(passwordFile, "another-long-password\n");
    expect((await cad(["passwd", "--users", file, "--password-file", passwordFile, "ann"])).code).toBe(0);
    expect(await verifyPassword("another-long-password", readUsers(file)[0]?.hash ?? "")).toBe(true);
    expect((await cad(["disable", "--users", file, "ann"])).code).toBe(0);
    expect(readUsers(file)[0]?.disabled).toBe(true);
    expect((await cad(["list", "--users", file])).out).toMatch(/^ann\tsfd\tdispatcher\tdisabled\t/);
    expect((await cad(["enable", "--users", file, "ann"])).code).toBe(0);
    expect(readUsers(file)[0]?.disabled).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  }, 120_000);
});

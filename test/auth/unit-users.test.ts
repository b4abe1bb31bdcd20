import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { changeUser, readUsers, usersFile } from "../../adapters/auth/users.ts";
import { Sessions } from "../../adapters/console/sessions.ts";
import { unitRefusal } from "../../adapters/console/roles.ts";

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

const SECRET = "a terminal password for E1";

describe("unit terminals' users", () => {
  it("`cad auth user add --role unit --unit E1` binds the user to its unit; a unit user needs a unit, and no other role takes one", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "cad-unit-users-")), "users.json");
    const add = (...args: string[]) =>
      cad(["add", "--users", file, "--agency", "sfd", ...args], `${SECRET}\n`);
    expect(await add("--role", "unit", "--unit", "E1", "mdt-e1")).toEqual({
      code: 0,
      out: `cad auth user: added mdt-e1 (unit of unit E1, agency sfd) to ${file}\n`,
    });
    expect(readUsers(file)).toEqual([expect.objectContaining({ name: "mdt-e1", role: "unit", unit: "E1" })]);
    expect((await add("--role", "unit", "mdt-x")).out).toContain("(BAD_UNIT)");
    expect((await add("--role", "unit", "--unit", "E.1", "mdt-y")).out).toContain("(BAD_UNIT)");
    expect((await add("--role", "dispatcher", "--unit", "E1", "ann")).out).toContain("(BAD_UNIT)");
    expect((await cad(["list", "--users", file])).out).toMatch(/^mdt-e1\tsfd\tunit E1\tenabled/);
  });

  it("a terminal's session ends when its user is bound to another unit (its rights are gone)", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "cad-unit-users-")), "users.json");
    expect(
      (
        await cad(
          ["add", "--users", file, "--agency", "sfd", "--role", "unit", "--unit", "E1", "t1"],
          `${SECRET}\n`,
        )
      ).code,
    ).toBe(0);
    const sessions = new Sessions({ agency: "sfd", users: usersFile(file), audit: () => undefined });
    try {
      const session = await sessions.login("t1", SECRET, "127.0.0.1");
      expect(session.unit).toBe("E1");
      const req = { headers: { cookie: `cad_session=${session.id}` } } as IncomingMessage;
      expect(sessions.of(req, true).unit).toBe("E1");
      await changeUser(file, "t1", { unit: "E2" });
      expect(() => sessions.of(req, true)).toThrow(expect.objectContaining({ code: "SESSION_ENDED" }));
    } finally {
      sessions.close();
    }
  });

  it("a unit terminal may report only its own unit's status, and note only the incident it serves", () => {
    const who = { user: "t1", role: "unit" as const, client: "x", unit: "E1" };
    expect(unitRefusal(who, { kind: "UpdateUnitStatus", unitId: "E1" })).toBeUndefined();
    expect(unitRefusal(who, { kind: "UpdateUnitStatus", unitId: "E2" })).toContain(
      "may not report for unit E2",
    );
    expect(unitRefusal(who, { kind: "AddNote", incidentId: "INC-1" }, "INC-1")).toBeUndefined();
    expect(unitRefusal(who, { kind: "AddNote", incidentId: "INC-2" }, "INC-1")).toContain(
      "only to the incident it serves",
    );
    expect(unitRefusal(who, { kind: "AddNote", incidentId: "INC-2" }, null)).toBeDefined();
    const dispatcher = { user: "d", role: "dispatcher" as const, client: "x" };
    expect(unitRefusal(dispatcher, { kind: "UpdateUnitStatus", unitId: "E2" })).toBeUndefined();
  });
});

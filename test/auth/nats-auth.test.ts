import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AuthInitError, inboxPrefixOf, initAuth, permissionsFor } from "../../adapters/auth/nats-auth.ts";

const fresh = () => join(mkdtempSync(join(tmpdir(), "cad-auth-unit-")), "auth");
const code = async (p: Promise<unknown>) =>
  p.then(
    () => "resolved",
    (e: unknown) => (e instanceof AuthInitError ? e.code : String(e)),
  );

describe("cad auth init (initAuth)", () => {
  it("refuses to overwrite an existing layout unless forced, and a forced one has a new operator", async () => {
    const out = fresh();
    const first = await initAuth({ agencies: ["a"], out });
    expect(await code(initAuth({ agencies: ["a"], out }))).toBe("CONF_EXISTS");
    expect(readFileSync(first.conf, "utf8")).toContain(first.accounts["a"]);
    const second = await initAuth({ agencies: ["a"], out, force: true });
    expect(second.operatorPublicKey).not.toBe(first.operatorPublicKey);
  });

  it("rejects bad agency names, unknown agencies in --share / --mdt-units and unit ids that are not one token", async () => {
    expect(await code(initAuth({ agencies: ["A"], out: fresh() }))).toBe("BAD_AGENCY");
    expect(await code(initAuth({ agencies: ["a.b"], out: fresh() }))).toBe("BAD_AGENCY");
    expect(await code(initAuth({ agencies: [], out: fresh() }))).toBe("NO_AGENCIES");
    const a = { agencies: ["a", "b"], out: fresh() };
    expect(await code(initAuth({ ...a, shares: [{ from: "a", to: "c" }] }))).toBe("BAD_SHARE");
    expect(await code(initAuth({ ...a, shares: [{ from: "a", to: "a" }] }))).toBe("BAD_SHARE");
    expect(await code(initAuth({ ...a, mdtUnits: { c: ["E1"] } }))).toBe("BAD_MDT_UNITS");
    expect(await code(initAuth({ ...a, mdtUnits: { a: ["E.1"] } }))).toBe("BAD_UNIT");
    expect(await code(initAuth({ ...a, mdtUnits: { a: ["E*"] } }))).toBe("BAD_UNIT");
  });

  it("writes sim creds only with sim, unit creds named after the unit, and user names <a>.<role>", async () => {
    const without = await initAuth({ agencies: ["a"], out: fresh(), mdtUnits: { a: ["M7"] } });
    expect(existsSync(without.creds("a", "sim"))).toBe(false);
    expect(existsSync(without.creds("a", "engine"))).toBe(true);
    expect(without.creds("a", "mdt", "M7")).toBe(join(without.dir, "a", "mdt", "M7.creds"));
    const payload = (path: string) => {
      const jwt = /-----BEGIN NATS USER JWT-----\s*(\S+)/.exec(readFileSync(path, "utf8"))?.[1] ?? "";
      return JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString()) as {
        name: string;
        exp?: number;
      };
    };
    expect(payload(without.creds("a", "mdt", "M7")).name).toBe("a.mdt.M7");
    expect(payload(without.creds("a", "console")).name).toBe("a.console");
    expect(payload(without.creds("a", "console")).exp).toBeUndefined();
    const now = Date.UTC(2026, 0, 1);
    const withSim = await initAuth({ agencies: ["a"], out: fresh(), sim: true, expiresDays: 2, now });
    expect(existsSync(withSim.creds("a", "sim"))).toBe(true);
    expect(payload(withSim.creds("a", "sim")).exp).toBe(now / 1000 + 2 * 86_400);
  });

  it("inboxPrefixOf reads the inbox grant of creds, and nothing from text that is not creds", async () => {
    const l = await initAuth({ agencies: ["a"], out: fresh(), mdtUnits: { a: ["E1"] } });
    expect(inboxPrefixOf(readFileSync(l.creds("a", "console"), "utf8"))).toBe("_INBOX.console");
    expect(inboxPrefixOf(readFileSync(l.creds("a", "mdt", "E1"), "utf8"))).toBe("_INBOX.mdt.E1");
    expect(inboxPrefixOf("not creds")).toBeUndefined();
    expect(
      inboxPrefixOf("-----BEGIN NATS USER JWT-----\nabc.def.ghi\n------END NATS USER JWT------"),
    ).toBeUndefined();
  });

  it("only the engine's grant publishes events, and only admin's reaches the stream management API", () => {
    const roles = ["engine", "intake", "avl", "mdt", "console", "rms", "clock", "admin", "sim"] as const;
    for (const role of roles) {
      const pub = permissionsFor("a", role).pub.allow;
      expect(pub.includes("cad.a.evt.>")).toBe(role === "engine");
      expect(pub.some((s) => s === "$JS.API.>" || s.startsWith("$JS.API.STREAM.CREATE"))).toBe(
        role === "admin",
      );
    }
  });
});

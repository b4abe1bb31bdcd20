import { spawnSync } from "node:child_process";
import {
  chmodSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";

const DIR = "deploy/systemd";
const UNITS = readdirSync(DIR).filter((f) => f.endsWith("@.service"));
const hasSystemd = spawnSync("systemd-analyze", ["--version"]).status === 0;

describe("the systemd units in deploy/systemd", () => {
  it("are one per long-running command: cad serve, cad rms run and cad console", () => {
    expect(UNITS.sort()).toEqual(["cad-console@.service", "cad-engine@.service", "cad-rms@.service"]);
  });

  it.each(UNITS)(
    "%s restarts always, stops by SIGTERM to cad alone (KillMode=mixed) and runs as user cad",
    (unit) => {
      const text = readFileSync(join(DIR, unit), "utf8");
      for (const line of [
        "Restart=always",
        "KillMode=mixed",
        "User=cad",
        "NoNewPrivileges=yes",
        "StartLimitIntervalSec=0",
      ])
        expect(text.split("\n")).toContain(line);
      expect(text).toMatch(/^TimeoutStopSec=\d+$/m);
      expect(text).toMatch(/^LoadCredential=\w+\.creds:/m);
      expect(text).toMatch(/--metrics-port \$\{CAD_\w+_METRICS_PORT\}/);
    },
  );

  it.skipIf(!hasSystemd)("pass systemd-analyze verify, as instances of an agency", () => {
    const dir = mkdtempSync(join(tmpdir(), "cad-units-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const bin = join(dir, "cad");
    writeFileSync(bin, "#!/bin/sh\n");
    chmodSync(bin, 0o755);
    const instances = UNITS.map((unit) => {
      writeFileSync(
        join(dir, unit),
        readFileSync(join(DIR, unit), "utf8").replaceAll("/usr/local/bin/cad", bin),
      );
      const instance = unit.replace("@.service", "@sfd.service");
      symlinkSync(join(dir, unit), join(dir, instance));
      return join(dir, instance);
    });
    const run = spawnSync("systemd-analyze", ["verify", "--man=no", ...instances], {
      encoding: "utf8",
      env: { ...process.env, SYSTEMD_LOG_LEVEL: "notice" },
    });
    expect(`${run.stdout}${run.stderr}`).toBe("");
    expect(run.status).toBe(0);
  });
});

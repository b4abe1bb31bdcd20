import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GENERATED_FILES, REPO_ROOT, generate } from "./generate.ts";

const COMMITTED = join(REPO_ROOT, "proto", "gen");

describe("proto/gen", () => {
  const fresh = mkdtempSync(join(tmpdir(), "cad-proto-gen-"));
  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  it("is what npm run proto:gen makes from the .proto files", () => {
    generate(fresh);
    const stale = GENERATED_FILES.filter((file) => {
      const committed = join(COMMITTED, file);
      return (
        !existsSync(committed) || readFileSync(committed, "utf8") !== readFileSync(join(fresh, file), "utf8")
      );
    });
    expect(stale, `generated code is stale: run npm run proto:gen (differs: ${stale.join(", ")})`).toEqual(
      [],
    );
  });

  it("imports under plain Node ESM, without a bundler", () => {
    const script = [
      'import { cad } from "./proto/gen/cad.js";',
      'const bytes = cad.v1.CheckUnit.encode({ unitId: "E1" }).finish();',
      "process.stdout.write(cad.v1.CheckUnit.decode(bytes).unitId);",
    ].join("\n");
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: REPO_ROOT });
    expect(out.toString()).toBe("E1");
  });
});

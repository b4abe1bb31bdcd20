/**
 * `npm run build`: the package's JavaScript in dist/, what `cad` (bin/cad.mjs) runs with Node alone.
 * dist/ mirrors the sources' layout (dist/engine, dist/adapters, dist/proto), so a module finds the
 * package's files through adapters/package. Tests and benchmarks run from the sources and are not built.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writePage } from "../adapters/console/bundle.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist");
const require = createRequire(import.meta.url);

/** Generated JavaScript that tsc does not emit (it reads the .d.ts beside it), copied as it is. */
const COPIED: readonly string[] = ["proto/gen/cad.js"];

rmSync(DIST, { recursive: true, force: true });
try {
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
    cwd: ROOT,
    stdio: "inherit",
  });
} catch {
  // tsc has said what is wrong.
  process.stderr.write("build: tsc failed\n");
  process.exit(1);
}
for (const file of COPIED) {
  mkdirSync(dirname(join(DIST, file)), { recursive: true });
  copyFileSync(join(ROOT, file), join(DIST, file));
}
await writePage(join(DIST, "adapters/console/web"));
if (!existsSync(join(DIST, "adapters/cli/main.js")))
  throw new Error("build: dist/adapters/cli/main.js is missing");
// On stderr: `npm pack --json` runs this (prepare) and its stdout is the JSON.
process.stderr.write("build: dist/ written\n");

#!/usr/bin/env node
// The `cad` command: the CLI as built into dist/ (npm run build), run by Node alone.
// From the sources, without a build: npm run cad:dev -- ARGS.
import { existsSync } from "node:fs";

const main = new URL("../dist/adapters/cli/main.js", import.meta.url);
if (!existsSync(main)) {
  process.stderr.write(
    "cad: dist/ is missing: run npm run build first (or npm run cad:dev -- ARGS from the sources)\n",
  );
  process.exit(1);
}
await import(main.href);

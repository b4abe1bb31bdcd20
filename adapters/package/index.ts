import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Where the package's own files are (package.json, config/, the console's page), whether the code
 * runs from its TypeScript sources (tsx, vitest: `<root>/adapters/package/index.ts`) or from the
 * build (`npm run build`: `<root>/dist/adapters/package/index.js`, as installed by npm).
 * Code that reads a file of the package finds it here rather than relative to its own module,
 * whose depth under the root differs between the two.
 */
export const FROM_SOURCES = import.meta.url.endsWith(".ts");

/** The package's root: the folder of its package.json. */
export const PACKAGE_ROOT = fileURLToPath(new URL(FROM_SOURCES ? "../../" : "../../../", import.meta.url));

/** A file of the package, by its path from the root (`config/default.yaml`). */
export function packageFile(path: string): string {
  return join(PACKAGE_ROOT, path);
}

/** The package's version (package.json), which snapshots and `cad --version` name. */
export const PACKAGE_VERSION = (
  JSON.parse(readFileSync(packageFile("package.json"), "utf8")) as { version: string }
).version;

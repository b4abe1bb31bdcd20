import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";

// Build-time and sources-only: esbuild is a devDependency. The build (`npm run build`) writes the
// page's files with writePage; a console run from sources bundles the page with bundlePage.

const WEB = new URL("./web/", import.meta.url);
const ENGINE_DIR = fileURLToPath(new URL("../../engine/", import.meta.url));

/**
 * The engine is a pure core: loading a module of it does nothing but define things. Said to
 * esbuild (as package.json `sideEffects: false` would), the page's bundle leaves out every engine
 * module it uses nothing of, constants included, though it imports them all through engine/index.ts.
 */
const engineWithoutSideEffects: Plugin = {
  name: "engine-without-side-effects",
  setup(b) {
    // Relative imports name their file (NodeNext), so joining the paths resolves them.
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      const path = resolve(args.resolveDir, args.path);
      return path.startsWith(ENGINE_DIR) ? { path, sideEffects: false } : undefined;
    });
  },
};

/** Bundles a page's code (TypeScript, in web/: app.ts, unit.ts, supervisor.ts) into one ES module for the browser. */
export async function bundlePage(entry = "app.ts"): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, WEB))],
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "es2022",
    sourcemap: "inline",
    logLevel: "silent",
    plugins: [engineWithoutSideEffects],
  });
  const out = result.outputFiles[0];
  if (out === undefined) throw new Error("esbuild produced no bundle for the console page");
  return out.text;
}

/** The files `cad console` serves as they are, beside the bundles. */
const PAGE_FILES = ["index.html", "style.css", "unit.html", "supervisor.html", "terminal.css"] as const;
/** The pages' code: each entry (web/NAME.ts) is bundled as NAME.js. */
export const PAGE_ENTRIES = ["app", "unit", "supervisor"] as const;

/** Writes what the console serves (the html and css, and each page's bundle as NAME.js) into `dir`. */
export async function writePage(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const name of PAGE_FILES) copyFileSync(fileURLToPath(new URL(name, WEB)), join(dir, name));
  for (const entry of PAGE_ENTRIES) writeFileSync(join(dir, `${entry}.js`), await bundlePage(`${entry}.ts`));
}

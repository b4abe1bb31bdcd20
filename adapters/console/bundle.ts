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

/** Bundles the page's code (TypeScript, in web/) into one ES module for the browser. */
export async function bundlePage(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL("app.ts", WEB))],
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

/** The files `cad console` serves as they are, beside the bundle. */
const PAGE_FILES = ["index.html", "style.css"] as const;

/** Writes what the console serves (index.html, style.css, and the bundle as app.js) into `dir`. */
export async function writePage(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const name of PAGE_FILES) copyFileSync(fileURLToPath(new URL(name, WEB)), join(dir, name));
  writeFileSync(join(dir, "app.js"), await bundlePage());
}

/**
 * Regenerates proto/gen/ from the .proto files: `npm run proto:gen`. The test beside this
 * file runs the same generation into a temporary directory and fails when the committed
 * files differ, so the contract and the generated code cannot drift apart.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);

/** The repository root: pbjs runs from here so paths in its output do not depend on the caller. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The contract, in dependency order. */
export const PROTO_FILES: readonly string[] = [
  "proto/cad/v1/common.proto",
  "proto/cad/v1/inputs.proto",
  "proto/cad/v1/events.proto",
];

/** What generate() writes: the static module, its typings, and the JSON descriptor. */
export const GENERATED_FILES: readonly string[] = ["cad.js", "cad.d.ts", "cad.json"];

/**
 * Static code (encode/decode only: no verify/convert/delimited/typeurl, which the codec does
 * not use) as an ES module importing "protobufjs/minimal.js", with typings (-d runs pbts).
 * --alt-comment carries the `//` comments of the .proto files into the typings. The JSON
 * descriptor gives the codec each message's field numbers, to tell a wrong wire type from a
 * field added by a newer sender.
 */
export function generate(outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  const pbjs = require.resolve("protobufjs-cli/bin/pbjs");
  const common = ["-p", "proto", ...PROTO_FILES];
  run(pbjs, [
    "-t",
    "static-module",
    "-w",
    "esm",
    "--alt-comment",
    "--no-verify",
    "--no-convert",
    "--no-delimited",
    "--no-typeurl",
    "--no-service",
    "-d",
    "-o",
    join(outDir, "cad.js"),
    ...common,
  ]);
  run(pbjs, ["-t", "json", "-o", join(outDir, "cad.json"), ...common]);
}

function run(bin: string, args: string[]): void {
  execFileSync(process.execPath, [bin, ...args], { cwd: REPO_ROOT, stdio: ["ignore", "inherit", "inherit"] });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  generate(join(REPO_ROOT, "proto", "gen"));
}

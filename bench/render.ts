/**
 * Renders bench/results/results.json again (report.md, SVG plots, the README block) without measuring
 * anything: for a change to the report's wording or plots, or after editing the README around the block.
 * Run: node --import tsx bench/render.ts
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { RunResults } from "./lib/results.ts";
import { writeResults } from "./lib/write-results.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dir = join(root, "bench", "results");
const results = JSON.parse(readFileSync(join(dir, "results.json"), "utf8")) as RunResults;
for (const line of await writeResults(results, dir, join(root, "README.md"))) console.error(line);

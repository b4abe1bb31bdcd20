/** Writes a run's report, results and plots under bench/results/, and its block into the README. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { measures } from "./measures.ts";
import { plots } from "./plots.ts";
import { readmeBlock, reportMarkdown } from "./report-md.ts";
import { updateReadme } from "./readme.ts";
import type { RunResults } from "./results.ts";

/** Returns what it did, a line each; throws (after writing the rest) if the README could not be updated. */
export async function writeResults(results: RunResults, dir: string, readmePath: string): Promise<string[]> {
  const headline = measures(results);
  mkdirSync(dir, { recursive: true });
  const svgs = plots(results);
  for (const [file, svg] of svgs) writeFileSync(join(dir, file), svg);
  writeFileSync(join(dir, "report.md"), reportMarkdown(results, headline, [...svgs.keys()]));
  writeFileSync(join(dir, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  const done = [`wrote ${dir}/report.md, results.json and ${svgs.size} plots`];
  await updateReadme(readmePath, readmeBlock(results, headline));
  return [...done, `${readmePath}: Performance block rewritten`];
}

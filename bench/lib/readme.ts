/** Rewrites the generated part of README.md's Performance section, between two marker comments. */
import { readFileSync, writeFileSync } from "node:fs";
import { format, resolveConfig } from "prettier";

export const README_START = "<!-- bench:start -->";
export const README_END = "<!-- bench:end -->";

export class MarkersMissingError extends Error {
  override readonly name = "MarkersMissingError";
}

/** `doc` with everything between the markers replaced by `content` (the markers stay). */
export function replaceBetweenMarkers(doc: string, content: string): string {
  const start = doc.indexOf(README_START);
  const end = doc.indexOf(README_END);
  if (start < 0 || end < 0 || end < start)
    throw new MarkersMissingError(
      `README has no "${README_START}" ... "${README_END}" block (in that order): nothing was rewritten`,
    );
  if (doc.indexOf(README_START, start + 1) >= 0 || doc.indexOf(README_END, end + 1) >= 0)
    throw new MarkersMissingError("README has more than one bench marker block: nothing was rewritten");
  const body = content.trim();
  return `${doc.slice(0, start + README_START.length)}\n\n${body}\n\n${doc.slice(end)}`;
}

/**
 * Rewrites the block in the file at `path`, formatted as the repository formats Markdown (so that
 * `npm run format:check` still passes); throws MarkersMissingError (and writes nothing) without markers.
 */
export async function updateReadme(path: string, content: string): Promise<void> {
  const doc = readFileSync(path, "utf8");
  const options = (await resolveConfig(path)) ?? {};
  const block = await format(content, { ...options, parser: "markdown" });
  const next = replaceBetweenMarkers(doc, block);
  if (next !== doc) writeFileSync(path, next);
}

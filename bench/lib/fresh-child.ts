/**
 * The child of inFreshProcess (fresh.ts): imports the module, calls the export with the options and
 * a `log` that writes to stderr, and prints the result on stdout after RESULT_PREFIX. A failure
 * prints its stack on stderr and exits 1.
 */
import { RESULT_PREFIX } from "./fresh.ts";

const [moduleUrl, exportName, optsJson] = process.argv.slice(2);
try {
  const mod = (await import(moduleUrl!)) as Record<string, unknown>;
  const fn = mod[exportName!];
  if (typeof fn !== "function") throw new Error(`${moduleUrl} has no function ${exportName}`);
  const opts = JSON.parse(optsJson!) as object;
  const result: unknown = await (fn as (o: object) => unknown)({
    ...opts,
    log: (line: string) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
} catch (error) {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
}

import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The line of the child's stdout that carries the result, after this prefix. */
const RESULT_PREFIX = "fresh-process-result ";
const CHILD = fileURLToPath(new URL("./fresh-child.ts", import.meta.url));
/** The TypeScript loader the suites run under (`npm run bench` starts node with it). */
const TSX = import.meta.resolve("tsx");

/**
 * Runs `exportName(opts)` of the module at `moduleUrl` (an async function of a suite, with JSON
 * options and a JSON result) in a new Node process (with tsx and --expose-gc, as `npm run bench`
 * runs), and returns its
 * result. A latency suite run after others in one process also measures what they left behind:
 * their heap, and shared code (the geo search) whose call sites another suite's callbacks made
 * polymorphic, which an engine's process does not have. So each such suite gets a process of its
 * own, as `npm run bench:recommend` runs it. The child's progress lines (its `log` option) come to
 * `log`; a failure in the child rejects with its message.
 */
export function inFreshProcess<T>(
  moduleUrl: string,
  exportName: string,
  opts: object,
  log?: (line: string) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--expose-gc", "--import", TSX, CHILD, moduleUrl, exportName, JSON.stringify(opts)],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
      let nl: number;
      while ((nl = stderr.indexOf("\n")) >= 0) {
        const line = stderr.slice(0, nl);
        stderr = stderr.slice(nl + 1);
        if (line !== "") log?.(line);
      }
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (stderr !== "") log?.(stderr);
      const line = stdout.split("\n").find((l) => l.startsWith(RESULT_PREFIX));
      if (code === 0 && line !== undefined) resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as T);
      else
        reject(
          new Error(
            `${exportName} in a fresh process exited ${code}${line === undefined ? " without a result" : ""}`,
          ),
        );
    });
  });
}

export { RESULT_PREFIX };

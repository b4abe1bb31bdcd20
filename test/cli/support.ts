import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

/** What a finished `cad` run gave: its exit code and what it wrote. */
export interface CadRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `cad ARGS` from the sources (as `npm run cad -- ARGS` does) to its end. */
export function cad(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<CadRun> {
  const child = spawn(process.execPath, ["--import", "tsx", "adapters/cli/main.ts", ...args], {
    cwd: resolve("."),
    stdio: ["ignore", "pipe", "pipe"],
    env,
  });
  return finished(child);
}

export function finished(child: ChildProcess): Promise<CadRun> {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((done) => child.once("close", (code) => done({ code, stdout, stderr })));
}

/** The non-empty lines of a text. */
export const linesOf = (text: string): string[] => text.split("\n").filter((l) => l.trim() !== "");

/** A stack trace's frame line. */
export const STACK_FRAME = /^\s+at /m;

/**
 * The processes of process group `pgid` that are alive (zombies, which a container's init may
 * never reap, are not): read from /proc, as `ps -g` would.
 */
export function liveInGroup(pgid: number): number[] {
  const live: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, "utf8");
    } catch {
      continue;
    }
    // pid (comm) state ppid pgrp ...: comm may hold spaces and parentheses, so read after the last ")".
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(pgrp) === pgid && state !== "Z" && state !== "X") live.push(Number(name));
  }
  return live;
}

/** The command line of a process (empty once it is gone). */
export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ").trim();
  } catch {
    return "";
  }
}

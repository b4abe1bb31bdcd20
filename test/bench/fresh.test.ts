import { describe, expect, it } from "vitest";
import { inFreshProcess } from "../../bench/lib/fresh.ts";

const SUITE = new URL("./fixtures/fresh-suite.ts", import.meta.url).href;

describe("a benchmark suite in a process of its own (bench/lib/fresh.ts)", () => {
  it("given a suite's export and its options, when run, then its result comes back from another process and its log lines reach the caller", async () => {
    const lines: string[] = [];
    const result = await inFreshProcess<{ pid: number; doubled: number }>(
      SUITE,
      "echo",
      { value: 21 },
      (line) => lines.push(line),
    );
    expect(result.doubled).toBe(42);
    expect(result.pid).not.toBe(process.pid);
    expect(lines).toContain("echo 21");
  }, 60_000);

  it("given a suite that throws, when run, then the call fails, naming it, and the child's stack reaches the log", async () => {
    const lines: string[] = [];
    await expect(inFreshProcess(SUITE, "fail", {}, (line) => lines.push(line))).rejects.toThrow(
      /fail in a fresh process exited 1 without a result/,
    );
    expect(lines.join("\n")).toContain("the suite failed");
  }, 60_000);

  it("given an export that does not exist, when run, then the call fails", async () => {
    await expect(inFreshProcess(SUITE, "nothing", {})).rejects.toThrow(/exited 1/);
  }, 60_000);
});

/** Where a process's time went, from the V8 CPU profiles (`node --cpu-prof`) in a folder: by area and by function. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Areas, first match wins, by the script's URL (or V8's pseudo-frames). */
const AREAS: readonly (readonly [string, (url: string, name: string) => boolean])[] = [
  ["idle (waiting for I/O)", (_, name) => name === "(idle)"],
  ["garbage collection", (_, name) => name === "(garbage collector)"],
  [
    "engine/ (decide, evolve, recommend; rbush)",
    (url) => url.includes("/engine/") || url.includes("/rbush/") || url.includes("/@turf/"),
  ],
  ["adapters/nats/codec (protobuf mapping)", (url) => url.includes("/adapters/nats/codec/")],
  ["protobufjs", (url) => url.includes("protobufjs") || url.includes("/proto/gen/")],
  ["adapters/nats (service)", (url) => url.includes("/adapters/nats/")],
  ["NATS client (@nats-io)", (url) => url.includes("@nats-io")],
  ["Node.js internals (sockets, timers, streams)", (url) => url.startsWith("node:")],
  ["other JS", (url) => url !== ""],
  ["V8 and native (program)", () => true],
];

/** Self time per area and the top functions, over every .cpuprofile in `dir`, as Markdown. */
export function summariseProfiles(dir: string, name: string, top = 15): string {
  // CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile: thread 0 is the main thread (tsx's loader thread is another).
  const files = existsSync(dir)
    ? readdirSync(dir).filter((f) => f.endsWith(".cpuprofile") && f.split(".")[4] === "0")
    : [];
  if (files.length === 0) return `No CPU profile in ${dir}.`;
  const byArea = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(join(dir, file), "utf8")) as CpuProfile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, k) => {
      const us = profile.timeDeltas[k] ?? 0;
      const frame = nodes.get(id)?.callFrame;
      if (frame === undefined) return;
      total += us;
      const area = AREAS.find(([, test]) => test(frame.url, frame.functionName))?.[0] ?? "other";
      byArea.set(area, (byArea.get(area) ?? 0) + us);
      const where = frame.url === "" ? "" : ` ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
      const key = `${frame.functionName || "(anonymous)"}${where}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    });
  }
  const busy = total - (byArea.get("idle (waiting for I/O)") ?? 0);
  const line = (name: string, us: number) =>
    `| ${name} | ${(us / 1000).toFixed(0)} | ${((us / total) * 100).toFixed(1)}% | ${name.startsWith("idle") ? "" : `${((us / busy) * 100).toFixed(1)}%`} |`;
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return [
    `CPU profile of the ${name} process's main thread (${(total / 1e6).toFixed(1)} s sampled over its whole life, start-up included; busy ${(busy / 1e6).toFixed(1)} s):`,
    "",
    "| area | self ms | of all | of busy |",
    "| --- | ---: | ---: | ---: |",
    ...sorted(byArea).map(([name, us]) => line(name, us)),
    "",
    "| top functions (self time) | self ms | of all | of busy |",
    "| --- | ---: | ---: | ---: |",
    ...sorted(byFunction)
      .filter(([name]) => !name.startsWith("(idle)"))
      .slice(0, top)
      .map(([name, us]) => line(name.replace(/\|/g, "\\|"), us)),
  ].join("\n");
}

function shortUrl(url: string): string {
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) return url.slice(nm + "node_modules/".length);
  const repo = url.search(/\/(engine|adapters|bench|proto)\//);
  return repo >= 0 ? url.slice(repo + 1) : url;
}

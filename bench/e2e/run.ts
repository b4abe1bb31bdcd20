/**
 * The end-to-end benchmark from the command line:
 *   node --import tsx bench/e2e/run.ts [--quick] [--standby] [--auth | --auth-abba] [--seed N] [--profile DIR]
 * Prints a table, the notes, and as its last line the result as one JSON object. Progress goes to stderr.
 * --standby also times the engine with its standby snapshotter (`--data-dir`) in a quick run (the full run always does).
 * --auth runs with authentication (every process on its role's creds); --auth-abba runs four times, without
 * and with authentication in ABBA order, and prints both and the change (bench/e2e/auth.ts).
 * --profile DIR writes CPU profiles of the engine and pass-through processes there and prints where their time went.
 * CAD_E2E_ENGINE=path/to/script.ts runs that script in place of adapters/cli/main.ts as the engine (it gets
 * `serve --agency A --nats URL --no-clock --trust-input-time` and must print " leads term N " when ready), to
 * measure a change to the service against the same pass-through before it lands.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { runE2E, type E2EResult } from "./index.ts";
import { summariseProfiles } from "./profile.ts";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    standby: { type: "boolean", default: false },
    auth: { type: "boolean", default: false },
    "auth-abba": { type: "boolean", default: false },
    seed: { type: "string", default: "1" },
    profile: { type: "string" },
  },
});
// Ctrl-C or a kill ends the run through process.exit, so the service processes are stopped (processes.ts).
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));
const seed = Number(values.seed);
if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got "${values.seed}"`);
if (values.profile !== undefined) mkdirSync(values.profile, { recursive: true });

const result = await runE2E({
  quick: values.quick,
  seed,
  log: (line) => process.stderr.write(`${line}\n`),
  ...(values.standby && { shape: { standbyLatency: true } }),
  auth: values.auth,
  authAbba: values["auth-abba"],
  ...(values.profile !== undefined && { cpuProfileDir: values.profile }),
});
process.stdout.write(
  `${table(result)}\n\n${authTable(result)}${result.notes.map((n) => `- ${n}`).join("\n")}\n\n`,
);
if (values.profile !== undefined)
  for (const side of ["engine", "passthrough", ...(result.standbyAt1k === null ? [] : ["standby"])])
    process.stdout.write(`${summariseProfiles(join(values.profile, side), side)}\n\n`);
process.stdout.write(`${JSON.stringify(result)}\n`);

/** Without and with authentication, when compared (--auth-abba). */
function authTable(r: E2EResult): string {
  const c = r.auth;
  if (c === undefined) return "";
  const pct = (x: number) => `${x >= 0 ? "+" : ""}${x.toFixed(1)}%`;
  const side = (name: string, s: typeof c.with) =>
    `| ${name} | ${s.ratioVsPassthrough.toFixed(3)} | ${s.latencyAt1k.p99Ms.toFixed(2)} | ${s.latencyAt1k.samples} |`;
  return `${[
    `Without and with authentication, runs in ABBA order (${c.order.join(", ")}), each side's two runs pooled:`,
    "",
    "| authentication | engine / pass-through | p99 at 1,000/s (ms) | calls timed |",
    "| --- | ---: | ---: | ---: |",
    side("without", c.without),
    side("with", c.with),
    `| change | ${pct(c.ratioChangePct)} | ${pct(c.p99ChangePct)} | |`,
    "",
    `Saturation with authentication: engine ${pct(c.engineChangePct)}, pass-through ${pct(c.passthroughChangePct)}.`,
  ].join("\n")}\n\n`;
}

function table(r: E2EResult): string {
  const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : "n/a");
  const rate = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString("en-US") : "n/a");
  const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : "n/a");
  const met = (ok: boolean) => (ok ? "met" : "**not met**");
  const l = r.latencyAt1k;
  const p = r.passthroughLatencyAt1k;
  const o = r.openLoop;
  const rows = [
    "| measure | engine | pass-through | engine / pass-through | target |",
    "| --- | ---: | ---: | ---: | --- |",
    `| highest sustained rate: saturation, backlog <= 4,096 (inputs/s) | ${rate(r.engineMaxInputsPerS)} | ${rate(r.passthroughMaxInputsPerS)} | ${pct(r.ratioVsPassthrough)} | >= 80%: ${met(r.ratioVsPassthrough >= 0.8)} |`,
    `| highest rate kept up with, open loop (inputs/s) | ${rate(o?.engine ?? NaN)} | ${rate(o?.passthrough ?? NaN)} | ${pct(o?.ratio ?? NaN)} | ${o === null ? "not measured (quick run)" : ""} |`,
    `| service process CPU per input at saturation (us; ratio column: pass-through / engine) | ${r.cpuUsPerInput.engine.service.toFixed(0)} | ${r.cpuUsPerInput.passthrough.service.toFixed(0)} | ${pct(r.cpuUsPerInput.passthrough.service / r.cpuUsPerInput.engine.service)} | |`,
    `| call -> recommendation p50 at 1,000/s (ms) | ${ms(l.p50Ms)} | ${ms(p.p50Ms)} | | |`,
    `| call -> recommendation p99 at 1,000/s (ms) | ${ms(l.p99Ms)} | ${ms(p.p99Ms)} | | < 5 ms: ${met(l.p99Ms < 5)} |`,
    `| call -> recommendation p99.9 at 1,000/s (ms) | ${ms(l.p999Ms)} | ${ms(p.p999Ms)} | | |`,
    `| calls timed at 1,000/s | ${l.samples} | ${p.samples} | | |`,
  ];
  const byRate = [
    "| offered (inputs/s) | achieved | kept up | p50 ms | p99 ms | p99.9 ms | calls timed |",
    "| ---: | ---: | --- | ---: | ---: | ---: | ---: |",
    ...r.latencyByRate.map(
      (s) =>
        `| ${rate(s.rate)} | ${rate(s.achievedPerS)} | ${s.keptUp ? "yes" : "no"} | ${ms(s.p50Ms)} | ${ms(s.p99Ms)} | ${ms(s.p999Ms)} | ${s.samples} |`,
    ),
  ];
  const s = r.standbyAt1k;
  const withStandby =
    s === null
      ? []
      : [
          "",
          "",
          "Engine at 1,000/s without and with the standby snapshotter (`--data-dir`), same inputs, halves in ABBA order (plain, standby, standby, plain), each side's two halves pooled:",
          "",
          "| engine | p50 ms | p99 ms | p99.9 ms | calls timed | CPU per input (us) | snapshots written (MB; write ms) |",
          "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
          `| without | ${ms(l.p50Ms)} | ${ms(l.p99Ms)} | ${ms(l.p999Ms)} | ${l.samples} | ${s.cpuUsPerInput.without.toFixed(0)} | |`,
          `| with standby (every ${rate(s.snapshotEveryInputs)} inputs) | ${ms(s.latency.p50Ms)} | ${ms(s.latency.p99Ms)} | ${ms(s.latency.p999Ms)} | ${s.latency.samples} | ${s.cpuUsPerInput.withStandby.toFixed(0)} | ${s.snapshots.length}: ${s.snapshots.map((x) => `${x.mb.toFixed(1)}; ${x.writeMs}`).join(", ")} |`,
        ];
  return `${rows.join("\n")}\n\nEngine, call -> recommendation by offered rate (open loop):\n\n${byRate.join("\n")}${withStandby.join("\n")}`;
}

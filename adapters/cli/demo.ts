import { loadConfigFile } from "../config/index.ts";
import { InProcessCity, formatSummary } from "../sim/index.ts";

export interface DemoOptions {
  readonly speed: number;
  readonly hours: number;
  readonly seed: number;
  readonly callsPerHour: number;
  readonly configPath: string | undefined;
}

/** 2026-01-01T06:00:00Z: the demo's day starts here, so runs with one seed repeat exactly. */
const DEMO_START = Date.UTC(2026, 0, 1, 6, 0, 0);
const STEP_MS = 200;
const REPORT_EVERY_MS = 5000;

export async function runDemo(opts: DemoOptions): Promise<number> {
  for (const [name, value] of Object.entries({
    speed: opts.speed,
    hours: opts.hours,
    seed: opts.seed,
    "calls-per-hour": opts.callsPerHour,
  })) {
    if (Number.isNaN(value) || value < 0) throw new Error(`--${name} must be a number >= 0`);
  }
  const config = loadConfigFile(opts.configPath);
  const city = new InProcessCity(config, {
    seed: opts.seed,
    callsPerHour: opts.callsPerHour,
    start: DEMO_START,
  });
  const end = DEMO_START + opts.hours * 3_600_000;
  const report = () =>
    process.stdout.write(`${formatSummary(config, city.state, city.sim.view, city.rejections.length)}\n`);
  process.stdout.write(
    `cad-engine demo: city "Metro", ${city.state.units.size} units, ${opts.callsPerHour} calls/hour, seed ${opts.seed}, speed ${opts.speed === 0 ? "flat out" : `${opts.speed}x`}\n`,
  );

  if (opts.speed === 0) {
    if (!Number.isFinite(end)) throw new Error("--speed 0 needs --hours");
    city.runUntil(end);
    report();
    return finish(city);
  }
  let stop = false;
  const onSignal = () => (stop = true);
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  let lastReport = Date.now();
  while (!stop && city.simNow < end) {
    city.runUntil(Math.min(end, city.simNow + STEP_MS * opts.speed));
    if (Date.now() - lastReport >= REPORT_EVERY_MS) {
      report();
      lastReport = Date.now();
    }
    await new Promise((resolve) => setTimeout(resolve, STEP_MS));
  }
  report();
  return finish(city);
}

function finish(city: InProcessCity): number {
  for (const { input, rejection } of city.rejections.slice(0, 5)) {
    process.stdout.write(`   rejected ${input.kind} ${input.id}: ${rejection.code} ${rejection.reason}\n`);
  }
  return 0;
}

/**
 * What authentication costs end to end: the whole run (engine and pass-through on one nats-server)
 * without and with authentication, in ABBA order (without, with, with, without) on the same
 * workload, each side's two runs pooled. A drift over the four runs (the machine's other work, a
 * warming disk) then weighs on both sides alike, as in the standby's ABBA probe (phases.ts).
 */
import { median, summarise } from "./stats.ts";
import type { AuthComparison, AuthSideResult, E2EResult, RateRow } from "./types.ts";

/** One run's result and the latencies behind its `latencyAt1k` (to pool runs). */
export interface RunOnce {
  readonly result: E2EResult;
  readonly at1kLatenciesMs: readonly number[];
}

/** The order of the runs: `true` is with authentication. */
export const ABBA: readonly boolean[] = [false, true, true, false];

/** Each side's runs pooled: saturation rounds together (medians), latencies together (percentiles). */
export function poolSide(runs: readonly RunOnce[]): AuthSideResult {
  const engine = median(runs.flatMap((r) => r.result.saturation.rounds.engine));
  const passthrough = median(runs.flatMap((r) => r.result.saturation.rounds.passthrough));
  return {
    engineMaxInputsPerS: engine,
    passthroughMaxInputsPerS: passthrough,
    ratioVsPassthrough: engine / passthrough,
    latencyAt1k: summarise(runs.flatMap((r) => r.at1kLatenciesMs)),
    runs: runs.map((r) => ({ ratio: r.result.ratioVsPassthrough, p99Ms: r.result.latencyAt1k.p99Ms })),
  };
}

/** (after - before) / before, in percent. */
export const changePct = (before: number, after: number): number => ((after - before) / before) * 100;

export function compare(without: readonly RunOnce[], withAuth: readonly RunOnce[]): AuthComparison {
  const a = poolSide(without);
  const b = poolSide(withAuth);
  return {
    order: ABBA.map((auth) => (auth ? "with" : "without")),
    without: a,
    with: b,
    ratioChangePct: changePct(a.ratioVsPassthrough, b.ratioVsPassthrough),
    p99ChangePct: changePct(a.latencyAt1k.p99Ms, b.latencyAt1k.p99Ms),
    engineChangePct: changePct(a.engineMaxInputsPerS, b.engineMaxInputsPerS),
    passthroughChangePct: changePct(a.passthroughMaxInputsPerS, b.passthroughMaxInputsPerS),
  };
}

/**
 * The runs without authentication as one result (what the headline measures report: the same
 * figures, on twice the samples), with the comparison in `auth`.
 */
export function pooledResult(without: readonly RunOnce[], comparison: AuthComparison): E2EResult {
  const first = without[0];
  if (first === undefined) throw new Error("pooledResult: no run without authentication");
  const side = comparison.without;
  const l = side.latencyAt1k;
  const at1k = first.result.latencyByRate[0];
  const rounds = {
    engine: without.flatMap((r) => r.result.saturation.rounds.engine),
    passthrough: without.flatMap((r) => r.result.saturation.rounds.passthrough),
  };
  const row: RateRow[] =
    at1k === undefined
      ? []
      : [{ ...at1k, p50Ms: l.p50Ms, p99Ms: l.p99Ms, p999Ms: l.p999Ms, samples: l.samples }];
  return {
    ...first.result,
    engineMaxInputsPerS: side.engineMaxInputsPerS,
    passthroughMaxInputsPerS: side.passthroughMaxInputsPerS,
    ratioVsPassthrough: side.ratioVsPassthrough,
    latencyAt1k: l,
    latencyByRate: [...row, ...first.result.latencyByRate.slice(1)],
    saturation: {
      engine: side.engineMaxInputsPerS,
      passthrough: side.passthroughMaxInputsPerS,
      ratio: side.ratioVsPassthrough,
      rounds,
    },
    notes: [...first.result.notes, describeAuth(comparison)],
    auth: comparison,
  };
}

const pct = (x: number) => `${x >= 0 ? "+" : ""}${x.toFixed(1)}%`;

/** One note: both sides' figures and the change. */
export function describeAuth(c: AuthComparison): string {
  const side = (name: string, s: AuthSideResult) =>
    `${name}: ratio ${s.ratioVsPassthrough.toFixed(3)} (engine ${Math.round(s.engineMaxInputsPerS)} / pass-through ${Math.round(s.passthroughMaxInputsPerS)} inputs/s), p99 ${s.latencyAt1k.p99Ms.toFixed(2)} ms over ${s.latencyAt1k.samples} calls (runs: ${s.runs.map((r) => `${r.ratio.toFixed(3)}, ${r.p99Ms.toFixed(2)} ms`).join("; ")})`;
  return `Authentication, runs in ABBA order (${c.order.join(", ")}) on the same workload, each side's two runs pooled (figures above: the runs without): ${side("without", c.without)}; ${side("with", c.with)}; change with authentication: ratio ${pct(c.ratioChangePct)}, p99 ${pct(c.p99ChangePct)} (saturation: engine ${pct(c.engineChangePct)}, pass-through ${pct(c.passthroughChangePct)}).`;
}

/** Runs `runOnce` in ABBA order and pools each side; the result is the pooled runs without authentication. */
export async function compareAuth(
  runOnce: (auth: boolean) => Promise<RunOnce>,
  log: (line: string) => void,
): Promise<E2EResult> {
  const runs: { auth: boolean; run: RunOnce }[] = [];
  for (const [k, auth] of ABBA.entries()) {
    log(`e2e: run ${k + 1} of ${ABBA.length} (ABBA), ${auth ? "with" : "without"} authentication`);
    runs.push({ auth, run: await runOnce(auth) });
  }
  const of = (auth: boolean) => runs.filter((r) => r.auth === auth).map((r) => r.run);
  const comparison = compare(of(false), of(true));
  log(`e2e: ${describeAuth(comparison)}`);
  return pooledResult(of(false), comparison);
}

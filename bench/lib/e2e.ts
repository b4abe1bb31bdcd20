/**
 * The end-to-end load generator lives in bench/e2e/ (index.ts exports runE2E). The runner imports it at
 * run time, so that a generator that fails to load leaves the rest of the report standing and the report
 * says "e2e: not available" with the reason; the type check below still holds it to this interface.
 */
import type { runE2E as generatorRunE2E } from "../e2e/index.ts";

export interface E2ELatency {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly p999Ms: number;
}

export interface E2EResult {
  readonly engineMaxInputsPerS: number;
  readonly passthroughMaxInputsPerS: number;
  readonly ratioVsPassthrough: number;
  readonly latencyAt1k: E2ELatency & { readonly samples: number };
  readonly latencyByRate: readonly (E2ELatency & { readonly rate: number; readonly achievedPerS: number })[];
  readonly notes: readonly string[];
}

export type RunE2E = (opts: {
  quick: boolean;
  seed?: number;
  log?: (line: string) => void;
  /** Four runs, without and with authentication in ABBA order (bench/e2e/auth.ts). */
  authAbba?: boolean;
}) => Promise<E2EResult>;

type Holds<T extends true> = T;
/** Compile-time check: bench/e2e's runE2E takes and gives what the runner needs. */
export type GeneratorFits = Holds<typeof generatorRunE2E extends RunE2E ? true : false>;

/** The generator's entry point, or why there is none (`load` is for tests). */
export async function loadE2E(
  load: () => Promise<unknown> = () => import("../e2e/index.ts"),
  name = "bench/e2e/index.ts",
): Promise<{ runE2E: RunE2E } | { reason: string }> {
  try {
    const mod = (await load()) as { runE2E?: unknown };
    if (typeof mod.runE2E !== "function") return { reason: `${name} does not export runE2E` };
    return { runE2E: mod.runE2E as RunE2E };
  } catch (error) {
    return { reason: `${name} could not be loaded: ${(error as Error).message.split("\n")[0]}` };
  }
}

const finite = (x: unknown): boolean => typeof x === "number" && Number.isFinite(x);

/** What is wrong with a value that should be an E2EResult (undefined when nothing). */
export function e2eProblem(r: unknown): string | undefined {
  if (typeof r !== "object" || r === null) return "runE2E returned no object";
  const x = r as Partial<Record<keyof E2EResult, unknown>>;
  for (const key of ["engineMaxInputsPerS", "passthroughMaxInputsPerS", "ratioVsPassthrough"] as const)
    if (!finite(x[key])) return `runE2E returned ${key} = ${String(x[key])}`;
  const at1k = x.latencyAt1k as Partial<Record<string, unknown>> | undefined;
  if (at1k === undefined || !finite(at1k["p99Ms"])) return "runE2E returned no latencyAt1k.p99Ms";
  if (!Array.isArray(x.latencyByRate)) return "runE2E returned no latencyByRate";
  return undefined;
}

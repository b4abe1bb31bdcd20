import { describe, expect, it } from "vitest";
import { loadConfigFile } from "../../adapters/config/index.ts";
import { appendChunk, emptyPlan, planChunk } from "../../bench/e2e/record.ts";
import { Workload, type WorkloadOptions } from "../../bench/e2e/workload.ts";

const config = loadConfigFile();
const options: WorkloadOptions = {
  seed: 7,
  units: 600,
  // 40 s of engine time at 5 calls/s: long enough for crews to clear and incidents to close.
  liveInputs: 40_000,
  callShare: 0.005,
  stepMs: 1,
  agency: "e2eng",
};
const fingerprint = (w: Workload) =>
  w.inputs.map((i) => `${i.id} ${i.subject} ${i.at} ${Buffer.from(i.data).toString("hex")}`);

describe("the end-to-end benchmark's workload", () => {
  const workload = new Workload(config, options);
  const stats = workload.stats();

  it("is a roster then a live mix of calls, AVL, ticks and the dispatcher's and crews' inputs, none rejected", () => {
    expect(workload.rosterInputs).toBe(2 * options.units);
    expect(workload.inputs.slice(0, options.units).every((i) => i.kind === "AddUnit")).toBe(true);
    expect(stats.inputs).toBe(workload.rosterInputs + options.liveInputs);
    expect(stats.rejected).toBe(0);
    for (const kind of [
      "ReceiveCall",
      "UpdateUnitLocation",
      "Tick",
      "DispatchUnit",
      "UpdateUnitStatus",
      "CloseIncident",
    ])
      expect(stats.kinds[kind] ?? 0, kind).toBeGreaterThan(0);
    expect(stats.kinds["UpdateUnitLocation"]).toBeGreaterThan(stats.inputs / 2);
  });

  it("marks as latency samples exactly the calls that opened an incident, each with its outputs planned", () => {
    const marked = workload.inputs.filter((_, i) => workload.recommends[i] === 1);
    expect(marked.length).toBe(stats.recommendations);
    expect(marked.length).toBeGreaterThan(100);
    expect(marked.every((i) => i.kind === "ReceiveCall")).toBe(true);
    const { plan } = workload;
    expect(plan.start.length).toBe(workload.inputs.length + 1);
    workload.recommends.forEach((r, i) => {
      if (r !== 1) return;
      const subjects = [];
      for (let k = plan.start[i]!; k < plan.start[i + 1]!; k++)
        subjects.push(plan.subjects[plan.subject[k]!]);
      expect(subjects).toContain("evt.units.recommended");
    });
  });

  it("is the same for the same seed, different for another, and extending it equals building it longer", () => {
    const prefix = (w: Workload) => fingerprint(workload).slice(0, w.inputs.length);
    const shorter = new Workload(config, { ...options, liveInputs: 10_000 });
    expect(fingerprint(shorter)).toEqual(prefix(shorter));
    const other = new Workload(config, { ...options, seed: 8, liveInputs: 10_000 });
    expect(fingerprint(other)).not.toEqual(prefix(other));
    const extended = new Workload(config, { ...options, liveInputs: 4_000 });
    extended.extend(6_000);
    expect(fingerprint(extended)).toEqual(fingerprint(shorter));
    expect(extended.plan).toEqual(shorter.plan);
  });

  it("sends its plan in chunks that rebuild it exactly, and refuses a chunk that does not continue it", () => {
    const { plan } = workload;
    const rebuilt = emptyPlan();
    const total = plan.start.length - 1;
    for (let from = 0; from < total; from += 4000) {
      const to = Math.min(total, from + 4000);
      appendChunk(rebuilt, planChunk(plan, from, to, rebuilt.subjects.length));
    }
    expect(rebuilt).toEqual(plan);
    const fresh = emptyPlan();
    expect(() => appendChunk(fresh, planChunk(plan, 10, 20, 0))).toThrow(/does not continue/);
    expect(fresh).toEqual(emptyPlan());
  });
});

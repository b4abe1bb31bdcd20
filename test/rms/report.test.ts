import { describe, expect, it } from "vitest";
import {
  computeReport,
  formatReport,
  percentile,
  reportSvg,
  type MeasureRow,
} from "../../adapters/rms/index.ts";
import { T0, config, near, type InputBody } from "../support/scenario.ts";
import { applyAll, freshStore } from "./support/db.ts";
import { StreamBuilder } from "./support/stream.ts";

const AGENCY = "rep";
const s = (seconds: number) => T0 + seconds * 1000;

/**
 * Three incidents with every instant chosen by hand (seconds after T0):
 * INC-000001 fire (FIB, P1): received 0, answered 10, E1 dispatched 50, en route 120, on scene 320, clear 920;
 *   E2 dispatched 55, en route 145, on scene 395, clear 995.
 * INC-000002 EMS (MED, P1): received 100, answered 120, M1 dispatched 200, en route 250, on scene 550, transporting 850.
 * INC-000003 police (THEFT, P4): received 300, answered 305, P1 dispatched 400, en route 430, on scene 630.
 */
function scenario(): StreamBuilder {
  const b = new StreamBuilder(AGENCY);
  const go = (at: number, body: InputBody) => b.given(body, s(at));
  const units: [string, string, string][] = [
    ["E1", "engine", "metro-fire"],
    ["E2", "engine", "metro-fire"],
    ["M1", "medic", "metro-fire"],
    ["P1", "patrol", "metro-police"],
  ];
  for (const [unitId, unitType, agency] of units)
    go(-60, { kind: "AddUnit", unitId, unitType, agency, station: { id: `S-${unitId}`, ...near(500, 500) } });
  const call = (
    at: number,
    callId: string,
    callType: string,
    received: number,
    answered: number,
    east: number,
  ) =>
    go(at, {
      kind: "ReceiveCall",
      callId,
      callType,
      receivedAt: s(received),
      answeredAt: s(answered),
      ...near(east, 0),
    });
  const status = (at: number, unitId: string, to: string) =>
    go(at, { kind: "UpdateUnitStatus", unitId, status: to });
  const dispatch = (at: number, incidentId: string, unitId: string) =>
    go(at, { kind: "DispatchUnit", incidentId, unitId });
  call(20, "C1", "FIB", 0, 10, 0);
  dispatch(50, "INC-000001", "E1");
  dispatch(55, "INC-000001", "E2");
  status(120, "E1", "en_route");
  call(130, "C2", "MED", 100, 120, 2000);
  status(145, "E2", "en_route");
  dispatch(200, "INC-000002", "M1");
  status(250, "M1", "en_route");
  call(310, "C3", "THEFT", 300, 305, 4000);
  status(320, "E1", "on_scene");
  status(395, "E2", "on_scene");
  dispatch(400, "INC-000003", "P1");
  status(430, "P1", "en_route");
  status(550, "M1", "on_scene");
  status(630, "P1", "on_scene");
  status(850, "M1", "transporting");
  status(920, "E1", "available");
  status(995, "E2", "available");
  return b;
}

type Row = Pick<MeasureRow, "group" | "measure" | "n" | "p50" | "p90" | "targets" | "targeted" | "within">;
const row = (
  group: string,
  measure: MeasureRow["measure"],
  values: [number, number | null, number | null],
  targets: number[],
  targeted: number,
  within: number | null,
): Row => ({ group, measure, n: values[0], p50: values[1], p90: values[2], targets, targeted, within });

describe("the response-time report", () => {
  const builder = scenario();
  const store = () => {
    const st = freshStore(AGENCY);
    applyAll(st, builder.messages, [5]);
    return st;
  };

  it("takes percentiles by nearest rank", () => {
    expect(percentile([5, 10, 20], 0.5)).toBe(10);
    expect(percentile([5, 10, 20], 0.9)).toBe(20);
    expect(percentile([30, 50, 70, 90], 0.5)).toBe(50);
    expect(percentile([30, 50, 70, 90], 0.9)).toBe(90);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
  });

  it("gives the hand-computed p50, p90 and shares within target, overall and per priority", () => {
    const report = computeReport(store().db, config, s(-3600), s(3600));
    expect(report.incidents).toBe(3);
    // Added with issue 19: answer within 20 s (10, 20, 5: all within), the ALS unit M1's travel
    // (250 -> 550), FIB's full alarm (its plan asks 5 units, 2 arrived: outside, no interval),
    // and received -> first on scene against the priority's target (P1 420 s: 320 yes, 450 no;
    // P4 3600 s: 330 yes).
    expect(report.overall).toEqual([
      row("all", "answer", [3, 10, 20], [15], 3, 2 / 3),
      row("all", "answer_20", [3, 10, 20], [20], 3, 1),
      row("all", "processing", [3, 100, 100], [60], 2, 1 / 2),
      row("all", "turnout", [4, 50, 90], [60, 80], 3, 2 / 3),
      row("all", "travel", [4, 200, 300], [], 0, null),
      row("all", "first_engine_travel", [1, 200, 200], [240], 1, 1),
      row("all", "als_travel", [1, 300, 300], [480], 1, 1),
      row("all", "full_alarm_travel", [0, null, null], [480], 1, 0),
      row("all", "response", [3, 330, 450], [420, 3600], 3, 2 / 3),
      row("all", "on_scene", [3, 600, 600], [], 0, null),
    ]);
    expect(report.byPriority).toEqual([
      row("P1", "answer", [2, 10, 20], [15], 2, 1 / 2),
      row("P1", "answer_20", [2, 10, 20], [20], 2, 1),
      row("P1", "processing", [2, 50, 100], [60], 2, 1 / 2),
      row("P1", "turnout", [3, 70, 90], [60, 80], 3, 2 / 3),
      row("P1", "travel", [3, 250, 300], [], 0, null),
      row("P1", "first_engine_travel", [1, 200, 200], [240], 1, 1),
      row("P1", "als_travel", [1, 300, 300], [480], 1, 1),
      row("P1", "full_alarm_travel", [0, null, null], [480], 1, 0),
      row("P1", "response", [2, 320, 450], [420], 2, 1 / 2),
      row("P1", "on_scene", [3, 600, 600], [], 0, null),
      row("P4", "answer", [1, 5, 5], [15], 1, 1),
      row("P4", "answer_20", [1, 5, 5], [20], 1, 1),
      row("P4", "processing", [1, 100, 100], [], 0, null),
      row("P4", "turnout", [1, 30, 30], [], 0, null),
      row("P4", "travel", [1, 200, 200], [], 0, null),
      row("P4", "response", [1, 330, 330], [3600], 1, 1),
    ]);
    const fib = report.byType
      .filter((r) => r.group === "FIB Fire in Building")
      .map((r) => [r.measure, r.p50]);
    expect(fib).toEqual([
      ["answer", 10],
      ["answer_20", 10],
      ["processing", 50],
      ["turnout", 70],
      ["travel", 200],
      ["first_engine_travel", 200],
      ["full_alarm_travel", null],
      ["response", 320],
      ["on_scene", 600],
    ]);
  });

  it("counts only incidents received in the window", () => {
    const report = computeReport(store().db, config, s(60), s(3600));
    expect(report.incidents).toBe(2);
    expect(report.overall.find((r) => r.measure === "answer")?.n).toBe(2);
    expect(report.overall.find((r) => r.measure === "first_engine_travel")).toBeUndefined();
  });

  it("prints a Markdown table and an SVG chart with the targets", () => {
    const report = computeReport(store().db, config, s(-3600), s(3600));
    const text = formatReport(report);
    expect(text).toContain("| all | answer | 3 | 10.0 | 20.0 | 15 | 66.7% of 3 | **no** |");
    expect(text).toContain("| P1 | first_engine_travel | 1 | 200.0 | 200.0 | 240 | 100.0% of 1 | yes |");
    const svg = reportSvg(report);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("target 15 s");
    expect(svg).toContain("target 240 s");
    expect((svg.match(/<rect /g) ?? []).length).toBeGreaterThan(10);
  });
});

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG_PATH, loadConfigSource } from "../../adapters/config/index.ts";
import type { reportJson } from "../../adapters/rms/index.ts";
import {
  computeReport,
  formatReport,
  fullAlarmUnits,
  RmsStore,
  type MeasureRow,
} from "../../adapters/rms/index.ts";
import { reportOptionsOf } from "../../adapters/rms/report-cli.ts";
import { T0, config, near, type InputBody } from "../support/scenario.ts";
import { runCad } from "./support/child.ts";
import { applyAll, tempDir } from "./support/db.ts";
import { StreamBuilder } from "./support/stream.ts";

const AGENCY = "std";
const s = (seconds: number) => T0 + seconds * 1000;

/**
 * A small log with every instant chosen by hand (seconds after T0); calls are taken as answered.
 * - FIB (P1, full alarm: its plan asks 3 engines, a ladder and a chief = 5 units): received 0,
 *   answered 4; E1 E2 E3 L1 B1 dispatched 70, en route 80/82/83/84/85, on scene 300/350/400/450/520.
 *   Full alarm assembled: first en route 80 -> fifth arrival 520 = 440 s (within 480).
 *   Total response: 0 -> 300 = 300 s (P1 target 420: within).
 * - MED (P1): received 10, answered 16; A1 (BLS) and M1 (ALS) dispatched 75; A1 en route 80, on
 *   scene 200; M1 en route 81, on scene 621. ALS travel 540 s (outside 480). Response 190 s.
 * - 19 AID calls (P2), never dispatched: 16 answered in 5 s, one in 25 s, one in 30 s, one with no
 *   answer time (the intake did not give one).
 * Answer times: 4, 6, 5 x16, 25, 30 (20 calls): 18 of 20 within 15 s = 90% (NENA asks 90%: met);
 * 18 of 20 within 20 s = 90% (NENA asks 95%: not met).
 */
function scenario(): StreamBuilder {
  const b = new StreamBuilder(AGENCY);
  const go = (at: number, body: InputBody) => b.given(body, s(at));
  const units: [string, string][] = [
    ["E1", "engine"],
    ["E2", "engine"],
    ["E3", "engine"],
    ["L1", "ladder"],
    ["B1", "chief"],
    ["M1", "medic"],
    ["A1", "aid"],
  ];
  for (const [unitId, unitType] of units)
    go(-60, {
      kind: "AddUnit",
      unitId,
      unitType,
      agency: "metro-fire",
      station: { id: `S-${unitId}`, ...near(500, 500) },
    });
  const call = (callId: string, callType: string, received: number, answered: number | null, east: number) =>
    go(answered ?? received, {
      kind: "ReceiveCall",
      callId,
      callType,
      receivedAt: s(received),
      ...(answered !== null && { answeredAt: s(answered) }),
      ...near(east, 0),
    });
  const status = (at: number, unitId: string, to: string) =>
    go(at, { kind: "UpdateUnitStatus", unitId, status: to });
  const dispatch = (at: number, incidentId: string, unitId: string) =>
    go(at, { kind: "DispatchUnit", incidentId, unitId });
  call("C-FIB", "FIB", 0, 4, 0);
  call("C-MED", "MED", 10, 16, 3000);
  for (let k = 1; k <= 19; k++) {
    const answered = k <= 16 ? 20 + k + 5 : k === 17 ? 20 + k + 25 : k === 18 ? 20 + k + 30 : null;
    call(`C-AID-${k}`, "AID", 20 + k, answered, 6000 + k * 1500);
  }
  for (const u of ["E1", "E2", "E3", "L1", "B1"]) dispatch(70, "INC-000001", u);
  dispatch(75, "INC-000002", "A1");
  dispatch(75, "INC-000002", "M1");
  status(80, "A1", "en_route");
  status(80, "E1", "en_route");
  status(81, "M1", "en_route");
  status(82, "E2", "en_route");
  status(83, "E3", "en_route");
  status(84, "L1", "en_route");
  status(85, "B1", "en_route");
  status(200, "A1", "on_scene");
  status(300, "E1", "on_scene");
  status(350, "E2", "on_scene");
  status(400, "E3", "on_scene");
  status(450, "L1", "on_scene");
  status(520, "B1", "on_scene");
  status(621, "M1", "on_scene");
  return b;
}
const pick = (rows: readonly MeasureRow[], group: string, measure: string) =>
  rows.find((r) => r.group === group && r.measure === measure);

const messages = scenario().messages;

/** A records database of the log in a fresh directory. */
function database(): string {
  const path = join(tempDir(), "records.sqlite");
  const store = RmsStore.open(path, AGENCY);
  applyAll(store, messages, [7]);
  store.close();
  return path;
}

describe("the report against NENA, NFPA 1710 and each priority's target", () => {
  const open = (path = database()) => RmsStore.open(path, AGENCY);

  it("gives the hand-computed answer, ALS, full-alarm and total response figures", () => {
    const store = open();
    const report = computeReport(store.db, config, s(-3600), s(3600));
    store.close();
    expect(report.incidents).toBe(21);
    expect(report.calls).toEqual({ received: 21, withAnswerTime: 20 });
    expect(report.fullAlarms).toEqual({ incidents: 1, assembled: 1 });
    // Sorted answers: 4, 5 x16, 6, 25, 30: p50 rank 10 = 5, p90 rank 18 = 6.
    expect(pick(report.overall, "all", "answer")).toMatchObject({ n: 20, p50: 5, p90: 6, within: 0.9 });
    expect(pick(report.overall, "all", "answer_20")).toMatchObject({
      n: 20,
      targets: [20],
      targeted: 20,
      within: 0.9,
    });
    expect(pick(report.overall, "all", "als_travel")).toMatchObject({
      n: 1,
      p50: 540,
      targets: [480],
      within: 0,
    });
    expect(pick(report.overall, "all", "full_alarm_travel")).toMatchObject({
      n: 1,
      p50: 440,
      targets: [480],
      within: 1,
    });
    // Response: FIB 300 s, MED 190 s, both P1 (target 420); the AID incidents never had a unit on scene.
    expect(pick(report.byPriority, "P1", "response")).toMatchObject({
      n: 2,
      p50: 190,
      p90: 300,
      targets: [420],
      within: 1,
    });
    expect(pick(report.byPriority, "P2", "response")).toBeUndefined();
    const text = formatReport(report);
    expect(text).toContain("| all | answer | 20 | 5.0 | 6.0 | 15 | 90.0% of 20 | yes |");
    expect(text).toContain("| all | answer_20 | 20 | 5.0 | 6.0 | 20 | 90.0% of 20 | **no** |");
    expect(text).toContain("Answer times: 20 of 21 calls carry one");
  });

  it("counts a full alarm that never assembled as outside the target", () => {
    const store = open();
    // Before B1 (the fifth unit) arrived, the report of the same incident has no assembly.
    store.db.prepare("UPDATE assignments SET on_scene_at = NULL WHERE unit_id = 'B1'").run();
    const report = computeReport(store.db, config, s(-3600), s(3600));
    store.close();
    expect(report.fullAlarms).toEqual({ incidents: 1, assembled: 0 });
    expect(pick(report.overall, "all", "full_alarm_travel")).toMatchObject({
      n: 0,
      p50: null,
      targeted: 1,
      within: 0,
    });
  });

  it("identifies full alarms by the plan's size, or by the call types the config lists", () => {
    expect(fullAlarmUnits(config, "FIB")).toBe(5);
    expect(fullAlarmUnits(config, "AFA")).toBe(0);
    expect(fullAlarmUnits(config, "SHOTS")).toBe(0);
    expect(fullAlarmUnits(config, "AFA", { fullAlarm: { callTypes: ["AFA"] } })).toBe(2);
    expect(fullAlarmUnits(config, "FIB", { fullAlarm: { callTypes: ["AFA"] } })).toBe(0);
    expect(fullAlarmUnits(config, "AFA", { fullAlarm: { minUnits: 2 } })).toBe(2);
    const dir = tempDir();
    const file = join(dir, "agency.yaml");
    const base = loadConfigSource(SEATTLE_CONFIG);
    writeFileSync(file, `${readDefault()}\nreports: { fullAlarm: { callTypes: [Auto Fire Alarm] } }\n`);
    expect(reportOptionsOf(file)).toEqual({ fullAlarm: { callTypes: ["Auto Fire Alarm"] } });
    // The adapters' blocks are not the engine's: the configuration the log records is unchanged.
    expect(loadConfigSource(file).hash).toBe(base.hash);
    writeFileSync(file, readDefault().replace("  k: 5\n", "  k: 7\n"));
    expect(readFileSync(file, "utf8")).toContain("  k: 7\n");
    expect(loadConfigSource(file).hash).toBe(base.hash);
    writeFileSync(file, `${readDefault()}\nreports: { fullAlarms: [AFA] }\n`);
    expect(() => reportOptionsOf(file)).toThrow(/reports.fullAlarms: unknown key/);
  });

  it("gives every table as JSON from the command line", () => {
    const path = database();
    const r = runCad([
      "rms",
      "report",
      "--db",
      path,
      "--agency",
      AGENCY,
      "--from",
      new Date(s(-3600)).toISOString(),
      "--to",
      new Date(s(3600)).toISOString(),
      "--format",
      "json",
    ]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as ReturnType<typeof reportJson> & {
      tables: Record<string, { group: string; measure: string; p50: number; meets: boolean }[]>;
    };
    expect(Object.keys(json.tables)).toEqual(["overall", "byPriority", "byType"]);
    expect(json["incidents"]).toBe(21);
    const full = json.tables["overall"]?.find((row) => row.measure === "full_alarm_travel");
    expect(full).toMatchObject({ p50: 440, meets: true, share: 0.9 });
    const answer20 = json.tables["byPriority"]?.find(
      (row) => row.group === "P2" && row.measure === "answer_20",
    );
    // P2: the 18 answered AID calls, 16 within 20 s = 88.9%.
    expect(answer20).toMatchObject({ n: 18, meets: false, share: 0.95 });
    expect(json.tables["byType"]?.some((row) => row.group === "FIB Fire in Building")).toBe(true);
  });
});

// Seattle Fire's config names no zones file, so a copy of it loads from any directory.
const SEATTLE_CONFIG = join(dirname(DEFAULT_CONFIG_PATH), "seattle-fire.yaml");
const readDefault = () => readFileSync(SEATTLE_CONFIG, "utf8");

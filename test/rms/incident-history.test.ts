import { describe, expect, it } from "vitest";
import { readIncidentRecord } from "../../adapters/rms/index.ts";
import { T0, call, near, unit, type InputBody } from "../support/scenario.ts";
import { applyAll, freshStore } from "./support/db.ts";
import { StreamBuilder } from "./support/stream.ts";

const AGENCY = "hist";

/** The engine's and the records database's timelines of every incident, after the inputs. */
function histories(...bodies: InputBody[]) {
  const builder = new StreamBuilder(AGENCY);
  bodies.forEach((body, i) => {
    const r = builder.apply(body, T0 + i * 1000);
    if (r.rejection !== null) throw new Error(`${body.kind}: ${r.rejection.code}`);
  });
  const store = freshStore(AGENCY);
  applyAll(store, builder.messages);
  const rms = new Map<string, string[]>();
  const engine = new Map<string, string[]>();
  for (const incident of builder.state.incidents.values()) {
    engine.set(
      incident.id,
      incident.timeline.map((t) => t.what),
    );
    rms.set(incident.id, readIncidentRecord(store.db, incident.id)?.timeline.map((t) => t.text) ?? []);
  }
  return { engine, rms, store, state: builder.state };
}

describe("the records database's timeline of incidents that were linked or split", () => {
  it("a link is in the timeline of both incidents, in the RMS as in the engine", () => {
    const { engine, rms } = histories(
      call("C1", "THEFT", near(0, 0), { receivedAt: T0 }),
      call("C2", "THEFT", near(20_000, 0), { receivedAt: T0 + 1000 }),
      { kind: "LinkIncidents", incidentId: "INC-000001", otherIncidentId: "INC-000002" },
    );
    expect(rms.get("INC-000001")).toContain("linked with INC-000002");
    expect(rms.get("INC-000002")).toContain("linked with INC-000001");
    expect(rms).toEqual(engine);
  });

  it("a split is in the timeline of the incident the call left, in the RMS as in the engine", () => {
    const { engine, rms } = histories(
      call("C1", "THEFT", near(0, 0), { receivedAt: T0 }),
      call("C2", "THEFT", near(50, 0), { receivedAt: T0 + 1000 }),
      { kind: "SplitCall", callId: "C2" },
    );
    expect(rms.get("INC-000001")).toContain("call C2 split off to INC-000002");
    expect(rms.get("INC-000002")).toContain("created as THEFT priority 4 (split from INC-000001)");
    expect(rms).toEqual(engine);
  });
});

describe("the records database of a reopened incident", () => {
  it("keeps the first clearance and closure beside the new clearance, in its times, status history and timeline, as the engine does", () => {
    const { engine, rms, store, state } = histories(
      unit("E1", "engine"),
      call("C1", "AFAR", near(), { receivedAt: T0 }),
      { kind: "DispatchUnit", incidentId: "INC-000001", unitId: "E1" },
      { kind: "UpdateUnitStatus", unitId: "E1", status: "on_scene" },
      { kind: "ClearIncident", incidentId: "INC-000001" },
      { kind: "CloseIncident", incidentId: "INC-000001", disposition: "REPORT" },
      { kind: "ReopenIncident", incidentId: "INC-000001", reason: "caller rang back" },
      { kind: "DispatchUnit", incidentId: "INC-000001", unitId: "E1" },
      { kind: "UpdateUnitStatus", unitId: "E1", status: "on_scene" },
      { kind: "ClearIncident", incidentId: "INC-000001" },
    );
    const record = readIncidentRecord(store.db, "INC-000001");
    expect(record?.times).toMatchObject({
      firstClearedAt: T0 + 4000,
      firstClosedAt: T0 + 5000,
      clearedAt: T0 + 9000,
      closedAt: null,
    });
    expect(record?.times).toEqual(state.incidents.get("INC-000001")?.times);
    const cleared = store.db
      .prepare("SELECT at FROM incident_status WHERE incident_id = ? AND to_status = 'cleared' ORDER BY at")
      .pluck()
      .all("INC-000001");
    expect(cleared).toEqual([T0 + 4000, T0 + 9000]);
    expect(rms.get("INC-000001")?.filter((t) => t.startsWith("on_scene -> cleared"))).toHaveLength(2);
    expect(rms).toEqual(engine);
  });
});

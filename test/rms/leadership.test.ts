import { describe, expect, it } from "vitest";
import { T0, call, near, unit } from "../support/scenario.ts";
import { applyAll, freshStore } from "./support/db.ts";
import { StreamBuilder } from "./support/stream.ts";

describe("the records database and the engine's leadership", () => {
  it("given leadership changes among incident inputs, when the RMS records the stream, then each change is one leadership_changed alert row, no incident is touched and no issue is raised", () => {
    const builder = new StreamBuilder("ops");
    const bodies = [
      { kind: "ClaimLeadership", term: 1, replica: "r1" },
      unit("E1", "engine"),
      call("C1", "AFAR", near(), { receivedAt: T0 + 2000 }),
      { kind: "ClaimLeadership", term: 2, replica: "r2" },
      { kind: "ClaimLeadership", term: 2, replica: "r3" }, // stale: a rejection row
    ] as const;
    bodies.forEach((body, i) => builder.apply(body, T0 + (i + 1) * 1000));
    const store = freshStore("ops");
    applyAll(store, builder.messages);

    const alerts = store.db
      .prepare("SELECT input_seq, kind, incident_id, unit_id, at, detail FROM alerts ORDER BY input_seq")
      .all() as { detail: string }[];
    expect(alerts.map((a) => ({ ...a, detail: JSON.parse(a.detail) as unknown }))).toEqual([
      {
        input_seq: 1,
        kind: "leadership_changed",
        incident_id: null,
        unit_id: null,
        at: T0 + 1000,
        detail: { term: 1, replica: "r1", claimId: "in-1", previousTerm: 0, previousReplica: "" },
      },
      {
        input_seq: 4,
        kind: "leadership_changed",
        incident_id: null,
        unit_id: null,
        at: T0 + 4000,
        detail: { term: 2, replica: "r2", claimId: "in-4", previousTerm: 1, previousReplica: "r1" },
      },
    ]);
    expect(store.db.prepare("SELECT input_seq, input_kind, code, field FROM rejections").all()).toEqual([
      { input_seq: 5, input_kind: "ClaimLeadership", code: "STALE_TERM", field: "term" },
    ]);
    expect(store.db.prepare("SELECT count(*) AS n FROM timeline").get()).toEqual({ n: 1 });
    expect(store.db.prepare("SELECT * FROM issues").all()).toEqual([]);
  });
});

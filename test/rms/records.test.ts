import { describe, expect, it } from "vitest";
import { canonicalDump, readIncidentRecord, type StreamMessage } from "../../adapters/rms/index.ts";
import { mulberry32 } from "../../adapters/sim/index.ts";
import { ASSIGNED_STATUSES } from "../../engine/index.ts";
import { T0 } from "../support/scenario.ts";
import { workload } from "../support/workload.ts";
import { applyAll, freshStore } from "./support/db.ts";
import { richLog } from "./support/rich-log.ts";

const AGENCY = "rec";
const log = richLog({
  agency: AGENCY,
  seed: 11,
  hours: 2,
  prefix: workload(300, 5, (i) => T0 + i * 100),
});

const sortedStrings = (list: readonly string[]) => [...list].sort();

describe("the records database built from an event stream", () => {
  it("holds every incident, call and unit as the engine's own state has them", () => {
    const store = freshStore(AGENCY);
    applyAll(store, log.messages, [3, 7, 300, 64, 1000]);
    expect(store.lastSeq).toBe(log.messages.length);
    const kinds = new Set(log.inputs.map((i) => i.kind));
    for (const kind of [
      "MergeIncidents",
      "LinkIncidents",
      "SplitCall",
      "ReassignUnit",
      "AddNote",
      "ReopenIncident",
    ])
      expect(kinds, kind).toContain(kind);

    expect(store.db.prepare("SELECT count(*) FROM incidents").pluck().get()).toBe(log.state.incidents.size);
    for (const incident of log.state.incidents.values()) {
      const record = readIncidentRecord(store.db, incident.id);
      expect(record, incident.id).toBeDefined();
      if (record === undefined) continue;
      expect({
        callType: record.callType,
        priority: record.priority,
        status: record.status,
        lon: record.lon,
        lat: record.lat,
        address: record.address,
        zone: record.zone,
        times: record.times,
        disposition: record.disposition,
        mergedInto: record.mergedInto?.incidentId ?? null,
        mergedFrom: record.mergedFrom.map((m) => m.incidentId),
        links: record.links.map((l) => l.incidentId),
        calls: sortedStrings(record.calls.map((c) => c.id)),
        units: sortedStrings(
          record.assignments
            .filter((a) => a.releasedAt === null && a.incidentId === incident.id)
            .map((a) => a.unitId),
        ),
        notes: record.notes,
        timeline: record.timeline.map((t) => ({ at: t.at, what: t.text })),
      }).toEqual({
        callType: incident.callType,
        priority: incident.priority,
        status: incident.status,
        lon: incident.lon,
        lat: incident.lat,
        address: incident.address,
        zone: incident.zone,
        times: incident.times,
        disposition: incident.disposition,
        mergedInto: incident.mergedInto,
        mergedFrom: incident.mergedFrom,
        links: incident.links,
        calls: sortedStrings(incident.callIds),
        units: sortedStrings(incident.unitIds),
        notes: incident.notes,
        timeline: incident.timeline,
      });
    }
    for (const call of log.state.calls.values()) {
      const row = store.db.prepare("SELECT incident_id, flags FROM calls WHERE id = ?").get(call.id) as
        { incident_id: string; flags: string } | undefined;
      expect(row, call.id).toEqual({ incident_id: call.incidentId, flags: JSON.stringify(call.flags) });
    }
    for (const unit of log.state.units.values()) {
      const row = store.db
        .prepare("SELECT status, incident_id, unit_type, agency FROM units WHERE id = ?")
        .get(unit.id);
      expect(row, unit.id).toEqual({
        status: unit.status,
        incident_id: unit.incidentId,
        unit_type: unit.type,
        agency: unit.agency,
      });
      const open = store.db
        .prepare("SELECT count(*) FROM assignments WHERE unit_id = ? AND released_at IS NULL")
        .pluck()
        .get(unit.id);
      expect(open, unit.id).toBe(ASSIGNED_STATUSES.has(unit.status) ? 1 : 0);
    }
    const rejected = log.messages.filter((m) => m.subject.endsWith(".rejected")).length;
    expect(store.db.prepare("SELECT count(*) FROM rejections").pluck().get()).toBe(rejected);
    expect(store.db.prepare("SELECT count(*) FROM issues").pluck().get()).toBe(0);
  });

  it("keeps each interval once: one per answered call, per dispatched incident, per unit movement", () => {
    const store = freshStore(AGENCY);
    applyAll(store, log.messages, [500]);
    const count = (sql: string) => store.db.prepare(sql).pluck().get() as number;
    expect(count("SELECT count(*) FROM intervals WHERE kind = 'answer'")).toBe(
      count("SELECT count(*) FROM calls WHERE answered_at IS NOT NULL"),
    );
    expect(count("SELECT count(*) FROM intervals WHERE kind = 'processing'")).toBe(
      count("SELECT count(*) FROM incidents WHERE first_dispatched_at IS NOT NULL AND merged_into IS NULL"),
    );
    expect(count("SELECT count(*) FROM intervals WHERE kind = 'turnout'")).toBe(
      count("SELECT count(*) FROM assignments WHERE en_route_at IS NOT NULL"),
    );
    expect(count("SELECT count(*) FROM intervals WHERE kind = 'travel'")).toBe(
      count("SELECT count(*) FROM assignments WHERE en_route_at IS NOT NULL AND on_scene_at IS NOT NULL"),
    );
    expect(count("SELECT count(*) FROM intervals WHERE seconds < 0")).toBe(0);
    expect(count("SELECT count(*) FROM intervals WHERE kind = 'travel'")).toBeGreaterThan(30);
  });

  it("gives the same records whatever the batch sizes", () => {
    const one = freshStore(AGENCY, "a.sqlite");
    const other = freshStore(AGENCY, "b.sqlite");
    applyAll(one, log.messages, [1000]);
    applyAll(other, log.messages, [1, 13, 200, 7, 501, 64]);
    expect(canonicalDump(other.db)).toEqual(canonicalDump(one.db));
  });

  it("changes nothing when messages are delivered again, in any order, or an output comes back at a new sequence", () => {
    const reference = freshStore(AGENCY, "ref.sqlite");
    applyAll(reference, log.messages);
    const store = freshStore(AGENCY, "redelivered.sqlite");
    const random = mulberry32(99);
    let redelivered = 0;
    for (let i = 0; i < log.messages.length;) {
      const size = 1 + Math.floor(random() * 400);
      // Each batch brings some already-applied messages back first, as a redelivery after ack_wait would.
      const back = log.messages.slice(Math.max(0, i - Math.floor(random() * 300)), i);
      const shuffled = [...back].sort(() => random() - 0.5);
      const result = store.applyBatch([...shuffled, ...log.messages.slice(i, i + size)]);
      expect(result.gap).toBeNull();
      expect(result.duplicates).toBe(shuffled.length);
      redelivered += shuffled.length;
      i += size;
    }
    expect(redelivered).toBeGreaterThan(1000);
    expect(canonicalDump(store.db)).toEqual(canonicalDump(reference.db));

    // An engine re-publishing outputs after its duplicate window: same outputs, new stream sequences.
    const replays: StreamMessage[] = log.messages
      .filter((_, i) => i % 97 === 0)
      .map((m, k) => ({ ...m, seq: log.messages.length + 1 + k }));
    const result = store.applyBatch(replays);
    const outputsReplayed = replays.filter((m) => !m.subject.startsWith(`cad.${AGENCY}.unit.`)).length;
    expect(result).toEqual({ applied: 0, duplicates: outputsReplayed, gap: null });
    const withoutBookkeeping = (lines: string[]) => {
      const out: string[] = [];
      let skip = false;
      for (const line of lines) {
        if (line.startsWith("# ")) skip = line.startsWith("# issues") || line.startsWith("# position");
        if (!skip) out.push(line);
      }
      return out;
    };
    expect(withoutBookkeeping(canonicalDump(store.db))).toEqual(
      withoutBookkeeping(canonicalDump(reference.db)),
    );
    expect(
      store.db.prepare("SELECT count(*) FROM issues WHERE kind = 'duplicate_output'").pluck().get(),
    ).toBe(outputsReplayed);
  });

  it("stops at a gap in the stream, and records it when told the messages are gone", () => {
    const store = freshStore(AGENCY);
    const [first, second, third] = log.messages;
    if (first === undefined || second === undefined || third === undefined) throw new Error("short log");
    expect(store.applyBatch([first, third])).toEqual({
      applied: 1,
      duplicates: 0,
      gap: { expected: 2, got: 3 },
    });
    expect(store.lastSeq).toBe(1);
    store.acceptGap(3, "deleted from the stream");
    expect(store.applyBatch([third]).gap).toBeNull();
    expect(store.lastSeq).toBe(3);
    expect(store.db.prepare("SELECT kind, detail FROM issues").get()).toEqual({
      kind: "gap",
      detail: "stream sequences 2..2 are missing: deleted from the stream",
    });
  });

  it("records messages it cannot read as issues and moves on", () => {
    const store = freshStore(AGENCY);
    const bad: StreamMessage[] = [
      { seq: 1, subject: `cad.${AGENCY}.evt.call.received`, data: new Uint8Array([0xff, 0xff, 0xff]) },
      { seq: 2, subject: `cad.other.evt.call.received`, data: new Uint8Array() },
      { ...(log.messages[0] as StreamMessage), seq: 3 },
    ];
    expect(store.applyBatch(bad)).toEqual({ applied: 1, duplicates: 0, gap: null });
    const issues = store.db.prepare("SELECT stream_seq, kind FROM issues ORDER BY stream_seq").all();
    expect(issues).toEqual([
      { stream_seq: 1, kind: "undecodable" },
      { stream_seq: 2, kind: "foreign_subject" },
    ]);
  });
});

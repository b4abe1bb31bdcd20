import { describe, expect, it } from "vitest";
import {
  deserialiseState,
  serialiseState,
  STATE_FORMAT_VERSION,
  type IncomingIncidentReceived,
} from "../../engine/index.ts";
import { eidoExample, eidoTrackingId } from "../../adapters/nats/index.ts";
import { editedSource } from "../support/configs.ts";
import { Scenario, T0, near, unit, type InputBody } from "../support/scenario.ts";

const NEIGHBOUR = "psap.neighbour.example";
const ID = eidoTrackingId("N-000042", NEIGHBOUR);
const MIN = 60_000;

const eido = (opts: Parameters<typeof eidoExample>[0] = {}): InputBody => ({
  kind: "ReceiveEido",
  document: JSON.stringify(eidoExample({ updatedAt: T0 - MIN, ...opts })),
});

/** The default configuration with `eido.callTypes: {Fire: FIB}` and UNK for any other type. */
const mapped = editedSource((doc) => {
  (doc as Record<string, unknown>)["eido"] = { callTypes: { Fire: "FIB" }, defaultCallType: "UNK" };
}).config;

describe("ReceiveEido: another agency's incident arrives as an incoming incident", () => {
  it("given nothing, when a neighbour's EIDO arrives, then a pending incoming incident names the sender and keeps its tracking id, calls, place, notes, units and links", () => {
    const s = new Scenario();
    const r = s.when(eido());
    expect(r.rejection).toBeNull();
    expect(r.events).toHaveLength(1);
    const e = r.events[0] as IncomingIncidentReceived;
    expect(e).toMatchObject({
      type: "IncomingIncidentReceived",
      trackingId: ID,
      senderAgency: NEIGHBOUR,
      updatedAt: T0 - MIN,
    });
    expect(e.detail).toEqual({
      callType: "Fire",
      address: "1201 3rd Ave, Seattle — Café lobby",
      lon: -122.335167,
      lat: 47.608013,
      calls: [
        {
          id: `urn:emergency:uid:callid:N-000042-1:${NEIGHBOUR}`,
          receivedAt: T0 - 2 * MIN,
          answeredAt: null,
          callerNumber: "+12065550188",
        },
      ],
      notes: [{ at: T0 - MIN, author: "", text: "Smoke from the 3rd floor 😟" }],
      units: [{ name: "E5", type: "engine" }],
      links: [eidoTrackingId("N-000041", NEIGHBOUR)],
    });
    expect(s.state.incoming.get(ID)).toMatchObject({
      status: "pending",
      incidentId: null,
      senderAgency: NEIGHBOUR,
    });
    // Not yet ours: no incident, nothing in the queue.
    expect(s.state.incidents.size).toBe(0);
    expect(s.state.pending).toEqual([]);
  });

  it("given an incoming incident, when the same version or an older one arrives, then it is STALE_EIDO and nothing changes", () => {
    const s = new Scenario().given(eido({ notes: ["v2"], updatedAt: T0 - MIN }));
    const before = s.snapshot();
    for (const body of [eido({ notes: ["v2"] }), eido({ notes: ["v1"], updatedAt: T0 - 2 * MIN })]) {
      const r = s.when(body);
      expect(r.rejection?.code).toBe("STALE_EIDO");
      expect(r.rejection?.reason).toContain("is not newer");
      expect(r.events).toEqual([]);
    }
    const incomingOf = (text: string) => (JSON.parse(text) as { incoming: unknown }).incoming;
    expect(incomingOf(s.snapshot())).toEqual(incomingOf(before));
  });

  it("given a pending incoming incident, when a newer version arrives, then the incoming incident is updated", () => {
    const s = new Scenario().given(eido());
    const r = s.when(
      eido({ updatedAt: T0, notes: ["Smoke from the 3rd floor 😟", "Fire through the roof"] }),
    );
    expect(r.rejection).toBeNull();
    expect(r.events.map((e) => e.type)).toEqual(["IncomingIncidentUpdated"]);
    const incoming = s.state.incoming.get(ID);
    expect(incoming?.updatedAt).toBe(T0);
    expect(incoming?.detail.notes.map((n) => n.text)).toEqual([
      "Smoke from the 3rd floor 😟",
      "Fire through the roof",
    ]);
  });

  it("when a document lacks what the engine needs, then it is INVALID_EIDO naming the path", () => {
    const s = new Scenario();
    const doc = eidoExample();
    delete doc["lastUpdateTimeStamp"];
    const r = s.when({ kind: "ReceiveEido", document: JSON.stringify(doc) });
    expect(r.rejection).toMatchObject({ code: "INVALID_EIDO", field: "document" });
    expect(r.rejection?.reason).toMatch(/^\/lastUpdateTimeStamp: /);
    expect(s.when({ kind: "ReceiveEido", document: "not json" }).rejection?.code).toBe("INVALID_EIDO");
    expect(s.when({ kind: "ReceiveEido", document: "" }).rejection?.code).toBe("MISSING_FIELD");
    expect(s.state.incoming.size).toBe(0);
  });

  it("given an incoming incident from one agency, when another agency sends a version with the same tracking id, then it is refused", () => {
    const s = new Scenario().given(eido());
    const other = eidoExample({ updatedAt: T0 });
    other["updatedByAgencyReference"] = { $ref: "psap.elsewhere.example" };
    const r = s.when({ kind: "ReceiveEido", document: JSON.stringify(other) });
    expect(r.rejection?.code).toBe("INVALID_EIDO");
    expect(r.rejection?.reason).toContain(`came from ${NEIGHBOUR}`);
  });
});

describe("AcceptIncoming: the dispatcher takes a neighbour's incident", () => {
  it("given a pending incoming Fire, when the dispatcher accepts it, then it is our incident of the mapped type, with the sender's call, place, notes and units", () => {
    const s = new Scenario(mapped).given(unit("E10", "engine"), eido());
    const r = s.when({ kind: "AcceptIncoming", trackingId: ID });
    expect(r.rejection).toBeNull();
    const types = r.events.map((e) => e.type);
    expect(types.slice(0, 6)).toEqual([
      "IncomingIncidentAccepted",
      "CallReceived",
      "IncidentCreated",
      "CallAttached",
      "NoteAdded",
      "NoteAdded",
    ]);
    expect(types).toContain("UnitsRecommended");
    const incident = s.incident("INC-000001");
    expect(incident).toMatchObject({
      callType: "FIB",
      status: "pending",
      lon: -122.335167,
      lat: 47.608013,
      address: "1201 3rd Ave, Seattle — Café lobby",
      callIds: ["INC-000001-E1"],
    });
    expect(incident.times.receivedAt).toBe(T0 - 2 * MIN);
    expect(s.state.calls.get("INC-000001-E1")).toMatchObject({ callerNumber: "+12065550188" });
    expect(incident.notes.map((n) => [n.author, n.text])).toEqual([
      [
        NEIGHBOUR,
        `Handed over by ${NEIGHBOUR} (their incident ${ID}, type "Fire"); their units: E5 (engine); they link it to ${eidoTrackingId("N-000041", NEIGHBOUR)}`,
      ],
      [NEIGHBOUR, "Smoke from the 3rd floor 😟"],
    ]);
    expect(s.state.pending).toEqual(["INC-000001"]);
    expect(s.state.incoming.get(ID)).toMatchObject({ status: "accepted", incidentId: "INC-000001" });
  });

  it("given a type the table does not list, when accepted, then it takes eido.defaultCallType", () => {
    const s = new Scenario(mapped).given(eido({ type: "Hazmat leak" }));
    s.when({ kind: "AcceptIncoming", trackingId: ID });
    expect(s.incident("INC-000001").callType).toBe("UNK");
  });

  it("given an EIDO with only an address, when accepted without coordinates, then MISSING_FIELD asks for them; with them, it is placed there", () => {
    const s = new Scenario(mapped).given(eido({ noPosition: true }));
    const r = s.when({ kind: "AcceptIncoming", trackingId: ID });
    expect(r.rejection).toMatchObject({ code: "MISSING_FIELD", field: "lon" });
    expect(r.rejection?.reason).toContain("1201 3rd Ave");
    const place = near(200, 0);
    expect(s.when({ kind: "AcceptIncoming", trackingId: ID, ...place }).rejection).toBeNull();
    expect(s.incident("INC-000001")).toMatchObject(place);
  });

  it("given an accepted incoming incident, when a newer version adds a note and a unit, then our incident gets them as notes; an older one changes nothing", () => {
    const s = new Scenario(mapped).given(eido(), { kind: "AcceptIncoming", trackingId: ID });
    const r = s.when(
      eido({
        updatedAt: T0 + 5 * MIN,
        notes: ["Smoke from the 3rd floor 😟", "Roof collapse"],
        units: ["E5", "L2"],
      }),
    );
    expect(r.rejection).toBeNull();
    expect(r.events.map((e) => e.type)).toEqual(["IncomingIncidentUpdated", "NoteAdded", "NoteAdded"]);
    expect(
      s
        .incident("INC-000001")
        .notes.slice(-2)
        .map((n) => n.text),
    ).toEqual([`${NEIGHBOUR}: Roof collapse`, `${NEIGHBOUR} units added: L2 (engine)`]);
    const notes = s.incident("INC-000001").notes.length;
    expect(s.when(eido({ updatedAt: T0 + MIN, notes: ["stale"] })).rejection?.code).toBe("STALE_EIDO");
    expect(s.incident("INC-000001").notes).toHaveLength(notes);
  });

  it("given an accepted incoming incident, when accepted or declined again, then INCOMING_ANSWERED; an unknown tracking id is UNKNOWN_INCOMING", () => {
    const s = new Scenario(mapped).given(eido(), { kind: "AcceptIncoming", trackingId: ID });
    expect(s.when({ kind: "AcceptIncoming", trackingId: ID }).rejection?.code).toBe("INCOMING_ANSWERED");
    expect(s.when({ kind: "DeclineIncoming", trackingId: ID, reason: "x" }).rejection?.code).toBe(
      "INCOMING_ANSWERED",
    );
    expect(s.when({ kind: "AcceptIncoming", trackingId: "urn:nope" }).rejection?.code).toBe(
      "UNKNOWN_INCOMING",
    );
    expect(s.state.incidents.size).toBe(1);
  });
});

describe("the sender's links are honoured", () => {
  const N41 = eidoTrackingId("N-000041", NEIGHBOUR);

  it("given we accepted the incident N-000042 links to, when N-000042 is accepted, then our two incidents are linked", () => {
    const s = new Scenario(mapped).given(
      eido({ incident: "N-000041" }),
      { kind: "AcceptIncoming", trackingId: N41 },
      eido(),
    );
    const r = s.when({ kind: "AcceptIncoming", trackingId: ID });
    expect(r.events.filter((e) => e.type === "IncidentsLinked")).toEqual([
      { type: "IncidentsLinked", at: s.now, incidentId: "INC-000002", otherIncidentId: "INC-000001" },
    ]);
    expect(s.incident("INC-000001").links).toEqual(["INC-000002"]);
  });

  it("given N-000042 (linking to N-000041) was accepted first, when N-000041 is accepted, then they are linked from that side, once", () => {
    const s = new Scenario(mapped).given(
      eido(),
      { kind: "AcceptIncoming", trackingId: ID },
      eido({ incident: "N-000041" }),
    );
    const r = s.when({ kind: "AcceptIncoming", trackingId: N41 });
    expect(r.events.filter((e) => e.type === "IncidentsLinked")).toEqual([
      { type: "IncidentsLinked", at: s.now, incidentId: "INC-000002", otherIncidentId: "INC-000001" },
    ]);
    // A newer version of either changes no link that is there already.
    const again = s.when(eido({ updatedAt: T0 + MIN }));
    expect(again.events.some((e) => e.type === "IncidentsLinked")).toBe(false);
    expect(s.incident("INC-000001").links).toEqual(["INC-000002"]);
  });

  it("given a link to an incident we did not accept, when accepted, then only the note names it", () => {
    const s = new Scenario(mapped).given(eido());
    const r = s.when({ kind: "AcceptIncoming", trackingId: ID });
    expect(r.events.some((e) => e.type === "IncidentsLinked")).toBe(false);
    expect(s.incident("INC-000001").notes[0]?.text).toContain(`they link it to ${N41}`);
  });
});

describe("DeclineIncoming: the dispatcher refuses a neighbour's incident", () => {
  it("given a pending incoming incident, when declined with a reason, then it is declined and nothing of ours is created", () => {
    const s = new Scenario().given(eido());
    const r = s.when({ kind: "DeclineIncoming", trackingId: ID, reason: "outside our area" });
    expect(r.events).toEqual([
      {
        type: "IncomingIncidentDeclined",
        at: s.now,
        trackingId: ID,
        senderAgency: NEIGHBOUR,
        reason: "outside our area",
      },
    ]);
    expect(s.state.incoming.get(ID)).toMatchObject({ status: "declined", declineReason: "outside our area" });
    expect(s.state.incidents.size).toBe(0);
  });

  it("when declined without a reason, then MISSING_FIELD", () => {
    const s = new Scenario().given(eido());
    expect(s.when({ kind: "DeclineIncoming", trackingId: ID, reason: "" }).rejection).toMatchObject({
      code: "MISSING_FIELD",
      field: "reason",
    });
  });
});

describe("incoming incidents in a snapshot", () => {
  it("given pending, accepted and declined incoming incidents, when the state is serialised and read back, then they are all there and the engine goes on the same", () => {
    const s = new Scenario(mapped).given(
      eido(),
      eido({ incident: "N-2" }),
      eido({ incident: "N-3" }),
      { kind: "AcceptIncoming", trackingId: ID },
      { kind: "DeclineIncoming", trackingId: eidoTrackingId("N-2", NEIGHBOUR), reason: "dup" },
    );
    const data = serialiseState(s.state);
    expect(data.format).toBe(STATE_FORMAT_VERSION);
    expect(STATE_FORMAT_VERSION).toBeGreaterThanOrEqual(7);
    const restored = deserialiseState(JSON.parse(JSON.stringify(data)));
    expect([...restored.incoming.values()]).toEqual([...s.state.incoming.values()]);
    expect(serialiseState(restored)).toEqual(data);
  });

  it("given a format-6 state (before incoming incidents), when read, then it has none", () => {
    const s = new Scenario().given(unit("E10", "engine"));
    const six: Record<string, unknown> = { ...serialiseState(s.state), format: 6 };
    delete six["incoming"];
    const restored = deserialiseState(six);
    expect(restored.incoming.size).toBe(0);
    expect(restored.units.has("E10")).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import {
  deserialiseState,
  serialiseState,
  OFFER_SHARE,
  OFFER_TRANSFER,
  STATE_FORMAT_VERSION,
  type EngineEvent,
} from "../../engine/index.ts";
import { eidoExample, eidoTrackingId } from "../../adapters/nats/index.ts";
import { editedSource } from "../support/configs.ts";
import { Scenario, T0, call, unit, type InputBody } from "../support/scenario.ts";

/** The default configuration with partner agencies county (its default domain) and metro (psap.metro.example). */
const partnered = editedSource((doc) => {
  (doc as Record<string, unknown>)["sharing"] = {
    partners: ["county", { agency: "metro", domain: "psap.metro.example" }],
  };
}).config;

const COUNTY = "county.cad.invalid";
const OURS = "urn:emergency:uid:incidentid:INC-000001:ours.cad.invalid";
const MIN = 60_000;

/** An EIDO from `from` carrying our tracking id (their version of our incident), as a partner's relay sends it. */
function partnerEido(opts: {
  from?: string;
  trackingId?: string;
  updatedAt: number;
  status?: string[];
  theirId?: string;
  reason?: string;
  units?: string[];
}): InputBody {
  const from = opts.from ?? COUNTY;
  const doc = eidoExample({ agency: from, updatedAt: opts.updatedAt, units: opts.units ?? [] });
  const id = opts.trackingId ?? OURS;
  const incident = doc["incidentComponent"] as Record<string, unknown>;
  Object.assign(doc, { $id: id });
  Object.assign(incident, {
    $id: id,
    incidentTrackingIdentifier: id,
    ...(opts.status && { incidentStatusInternalText: opts.status }),
    ...(opts.theirId !== undefined && { internalIncidentId: opts.theirId }),
  });
  if (opts.reason !== undefined)
    doc["notesComponent"] = [
      {
        $id: `${id}/answer`,
        lastUpdateTimeStamp: new Date(opts.updatedAt).toISOString(),
        updatedByAgencyReference: { $ref: from },
        notesActionComments: opts.reason,
      },
    ];
  return { kind: "ReceiveEido", document: JSON.stringify(doc) };
}

/** An incident INC-000001 with unit E1 dispatched, under the partnered configuration. */
function withIncident(): Scenario {
  return new Scenario(partnered).given(unit("E1", "engine"), call("C1", "FIS"), {
    kind: "DispatchUnit",
    incidentId: "INC-000001",
    unitId: "E1",
  });
}

const types = (events: readonly EngineEvent[]) => events.map((e) => e.type);

describe("ShareIncident / EndShare: a partner agency follows an incident of ours", () => {
  it("given an active incident, when the dispatcher shares it with a partner, then IncidentShared and the incident stays ours", () => {
    const s = withIncident();
    const r = s.when({ kind: "ShareIncident", incidentId: "INC-000001", toAgency: "county" });
    expect(r.rejection).toBeNull();
    expect(r.events).toMatchObject([
      { type: "IncidentShared", incidentId: "INC-000001", toAgency: "county" },
    ]);
    expect(s.state.shares.get("INC-000001")).toMatchObject([
      { agency: "county", mode: "share", status: "active" },
    ]);
    expect(s.incident("INC-000001")?.status).toBe("dispatched");
    expect(s.incident("INC-000001")?.timeline.at(-1)?.what).toBe("shared with county");
  });

  it("given shares, when the input is wrong, then each is refused with its code and nothing changes", () => {
    const s = withIncident().given({ kind: "ShareIncident", incidentId: "INC-000001", toAgency: "county" });
    const refused: [InputBody, string][] = [
      [{ kind: "ShareIncident", incidentId: "INC-999999", toAgency: "county" }, "UNKNOWN_INCIDENT"],
      [{ kind: "ShareIncident", incidentId: "INC-000001", toAgency: "nowhere" }, "UNKNOWN_AGENCY"],
      [{ kind: "ShareIncident", incidentId: "INC-000001", toAgency: "county" }, "ALREADY_SHARED"],
      [{ kind: "EndShare", incidentId: "INC-000001", toAgency: "metro" }, "NOT_SHARED"],
      [{ kind: "TransferIncident", incidentId: "INC-000001", toAgency: "", reason: "" }, "MISSING_FIELD"],
    ];
    const before = s.snapshot();
    for (const [body, code] of refused) expect(s.when(body).rejection?.code, JSON.stringify(body)).toBe(code);
    expect(s.snapshot()).toBe(before);
    s.given({ kind: "CloseIncident", incidentId: "INC-000001", disposition: "REPORT" });
    expect(
      s.when({ kind: "ShareIncident", incidentId: "INC-000001", toAgency: "metro" }).rejection?.code,
    ).toBe("INCIDENT_NOT_ACTIVE");
  });

  it("given no sharing in the configuration, when a share is asked, then UNKNOWN_AGENCY names no partner", () => {
    const s = new Scenario().given(unit("E1", "engine"), call("C1", "FIS"));
    const r = s.when({ kind: "ShareIncident", incidentId: "INC-000001", toAgency: "county" });
    expect(r.rejection).toMatchObject({ code: "UNKNOWN_AGENCY", field: "toAgency" });
    expect(r.rejection?.reason).toContain("none");
  });

  it("given a share, when the dispatcher ends it, then IncidentShareEnded and a second end is NOT_SHARED", () => {
    const s = withIncident().given({ kind: "ShareIncident", incidentId: "INC-000001", toAgency: "county" });
    const r = s.when({ kind: "EndShare", incidentId: "INC-000001", toAgency: "county" });
    expect(r.events).toMatchObject([
      { type: "IncidentShareEnded", toAgency: "county", reason: "ended by dispatcher" },
    ]);
    expect(s.state.shares.has("INC-000001")).toBe(false);
    expect(s.when({ kind: "EndShare", incidentId: "INC-000001", toAgency: "county" }).rejection?.code).toBe(
      "NOT_SHARED",
    );
  });

  it("given shares with two partners, when the incident closes, then both shares end after the closure", () => {
    const s = withIncident().given(
      { kind: "ShareIncident", incidentId: "INC-000001", toAgency: "county" },
      { kind: "ShareIncident", incidentId: "INC-000001", toAgency: "metro" },
    );
    const r = s.when({ kind: "CloseIncident", incidentId: "INC-000001", disposition: "REPORT" });
    const t = types(r.events);
    expect(t.slice(-2)).toEqual(["IncidentShareEnded", "IncidentShareEnded"]);
    expect(t.indexOf("IncidentStatusChanged")).toBeLessThan(t.indexOf("IncidentShareEnded"));
    expect(r.events.slice(-2)).toMatchObject([
      { toAgency: "county", reason: "incident closed" },
      { toAgency: "metro", reason: "incident closed" },
    ]);
    expect(s.state.shares.size).toBe(0);
  });

  it("given a share, when the partner sends a version of our incident, then SharedIncidentUpdated records it and our incident is unchanged; an older one is STALE_EIDO", () => {
    const s = withIncident().given({ kind: "ShareIncident", incidentId: "INC-000001", toAgency: "county" });
    const notes = s.incident("INC-000001")?.notes.length;
    const r = s.when(partnerEido({ updatedAt: T0, units: ["C7"] }));
    expect(r.rejection).toBeNull();
    expect(r.events).toMatchObject([
      { type: "SharedIncidentUpdated", incidentId: "INC-000001", fromAgency: "county", updatedAt: T0 },
    ]);
    expect(s.state.shares.get("INC-000001")?.[0]?.detail?.units).toEqual([{ name: "C7", type: "engine" }]);
    expect(s.incident("INC-000001")?.notes.length).toBe(notes);
    expect(s.state.incoming.size).toBe(0);
    expect(s.when(partnerEido({ updatedAt: T0 - MIN })).rejection?.code).toBe("STALE_EIDO");
  });

  it("given no share with the sender, when an EIDO names our tracking id, then it is an ordinary incoming incident", () => {
    const s = withIncident();
    const r = s.when(partnerEido({ updatedAt: T0 }));
    expect(types(r.events)).toEqual(["IncomingIncidentReceived"]);
  });
});

describe("what a partner's EIDO says it offers", () => {
  /** County's incident `n` as its relay sends it: its status texts as given. */
  const offered = (n: string, internal: string[], registry: string[], updatedAt = T0): InputBody => {
    const doc = eidoExample({ agency: COUNTY, incident: n, updatedAt });
    Object.assign(doc["incidentComponent"] as object, {
      incidentStatusInternalText: internal,
      incidentStatusCommonRegistryText: registry,
    });
    return { kind: "ReceiveEido", document: JSON.stringify(doc) };
  };
  const detailOf = (r: { events: readonly EngineEvent[] }) => {
    const e = r.events[0];
    return e?.type === "IncomingIncidentReceived" || e?.type === "IncomingIncidentUpdated"
      ? e.detail
      : undefined;
  };

  it("given EIDOs saying shared, transfer offered or nothing, when received, then each incoming incident says what is offered; a closed one says closed", () => {
    const s = new Scenario(partnered);
    expect(detailOf(s.when(offered("C-1", ["open", OFFER_SHARE], ["Open"])))).toMatchObject({
      offer: "share",
    });
    const transfer = detailOf(s.when(offered("C-2", ["open", OFFER_TRANSFER], ["Open"])));
    expect(transfer).toMatchObject({ offer: "transfer" });
    expect(transfer).not.toHaveProperty("closed");
    const unsaid = detailOf(s.when(offered("C-3", ["open"], ["Open"])));
    expect(unsaid).not.toHaveProperty("offer");
    // When county closes its shared incident, the last version says so.
    const closed = detailOf(s.when(offered("C-1", ["closed", OFFER_SHARE], ["Closed"], T0 + MIN)));
    expect(closed).toMatchObject({ offer: "share", closed: true });
    expect(s.state.incoming.get(eidoTrackingId("C-1", COUNTY))?.detail).toMatchObject({ closed: true });
  });
});

describe("TransferIncident: an incident handed over to a partner agency", () => {
  it("given a transfer offered, when the partner accepts, then the answer is recorded and ours closes as TRANSFERRED with its units released", () => {
    const s = withIncident();
    const offered = s.when({
      kind: "TransferIncident",
      incidentId: "INC-000001",
      toAgency: "county",
      reason: "their area",
    });
    expect(offered.events).toMatchObject([
      { type: "IncidentTransferred", incidentId: "INC-000001", toAgency: "county", reason: "their area" },
    ]);
    // Still ours while pending: a second transfer waits for the answer.
    expect(s.incident("INC-000001")?.status).toBe("dispatched");
    expect(
      s.when({ kind: "TransferIncident", incidentId: "INC-000001", toAgency: "metro", reason: "" }).rejection
        ?.code,
    ).toBe("ALREADY_SHARED");
    const r = s.when(
      partnerEido({ updatedAt: T0, status: ["pending", "transfer accepted"], theirId: "C-000009" }),
    );
    expect(r.rejection).toBeNull();
    expect(r.events[0]).toMatchObject({
      type: "IncidentTransferAnswered",
      accepted: true,
      theirIncidentId: "C-000009",
      toAgency: "county",
    });
    const closed = r.events.find((e) => e.type === "IncidentStatusChanged");
    expect(closed).toMatchObject({
      to: "closed",
      disposition: "TRANSFERRED",
      reason: "transferred to county (their incident C-000009)",
    });
    expect(types(r.events)).toContain("UnitReleased");
    expect(types(r.events)).not.toContain("IncidentShareEnded");
    expect(types(r.events).at(-1)).toBe("SharedIncidentUpdated");
    expect(s.state.shares.get("INC-000001")).toMatchObject([
      { agency: "county", mode: "transfer", status: "accepted", theirIncidentId: "C-000009" },
    ]);
    // Their later versions still come to us: the new owner's status changes.
    const later = s.when(
      partnerEido({
        updatedAt: T0 + MIN,
        status: ["on_scene", "transfer accepted"],
        theirId: "C-000009",
        units: ["C7"],
      }),
    );
    expect(types(later.events)).toEqual(["SharedIncidentUpdated"]);
  });

  it("given a transfer offered, when the partner declines, then the reason is recorded and the incident stays ours", () => {
    const s = withIncident().given({
      kind: "TransferIncident",
      incidentId: "INC-000001",
      toAgency: "county",
      reason: "",
    });
    const r = s.when(
      partnerEido({ updatedAt: T0, status: ["transfer declined"], reason: "no units &#38; no room" }),
    );
    expect(r.events[0]).toMatchObject({
      type: "IncidentTransferAnswered",
      accepted: false,
      theirIncidentId: null,
      reason: "no units & no room",
    });
    expect(s.incident("INC-000001")?.status).toBe("dispatched");
    expect(s.state.shares.get("INC-000001")).toMatchObject([
      { status: "declined", reason: "no units & no room" },
    ]);
    expect(s.incident("INC-000001")?.timeline.at(-1)?.what).toBe(
      "county declined the transfer: no units & no room",
    );
    // Declined: it may be offered again.
    expect(
      s.when({ kind: "TransferIncident", incidentId: "INC-000001", toAgency: "county", reason: "" })
        .rejection,
    ).toBeNull();
  });

  it("given a partner with its own domain, when its answer arrives, then it is matched by that domain", () => {
    const s = withIncident().given({
      kind: "TransferIncident",
      incidentId: "INC-000001",
      toAgency: "metro",
      reason: "",
    });
    const r = s.when(
      partnerEido({
        from: "psap.metro.example",
        updatedAt: T0,
        status: ["transfer accepted"],
        theirId: "M-1",
      }),
    );
    expect(r.events[0]).toMatchObject({
      type: "IncidentTransferAnswered",
      toAgency: "metro",
      accepted: true,
    });
  });

  it("given shares and a transfer, when the state is snapshotted, then it reads back the same (format 8), and format 7 reads as no shares", () => {
    const s = withIncident().given(
      { kind: "ShareIncident", incidentId: "INC-000001", toAgency: "county" },
      partnerEido({ updatedAt: T0, units: ["C7"] }),
    );
    const data = serialiseState(s.state);
    expect(data.format).toBe(STATE_FORMAT_VERSION);
    expect(STATE_FORMAT_VERSION).toBe(8);
    const back = deserialiseState(JSON.parse(JSON.stringify(data)));
    expect([...back.shares]).toEqual([...s.state.shares]);
    const old = { ...JSON.parse(JSON.stringify(data)), format: 7 } as Record<string, unknown>;
    delete old["shares"];
    expect(deserialiseState(old).shares.size).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { parseCommandRequest } from "../../adapters/console/commands.ts";
import { consoleConfig } from "../../adapters/console/config-view.ts";
import { ROLE_COMMANDS } from "../../adapters/console/roles.ts";
import { parseCommandLine, suggestions, type CommandContext } from "../../adapters/console/web/cmdline.ts";
import { mappedCallType } from "../../adapters/console/web/incoming.ts";
import { ConsoleModel } from "../../adapters/console/web/model.ts";
import type { StateIncident } from "../../adapters/console/web/protocol.ts";
import type { ConsoleRole } from "../../adapters/auth/users.ts";
import { eidoTrackingId } from "../../adapters/nats/index.ts";
import type { IncomingDetail, IncomingIncident } from "../../engine/index.ts";
import { editedSource } from "../support/configs.ts";
import { T0 } from "../support/scenario.ts";

const NEIGHBOUR = "psap.neighbour.example";
const N42 = eidoTrackingId("N-000042", NEIGHBOUR);
const N43 = eidoTrackingId("N-000043", NEIGHBOUR);
const PA = "urn:emergency:uid:incidentid:a56e556d871:bcf.state.pa.us";

const detail = (callType: string): IncomingDetail => ({
  callType,
  address: "1201 3rd Ave",
  lon: null,
  lat: null,
  calls: [],
  notes: [],
  units: [],
  links: [],
});
const waiting = (trackingId: string, at: number, callType = "Fire"): IncomingIncident => ({
  trackingId,
  senderAgency: NEIGHBOUR,
  updatedAt: at,
  receivedAt: at,
  status: "pending",
  incidentId: null,
  declineReason: null,
  detail: detail(callType),
});
const incident = (id: string): StateIncident => ({
  id,
  status: "pending",
  priority: 2,
  callType: "MED",
  lon: -122.3,
  lat: 47.6,
  address: "1 Main St",
  zone: null,
  receivedAt: T0,
  queuedAt: T0,
  unitIds: [],
  overdueAlerts: 0,
});

const mapped = editedSource((doc) => {
  (doc as Record<string, unknown>)["eido"] = { callTypes: { Fire: "FIB" }, defaultCallType: "UNK" };
}).config;

/** A page with two incoming incidents waiting (N-000042 first, then the NENA sample's) and INC-000012. */
function context(role: ConsoleRole = "dispatcher", selected: string | null = null): CommandContext {
  const model = new ConsoleModel();
  model.load({
    now: T0,
    lastInputSeq: 3,
    pending: [incident("INC-000012")],
    incidents: [],
    units: [],
    incoming: [
      waiting(N42, T0),
      waiting(PA, T0 + 1000, "emergency"),
      { ...waiting(N43, T0), status: "accepted", incidentId: "INC-000012" },
    ],
  });
  return {
    model,
    config: consoleConfig(mapped, "t"),
    selectedIncident: selected,
    calls: [],
    may: (kind) => ROLE_COMMANDS[role].includes(kind),
  };
}

describe("the command line's verbs for incoming incidents (AI, DI)", () => {
  it("given two waiting, when AI 1 or AI 2 is typed, then AcceptIncoming names that row's tracking id; an accepted one is not a row", () => {
    const ctx = context();
    expect(ctx.model.incomingList().map((i) => i.trackingId)).toEqual([N42, PA]);
    expect(parseCommandLine("AI 1", ctx)).toEqual({
      ok: true,
      input: { kind: "AcceptIncoming", trackingId: N42 },
    });
    expect(parseCommandLine("ai 2", ctx)).toEqual({
      ok: true,
      input: { kind: "AcceptIncoming", trackingId: PA },
    });
    // By the panel's short id, or the whole tracking id.
    expect(parseCommandLine("AI a56e556d871", ctx)).toMatchObject({ input: { trackingId: PA } });
    expect(parseCommandLine(`AI ${N42}`, ctx)).toMatchObject({ input: { trackingId: N42 } });
    expect(parseCommandLine("AI 3", ctx)).toEqual({
      ok: false,
      error: "no incoming incident 3 (the Incoming panel numbers them 1, 2, …)",
    });
    expect(parseCommandLine("AI", ctx)).toMatchObject({ ok: false, error: "usage: AI <n> [lat lon]" });
  });

  it("when AI n is given a place, then it goes as lat and lon; anything else that is not two numbers is refused", () => {
    const ctx = context();
    expect(parseCommandLine("AI 2 39.7391 -75.5398", ctx)).toEqual({
      ok: true,
      input: { kind: "AcceptIncoming", trackingId: PA, lat: 39.7391, lon: -75.5398 },
    });
    expect(parseCommandLine("AI 2 39.7391,-75.5398", ctx)).toMatchObject({
      input: { lat: 39.7391, lon: -75.5398 },
    });
    for (const bad of ["AI 2 39.7", "AI 2 north west", "AI 2 1 2 3"])
      expect(parseCommandLine(bad, ctx)).toMatchObject({ ok: false });
  });

  it("when DI n is typed with a reason, then DeclineIncoming carries the reason as typed; without one it is refused in the page", () => {
    const ctx = context();
    expect(parseCommandLine("DI 1  not our  area", ctx)).toEqual({
      ok: true,
      input: { kind: "DeclineIncoming", trackingId: N42, reason: "not our  area" },
    });
    expect(parseCommandLine("DI 1", ctx)).toMatchObject({
      ok: false,
      error: "usage: DI <n> <reason>: say why (the sender is told)",
    });
  });

  it("given a call-taker or viewer, then AI and DI are refused in the page, as the gateway would", () => {
    for (const role of ["call-taker", "viewer"] as const) {
      expect(parseCommandLine("AI 1", context(role))).toMatchObject({ ok: false });
      expect(parseCommandLine("DI 1 no", context(role))).toMatchObject({ ok: false });
    }
    for (const role of ["dispatcher", "supervisor"] as const)
      for (const kind of [
        "AcceptIncoming",
        "DeclineIncoming",
        "ShareIncident",
        "TransferIncident",
        "EndShare",
      ] as const)
        expect(ROLE_COMMANDS[role]).toContain(kind);
  });

  it("type-ahead offers the rows' numbers after AI", () => {
    expect(suggestions("AI ", context())).toEqual(["1", "2"]);
  });

  it("the panel's type column maps the sender's type as the engine will: the table, our own code, else the default", () => {
    const config = context().config;
    expect(mappedCallType(config, "Fire")).toBe("FIB");
    expect(mappedCallType(config, "MED")).toBe("MED");
    expect(mappedCallType(config, "emergency")).toBe("UNK");
  });
});

describe("the command line's verbs for sharing and transfer (SH, US, TR)", () => {
  it("when SH or US names an incident and an agency, then ShareIncident / EndShare carry them (the agency as its subjects spell it)", () => {
    const ctx = context();
    expect(parseCommandLine("SH 12 B", ctx)).toEqual({
      ok: true,
      input: { kind: "ShareIncident", incidentId: "INC-000012", toAgency: "b" },
    });
    expect(parseCommandLine("US INC-12 b", ctx)).toEqual({
      ok: true,
      input: { kind: "EndShare", incidentId: "INC-000012", toAgency: "b" },
    });
  });

  it("given a selected incident, when SH names only the agency, then it is the selected incident's", () => {
    expect(parseCommandLine("SH county", context("dispatcher", "INC-000012"))).toMatchObject({
      input: { kind: "ShareIncident", incidentId: "INC-000012", toAgency: "county" },
    });
    expect(parseCommandLine("SH county", context())).toMatchObject({ ok: false });
  });

  it("when TR names an incident, an agency and a reason, then TransferIncident carries them, after a confirmation", () => {
    const ctx = context();
    expect(parseCommandLine("TR 12 B flooding on their side", ctx)).toEqual({
      ok: true,
      input: {
        kind: "TransferIncident",
        incidentId: "INC-000012",
        toAgency: "b",
        reason: "flooding on their side",
      },
      confirm: "Transfer INC-12 to agency b? It becomes theirs once they accept it.",
    });
    // The selected incident when none is named; a reason is needed.
    expect(
      parseCommandLine("TR b wrong side of the river", context("dispatcher", "INC-000012")),
    ).toMatchObject({
      input: { incidentId: "INC-000012", toAgency: "b", reason: "wrong side of the river" },
    });
    expect(parseCommandLine("TR 12 b", ctx)).toMatchObject({ ok: false });
    expect(parseCommandLine("TR 12 B/C reason", ctx)).toMatchObject({ ok: false });
  });

  it("the gateway reads the five commands' fields and refuses a malformed agency", () => {
    const request = (input: Record<string, unknown>) => parseCommandRequest({ id: "abcdefgh1", input });
    expect(request({ kind: "ShareIncident", incidentId: "INC-1", toAgency: "b", extra: 1 }).input).toEqual({
      kind: "ShareIncident",
      incidentId: "INC-1",
      toAgency: "b",
    });
    expect(request({ kind: "AcceptIncoming", trackingId: PA, lat: 39.7, lon: -75.5 }).input).toEqual({
      kind: "AcceptIncoming",
      trackingId: PA,
      lat: 39.7,
      lon: -75.5,
    });
    expect(() => request({ kind: "TransferIncident", incidentId: "INC-1", toAgency: "b" })).toThrow(
      "reason is required for TransferIncident",
    );
    expect(() => request({ kind: "EndShare", incidentId: "INC-1", toAgency: "B C" })).toThrow("toAgency");
    expect(() => request({ kind: "DeclineIncoming", trackingId: PA })).toThrow("reason is required");
  });
});

describe("the page's list of incoming incidents follows the engine", () => {
  const output = (inputSeq: number, event: Record<string, unknown>) => ({
    agency: "t",
    inputSeq,
    inputId: `i${inputSeq}`,
    index: 0,
    event: { at: T0 + inputSeq, ...event } as never,
  });

  it("given a snapshot whose incoming list was asked after the state (inputs 4-6 already in it), when the outputs of 4-7 are replayed, then the list ends as the engine's: answered ones gone, the newest version shown", () => {
    const model = new ConsoleModel();
    // The state is after input 3; the incoming list, asked just after, already has 4-6 in it:
    // N-000043 came (4) and was accepted (5), N-000042 was updated to version 2 (6).
    model.load({
      now: T0,
      lastInputSeq: 3,
      pending: [],
      incidents: [],
      units: [],
      incoming: [{ ...waiting(N42, T0 + 6), detail: { ...detail("Fire"), address: "v2" } }],
    });
    model.apply(
      output(4, {
        type: "IncomingIncidentReceived",
        trackingId: N43,
        senderAgency: NEIGHBOUR,
        updatedAt: T0,
        detail: detail("Fire"),
      }),
    );
    model.apply(
      output(5, {
        type: "IncomingIncidentAccepted",
        trackingId: N43,
        senderAgency: NEIGHBOUR,
        incidentId: "INC-1",
      }),
    );
    model.apply(
      output(6, {
        type: "IncomingIncidentUpdated",
        trackingId: N42,
        updatedAt: T0 + 6,
        detail: { ...detail("Fire"), address: "v2" },
        incidentId: null,
      }),
    );
    model.apply(
      output(7, {
        type: "IncomingIncidentReceived",
        trackingId: PA,
        senderAgency: "state.pa.us",
        updatedAt: T0,
        detail: detail("emergency"),
      }),
    );
    expect(model.incomingList().map((i) => [i.trackingId, i.detail.address])).toEqual([
      [N42, "v2"],
      [PA, "1201 3rd Ave"],
    ]);
    // Declined or merged by the sender: off the list.
    model.apply(
      output(8, { type: "IncomingIncidentDeclined", trackingId: N42, senderAgency: NEIGHBOUR, reason: "no" }),
    );
    model.apply(
      output(9, {
        type: "IncomingIncidentMerged",
        trackingId: PA,
        senderAgency: "state.pa.us",
        intoTrackingId: N42,
        incidentId: null,
        intoIncidentId: null,
      }),
    );
    expect(model.incomingList()).toEqual([]);
  });
});

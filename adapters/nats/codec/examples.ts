/**
 * One typical input of each kind, as a dispatcher's console, an MDT or call-taking would send
 * it: the codec's tests round-trip them and the codec benchmark times them. Every field is
 * given and non-empty, so a round trip is exact; the text is not all ASCII.
 */
import type { InputKind } from "../../../engine/index.ts";
import { eidoExample } from "./eido-example.ts";
import type { InputBody } from "./inputs.ts";

/** 2026-01-01T08:00:00Z: the examples' instants are a little before it. */
export const EXAMPLES_AT = Date.UTC(2026, 0, 1, 8, 0, 0);

const STATION = { id: "ST12", lon: -122.3321, lat: 47.6062 };

/** One input of each kind: a Record, so a new kind without an example does not compile. */
export const INPUT_EXAMPLES: { readonly [K in InputKind]: Extract<InputBody, { kind: K }> } = {
  ReceiveCall: {
    kind: "ReceiveCall",
    callId: "C2026-000123",
    receivedAt: EXAMPLES_AT - 40_000,
    answeredAt: EXAMPLES_AT - 35_000,
    lon: -122.335167,
    lat: 47.608013,
    address: "1201 3rd Ave, Seattle, WA — Café lobby",
    callType: "MED",
    callerNumber: "+12065550123",
    flags: ["INJURIES"],
    description: "Adult male collapsed in the lobby, breathing 😟",
  },
  SplitCall: { kind: "SplitCall", callId: "C2026-000124" },
  MergeIncidents: { kind: "MergeIncidents", incidentId: "INC-000124", intoIncidentId: "INC-000123" },
  LinkIncidents: { kind: "LinkIncidents", incidentId: "INC-000124", otherIncidentId: "INC-000125" },
  DispatchUnit: { kind: "DispatchUnit", incidentId: "INC-000123", unitId: "M12" },
  ReassignUnit: { kind: "ReassignUnit", incidentId: "INC-000125", unitId: "E21" },
  UpdateUnitStatus: { kind: "UpdateUnitStatus", unitId: "M12", status: "ER" },
  UpdateUnitLocation: {
    kind: "UpdateUnitLocation",
    unitId: "M12",
    lon: -122.330062,
    lat: 47.603832,
    fixAt: EXAMPLES_AT - 800,
  },
  CheckUnit: { kind: "CheckUnit", unitId: "E21" },
  ClearIncident: { kind: "ClearIncident", incidentId: "INC-000123" },
  CloseIncident: { kind: "CloseIncident", incidentId: "INC-000123", disposition: "TRANSPORTED" },
  ReopenIncident: { kind: "ReopenIncident", incidentId: "INC-000123", reason: "caller called back" },
  ReprioritiseIncident: {
    kind: "ReprioritiseIncident",
    incidentId: "INC-000125",
    priority: 1,
    reason: "weapon seen",
  },
  AddNote: {
    kind: "AddNote",
    incidentId: "INC-000123",
    text: "Patient conscious, history of diabetes; access via the north door",
    author: "dispatcher 4",
  },
  AddUnit: {
    kind: "AddUnit",
    unitId: "E21",
    unitType: "engine",
    agency: "metro-fire",
    capabilities: ["BLS", "SUPPRESSION"],
    station: STATION,
    crew: 4,
  },
  ChangeUnit: {
    kind: "ChangeUnit",
    unitId: "E21",
    unitType: "ladder",
    agency: "county-fire",
    capabilities: ["BLS"],
    station: { id: "ST14", lon: -122.3127, lat: 47.5519 },
    crew: 3,
  },
  RetireUnit: { kind: "RetireUnit", unitId: "E21" },
  ApplyConfiguration: {
    kind: "ApplyConfiguration",
    hash: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    content: '{"document":{"version":1},"zonesGeoJSON":null}',
  },
  ClaimLeadership: { kind: "ClaimLeadership", term: 3, replica: "engine-b" },
  ReceiveEido: {
    kind: "ReceiveEido",
    document: JSON.stringify(eidoExample({ updatedAt: EXAMPLES_AT - 60_000 })),
  },
  AcceptIncoming: {
    kind: "AcceptIncoming",
    trackingId: "urn:emergency:uid:incidentid:N-000042:psap.neighbour.example",
    lon: -122.335167,
    lat: 47.608013,
  },
  DeclineIncoming: {
    kind: "DeclineIncoming",
    trackingId: "urn:emergency:uid:incidentid:N-000042:psap.neighbour.example",
    reason: "outside our service area — send to county fire",
  },
  ShareIncident: { kind: "ShareIncident", incidentId: "INC-000042", toAgency: "county-fire" },
  TransferIncident: {
    kind: "TransferIncident",
    incidentId: "INC-000042",
    toAgency: "county-fire",
    reason: "their first-due area — à eux",
  },
  EndShare: { kind: "EndShare", incidentId: "INC-000042", toAgency: "county-fire" },
  Tick: { kind: "Tick" },
};

/** Test data for the codec's tests: one input of every kind, every field filled in. */
import type { InputKind } from "../../../../engine/index.ts";
import type { InputBody } from "../inputs.ts";

export const T = Date.UTC(2026, 0, 1, 8, 0, 0);

export const STATION = { id: "ST-10", lon: -122.33, lat: 47.61 };

/** One input of each kind with every field given (and non-empty, so the round trip is exact). */
export const INPUT_EXAMPLES: { readonly [K in InputKind]: Extract<InputBody, { kind: K }> } = {
  ReceiveCall: {
    kind: "ReceiveCall",
    callId: "C-1",
    receivedAt: T - 5000,
    answeredAt: T - 2000,
    lon: -122.3321,
    lat: 47.6062,
    address: "400 Broad St, Seattle — Space Needle",
    callType: "MED",
    callerNumber: "+12065550100",
    flags: ["UNCONSCIOUS", "INJURIES"],
    description: "fall from height, patient not breathing 😟",
  },
  SplitCall: { kind: "SplitCall", callId: "C-2" },
  MergeIncidents: { kind: "MergeIncidents", incidentId: "INC-000002", intoIncidentId: "INC-000001" },
  LinkIncidents: { kind: "LinkIncidents", incidentId: "INC-000003", otherIncidentId: "INC-000001" },
  DispatchUnit: { kind: "DispatchUnit", incidentId: "INC-000001", unitId: "E10" },
  ReassignUnit: { kind: "ReassignUnit", incidentId: "INC-000004", unitId: "M1" },
  UpdateUnitStatus: { kind: "UpdateUnitStatus", unitId: "E10", status: "en_route" },
  UpdateUnitLocation: { kind: "UpdateUnitLocation", unitId: "E10", lon: -180, lat: -90, fixAt: T - 1 },
  CheckUnit: { kind: "CheckUnit", unitId: "E10" },
  ClearIncident: { kind: "ClearIncident", incidentId: "INC-000001" },
  CloseIncident: { kind: "CloseIncident", incidentId: "INC-000001", disposition: "REPORT" },
  ReopenIncident: { kind: "ReopenIncident", incidentId: "INC-000001", reason: "caller rang back" },
  ReprioritiseIncident: {
    kind: "ReprioritiseIncident",
    incidentId: "INC-000001",
    priority: 1,
    reason: "CPR",
  },
  AddNote: { kind: "AddNote", incidentId: "INC-000001", text: "gate code 1234", author: "disp-7" },
  AddUnit: {
    kind: "AddUnit",
    unitId: "E10",
    unitType: "engine",
    agency: "metro-fire",
    capabilities: ["ALS", "HAZMAT"],
    station: STATION,
    crew: 4,
  },
  ChangeUnit: {
    kind: "ChangeUnit",
    unitId: "E10",
    unitType: "ladder",
    agency: "county-fire",
    capabilities: [],
    station: { id: "ST-2", lon: 0, lat: 0 },
    crew: 0,
  },
  RetireUnit: { kind: "RetireUnit", unitId: "E10" },
  Tick: { kind: "Tick" },
};

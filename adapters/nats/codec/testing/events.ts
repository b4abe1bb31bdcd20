/** Test data for the codec's tests: every event type, with nulls, empty lists and odd numbers. */
import type { EngineEvent, EngineEventType } from "../../../../engine/index.ts";
import { EXAMPLES_AT as T } from "../examples.ts";

const STATION = { id: "ST-10", lon: -122.33, lat: 47.61 };

const candidate = {
  unitId: "E10",
  unitType: "engine",
  agency: "metro-fire",
  etaSeconds: 241.3,
  distanceMeters: 1830,
  reasons: ["CLOSEST_BY_ETA", "IN_ZONE", "AT_STATION"],
} as const;

/** Examples of each event type: a Record, so a type added to EngineEvent without one does not compile. */
const BY_TYPE: {
  readonly [K in EngineEventType]: readonly [
    Extract<EngineEvent, { type: K }>,
    ...Extract<EngineEvent, { type: K }>[],
  ];
} = {
  CallReceived: [
    {
      type: "CallReceived",
      at: T,
      callId: "C-1",
      receivedAt: T - 5000,
      answeredAt: null,
      lon: -122.3321,
      lat: 47.6062,
      address: "",
      callType: "MED",
      callerNumber: "",
      flags: [],
      description: "",
    },
    {
      type: "CallReceived",
      at: T,
      callId: "C-1",
      receivedAt: 0,
      answeredAt: 0,
      lon: -0,
      lat: 0,
      address: "1 Main St",
      callType: "MED",
      callerNumber: "555",
      flags: ["WEAPONS"],
      description: "ünïcødé ✓",
    },
  ],
  CallTypeDefaulted: [
    { type: "CallTypeDefaulted", at: T, callId: "C-1", requestedCode: "", usedCode: "UNK" },
  ],
  IncidentCreated: [
    {
      type: "IncidentCreated",
      at: T,
      incidentId: "INC-000001",
      callType: "MED",
      priority: 2,
      lon: -122.3,
      lat: 47.6,
      address: "1 Main St",
      zone: null,
      receivedAt: T - 5000,
      answeredAt: null,
      splitFromIncidentId: null,
    },
    {
      type: "IncidentCreated",
      at: T,
      incidentId: "INC-000002",
      callType: "MED",
      priority: 1,
      lon: 1e-9,
      lat: -1e-9,
      address: "",
      zone: "",
      receivedAt: T - 5000,
      answeredAt: T - 4000,
      splitFromIncidentId: "INC-000001",
    },
  ],
  UnitsRecommended: [
    {
      type: "UnitsRecommended",
      at: T,
      incidentId: "INC-000001",
      callType: "FIRE",
      zone: "B3",
      complete: false,
      slots: [
        {
          label: "engine",
          types: ["engine", "ladder"],
          capabilities: [],
          unit: candidate,
          candidates: [candidate, { ...candidate, unitId: "E11", etaSeconds: 300, reasons: [] }],
          nextBest: { unitId: "E11", deltaSeconds: 58.7 },
          shortfall: [],
        },
        {
          label: "medic",
          types: ["medic"],
          capabilities: ["ALS"],
          unit: null,
          candidates: [],
          nextBest: null,
          shortfall: [
            {
              unitId: "M1",
              unitType: "medic",
              status: "at_hospital",
              incidentId: "INC-000009",
              expectedFreeAt: T + 600_000.5,
              etaSeconds: 900.2,
            },
            {
              unitId: "M2",
              unitType: "medic",
              status: "returning",
              incidentId: null,
              expectedFreeAt: T,
              etaSeconds: 0,
            },
          ],
        },
      ],
    },
    {
      type: "UnitsRecommended",
      at: T,
      incidentId: "INC-000001",
      callType: "X",
      zone: null,
      slots: [],
      complete: true,
    },
  ],
  CallAttached: [
    {
      type: "CallAttached",
      at: T,
      callId: "C-1",
      incidentId: "INC-000001",
      reason: "first_call",
      fromIncidentId: null,
      distanceMeters: 0,
    },
    {
      type: "CallAttached",
      at: T,
      callId: "C-2",
      incidentId: "INC-000002",
      reason: "split",
      fromIncidentId: "INC-000001",
      distanceMeters: 12.345,
    },
  ],
  IncidentReprioritised: [
    {
      type: "IncidentReprioritised",
      at: T,
      incidentId: "INC-000001",
      from: 3,
      to: 2,
      reason: "overdue",
      note: "waited past its dispatch target",
    },
  ],
  IncidentStatusChanged: [
    {
      type: "IncidentStatusChanged",
      at: T,
      incidentId: "INC-000001",
      from: "pending",
      to: "dispatched",
      reason: "unit E10 dispatched",
      disposition: null,
    },
    {
      type: "IncidentStatusChanged",
      at: T,
      incidentId: "INC-000001",
      from: "cleared",
      to: "closed",
      reason: "closed by dispatcher",
      disposition: "REPORT",
    },
  ],
  IncidentsMerged: [
    {
      type: "IncidentsMerged",
      at: T,
      incidentId: "INC-000002",
      intoIncidentId: "INC-000001",
      callIds: ["C-2", "C-3"],
      unitIds: [],
    },
  ],
  IncidentsLinked: [
    { type: "IncidentsLinked", at: T, incidentId: "INC-000003", otherIncidentId: "INC-000001" },
  ],
  NoteAdded: [{ type: "NoteAdded", at: T, incidentId: "INC-000001", author: "", text: "gate code 1234" }],
  UnitDispatched: [{ type: "UnitDispatched", at: T, unitId: "E10", incidentId: "INC-000001" }],
  UnitReleased: [
    { type: "UnitReleased", at: T, unitId: "E10", incidentId: "INC-000001", reason: "incident_cleared" },
  ],
  UnitStatusChanged: [
    {
      type: "UnitStatusChanged",
      at: T,
      unitId: "E10",
      from: "dispatched",
      to: "en_route",
      incidentId: "INC-000001",
      reported: "ER",
    },
    {
      type: "UnitStatusChanged",
      at: T,
      unitId: "E10",
      from: "on_scene",
      to: "out_of_service",
      incidentId: null,
      reported: "OS",
    },
  ],
  UnitLocationUpdated: [
    { type: "UnitLocationUpdated", at: T, unitId: "E10", lon: 179.999999, lat: -89.5, fixAt: T - 1500 },
  ],
  UnitAdded: [
    {
      type: "UnitAdded",
      at: T,
      unitId: "E10",
      unitType: "engine",
      agency: "metro-fire",
      capabilities: ["ALS"],
      station: STATION,
      crew: 4,
    },
  ],
  UnitChanged: [
    {
      type: "UnitChanged",
      at: T,
      unitId: "E10",
      unitType: "engine",
      agency: "metro-fire",
      capabilities: [],
      station: null,
      crew: 0,
    },
  ],
  UnitRetired: [{ type: "UnitRetired", at: T, unitId: "E10" }],
  UnitChecked: [{ type: "UnitChecked", at: T, unitId: "E10" }],
  IncidentOverdue: [
    {
      type: "IncidentOverdue",
      at: T,
      incidentId: "INC-000001",
      priority: 1,
      waitedSeconds: 125,
      targetSeconds: 90.5,
      count: 2,
    },
  ],
  UnitStatusOverdue: [
    {
      type: "UnitStatusOverdue",
      at: T,
      unitId: "E10",
      status: "on_scene",
      incidentId: "INC-000001",
      sinceAt: T - 3_600_000,
      limitSeconds: 1800,
      count: 1,
    },
    {
      type: "UnitStatusOverdue",
      at: T,
      unitId: "E11",
      status: "out_of_service",
      incidentId: null,
      sinceAt: T - 3_600_000,
      limitSeconds: 7200,
      count: 3,
    },
  ],
};

/** Every event type at least once, with nulls, empty lists and odd numbers where they can occur. */
export const EVENT_EXAMPLES: readonly EngineEvent[] = Object.values(BY_TYPE).flat();

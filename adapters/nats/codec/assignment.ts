import type { IncidentStatus, UnitStatus } from "../../../engine/index.ts";
import { INCIDENT_STATUS, UNIT_STATUS } from "./enums.ts";
import { type Int64, int64ToNumber } from "./pb.ts";
import { CodecError } from "./errors.ts";

/** A caller of an assigned incident, as a unit's terminal shows it. */
export interface AssignedCaller {
  readonly callId: string;
  readonly receivedAt: number;
  readonly flags: readonly string[];
  readonly description: string;
}

export interface AssignedNote {
  readonly at: number;
  readonly author: string;
  readonly text: string;
}

/** The incident a unit serves, as its terminal shows it (cad.v1.AssignedIncident). */
export interface AssignedIncident {
  readonly incidentId: string;
  readonly status: IncidentStatus;
  readonly callType: string;
  readonly callTypeName: string;
  readonly priority: number;
  readonly address: string;
  readonly lon: number;
  readonly lat: number;
  readonly zone: string | null;
  readonly receivedAt: number;
  /** The callers' flags, each once, in the order first reported. */
  readonly flags: readonly string[];
  readonly callers: readonly AssignedCaller[];
  readonly notes: readonly AssignedNote[];
  readonly notesTotal: number;
  readonly unitIds: readonly string[];
}

/**
 * What a unit's terminal shows after an input (cad.v1.UnitAssignment): carried by the messages
 * on the unit's own subjects `cad.<agency>.unit.<unitId>.>`, never on `cad.<agency>.evt.>`.
 */
export interface UnitAssignment {
  readonly unitId: string;
  readonly unitStatus: UnitStatus;
  readonly incident: AssignedIncident | null;
}

/** The plain object protobufjs encodes as a cad.v1.UnitAssignment. */
export function assignmentToWire(a: UnitAssignment): object {
  const i = a.incident;
  return {
    unitId: a.unitId,
    unitStatus: UNIT_STATUS.toWire(a.unitStatus, "assignment.unitStatus"),
    ...(i !== null && {
      incident: {
        incidentId: i.incidentId,
        status: INCIDENT_STATUS.toWire(i.status, "assignment.incident.status"),
        callType: i.callType,
        callTypeName: i.callTypeName,
        priority: i.priority,
        address: i.address,
        lon: i.lon,
        lat: i.lat,
        ...(i.zone !== null && { zone: i.zone }),
        receivedAtMs: i.receivedAt,
        flags: i.flags,
        callers: i.callers.map((c) => ({
          callId: c.callId,
          receivedAtMs: c.receivedAt,
          flags: c.flags,
          description: c.description,
        })),
        notes: i.notes.map((n) => ({ atMs: n.at, author: n.author, text: n.text })),
        notesTotal: i.notesTotal,
        unitIds: i.unitIds,
      },
    }),
  };
}

interface WireIncident {
  incidentId: string;
  status: number;
  callType: string;
  callTypeName: string;
  priority: number;
  address: string;
  lon: number;
  lat: number;
  zone?: string | null;
  receivedAtMs: Int64;
  flags: string[];
  callers: { callId: string; receivedAtMs: Int64; flags: string[]; description: string }[];
  notes: { atMs: Int64; author: string; text: string }[];
  notesTotal: number;
  unitIds: string[];
}

function ms(value: Int64 | null | undefined, field: string): number {
  const n = value == null ? 0 : int64ToNumber(value);
  if (n === undefined) throw new CodecError(`${field} does not fit a JavaScript number exactly`);
  return n;
}

/** A decoded cad.v1.UnitAssignment as the domain object. */
export function assignmentFromWire(w: {
  unitId: string;
  unitStatus: number;
  incident?: WireIncident | null;
}): UnitAssignment {
  const i = w.incident;
  return {
    unitId: w.unitId,
    unitStatus: UNIT_STATUS.fromWire(w.unitStatus, "assignment.unitStatus"),
    incident:
      i == null
        ? null
        : {
            incidentId: i.incidentId,
            status: INCIDENT_STATUS.fromWire(i.status, "assignment.incident.status"),
            callType: i.callType,
            callTypeName: i.callTypeName,
            priority: i.priority,
            address: i.address,
            lon: i.lon,
            lat: i.lat,
            zone: i.zone ?? null,
            receivedAt: ms(i.receivedAtMs, "assignment.incident.receivedAtMs"),
            flags: [...i.flags],
            callers: i.callers.map((c) => ({
              callId: c.callId,
              receivedAt: ms(c.receivedAtMs, "assignment.incident.callers.receivedAtMs"),
              flags: [...c.flags],
              description: c.description,
            })),
            notes: i.notes.map((n) => ({
              at: ms(n.atMs, "assignment.incident.notes.atMs"),
              author: n.author,
              text: n.text,
            })),
            notesTotal: i.notesTotal,
            unitIds: [...i.unitIds],
          },
  };
}

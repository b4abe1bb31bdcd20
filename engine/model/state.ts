import type { GeoPointIndex } from "../geo/nearest.ts";
import type { UnitIndex } from "../recommend/unit-index.ts";
import type { InputIdWindow } from "../state/id-window.ts";

/** Canonical unit statuses; each agency's own status names map onto these. */
export type UnitStatus =
  | "available"
  | "dispatched"
  | "en_route"
  | "on_scene"
  | "transporting"
  | "at_hospital"
  | "returning"
  | "out_of_service";

export const UNIT_STATUSES: readonly UnitStatus[] = [
  "available",
  "dispatched",
  "en_route",
  "on_scene",
  "transporting",
  "at_hospital",
  "returning",
  "out_of_service",
];

export type IncidentStatus = "pending" | "dispatched" | "en_route" | "on_scene" | "cleared" | "closed";

export interface Station {
  readonly id: string;
  readonly lon: number;
  readonly lat: number;
}

export interface Unit {
  readonly id: string;
  type: string;
  capabilities: string[];
  agency: string;
  station: Station | null;
  crew: number;
  status: UnitStatus;
  statusSince: number;
  /** The incident the unit serves; set exactly while its status is an assigned one. */
  incidentId: string | null;
  lon: number | null;
  lat: number | null;
  positionAt: number | null;
  /** Where the position came from: the unit's station (roster) or an AVL fix. */
  positionSource: "station" | "avl" | null;
  /** The seq of the unit's one live timer (-1: none); any other timer for it is stale. */
  timerToken: number;
  /** Status-timer alerts fired since the unit entered its status (or was last checked). */
  statusAlerts: number;
}

export interface Call {
  readonly id: string;
  incidentId: string;
  readonly receivedAt: number;
  readonly answeredAt: number | null;
  readonly lon: number;
  readonly lat: number;
  readonly address: string;
  /** The call-type code used (after any fallback to the default). */
  readonly callType: string;
  readonly callerNumber: string;
  readonly flags: readonly string[];
  readonly description: string;
}

export interface IncidentTimes {
  receivedAt: number;
  answeredAt: number | null;
  createdAt: number;
  firstDispatchedAt: number | null;
  firstEnRouteAt: number | null;
  firstOnSceneAt: number | null;
  clearedAt: number | null;
  closedAt: number | null;
}

export interface Note {
  readonly at: number;
  readonly author: string;
  readonly text: string;
}

/** One line of an incident's history, for consoles and the record. */
export interface TimelineEntry {
  readonly at: number;
  readonly what: string;
}

export interface Incident {
  readonly id: string;
  callType: string;
  priority: number;
  status: IncidentStatus;
  lon: number;
  lat: number;
  address: string;
  /** The beat or first-due zone the incident lies in, if zones are configured. */
  zone: string | null;
  callIds: string[];
  /** Units assigned now. */
  unitIds: string[];
  times: IncidentTimes;
  disposition: string | null;
  mergedInto: string | null;
  mergedFrom: string[];
  links: string[];
  notes: Note[];
  timeline: TimelineEntry[];
  /** Instant the incident last entered the pending queue; its wait is measured from here. */
  queuedAt: number;
  /** Instant of the latest call, for attaching further callers. */
  lastCallAt: number;
  /** The seq of the incident's one live timer (-1: none); any other timer for it is stale. */
  timerToken: number;
  /** Overdue alerts fired during the current wait in the queue. */
  overdueAlerts: number;
}

export type TimerKind = "incident_overdue" | "unit_status";

export interface Timer {
  readonly dueAt: number;
  readonly seq: number;
  readonly kind: TimerKind;
  readonly targetId: string;
}

export interface EngineState {
  /** Instant of the last accepted input. */
  now: number;
  nextIncidentNumber: number;
  nextTimerSeq: number;
  readonly incidents: Map<string, Incident>;
  readonly calls: Map<string, Call>;
  readonly units: Map<string, Unit>;
  /** Pending incident ids ordered by priority, then age, then id. */
  pending: string[];
  /** Binary min-heap ordered by (dueAt, seq). */
  timers: Timer[];
  /** The recent input ids, to refuse repeats (at least the config's dedupWindow of them). */
  seenInputs: InputIdWindow;
  /** Derived index: ids of incidents that are pending, dispatched, en route or on scene. */
  readonly active: Set<string>;
  /** Derived index: active incidents by place, for attaching further callers. */
  readonly activeByPlace: GeoPointIndex<Incident>;
  /** Derived index: units by effective position, for recommendations. */
  readonly unitIndex: UnitIndex;
}

/** Statuses in which a unit is assigned to an incident. */
export const ASSIGNED_STATUSES: ReadonlySet<UnitStatus> = new Set<UnitStatus>([
  "dispatched",
  "en_route",
  "on_scene",
  "transporting",
  "at_hospital",
]);

/**
 * Whether a unit may be dispatched now: it is available, or returning to quarters where the
 * config lets returning units be sent. A dispatch command and a recommendation ask the same.
 * On the recommendation's hot path: kept tiny so V8 inlines it.
 */
export function isFreeToDispatch(
  config: { readonly dispatch: { readonly returningUnitsAvailable: boolean } },
  unit: { readonly status: UnitStatus },
): boolean {
  return (
    unit.status === "available" || (unit.status === "returning" && config.dispatch.returningUnitsAvailable)
  );
}

export const ACTIVE_INCIDENT_STATUSES: ReadonlySet<IncidentStatus> = new Set<IncidentStatus>([
  "pending",
  "dispatched",
  "en_route",
  "on_scene",
]);

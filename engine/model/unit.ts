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

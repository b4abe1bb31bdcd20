import { GeoPointIndex } from "../geo/nearest.ts";
import { UnitIndex } from "../recommend/unit-index.ts";
import {
  ArchivedMap,
  archiveColumns,
  type ArchivedColumns,
  type JoinedKeys,
  type LazyText,
} from "./archived-map.ts";
import { InputIdWindow } from "./id-window.ts";
import {
  restoreConfiguration,
  serialiseConfiguration,
  type SerialisedConfiguration,
} from "./configuration.ts";
import {
  ACTIVE_INCIDENT_STATUSES,
  INITIAL_LEADERSHIP,
  type Call,
  type EngineState,
  type Incident,
  type IncidentShare,
  type IncomingIncident,
  type Leadership,
  type Timer,
  type Unit,
} from "../model/state.ts";

/**
 * The version of the serialised state that is written. 8: with the shares (incidents of ours
 * partner agencies follow, issue 19); 7 is the same without them; 6 is 7 without the incoming
 * incidents (EIDO); 5 is 6 without the leadership (issue 16).
 */
export const STATE_FORMAT_VERSION = 8;

/**
 * The versions a reader accepts: this one; 7, read with no shares; 6, read with no shares nor
 * incoming incidents; and 5, read with none and the initial leadership.
 */
export const READABLE_STATE_FORMATS: readonly number[] = [5, 6, 7, STATE_FORMAT_VERSION];

/** The engine state as plain JSON-compatible data, in a deterministic order. */
export interface SerialisedState {
  readonly format: number;
  readonly now: number;
  readonly nextIncidentNumber: number;
  readonly nextTimerSeq: number;
  /** Active incidents as objects; the others (cleared, closed) archived as JSON text, decoded when read. */
  readonly incidents: ArchivedColumns<Incident>;
  /** Calls of active incidents as objects; the others archived likewise. */
  readonly calls: ArchivedColumns<Call>;
  readonly units: readonly Unit[];
  readonly pending: readonly string[];
  /**
   * Active incidents in the order they became active (created or reopened): the order the live
   * engine lists them in, which the map of incidents alone does not give.
   */
  readonly active: readonly string[];
  readonly timers: readonly Timer[];
  /** Remembered input ids, the older generation first, each in the order accepted. */
  readonly seenInputs: { readonly older: readonly string[]; readonly recent: readonly string[] };
  /** The configuration recorded in the log and in force; absent when the log has recorded none. */
  readonly configuration?: SerialisedConfiguration;
  /** The leadership in force (format 6; a format-5 state has none and is read with the initial one). */
  readonly leadership: Leadership;
  /** Incoming incidents (EIDO) in the order received (format 7; read as none from 5 and 6). */
  readonly incoming?: readonly IncomingIncident[];
  /** Shares by incident id, in the order made (format 8; read as none from 5 to 7). */
  readonly shares?: readonly (readonly [string, readonly IncidentShare[]])[];
}

/**
 * The state as plain data (maps become arrays in insertion order): a deep copy, unless
 * `copy: false`, for a caller that encodes it at once (a snapshot) and must not pay for a copy.
 * `keepWholeChunks` (with `copy: false`): archived chunks restored from a snapshot and still whole
 * come back as they were restored (LazyText, not decoded; see archiveColumns), for a snapshot
 * writer that stores them as it read them; the result is then not plain data.
 */
export function serialiseState(
  state: EngineState,
  opts: { copy?: boolean; keepWholeChunks?: boolean } = {},
): SerialisedState {
  const keepWholeChunks = opts.copy === false && opts.keepWholeChunks === true;
  const activeCalls = new Set<string>();
  for (const id of state.active)
    for (const callId of state.incidents.get(id)?.callIds ?? []) activeCalls.add(callId);
  const data: SerialisedState = {
    format: STATE_FORMAT_VERSION,
    now: state.now,
    nextIncidentNumber: state.nextIncidentNumber,
    nextTimerSeq: state.nextTimerSeq,
    incidents: archiveColumns(state.incidents, (id) => !state.active.has(id), { keepWholeChunks }),
    calls: archiveColumns(state.calls, (id) => !activeCalls.has(id), { keepWholeChunks }),
    units: [...state.units.values()],
    pending: state.pending,
    active: [...state.active],
    timers: state.timers,
    seenInputs: state.seenInputs.generations(),
    leadership: { ...state.leadership },
    incoming: [...state.incoming.values()],
    shares: [...state.shares.entries()],
  };
  const configuration = serialiseConfiguration(state);
  if (configuration !== undefined) Object.assign(data, { configuration });
  return opts.copy === false ? data : structuredClone(data);
}

export class StateFormatError extends Error {
  override readonly name = "StateFormatError";
}

/**
 * Rebuilds a state from serialised data; throws StateFormatError naming what is wrong. The data
 * is copied unless `copy: false`, for data freshly decoded that nothing else holds.
 */
export function deserialiseState(raw: unknown, opts: { copy?: boolean } = {}): EngineState {
  const data = raw as Partial<SerialisedState> | null;
  if (typeof data !== "object" || data === null) throw new StateFormatError("state: expected an object");
  if (typeof data.format !== "number" || !READABLE_STATE_FORMATS.includes(data.format)) {
    throw new StateFormatError(
      `state: format ${String(data.format)} is not one of the supported ${READABLE_STATE_FORMATS.join(", ")}`,
    );
  }
  for (const key of ["now", "nextIncidentNumber", "nextTimerSeq"] as const) {
    if (typeof data[key] !== "number" || !Number.isFinite(data[key]))
      throw new StateFormatError(`state.${key}: expected a number`);
  }
  const copy = (opts.copy === false ? data : structuredClone(data)) as SerialisedState;
  const incidents = byId<Incident>(copy.incidents, "incidents");
  const calls = byId<Call>(copy.calls, "calls");
  const seen = copy.seenInputs as { older?: unknown; recent?: unknown } | undefined;
  if (typeof seen !== "object") throw new StateFormatError("state.seenInputs: expected {older, recent}");
  const older = stringList(seen.older, "seenInputs.older");
  const recent = stringList(seen.recent, "seenInputs.recent");
  const configuration = restoreConfiguration(copy.configuration);
  if (typeof configuration === "string" && configuration !== "none")
    throw new StateFormatError(configuration);
  const state: EngineState = {
    now: copy.now,
    nextIncidentNumber: copy.nextIncidentNumber,
    nextTimerSeq: copy.nextTimerSeq,
    incidents,
    calls,
    units: unitsById(copy.units),
    pending: stringList(copy.pending, "pending"),
    timers: list(copy.timers, "timers") as Timer[],
    seenInputs: new InputIdWindow(Math.max(older.length, recent.length), older, recent),
    active: new Set(),
    activeByPlace: new GeoPointIndex(),
    unitIndex: new UnitIndex(),
    configuration: typeof configuration === "string" ? null : configuration,
    leadership: data.format === 5 ? INITIAL_LEADERSHIP : leadershipOf(copy.leadership),
    incoming: data.format < 7 ? new Map<string, IncomingIncident>() : incomingById(copy.incoming),
    shares: data.format < 8 ? new Map<string, IncidentShare[]>() : sharesById(copy.shares),
  };
  for (const unit of state.units.values()) {
    state.unitIndex.place(unit);
    if (unit.status === "returning") state.unitIndex.countReturning(unit.type, 1);
  }
  restoreActive(state, incidents, stringList(copy.active, "active"));
  for (const id of state.pending) {
    if (incidents.get(id)?.status !== "pending")
      throw new StateFormatError(`state.pending: ${id} is not a pending incident`);
  }
  return state;
}

/** Active incidents in their live order; every decoded incident of an active status, and no other. */
function restoreActive(
  state: EngineState,
  incidents: ArchivedMap<Incident>,
  active: readonly string[],
): void {
  for (const [i, id] of active.entries()) {
    const incident = incidents.get(id);
    if (incident === undefined || !ACTIVE_INCIDENT_STATUSES.has(incident.status))
      throw new StateFormatError(`state.active[${i}]: ${id} is not an active incident`);
    if (state.active.has(id)) throw new StateFormatError(`state.active[${i}]: duplicate id ${id}`);
    state.active.add(id);
    state.activeByPlace.set(id, incident.lon, incident.lat, incident);
  }
  // Archived incidents are not active, so only the decoded ones need looking at.
  for (const [id, incident] of incidents.decodedEntries()) {
    if (ACTIVE_INCIDENT_STATUSES.has(incident.status) && !state.active.has(id))
      throw new StateFormatError(`state.active: incident ${id} is ${incident.status} but not listed`);
  }
}

function leadershipOf(value: unknown): Leadership {
  const l = value as Partial<Record<keyof Leadership, unknown>> | null | undefined;
  if (typeof l !== "object" || l === null) throw new StateFormatError("state.leadership: expected an object");
  const { term, replica, claimId, since } = l;
  if (typeof term !== "number" || !Number.isSafeInteger(term) || term < 0)
    throw new StateFormatError("state.leadership.term: expected a whole number >= 0");
  if (typeof replica !== "string" || typeof claimId !== "string")
    throw new StateFormatError("state.leadership: expected replica and claimId as texts");
  if (typeof since !== "number" || !Number.isFinite(since))
    throw new StateFormatError("state.leadership.since: expected a number");
  return { term, replica, claimId, since };
}

const INCOMING_STATUSES: ReadonlySet<unknown> = new Set(["pending", "accepted", "declined", "merged"]);

function incomingById(value: unknown): Map<string, IncomingIncident> {
  const map = new Map<string, IncomingIncident>();
  list(value, "incoming").forEach((item, i) => {
    const x = item as Partial<Record<keyof IncomingIncident, unknown>> | null;
    if (
      typeof x?.trackingId !== "string" ||
      typeof x.senderAgency !== "string" ||
      typeof x.updatedAt !== "number" ||
      !INCOMING_STATUSES.has(x.status) ||
      typeof x.detail !== "object" ||
      x.detail === null
    )
      throw new StateFormatError(`state.incoming[${i}]: expected an incoming incident`);
    if (map.has(x.trackingId)) throw new StateFormatError(`state.incoming[${i}]: duplicate ${x.trackingId}`);
    map.set(x.trackingId, item as IncomingIncident);
  });
  return map;
}

const SHARE_STATUSES: ReadonlySet<unknown> = new Set(["active", "pending", "accepted", "declined"]);

function sharesById(value: unknown): Map<string, IncidentShare[]> {
  const map = new Map<string, IncidentShare[]>();
  list(value, "shares").forEach((item, i) => {
    const pair = item as unknown[];
    const id: unknown = Array.isArray(pair) ? pair[0] : undefined;
    const shares = Array.isArray(pair) ? list(pair[1], `shares[${i}][1]`) : [];
    if (typeof id !== "string" || map.has(id))
      throw new StateFormatError(`state.shares[${i}]: expected [incident id, shares] once per incident`);
    for (const s of shares) {
      const x = s as Partial<Record<keyof IncidentShare, unknown>> | null;
      if (
        typeof x?.agency !== "string" ||
        (x.mode !== "share" && x.mode !== "transfer") ||
        !SHARE_STATUSES.has(x.status) ||
        typeof x.updatedAt !== "number"
      )
        throw new StateFormatError(`state.shares[${i}]: expected the shares of incident ${id}`);
    }
    map.set(id, shares as IncidentShare[]);
  });
  return map;
}

function list(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new StateFormatError(`state.${path}: expected a list`);
  return value;
}

function stringList(value: unknown, path: string): string[] {
  const items = list(value, path);
  items.forEach((v, i) => {
    if (typeof v !== "string") throw new StateFormatError(`state.${path}[${i}]: expected an id`);
  });
  return items as string[];
}

function byId<T extends { id: string }>(value: unknown, path: string): ArchivedMap<T> {
  const c = value as Partial<ArchivedColumns<T>> | null;
  if (typeof c !== "object" || c === null) throw new StateFormatError(`state.${path}: expected columns`);
  if (Array.isArray(c.ids)) stringList(c.ids, `${path}.ids`);
  else {
    const keys = c.ids as Partial<JoinedKeys> | undefined;
    if (typeof keys?.text !== "string" || !(ArrayBuffer.isView(keys.lengths) || Array.isArray(keys.lengths)))
      throw new StateFormatError(`state.${path}.ids: expected a list or joined keys`);
  }
  list(c.chunks, `${path}.chunks`).forEach((chunk, i) => {
    const lazy = chunk as Partial<LazyText> | null;
    if (typeof chunk !== "string" && (typeof lazy?.length !== "number" || typeof lazy.text !== "function"))
      throw new StateFormatError(`state.${path}.chunks[${i}]: expected a text`);
  });
  list(c.values, `${path}.values`);
  // Number columns may come as typed arrays (a snapshot stores them so).
  for (const column of ["chunkOf", "starts", "ends"] as const)
    if (!ArrayBuffer.isView(c[column])) list(c[column], `${path}.${column}`);
  (c.values as unknown[]).forEach((item, i) => {
    if (typeof (item as { id?: unknown } | null)?.id !== "string")
      throw new StateFormatError(`state.${path}.values[${i}]: expected an object with an id`);
  });
  try {
    return ArchivedMap.restore(c as ArchivedColumns<T>);
  } catch (error) {
    throw new StateFormatError(`state.${path}: ${(error as Error).message}`);
  }
}

function unitsById(value: unknown): Map<string, Unit> {
  const map = new Map<string, Unit>();
  list(value, "units").forEach((item, i) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== "string")
      throw new StateFormatError(`state.units[${i}]: expected an object with an id`);
    if (map.has(id)) throw new StateFormatError(`state.units[${i}]: duplicate id ${id}`);
    map.set(id, item as Unit);
  });
  return map;
}

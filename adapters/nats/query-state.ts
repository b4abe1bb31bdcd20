import type { EngineState, Incident, Unit } from "../../engine/index.ts";
import { jsonBytes, positionFields, queryError, type QueryPosition } from "./query-reply.ts";

/** The `state` reply's lists, in the order their items fill the pages. */
const SECTIONS = ["pending", "incidents", "units"] as const;
type Section = (typeof SECTIONS)[number];

/** A later page of one `state` reply: the snapshot it belongs to and the page's index. */
export interface StateCursor {
  readonly snapshot: number;
  readonly page: number;
}

interface Snapshot {
  readonly pages: readonly string[];
  usedAt: number;
}

/** Snapshots kept for their later pages; the oldest goes first (its cursor then expires). */
const MAX_SNAPSHOTS = 8;
/** A snapshot not read from for this long is dropped. */
const SNAPSHOT_IDLE_MS = 60_000;
/** Bytes a page's own fields (now, position, page, next) take at most. */
const PAGE_FIELDS_BYTES = 512;

/**
 * The `state` query, paged to fit the server's max_payload: the first request takes the whole
 * reply from the state at once (a snapshot); when it does not fit one message, its later pages
 * are kept here and read with the cursor each page names in `next`. Every page of one reply is
 * from the same state, so the pages' lists concatenated are the state after `lastInputSeq`.
 */
export class StatePages {
  private readonly snapshots = new Map<number, Snapshot>();
  private nextId = 1;

  constructor(private readonly clock: () => number = () => performance.now()) {}

  /** The reply's JSON text to `state` {cursor?}. */
  answer(state: EngineState, position: QueryPosition, cursor: unknown, budget: number): string {
    this.expire();
    if (cursor === undefined || cursor === null) return this.first(state, position, budget);
    const c = cursor as Partial<StateCursor>;
    if (typeof c.snapshot !== "number" || typeof c.page !== "number")
      return JSON.stringify({
        ...queryError("BAD_REQUEST", `cursor must be {"snapshot": number, "page": number}`),
        ...positionFields(position),
      });
    const snapshot = this.snapshots.get(c.snapshot);
    const page = snapshot?.pages[c.page];
    if (snapshot === undefined || page === undefined)
      return JSON.stringify({
        ...queryError(
          "CURSOR_EXPIRED",
          `no page ${c.page} of state snapshot ${c.snapshot}: ask again with no cursor`,
        ),
        ...positionFields(position),
      });
    snapshot.usedAt = this.clock();
    // Its last page read, the snapshot is no longer needed.
    if (c.page === snapshot.pages.length - 1) this.snapshots.delete(c.snapshot);
    return page;
  }

  private first(state: EngineState, position: QueryPosition, budget: number): string {
    const items: Record<Section, string[]> = {
      pending: state.pending.map((id) =>
        JSON.stringify(incidentSummary(state.incidents.get(id) as Incident)),
      ),
      incidents: [...state.active].map((id) =>
        JSON.stringify(incidentSummary(state.incidents.get(id) as Incident)),
      ),
      units: [...state.units.values()].map((u) => JSON.stringify(unitSummary(u))),
    };
    const head = { now: state.now, ...positionFields(position) };
    const chunks = pack(items, budget - PAGE_FIELDS_BYTES - jsonBytes(JSON.stringify(head)));
    if (typeof chunks === "string")
      return JSON.stringify({ ...queryError("TOO_LARGE", chunks), ...positionFields(position) });
    const id = chunks.length > 1 ? this.nextId++ : 0;
    const pages = chunks.map((chunk, index) => {
      const next = index + 1 < chunks.length ? { snapshot: id, page: index + 1 } : null;
      const lists = SECTIONS.map((s) => `"${s}":[${chunk[s].join(",")}]`).join(",");
      const tail = JSON.stringify({ page: { snapshot: id, index, count: chunks.length }, next });
      return `${JSON.stringify(head).slice(0, -1)},${lists},${tail.slice(1)}`;
    });
    if (pages.length > 1) {
      this.snapshots.set(id, { pages, usedAt: this.clock() });
      for (const old of this.snapshots.keys())
        if (this.snapshots.size > MAX_SNAPSHOTS) this.snapshots.delete(old);
    }
    return pages[0] as string;
  }

  private expire(): void {
    const now = this.clock();
    for (const [id, s] of this.snapshots) if (now - s.usedAt > SNAPSHOT_IDLE_MS) this.snapshots.delete(id);
  }
}

/** Fills pages in section order, each with at most `room` bytes of items; a message if one item alone is larger. */
function pack(items: Record<Section, string[]>, room: number): Record<Section, string[]>[] | string {
  const empty = (): Record<Section, string[]> => ({ pending: [], incidents: [], units: [] });
  const pages = [empty()];
  let used = 0;
  for (const section of SECTIONS) {
    for (const item of items[section]) {
      const bytes = jsonBytes(item) + 1;
      if (bytes > room) return `one ${section} item is ${bytes} bytes, over the ${room} a page has room for`;
      if (used + bytes > room) {
        pages.push(empty());
        used = 0;
      }
      (pages[pages.length - 1] as Record<Section, string[]>)[section].push(item);
      used += bytes;
    }
  }
  return pages;
}

function incidentSummary(i: Incident) {
  return {
    id: i.id,
    status: i.status,
    priority: i.priority,
    callType: i.callType,
    lon: i.lon,
    lat: i.lat,
    address: i.address,
    zone: i.zone,
    receivedAt: i.times.receivedAt,
    queuedAt: i.queuedAt,
    unitIds: i.unitIds,
    overdueAlerts: i.overdueAlerts,
  };
}

function unitSummary(u: Unit) {
  return {
    id: u.id,
    type: u.type,
    agency: u.agency,
    status: u.status,
    statusSince: u.statusSince,
    incidentId: u.incidentId,
    lon: u.lon,
    lat: u.lat,
    positionAt: u.positionAt,
    positionSource: u.positionSource,
  };
}

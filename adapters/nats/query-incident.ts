import type { EngineState, Incident } from "../../engine/index.ts";
import { jsonBytes, positionFields, queryError, type QueryPosition } from "./query-reply.ts";

/** An incident's lists that can grow without bound; the `incident` reply caps each. */
export const INCIDENT_LISTS = [
  "calls",
  "callIds",
  "notes",
  "timeline",
  "unitIds",
  "mergedFrom",
  "links",
] as const;
export type IncidentList = (typeof INCIDENT_LISTS)[number];

/** Lists whose newest items matter most: a cut one carries its last items, the others their first. */
const NEWEST_LAST: ReadonlySet<IncidentList> = new Set(["notes", "timeline"]);

/** Items of each list the `incident` reply carries at most (fewer when they do not fit max_payload). */
export const INCIDENT_LIST_CAP = 100;
/** Items one `incident.items` page carries at most (fewer when they do not fit max_payload). */
export const ITEMS_PAGE_CAP = 1000;

const listOf = (state: EngineState, incident: Incident, list: IncidentList): readonly unknown[] =>
  list === "calls" ? incident.callIds.map((c) => state.calls.get(c) ?? null) : incident[list];

/**
 * `incident` {id}: the incident with at most INCIDENT_LIST_CAP items of each list (halved until
 * the reply fits the budget): the last ones of notes and timeline, the first of the others; and
 * `truncated` naming, per cut list, its `total` and the offset `from` of its first item carried.
 * The rest is read with `incident.items`.
 */
export function incidentReply(
  state: EngineState,
  id: string,
  position: QueryPosition,
  budget: number,
): string {
  const incident = state.incidents.get(id);
  if (incident === undefined)
    return JSON.stringify({
      ...queryError("UNKNOWN_INCIDENT", `no incident "${id}"`),
      ...positionFields(position),
    });
  for (let cap = INCIDENT_LIST_CAP; ; cap = Math.floor(cap / 2)) {
    const reply: Record<string, unknown> = {
      ...incident,
      // The partner agencies following it (without what their versions say: see SharedIncidentUpdated).
      shares: (state.shares.get(id) ?? []).map(({ detail: _, ...share }) => share),
      ...positionFields(position),
    };
    const truncated: Partial<Record<IncidentList, { total: number; from: number }>> = {};
    for (const list of INCIDENT_LISTS) {
      const all = listOf(state, incident, list);
      const from = NEWEST_LAST.has(list) ? Math.max(0, all.length - cap) : 0;
      reply[list] = all.slice(from, from + cap);
      if (all.length > cap) truncated[list] = { total: all.length, from };
    }
    if (Object.keys(truncated).length > 0) reply["truncated"] = truncated;
    const text = JSON.stringify(reply);
    if (jsonBytes(text) <= budget) return text;
    if (cap === 0)
      return JSON.stringify({
        ...queryError("TOO_LARGE", `incident "${id}" is over ${budget} bytes even without its lists`),
        ...positionFields(position),
      });
  }
}

/**
 * `incident.items` {id, list, offset?, limit?}: items `offset..` of one of an incident's lists, as
 * many as fit (at most `limit`, at most ITEMS_PAGE_CAP), with the list's `total` and the `next`
 * offset (null at the end).
 */
export function incidentItemsReply(
  state: EngineState,
  body: Record<string, unknown>,
  position: QueryPosition,
  budget: number,
): string {
  const bad = (message: string) =>
    JSON.stringify({ ...queryError("BAD_REQUEST", message), ...positionFields(position) });
  const { id, list, offset = 0, limit = ITEMS_PAGE_CAP } = body;
  if (typeof id !== "string") return bad(`"id" must be a string`);
  if (!INCIDENT_LISTS.includes(list as IncidentList))
    return bad(`"list" must be one of ${INCIDENT_LISTS.join(", ")}`);
  if (!Number.isSafeInteger(offset) || (offset as number) < 0) return bad(`"offset" must be an integer >= 0`);
  if (!Number.isSafeInteger(limit) || (limit as number) < 1) return bad(`"limit" must be an integer >= 1`);
  const incident = state.incidents.get(id);
  if (incident === undefined)
    return JSON.stringify({
      ...queryError("UNKNOWN_INCIDENT", `no incident "${id}"`),
      ...positionFields(position),
    });
  const all = listOf(state, incident, list as IncidentList);
  const from = offset as number;
  const head = { id, list, total: all.length, offset: from, ...positionFields(position) };
  let room = budget - jsonBytes(JSON.stringify(head)) - 64;
  const items: string[] = [];
  const end = Math.min(all.length, from + Math.min(limit as number, ITEMS_PAGE_CAP));
  for (let i = from; i < end; i++) {
    const item = JSON.stringify(all[i]);
    if (jsonBytes(item) + 1 > room) break;
    room -= jsonBytes(item) + 1;
    items.push(item);
  }
  if (items.length === 0 && from < all.length)
    return JSON.stringify({
      ...queryError("TOO_LARGE", `item ${from} of ${list as string} alone is over ${budget} bytes`),
      ...positionFields(position),
    });
  const next = from + items.length < all.length ? from + items.length : null;
  return `${JSON.stringify({ ...head, next }).slice(0, -1)},"items":[${items.join(",")}]}`;
}

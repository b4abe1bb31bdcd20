import type { ServerResponse } from "node:http";
import { MAX_MATCHES, MAX_QUERY_LENGTH, type Gazetteer } from "./gazetteer.ts";
import { HttpError, sendJson } from "./http.ts";
import type { GazetteerReply } from "./web/protocol.ts";

/** How far from a point on the map the nearest address may lie to be named. */
const NEAREST_METERS = 250;

/**
 * `GET /api/gazetteer?q=TEXT[&limit=N]`: the best addresses for what was typed (default 10, at
 * most 50). `GET /api/gazetteer?lat=..&lon=..`: the address nearest that point within 250 m.
 * `size` 0: the configuration names no gazetteer. Bad parameters: 400 BAD_QUERY.
 */
export function gazetteerRoute(gazetteer: Gazetteer | null) {
  return (url: URL, _req: unknown, res: ServerResponse): void => {
    const p = url.searchParams;
    const size = gazetteer?.size ?? 0;
    if (p.has("lat") || p.has("lon")) {
      const lat = coordinate(p.get("lat"), 90, "lat");
      const lon = coordinate(p.get("lon"), 180, "lon");
      const reply: GazetteerReply = {
        size,
        matches: [],
        nearest: gazetteer?.nearest(lat, lon, NEAREST_METERS) ?? null,
      };
      return sendJson(res, 200, reply);
    }
    const q = p.get("q") ?? "";
    if (q.length > MAX_QUERY_LENGTH)
      throw new HttpError(400, "BAD_QUERY", `q: at most ${MAX_QUERY_LENGTH} characters`);
    const limitText = p.get("limit") ?? "10";
    const limit = Number(limitText);
    if (!/^\d{1,3}$/.test(limitText) || limit < 1 || limit > MAX_MATCHES)
      throw new HttpError(400, "BAD_QUERY", `limit: a whole number 1-${MAX_MATCHES}`);
    const reply: GazetteerReply = { size, matches: gazetteer?.search(q, limit) ?? [], nearest: null };
    sendJson(res, 200, reply);
  };
}

function coordinate(text: string | null, max: number, name: string): number {
  const value = Number(text ?? "");
  if (text === null || text.trim() === "" || !Number.isFinite(value) || Math.abs(value) > max)
    throw new HttpError(400, "BAD_QUERY", `${name}: degrees within ±${max}`);
  return value;
}

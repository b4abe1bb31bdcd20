/**
 * The gazetteer: the agency's addresses with their coordinates, searched as a call-taker types.
 * Addresses are normalised into tokens (upper case, punctuation dropped, "Avenue"/"Ave" → "AV",
 * "North" → "N", "First" → "1ST"), every token is indexed once at load, and a query matches the
 * addresses that have, for each of its tokens, a token starting with it, in any order: "main 34"
 * finds "3410 Main St". Best first: the whole address as typed, then more tokens typed in full,
 * then tokens in the address's own order, then the shorter address.
 */

export interface GazetteerEntry {
  readonly address: string;
  readonly lat: number;
  readonly lon: number;
}

export interface GazetteerMatch extends GazetteerEntry {
  /** Metres from the point asked for (a nearest-address lookup only). */
  readonly distanceMeters?: number;
}

/** Queries longer than this are cut (nobody types more; a huge one must not cost more). */
export const MAX_QUERY_LENGTH = 200;
export const MAX_MATCHES = 50;

const SYNONYMS: Readonly<Record<string, string>> = {
  AVENUE: "AV",
  AVE: "AV",
  STREET: "ST",
  STR: "ST",
  ROAD: "RD",
  DRIVE: "DR",
  PLACE: "PL",
  BOULEVARD: "BLVD",
  COURT: "CT",
  LANE: "LN",
  PARKWAY: "PKWY",
  HIGHWAY: "HWY",
  TERRACE: "TER",
  CIRCLE: "CIR",
  NORTH: "N",
  SOUTH: "S",
  EAST: "E",
  WEST: "W",
  NORTHEAST: "NE",
  NORTHWEST: "NW",
  SOUTHEAST: "SE",
  SOUTHWEST: "SW",
  FIRST: "1ST",
  SECOND: "2ND",
  THIRD: "3RD",
  FOURTH: "4TH",
  FIFTH: "5TH",
  SIXTH: "6TH",
  SEVENTH: "7TH",
  EIGHTH: "8TH",
  NINTH: "9TH",
  TENTH: "10TH",
  AND: "/",
  AT: "/",
};

/** An address or a query as the index sees it: normalised tokens, in order ("/" joins an intersection's streets). */
export function normalise(text: string): string[] {
  const spaced = text
    .slice(0, MAX_QUERY_LENGTH)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/&/g, " / ")
    .replace(/\//g, " / ")
    .replace(/[^A-Z0-9/ ]+/g, " ");
  const tokens: string[] = [];
  for (const raw of spaced.split(" ")) {
    if (raw === "") continue;
    const token = SYNONYMS[raw] ?? raw;
    if (token !== "/") tokens.push(token);
  }
  return tokens;
}

/** A searchable set of addresses: built once, read by many requests. */
export class Gazetteer {
  readonly size: number;
  private readonly entries: readonly GazetteerEntry[];
  /** Each entry's tokens, in its own order, and joined by spaces. */
  private readonly tokensOf: readonly (readonly string[])[];
  private readonly keys: readonly string[];
  /** Each entry's place in natural order of the address ("2 Elm St" before "10 Elm St"): the last tie-break. */
  private readonly rank: Int32Array;
  /** Which search last saw each entry (a stamp per search, so no set is built per keystroke). */
  private readonly seen: Uint32Array;
  private searches = 0;
  /** Every distinct token, sorted, and the entries holding it (ids ascending). */
  private readonly vocabulary: readonly string[];
  private readonly postings: readonly Int32Array[];
  /** postingsBefore[i]: how many postings the tokens before i hold (range sums in O(1)). */
  private readonly postingsBefore: Float64Array;

  /** Entries whose addresses normalise alike are one (the first kept). */
  constructor(entries: Iterable<GazetteerEntry>) {
    const seen = new Set<string>();
    const kept: GazetteerEntry[] = [];
    const tokensOf: string[][] = [];
    const keys: string[] = [];
    const lists = new Map<string, number[]>();
    for (const entry of entries) {
      const tokens = normalise(entry.address);
      const key = tokens.join(" ");
      if (tokens.length === 0 || seen.has(key)) continue;
      seen.add(key);
      const id = kept.length;
      kept.push(entry);
      tokensOf.push(tokens);
      keys.push(key);
      for (const token of new Set(tokens)) {
        const list = lists.get(token);
        if (list === undefined) lists.set(token, [id]);
        else list.push(id);
      }
    }
    this.entries = kept;
    this.size = kept.length;
    this.tokensOf = tokensOf;
    this.keys = keys;
    this.seen = new Uint32Array(kept.length);
    this.vocabulary = [...lists.keys()].sort();
    this.rank = naturalRanks(kept);
    // Each token's entries shortest first, then in natural order: a one-word query needs only the heads.
    const order = (a: number, b: number) =>
      (tokensOf[a]?.length ?? 0) - (tokensOf[b]?.length ?? 0) || (this.rank[a] ?? 0) - (this.rank[b] ?? 0);
    this.postings = this.vocabulary.map((t) => Int32Array.from(lists.get(t) ?? []).sort(order));
    this.postingsBefore = new Float64Array(this.vocabulary.length + 1);
    this.postings.forEach((p, i) => (this.postingsBefore[i + 1] = (this.postingsBefore[i] ?? 0) + p.length));
  }

  /** The best `limit` addresses for what was typed, best first; nothing for an empty query. */
  search(query: string, limit = 10): GazetteerEntry[] {
    const wanted = normalise(query);
    if (wanted.length === 0) return [];
    const ranges = wanted.map((t) => this._prefixRange(t));
    if (ranges.some(([from, to]) => from === to)) return [];
    // Walk the postings of the rarest token; check the others on each candidate's own tokens.
    let rarest = 0;
    ranges.forEach(([from, to], i) => {
      const [rf, rt] = ranges[rarest] as [number, number];
      if (this._count(from, to) < this._count(rf, rt)) rarest = i;
    });
    const [from, to] = ranges[rarest] as [number, number];
    const best: { id: number; score: number }[] = [];
    const max = Math.max(1, Math.min(MAX_MATCHES, Math.floor(limit)));
    // One word ("3", "main"): an entry's score then follows its place in each token's list, so the
    // best `max` of the union lie among the first `max` of every list.
    const heads = wanted.length === 1 ? max : Infinity;
    const wholeQuery = wanted.join(" ");
    const stamp = ++this.searches;
    for (let t = from; t < to; t++) {
      const list = this.postings[t] as Int32Array;
      for (let i = 0; i < list.length && i < heads; i++) {
        const id = list[i] as number;
        if (this.seen[id] === stamp) continue;
        this.seen[id] = stamp;
        const score = this._score(id, wanted, wholeQuery);
        if (score >= 0) this._keep(best, { id, score }, max);
      }
    }
    return best.map(({ id }) => this.entries[id] as GazetteerEntry);
  }

  /** The address nearest a point, if one lies within `maxMeters`. A scan: a click on the map is rare. */
  nearest(lat: number, lon: number, maxMeters = 150): GazetteerMatch | null {
    const mPerDegLat = 111_195;
    const mPerDegLon = mPerDegLat * Math.cos((lat * Math.PI) / 180);
    let best: GazetteerEntry | null = null;
    let bestSq = maxMeters * maxMeters;
    for (const e of this.entries) {
      const dx = (e.lon - lon) * mPerDegLon;
      const dy = (e.lat - lat) * mPerDegLat;
      const sq = dx * dx + dy * dy;
      if (sq <= bestSq) [best, bestSq] = [e, sq];
    }
    return best === null ? null : { ...best, distanceMeters: Math.round(Math.sqrt(bestSq)) };
  }

  /** The index range of the vocabulary's tokens starting with `prefix`. */
  private _prefixRange(prefix: string): [number, number] {
    const v = this.vocabulary;
    const lower = (key: string) => {
      let lo = 0;
      let hi = v.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((v[mid] as string) < key) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    // "\uffff" sorts after every character a token holds (A-Z, 0-9).
    return [lower(prefix), lower(`${prefix}\uffff`)];
  }

  private _count(from: number, to: number): number {
    return (this.postingsBefore[to] ?? 0) - (this.postingsBefore[from] ?? 0);
  }

  /**
   * -1 when a query token has no distinct token of the entry starting with it; else, highest
   * first: the whole address typed, tokens typed in full, tokens in the address's order, shortness.
   */
  private _score(id: number, wanted: readonly string[], wholeQuery: string): number {
    const tokens = this.tokensOf[id] as readonly string[];
    // Tokens of the entry already matched, one bit each (an address has far fewer than 31 words).
    let used = 0;
    let full = 0;
    let inOrder = 0;
    let last = -1;
    for (const w of wanted) {
      let at = -1;
      for (let i = 0; i < tokens.length && i < 31; i++) {
        if (used & (1 << i) || !(tokens[i] as string).startsWith(w)) continue;
        // A token typed in full beats one it is only the start of.
        if (at === -1 || (tokens[i] === w && tokens[at] !== w)) at = i;
      }
      if (at === -1) return -1;
      used |= 1 << at;
      if (tokens[at] === w) full++;
      if (at > last) inOrder++;
      last = at;
    }
    const whole = this.keys[id] === wholeQuery ? 1 : 0;
    return whole * 1e6 + full * 1e4 + inOrder * 1e2 + Math.max(0, 99 - tokens.length);
  }

  /** Keeps the `max` best, sorted: higher score, then the address in natural order. */
  private _keep(
    best: { id: number; score: number }[],
    item: { id: number; score: number },
    max: number,
  ): void {
    const before = (a: { id: number; score: number }, b: { id: number; score: number }) =>
      a.score !== b.score ? a.score > b.score : (this.rank[a.id] ?? 0) < (this.rank[b.id] ?? 0);
    if (best.length === max && !before(item, best[max - 1] as { id: number; score: number })) return;
    let i = best.length;
    while (i > 0 && before(item, best[i - 1] as { id: number; score: number })) i--;
    best.splice(i, 0, item);
    if (best.length > max) best.pop();
  }
}

/** Each entry's rank in natural order: case ignored, runs of digits compared as numbers. */
function naturalRanks(entries: readonly GazetteerEntry[]): Int32Array {
  const sortKey = (address: string) =>
    address.toUpperCase().replace(/\d+/g, (digits) => digits.padStart(12, "0"));
  const keyed = entries.map((e, id) => ({ id, key: sortKey(e.address) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id - b.id));
  const rank = new Int32Array(entries.length);
  keyed.forEach(({ id }, i) => (rank[id] = i));
  return rank;
}

import { offset } from "./city.ts";

/**
 * Metro's street grid, the one geography its maps and its gazetteer share: streets run east-west
 * and avenues north-south every BLOCK_METERS across the nine fire zones (±6600 m of the centre).
 * They are numbered from the south-west corner ("1st St", "1st Ave"); the middle ones are "Main
 * St" and "Capitol Way". A house number is the block's number times 100 plus its place in the
 * block, even on the north (or east) side, odd on the other: "3410 Main St" lies on Main St
 * between 34th Ave and 35th Ave. Nothing here comes from real data; everything is deterministic.
 */
export const BLOCK_METERS = 200;
/** Lines each way: indices 1..LINES, from -6600 m to +6600 m. */
const LINES = 67;
const MIDDLE = 34;
/** Houses per side of a block, evenly spaced. */
const HOUSES_PER_SIDE = 4;
const SIDE_METERS = 10;

export interface MetroStreet {
  readonly name: string;
  /** Its two ends, [lon, lat]. */
  readonly from: readonly [number, number];
  readonly to: readonly [number, number];
}

export interface MetroAddress {
  readonly address: string;
  readonly lon: number;
  readonly lat: number;
}

/** Metres from the centre of grid line `index` (1..LINES). */
const lineMeters = (index: number) => (index - MIDDLE) * BLOCK_METERS;

export function streetName(index: number): string {
  return index === MIDDLE ? "Main St" : `${ordinal(index)} St`;
}

export function avenueName(index: number): string {
  return index === MIDDLE ? "Capitol Way" : `${ordinal(index)} Ave`;
}

/** Every street and avenue as a straight line across the city. */
export function metroStreets(): MetroStreet[] {
  const out: MetroStreet[] = [];
  const ends = (e1: number, n1: number, e2: number, n2: number) =>
    [rounded(offset(e1, n1)), rounded(offset(e2, n2))] as const;
  const edge = lineMeters(LINES);
  for (let i = 1; i <= LINES; i++) {
    const [from, to] = ends(-edge, lineMeters(i), edge, lineMeters(i));
    out.push({ name: streetName(i), from, to });
  }
  for (let i = 1; i <= LINES; i++) {
    const [from, to] = ends(lineMeters(i), -edge, lineMeters(i), edge);
    out.push({ name: avenueName(i), from, to });
  }
  return out;
}

/** Every house address of the grid, then every intersection ("Main St / Capitol Way"). */
export function metroAddresses(): MetroAddress[] {
  const out: MetroAddress[] = [];
  const at = (address: string, east: number, north: number) => {
    const [lon, lat] = rounded(offset(east, north));
    out.push({ address, lon, lat });
  };
  for (let line = 1; line <= LINES; line++) {
    for (let block = 1; block < LINES; block++) {
      for (let h = 0; h < HOUSES_PER_SIDE; h++) {
        const along = lineMeters(block) + ((h + 0.5) * BLOCK_METERS) / HOUSES_PER_SIDE;
        const base = block * 100 + (h * 100) / HOUSES_PER_SIDE;
        for (const side of [1, -1]) {
          const n = base + (side === 1 ? 10 : 11);
          at(`${n} ${streetName(line)}`, along, lineMeters(line) + side * SIDE_METERS);
          at(`${n} ${avenueName(line)}`, lineMeters(line) + side * SIDE_METERS, along);
        }
      }
    }
  }
  for (let s = 1; s <= LINES; s++)
    for (let a = 1; a <= LINES; a++) at(`${streetName(s)} / ${avenueName(a)}`, lineMeters(a), lineMeters(s));
  return out;
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

function rounded(p: { lon: number; lat: number }): [number, number] {
  return [Math.round(p.lon * 1e6) / 1e6, Math.round(p.lat * 1e6) / 1e6];
}

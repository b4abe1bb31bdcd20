/** Mean Earth radius (IUGG R1) in meters. */
export const EARTH_RADIUS_METERS = 6371008.8;

const RAD_PER_DEG = Math.PI / 180;
const HALF_RAD_PER_DEG = Math.PI / 360;
const DIAMETER_METERS = 2 * EARTH_RADIUS_METERS;

/**
 * Great-circle distance in meters between two lon/lat points (degrees, WGS84 treated as a sphere of
 * radius {@link EARTH_RADIUS_METERS}). Longitudes need not be normalised: the formula is periodic.
 * Precision is sub-micrometre at city scale, degrading to centimetres for nearly antipodal points.
 */
export function haversineMeters(lon1: number, lat1: number, lon2: number, lat2: number): number {
  return haversineMetersWithCos(
    lon1,
    lat1,
    Math.cos(lat1 * RAD_PER_DEG),
    lon2,
    lat2,
    Math.cos(lat2 * RAD_PER_DEG),
  );
}

/**
 * {@link haversineMeters} with the cosines of both latitudes supplied by the caller, for hot loops that
 * cache them. Given `cosLat = Math.cos(lat * (Math.PI / 180))` the result is bit-for-bit identical to
 * `haversineMeters`, which is what lets an index agree exactly with a brute-force scan.
 */
export function haversineMetersWithCos(
  lon1: number,
  lat1: number,
  cosLat1: number,
  lon2: number,
  lat2: number,
  cosLat2: number,
): number {
  const sinHalfDLat = Math.sin((lat2 - lat1) * HALF_RAD_PER_DEG);
  const sinHalfDLon = Math.sin((lon2 - lon1) * HALF_RAD_PER_DEG);
  const a = sinHalfDLat * sinHalfDLat + cosLat1 * cosLat2 * sinHalfDLon * sinHalfDLon;
  // Rounding can push `a` a hair above 1 for antipodal points; asin would return NaN.
  return DIAMETER_METERS * Math.asin(Math.sqrt(a < 1 ? a : 1));
}

/** True when both are finite, `lat` is in [-90, 90] and `lon` is in [-180, 180]. */
export function isValidLonLat(lon: number, lat: number): boolean {
  return Number.isFinite(lon) && Number.isFinite(lat) && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
}

/** A lon/lat box in degrees (rbush's bbox field names) with `minX <= maxX`: it does not wrap. */
export interface LonLatBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

// Slack that keeps a lower bound at or below the *computed* haversine despite rounding: relative, plus
// absolute for the antimeridian, where adding 360 degrees costs ~1e-13 degrees (~1e-8 m) of precision.
const BOUND_RELATIVE_SLACK = 1 - 1e-12;
const BOUND_ABSOLUTE_SLACK_METERS = 1e-6;

/** Longitude difference in degrees the short way round: in [0, 180] for longitudes in [-180, 180]. */
export function wrappedLonGapDeg(lon1: number, lon2: number): number {
  const d = Math.abs(lon1 - lon2);
  return d <= 180 ? d : 360 - d;
}

// sin(x) >= x - x^3/6 for x >= 0, so this is <= sin^2(x) on [0, pi/2] without calling Math.sin.
function sinSquaredLowerBound(x: number): number {
  const s = x * (1 - (x * x) / 6);
  return s * s;
}

/**
 * Lower bound on the haversine term hav = sin^2(dLat/2) + cos cos sin^2(dLon/2) of two points, given a
 * latitude gap and a longitude gap (degrees, in [0, 180]) and a lower bound on cos(lat1) * cos(lat2):
 * each sine bounded from below by a polynomial, so no trig calls. {@link chordMetersOfHav} turns it into
 * meters; comparing it with {@link havLimitOfMeters} instead skips the square root.
 */
export function havLowerBound(latGapDeg: number, lonGapDeg: number, cosProduct: number): number {
  return (
    sinSquaredLowerBound(latGapDeg * HALF_RAD_PER_DEG) +
    cosProduct * sinSquaredLowerBound(lonGapDeg * HALF_RAD_PER_DEG)
  );
}

/** The chord 2R sqrt(hav), less a rounding slack: never above the arc 2R asin(sqrt(hav)). */
export function chordMetersOfHav(hav: number): number {
  const meters = DIAMETER_METERS * Math.sqrt(hav) * BOUND_RELATIVE_SLACK - BOUND_ABSOLUTE_SLACK_METERS;
  return meters > 0 ? meters : 0;
}

/**
 * A limit on hav such that `hav > havLimitOfMeters(m)` implies `chordMetersOfHav(hav) > m`: a little
 * above the exact one, so that rounding can only keep more. Infinity for Infinity; below 0 (no hav
 * is within it) for a negative `m`.
 */
export function havLimitOfMeters(meters: number): number {
  if (!(meters >= 0)) return meters === meters ? -1 : Infinity;
  if (meters === Infinity) return Infinity;
  const root = (meters + BOUND_ABSOLUTE_SLACK_METERS) / (DIAMETER_METERS * BOUND_RELATIVE_SLACK);
  return root * root * (1 + 1e-9) + Number.MIN_VALUE;
}

/**
 * Lower bound on {@link haversineMeters} given a latitude gap and a longitude gap (degrees, in [0, 180])
 * and a lower bound on cos(lat1) * cos(lat2). It bounds hav = sin^2(dLat/2) + cos cos sin^2(dLon/2) from
 * below with polynomials and returns the chord 2R sqrt(hav), which never exceeds the arc
 * 2R asin(sqrt(hav)). No trig calls, because search runs it for every child of every visited node.
 */
export function chordLowerBoundMeters(latGapDeg: number, lonGapDeg: number, cosProduct: number): number {
  return chordMetersOfHav(havLowerBound(latGapDeg, lonGapDeg, cosProduct));
}

/**
 * {@link boxLowerBoundMeters} with the query's `cos(lat)` and `|sin(lat)|` precomputed by the caller.
 *
 * Each haversine term is minimised independently over the box: the latitude gap to [minY, maxY]; the
 * longitude gap to the nearer bounding meridian, wrapped across the antimeridian; and cos(lat2) at the box
 * latitude farthest from the equator. The sum of the minima is <= the minimum of the sum, so the bound is
 * conservative without locating the true nearest point, which on a bounding meridian (a great circle) can
 * lie poleward of the box corners. That cosine is in turn bounded from the query's own trig values:
 * cos(q + h) >= cos(q) (1 - h^2/2) - sin(q) max(h, 0) for q in [0, pi/2].
 */
export function boxLowerBoundMetersWithTrig(
  lon: number,
  lat: number,
  cosLat: number,
  sinAbsLat: number,
  box: LonLatBox,
): number {
  return chordMetersOfHav(boxHavLowerBound(lon, lat, cosLat, sinAbsLat, box));
}

/** The {@link havLowerBound} of {@link boxLowerBoundMetersWithTrig}: 0 when the query is inside the box. */
export function boxHavLowerBound(
  lon: number,
  lat: number,
  cosLat: number,
  sinAbsLat: number,
  box: LonLatBox,
): number {
  let latGapDeg = 0;
  if (lat < box.minY) latGapDeg = box.minY - lat;
  else if (lat > box.maxY) latGapDeg = lat - box.maxY;
  let lonGapDeg = 0;
  if (lon < box.minX) lonGapDeg = Math.min(box.minX - lon, lon + 360 - box.maxX);
  else if (lon > box.maxX) lonGapDeg = Math.min(lon - box.maxX, box.minX + 360 - lon);
  if (lonGapDeg === 0) return latGapDeg === 0 ? 0 : havLowerBound(latGapDeg, 0, 0);
  const h = (Math.max(-box.minY, box.maxY) - Math.abs(lat)) * RAD_PER_DEG;
  const cosFarLat = cosLat * (1 - (h * h) / 2) - (h > 0 ? sinAbsLat * h : 0);
  return havLowerBound(latGapDeg, lonGapDeg, cosFarLat > 0 ? cosLat * cosFarLat : 0);
}

/**
 * Lower bound on the great-circle distance in meters from (`lon`, `lat`) to any point of `box`: never
 * above the {@link haversineMeters} of a point in the box, 0 when the query is inside, and within a few
 * parts per thousand of the true minimum for city-sized boxes. The query may be on either side of the
 * antimeridian.
 */
export function boxLowerBoundMeters(lon: number, lat: number, box: LonLatBox): number {
  const latRad = lat * RAD_PER_DEG;
  return boxLowerBoundMetersWithTrig(lon, lat, Math.cos(latRad), Math.abs(Math.sin(latRad)), box);
}

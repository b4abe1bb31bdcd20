/**
 * "Metro": the project's own synthetic demo city, about 14 km across, with a fire
 * department (stations on a grid), a neighbouring county district and a police department.
 * Nothing here comes from real data.
 */
export interface CityUnit {
  readonly id: string;
  readonly type: string;
  readonly agency: string;
  readonly station: { readonly id: string; readonly lon: number; readonly lat: number };
  readonly crew: number;
}

export interface Hotspot {
  readonly lon: number;
  readonly lat: number;
  readonly spreadMeters: number;
  readonly weight: number;
}

/** 2026-01-01T06:00:00Z: the demo's day starts here, so runs with one seed repeat exactly. */
export const DEMO_START = Date.UTC(2026, 0, 1, 6, 0, 0);
/** `cad demo`'s default seed and call rate. */
export const DEMO_SEED = 1;
export const DEMO_CALLS_PER_HOUR = 24;

export const CITY_CENTRE = { lon: -122.9, lat: 47.05 } as const;
export const CITY_RADIUS_METERS = 7000;

const M_PER_DEG_LAT = 111_195;
const M_PER_DEG_LON = M_PER_DEG_LAT * Math.cos((CITY_CENTRE.lat * Math.PI) / 180);

/** A point this many metres east and north of the city centre. */
export function offset(eastMeters: number, northMeters: number): { lon: number; lat: number } {
  return {
    lon: CITY_CENTRE.lon + eastMeters / M_PER_DEG_LON,
    lat: CITY_CENTRE.lat + northMeters / M_PER_DEG_LAT,
  };
}

function fireStations(): CityUnit[] {
  const units: CityUnit[] = [];
  let n = 0;
  for (const y of [-4500, 0, 4500]) {
    for (const x of [-4500, 0, 4500]) {
      n++;
      const station = { id: `FS${n}`, ...offset(x, y) };
      const add = (id: string, type: string, crew: number) =>
        units.push({ id, type, agency: "metro-fire", station, crew });
      add(`E${n}`, "engine", 4);
      if (n % 2 === 1) add(`M${n}`, "medic", 2);
      else add(`A${n}`, "aid", 2);
      if (n === 2 || n === 5 || n === 8) add(`L${n}`, "ladder", 4);
      if (n === 5) add("B1", "chief", 1);
    }
  }
  // The county district beyond the east edge lends units by mutual aid.
  const county = { id: "CF1", ...offset(9500, 0) };
  units.push({ id: "CE91", type: "engine", agency: "county-fire", station: county, crew: 3 });
  units.push({ id: "CM91", type: "medic", agency: "county-fire", station: county, crew: 2 });
  return units;
}

function police(): CityUnit[] {
  const units: CityUnit[] = [];
  const precincts = [
    { id: "PN", ...offset(0, 3500) },
    { id: "PS", ...offset(0, -3500) },
  ];
  precincts.forEach((station, p) => {
    for (let i = 1; i <= 6; i++)
      units.push({
        id: `${p === 0 ? "N" : "S"}${i}`,
        type: "patrol",
        agency: "metro-police",
        station,
        crew: 1,
      });
    units.push({
      id: `${p === 0 ? "N" : "S"}SGT`,
      type: "supervisor",
      agency: "metro-police",
      station,
      crew: 1,
    });
  });
  units.push({
    id: "CRT1",
    type: "crisis",
    agency: "metro-police",
    station: precincts[0] ?? { id: "PN", ...offset(0, 0) },
    crew: 2,
  });
  return units;
}

export const CITY_UNITS: readonly CityUnit[] = [...fireStations(), ...police()];

export const HOTSPOTS: readonly Hotspot[] = [
  { ...offset(0, 0), spreadMeters: 1200, weight: 5 },
  { ...offset(-3000, 2000), spreadMeters: 900, weight: 2 },
  { ...offset(3500, -2500), spreadMeters: 1000, weight: 2 },
  { ...offset(0, 0), spreadMeters: 6000, weight: 4 },
];

/** Call-type mix, roughly that of a mid-size city's combined PSAP. */
export const CALL_MIX: readonly (readonly [string, number])[] = [
  ["AID", 22],
  ["MED", 12],
  ["AMA", 2],
  ["AFA", 4],
  ["AFAR", 2],
  ["FIB", 1],
  ["MVI", 4],
  ["CAR", 1],
  ["RESELV", 1],
  ["WELFARE", 9],
  ["THEFT", 9],
  ["BURG", 5],
  ["TRAFFIC", 6],
  ["NOISE", 6],
  ["DV", 5],
  ["ASSAULT", 4],
  ["CRISIS", 3],
  ["ROBIP", 1],
  ["SHOTS", 1],
  ["NOPE", 1],
];

export const HOSPITAL = offset(1500, 1200);

/** Metro's nine first-due zones, one per fire station, as GeoJSON (config/metro-zones.geojson). */
export function metroZones(): { type: "FeatureCollection"; features: unknown[] } {
  const features: unknown[] = [];
  let n = 0;
  for (const y of [-4500, 0, 4500]) {
    for (const x of [-4500, 0, 4500]) {
      n++;
      const corners = [
        [x - 2250, y - 2250],
        [x + 2250, y - 2250],
        [x + 2250, y + 2250],
        [x - 2250, y + 2250],
        [x - 2250, y - 2250],
      ].map(([e, north]) => {
        const p = offset(e ?? 0, north ?? 0);
        return [Math.round(p.lon * 1e6) / 1e6, Math.round(p.lat * 1e6) / 1e6];
      });
      features.push({
        type: "Feature",
        properties: { name: `FS${n}` },
        geometry: { type: "Polygon", coordinates: [corners] },
      });
    }
  }
  return { type: "FeatureCollection", features };
}

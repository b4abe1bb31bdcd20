import { describe, expect, it } from "vitest";
import { baselineRow, haversineMeters, straightLineBaseline } from "./baseline.ts";
import type { SeattleIncident, SeattleStation, SeattleUnit } from "./types.ts";
import { unitKind } from "./units.ts";

describe("haversineMeters", () => {
  it("gives R·π/180 for one degree of latitude and 0 for one point", () => {
    expect(haversineMeters(-122.3, 47, -122.3, 48)).toBeCloseTo((6371008.8 * Math.PI) / 180, 3);
    expect(haversineMeters(-122.3, 47.6, -122.3, 47.6)).toBe(0);
  });

  it("shrinks longitude degrees by cos(latitude)", () => {
    const eastWest = haversineMeters(-122.3, 47.6, -122.29, 47.6);
    expect(eastWest / haversineMeters(-122.3, 47.6, -122.3, 47.61)).toBeCloseTo(
      Math.cos((47.6 * Math.PI) / 180),
      3,
    );
  });
});

// Three stations on a west-east line, 0.01° of longitude apart.
const stations: SeattleStation[] = [
  { id: "W", name: "West", address: "", lon: -122.4, lat: 47.6 },
  { id: "C", name: "Centre", address: "", lon: -122.39, lat: 47.6 },
  { id: "E", name: "East", address: "", lon: -122.38, lat: 47.6 },
];
const unit = (id: string, stationId: string, reserve = false): SeattleUnit => ({
  id,
  kind: unitKind(id),
  stationId,
  reserve,
});
const units = [unit("E1", "W"), unit("E2", "C"), unit("A1", "W"), unit("A2", "E"), unit("A9", "C", true)];

let serial = 0;
function incident(lon: number, type: string, groups: string[][], insideCity = true): SeattleIncident {
  serial++;
  return {
    number: `F${serial}`,
    at: serial,
    type,
    address: "",
    lon,
    lat: 47.6,
    insideCity,
    unitGroups: groups,
  };
}

describe("straightLineBaseline", () => {
  const incidents = [
    incident(-122.399, "Aid Response", [["E1", "A1"]]), // both nearest
    incident(-122.391, "Aid Response", [["E1"], ["E2"]]), // E1 is not nearest; later group ignored
    incident(-122.391, "Aid Response", [["E2", "E1", "A9"]]), // first-listed engine counts; A9 is reserve
    incident(-122.381, "Aid Response", [["X7", "A77"]]), // aid car with no known home
    incident(-122.381, "Aid Response", [["E2"]], false), // outside the city: ignored
    incident(-122.381, "Medic Response", []), // no units at all
  ];
  const rows = straightLineBaseline({ stations, units, incidents });

  it("scores the first-listed unit of each kind in the first group against the nearest station", () => {
    expect(baselineRow(rows, "Aid Response", "engine")).toEqual({
      incidentType: "Aid Response",
      kind: "engine",
      n: 3,
      hits: 2,
      share: 2 / 3,
      withoutKind: 1,
      unknownHome: 0,
    });
  });

  it("ignores reserve apparatus when choosing the nearest station, but scores a reserve unit sent", () => {
    // Incident 3 sits next to C, whose only aid car is reserve A9, so the nearest aid station is W.
    expect(baselineRow(rows, "Aid Response", "aid")).toMatchObject({
      n: 2,
      hits: 1,
      unknownHome: 1,
      withoutKind: 1,
    });
    const withReserve = straightLineBaseline({ stations, units, incidents }, { includeReserve: true });
    expect(baselineRow(withReserve, "Aid Response", "aid")).toMatchObject({ n: 2, hits: 2 });
  });

  it("returns no row for kinds never sent and honours the kinds option", () => {
    expect(baselineRow(rows, "Medic Response", "medic")).toBeUndefined();
    expect(baselineRow(rows, "Aid Response", "other")).toBeUndefined();
    const enginesOnly = straightLineBaseline({ stations, units, incidents }, { kinds: ["engine"] });
    expect(enginesOnly.map((r) => r.kind)).toEqual(["engine"]);
  });

  it("lets stations at the same position tie", () => {
    const twin: SeattleStation = { ...stations[0]!, id: "W2" };
    const rows2 = straightLineBaseline({
      stations: [...stations, twin],
      units: [...units, unit("E3", "W2")],
      incidents: [incident(-122.401, "Aid Response", [["E3"]]), incident(-122.401, "Aid Response", [["E1"]])],
    });
    expect(baselineRow(rows2, "Aid Response", "engine")).toMatchObject({ n: 2, hits: 2 });
  });
});

import { describe, expect, it } from "vitest";
import { buildIncidents, makeGeocodeLookup } from "./incidents.ts";
import type { DayFile } from "./incidents.ts";

const HEADER = "timestamp\tincident_number\tlevel\tunits\tlocation\tincident_type";

function day(date: string, ...rows: string[]): DayFile {
  return { date, text: [HEADER, ...rows].join("\n") + "\n" };
}

const lookup = makeGeocodeLookup([
  ["3rd Av / Union St", { lon: -122.336, lat: 47.609, insideCity: true }],
  ["28TH AV W / W GROVER ST", { lon: -122.393, lat: 47.651, insideCity: true }],
  ["Eb I90 At Midspan", { lon: -122.268, lat: 47.59, insideCity: false }],
]);

// Newest first within each file, as the Real-Time 911 page listed them.
const files = [
  day(
    "2017-06-02",
    "6/2/2017 12:10:00 AM\tF3\t1\tE10\tNowhere St\tAid Response",
    "6/1/2017 10:31:02 PM\tF1\t1\tMAR5\t28TH AV W / W GROVER ST\tFire in Single Family Res",
  ),
  day(
    "2017-06-01",
    "6/1/2017 11:15:54 PM\tF2\t1\tA5\t3rd  av / union st\tAid Response",
    "6/1/2017 10:31:02 PM\tF1\t1\tB6 E9 L8\t28TH AV W / W GROVER ST\tFire in Single Family Res",
    "6/1/2017 10:31:02 PM\tF1\t1\tE18\t28TH AV W / W GROVER ST\tFire in Single Family Res",
    "6/1/2017 10:31:02 PM\tF1\t1\tE18\t28TH AV W / W GROVER ST\tFire in Single Family Res",
    "6/1/2017 10:31:02 PM\tF1\t1\tB4 E41 L8\t28TH AV W / W GROVER ST\tFire in Single Family Res",
    "6/1/2017 10:00:00 PM\tF0\t\tM1\tEb I90 At Midspan\tMedic Response",
    "5/31/2017 11:59:20 PM\tF9\t1\tA5\t3rd Av / Union St\tAid Response",
    "not a row",
    "6/1/2017 25:00:00 PM\tF8\t1\tE1\t3rd Av / Union St\tAid Response",
  ),
];

describe("buildIncidents", () => {
  const { incidents, counts } = buildIncidents(files, { from: "2017-06-01", to: "2017-06-01" }, lookup);
  const byNumber = new Map(incidents.map((i) => [i.number, i]));

  it("keeps only incidents created on a day in the window, sorted by time", () => {
    expect(incidents.map((i) => i.number)).toEqual(["F0", "F1", "F2"]);
    expect(incidents.map((i) => i.at)).toEqual([
      Date.UTC(2017, 5, 2, 5, 0, 0),
      Date.UTC(2017, 5, 2, 5, 31, 2),
      Date.UTC(2017, 5, 2, 6, 15, 54),
    ]);
    expect(counts.incidentsOutsideWindow).toBe(2); // F9 (May 31) and F3 (June 2)
  });

  it("puts the oldest row first and follows an incident into the next day's file", () => {
    expect(byNumber.get("F1")?.unitGroups).toEqual([["B4", "E41", "L8"], ["E18"], ["B6", "E9"], ["MAR5"]]);
  });

  it("counts duplicate rows, repeated units and malformed rows", () => {
    expect(counts.rows).toBe(11);
    expect(counts.duplicateRows).toBe(1);
    expect(counts.repeatedUnitMentions).toBe(2); // the duplicate E18 row and L8 again
    expect(counts.malformedRows).toBe(2);
  });

  it("attaches geocodes, falling back to a case- and space-insensitive match", () => {
    expect(byNumber.get("F2")).toMatchObject({ lon: -122.336, lat: 47.609, insideCity: true });
    expect(byNumber.get("F0")).toMatchObject({ insideCity: false, type: "Medic Response" });
    expect(counts.geocodesMatchedLoosely).toBe(1);
    expect(counts.incidentsOutsideCity).toBe(1);
    expect(counts.incidents).toBe(3);
  });

  it("leaves an unknown address without coordinates and outside the city", () => {
    const late = buildIncidents(files, { from: "2017-06-02", to: "2017-06-02" }, lookup);
    expect(late.incidents).toMatchObject([{ number: "F3", lon: null, lat: null, insideCity: false }]);
    expect(late.counts.incidentsWithoutGeocode).toBe(1);
  });

  it("rejects a file without the expected columns", () => {
    expect(() =>
      buildIncidents(
        [{ date: "2017-06-01", text: "a\tb\n1\t2\n" }],
        { from: "2017-06-01", to: "2017-06-01" },
        lookup,
      ),
    ).toThrow(/missing column "timestamp"/);
  });
});

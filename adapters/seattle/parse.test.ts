import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  localDateKey,
  pacificUtcOffsetMinutes,
  parseDelimited,
  parseSeattleTimestamp,
  parseTable,
  parseUsTimestamp,
} from "./parse.ts";

const CSV = { delimiter: ",", quotes: true } as const;
const TSV = { delimiter: "\t", quotes: false } as const;

describe("parseDelimited", () => {
  it("splits plain CSV and drops blank lines", () => {
    expect(parseDelimited("a,b,c\n1,2,3\n\n4,,6\n", CSV)).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
      ["4", "", "6"],
    ]);
  });

  it("keeps delimiters, escaped quotes and newlines inside quoted fields", () => {
    const text =
      'apparatus,station,note\n"Fireboat Chief Seattle",3,\nM/A84,11,"Reserve, ""Medic/Aid"" Unit"\nX,1,"two\nlines"\n';
    expect(parseDelimited(text, CSV)).toEqual([
      ["apparatus", "station", "note"],
      ["Fireboat Chief Seattle", "3", ""],
      ["M/A84", "11", 'Reserve, "Medic/Aid" Unit'],
      ["X", "1", "two\nlines"],
    ]);
  });

  it("handles CRLF, a BOM, a quoted empty field and no final newline", () => {
    expect(parseDelimited('\uFEFFa,b\r\n"",x\r\n1,"2"', CSV)).toEqual([
      ["a", "b"],
      ["", "x"],
      ["1", "2"],
    ]);
  });

  it("treats a line holding only a quoted empty field as a row", () => {
    expect(parseDelimited('a\n""\n', CSV)).toEqual([["a"], [""]]);
  });

  it("keeps bare quotes literal in TSV", () => {
    expect(parseDelimited('t\tloc\n1\t5th Av "A", Unit 2\n', TSV)).toEqual([
      ["t", "loc"],
      ["1", '5th Av "A", Unit 2'],
    ]);
  });

  it("round-trips arbitrary quoted CSV fields", () => {
    const field = fc.string({ unit: fc.constantFrom("a", "b", ",", '"', "\n", " ", "\t") });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const text = rows.map((r) => r.map((f) => `"${f.replaceAll('"', '""')}"`).join(",")).join("\n");
          expect(parseDelimited(text, CSV)).toEqual(rows);
        },
      ),
    );
  });
});

describe("parseTable", () => {
  it("keys records by header and counts ragged rows", () => {
    const table = parseTable("station,lon,lat\n2,-122.34,47.61\n3,-122.37\n", CSV);
    expect(table.header).toEqual(["station", "lon", "lat"]);
    expect(table.records).toEqual([
      { station: "2", lon: "-122.34", lat: "47.61" },
      { station: "3", lon: "-122.37", lat: "" },
    ]);
    expect(table.raggedRows).toBe(1);
  });
});

describe("parseUsTimestamp", () => {
  it("reads PM times as afternoon", () => {
    expect(parseUsTimestamp("6/1/2017 11:43:36 PM")).toEqual({
      year: 2017,
      month: 6,
      day: 1,
      hour: 23,
      minute: 43,
      second: 36,
    });
    expect(parseUsTimestamp("6/1/2017 1:05:00 PM")?.hour).toBe(13);
  });

  it("reads 12:xx AM as hour 0 and 12:xx PM as hour 12", () => {
    expect(parseUsTimestamp("6/2/2017 12:00:00 AM")?.hour).toBe(0);
    expect(parseUsTimestamp("6/2/2017 12:59:59 AM")?.hour).toBe(0);
    expect(parseUsTimestamp("6/2/2017 12:00:00 PM")?.hour).toBe(12);
    expect(parseUsTimestamp("6/2/2017 12:30:15 pm")?.hour).toBe(12);
    expect(parseUsTimestamp("6/2/2017 1:00:00 AM")?.hour).toBe(1);
  });

  it.each([
    "",
    "2017-06-01T23:43:36",
    "6/1/2017 23:43:36",
    "6/1/2017 13:00:00 PM",
    "6/1/2017 0:10:00 AM",
    "6/1/2017 11:60:00 AM",
    "6/31/2017 1:00:00 AM",
    "2/29/2017 1:00:00 AM",
    "13/1/2017 1:00:00 AM",
    "6/1/2017 11:43 PM",
  ])("rejects %j", (text) => {
    expect(parseUsTimestamp(text)).toBeNull();
  });

  it("accepts a leap day and formats the local date", () => {
    const t = parseUsTimestamp("2/29/2016 9:00:00 AM");
    expect(t && localDateKey(t)).toBe("2016-02-29");
  });
});

describe("Seattle local time to UTC", () => {
  it("adds 7 hours in summer (PDT), crossing midnight", () => {
    expect(parseSeattleTimestamp("6/1/2017 11:43:36 PM")).toBe(Date.UTC(2017, 5, 2, 6, 43, 36));
    expect(parseSeattleTimestamp("6/1/2017 12:00:00 AM")).toBe(Date.UTC(2017, 5, 1, 7, 0, 0));
    expect(parseSeattleTimestamp("5/31/2017 11:59:20 PM")).toBe(Date.UTC(2017, 5, 1, 6, 59, 20));
  });

  it("adds 8 hours in winter (PST)", () => {
    expect(parseSeattleTimestamp("1/15/2017 12:30:00 PM")).toBe(Date.UTC(2017, 0, 15, 20, 30, 0));
  });

  it("switches on the second Sunday of March and the first Sunday of November", () => {
    expect(parseSeattleTimestamp("3/12/2017 1:59:59 AM")).toBe(Date.UTC(2017, 2, 12, 9, 59, 59));
    expect(parseSeattleTimestamp("3/12/2017 3:00:00 AM")).toBe(Date.UTC(2017, 2, 12, 10, 0, 0));
    expect(parseSeattleTimestamp("11/5/2017 1:30:00 AM")).toBe(Date.UTC(2017, 10, 5, 8, 30, 0));
    expect(parseSeattleTimestamp("11/5/2017 2:00:00 AM")).toBe(Date.UTC(2017, 10, 5, 10, 0, 0));
    expect(pacificUtcOffsetMinutes({ year: 2017, month: 3, day: 11, hour: 12, minute: 0, second: 0 })).toBe(
      -480,
    );
  });

  it("agrees with the host time-zone database for 2017 (except the second, PST pass of 1 AM in November)", () => {
    const format = new Intl.DateTimeFormat("en-US", {
      timeZone: "America/Los_Angeles",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
      second: "2-digit",
      hour12: true,
    });
    // 09:00-10:00 UTC on 2017-11-05 is 1:xx AM PST, which the parser reads as the earlier PDT pass.
    const secondPassStart = Date.UTC(2017, 10, 5, 9, 0, 0);
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2017, 0, 1), max: Date.UTC(2018, 0, 1) }), (ms) => {
        const epochMs = Math.floor(ms / 1000) * 1000;
        fc.pre(epochMs < secondPassStart || epochMs >= secondPassStart + 3_600_000);
        const text = format
          .format(new Date(epochMs))
          .replace(",", "")
          .replace(/\u202f/g, " ");
        expect(parseSeattleTimestamp(text)).toBe(epochMs);
      }),
    );
  });
});

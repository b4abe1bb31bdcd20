import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Gazetteer, normalise } from "../../adapters/console/gazetteer.ts";
import type { GazetteerError } from "../../adapters/console/gazetteer-source.ts";
import { gazetteerRows, isGazetteerError, loadGazetteer } from "../../adapters/console/gazetteer-source.ts";
import { DEFAULT_CONFIG_PATH } from "../../adapters/config/index.ts";
import { offset } from "../../adapters/sim/city.ts";
import { metroAddresses } from "../../adapters/sim/streets.ts";

const at = (address: string, lat = 47.6, lon = -122.3) => ({ address, lat, lon });
const addresses = (g: Gazetteer, q: string, limit?: number) => g.search(q, limit).map((e) => e.address);

/** Writes a config naming `csv` (as a gazetteer file beside it) and returns the config's path. */
function configWith(csv: string, gazetteer = "{ file: addresses.csv }"): string {
  const dir = mkdtempSync(join(tmpdir(), "cad-gazetteer-"));
  writeFileSync(join(dir, "addresses.csv"), csv);
  writeFileSync(join(dir, "agency.yaml"), `gazetteer: ${gazetteer}\n`);
  return join(dir, "agency.yaml");
}

const refusal = (f: () => unknown): GazetteerError => {
  try {
    f();
  } catch (error) {
    if (isGazetteerError(error)) return error;
    throw error;
  }
  throw new Error("expected a GazetteerError");
};

describe("gazetteer: normalising what is typed and what is stored", () => {
  it("upper-cases, drops punctuation and spells street types, directions and ordinals one way", () => {
    expect(normalise("123 North Main Street")).toEqual(["123", "N", "MAIN", "ST"]);
    expect(normalise("1st Avenue N.E.")).toEqual(["1ST", "AV", "N", "E"]);
    expect(normalise("First Ave Northeast")).toEqual(["1ST", "AV", "NE"]);
    expect(normalise("Pine St & 3rd Av")).toEqual(["PINE", "ST", "3RD", "AV"]);
    expect(normalise("Pine St / 3rd Av")).toEqual(normalise("pine street and 3rd avenue"));
    expect(normalise("Öst Café")).toEqual(["OST", "CAFE"]);
    expect(normalise("  ,;  ")).toEqual([]);
  });
});

describe("gazetteer: search", () => {
  const g = new Gazetteer([
    at("3410 Main St"),
    at("341 Maine Rd"),
    at("Main St / 34th Ave"),
    at("100 Main St"),
    at("1000 Main St"),
    at("100 1st Av"),
    at("1 Yesler Way"),
    at("LAKE CITY WAY NE / NE 92ND ST"),
    at("Lake City Way Ne / Ne 92nd St"),
  ]);

  it("given a house number and a street, when typed in part, then that address comes first", () => {
    expect(addresses(g, "3410 main")[0]).toBe("3410 Main St");
    expect(addresses(g, "3410 Main Street")).toEqual(["3410 Main St"]);
  });

  it("matches words in any order, each as the start of a word of the address", () => {
    expect(addresses(g, "main 3410")).toEqual(["3410 Main St"]);
    expect(addresses(g, "34th main")).toEqual(["Main St / 34th Ave"]);
    expect(addresses(g, "yes")).toEqual(["1 Yesler Way"]);
  });

  it("ranks the address typed in full above the longer ones it begins", () => {
    expect(addresses(g, "100 main st")).toEqual(["100 Main St", "1000 Main St"]);
    expect(addresses(g, "341 main")[0]).toBe("341 Maine Rd");
  });

  it("ranks words typed in full above prefixes, then the address's own word order", () => {
    // "MAIN" is a whole word of "3410 Main St" and only the start of "Maine".
    expect(addresses(g, "main", 10).slice(0, 4)).toEqual([
      "100 Main St",
      "1000 Main St",
      "3410 Main St",
      "Main St / 34th Ave",
    ]);
    expect(addresses(g, "main").at(-1)).toBe("341 Maine Rd");
  });

  it("reads synonyms both ways: First Avenue finds 1st Av", () => {
    expect(addresses(g, "100 first avenue")).toEqual(["100 1st Av"]);
  });

  it("keeps one of the addresses that normalise alike (the first)", () => {
    expect(addresses(g, "92nd lake city")).toEqual(["LAKE CITY WAY NE / NE 92ND ST"]);
    expect(g.size).toBe(8);
  });

  it("finds nothing for nothing typed, or a word no address has", () => {
    expect(g.search("")).toEqual([]);
    expect(g.search("  / ")).toEqual([]);
    expect(g.search("main zzz")).toEqual([]);
  });

  it("gives at most `limit` matches, and never more than 50", () => {
    const many = new Gazetteer(Array.from({ length: 200 }, (_, i) => at(`${i + 1} Elm St`)));
    expect(many.search("elm", 3)).toHaveLength(3);
    expect(many.search("elm", 500)).toHaveLength(50);
    // Natural order among equals: 1, 2, 3 ... not 1, 10, 100.
    expect(addresses(many, "elm", 3)).toEqual(["1 Elm St", "2 Elm St", "3 Elm St"]);
  });

  it("names the nearest address to a point, within the distance asked", () => {
    const near = new Gazetteer([at("A St", 47.6, -122.3), at("B St", 47.601, -122.3)]);
    expect(near.nearest(47.6002, -122.3)).toMatchObject({ address: "A St", distanceMeters: 22 });
    expect(near.nearest(47.7, -122.3)).toBeNull();
  });
});

describe("gazetteer: the demo city Metro (config/default.yaml, generated from its street grid)", () => {
  const metro = loadGazetteer(DEFAULT_CONFIG_PATH) as Gazetteer;

  it("holds every house of every block and every intersection, the same at every start", () => {
    expect(metro.size).toBe(75_241);
    expect(metroAddresses()).toEqual(metroAddresses());
  });

  it("puts an address where the grid has it: 3410 Main St is 10 m north of Main St, east of Capitol Way", () => {
    const [hit] = metro.search("3410 main st");
    const expected = offset(25, 10);
    expect(hit?.address).toBe("3410 Main St");
    expect(hit?.lat).toBeCloseTo(expected.lat, 5);
    expect(hit?.lon).toBeCloseTo(expected.lon, 5);
    expect(metro.search("main capitol")[0]?.address).toBe("Main St / Capitol Way");
  });

  it("property: any address typed in full comes first", () => {
    const all = metroAddresses();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: all.length - 1 }), (i) => {
        const wanted = all[i]?.address ?? "";
        expect(metro.search(wanted, 1)[0]?.address).toBe(wanted);
      }),
      { numRuns: 300, seed: 17 },
    );
  });
});

describe("gazetteer: one-word queries read only the heads of the lists, and miss nothing", () => {
  it("property: the best 8 for any word's start equal a sort of every address having a word that starts so", () => {
    const all = metroAddresses();
    const metro = new Gazetteer(all);
    const tokens = all.map((a) => normalise(a.address));
    const natural = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
    const words = [...new Set(tokens.flat())];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: words.length - 1 }), fc.integer({ min: 1, max: 4 }), (i, n) => {
        const w = (words[i] ?? "").slice(0, n);
        const expected = all
          .map((a, id) => ({ a, t: tokens[id] ?? [] }))
          .filter(({ t }) => t.some((x) => x.startsWith(w)))
          .sort(
            (x, y) =>
              Number(y.t.join(" ") === w) - Number(x.t.join(" ") === w) ||
              Number(y.t.includes(w)) - Number(x.t.includes(w)) ||
              x.t.length - y.t.length ||
              natural.compare(x.a.address, y.a.address),
          )
          .slice(0, 8)
          .map(({ a }) => a.address);
        expect(addresses(metro, w, 8)).toEqual(expected);
      }),
      { numRuns: 40, seed: 7 },
    );
  });
});

const dataDir = resolve(process.env["CAD_DATA_DIR"] ?? "../shared/data");
const geocodes = join(dataDir, "seattle-fire-geocodes/incident_address_geocodes.csv");

describe.skipIf(!existsSync(geocodes))(
  "gazetteer: Seattle (config/seattle-fire.yaml; needs seattle-fire-geocodes in $CAD_DATA_DIR or ../shared/data)",
  () => {
    it("loads the geocoded addresses inside the city limits, one per address, and finds them", () => {
      process.env["CAD_DATA_DIR"] = dataDir;
      const seattle = loadGazetteer(resolve("config/seattle-fire.yaml")) as Gazetteer;
      // 6,267 rows inside the limits, fewer once "1ST AV" and "1st Av" are one.
      expect(seattle.size).toBeGreaterThan(5000);
      expect(seattle.size).toBeLessThan(6267);
      expect(seattle.search("1 yesler")[0]).toEqual({
        address: "1 Yesler Way",
        lat: 47.6015591,
        lon: -122.3357542,
      });
      // Outside the city limits: left out (10670 14TH AV SW is 0 in inside_city_limits).
      expect(seattle.search("10670 14th av sw")).toEqual([]);
    });
  },
);

describe("gazetteer: a bad file or config is refused with what is wrong and where", () => {
  it("a header without the columns", () => {
    const e = refusal(() => loadGazetteer(configWith("street,y,x\nMain,1,2\n")));
    expect(e.code).toBe("GAZETTEER_INVALID");
    expect(e.message).toContain("line 1: no column address, lat, lon in the header (it has street, y, x)");
  });

  it("a row whose coordinates are not coordinates, by line", () => {
    const e = refusal(() =>
      loadGazetteer(
        configWith('address,lat,lon\n1 A St,47.6,-122.3\n"2, B St",north,-122.3\n3 C St,47.6,-222\n'),
      ),
    );
    expect(e.problems).toEqual([
      'line 3: lat "north" is not a latitude',
      'line 4: lon "-222" is not a longitude',
    ]);
  });

  it("a file with no address, a file that is not there, a key the gazetteer does not know", () => {
    expect(refusal(() => loadGazetteer(configWith("address,lat,lon\n"))).problems).toEqual([
      "no address in the file",
    ]);
    expect(refusal(() => loadGazetteer(configWith("", "{ file: missing.csv }"))).message).toMatch(
      /cannot read the file/,
    );
    expect(refusal(() => loadGazetteer(configWith("", "{ fiel: a.csv }"))).message).toContain(
      "gazetteer: unknown key fiel",
    );
    expect(refusal(() => loadGazetteer(configWith("", "{ generated: gotham }"))).message).toContain(
      'the one generated gazetteer is "metro"',
    );
  });

  it("reads quoted fields, other column names and a filter", () => {
    const rows = gazetteerRows(
      'name,y,x,keep\n"1 A St, Unit 2",47.6,-122.3,1\n2 B St,47.6,-122.3,0\n',
      "t.csv",
      {
        columns: { address: "name", lat: "y", lon: "x" },
        where: { keep: "1" },
      },
    );
    expect(rows).toEqual([{ address: "1 A St, Unit 2", lat: 47.6, lon: -122.3 }]);
  });

  it("a config without a gazetteer has none", () => {
    const dir = mkdtempSync(join(tmpdir(), "cad-gazetteer-"));
    writeFileSync(join(dir, "agency.yaml"), "version: 1\n");
    expect(loadGazetteer(join(dir, "agency.yaml"))).toBeNull();
  });
});

import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfigFile } from "../../adapters/config/index.ts";
import { RmsStore } from "../../adapters/rms/index.ts";
import {
  computeOpenData,
  gridCell,
  hundredBlock,
  metresBetween,
  openDataGeoJson,
  type OpenData,
} from "../../adapters/rms/opendata.ts";
import {
  loadOpenDataConfig,
  parseOpenDataConfig,
  publicCategory,
  type OpenDataConfig,
} from "../../adapters/rms/opendata-config.ts";
import { loadSeattleFire, type SeattleIncident } from "../../adapters/seattle/index.ts";
import { runCad } from "./support/child.ts";
import { applyAll } from "./support/db.ts";
import { StreamBuilder } from "./support/stream.ts";

const dataDir = resolve(process.env["CAD_DATA_DIR"] ?? "../shared/data");
const hasData =
  existsSync(join(dataDir, "seattle-fire-2017")) && existsSync(join(dataDir, "seattle-fire-geocodes"));
const CONFIG = resolve("config/seattle-fire.yaml");
const AGENCY = "sfd";
// The period: the whole copy of the log (local days 2017-06-01 .. 06-19), published on 2017-06-22.
const FROM = Date.parse("2017-06-01T07:00:00Z");
const TO = Date.parse("2017-06-20T07:00:00Z");
const NOW = Date.parse("2017-06-22T00:00:00Z");

/** What the RMS holds of a call that the Seattle log does not carry, made up per call to be searched for. */
const callerNumber = (n: number) => `+1206555${String(n).padStart(4, "0")}`;
const description = (n: number) => `caller ${n} reports her neighbour collapsed`;
const noteText = (n: number) => `note ${n}: patient Jane Roe-${n}, key under mat`;

/**
 * Open data on the real Seattle Fire log (2017-06-01 .. 19, exact geocoded addresses): each
 * incident is received by the engine as SFD logged it (its response type, address and
 * coordinates), with a made-up caller number, description and dispatcher's note (the public log
 * has none), and its events applied to an RMS database as the RMS consumer would.
 */
describe.runIf(hasData)("open data from the Seattle Fire log (needs ../shared/data)", () => {
  let dir: string;
  let db: string;
  let od: OpenDataConfig;
  let incidents: (SeattleIncident & { lon: number; lat: number; n: number })[];
  const config = loadConfigFile(CONFIG);

  beforeAll(async () => {
    od = loadOpenDataConfig(CONFIG);
    const data = await loadSeattleFire(dataDir);
    const builder = new StreamBuilder(AGENCY, config);
    incidents = [];
    for (const inc of data.incidents) {
      if (inc.lon === null || inc.lat === null) continue;
      const n = incidents.length + 1;
      incidents.push({ ...inc, lon: inc.lon, lat: inc.lat, n });
      const r = builder.apply(
        {
          kind: "ReceiveCall",
          callId: inc.number,
          callType: inc.type,
          receivedAt: inc.at,
          lon: inc.lon,
          lat: inc.lat,
          address: inc.address,
          callerNumber: callerNumber(n),
          description: description(n),
        },
        inc.at,
      );
      const created = r.events.find((e) => e.type === "IncidentCreated");
      if (created?.type !== "IncidentCreated") throw new Error(`no incident for ${inc.number}`);
      builder.apply(
        { kind: "AddNote", incidentId: created.incidentId, text: noteText(n), author: "d1" },
        inc.at,
      );
    }
    dir = mkdtempSync(join(tmpdir(), "cad-rms-opendata-"));
    db = join(dir, "records.sqlite");
    const store = RmsStore.open(db, AGENCY);
    applyAll(store, builder.messages, [2000]);
    store.close();
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const publish = (now = NOW): OpenData => {
    const store = RmsStore.open(db, AGENCY);
    try {
      return computeOpenData(store.db, config, od, { from: FROM, to: TO, now });
    } finally {
      store.close();
    }
  };
  const sensitiveType = (i: SeattleIncident) => od.sensitive.has(i.type);
  const inPeriod = () => incidents.filter((i) => i.at >= FROM && i.at < TO);
  const dayOf = (t: number) =>
    new Intl.DateTimeFormat("en-CA", {
      timeZone: od.timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    }).format(t);
  const groupKey = (r: { area: string; category: string; day: string }) => `${r.area}|${r.category}|${r.day}`;

  it("publishes no point within 50 m of the true address of any call (residential or not)", () => {
    const data = publish();
    expect(data.meta.rules.location.clearanceMeters).toBeGreaterThanOrEqual(50);
    const points = new Map<string, { lon: number; lat: number }>();
    for (const r of data.rows)
      if (r.lon !== null && r.lat !== null) points.set(`${r.lon},${r.lat}`, r as never);
    expect(points.size).toBeGreaterThan(20);
    // "Residential": a call at a house-numbered address (not an intersection), as SFD's aid and
    // medic calls to homes are; every call is checked all the same.
    const residential = inPeriod().filter((i) => /^\d+ /.test(i.address) && !i.address.includes("/"));
    expect(residential.length).toBeGreaterThan(2500);
    let nearest = Infinity;
    for (const p of points.values())
      for (const i of inPeriod()) nearest = Math.min(nearest, metresBetween(p.lon, p.lat, i.lon, i.lat));
    expect(nearest).toBeGreaterThanOrEqual(50);
    // The point of a call is its area's, never the call's own.
    for (const r of data.rows) expect(r.area).toMatch(/^1000m:-?\d+:-?\d+$/);
  });

  it("publishes no sensitive call, and exactly the non-sensitive calls of every published group", () => {
    const data = publish();
    const sensitive = inPeriod().filter(sensitiveType);
    expect(sensitive.length).toBeGreaterThan(50);
    expect(data.meta.counts.sensitiveWithheld).toBe(sensitive.length);
    // Count the log's own non-sensitive calls per (area, category, day), from SFD's coordinates and types.
    const truth = new Map<string, number>();
    for (const i of inPeriod()) {
      if (sensitiveType(i)) continue;
      const key = groupKey({
        area: gridCell(i.lon, i.lat, od.location.cellMeters).id,
        category: publicCategory(od, config, i.type),
        day: dayOf(i.at),
      });
      truth.set(key, (truth.get(key) ?? 0) + 1);
    }
    const published = new Map<string, number>();
    for (const r of data.rows) published.set(groupKey(r), (published.get(groupKey(r)) ?? 0) + 1);
    for (const [key, count] of published) expect([key, count]).toEqual([key, truth.get(key)]);
    // Sensitive calls appear only as counts per area, each area with at least k of them.
    const byArea = data.meta.sensitiveByArea;
    expect(byArea).toBeDefined();
    const counted = (byArea?.areas ?? []).reduce((sum, a) => sum + a.calls, 0) + (byArea?.other ?? 0);
    expect(counted).toBe(sensitive.length);
    for (const a of byArea?.areas ?? []) expect(a.calls).toBeGreaterThanOrEqual(od.k);
    const text = JSON.stringify(openDataGeoJson(data));
    for (const type of od.sensitive) expect(text).not.toContain(type);
  });

  it("suppresses every group of (area, category, day) under k and accounts for every call", () => {
    const data = publish();
    const sizes = new Map<string, number>();
    for (const r of data.rows) sizes.set(groupKey(r), (sizes.get(groupKey(r)) ?? 0) + 1);
    expect(Math.min(...sizes.values())).toBeGreaterThanOrEqual(od.k);
    const c = data.meta.counts;
    expect(c.incidents).toBe(inPeriod().length);
    expect(c.published + c.suppressedCalls + c.sensitiveWithheld + c.tooRecent).toBe(c.incidents);
    expect(c.suppressedGroups).toBeGreaterThan(0);
    expect(c.published).toBe(data.rows.length);
    expect(c.published).toBeGreaterThan(0.2 * c.incidents);
    // Times are the hour, never the minute.
    for (const r of data.rows) expect(r.hour).toMatch(/T\d\d:00:00\.000Z$/);
  });

  it("holds back the calls newer than now minus the delay", () => {
    const now = Date.parse("2017-06-10T12:00:00Z");
    const data = publish(now);
    const cutoff = now - od.delaySeconds * 1000;
    expect(data.meta.counts.tooRecent).toBe(inPeriod().filter((i) => i.at > cutoff).length);
    expect(data.meta.counts.tooRecent).toBeGreaterThan(1000);
    for (const r of data.rows) expect(Date.parse(r.hour)).toBeLessThanOrEqual(cutoff);
  });

  it("writes CSV and GeoJSON with no caller number, note, description, incident number or exact address", () => {
    const files: Record<string, string> = {};
    for (const format of ["csv", "geojson"]) {
      const out = join(dir, `calls.${format}`);
      const r = runCad([
        "rms",
        "opendata",
        "--agency",
        AGENCY,
        "--db",
        db,
        "--config",
        CONFIG,
        "--from",
        new Date(FROM).toISOString(),
        "--to",
        new Date(TO).toISOString(),
        "--now",
        new Date(NOW).toISOString(),
        "--format",
        format,
        "--out",
        out,
      ]);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      files[format] = readFileSync(out, "utf8");
      files[`${format}.meta`] = readFileSync(`${out}.meta.json`, "utf8");
    }
    const csv = (files["csv"] ?? "").trimEnd().split("\r\n");
    expect(csv[0]).toBe("n,hour,day,category,priority,area,lon,lat,block");
    const geo = JSON.parse(files["geojson"] ?? "{}") as { features: unknown[]; metadata: { counts: object } };
    expect(geo.features.length).toBe(csv.length - 1);
    expect(geo.metadata.counts).toEqual((JSON.parse(files["csv.meta"] ?? "{}") as { counts: object }).counts);
    const all = Object.values(files).join("\n");
    const leaks: string[] = [];
    for (const i of incidents) {
      for (const secret of [callerNumber(i.n), description(i.n), noteText(i.n), i.number]) {
        if (all.includes(secret)) leaks.push(secret);
      }
      // A house-numbered address is published only as its hundred block.
      if (/^\d+[1-9]\d? /.test(i.address) && all.includes(`,${i.address}`)) leaks.push(i.address);
    }
    expect(leaks).toEqual([]);
    expect(all).not.toMatch(/\+1206555\d{4}|SFD-\d|Jane Roe|F17\d{7}/);
    expect(csv.some((line) => / block of /.test(line))).toBe(true);
  });
});

describe("open-data rules", () => {
  it("gives the hundred block of an address, an intersection as it is, and nothing for anything else", () => {
    expect(hundredBlock("8120 7th Av Sw")).toBe("8100 block of 7th Av Sw");
    expect(hundredBlock("747 N 135th St")).toBe("700 block of N 135th St");
    expect(hundredBlock("58 Lee St #4")).toBe("0 block of Lee St");
    expect(hundredBlock("3rd Av / Union St")).toBe("3rd Av / Union St");
    expect(hundredBlock("Seattle Center")).toBeNull();
  });

  it("puts nearby points in one cell and far points in others, with the cell's centre inside it", () => {
    const a = gridCell(-122.3321, 47.6062, 1000);
    expect(gridCell(-122.3322, 47.6063, 1000).id).toBe(a.id);
    expect(gridCell(-122.3321, 47.6162, 1000).id).not.toBe(a.id);
    expect(metresBetween(a.lon, a.lat, -122.3321, 47.6062)).toBeLessThan(Math.SQRT2 * 500 + 1);
    expect(gridCell(a.lon, a.lat, 1000).id).toBe(a.id);
  });

  it("refuses a configuration it cannot follow, naming each problem", () => {
    expect(() =>
      parseOpenDataConfig({
        k: 0,
        location: { method: "exact", cellMeters: 400, clearanceMeters: 200 },
        extra: 1,
      }),
    ).toThrow(
      /openData\.extra: unknown key[\s\S]*openData\.k: expected a number >= 1[\s\S]*location\.method: expected grid or hundred-block[\s\S]*clearanceMeters: must be at most a quarter/,
    );
    expect(parseOpenDataConfig(undefined).k).toBe(5);
  });
});

/**
 * The console's gazetteer as a call-taker uses it: every keystroke of an address typed in full is
 * one search (top 8, as the page asks). Metro's 75,241 addresses, and 150,482 (Metro twice, the
 * second copy as "... N" addresses, as Seattle's north-end streets are named). 200 addresses
 * picked with a seeded generator, each typed as a call-taker would ("3410 main st": the house
 * number, then the street in lower case), one search per prefix. Index build time, then p50, p99
 * and max per search. Run: node --import tsx bench/gazetteer.bench.ts
 */
import { Gazetteer, type GazetteerEntry } from "../adapters/console/gazetteer.ts";
import { mulberry32 } from "../adapters/sim/prng.ts";
import { metroAddresses } from "../adapters/sim/streets.ts";
import { fmt, machineInfo, markdownTable } from "./lib/report.ts";
import { fullGc, isMain, percentile, time } from "./lib/stats.ts";

const TYPED = 200;
const LIMIT = 8;
const WARM_UP = 2_000;

export interface GazetteerRow {
  readonly addresses: number;
  readonly buildMs: number;
  readonly searches: number;
  readonly p50Us: number;
  readonly p99Us: number;
  readonly maxUs: number;
}

function fixtures(): { label: string; entries: GazetteerEntry[] }[] {
  const metro = metroAddresses();
  const north = metro.map((a) => ({ ...a, address: `${a.address} N`, lat: a.lat + 0.2 }));
  return [
    { label: "Metro", entries: metro },
    { label: "Metro x2", entries: [...metro, ...north] },
  ];
}

/** Every prefix of each picked address, lower case, as typed. */
function keystrokes(entries: readonly GazetteerEntry[]): string[] {
  const random = mulberry32(17);
  const out: string[] = [];
  for (let i = 0; i < TYPED; i++) {
    const text = (entries[Math.floor(random() * entries.length)]?.address ?? "").toLowerCase();
    for (let n = 1; n <= text.length; n++) out.push(text.slice(0, n));
  }
  return out;
}

export function runGazetteer(): GazetteerRow[] {
  const rows: GazetteerRow[] = [];
  for (const { entries } of fixtures()) {
    fullGc();
    const [gazetteer, buildMs] = time(() => new Gazetteer(entries));
    const queries = keystrokes(entries);
    for (let i = 0; i < WARM_UP; i++) gazetteer.search(queries[i % queries.length] ?? "", LIMIT);
    const us = new Float64Array(queries.length);
    queries.forEach((q, i) => {
      const t = performance.now();
      gazetteer.search(q, LIMIT);
      us[i] = (performance.now() - t) * 1000;
    });
    us.sort();
    rows.push({
      addresses: gazetteer.size,
      buildMs,
      searches: queries.length,
      p50Us: percentile(us, 50),
      p99Us: percentile(us, 99),
      maxUs: us[us.length - 1] ?? NaN,
    });
  }
  return rows;
}

if (isMain(import.meta.url)) {
  const rows = runGazetteer();
  process.stdout.write(`gazetteer search, one per keystroke, top ${LIMIT} (${machineInfo()})\n\n`);
  process.stdout.write(
    `${markdownTable(
      ["addresses", "index build ms", "searches", "p50 µs", "p99 µs", "max µs"],
      rows.map((r) => [
        r.addresses.toLocaleString("en"),
        fmt(r.buildMs),
        String(r.searches),
        fmt(r.p50Us),
        fmt(r.p99Us),
        fmt(r.maxUs),
      ]),
      1,
    )}\n`,
  );
}

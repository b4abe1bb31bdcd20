// Prints the straight-line ("nearest station") baseline on the Seattle Fire 2017 log.
// Usage: npx tsx bench/seattle-baseline.ts [dataDir]   (default: ../shared/data)
import { resolve } from "node:path";
import {
  PUBLISHED_SEATTLE_BASELINE,
  baselineRow,
  loadSeattleFire,
  straightLineBaseline,
} from "../adapters/seattle/index.ts";
import type { BaselineRow } from "../adapters/seattle/index.ts";

const MIN_N_FOR_EXTRA_ROWS = 30;

// Two decimals: 1108/1600 is 69.25%, which one decimal would print as either 69.2 or 69.3.
function pct(share: number, digits = 2): string {
  return `${(share * 100).toFixed(digits)}%`;
}

function line(row: BaselineRow, published?: number): string {
  const cells = [
    `${row.incidentType} -> ${row.kind}`.padEnd(44),
    String(row.n).padStart(5),
    String(row.hits).padStart(5),
    pct(row.share).padStart(7),
    (published === undefined ? "" : pct(published, 1)).padStart(9),
    (published === undefined ? "" : `${((row.share - published) * 100).toFixed(2)}`).padStart(6),
    String(row.withoutKind).padStart(8),
    String(row.unknownHome).padStart(8),
  ];
  return cells.join(" ");
}

async function main(): Promise<void> {
  const dataDir = resolve(process.argv[2] ?? "../shared/data");
  const data = await loadSeattleFire(dataDir);
  const rows = straightLineBaseline(data);
  const c = data.counts;
  const inside = data.incidents.filter((i) => i.insideCity).length;

  console.log(`Seattle Fire ${data.from}..${data.to}: ${c.incidents} incidents, ${inside} inside the city`);
  console.log(
    `  ${c.filesRead} day files, ${c.rows} rows (${c.malformedRows} malformed, ${c.duplicateRows} duplicate), ` +
      `${c.incidentsOutsideWindow} incidents outside the window, ${c.incidentsWithoutGeocode} without geocode, ` +
      `${c.incidentsOutsideCity} outside the city`,
  );
  console.log(
    `  ${data.stations.length} stations, ${data.units.length} units; ${c.unitMentionsWithoutHome} of ${c.unitMentions} ` +
      `unit mentions have no home station (${c.unitsWithoutHome.join(" ")})`,
  );
  console.log("\nFirst unit group, units at home, great-circle nearest station housing the kind:\n");
  console.log(
    `${"incident type -> kind".padEnd(44)} ${"n".padStart(5)} ${"hits".padStart(5)} ${"share".padStart(7)} ` +
      `${"published".padStart(9)} ${"diff".padStart(6)} ${"no kind".padStart(8)} ${"no home".padStart(8)}`,
  );
  const headline = new Set<BaselineRow>();
  for (const ref of PUBLISHED_SEATTLE_BASELINE) {
    const row = baselineRow(rows, ref.incidentType, ref.kind);
    if (!row) {
      console.log(`${ref.incidentType} -> ${ref.kind}: no incidents`);
      continue;
    }
    headline.add(row);
    console.log(line(row, ref.share));
  }
  console.log("");
  for (const row of rows) {
    if (!headline.has(row) && row.n >= MIN_N_FOR_EXTRA_ROWS) console.log(line(row));
  }
}

await main();

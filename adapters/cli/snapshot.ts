import { existsSync } from "node:fs";
import { SnapshotStore } from "../sqlite/index.ts";

const out = (line: string) => process.stdout.write(`${line}\n`);

/** `cad snapshot list | inspect ID | verify [ID]` on a snapshot database. */
export function runSnapshot(
  action: string | undefined,
  dbPath: string,
  agency: string | undefined,
  id: string | undefined,
): number {
  if (!existsSync(dbPath)) throw new Error(`no snapshot database at ${dbPath}`);
  let store: SnapshotStore;
  try {
    store = SnapshotStore.open(dbPath);
  } catch (error) {
    // A verdict, not a stack trace: the file is left as it is for whoever looks at it.
    out(`${dbPath}: unreadable, not a snapshot database or damaged (${(error as Error).message})`);
    return 1;
  }
  try {
    const headers = store.list(agency);
    switch (action) {
      case "list":
        out("id      agency        last input   engine time (UTC)     size MB  written (UTC)         engine");
        for (const h of headers) {
          out(
            `${String(h.id).padEnd(7)} ${h.agency.padEnd(13)} ${String(h.lastInputSeq).padStart(10)}   ${iso(h.stateNow)}  ${(h.byteLength / 1e6).toFixed(1).padStart(7)}  ${iso(h.createdAt)}  ${h.engineVersion}`,
          );
        }
        return 0;
      case "inspect": {
        const { header, state } = store.read(Number(id));
        out(
          JSON.stringify(
            {
              ...header,
              incidents: state.incidents.size,
              active: state.active.size,
              pending: state.pending.length,
              units: state.units.size,
              calls: state.calls.size,
              timers: state.timers.length,
              // The configuration the snapshot was taken under (null: none recorded in the log).
              configuration: state.configuration?.hash ?? null,
            },
            null,
            2,
          ),
        );
        return 0;
      }
      case "verify": {
        let bad = 0;
        for (const h of id === undefined ? headers : headers.filter((x) => x.id === Number(id))) {
          const verdict = store.verify(h.id);
          out(`snapshot ${h.id} (input ${h.lastInputSeq}): ${verdict.ok ? "ok" : verdict.problem}`);
          if (!verdict.ok) bad++;
        }
        return bad === 0 ? 0 : 1;
      }
      default:
        throw new Error(`cad snapshot: expected list, inspect ID or verify [ID], got "${action ?? ""}"`);
    }
  } finally {
    store.close();
  }
}

const iso = (ms: number) => new Date(ms).toISOString().replace("T", " ").slice(0, 19);

import { mulberry32 } from "../../adapters/sim/prng.ts";
import { near, type InputBody } from "./scenario.ts";

/**
 * A seeded mix: a roster, then calls, dispatches (some refused), statuses, AVL and ticks.
 * `atOf(i)` is the instant the i-th input will carry, so calls say when they were received.
 */
export function workload(count: number, seed: number, atOf: (index: number) => number): InputBody[] {
  const random = mulberry32(seed);
  const units = Array.from({ length: 20 }, (_, i) => `U${i}`);
  const out: InputBody[] = units.map(
    (id, i) =>
      ({
        kind: "AddUnit",
        unitId: id,
        unitType: i % 2 === 0 ? "engine" : "medic",
        agency: "metro-fire",
        station: { id: `S${i}`, ...near(i * 500, 0) },
      }) as InputBody,
  );
  let calls = 0;
  while (out.length < count) {
    const r = random();
    const unitId = units[Math.floor(random() * units.length)] ?? "U0";
    const incidentId = `INC-${String(1 + Math.floor(random() * Math.max(1, calls))).padStart(6, "0")}`;
    if (r < 0.3)
      out.push({
        kind: "ReceiveCall",
        callId: `K${++calls}`,
        callType: random() < 0.5 ? "MED" : "AFAR",
        receivedAt: atOf(out.length) - 500,
        ...near(random() * 8000, random() * 8000),
      } as InputBody);
    else if (r < 0.55) out.push({ kind: "DispatchUnit", incidentId, unitId });
    else if (r < 0.8)
      out.push({
        kind: "UpdateUnitStatus",
        unitId,
        status: ["en_route", "on_scene", "available", "returning"][Math.floor(random() * 4)] ?? "available",
      });
    else if (r < 0.95)
      out.push({ kind: "UpdateUnitLocation", unitId, ...near(random() * 8000, random() * 8000) });
    else out.push({ kind: "Tick" });
  }
  return out;
}

import type { Recommendation } from "./protocol.ts";

/**
 * Which slots of a recommendation the incident's own units already fill: a unit fills a slot
 * that names its type (a maximum matching, so a unit never hides a slot another could fill).
 * The engine recommends every slot from free units; the console dispatches only the rest.
 */
export function coveredSlots(
  rec: Recommendation,
  units: readonly { readonly id: string; readonly type: string }[],
): (string | null)[] {
  const unitOfSlot: (number | null)[] = rec.slots.map(() => null);
  const slotOfUnit: (number | null)[] = units.map(() => null);
  const tryAssign = (slot: number, seen: Set<number>): boolean => {
    for (let u = 0; u < units.length; u++) {
      if (seen.has(u) || !(rec.slots[slot]?.types.includes(units[u]?.type ?? "") ?? false)) continue;
      seen.add(u);
      const other = slotOfUnit[u];
      if (other === null || other === undefined || tryAssign(other, seen)) {
        unitOfSlot[slot] = u;
        slotOfUnit[u] = slot;
        return true;
      }
    }
    return false;
  };
  rec.slots.forEach((_, slot) => tryAssign(slot, new Set()));
  return unitOfSlot.map((u) => (u === null ? null : (units[u]?.id ?? null)));
}

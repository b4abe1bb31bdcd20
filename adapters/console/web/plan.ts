import type { Recommendation } from "./protocol.ts";

/**
 * The units accepting a recommendation dispatches: every slot's unit, exactly as the engine
 * filled it. The engine marks the slots the incident's own units already fill (`assignedUnitId`)
 * and fills only the others, so the page works nothing out itself (issue 17: a page that
 * matched units to slots on its own sent a mutual-aid engine while the engine's first choice
 * was free).
 */
export function unitsToSend(rec: Recommendation): string[] {
  return rec.slots.flatMap((s) => (s.assignedUnitId === undefined && s.unit !== null ? [s.unit.unitId] : []));
}

/** How many slots of the plan are filled by the incident's own units, and how many nobody free can fill. */
export function planCounts(rec: Recommendation): { covered: number; toSend: number; unfilled: number } {
  const covered = rec.slots.filter((s) => s.assignedUnitId !== undefined).length;
  const toSend = unitsToSend(rec).length;
  return { covered, toSend, unfilled: rec.slots.length - covered - toSend };
}

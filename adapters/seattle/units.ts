/** The unit kinds the recommender distinguishes; everything else is "other". */
export type UnitKind = "engine" | "ladder" | "medic" | "aid" | "chief" | "other";

/** Every kind, in a stable display order. */
export const UNIT_KINDS: readonly UnitKind[] = ["engine", "ladder", "medic", "aid", "chief", "other"];

// Mirrors the relevant entries of seattle-fire-geocodes/units.json. Kept in code so that the kind
// of a unit id never depends on which data folder is present; a data test checks the two agree.
// Anchored patterns matter: AIR9 (air bottle unit) must not read as aid car A9, nor MAB1 (medical
// ambulance bus) or MAR5 (marshal) as medic.
const KIND_PATTERNS: readonly (readonly [RegExp, UnitKind])[] = [
  [/^E\d+$/, "engine"],
  [/^L\d+$/, "ladder"],
  [/^M\d+$/, "medic"],
  [/^A\d+$/, "aid"],
  // Battalion, deputy and safety chiefs, the fire chief (234) and the assistant chief (89).
  [/^(?:B|DEP|SAFT)\d+$|^(?:234|89)$/, "chief"],
];

/** Kind of a Seattle Fire unit id, e.g. `E17` → engine, `A5` → aid, `AIR9` → other. */
export function unitKind(unitId: string): UnitKind {
  for (const [pattern, kind] of KIND_PATTERNS) if (pattern.test(unitId)) return kind;
  return "other";
}

/** Maps a units.json type name ("Engine #", "Battalion #", …) to a kind, for cross-checking. */
export function unitKindFromTypeName(typeName: string): UnitKind {
  if (/^Engine\b/.test(typeName)) return "engine";
  if (/^Ladder\b/.test(typeName)) return "ladder";
  if (/^Medic\b/.test(typeName)) return "medic";
  if (/^Aid\b/.test(typeName)) return "aid";
  if (/^Battalion\b|Chief\b/.test(typeName)) return "chief";
  return "other";
}

const UNIT_ID = /^[A-Z0-9]+$/;

/**
 * Unit ids named by one apparatus-list cell. Most cells are one id; `M/A84` (a reserve unit that
 * runs as medic or aid car) names both M84 and A84; free-text names such as
 * "Fireboat Chief Seattle" and empty cells name none.
 */
export function apparatusCellIds(cell: string): string[] {
  const text = cell.trim().toUpperCase();
  const shared = /^([A-Z]+(?:\/[A-Z]+)+)(\d+)$/.exec(text);
  if (shared) {
    const [, prefixes = "", digits = ""] = shared;
    return prefixes.split("/").map((prefix) => prefix + digits);
  }
  return UNIT_ID.test(text) ? [text] : [];
}

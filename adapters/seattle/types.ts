import type { UnitKind } from "./units.ts";

/** A Seattle Fire facility with WGS84 coordinates (from seattle-fire-2017/stations-geocoded.csv). */
export interface SeattleStation {
  /** "2".."41", "HQ", "HMC" (Harborview, home of M1/M10/M44 and B3) or "FMO". */
  id: string;
  /** Neighbourhood name, e.g. "Belltown"; "Station <id>" when none is known. */
  name: string;
  address: string;
  lon: number;
  lat: number;
}

/** An apparatus and its home station in June 2017. */
export interface SeattleUnit {
  id: string;
  kind: UnitKind;
  stationId: string;
  /** Reserve apparatus (note says "Reserve"): housed there but not normally staffed. */
  reserve: boolean;
}

/** One incident of the Real-Time 911 log. */
export interface SeattleIncident {
  number: string;
  /** Creation time, epoch ms UTC. */
  at: number;
  type: string;
  /** The free-text location exactly as the log gives it. */
  address: string;
  lon: number | null;
  lat: number | null;
  /** False when the address has no geocode or falls outside the city limits. */
  insideCity: boolean;
  /**
   * Units in dispatch order: `unitGroups[0]` is the oldest row of the incident (the bottom-most
   * row of the earliest day file, since files list newest first), i.e. the initial assignment.
   * A unit appears only once, in the group where it was first listed.
   */
  unitGroups: string[][];
}

/** What the loader dropped or could not match, so reports can state their coverage. */
export interface SeattleLoadCounts {
  /** Day files read (the window's days plus the following day, for late unit groups). */
  filesRead: number;
  /** Days inside the window with no file. */
  missingDays: string[];
  /** Data rows across the files read. */
  rows: number;
  /** Rows with the wrong number of columns, an empty incident number or a bad timestamp. */
  malformedRows: number;
  /** Rows identical to an earlier row (the page sometimes repeats one). */
  duplicateRows: number;
  /** Unit mentions dropped because the unit was already listed for that incident. */
  repeatedUnitMentions: number;
  /** Rows whose timestamp differs from the incident's first row (the first one is kept). */
  timestampConflicts: number;
  /** Incidents in the files whose local creation day is outside [from, to]. */
  incidentsOutsideWindow: number;
  /** Incidents kept, and of those: with no geocode, and geocoded but outside the city. */
  incidents: number;
  incidentsWithoutGeocode: number;
  incidentsOutsideCity: number;
  /** Geocodes found only after normalising case and spaces. */
  geocodesMatchedLoosely: number;
  /** Unit mentions in kept incidents, and those whose unit has no known home station. */
  unitMentions: number;
  unitMentionsWithoutHome: number;
  /** Distinct unit ids in kept incidents with no known home station, sorted. */
  unitsWithoutHome: string[];
  /** Apparatus-list rows that name no unit id (free-text boat names, blanks) or no known station. */
  apparatusRowsSkipped: number;
}

/** Everything {@link loadSeattleFire} returns. */
export interface SeattleFireData {
  from: string;
  to: string;
  stations: SeattleStation[];
  units: SeattleUnit[];
  /** Sorted by `at` ascending, then by incident number. */
  incidents: SeattleIncident[];
  counts: SeattleLoadCounts;
}

/** Day window, inclusive, in Seattle local dates (`YYYY-MM-DD`). */
export interface SeattleWindow {
  from: string;
  to: string;
}

import type Database from "better-sqlite3";
import { timelineText, type EngineEvent } from "../../engine/index.ts";
import { timeline } from "./apply-timeline.ts";
import type { DecodedRejection } from "../nats/index.ts";
import {
  incidentOverdue,
  leadershipChanged,
  rejection,
  unitChecked,
  unitsRecommended,
  unitStatusOverdue,
} from "./apply-alerts.ts";
import { unitDispatched, unitReleased } from "./apply-assignments.ts";
import { callAttached, callReceived, callTypeDefaulted } from "./apply-calls.ts";
import {
  incidentCreated,
  incidentReprioritised,
  incidentsLinked,
  incidentStatusChanged,
  noteAdded,
} from "./apply-incidents.ts";
import { incidentsMerged } from "./apply-merge.ts";
import { Rows, type EventKey, type IssueSink } from "./apply-rows.ts";
import { unitLocationUpdated, unitRetired, unitRoster, unitStatusChanged } from "./apply-units.ts";

export type { EventKey } from "./apply-rows.ts";

/**
 * Maps each engine event onto rows of the records database, in the engine's own terms: the
 * incident row follows `evolve` (the same first-time rules, the same merge of times), and the
 * timeline gets the same lines the engine keeps. Every insert is keyed by the output.
 */
export class EventWriter {
  private readonly rows: Rows;
  /** Incidents whose rows changed in this batch: their intervals are rewritten at the end. */
  readonly touched: Set<string>;

  constructor(db: Database.Database, issue: IssueSink) {
    this.rows = new Rows(db, issue);
    this.touched = this.rows.touched;
  }

  rejection(k: EventKey, inputId: string, r: DecodedRejection): void {
    rejection(this.rows, k, inputId, r);
  }

  event(k: EventKey, e: EngineEvent): void {
    const rows = this.rows;
    switch (e.type) {
      case "CallReceived":
        return callReceived(rows, e);
      case "CallTypeDefaulted":
        return callTypeDefaulted(rows, e);
      case "IncidentCreated":
        return incidentCreated(rows, k, e);
      case "CallAttached":
        return callAttached(rows, k, e);
      case "IncidentReprioritised":
        return incidentReprioritised(rows, k, e);
      case "IncidentStatusChanged":
        return incidentStatusChanged(rows, k, e);
      case "IncidentsMerged":
        return incidentsMerged(rows, k, e);
      case "IncidentsLinked":
        return incidentsLinked(rows, k, e);
      case "NoteAdded":
        return noteAdded(rows, k, e);
      case "UnitDispatched":
        return unitDispatched(rows, k, e);
      case "UnitReleased":
        return unitReleased(rows, k, e);
      case "UnitStatusChanged":
        return unitStatusChanged(rows, k, e);
      case "UnitLocationUpdated":
        return unitLocationUpdated(rows, e);
      case "UnitAdded":
      case "UnitChanged":
        return unitRoster(rows, e);
      case "UnitRetired":
        return unitRetired(rows, e);
      case "UnitChecked":
        return unitChecked(rows, k, e);
      case "IncidentOverdue":
        return incidentOverdue(rows, k, e);
      case "UnitStatusOverdue":
        return unitStatusOverdue(rows, k, e);
      case "UnitsRecommended":
        return unitsRecommended(rows, k, e);
      case "LeadershipChanged":
        return leadershipChanged(rows, k, e);
      // Incoming incidents (EIDO) are not records of ours until accepted; an accepted one is
      // recorded through the IncidentCreated, CallReceived and NoteAdded that follow.
      case "IncomingIncidentReceived":
      case "IncomingIncidentUpdated":
      case "IncomingIncidentAccepted":
      case "IncomingIncidentDeclined":
      case "IncomingIncidentMerged":
        return;
      // A partner's version of an incident of ours is theirs: the records keep our own.
      case "SharedIncidentUpdated":
        return;
      // Shares and transfers write their line into the incident's history.
      case "IncidentShared":
      case "IncidentTransferred":
      case "IncidentShareEnded":
      case "IncidentTransferAnswered":
        return timeline(rows, k, 0, e.incidentId, e, timelineText(e));
    }
  }
}

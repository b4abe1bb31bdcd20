import type { JetStreamClient } from "@nats-io/jetstream";
import {
  ANSWER_ACCEPTED,
  ANSWER_DECLINED,
  ANSWER_NOTE,
  OFFER_SHARE,
  OFFER_TRANSFER,
  defaultEidoDomain,
  type EngineConfig,
  type EngineEvent,
} from "../../engine/index.ts";
import { agencySubjects } from "../nats/index.ts";
import type { EventKey } from "./apply-rows.ts";
import { html, toEido, type EidoDocument } from "./eido.ts";
import { ids, iso } from "./eido-ids.ts";
import type { EidoValidator } from "./eido-schema.ts";
import { readIncidentRecord } from "./record.ts";
import type { RmsStore } from "./store.ts";

/**
 * EIDO out (issue 19): the RMS consumer, holding every incident's record, sends partner agencies
 * what the engine decided to share. It follows the agency's events in the records' own
 * transaction:
 * - an incident shared or offered (IncidentShared, IncidentTransferred) and each later change of
 *   it go to `cad.<partner>.in.eido` as a newer version of its EIDO (our tracking id, a
 *   strictly later lastUpdateTimeStamp), until the share ends, the transfer is answered, or the
 *   incident closes (that last version says closed);
 * - a partner's incident we accepted (IncomingIncidentAccepted) goes back to it as the answer,
 *   "transfer accepted" with our incident id, under its tracking id, and so do its later changes:
 *   the partner follows what became of it; one we declined goes back "transfer declined" with
 *   the reason.
 * Each version is written to an outbox table in the same transaction as the records, then
 * published with a Nats-Msg-Id made of the event it follows (`eido:<agency>:<inputSeq>.<index>:
 * <incident>:<partner>`) and deleted once the partner's input stream acknowledged it; a newer
 * version of the same incident for the same partner replaces one not sent yet (a batch of
 * events makes one version). Versions are stamped strictly later one after the other. A crash
 * anywhere loses nothing (the outbox or the records' position says what is left) and doubles
 * nothing the partner keeps (its stream drops a repeated id, its STALE_EIDO rule an old stamp).
 */
export interface RelayOptions {
  readonly agency: string;
  /** The configuration: `sharing.partners` (tokens and domains), our `sharing.domain`, type names. */
  readonly config: EngineConfig;
  /** Every document is checked against the NENA schema before it is sent. */
  readonly validator: EidoValidator;
  readonly log?: (line: string) => void;
}

/** Events a partner's own version causes: never sent back (no echo between two agencies). */
const NOT_A_CHANGE: ReadonlySet<string> = new Set([
  "SharedIncidentUpdated",
  "IncomingIncidentReceived",
  "IncomingIncidentUpdated",
  "UnitsRecommended",
]);

interface Follow {
  readonly incident_id: string;
  readonly agency: string;
  readonly tracking_id: string;
  readonly kind: "share" | "transfer" | "answer";
  /** The stamp (lastUpdateTimeStamp) of the last version built for the partner. */
  readonly last_stamp: number;
}

export class EidoRelay {
  readonly domain: string;
  private readonly partners: ReadonlyMap<string, string>;
  private readonly byDomain: ReadonlyMap<string, string>;
  /** Versions sent and acknowledged since start; documents the schema refused (not sent). */
  readonly stats = { sent: 0, invalid: 0 };
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: RmsStore,
    private readonly opts: RelayOptions,
  ) {
    this.domain = opts.config.sharing?.domain ?? defaultEidoDomain(opts.agency);
    this.partners = opts.config.sharing?.partners ?? new Map();
    this.byDomain = new Map([...this.partners].map(([token, domain]) => [domain, token]));
    store.db.exec(`
      CREATE TABLE IF NOT EXISTS eido_follow (
        incident_id TEXT NOT NULL, agency TEXT NOT NULL, tracking_id TEXT NOT NULL, kind TEXT NOT NULL,
        last_stamp INTEGER NOT NULL, PRIMARY KEY (incident_id, agency));
      CREATE TABLE IF NOT EXISTS eido_outbox (
        n INTEGER PRIMARY KEY AUTOINCREMENT, msg_id TEXT NOT NULL UNIQUE, what TEXT NOT NULL,
        subject TEXT NOT NULL, document TEXT NOT NULL);`);
  }

  /** Versions waiting to be sent (written, not yet acknowledged by the partner's stream). */
  get waiting(): number {
    return (this.store.sql("SELECT COUNT(*) AS n FROM eido_outbox").get() as { n: number }).n;
  }

  /** Called in the records' transaction after each event was written: what it means for partners. */
  onEvent(k: EventKey, e: EngineEvent): void {
    switch (e.type) {
      case "IncidentShared":
      case "IncidentTransferred":
        this.follow(e.incidentId, e.toAgency, ids(e.incidentId, this.domain).incident, this.modeOf(e));
        break;
      case "IncomingIncidentAccepted": {
        const partner = this.byDomain.get(e.senderAgency);
        if (partner !== undefined) this.follow(e.incidentId, partner, e.trackingId, "answer");
        break;
      }
      case "IncomingIncidentDeclined": {
        const partner = this.byDomain.get(e.senderAgency);
        if (partner !== undefined) this.declined(k, partner, e.trackingId, e.at, e.reason);
        return;
      }
      case "IncidentShareEnded":
      case "IncidentTransferAnswered":
        // The last version was sent with the change before (a closure); a partner that answered
        // a transfer holds its own record now.
        this.store
          .sql("DELETE FROM eido_follow WHERE incident_id = ? AND agency = ?")
          .run(e.incidentId, e.toAgency);
        return;
      default:
        break;
    }
    if (NOT_A_CHANGE.has(e.type)) return;
    for (const incidentId of incidentsOf(e))
      for (const f of this.store
        .sql("SELECT * FROM eido_follow WHERE incident_id = ? ORDER BY agency")
        .all(incidentId) as Follow[])
        this.version(k, f);
  }

  /** Publishes what the outbox holds, in order; stops at the first failure (tried again later). */
  flush(js: JetStreamClient): Promise<void> {
    this.flushing = this.flushing.then(() => this.flushNow(js));
    return this.flushing;
  }

  private async flushNow(js: JetStreamClient): Promise<void> {
    const rows = this.store.sql("SELECT n, msg_id, subject, document FROM eido_outbox ORDER BY n").all() as {
      n: number;
      msg_id: string;
      subject: string;
      document: string;
    }[];
    for (const r of rows) {
      try {
        await js.publish(r.subject, r.document, { msgID: r.msg_id, timeout: 5000 });
      } catch (error) {
        this.opts.log?.(`EIDO ${r.msg_id} to ${r.subject} not sent yet: ${(error as Error).message}`);
        return;
      }
      this.store.sql("DELETE FROM eido_outbox WHERE n = ?").run(r.n);
      this.stats.sent++;
    }
  }

  private modeOf(e: EngineEvent): Follow["kind"] {
    return e.type === "IncidentTransferred" ? "transfer" : "share";
  }

  private follow(incidentId: string, agency: string, trackingId: string, kind: Follow["kind"]): void {
    this.store
      .sql(
        `INSERT INTO eido_follow (incident_id, agency, tracking_id, kind, last_stamp) VALUES (?, ?, ?, ?, 0)
       ON CONFLICT (incident_id, agency) DO UPDATE SET tracking_id = excluded.tracking_id, kind = excluded.kind`,
      )
      .run(incidentId, agency, trackingId, kind);
  }

  /**
   * The incident's EIDO as the records hold it after this event, for partner `f.agency`,
   * stamped strictly later than the version before.
   */
  private version(k: EventKey, f: Follow): void {
    const record = readIncidentRecord(this.store.db, f.incident_id);
    if (record === undefined) return;
    const stamp = Math.max(record.updatedAt, f.last_stamp + 1);
    this.store
      .sql("UPDATE eido_follow SET last_stamp = ? WHERE incident_id = ? AND agency = ?")
      .run(stamp, f.incident_id, f.agency);
    const doc = toEido(record, { agency: this.opts.agency, domain: this.domain, config: this.opts.config });
    stampDocument(doc, stamp);
    if (f.kind !== "answer") {
      // What we offer, for the partner to show: it follows a share, a transfer awaits its answer.
      const incident = doc["incidentComponent"] as Record<string, unknown>;
      incident["incidentStatusInternalText"] = [
        ...(incident["incidentStatusInternalText"] as string[]),
        f.kind === "share" ? OFFER_SHARE : OFFER_TRANSFER,
      ];
    } else {
      // Their incident, as it became ours: under their tracking id, saying we accepted it.
      const incident = doc["incidentComponent"] as Record<string, unknown>;
      Object.assign(doc, { $id: f.tracking_id });
      Object.assign(incident, {
        $id: f.tracking_id,
        incidentTrackingIdentifier: f.tracking_id,
        incidentStatusInternalText: [
          ...(incident["incidentStatusInternalText"] as string[]),
          ANSWER_ACCEPTED,
        ],
      });
    }
    const msgId = `eido:${this.opts.agency}:${k.inputSeq}.${k.index}:${f.incident_id}:${f.agency}`;
    this.enqueue(msgId, `version ${f.incident_id} ${f.agency}`, f.agency, doc);
  }

  /** The answer to an incident we declined: its tracking id, "transfer declined", the reason as a note. */
  private declined(k: EventKey, partner: string, trackingId: string, at: number, reason: string): void {
    const upd = { lastUpdateTimeStamp: iso(at), updatedByAgencyReference: { $ref: this.domain } };
    const noteId = `${trackingId}${ANSWER_NOTE}`;
    const doc: EidoDocument = {
      $id: trackingId,
      ...upd,
      eidoVersion: "1.0",
      issuingElementIdentification: `rms.${this.domain}`,
      incidentComponent: {
        $id: trackingId,
        ...upd,
        incidentTrackingIdentifier: trackingId,
        // Required by the schema; the records hold nothing of an incident we declined.
        incidentTypeCommonRegistryText: "Other",
        incidentStatusInternalText: [ANSWER_DECLINED],
        incidentStatusCommonRegistryText: ["Closed"],
        notesReference: [{ $ref: noteId }],
      },
      agencyComponent: [
        {
          $id: this.domain,
          ...upd,
          agencyRoleDescriptionRegistryText: ["Dispatching"],
          agencyType: ["psap"],
          incidentOwningAgencyIndicator: false,
        },
      ],
      notesComponent: [{ $id: noteId, ...upd, notesActionComments: html(reason || "declined") }],
    };
    const msgId = `eido:${this.opts.agency}:${k.inputSeq}.${k.index}:declined:${partner}`;
    this.enqueue(msgId, `declined ${trackingId} ${partner}`, partner, doc);
  }

  /** Writes a version to the outbox in place of one of the same `what` not sent yet. */
  private enqueue(msgId: string, what: string, partner: string, doc: EidoDocument): void {
    const check = this.opts.validator(doc);
    if (!check.valid) {
      this.stats.invalid++;
      this.opts.log?.(`EIDO ${msgId} not sent: not valid against the NENA schema: ${check.errors[0] ?? ""}`);
      return;
    }
    this.store.sql("DELETE FROM eido_outbox WHERE what = ?").run(what);
    this.store
      .sql(
        `INSERT INTO eido_outbox (msg_id, what, subject, document) VALUES (?, ?, ?, ?)
       ON CONFLICT (msg_id) DO UPDATE SET document = excluded.document`,
      )
      .run(msgId, what, `${agencySubjects(partner).inputPrefix}eido`, JSON.stringify(doc));
  }
}

/** The incidents an event changes (by the fields that name them). */
function incidentsOf(e: EngineEvent): string[] {
  const out: string[] = [];
  const fields = e as unknown as Record<string, unknown>;
  for (const key of ["incidentId", "intoIncidentId", "otherIncidentId"]) {
    const id = fields[key];
    if (typeof id === "string" && id !== "" && !out.includes(id)) out.push(id);
  }
  return out;
}

/** The document's and its incident's lastUpdateTimeStamp: the version's stamp. */
function stampDocument(doc: EidoDocument, at: number): void {
  doc["lastUpdateTimeStamp"] = iso(at);
  const incident = doc["incidentComponent"] as Record<string, unknown>;
  incident["lastUpdateTimeStamp"] = iso(at);
}

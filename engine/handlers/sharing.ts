import type { ExtractedEido } from "../eido/extract.ts";
import type { EndShare, ShareIncident, TransferIncident } from "../model/inputs.ts";
import { reject, type Rejection } from "../model/rejection.ts";
import type { Incident, IncidentShare } from "../model/state.ts";
import type { Ctx } from "./context.ts";
import { FieldCheck, type Outcome } from "./context.ts";
import { changeIncidentStatus, releaseAll } from "./lifecycle.ts";

/** The disposition of an incident of ours that a partner agency took over (as MERGED is a merge's). */
export const TRANSFERRED_DISPOSITION = "TRANSFERRED";

/** The incident and partner an input names, or why not: unknown incident, closed, unknown or own agency. */
function readShareTarget(
  ctx: Ctx,
  input: ShareIncident | TransferIncident | EndShare,
  f: FieldCheck<ShareIncident | TransferIncident | EndShare>,
): { incident: Incident; agency: string; shares: readonly IncidentShare[] } | Rejection {
  const incidentId = f.id("incidentId");
  const agency = f.id("toAgency");
  if (f.rejection !== undefined) return f.rejection;
  const incident = ctx.state.incidents.get(incidentId);
  if (incident === undefined) return reject("UNKNOWN_INCIDENT", `no incident ${incidentId}`, "incidentId");
  const partners = ctx.config.sharing?.partners;
  if (partners === undefined || !partners.has(agency))
    return reject(
      "UNKNOWN_AGENCY",
      `"${agency}" is not a partner agency (sharing.partners: ${[...(partners?.keys() ?? [])].join(", ") || "none"})`,
      "toAgency",
    );
  if (input.kind !== "EndShare" && !ctx.state.active.has(incident.id))
    return reject("INCIDENT_NOT_ACTIVE", `incident ${incident.id} is ${incident.status}`, "incidentId");
  return { incident, agency, shares: ctx.state.shares.get(incident.id) ?? [] };
}

/** A share or transfer that still has the partner following (not a declined transfer). */
function following(s: IncidentShare): boolean {
  return s.status !== "declined";
}

export function shareIncident(ctx: Ctx, input: ShareIncident): Outcome {
  const f = new FieldCheck(input);
  const target = readShareTarget(ctx, input, f);
  if ("code" in target) return target;
  const { incident, agency, shares } = target;
  const known = shares.find((s) => s.agency === agency && following(s));
  if (known !== undefined)
    return reject(
      "ALREADY_SHARED",
      `incident ${incident.id} is already ${known.mode === "share" ? "shared with" : "offered to"} ${agency}`,
      "toAgency",
    );
  ctx.emit({ type: "IncidentShared", at: ctx.at, incidentId: incident.id, toAgency: agency });
  return undefined;
}

export function transferIncident(ctx: Ctx, input: TransferIncident): Outcome {
  const f = new FieldCheck(input);
  const reason = f.string("reason", { optional: true, max: 500 });
  const target = readShareTarget(ctx, input, f);
  if ("code" in target) return target;
  const { incident, agency, shares } = target;
  const pending = shares.find((s) => s.mode === "transfer" && s.status === "pending");
  if (pending !== undefined)
    return reject(
      "ALREADY_SHARED",
      `incident ${incident.id} is already offered to ${pending.agency}; wait for their answer`,
      "incidentId",
    );
  ctx.emit({ type: "IncidentTransferred", at: ctx.at, incidentId: incident.id, toAgency: agency, reason });
  return undefined;
}

export function endShare(ctx: Ctx, input: EndShare): Outcome {
  const f = new FieldCheck(input);
  const target = readShareTarget(ctx, input, f);
  if ("code" in target) return target;
  const { incident, agency, shares } = target;
  if (!shares.some((s) => s.agency === agency && s.mode === "share" && s.status === "active"))
    return reject("NOT_SHARED", `incident ${incident.id} is not shared with ${agency}`, "toAgency");
  ctx.emit({
    type: "IncidentShareEnded",
    at: ctx.at,
    incidentId: incident.id,
    toAgency: agency,
    reason: "ended by dispatcher",
  });
  return undefined;
}

/**
 * After an input: every share of an incident that closed in it ends (the partners' last version
 * says closed). An accepted transfer stays: the partner owns the incident and its versions still
 * come to us.
 */
export function endSharesOfClosed(ctx: Ctx, closedIds: readonly string[]): void {
  for (const incidentId of closedIds)
    for (const s of [...(ctx.state.shares.get(incidentId) ?? [])])
      if (s.status === "active" || s.status === "pending")
        ctx.emit({
          type: "IncidentShareEnded",
          at: ctx.at,
          incidentId,
          toAgency: s.agency,
          reason: "incident closed",
        });
}

/**
 * Whether an EIDO is a partner's version of an incident of ours: its tracking id is one of our
 * incidents' (`urn:emergency:uid:incidentid:<id>:<domain>`, the domain not the sender's own) and
 * that incident is shared with or offered to the partner the sender's domain names.
 */
export function partnerShare(
  ctx: Ctx,
  eido: Extract<ExtractedEido, { ok: true }>,
): { incident: Incident; share: IncidentShare } | undefined {
  const match = /^urn:emergency:uid:incidentid:([^:]*):(.+)$/.exec(eido.trackingId);
  if (match === null || match[2] === eido.senderAgency) return undefined;
  let incidentId: string;
  try {
    incidentId = decodeURIComponent(match[1] as string);
  } catch {
    return undefined;
  }
  const incident = ctx.state.incidents.get(incidentId);
  if (incident === undefined) return undefined;
  const partners = ctx.config.sharing?.partners;
  const share = (ctx.state.shares.get(incidentId) ?? []).find(
    (s) => partners?.get(s.agency) === eido.senderAgency,
  );
  return share === undefined ? undefined : { incident, share };
}

/**
 * A partner's EIDO of an incident of ours: the answer to a transfer (accepted: ours closes as
 * TRANSFERRED; declined: it stays ours, with their reason), or a newer version of what they hold.
 */
export function receivePartnerVersion(
  ctx: Ctx,
  eido: Extract<ExtractedEido, { ok: true }>,
  target: { incident: Incident; share: IncidentShare },
): Outcome {
  const { incident, share } = target;
  const at = ctx.at;
  if (eido.updatedAt <= share.updatedAt)
    return reject(
      "STALE_EIDO",
      `incident ${incident.id} from ${share.agency}: this version (${new Date(eido.updatedAt).toISOString()}) is not newer than the one received (${new Date(share.updatedAt).toISOString()})`,
      "document",
    );
  const answer = eido.answer;
  if (share.mode === "transfer" && share.status === "pending" && answer.kind !== "none") {
    const accepted = answer.kind === "accepted";
    ctx.emit({
      type: "IncidentTransferAnswered",
      at,
      incidentId: incident.id,
      toAgency: share.agency,
      accepted,
      theirIncidentId: accepted ? answer.incidentId || null : null,
      reason: accepted ? "" : answer.reason,
    });
    if (accepted && incident.status !== "closed") {
      const theirs = answer.incidentId === "" ? "" : ` (their incident ${answer.incidentId})`;
      releaseAll(ctx, incident);
      changeIncidentStatus(
        ctx,
        incident,
        "closed",
        `transferred to ${share.agency}${theirs}`,
        TRANSFERRED_DISPOSITION,
      );
    }
  }
  ctx.emit({
    type: "SharedIncidentUpdated",
    at,
    incidentId: incident.id,
    fromAgency: share.agency,
    updatedAt: eido.updatedAt,
    detail: eido.detail,
  });
  return undefined;
}

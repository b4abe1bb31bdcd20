import { extractEido } from "../eido/extract.ts";
import type { AcceptIncoming, DeclineIncoming, ReceiveEido } from "../model/inputs.ts";
import { reject } from "../model/rejection.ts";
import type { Incident, IncomingDetail, IncomingIncident } from "../model/state.ts";
import type { Ctx } from "./context.ts";
import { FieldCheck, type Outcome } from "./context.ts";
import { mergeInto } from "./incidents.ts";
import { emitRecommendation } from "./lifecycle.ts";
import { callPriority, resolveCallType } from "./priority.ts";
import { partnerShare, receivePartnerVersion } from "./sharing.ts";

/** An EIDO document may be large (the NENA sample is 13 kB); beyond this it is refused. */
const MAX_DOCUMENT = 1_000_000;

/**
 * Another agency's EIDO. A first version of its tracking id becomes a pending incoming incident;
 * a newer version (a later lastUpdateTimeStamp) updates it, and once accepted also our incident
 * (as notes); a version as old or older is STALE_EIDO and changes nothing. The engine's time is
 * still the log's `at`: the document's instants order its versions and date its calls and notes.
 */
export function receiveEido(ctx: Ctx, input: ReceiveEido): Outcome {
  const f = new FieldCheck(input);
  const document = f.string("document", { max: MAX_DOCUMENT });
  if (f.rejection !== undefined) return f.rejection;
  const eido = extractEido(document);
  if (!eido.ok) return reject("INVALID_EIDO", `${eido.path}: ${eido.reason}`, "document");
  // A partner's version of an incident of ours (its answer to a transfer, or what it holds now).
  const partner = partnerShare(ctx, eido);
  if (partner !== undefined) return receivePartnerVersion(ctx, eido, partner);
  const { trackingId, senderAgency, updatedAt, detail } = eido;
  const known = ctx.state.incoming.get(trackingId);
  const at = ctx.at;
  if (known === undefined) {
    ctx.emit({ type: "IncomingIncidentReceived", at, trackingId, senderAgency, updatedAt, detail });
    honourMerges(ctx, trackingId);
    return undefined;
  }
  if (known.senderAgency !== senderAgency)
    return reject(
      "INVALID_EIDO",
      `/updatedByAgencyReference: incident ${trackingId} came from ${known.senderAgency}, not ${senderAgency}`,
      "document",
    );
  if (updatedAt <= known.updatedAt)
    return reject(
      "STALE_EIDO",
      `incident ${trackingId}: this version (${new Date(updatedAt).toISOString()}) is not newer than the one received (${new Date(known.updatedAt).toISOString()})`,
      "document",
    );
  const before = known.detail;
  const incidentId = known.status === "accepted" ? known.incidentId : null;
  ctx.emit({ type: "IncomingIncidentUpdated", at, trackingId, updatedAt, detail, incidentId });
  const incident = incidentId === null ? undefined : ctx.state.incidents.get(incidentId);
  if (incident !== undefined) {
    for (const text of changes(senderAgency, before, detail))
      ctx.emit({ type: "NoteAdded", at, incidentId: incident.id, author: senderAgency, text });
    linkAccepted(ctx, known);
  }
  honourMerges(ctx, trackingId);
  return undefined;
}

/**
 * The sender's merges, honoured (NENA mergeComponent): for each merge of incoming incident
 * `source` into `target` that this one's EIDO says or another held one says of it, both held and
 * from the same sender: a pending source is marked merged (no longer to be answered; a note on
 * our incident when the target was accepted); when both were accepted, our incident of the source
 * is merged into our incident of the target as MergeIncidents does. An accepted source whose
 * target waits is merged once the target is accepted; a declined or merged one is left alone.
 */
function honourMerges(ctx: Ctx, trackingId: string): void {
  const { state, at } = ctx;
  const self = state.incoming.get(trackingId);
  if (self === undefined) return;
  const pairs: [string, string][] = [];
  for (const m of self.detail.merges ?? [])
    pairs.push(m.direction === "REPLACED" ? [trackingId, m.trackingId] : [m.trackingId, trackingId]);
  for (const other of state.incoming.values())
    for (const m of other.detail.merges ?? [])
      if (m.trackingId === trackingId)
        pairs.push(
          m.direction === "REPLACED" ? [other.trackingId, trackingId] : [trackingId, other.trackingId],
        );
  for (const [from, into] of pairs) {
    const source = state.incoming.get(from);
    const target = state.incoming.get(into);
    if (source === undefined || target === undefined || source === target) continue;
    if (source.senderAgency !== target.senderAgency) continue;
    if (target.status === "declined" || target.status === "merged") continue;
    if (source.status === "pending") {
      const ours = target.incidentId === null ? undefined : state.incidents.get(target.incidentId);
      ctx.emit({
        type: "IncomingIncidentMerged",
        at,
        trackingId: from,
        senderAgency: source.senderAgency,
        intoTrackingId: into,
        incidentId: null,
        intoIncidentId: ours?.id ?? null,
      });
      if (ours !== undefined)
        ctx.emit({
          type: "NoteAdded",
          at,
          incidentId: ours.id,
          author: source.senderAgency,
          text: `${source.senderAgency} merged their incident ${from} (not taken here) into this one`,
        });
      continue;
    }
    if (source.status !== "accepted" || target.status !== "accepted") continue;
    const a = source.incidentId === null ? undefined : state.incidents.get(source.incidentId);
    const b = target.incidentId === null ? undefined : state.incidents.get(target.incidentId);
    if (a === undefined || b === undefined || a === b) continue;
    ctx.emit({
      type: "IncomingIncidentMerged",
      at,
      trackingId: from,
      senderAgency: source.senderAgency,
      intoTrackingId: into,
      incidentId: a.id,
      intoIncidentId: b.id,
    });
    // One of ours closed meanwhile: the sender's merge is recorded, our incidents stay as they are.
    if (a.status !== "closed" && b.status !== "closed") mergeInto(ctx, a, b);
  }
}

/**
 * The sender's links, honoured: our incident is linked with the incidents we accepted from the
 * incoming incidents it links to, and from those that link to it (each pair once).
 */
function linkAccepted(ctx: Ctx, incoming: IncomingIncident): void {
  const { state, at } = ctx;
  const ours = incoming.incidentId === null ? undefined : state.incidents.get(incoming.incidentId);
  if (ours === undefined) return;
  const peers = new Set<string>();
  for (const l of incoming.detail.links) {
    const peer = state.incoming.get(l)?.incidentId;
    if (peer != null) peers.add(peer);
  }
  for (const other of state.incoming.values())
    if (other.incidentId !== null && other.detail.links.includes(incoming.trackingId))
      peers.add(other.incidentId);
  for (const peer of peers) {
    if (peer === ours.id || ours.links.includes(peer) || !state.incidents.has(peer)) continue;
    ctx.emit({ type: "IncidentsLinked", at, incidentId: ours.id, otherIncidentId: peer });
  }
}

/** What a newer version adds, in words for our incident's notes: new notes, units, calls, place, type. */
function changes(sender: string, before: IncomingDetail, after: IncomingDetail): string[] {
  const out: string[] = [];
  // A note is known by its author and words: a sender restamps its components on each version.
  const seen = new Set(before.notes.map((n) => `${n.author}|${n.text}`));
  for (const n of after.notes)
    if (!seen.has(`${n.author}|${n.text}`))
      out.push(`${sender}: ${n.author ? `${n.author}: ` : ""}${n.text}`);
  const units = new Set(before.units.map((u) => u.name));
  const added = after.units.filter((u) => !units.has(u.name));
  if (added.length > 0) out.push(`${sender} units added: ${unitList(added)}`);
  const calls = new Set(before.calls.map((c) => c.id));
  const newCalls = after.calls.filter((c) => !calls.has(c.id));
  if (newCalls.length > 0) out.push(`${sender}: ${newCalls.length} more call(s)`);
  if (after.address !== before.address && after.address !== "")
    out.push(`${sender} location now: ${after.address}`);
  if (after.callType !== before.callType) out.push(`${sender} incident type now: ${after.callType}`);
  const links = new Set(before.links);
  for (const l of after.links) if (!links.has(l)) out.push(`${sender} links this incident to ${l}`);
  return out;
}

function unitList(units: IncomingDetail["units"]): string {
  return units.map((u) => (u.type === "" ? u.name : `${u.name} (${u.type})`)).join(", ");
}

function pendingIncoming(ctx: Ctx, trackingId: string): IncomingIncident | ReturnType<typeof reject> {
  const incoming = ctx.state.incoming.get(trackingId);
  if (incoming === undefined)
    return reject("UNKNOWN_INCOMING", `no incoming incident ${trackingId}`, "trackingId");
  if (incoming.status !== "pending")
    return reject(
      "INCOMING_ANSWERED",
      `incoming incident ${trackingId} was already ${incoming.status}${incoming.status === "merged" ? ` into ${incoming.mergedInto ?? "?"}` : ""}${incoming.incidentId === null ? "" : ` as ${incoming.incidentId}`}`,
      "trackingId",
    );
  return incoming;
}

/**
 * The dispatcher takes an incoming incident: it becomes our incident, with the sender's calls
 * (ids `<incident>-E<n>`), its type mapped through `eido.callTypes`, its place (the EIDO's, or
 * the lon/lat given), its notes, and a note naming the sender, its tracking id and its units.
 */
export function acceptIncoming(ctx: Ctx, input: AcceptIncoming): Outcome {
  const { state, config, at } = ctx;
  const f = new FieldCheck(input);
  const trackingId = f.string("trackingId", { max: 4000 });
  const given = input.lon !== undefined || input.lat !== undefined;
  const [lonGiven, latGiven] = given ? f.lonLat("lon", "lat") : [Number.NaN, Number.NaN];
  if (f.rejection !== undefined) return f.rejection;
  const incoming = pendingIncoming(ctx, trackingId);
  if ("code" in incoming) return incoming;
  const { detail, senderAgency } = incoming;
  const lon = given ? lonGiven : detail.lon;
  const lat = given ? latGiven : detail.lat;
  if (lon === null || lat === null)
    return reject(
      "MISSING_FIELD",
      `the EIDO of ${trackingId} gives no coordinates (address: ${detail.address || "none"}): give lon and lat`,
      "lon",
    );
  // The table first; a sender's type that is one of our codes as written; else the EIDO default.
  const code =
    config.eido?.callTypes.get(detail.callType) ??
    (config.callTypes.has(detail.callType) ? detail.callType : (config.eido?.defaultCallType ?? ""));
  const { type } = resolveCallType(config, code);
  const priority = callPriority(config, type, []);
  const incidentId = `${config.incidentIdPrefix}${String(state.nextIncidentNumber).padStart(6, "0")}`;
  const calls =
    detail.calls.length > 0
      ? detail.calls
      : [{ id: trackingId, receivedAt: incoming.updatedAt, answeredAt: null, callerNumber: "" }];
  const callIds = calls.map((_, i) => `${incidentId}-E${i + 1}`);
  ctx.emit({ type: "IncomingIncidentAccepted", at, trackingId, senderAgency, incidentId });
  calls.forEach((c, i) => {
    const receivedAt = Math.min(c.receivedAt, at);
    ctx.emit({
      type: "CallReceived",
      at,
      callId: callIds[i] as string,
      receivedAt,
      answeredAt: c.answeredAt === null ? null : Math.min(Math.max(c.answeredAt, receivedAt), at),
      lon,
      lat,
      address: detail.address,
      callType: type.code,
      callerNumber: c.callerNumber,
      flags: [],
      description: `${senderAgency} call ${c.id}`,
    });
  });
  const firstCall = state.calls.get(callIds[0] as string);
  if (firstCall === undefined) throw new Error("accepted incident without its first call");
  ctx.emit({
    type: "IncidentCreated",
    at,
    incidentId,
    callType: type.code,
    priority,
    lon,
    lat,
    address: detail.address,
    zone: config.zones?.zoneAt(lon, lat) ?? null,
    receivedAt: firstCall.receivedAt,
    answeredAt: firstCall.answeredAt,
    splitFromIncidentId: null,
  });
  callIds.forEach((callId, i) =>
    ctx.emit({
      type: "CallAttached",
      at,
      callId,
      incidentId,
      reason: i === 0 ? "first_call" : "additional_caller",
      fromIncidentId: null,
      distanceMeters: 0,
    }),
  );
  const units = detail.units.length === 0 ? "none" : unitList(detail.units);
  const heading =
    `Handed over by ${senderAgency} (their incident ${trackingId}, type ${JSON.stringify(detail.callType)})` +
    `; their units: ${units}${detail.links.length > 0 ? `; they link it to ${detail.links.join(", ")}` : ""}`;
  ctx.emit({ type: "NoteAdded", at, incidentId, author: senderAgency, text: heading });
  for (const n of detail.notes)
    ctx.emit({ type: "NoteAdded", at, incidentId, author: n.author || senderAgency, text: n.text });
  linkAccepted(ctx, incoming);
  honourMerges(ctx, trackingId);
  const created = state.incidents.get(incidentId) as Incident;
  if (created.status !== "closed") emitRecommendation(ctx, created);
  return undefined;
}

export function declineIncoming(ctx: Ctx, input: DeclineIncoming): Outcome {
  const f = new FieldCheck(input);
  const trackingId = f.string("trackingId", { max: 4000 });
  const reason = f.string("reason", { max: 500 });
  if (f.rejection !== undefined) return f.rejection;
  const incoming = pendingIncoming(ctx, trackingId);
  if ("code" in incoming) return incoming;
  ctx.emit({
    type: "IncomingIncidentDeclined",
    at: ctx.at,
    trackingId,
    senderAgency: incoming.senderAgency,
    reason,
  });
  return undefined;
}

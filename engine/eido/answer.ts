/**
 * The answer an agency gives to an incident offered to it, as it says so in the EIDO it sends
 * back with the sender's tracking id (adapters/rms/relay.ts builds it; extractEido reads it): the incident's
 * `incidentStatusInternalText` holds "transfer accepted" (with `internalIncidentId`, their
 * incident) or "transfer declined" (the reason is the note whose `$id` ends in "/answer").
 */
export type EidoAnswer =
  | { readonly kind: "accepted"; readonly incidentId: string }
  | { readonly kind: "declined"; readonly reason: string }
  | { readonly kind: "none" };

export const ANSWER_ACCEPTED = "transfer accepted";
export const ANSWER_DECLINED = "transfer declined";
/** What a partner's EIDO of an incident it shares or offers says it is (incidentStatusInternalText). */
export const OFFER_SHARE = "shared";
export const OFFER_TRANSFER = "transfer offered";
/** The last part of the `$id` of the note that gives a decline's reason. */
export const ANSWER_NOTE = "/answer";

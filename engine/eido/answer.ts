/**
 * The answer an agency gives to an incident offered to it, as it says so in the EIDO it sends
 * back with the sender's tracking id (adapters/share builds it): the incident's
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

const MAX_TEXT = 4000;

/** Reads the answer from an EIDO's JSON text (already checked by the schema); "none" when it says none. */
export function readAnswer(text: string): EidoAnswer {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { kind: "none" };
  }
  const incident = field(doc, "incidentComponent");
  const statuses = field(incident, "incidentStatusInternalText");
  const said = Array.isArray(statuses) ? statuses : [];
  if (said.includes(ANSWER_ACCEPTED)) {
    const id = field(incident, "internalIncidentId");
    return { kind: "accepted", incidentId: typeof id === "string" ? id.slice(0, MAX_TEXT) : "" };
  }
  if (said.includes(ANSWER_DECLINED)) {
    const notes = field(doc, "notesComponent");
    const note = (Array.isArray(notes) ? (notes as unknown[]) : []).find((n) => {
      const id = field(n, "$id");
      return typeof id === "string" && id.endsWith(ANSWER_NOTE);
    });
    const words = field(note, "notesActionComments");
    const reason = typeof words === "string" ? unescapeHtml(words).slice(0, MAX_TEXT) : "";
    return { kind: "declined", reason };
  }
  return { kind: "none" };
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

const unescapeHtml = (text: string) =>
  text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

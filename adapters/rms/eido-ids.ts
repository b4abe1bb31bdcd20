/** Identifiers of an EIDO's components: NENA URNs for the incident and its calls, the rest under the incident. */
export interface EidoIds {
  readonly domain: string;
  readonly agency: string;
  readonly incident: string;
  readonly cadAgent: string;
  other(incidentId: string): string;
  call(callId: string): string;
  callback(callId: string): string;
  callNote(callId: string, kind: string): string;
  caution(callId: string, flag: string): string;
  location(key: string): string;
  time(key: string): string;
  note(i: number): string;
  log(i: number): string;
  disposition(i: number): string;
  link(i: number): string;
  merge(key: string): string;
  resource(assignmentId: string): string;
  dispatch(assignmentId: string): string;
  milestone(assignmentId: string, kind: string): string;
  userAgent(author: string): string;
  unitAgent(unitId: string): string;
  unitAgency(agency: string): string;
}

const enc = encodeURIComponent;
const INCIDENT_URN = "urn:emergency:uid:incidentid:";
const CALL_URN = "urn:emergency:uid:callid:";

export function ids(incidentId: string, domain: string): EidoIds {
  const under = (path: string) => `${enc(incidentId)}/${path}@${domain}`;
  return {
    domain,
    agency: domain,
    incident: `${INCIDENT_URN}${enc(incidentId)}:${domain}`,
    cadAgent: `cad-engine@${domain}`,
    other: (id) => `${INCIDENT_URN}${enc(id)}:${domain}`,
    call: (id) => `${CALL_URN}${enc(id)}:${domain}`,
    callback: (id) => under(`call/${enc(id)}/callback`),
    callNote: (id, kind) => under(`call/${enc(id)}/note/${kind}`),
    caution: (id, flag) => under(`call/${enc(id)}/caution/${enc(flag)}`),
    location: (key) => under(`location/${enc(key)}`),
    time: (key) => under(`time/${key}`),
    note: (i) => under(`note/${i}`),
    log: (i) => under(`log/${i}`),
    disposition: (i) => under(`disposition/${i}`),
    link: (i) => under(`link/${i}`),
    merge: (key) => under(`merge/${key}`),
    resource: (id) => under(`dispatch/${enc(id)}/resource`),
    dispatch: (id) => under(`dispatch/${enc(id)}`),
    milestone: (id, kind) => under(`dispatch/${enc(id)}/${kind}`),
    userAgent: (author) => `user.${enc(author)}@${domain}`,
    unitAgent: (unitId) => `unit.${enc(unitId)}@${domain}`,
    unitAgency: (agency) => `agency.${enc(agency)}@${domain}`,
  };
}

/** The id inside one of our URNs or agent/agency ids (the inverse of `ids`), or undefined. */
export function idFrom(
  kind: "incident" | "call" | "user" | "unit" | "agency",
  value: string,
): string | undefined {
  const match =
    kind === "incident" || kind === "call"
      ? new RegExp(`^${kind === "incident" ? INCIDENT_URN : CALL_URN}([^:]*):`).exec(value)
      : new RegExp(`^${kind}\\.([^@]*)@`).exec(value);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
}

/** The domain an incident URN is qualified with. */
export function domainOf(incidentUrn: string): string | undefined {
  const match = /^urn:emergency:uid:incidentid:[^:]*:(.+)$/.exec(incidentUrn);
  return match?.[1];
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

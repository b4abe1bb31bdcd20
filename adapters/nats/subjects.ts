/** Subjects and streams of one agency partition (see proto/README.md). */
export interface AgencySubjects {
  readonly agency: string;
  /** Everything sent to the engine: `cad.<agency>.in.>`. */
  readonly inputs: string;
  readonly inputPrefix: string;
  /** Everything the engine publishes: `cad.<agency>.evt.>`. */
  readonly events: string;
  readonly eventPrefix: string;
  /** What a unit's own terminal subscribes to: `cad.<agency>.unit.<unitId>.>`. */
  readonly unitPrefix: string;
  /** Request/reply queries: `cad.<agency>.q.<name>`. */
  readonly queryPrefix: string;
  /** The console gateway's audit records: `cad.<agency>.audit.<action>` (JSON, kept for good). */
  readonly audit: string;
  readonly auditPrefix: string;
  /** Replicas' heartbeats (core NATS, JSON): `cad.<agency>.ha.beat`. */
  readonly haBeat: string;
  /** Leadership claims, an input of the log: `cad.<agency>.in.leader.claim`. */
  readonly claimSubject: string;
  /** Queries to one replica by name: `cad.<agency>.replica.<name>.q.<query>`. */
  replicaQueryPrefix(name: string): string;
  readonly inputStream: string;
  readonly eventStream: string;
  /** Append-only: the server refuses purging it and deleting its messages. */
  readonly auditStream: string;
}

const AGENCY = /^[a-z0-9][a-z0-9_-]{0,31}$/;

export function agencySubjects(agency: string): AgencySubjects {
  if (!AGENCY.test(agency))
    throw new Error(`agency "${agency}": use 1-32 lower-case letters, digits, - or _`);
  const upper = agency.toUpperCase().replace(/-/g, "_");
  return {
    agency,
    inputs: `cad.${agency}.in.>`,
    inputPrefix: `cad.${agency}.in.`,
    events: `cad.${agency}.evt.>`,
    eventPrefix: `cad.${agency}.evt.`,
    unitPrefix: `cad.${agency}.unit.`,
    queryPrefix: `cad.${agency}.q.`,
    audit: `cad.${agency}.audit.>`,
    auditPrefix: `cad.${agency}.audit.`,
    haBeat: `cad.${agency}.ha.beat`,
    claimSubject: `cad.${agency}.in.leader.claim`,
    replicaQueryPrefix: (name: string) => `cad.${agency}.replica.${name}.q.`,
    inputStream: `CAD_IN_${upper}`,
    eventStream: `CAD_EVT_${upper}`,
    auditStream: `CAD_AUDIT_${upper}`,
  };
}

/**
 * Header naming the engine time of an input: honoured only on a timed subject
 * (`cad.<agency>.in.timed.<suffix>`) of a service that trusts input time (simulations, replays);
 * on any other subject it makes the input a rejection (INPUT_TIME_NOT_ALLOWED).
 */
export const TIME_HEADER = "Cad-Time";
/** Header naming the authenticated operator of an input (set by the console gateway from its session). */
export const OPERATOR_HEADER = "Cad-Operator";
/** Header on every output: the input sequence it came from. */
export const INPUT_SEQ_HEADER = "Cad-Input-Seq";

/**
 * The NATS permissions of every role (issue 15, contract section 2), in one place. nats-server
 * enforces them from the user JWTs that `cad auth init` writes: what a process may publish,
 * subscribe to, and ask of JetStream is decided here and nowhere else.
 *
 * Principles: each role gets the least it needs for its job; only the engine writes events
 * (`cad.A.evt.>`), so an event in the log is the engine's word; only admin manages streams, so
 * no running process can purge or rewrite the log; each role reads replies only in its own inbox
 * (`_INBOX.<role>.>`), so one role cannot read the answers another asked for.
 */
// Not through adapters/nats/index.ts: the connection code imports inboxPrefixOf from here, and the
// index would close an import cycle; subjects.ts imports nothing.
// eslint-disable-next-line no-restricted-imports -- see above
import { agencySubjects } from "../nats/subjects.ts";

/** The NATS roles of one agency account (`sim` only when generated with `--sim`). */
export const ROLES = ["engine", "intake", "avl", "mdt", "console", "rms", "clock", "admin", "sim"] as const;
export type NatsRole = (typeof ROLES)[number];

export function isNatsRole(text: string): text is NatsRole {
  return (ROLES as readonly string[]).includes(text);
}

/** A unit id usable as one subject token: no dots, no wildcards, no spaces. */
const UNIT_ID = /^[A-Za-z0-9_-]{1,32}$/;

export function checkUnitId(unitId: string): string {
  if (!UNIT_ID.test(unitId))
    throw new Error(
      `unit "${unitId}": use 1-32 letters, digits, - or _ (one subject token, as AddUnit requires)`,
    );
  return unitId;
}

export interface NatsPermissions {
  readonly pub: { readonly allow: readonly string[]; readonly deny?: readonly string[] };
  readonly sub: { readonly allow: readonly string[] };
  /** Allow publishing replies to requests received (the engine answering queries). */
  readonly resp?: { readonly max: number; readonly ttl: number };
}

export interface PermissionOptions {
  /** For role `mdt`: creds of one unit's terminal (it reports and hears only as that unit). */
  readonly unit?: string | undefined;
  /** Agencies whose events this agency imports (`--share X:this`): console and rms may hear them live. */
  readonly sharedFrom?: readonly string[];
  /** EIDO partners (`--eido this:X`): the rms role (the EIDO relay) may publish to their intake. */
  readonly eidoTo?: readonly string[];
}

/** The inbox prefix of a user: replies to its requests arrive under `<prefix>.>` and only it may read them. */
export function inboxPrefixFor(role: NatsRole, unit?: string): string {
  return role === "mdt" && unit !== undefined ? `_INBOX.mdt.${checkUnitId(unit)}` : `_INBOX.${role}`;
}

/** Stream names of an agency: input log, events, audit. */
export function agencyStreams(agency: string): { input: string; events: string; audit: string } {
  const s = agencySubjects(agency);
  return {
    input: s.inputStream,
    events: s.eventStream,
    audit: s.auditStream,
  };
}

/**
 * What a reader of stream X needs (read-only JetStream): account info (the client checks the API
 * when it starts), stream info and message get (last value, direct get), creating, inspecting and
 * deleting its own consumers, pulling, acknowledging and answering flow control. Nothing that
 * changes the stream.
 */
export function streamReader(stream: string): string[] {
  return [
    "$JS.API.INFO",
    `$JS.API.STREAM.INFO.${stream}`,
    `$JS.API.STREAM.MSG.GET.${stream}`,
    `$JS.API.DIRECT.GET.${stream}.>`,
    `$JS.API.CONSUMER.CREATE.${stream}`,
    `$JS.API.CONSUMER.CREATE.${stream}.>`,
    `$JS.API.CONSUMER.DURABLE.CREATE.${stream}.>`,
    `$JS.API.CONSUMER.INFO.${stream}.>`,
    `$JS.API.CONSUMER.DELETE.${stream}.>`,
    `$JS.API.CONSUMER.MSG.NEXT.${stream}.>`,
    `$JS.ACK.${stream}.>`,
    // Not in the contract's list, but needed: a flow-controlled push consumer (the engine's
    // recovery StreamReader) stops after ~2 MB until the reader answers on $JS.FC.<stream>.>.
    `$JS.FC.${stream}.>`,
  ];
}

/** What a grant is computed from: the agency token, its streams, the unit, the shared event subjects. */
interface Scope {
  readonly a: string;
  readonly streams: ReturnType<typeof agencyStreams>;
  readonly unit: string | undefined;
  /** `cad.X.evt.>` of every agency that shares its events with this one (`--share X:a`). */
  readonly shared: readonly string[];
  /** `cad.X.in.eido` of every EIDO partner (`--eido a:X`), imported into this account. */
  readonly eidoIntakes: readonly string[];
}

interface Grant {
  readonly pub: readonly string[];
  /** Subjects refused although `pub` allows them (a wider grant's exceptions). */
  readonly pubDeny?: readonly string[];
  /** Besides the role's own inbox, which every role may subscribe to. */
  readonly sub: readonly string[];
  readonly resp?: NatsPermissions["resp"];
}

/** The roles that may send the engine queries (publish `cad.A.q.>`): its replies go to their inboxes. */
const QUERY_ASKERS: readonly NatsRole[] = ["console", "sim"];
/** The roles whose inboxes the engine answers into: the query askers, and admin (replica queries). */
const REPLICA_ASKERS: readonly NatsRole[] = [...QUERY_ASKERS, "admin"];

/** The table of contract section 2, one row per role. */
const TABLE: Record<NatsRole, (s: Scope) => Grant> = {
  // The engine: the only writer of events and unit messages; ticks (its own clock) and its own
  // config.apply (timed: the configuration takes effect at the recorded instant). It answers
  // queries (subscribe cad.A.q.>; replies into the inboxes of the roles that may ask: console,
  // sim) and reads both logs.
  // Not allow_responses (the contract's first table): with it nats-server records the reply
  // subject of every message it delivers to the user, log messages included ($JS.ACK...), and
  // past 4,096 entries scans the whole record on each delivery (client.go pruneReplyPerms): the
  // engine's and the bench pass-through's throughput fell by half or more (bench/e2e --auth-abba).
  // Replicas (issue 16): every engine replica beats and hears the others' beats on cad.A.ha.>,
  // claims leadership through the input log (cad.A.in.leader.claim, the engine's alone) and
  // answers queries addressed to it by name (cad.A.replica.R.q.>), which admin may ask too.
  engine: ({ a, streams }) => ({
    pub: [
      `cad.${a}.evt.>`,
      `cad.${a}.unit.>`,
      `cad.${a}.in.tick`,
      `cad.${a}.in.config.apply`,
      `cad.${a}.in.timed.config.apply`,
      `cad.${a}.in.leader.claim`,
      // A trusting engine's claim carries the engine's own time (a simulated clock is not moved).
      `cad.${a}.in.timed.leader.claim`,
      `cad.${a}.ha.>`,
      ...REPLICA_ASKERS.map((role) => `${inboxPrefixFor(role)}.>`),
      ...streamReader(streams.input),
      ...streamReader(streams.events),
    ],
    sub: [`cad.${a}.q.>`, `cad.${a}.replica.*.q.>`, `cad.${a}.ha.>`],
  }),
  // Call intake (ANI/ALI, NG911 EIDO): new calls only; it hears nothing back.
  intake: ({ a }) => ({ pub: [`cad.${a}.in.call`, `cad.${a}.in.eido`], sub: [] }),
  // The AVL feed: positions of any unit, nothing else.
  avl: ({ a }) => ({ pub: [`cad.${a}.in.unit.location.*`], sub: [] }),
  // A unit's terminal: its status and position; it hears the unit messages (assignments).
  // Per-unit creds pin both to that unit: terminal E1 can neither report as E2 nor read E2's orders.
  mdt: ({ a, unit }) => ({
    pub: [`cad.${a}.in.unit.status.${unit ?? "*"}`, `cad.${a}.in.unit.location.${unit ?? "*"}`],
    sub: [unit === undefined ? `cad.${a}.unit.>` : `cad.${a}.unit.${unit}.>`],
  }),
  // The console gateway: dispatcher commands, calls, unit status and checks, roster, its audit
  // trail and query requests; it hears events and unit messages live (and shared agencies'
  // events) and replays the event stream.
  console: ({ a, streams, shared }) => ({
    pub: [
      `cad.${a}.in.cmd.>`,
      `cad.${a}.in.call`,
      `cad.${a}.in.unit.status.*`,
      `cad.${a}.in.unit.check`,
      `cad.${a}.in.roster.>`,
      `cad.${a}.audit.>`,
      `cad.${a}.q.>`,
      ...streamReader(streams.events),
    ],
    sub: [`cad.${a}.evt.>`, `cad.${a}.unit.>`, ...shared],
  }),
  // The records system: reads the event and audit streams; shared agencies' events live. As the
  // EIDO relay (cad rms run --relay-eido) it alone publishes into its EIDO partners' intakes.
  rms: ({ streams, shared, eidoIntakes }) => ({
    pub: [...streamReader(streams.events), ...streamReader(streams.audit), ...eidoIntakes],
    sub: shared,
  }),
  // The clock adapter: ticks (timed ticks for simulated time).
  clock: ({ a }) => ({ pub: [`cad.${a}.in.tick`, `cad.${a}.in.timed.tick`], sub: [] }),
  // Simulations, replays and the demo: any input (timed ones too), queries, and what a console hears.
  // And the audit trail: the demo's console runs as sim (its commands carry the simulated clock,
  // on timed subjects the console role may not use) and audits its logins and commands.
  // Every input but a leadership claim, which is the engine replicas' alone.
  sim: ({ a, streams }) => ({
    pub: [`cad.${a}.in.>`, `cad.${a}.q.>`, `cad.${a}.audit.>`, ...streamReader(streams.events)],
    pubDeny: [`cad.${a}.in.leader.claim`, `cad.${a}.in.timed.leader.claim`],
    sub: [`cad.${a}.evt.>`, `cad.${a}.unit.>`],
  }),
  // The operator's tool (`cad streams create`): the whole JetStream API of the account, no data;
  // and watching the engine replicas: their heartbeats (cad.A.ha.>) and each replica's own view
  // (requests to cad.A.replica.R.q.>, replies into its inbox).
  admin: ({ a }) => ({ pub: ["$JS.API.>", `cad.${a}.replica.*.q.>`], sub: [`cad.${a}.ha.>`] }),
};

/** The permissions of `role` in `agency`'s account (contract section 2). */
export function permissionsFor(
  agency: string,
  role: NatsRole,
  opts: PermissionOptions = {},
): NatsPermissions {
  const a = agencySubjects(agency).agency;
  if (opts.unit !== undefined && role !== "mdt") throw new Error(`only mdt creds are per unit, not ${role}`);
  const unit = opts.unit === undefined ? undefined : checkUnitId(opts.unit);
  const shared = (opts.sharedFrom ?? []).map((from) => agencySubjects(from).events);
  const eidoIntakes = (opts.eidoTo ?? []).map((to) => `${agencySubjects(to).inputPrefix}eido`);
  const grant = TABLE[role]({ a, streams: agencyStreams(a), unit, shared, eidoIntakes });
  return {
    pub: { allow: [...new Set(grant.pub)], ...(grant.pubDeny && { deny: [...grant.pubDeny] }) },
    sub: { allow: [...new Set([`${inboxPrefixFor(role, unit)}.>`, ...grant.sub])] },
    ...(grant.resp === undefined ? {} : { resp: grant.resp }),
  };
}

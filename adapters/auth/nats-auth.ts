/**
 * `cad auth init`: an operator, a system account and one account per agency (NATS decentralised
 * JWT auth), the nats-server configuration that trusts them, and one creds file per role
 * (contract section 2). The permissions come from nats-permissions.ts.
 *
 * Layout of DIR:
 *   nats-server.conf            operator JWT, system account, resolver MEMORY with every account
 *   <a>/<role>.creds            one per role (0600; dirs 0700)
 *   <a>/mdt/<unit>.creds        one per listed unit terminal
 *   keys/operator.nk, keys/<a>.nk, keys/SYS.nk   seeds (0600), to issue more creds later
 *   keys/auth.json              agencies, shares, public keys (no secret)
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  createAccount,
  createOperator,
  createUser,
  decode,
  encodeAccount,
  encodeOperator,
  encodeUser,
  fmtCreds,
  fromSeed,
  type Account,
  type KeyPair,
  type User,
} from "@nats-io/jwt";
// Not through adapters/nats/index.ts: the connection code imports inboxPrefixOf from here, and the
// index would close an import cycle; subjects.ts imports nothing.
// eslint-disable-next-line no-restricted-imports -- see above
import { agencySubjects } from "../nats/subjects.ts";
import { checkUnitId, permissionsFor, ROLES, type NatsRole } from "./nats-permissions.ts";

export {
  ROLES,
  permissionsFor,
  inboxPrefixFor,
  agencyStreams,
  isNatsRole,
  type NatsRole,
  type NatsPermissions,
} from "./nats-permissions.ts";

export class AuthInitError extends Error {
  override readonly name = "AuthInitError";
  constructor(
    readonly code:
      | "CONF_EXISTS"
      | "BAD_AGENCY"
      | "BAD_UNIT"
      | "BAD_SHARE"
      | "BAD_MDT_UNITS"
      | "BAD_FLAGS"
      | "NO_AGENCIES"
      | "NO_KEYS",
    message: string,
  ) {
    super(message);
  }
}

export interface Share {
  readonly from: string;
  readonly to: string;
}

export interface AuthInitOptions {
  readonly agencies: readonly string[];
  readonly out: string;
  readonly shares?: readonly Share[];
  /**
   * EIDO partners (`--eido a:b`, both ways): each one's intake `cad.<it>.in.eido` is exported as
   * a service and imported by the other's account, where only the rms role (the EIDO relay) may
   * publish it.
   */
  readonly eido?: readonly Share[];
  readonly mdtUnits?: Readonly<Record<string, readonly string[]>>;
  readonly sim?: boolean;
  /** Days until the user JWTs expire (default: never). Negative: already expired (tests). */
  readonly expiresDays?: number | undefined;
  /** Overwrite an existing DIR/nats-server.conf (new operator: every earlier creds file stops working). */
  readonly force?: boolean;
  /** Wall clock for `exp` (ms); default Date.now(). */
  readonly now?: number;
}

export interface AuthLayout {
  readonly dir: string;
  readonly conf: string;
  creds(agency: string, role: NatsRole, unit?: string): string;
  readonly operatorPublicKey: string;
  readonly systemAccount: string;
  /** Account public key per agency. */
  readonly accounts: Readonly<Record<string, string>>;
  /** Every creds file written. */
  readonly files: readonly string[];
}

/** What keys/auth.json records (public). */
interface AuthMeta {
  v: 1;
  operator: string;
  system: string;
  accounts: Record<string, string>;
  shares: Share[];
  /** EIDO partner pairs (absent in a layout written before them: none). */
  eido?: Share[];
}

const SYSTEM_ACCOUNT = "SYS";
/** Account limits: none (nsc's defaults; a claim without them would mean zero). */
const UNLIMITED = {
  subs: -1,
  data: -1,
  payload: -1,
  imports: -1,
  exports: -1,
  wildcards: true,
  conn: -1,
  leaf: -1,
};
/** JetStream enabled without limits for an agency account. */
const JETSTREAM_UNLIMITED = { mem_storage: -1, disk_storage: -1, streams: -1, consumer: -1 };

function credsPath(dir: string, agency: string, role: NatsRole, unit?: string): string {
  return unit === undefined
    ? join(dir, agency, `${role}.creds`)
    : join(dir, agency, "mdt", `${checkUnitId(unit)}.creds`);
}

function writePrivate(path: string, data: string | Uint8Array): void {
  writeFileSync(path, data, { mode: 0o600 });
  chmodSync(path, 0o600); // the mode of writeFileSync applies only to a new file
}

function mkdirPrivate(path: string): void {
  mkdirSync(path, { recursive: true, mode: 0o700 });
  chmodSync(path, 0o700);
}

/** Runs a name check (agencySubjects, checkUnitId) and turns its error into an AuthInitError. */
function checked<T>(code: "BAD_AGENCY" | "BAD_UNIT", check: () => T): T {
  try {
    return check();
  } catch (error) {
    throw new AuthInitError(code, error instanceof Error ? error.message : String(error));
  }
}

function validate(opts: AuthInitOptions): {
  agencies: string[];
  shares: Share[];
  eido: Share[];
  units: Record<string, string[]>;
} {
  const agencies = [
    ...new Set(opts.agencies.map((a) => checked("BAD_AGENCY", () => agencySubjects(a).agency))),
  ];
  if (agencies.length === 0) throw new AuthInitError("NO_AGENCIES", "--agencies: name at least one agency");
  const known = (a: string, what: string, code: "BAD_SHARE" | "BAD_MDT_UNITS") => {
    if (!agencies.includes(a)) throw new AuthInitError(code, `${what}: agency "${a}" is not in --agencies`);
  };
  const shares = (opts.shares ?? []).map((s) => {
    known(s.from, "--share", "BAD_SHARE");
    known(s.to, "--share", "BAD_SHARE");
    if (s.from === s.to)
      throw new AuthInitError(
        "BAD_SHARE",
        `--share ${s.from}:${s.to}: an agency already sees its own events`,
      );
    return { from: s.from, to: s.to };
  });
  const eido = (opts.eido ?? []).map((s) => {
    known(s.from, "--eido", "BAD_SHARE");
    known(s.to, "--eido", "BAD_SHARE");
    if (s.from === s.to)
      throw new AuthInitError("BAD_SHARE", `--eido ${s.from}:${s.to}: an agency is not its own partner`);
    return { from: s.from, to: s.to };
  });
  const units: Record<string, string[]> = {};
  for (const [agency, list] of Object.entries(opts.mdtUnits ?? {})) {
    known(agency, "--mdt-units", "BAD_MDT_UNITS");
    units[agency] = [...new Set(list.map((u) => checked("BAD_UNIT", () => checkUnitId(u))))];
  }
  return { agencies, shares, eido, units };
}

/** The EIDO partners of `agency` (`--eido` pairs go both ways), each once, sorted. */
function eidoPartnersOf(pairs: readonly Share[], agency: string): string[] {
  const out = new Set<string>();
  for (const p of pairs) {
    if (p.from === agency) out.add(p.to);
    if (p.to === agency) out.add(p.from);
  }
  return [...out].sort();
}

/** The agencies whose events `agency` imports. */
function importsOf(shares: readonly Share[], agency: string): string[] {
  return shares.filter((s) => s.to === agency).map((s) => s.from);
}

async function userCreds(
  account: KeyPair,
  agency: string,
  role: NatsRole,
  opts: {
    unit?: string | undefined;
    sharedFrom: readonly string[];
    eidoTo?: readonly string[];
    exp?: number | undefined;
  },
): Promise<Uint8Array> {
  const user = createUser();
  const p = permissionsFor(agency, role, {
    unit: opts.unit,
    sharedFrom: opts.sharedFrom,
    ...(opts.eidoTo !== undefined && { eidoTo: opts.eidoTo }),
  });
  const name = opts.unit === undefined ? `${agency}.${role}` : `${agency}.mdt.${opts.unit}`;
  const claims: Partial<User> = {
    pub: { allow: [...p.pub.allow], deny: [...(p.pub.deny ?? [])] },
    sub: { allow: [...p.sub.allow], deny: [] },
    ...(p.resp === undefined ? {} : { resp: { ...p.resp } }),
    subs: -1,
    data: -1,
    payload: -1,
  };
  const jwt = await encodeUser(name, user, account, claims, opts.exp === undefined ? {} : { exp: opts.exp });
  return fmtCreds(jwt, user);
}

function expiry(expiresDays: number | undefined, now: number): number | undefined {
  return expiresDays === undefined ? undefined : Math.floor(now / 1000 + expiresDays * 86_400);
}

/** Writes the server configuration, the keys and every creds file (contract section 2). */
export async function initAuth(opts: AuthInitOptions): Promise<AuthLayout> {
  const { agencies, shares, eido, units } = validate(opts);
  const dir = opts.out;
  const conf = join(dir, "nats-server.conf");
  if (existsSync(conf) && opts.force !== true)
    throw new AuthInitError(
      "CONF_EXISTS",
      `${conf} exists: its creds are in use. --force makes a new operator (every earlier creds file stops working)`,
    );
  mkdirPrivate(dir);
  mkdirPrivate(join(dir, "keys"));
  const exp = expiry(opts.expiresDays, opts.now ?? Date.now());

  const operator = createOperator();
  const system = createAccount();
  const sysJwt = await encodeAccount(SYSTEM_ACCOUNT, system, { limits: UNLIMITED }, { signer: operator });
  const operatorJwt = await encodeOperator("cad", operator, { system_account: system.getPublicKey() });
  writePrivate(join(dir, "keys", "operator.nk"), operator.getSeed());
  writePrivate(join(dir, "keys", `${SYSTEM_ACCOUNT}.nk`), system.getSeed());

  // Keys first: an account's imports name the exporting account's public key.
  const keys = new Map(agencies.map((a) => [a, createAccount()]));
  const accounts = Object.fromEntries(agencies.map((a) => [a, keys.get(a)?.getPublicKey() ?? ""]));
  const accountJwts: Record<string, string> = {};
  const files: string[] = [];
  for (const agency of agencies) {
    const account = keys.get(agency) as KeyPair;
    writePrivate(join(dir, "keys", `${agency}.nk`), account.getSeed());
    const events = agencySubjects(agency).events;
    const sharedFrom = importsOf(shares, agency);
    const eidoTo = eidoPartnersOf(eido, agency);
    const intake = `${agencySubjects(agency).inputPrefix}eido`;
    const claims: Partial<Account> = {
      limits: { ...UNLIMITED, ...JETSTREAM_UNLIMITED },
      exports: [
        // --share agency:X: account X imports agency's events (live only: no access to its JetStream).
        ...(shares.some((s) => s.from === agency)
          ? [{ name: `${agency}-events`, subject: events, type: "stream" as const }]
          : []),
        // --eido agency:X: X's EIDO relay publishes into agency's intake, and JetStream's ack
        // comes back as the service's reply; only the accounts of its partners may import it.
        ...(eidoTo.length > 0
          ? [
              {
                name: `${agency}-eido`,
                subject: intake,
                type: "service" as const,
                token_req: false,
              },
            ]
          : []),
      ],
      imports: [
        ...sharedFrom.map((from) => ({
          name: `${from}-events`,
          subject: agencySubjects(from).events,
          account: accounts[from] ?? "",
          type: "stream" as const,
        })),
        ...eidoTo.map((to) => ({
          name: `${to}-eido`,
          subject: `${agencySubjects(to).inputPrefix}eido`,
          account: accounts[to] ?? "",
          type: "service" as const,
        })),
      ],
    };
    accountJwts[agency] = await encodeAccount(agency, account, claims, { signer: operator });
    mkdirPrivate(join(dir, agency));
    for (const role of ROLES.filter((r) => r !== "sim" || opts.sim === true)) {
      const path = credsPath(dir, agency, role);
      writePrivate(path, await userCreds(account, agency, role, { sharedFrom, eidoTo, exp }));
      files.push(path);
    }
    if ((units[agency] ?? []).length > 0) mkdirPrivate(join(dir, agency, "mdt"));
    for (const unit of units[agency] ?? []) {
      const path = credsPath(dir, agency, "mdt", unit);
      writePrivate(path, await userCreds(account, agency, "mdt", { unit, sharedFrom, exp }));
      files.push(path);
    }
  }

  const preload = [
    `  ${system.getPublicKey()}: "${sysJwt}" # ${SYSTEM_ACCOUNT}`,
    ...agencies.map((a) => `  ${accounts[a]}: "${accountJwts[a]}" # ${a}`),
  ];
  const text = [
    "# Written by `cad auth init` (NATS operator/JWT mode). Start the server with:",
    "#   nats-server -c nats-server.conf -a 127.0.0.1 -p PORT -js -sd STORE_DIR",
    "# Port, store and TLS are flags, not part of this file.",
    `operator: "${operatorJwt}"`,
    `system_account: ${system.getPublicKey()}`,
    "resolver: MEMORY",
    "resolver_preload: {",
    ...preload,
    "}",
    "",
  ].join("\n");
  writePrivate(conf, text);
  const meta: AuthMeta = {
    v: 1,
    operator: operator.getPublicKey(),
    system: system.getPublicKey(),
    accounts,
    shares,
    eido,
  };
  writePrivate(join(dir, "keys", "auth.json"), `${JSON.stringify(meta, null, 2)}\n`);
  return {
    dir,
    conf,
    creds: (agency, role, unit) => credsPath(dir, agency, role, unit),
    operatorPublicKey: operator.getPublicKey(),
    systemAccount: system.getPublicKey(),
    accounts,
    files,
  };
}

/**
 * Issues creds text for one more user of an existing layout (from DIR/keys): a unit added later,
 * a replacement for a lost file, or (tests) creds with `expiresDays` in the past. Not written.
 */
export async function issueUserCreds(
  dir: string,
  agency: string,
  role: NatsRole,
  opts: { unit?: string; expiresDays?: number; now?: number } = {},
): Promise<string> {
  let meta: AuthMeta;
  let seed: Uint8Array;
  try {
    meta = JSON.parse(readFileSync(join(dir, "keys", "auth.json"), "utf8")) as AuthMeta;
    seed = readFileSync(join(dir, "keys", `${agencySubjects(agency).agency}.nk`));
  } catch (error) {
    throw new AuthInitError(
      "NO_KEYS",
      `${dir}/keys: cannot read the keys of agency "${agency}" (${String(error)})`,
    );
  }
  const bytes = await userCreds(fromSeed(seed), agency, role, {
    unit: opts.unit,
    sharedFrom: importsOf(meta.shares, agency),
    eidoTo: eidoPartnersOf(meta.eido ?? [], agency),
    exp: expiry(opts.expiresDays, opts.now ?? Date.now()),
  });
  return new TextDecoder().decode(bytes);
}

const JWT_IN_CREDS = /-----BEGIN NATS USER JWT-----\s*([A-Za-z0-9_.=-]+)\s*-+END NATS USER JWT-+/;

/** The inbox prefix granted by creds: the user JWT's `sub.allow` entry `_INBOX.<...>.>`, without `.>`. */
export function inboxPrefixOf(credsText: string): string | undefined {
  const jwt = JWT_IN_CREDS.exec(credsText)?.[1];
  if (jwt === undefined) return undefined;
  let allow: readonly string[];
  try {
    allow = decode<User>(jwt).nats.sub?.allow ?? [];
  } catch {
    return undefined;
  }
  const inbox = allow.find((s) => /^_INBOX\.[^*>\s]+\.>$/.test(s));
  return inbox?.slice(0, -2);
}

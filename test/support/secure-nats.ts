import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { initAuth, type AuthLayout, type Share } from "../../adapters/auth/nats-auth.ts";
import type { NatsRole } from "../../adapters/auth/nats-permissions.ts";
import {
  agencySubjects,
  connectNats,
  ensureStreams,
  startNatsServer,
  type NatsAuth,
  type NatsServerProcess,
} from "../../adapters/nats/index.ts";
import { makeTestCa } from "../console/tls-support.ts";
import { NatsClient } from "./nats.ts";

/** PEM files of a throw-away CA and a server certificate it signed for 127.0.0.1 and localhost. */
export interface TestCertificates {
  readonly ca: string;
  readonly cert: string;
  readonly key: string;
  /** The folder holding them. */
  readonly dir: string;
}

export interface SecureNatsOptions {
  readonly agencies: readonly string[];
  /** Writes the sim role's creds too (simulations, replays, the demo). */
  readonly sim?: boolean;
  readonly mdtUnits?: Readonly<Record<string, readonly string[]>>;
  readonly shares?: readonly Share[];
  /** EIDO partner pairs (`cad auth init --eido`). */
  readonly eido?: readonly Share[];
  /** The server requires TLS, with a certificate from a CA made for the test (`certs.ca`). */
  readonly tls?: boolean;
  /**
   * The agencies whose streams their admin creates at start, as `cad streams create` does (default:
   * all); the others are left without streams.
   */
  readonly streams?: readonly string[];
}

/** A nats-server in operator/JWT mode with the agencies' accounts, and the creds of every role. */
export interface SecureNats {
  readonly url: string;
  readonly server: NatsServerProcess;
  readonly layout: AuthLayout;
  /** The temporary folder holding the creds, the conf, the store and the certificates. */
  readonly dir: string;
  /** Set with `tls`. */
  readonly certs: TestCertificates | undefined;
  /** The creds file of the agency's role (of the unit, for `mdt` with a unit). */
  creds(agency: string, role: NatsRole, unit?: string): string;
  /** What `connectNats` (and `ServiceOptions.auth`) take for that role: its creds, and the CA with TLS. */
  auth(agency: string, role: NatsRole, unit?: string): NatsAuth;
  /** A test client of the agency with the role's creds (default sim: it may send every input and read the events; needs `sim: true`). */
  client(agency: string, role?: NatsRole): Promise<NatsClient>;
  stop(): Promise<void>;
  kill(): Promise<void>;
  restart(): Promise<void>;
}

/** Starts the secured server (with `initAuth`'s conf) and creates the agencies' streams with their admin creds. */
export async function startSecureNats(opts: SecureNatsOptions): Promise<SecureNats> {
  const dir = mkdtempSync(join(tmpdir(), "cad-secure-nats-"));
  const layout = await initAuth({
    agencies: opts.agencies,
    out: join(dir, "auth"),
    ...(opts.sim !== undefined && { sim: opts.sim }),
    ...(opts.mdtUnits !== undefined && { mdtUnits: opts.mdtUnits }),
    ...(opts.shares !== undefined && { shares: opts.shares }),
    ...(opts.eido !== undefined && { eido: opts.eido }),
  });
  // The console's test CA (openssl, P-256): the same files serve a NATS server's TLS.
  const ca = opts.tls === true ? makeTestCa() : undefined;
  const certs = ca && { ca: join(ca.dir, "ca.pem"), cert: ca.certFile, key: ca.keyFile, dir: ca.dir };
  const server = await startNatsServer({
    configFile: layout.conf,
    storeDir: join(dir, "store"),
    ...(certs !== undefined && { tls: { cert: certs.cert, key: certs.key } }),
  });
  const creds = (agency: string, role: NatsRole, unit?: string) => layout.creds(agency, role, unit);
  const auth = (agency: string, role: NatsRole, unit?: string): NatsAuth => ({
    credsFile: creds(agency, role, unit),
    ...(certs !== undefined && { tlsCaFile: certs.ca }),
  });
  for (const agency of opts.streams ?? opts.agencies) {
    const nc = await connectNats(server.url, `test-admin-${agency}`, auth(agency, "admin"));
    try {
      await ensureStreams(nc, agencySubjects(agency));
    } finally {
      await nc.close();
    }
  }
  return {
    url: server.url,
    server,
    layout,
    dir,
    certs,
    creds,
    auth,
    client: (agency, role = "sim") => NatsClient.connect(server.url, agency, auth(agency, role)),
    stop: () => server.stop(),
    kill: () => server.kill(),
    restart: () => server.restart(),
  };
}

/**
 * For a vitest file: a secured nats-server of its own (operator/JWT mode, every role's creds, the
 * agencies' streams made by their admin), started before its tests and removed after. Read the
 * fields inside tests (they are set in beforeAll).
 */
export function useSecureNatsServer(opts: SecureNatsOptions): SecureNats {
  let nats: SecureNats | undefined;
  const get = (): SecureNats => {
    if (nats === undefined)
      throw new Error("useSecureNatsServer: read it inside a test (it starts in beforeAll)");
    return nats;
  };
  beforeAll(async () => {
    nats = await startSecureNats(opts);
  }, 60_000);
  afterAll(async () => {
    if (nats === undefined) return;
    await nats.stop();
    rmSync(nats.dir, { recursive: true, force: true });
    if (nats.certs !== undefined) rmSync(nats.certs.dir, { recursive: true, force: true });
  });
  return {
    get url() {
      return get().url;
    },
    get server() {
      return get().server;
    },
    get layout() {
      return get().layout;
    },
    get dir() {
      return get().dir;
    },
    get certs() {
      return get().certs;
    },
    creds: (agency, role, unit) => get().creds(agency, role, unit),
    auth: (agency, role, unit) => get().auth(agency, role, unit),
    client: (agency, role) => get().client(agency, role),
    stop: () => get().stop(),
    kill: () => get().kill(),
    restart: () => get().restart(),
  };
}

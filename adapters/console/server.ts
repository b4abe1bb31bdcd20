import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import type { NatsConnection } from "@nats-io/transport-node";
import type { EngineConfig } from "../../engine/index.ts";
import type { NatsAuth } from "../nats/index.ts";
import { DEFAULT_CONFIG_PATH, loadConfigFile } from "../config/index.ts";
import { usersFile, UsersError, type UserDirectory } from "../auth/users.ts";
import { CommandError, parseCommandRequest } from "./commands.ts";
import { consoleConfig, loadZonesGeoJSON } from "./config-view.ts";
import { ConsoleGateway } from "./gateway.ts";
import {
  HttpError,
  checkListenAddress,
  checkPublicNames,
  commandLogLine,
  consoleUrl,
  eventStream,
  readJsonBody,
  readTlsFiles,
  refusalLogLine,
  requestGuard,
  securityHeaders,
  sendJson,
  sendText,
  type TlsFiles,
} from "./http.ts";
import { FROM_SOURCES } from "../package/index.ts";
import { AccessError } from "./roles.ts";
import { handleLogin, handleLogout, sessionReply, Sessions, type Session } from "./sessions.ts";

export interface ConsoleOptions {
  readonly agency: string;
  /** NATS URL, or a connection to share (`nc`). */
  readonly servers?: string;
  readonly nc?: NatsConnection;
  /** The console role's creds and the TLS CA (see ConsoleGateway). */
  readonly auth?: NatsAuth;
  /** The engine's config file: names, targets and the zones the map is drawn from. */
  readonly configPath?: string;
  /** The config already loaded from `configPath`, to skip loading it twice. */
  readonly config?: EngineConfig;
  /** Default 127.0.0.1: the console is for this machine unless told otherwise (anything else needs `tls`). */
  readonly host?: string;
  /** Serve https with this certificate and key (`--tls-cert`, `--tls-key`). */
  readonly tls?: TlsFiles;
  /** Other names the console is reached by (`--public-name`, NAME or NAME:PORT): requests for any other Host are refused. */
  readonly publicNames?: readonly string[];
  /** Default 8080; 0 takes any free port. */
  readonly port?: number;
  /** When the port is taken, take any free one instead of failing. */
  readonly portFallback?: boolean;
  readonly log?: (line: string) => void;
  /** The instant to stamp on commands for an engine that trusts input time (see ConsoleGateway). */
  readonly inputTime?: () => number;
  /** Who may log in: the users file (its path), or users held in memory. */
  readonly users: string | UserDirectory;
  /** A session unused this long ends (default 30 minutes). */
  readonly idleMs?: number;
}

export interface ConsoleServer {
  readonly url: string;
  readonly port: number;
  readonly gateway: ConsoleGateway;
  readonly sessions: Sessions;
  close(): Promise<void>;
}

const WEB = new URL("./web/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, WEB), "utf8");

/**
 * The page's code (web/app.ts and what it imports) as one ES module for the browser: bundled by
 * `npm run build` into the build's web/app.js, beside the html and css; from sources, bundled
 * now by esbuild, a devDependency that the build neither follows (the import's name is not a
 * literal) nor ships.
 */
async function pageScript(): Promise<string> {
  if (!FROM_SOURCES) return read("app.js");
  const bundler: string = "./bundle.ts";
  const bundle = (await import(bundler)) as { bundlePage: () => Promise<string> };
  return bundle.bundlePage();
}

/**
 * `cad console`: serves the dispatch console page and its API (state and events over
 * server-sent events, queries, commands) from one process that speaks NATS for it.
 */
export async function startConsole(opts: ConsoleOptions): Promise<ConsoleServer> {
  const host = opts.host ?? "127.0.0.1";
  // Refused before anything starts: plain http off loopback, unreadable TLS files, a bad name.
  checkListenAddress(host, opts.tls !== undefined);
  const tls = opts.tls === undefined ? undefined : readTlsFiles(opts.tls);
  const publicNames = opts.publicNames ?? [];
  checkPublicNames(publicNames);
  const users = typeof opts.users === "string" ? usersFile(opts.users) : opts.users;
  if (!users.all().some((u) => u.agency === opts.agency && !u.disabled))
    throw new UsersError(
      "NO_USERS",
      `cad console: no enabled user of agency "${opts.agency}" in ${users.source}; add one with: cad auth user add --users ${users.source} --agency ${opts.agency} --role supervisor NAME`,
    );
  const configPath = opts.configPath ?? DEFAULT_CONFIG_PATH;
  const config = opts.config ?? loadConfigFile(configPath);
  const assets = {
    html: read("index.html"),
    css: read("style.css"),
    js: await pageScript(),
    config: JSON.stringify(consoleConfig(config, opts.agency)),
    zones: JSON.stringify(loadZonesGeoJSON(configPath)),
  };
  const { servers, nc, auth, log, inputTime } = opts;
  const gateway = await ConsoleGateway.start({
    agency: opts.agency,
    ...defined({ servers, nc, auth, log, inputTime }),
  });
  const sessions = new Sessions({
    agency: opts.agency,
    users,
    audit: (action, who, detail) => gateway.audit(action, who, detail),
    ...defined({ idleMs: opts.idleMs, log }),
  });
  const routes = getRoutes(gateway, assets);
  const headers = securityHeaders(tls !== undefined);
  // Set once the port is known; until then (never, in practice) every request is refused.
  let guard = (_req: IncomingMessage): void => {
    throw new HttpError(503, "STARTING", "the console is starting");
  };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    try {
      guard(req);
    } catch (error) {
      // A refused request is worth a line (a page elsewhere trying): what and whence, no data.
      if (error instanceof HttpError) opts.log?.(refusalLogLine(req, error));
      return fail(res, error, opts.log);
    }
    route(req, res, gateway, sessions, routes, opts.log).catch((error: unknown) =>
      fail(res, error, opts.log),
    );
  };
  const server: Server = tls === undefined ? createServer(handle) : createHttpsServer(tls, handle);
  let port: number;
  try {
    port = await listen(server, host, opts.port ?? 8080);
  } catch (error) {
    if (opts.portFallback !== true || (error as NodeJS.ErrnoException).code !== "EADDRINUSE") {
      sessions.close();
      await gateway.close();
      throw error;
    }
    port = await listen(server, host, 0);
  }
  const address = { host, port, tls: tls !== undefined, publicNames };
  guard = requestGuard(address);
  const url = consoleUrl(address);
  return {
    url,
    port,
    gateway,
    sessions,
    async close() {
      sessions.close();
      await gateway.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The object without its undefined properties (for exact optional types). */
function defined<T extends object>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

type Assets = Readonly<Record<"html" | "css" | "js" | "config" | "zones", string>>;

type Handler = (
  url: URL,
  req: IncomingMessage,
  res: ServerResponse,
  session: Session | null,
) => Promise<unknown> | void;

/** The page and what it is made of: served to anyone, since it holds no data (it shows the login form first). */
const PUBLIC = new Set(["/", "/index.html", "/style.css", "/app.js"]);

/** Requests the page makes by itself, not the operator: they do not keep a session alive. */
const PASSIVE = new Set(["/api/events", "/api/session"]);

/** The GET routes: the page, its code and style, and the API (every API route only with a session). */
function getRoutes(gateway: ConsoleGateway, assets: Assets): ReadonlyMap<string, Handler> {
  const text =
    (type: string, body: string): Handler =>
    (_url, _req, res) =>
      sendText(res, 200, type, body);
  const query =
    (name: string, body: (url: URL) => Record<string, string>): Handler =>
    async (url, _req, res, session) =>
      sendJson(res, 200, await gateway.pageQuery(name, body(url), session as Session));
  return new Map<string, Handler>([
    ["/", text("text/html", assets.html)],
    ["/index.html", text("text/html", assets.html)],
    ["/style.css", text("text/css", assets.css)],
    ["/app.js", text("text/javascript", assets.js)],
    ["/api/config", text("application/json", assets.config)],
    ["/api/zones", text("application/json", assets.zones)],
    ["/api/incident", query("incident", (url) => ({ id: url.searchParams.get("id") ?? "" }))],
    [
      "/api/recommend",
      query("recommend", (url) => ({ incidentId: url.searchParams.get("incidentId") ?? "" })),
    ],
    [
      "/api/events",
      (_url, req, res, session) => {
        const s = session as Session;
        const leave: { f?: () => void } = {};
        const end = () => sink.close();
        const sink = eventStream(req, res, () => {
          leave.f?.();
          s.onEnd.delete(end);
        });
        // The stream ends with the session (logout, expiry): the page reconnects, is refused, and shows the login form.
        s.onEnd.add(end);
        leave.f = gateway.attach(sink, s);
      },
    ],
    [
      "/api/health",
      (_url, _req, res) =>
        sendJson(res, 200, {
          agency: gateway.s.agency,
          nats: gateway.nc.isClosed() ? "closed" : "connected",
          pages: gateway.clientCount,
        }),
    ],
  ]);
}

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  gateway: ConsoleGateway,
  sessions: Sessions,
  routes: ReadonlyMap<string, Handler>,
  log: ((line: string) => void) | undefined,
): Promise<void> {
  const url = new URL(req.url ?? "/", "http://console");
  const post = req.method === "POST";
  if (post && url.pathname === "/api/login") return handleLogin(sessions, req, res);
  if (post && url.pathname === "/api/logout") return handleLogout(sessions, req, res);
  // Every other API route needs a live session; the event stream and the session check do not keep one alive.
  const session = PUBLIC.has(url.pathname) ? null : sessions.of(req, !PASSIVE.has(url.pathname));
  if (session !== null && url.pathname === "/api/session")
    return sendJson(res, 200, sessionReply(session, sessions.idleMs));
  if (post && url.pathname === "/api/commands") {
    const who = session as Session;
    let request;
    try {
      request = parseCommandRequest(await readJsonBody(req));
    } catch (error) {
      if (error instanceof CommandError || error instanceof HttpError)
        gateway.refused(who, "unknown", error.code);
      throw error;
    }
    const entry = {
      agency: gateway.s.agency,
      client: req.socket.remoteAddress,
      operator: who.user,
      input: request.input,
      msgId: gateway.inputId(request),
    };
    try {
      const reply = await gateway.command(request, who);
      log?.(commandLogLine(reply.ok ? { ...entry, seq: reply.seq } : { ...entry, code: reply.code }));
      return sendJson(res, 200, reply);
    } catch (error) {
      const code = error instanceof HttpError || error instanceof AccessError ? error.code : "NATS_ERROR";
      log?.(commandLogLine({ ...entry, code }));
      throw error;
    }
  }
  if (req.method !== "GET" && req.method !== "HEAD")
    throw new HttpError(405, "METHOD_NOT_ALLOWED", `${req.method ?? ""} ${url.pathname}`);
  const handler = routes.get(url.pathname);
  if (handler === undefined) throw new HttpError(404, "NOT_FOUND", `no ${url.pathname} here`);
  await handler(url, req, res, session);
}

/** Every failure is answered with a typed JSON error; the server carries on. */
function fail(res: ServerResponse, error: unknown, log?: (line: string) => void): void {
  let status = 502;
  let body: { ok: false; code: string; reason: string; field?: string };
  if (error instanceof CommandError) {
    status = 400;
    body = { ok: false, code: error.code, reason: error.reason, ...(error.field && { field: error.field }) };
  } else if (error instanceof AccessError) {
    status = error.status;
    body = { ok: false, code: error.code, reason: error.message };
  } else if (error instanceof HttpError) {
    status = error.status;
    body = { ok: false, code: error.code, reason: error.message };
  } else if (error instanceof UsersError) {
    // The users file became unreadable or invalid: refused (fail closed), and said so loudly.
    status = 503;
    body = { ok: false, code: "USERS_UNAVAILABLE", reason: "the console's users file cannot be read" };
    log?.(`console: USERS FILE UNAVAILABLE: ${error.message}`);
  } else {
    // NATS: no engine answering, no input stream, a timeout.
    body = { ok: false, code: "NATS_ERROR", reason: (error as Error).message };
    log?.(`console: ${body.reason}`);
  }
  if (res.headersSent) {
    res.end();
    return;
  }
  sendJson(res, status, body);
}

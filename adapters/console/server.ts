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
import { loadMapLayers } from "./layers.ts";
import { gazetteerRoute } from "./gazetteer-route.ts";
import { loadGazetteer } from "./gazetteer-source.ts";
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
import { ShiftSource } from "./shift-source.ts";
import type { WireOutput } from "./web/protocol.ts";
import { UnitFeed, type UnitSink } from "./unit-feed.ts";
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
  /** Commands received since start, by result: "accepted" (in the input log) or the refusal's code. */
  readonly commandResults: ReadonlyMap<string, number>;
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
async function pageScript(entry: "app" | "unit" | "supervisor"): Promise<string> {
  if (!FROM_SOURCES) return read(`${entry}.js`);
  const bundler: string = "./bundle.ts";
  const bundle = (await import(bundler)) as { bundlePage: (entry: string) => Promise<string> };
  return bundle.bundlePage(`${entry}.ts`);
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
    js: await pageScript("app"),
    unitHtml: read("unit.html"),
    unitJs: await pageScript("unit"),
    supervisorHtml: read("supervisor.html"),
    supervisorJs: await pageScript("supervisor"),
    terminalCss: read("terminal.css"),
    config: JSON.stringify(consoleConfig(config, opts.agency)),
    zones: JSON.stringify(loadZonesGeoJSON(configPath)),
    layers: JSON.stringify(loadMapLayers(configPath)),
  };
  // Indexed once here: a gazetteer the config names but that cannot be read stops the start, saying why.
  const gazetteer = loadGazetteer(configPath);
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
  const shift = new ShiftSource(gateway.nc, gateway.s, consoleConfig(config, opts.agency));
  const routes = new Map([
    ...getRoutes(gateway, assets, shift),
    ["/api/gazetteer", gazetteerRoute(gazetteer)],
  ]);
  const commandResults = new Map<string, number>();
  const counted = (result: string) => commandResults.set(result, (commandResults.get(result) ?? 0) + 1);
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
    route(req, res, gateway, sessions, routes, opts.log, counted).catch((error: unknown) =>
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
    commandResults,
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

type Assets = Readonly<
  Record<
    | "html"
    | "css"
    | "js"
    | "config"
    | "zones"
    | "layers"
    | "unitHtml"
    | "unitJs"
    | "supervisorHtml"
    | "supervisorJs"
    | "terminalCss",
    string
  >
>;

type Handler = (
  url: URL,
  req: IncomingMessage,
  res: ServerResponse,
  session: Session | null,
) => Promise<unknown> | void;

/** The page and what it is made of: served to anyone, since it holds no data (it shows the login form first). */
const PUBLIC = new Set([
  "/",
  "/index.html",
  "/style.css",
  "/app.js",
  "/unit.html",
  "/unit.js",
  "/terminal.css",
  "/supervisor",
  "/supervisor.js",
]);

/** The unit feeds open by each session: they are told of the session's commands' input sequences. */
const unitFeeds = new WeakMap<Session, Set<UnitFeed>>();

/** A unit terminal's page: `/unit/<unitId>` (public like the console's page: it holds no data). */
const UNIT_PAGE = /^\/unit\/[A-Za-z0-9_-]{1,64}$/;

/** The API a unit terminal's session may use: its own unit's feed, its commands, the config; nothing of the agency's picture. */
const UNIT_API = new Set(["/api/session", "/api/config", "/api/unit/events", "/api/commands"]);

/** Roles that see the supervisor view's figures. */
const SHIFT_ROLES: ReadonlySet<string> = new Set(["supervisor"]);

/** The shift's start asked for (`since`, epoch ms), if any. */
function sinceOf(url: URL): number | undefined {
  const since = url.searchParams.get("since");
  if (since === null || since === "") return undefined;
  const n = Number(since);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new HttpError(400, "BAD_REQUEST", "since: an instant in epoch milliseconds");
  return n;
}

/** Requests the page makes by itself, not the operator: they do not keep a session alive. */
const PASSIVE = new Set(["/api/events", "/api/session", "/api/unit/events"]);

/** The GET routes: the page, its code and style, and the API (every API route only with a session). */
function getRoutes(
  gateway: ConsoleGateway,
  assets: Assets,
  shift: ShiftSource,
): ReadonlyMap<string, Handler> {
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
    ["/unit.html", text("text/html", assets.unitHtml)],
    ["/style.css", text("text/css", assets.css)],
    ["/app.js", text("text/javascript", assets.js)],
    ["/unit.js", text("text/javascript", assets.unitJs)],
    ["/terminal.css", text("text/css", assets.terminalCss)],
    ["/supervisor", text("text/html", assets.supervisorHtml)],
    ["/supervisor.js", text("text/javascript", assets.supervisorJs)],
    [
      "/api/shift",
      async (url, _req, res, session) => {
        const s = session as Session;
        if (!SHIFT_ROLES.has(s.role))
          throw new AccessError(403, "FORBIDDEN_FOR_ROLE", `a ${s.role} does not see the shift's figures`);
        gateway.audit("query", s, { name: "shift", params: url.searchParams.get("since") ?? "" });
        sendJson(res, 200, await shift.report(sinceOf(url)));
      },
    ],
    [
      "/api/unit/events",
      (url, req, res, session) => {
        const s = session as Session;
        const unitId = url.searchParams.get("unit") ?? "";
        if (!/^[A-Za-z0-9_-]{1,64}$/.test(unitId))
          throw new HttpError(400, "BAD_REQUEST", "unit: a unit id (letters, digits, - or _)");
        if (s.role === "unit" && unitId !== s.unit)
          throw new AccessError(
            403,
            "FORBIDDEN_FOR_UNIT",
            `the terminal of unit ${s.unit ?? "?"} may not follow unit ${unitId}`,
          );
        gateway.audit("query", s, { name: "unit", params: unitId });
        const leave: { f?: () => void } = {};
        const end = () => sink.close();
        const sink = eventStream(req, res, () => {
          leave.f?.();
          s.onEnd.delete(end);
        }) as unknown as UnitSink;
        s.onEnd.add(end);
        const feed = new UnitFeed(gateway.nc, gateway.s, unitId, sink, (name, body) =>
          gateway.query(name, body),
        );
        const resync = () => void feed.resync();
        const output = (o: WireOutput) => feed.output(o);
        gateway.onReconnect.add(resync);
        gateway.outputListeners.add(output);
        const feeds = unitFeeds.get(s) ?? new Set<UnitFeed>();
        unitFeeds.set(s, feeds.add(feed));
        leave.f = () => {
          feed.close();
          feeds.delete(feed);
          gateway.onReconnect.delete(resync);
          gateway.outputListeners.delete(output);
        };
        void feed.start();
      },
    ],
    ["/api/config", text("application/json", assets.config)],
    ["/api/zones", text("application/json", assets.zones)],
    ["/api/layers", text("application/json", assets.layers)],
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
  counted: (result: string) => void,
): Promise<void> {
  const url = new URL(req.url ?? "/", "http://console");
  const post = req.method === "POST";
  if (post && url.pathname === "/api/login") return handleLogin(sessions, req, res);
  if (post && url.pathname === "/api/logout") return handleLogout(sessions, req, res);
  // Every other API route needs a live session; the event stream and the session check do not keep one alive.
  if (!post && UNIT_PAGE.test(url.pathname)) {
    const page = routes.get("/unit.html");
    if (page !== undefined) {
      await page(url, req, res, null);
      return;
    }
  }
  const session = PUBLIC.has(url.pathname) ? null : sessions.of(req, !PASSIVE.has(url.pathname));
  if (session?.role === "unit" && !UNIT_API.has(url.pathname) && url.pathname.startsWith("/api/"))
    throw new AccessError(403, "FORBIDDEN_FOR_ROLE", `a unit terminal may not use ${url.pathname}`);
  if (session !== null && url.pathname === "/api/session")
    return sendJson(res, 200, sessionReply(session, sessions.idleMs));
  if (post && url.pathname === "/api/commands") {
    const who = session as Session;
    let request;
    try {
      request = parseCommandRequest(await readJsonBody(req));
    } catch (error) {
      if (error instanceof CommandError || error instanceof HttpError) {
        gateway.refused(who, "unknown", error.code);
        counted(error.code);
      }
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
      // A unit terminal hears the engine's rejection of its command on its own feed.
      if (reply.ok) for (const feed of unitFeeds.get(who) ?? []) feed.expect(reply.seq);
      log?.(commandLogLine(reply.ok ? { ...entry, seq: reply.seq } : { ...entry, code: reply.code }));
      counted(reply.ok ? "accepted" : reply.code);
      return sendJson(res, 200, reply);
    } catch (error) {
      const code = error instanceof HttpError || error instanceof AccessError ? error.code : "NATS_ERROR";
      log?.(commandLogLine({ ...entry, code }));
      counted(code);
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

import type { IncomingMessage, ServerResponse } from "node:http";
import { readFileSync } from "node:fs";
import { isIP, isIPv4 } from "node:net";
import type { ClientSink } from "./gateway.ts";

/** A request body larger than this is refused: commands are small. */
const MAX_BODY_BYTES = 16 * 1024;
/** A page that reads its stream slower than this much backlog is dropped; it reconnects to a fresh state. */
const MAX_STREAM_BACKLOG_BYTES = 16 * 1024 * 1024;
const HEARTBEAT_MS = 15_000;

export class HttpError extends Error {
  override readonly name = "HttpError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": "no-store",
    "Content-Length": Buffer.byteLength(text),
  });
  res.end(text);
}

export function sendText(res: ServerResponse, status: number, type: string, text: string): void {
  res.writeHead(status, {
    "Content-Type": `${type}; charset=utf-8`,
    "Cache-Control": "no-cache",
    "Content-Length": Buffer.byteLength(text),
    "X-Content-Type-Options": "nosniff",
  });
  res.end(text);
}

/**
 * Reads a JSON command body. Only JSON is accepted: a page elsewhere cannot post JSON here
 * without a CORS preflight, which this server never grants (and `requestGuard` has already
 * refused any request of another origin).
 */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  if (!(req.headers["content-type"] ?? "").startsWith("application/json"))
    throw new HttpError(415, "BAD_COMMAND", "send the command as application/json");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, "BAD_COMMAND", `body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
  } catch (error) {
    throw new HttpError(400, "BAD_COMMAND", `body is not JSON: ${(error as Error).message}`);
  }
}

/** Opens a server-sent-events stream on the response and returns its sink. */
export function eventStream(req: IncomingMessage, res: ServerResponse, onClose: () => void): ClientSink {
  res.writeHead(200, {
    "Content-Type": "text/event-stream; charset=utf-8",
    "Cache-Control": "no-store",
    Connection: "keep-alive",
    "X-Accel-Buffering": "no",
  });
  res.write("retry: 2000\n\n");
  const heartbeat = setInterval(() => res.write(": ping\n\n"), HEARTBEAT_MS);
  let open = true;
  const end = () => {
    if (!open) return;
    open = false;
    clearInterval(heartbeat);
    onClose();
    res.end();
  };
  // The response closes when the page goes away (or the connection drops).
  res.on("close", end);
  res.on("error", end);
  return {
    send(name, data) {
      if (!open) return;
      if (res.writableLength > MAX_STREAM_BACKLOG_BYTES) return end();
      res.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    close: end,
  };
}

/**
 * What the console's own page needs and nothing more: its own code and style only (no inline
 * script, style or handler: text that reaches the page as markup cannot run), data: images for
 * the favicon, no framing by any page (clickjacking), no <base> or plugin tricks.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
].join("; ");

/** The headers of every response the console sends, errors included. */
export function securityHeaders(tls: boolean): Readonly<Record<string, string>> {
  return {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Another site's page cannot even load the API's JSON as a script or an image.
    "Cross-Origin-Resource-Policy": "same-origin",
    ...(tls && { "Strict-Transport-Security": "max-age=31536000" }),
  };
}

/** The console refuses to start: one line says why and what to give instead. */
export class ConsoleStartError extends Error {
  override readonly name = "ConsoleStartError";
  constructor(
    readonly code: "TLS_REQUIRED" | "TLS_UNREADABLE" | "BAD_PUBLIC_NAME",
    message: string,
  ) {
    super(message);
  }
}

/** The certificate and key files (PEM) of a console that serves https. */
export interface TlsFiles {
  readonly certFile: string;
  readonly keyFile: string;
}

/** Reads the TLS files; a missing or unreadable one is named with its flag. */
export function readTlsFiles(files: TlsFiles): { cert: Buffer; key: Buffer } {
  const read = (flag: string, file: string) => {
    try {
      return readFileSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new ConsoleStartError("TLS_UNREADABLE", `${flag} FILE: cannot read ${file} (${code})`);
    }
  };
  return { cert: read("--tls-cert", files.certFile), key: read("--tls-key", files.keyFile) };
}

/** The host is this machine's loopback only: 127.0.0.0/8, ::1, localhost. */
export function isLoopback(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[(.*)\]$/, "$1");
  if (h === "localhost" || h === "::1") return true;
  const v4 = h.startsWith("::ffff:") ? h.slice(7) : h;
  return isIPv4(v4) && v4.startsWith("127.");
}

/**
 * Plain http only on loopback: a console on the network without TLS would send its
 * dispatchers' session cookies, and the callers' personal data, in clear.
 */
export function checkListenAddress(host: string, tls: boolean): void {
  if (tls || isLoopback(host)) return;
  throw new ConsoleStartError(
    "TLS_REQUIRED",
    `cad console: listening on ${host} (not loopback) needs TLS: give --tls-cert FILE and --tls-key FILE, or --host 127.0.0.1`,
  );
}

/** Where the console listens and the names it is reached by: what a request's Host may be. */
export interface ConsoleAddress {
  readonly host: string;
  readonly port: number;
  readonly tls: boolean;
  /** `--public-name NAME` or `NAME:PORT` (NAME alone: the port the console listens on). */
  readonly publicNames: readonly string[];
}

const PUBLIC_NAME =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;
const WILDCARD = new Set(["", "0.0.0.0", "::", "[::]"]);

/** Checks the `--public-name` values before anything starts. */
export function checkPublicNames(names: readonly string[]): void {
  for (const name of names)
    if (!PUBLIC_NAME.test(name) || isIP(name) === 6)
      throw new ConsoleStartError(
        "BAD_PUBLIC_NAME",
        `--public-name: expected a host name or address, optionally with :PORT ([v6] in brackets), got "${name}"`,
      );
}

/** A Host value as a browser sends it: lower-case, the scheme's default port left out; null if it is not one. */
function normaliseAuthority(scheme: "http" | "https", value: string): string | null {
  if (!/^[A-Za-z0-9.:[\]-]{1,300}$/.test(value)) return null;
  try {
    return new URL(`${scheme}://${value}/`).host;
  } catch {
    return null;
  }
}

const authority = (host: string, port: number) => `${isIP(host) === 6 ? `[${host}]` : host}:${port}`;

/**
 * The Host values this console answers: its listening address (loopback also by `localhost`),
 * and its public names. A page of any other name, even one whose DNS answers 127.0.0.1 (DNS
 * rebinding), gets nothing.
 */
export function allowedHosts(a: ConsoleAddress): ReadonlySet<string> {
  const scheme = a.tls ? "https" : "http";
  const names: string[] = [];
  if (WILDCARD.has(a.host) || isLoopback(a.host)) names.push("localhost", "127.0.0.1", "::1");
  if (!WILDCARD.has(a.host)) names.push(a.host.replace(/^\[(.*)\]$/, "$1"));
  const hosts = names.map((n) => authority(n, a.port));
  for (const p of a.publicNames) hosts.push(/:\d+$/.test(p) && !(isIP(p) === 6) ? p : authority(p, a.port));
  return new Set(hosts.map((h) => normaliseAuthority(scheme, h)).filter((h): h is string => h !== null));
}

/** The address to print: the first public name, else the listening host (loopback for a wildcard). */
export function consoleUrl(a: ConsoleAddress): string {
  const scheme = a.tls ? "https" : "http";
  const first = a.publicNames[0];
  const host =
    first !== undefined
      ? /:\d+$/.test(first)
        ? first
        : authority(first, a.port)
      : authority(WILDCARD.has(a.host) ? "127.0.0.1" : a.host.replace(/^\[(.*)\]$/, "$1"), a.port);
  return `${new URL(`${scheme}://${host}/`).origin}/`;
}

const SAFE_METHODS = new Set(["GET", "HEAD"]);

/**
 * The request guard, before any route: the Host must be one of the console's own (421
 * WRONG_HOST, no data), and a request that changes anything (every method but GET and HEAD)
 * must come from the console's own origin (403 CROSS_ORIGIN): an Origin other than its own, or
 * a browser saying `Sec-Fetch-Site: cross-site`, `same-site` or `none`, is refused. A request
 * with neither header (curl, an old client) is taken: no browser page of another origin
 * sends a POST without them.
 */
export function requestGuard(a: ConsoleAddress): (req: IncomingMessage) => void {
  const scheme = a.tls ? "https" : "http";
  const hosts = allowedHosts(a);
  return (req) => {
    const host = normaliseAuthority(scheme, req.headers.host ?? "");
    if (host === null || !hosts.has(host))
      throw new HttpError(
        421,
        "WRONG_HOST",
        "this console answers only at its own address (cad console --host, --public-name)",
      );
    if (SAFE_METHODS.has(req.method ?? "GET")) return;
    const site = req.headers["sec-fetch-site"];
    if (site !== undefined && site !== "same-origin")
      throw new HttpError(403, "CROSS_ORIGIN", `refused: a ${site} request (Sec-Fetch-Site)`);
    const origin = req.headers.origin;
    if (origin !== undefined && sameOrigin(origin) !== `${scheme}://${host}`)
      throw new HttpError(
        403,
        "CROSS_ORIGIN",
        "commands are accepted from this console's own page only (Origin)",
      );
  };
}

/** An Origin header as URL.origin writes it (lower-case, default port left out); "" if it is none. */
function sameOrigin(origin: string): string {
  try {
    return new URL(origin).origin;
  } catch {
    return "";
  }
}

/** What the console's log says of a command: who, from where, what kind about which ids; never its text. */
export interface CommandLogEntry {
  readonly agency: string;
  /** The remote address of the request. */
  readonly client: string | undefined;
  /** The operator signed in (the session's user), once the console has logins. */
  readonly operator: string | undefined;
  readonly input: { readonly kind: string; readonly incidentId?: string; readonly unitId?: string };
  /** The input's Nats-Msg-Id. */
  readonly msgId: string;
  /** Its sequence in the input log, when it got there; else the refusal's code. */
  readonly seq?: number;
  readonly code?: string;
}

/**
 * One line per command. Notes, reasons, caller names, numbers and addresses are personal data
 * and stay out of the log: only the kind and the ids are written (an allow-list, so a field
 * added to a command later is not logged by default).
 */
export function commandLogLine(e: CommandLogEntry): string {
  const ids = [
    e.input.incidentId === undefined ? "" : ` incident=${logId(e.input.incidentId)}`,
    e.input.unitId === undefined ? "" : ` unit=${logId(e.input.unitId)}`,
  ].join("");
  const outcome = e.seq !== undefined ? `input ${e.seq}` : `refused ${e.code ?? "?"}`;
  return `console ${e.agency}: command ${e.input.kind}${ids} from ${e.client ?? "?"} by ${e.operator ?? "-"} (${e.msgId}) -> ${outcome}`;
}

/** The log's line for a request the guard refused: its code, method and path (no query), and the client. */
export function refusalLogLine(req: IncomingMessage, error: HttpError): string {
  const path = new URL(req.url ?? "/", "http://console").pathname;
  return `console: refused ${error.code} ${logId(req.method ?? "?")} ${logId(path)} from ${req.socket.remoteAddress ?? "?"}`;
}

/** An id as the log shows it: the page sends ids as any text up to 128 characters, so no line break or prose gets in. */
function logId(id: string): string {
  return id.replace(/[^A-Za-z0-9._:@/-]/g, "?").slice(0, 64);
}

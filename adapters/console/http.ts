import type { IncomingMessage, ServerResponse } from "node:http";
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
 * Reads a JSON command body. Only same-origin JSON is accepted: a page elsewhere cannot post
 * JSON here without a CORS preflight, which this server never grants.
 */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  if (!(req.headers["content-type"] ?? "").startsWith("application/json"))
    throw new HttpError(415, "BAD_COMMAND", "send the command as application/json");
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${req.headers.host ?? ""}`)
    throw new HttpError(
      403,
      "FORBIDDEN",
      `commands are accepted from this console's own page, not ${origin}`,
    );
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

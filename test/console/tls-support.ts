import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { request as httpsRequest } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A certificate authority made by openssl in a temporary dir, and a server certificate it signed. */
export interface TestCa {
  readonly dir: string;
  /** The CA's certificate (PEM): what a client trusts. */
  readonly ca: Buffer;
  readonly certFile: string;
  readonly keyFile: string;
  remove(): void;
}

/** Makes a CA and a certificate for 127.0.0.1, localhost and cad.example.test (P-256 keys: quick to make). */
export function makeTestCa(): TestCa {
  const dir = mkdtempSync(join(tmpdir(), "cad-console-tls-"));
  const at = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "pipe" });
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  openssl(
    "req",
    "-x509",
    ...ec,
    "-keyout",
    "ca.key",
    "-out",
    "ca.pem",
    "-days",
    "2",
    "-subj",
    "/CN=cad test CA",
  );
  openssl("req", ...ec, "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1");
  writeFileSync(
    at("server.ext"),
    "subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:cad.example.test\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
  );
  openssl(
    "x509",
    "-req",
    "-in",
    "server.csr",
    "-CA",
    "ca.pem",
    "-CAkey",
    "ca.key",
    "-CAcreateserial",
    "-out",
    "server.pem",
    "-days",
    "2",
    "-extfile",
    "server.ext",
  );
  return {
    dir,
    ca: readFileSync(at("ca.pem")),
    certFile: at("server.pem"),
    keyFile: at("server.key"),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface RawResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/**
 * One request with every header as given, Host included (fetch sets Host itself): what a
 * page at another name, or a client of another origin, sends.
 */
export function rawRequest(
  url: string,
  opts: {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    ca?: Buffer;
    /** The TLS name to check the certificate against, when the Host header names another. */
    servername?: string;
    /** Send no Host header at all. */
    noHost?: boolean;
  } = {},
): Promise<RawResponse> {
  const u = new URL(url);
  const request = u.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      u,
      {
        method: opts.method ?? "GET",
        headers: opts.headers ?? {},
        ...(opts.ca && { ca: opts.ca }),
        ...(opts.servername !== undefined && { servername: opts.servername }),
        ...(opts.noHost === true && { setHost: false }),
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(opts.body);
  });
}

import { spawnSync } from "node:child_process";
import { connect as tcp, type Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { EngineService, natsServerAvailable } from "../../adapters/nats/index.ts";
import { useNatsServer } from "../support/nats.ts";
import { config } from "../support/scenario.ts";

const hasProtoc = spawnSync("protoc", ["--version"], { stdio: "ignore" }).status === 0;

/** The NATS text protocol over a plain socket: no NATS library, as an integrator in any language could. */
class RawNats {
  private buffer = Buffer.alloc(0);
  private waiters: (() => void)[] = [];

  private constructor(private readonly socket: Socket) {
    socket.on("data", (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (const w of this.waiters.splice(0)) w();
    });
  }

  static async open(port: number): Promise<RawNats> {
    const socket = tcp({ host: "127.0.0.1", port });
    await new Promise((resolve, reject) => socket.once("connect", resolve).once("error", reject));
    const raw = new RawNats(socket);
    await raw.line(); // INFO {...}
    socket.write('CONNECT {"verbose":false,"pedantic":false,"headers":true,"protocol":1}\r\n');
    return raw;
  }

  /** HPUB with a Nats-Msg-Id header, so JetStream can deduplicate. */
  hpub(subject: string, msgId: string, payload: Buffer): void {
    const hdr = Buffer.from(`NATS/1.0\r\nNats-Msg-Id: ${msgId}\r\n\r\n`);
    this.socket.write(`HPUB ${subject} ${hdr.length} ${hdr.length + payload.length}\r\n`);
    this.socket.write(Buffer.concat([hdr, payload, Buffer.from("\r\n")]));
  }

  sub(subject: string, sid: number): void {
    this.socket.write(`SUB ${subject} ${sid}\r\n`);
  }

  /** The next MSG or HMSG delivered: its subject and payload (headers skipped). */
  async message(): Promise<{ subject: string; payload: Buffer }> {
    for (;;) {
      const header = await this.line();
      if (header.startsWith("PING")) {
        this.socket.write("PONG\r\n");
        continue;
      }
      const parts = header.split(" ");
      if (parts[0] === "MSG" || parts[0] === "HMSG") {
        const total = Number(parts.at(-1));
        const headerBytes = parts[0] === "HMSG" ? Number(parts.at(-2)) : 0;
        const body = await this.bytes(total + 2);
        return { subject: parts[1] ?? "", payload: body.subarray(headerBytes, total) };
      }
    }
  }

  close(): void {
    this.socket.end();
  }

  private async line(): Promise<string> {
    for (;;) {
      const end = this.buffer.indexOf("\r\n");
      if (end >= 0) {
        const line = this.buffer.subarray(0, end).toString();
        this.buffer = this.buffer.subarray(end + 2);
        return line;
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  private async bytes(n: number): Promise<Buffer> {
    while (this.buffer.length < n) await new Promise<void>((resolve) => this.waiters.push(resolve));
    const out = this.buffer.subarray(0, n);
    this.buffer = this.buffer.subarray(n);
    return out;
  }
}

describe.skipIf(!natsServerAvailable() || !hasProtoc)(
  "an independent client: protoc and a plain socket (needs nats-server and protoc)",
  () => {
    const nats = useNatsServer();

    it("a call encoded by protoc --encode and sent in the NATS text protocol is accepted; its events decode with protoc --decode", async () => {
      const service = await EngineService.start({ agency: "indie", servers: nats.server.url, config });
      const text = `call_id: "P1" received_at_ms: ${Date.now() - 5000} lon: -122.3321 lat: 47.6062 call_type: "AID" address: "3rd Av / Union St"`;
      const encoded = spawnSync(
        "protoc",
        ["--encode=cad.v1.ReceiveCall", "-I", "proto", "proto/cad/v1/inputs.proto"],
        { input: text },
      );
      expect(encoded.status, encoded.stderr.toString()).toBe(0);

      const raw = await RawNats.open(nats.server.port);
      raw.sub("cad.indie.evt.>", 1);
      raw.hpub("cad.indie.in.call", "indie-call-1", encoded.stdout);
      const received: string[] = [];
      for (let i = 0; i < 4; i++) {
        const { subject, payload } = await raw.message();
        const decoded = spawnSync(
          "protoc",
          ["--decode=cad.v1.Output", "-I", "proto", "proto/cad/v1/events.proto"],
          { input: payload },
        );
        expect(decoded.status, decoded.stderr.toString()).toBe(0);
        received.push(`${subject}\n${decoded.stdout.toString()}`);
      }
      raw.close();
      expect(received[0]).toContain("cad.indie.evt.call.received");
      expect(received[0]).toContain('call_id: "P1"');
      expect(received[0]).toContain('input_id: "indie-call-1"');
      expect(
        received.some(
          (r) => r.includes("cad.indie.evt.incident.created") && r.includes('address: "3rd Av / Union St"'),
        ),
      ).toBe(true);
      expect(service.state.calls.has("P1")).toBe(true);
      await service.stop();
    });
  },
);

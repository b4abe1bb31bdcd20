import { DeliverPolicy, jetstream, type JetStreamClient } from "@nats-io/jetstream";
import { rmSync } from "node:fs";
import { connect, headers, type NatsConnection } from "@nats-io/transport-node";
import { afterAll, beforeAll } from "vitest";
import {
  startNatsServer,
  type NatsServerProcess,
  inputSubject,
  decodeOutput,
  encodeInput,
  type DecodedOutput,
  agencySubjects,
  connectNats,
  OPERATOR_HEADER,
  TIME_HEADER,
  type NatsAuth,
} from "../../adapters/nats/index.ts";
import type { Input } from "../../engine/index.ts";
import type { InputBody } from "./scenario.ts";

/** What a test sends besides the body: message id, Cad-Time (as given, even malformed), Cad-Operator. */
export interface SendOptions {
  readonly id?: string;
  readonly time?: number | string;
  readonly operator?: string;
}

/** A test client that speaks to the engine only over NATS, as an integrator would. */
export class NatsClient {
  private n = 0;

  private constructor(
    readonly nc: NatsConnection,
    readonly js: JetStreamClient,
    readonly agency: string,
  ) {}

  /** `auth`: a role's creds (with a secured server, test/support/secure-nats.ts: the sim role's do all a test needs). */
  static async connect(url: string, agency: string, auth?: NatsAuth): Promise<NatsClient> {
    const nc =
      auth === undefined
        ? await connect({ servers: url, maxReconnectAttempts: -1, reconnectTimeWait: 100 })
        : await connectNats(url, `test-client-${agency}`, auth);
    return new NatsClient(nc, jetstream(nc), agency);
  }

  /**
   * Publishes an input (retrying until JetStream acknowledges; the message id makes repeats
   * harmless): with a time, on its timed subject with Cad-Time; with an operator, with Cad-Operator.
   */
  async send(body: InputBody, opts: SendOptions = {}): Promise<number> {
    const subject = inputSubject(this.agency, body as never, { timed: opts.time !== undefined });
    return this.sendRaw(subject, encodeInput(body as never), opts);
  }

  /** Publishes a whole log in order, 256 at a time, each input with its own id and instant (Cad-Time). */
  async sendLog(inputs: readonly Input[]): Promise<void> {
    for (let i = 0; i < inputs.length; i += 256)
      await Promise.all(
        inputs.slice(i, i + 256).map(({ id, at, ...body }) => this.send(body as InputBody, { id, time: at })),
      );
  }

  /** Publishes bytes on any subject, with the headers the options name (none of them checked here). */
  async sendRaw(subject: string, data: Uint8Array, opts: SendOptions = {}): Promise<number> {
    const msgID = opts.id ?? `test-${this.agency}-${++this.n}`;
    const h = headers();
    if (opts.time !== undefined) h.set(TIME_HEADER, String(opts.time));
    if (opts.operator !== undefined) h.set(OPERATOR_HEADER, opts.operator);
    for (let attempt = 0; ; attempt++) {
      try {
        const ack = await this.js.publish(subject, data, { msgID, headers: h, timeout: 2000 });
        return ack.seq;
      } catch (error) {
        if (attempt > 100) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  /** Every output in the agency's event stream, decoded, in stream order (waits until `until` holds or times out). */
  async outputs(until: (all: DecodedOutput[]) => boolean, timeoutMs = 15_000): Promise<DecodedOutput[]> {
    const started = Date.now();
    for (;;) {
      const all = await this.readEvents();
      if (until(all)) return all;
      if (Date.now() - started > timeoutMs)
        throw new Error(`outputs: condition not met within ${timeoutMs} ms (${all.length} outputs)`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Reads the whole event stream once (events subjects only, not the unit terminal copies). */
  async readEvents(): Promise<DecodedOutput[]> {
    const s = agencySubjects(this.agency);
    const jsm = await this.js.jetstreamManager();
    const info = await jsm.streams.info(s.eventStream);
    const last = info.state.last_seq;
    if (last === 0) return [];
    const consumer = await this.js.consumers.get(s.eventStream, {
      deliver_policy: DeliverPolicy.All,
      filter_subjects: s.events,
    });
    const out: DecodedOutput[] = [];
    const messages = await consumer.consume();
    for await (const m of messages) {
      out.push(decodeOutput(m.data));
      if (m.info.pending === 0) break;
    }
    await messages.close();
    return out;
  }

  async query<T>(name: string, body: unknown = {}): Promise<T> {
    const reply = await this.nc.request(
      `cad.${this.agency}.q.${name}`,
      new TextEncoder().encode(JSON.stringify(body)),
      { timeout: 5000 },
    );
    return JSON.parse(new TextDecoder().decode(reply.data)) as T;
  }

  async close(): Promise<void> {
    await this.nc.drain();
  }
}

export const eventsOf = (outputs: DecodedOutput[]) => outputs.flatMap((o) => ("event" in o ? [o.event] : []));
export const rejectionsOf = (outputs: DecodedOutput[]) =>
  outputs.flatMap((o) =>
    "rejected" in o ? [{ ...o.rejected, inputSeq: o.inputSeq, inputId: o.inputId }] : [],
  );

/** A nats-server of this test file's own (free port, temporary store), started before its tests and removed after. */
export function useNatsServer(): { readonly server: NatsServerProcess } {
  const holder: { server: NatsServerProcess } = { server: undefined as unknown as NatsServerProcess };
  beforeAll(async () => {
    holder.server = await startNatsServer();
  });
  afterAll(async () => {
    await holder.server.stop();
    rmSync(holder.server.storeDir, { recursive: true, force: true });
  });
  return holder;
}

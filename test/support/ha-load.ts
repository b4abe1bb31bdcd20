/**
 * The load of the HA fault test and benchmark: a steady stream of mixed inputs at a given rate with
 * unique message ids, every publish acknowledgement recorded; and a watch of the outputs as they
 * pass on the wire (first arrival per input, and every body per message id, so that two different
 * bodies under one id are seen even when JetStream's duplicate window drops the second).
 */
import { createHash } from "node:crypto";
import type { JetStreamClient } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { loadConfigFile } from "../../adapters/config/index.ts";
import { decodeInput, encodeInput, inputSubject, INPUT_SEQ_HEADER } from "../../adapters/nats/index.ts";
import type { InputBody } from "../../adapters/nats/index.ts";
import { Workload, T0 } from "../../bench/e2e/workload.ts";
import { sleep } from "./ha-harness.ts";

/** One input the load published: when it was first sent, and its acknowledgement. */
export interface Sent {
  /** Its position in the load's `sent`. */
  readonly index: number;
  readonly id: string;
  /** Date.now() of the first attempt. */
  readonly sentAt: number;
  /** Date.now() of the acknowledgement; 0 while none. */
  ackedAt: number;
  /** The input's sequence in the input stream (the original's when the ack says duplicate). */
  seq: number;
  duplicate: boolean;
  attempts: number;
  /** The last error, when it was never acknowledged. */
  error?: string;
}

export interface LoadOptions {
  readonly agency: string;
  /** Inputs per second (the engine-time step is 1000/rate ms, whole). */
  readonly rate: number;
  readonly seed: number;
  /** Message ids are `<tag>-<agency>-<n>`: unique per run. */
  readonly tag: string;
  readonly units?: number;
  /** 911 calls per second (the rest: AVL, ticks, dispatches and crew statuses). */
  readonly callsPerSecond?: number;
  /** Most publishes awaiting their ack at once; pacing waits beyond it. */
  readonly maxInFlight?: number;
  /** A publish is retried (same message id) until acknowledged or this long after its first attempt. */
  readonly giveUpMs?: number;
  /** Sends this many inputs, then no more (default: until stop()). */
  readonly count?: number;
  /** Starts at this input of the city (a load that goes on where an earlier one of the same seed stopped). */
  readonly from?: number;
}

/** The workload is made this many seconds of inputs at a time (each chunk runs the city in memory). */
const CHUNK_SECONDS = 5;

/**
 * A seeded city's inputs (bench/e2e's Workload: a roster, then calls, AVL, ticks and the dispatcher's
 * and crews' reactions), published on the untimed subjects at `rate` per second, as a live centre
 * sends them: the log gives each its instant. Times inside the bodies (a call's receivedAt and
 * answeredAt, an AVL fix's fixAt) are moved by one constant from the workload's T0 to the load's start.
 */
export class InputLoad {
  readonly sent: Sent[] = [];
  private readonly workload: Workload;
  private readonly stepMs: number;
  private startedAt = 0;
  private running: Promise<void> | undefined;
  private stopping = false;
  private inFlight = 0;
  private readonly settled = new Set<Promise<void>>();

  constructor(
    private readonly js: JetStreamClient,
    private readonly o: LoadOptions,
  ) {
    this.stepMs = Math.max(1, Math.round(1000 / o.rate));
    this.workload = new Workload(loadConfigFile(), {
      seed: o.seed,
      units: o.units ?? 200,
      liveInputs: Math.min((o.from ?? 0) + (o.count ?? Infinity), (o.from ?? 0) + o.rate * CHUNK_SECONDS),
      callShare: Math.min(0.5, (o.callsPerSecond ?? 1) / o.rate),
      stepMs: this.stepMs,
      agency: o.agency,
    });
  }

  start(): void {
    this.startedAt = Date.now();
    this.running = this.run();
  }

  /** Stops sending new inputs and waits until every one sent is acknowledged (or given up). */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.done();
  }

  /** Waits until the load has sent what it was to send (count, or up to a stop) and all of it is settled. */
  async done(): Promise<void> {
    await this.running;
    while (this.settled.size > 0) await Promise.all([...this.settled]);
  }

  get acked(): Sent[] {
    return this.sent.filter((s) => s.ackedAt > 0);
  }

  /** The first input sent at or after `t` (Date.now()) that was acknowledged. */
  firstSentAfter(t: number): Sent | undefined {
    let lo = 0;
    let hi = this.sent.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.sent[mid]?.sentAt ?? 0) < t) lo = mid + 1;
      else hi = mid;
    }
    return this.sent.slice(lo).find((s) => s.ackedAt > 0);
  }

  private async run(): Promise<void> {
    const maxInFlight = this.o.maxInFlight ?? 4096;
    const from = this.o.from ?? 0;
    const end = from + (this.o.count ?? Infinity);
    let n = from;
    while (!this.stopping && n < end) {
      const due = Math.min(end - 1, from + Math.floor((Date.now() - this.startedAt) / this.stepMs));
      while (n <= due && !this.stopping && this.inFlight < maxInFlight) this.publish(n++);
      await sleep(Math.max(1, Math.min(10, this.stepMs)));
    }
  }

  private publish(n: number): void {
    while (this.workload.inputs.length <= n) this.workload.extend(this.o.rate * CHUNK_SECONDS);
    const wire = this.workload.inputs[n];
    if (wire === undefined) throw new Error(`no input ${n}`);
    const id = `${this.o.tag}-${this.o.agency}-${n}`;
    const decoded = decodeInput(wire.kind, wire.data, id, wire.at);
    if (!decoded.ok) throw new Error(`workload input ${n} does not decode: ${decoded.reason}`);
    const delta = this.startedAt - (T0 + (this.o.from ?? 0) * this.stepMs);
    const body = shifted(decoded.input as unknown as Record<string, unknown>, delta);
    const subject = inputSubject(this.o.agency, body);
    const data = encodeInput(body);
    const sent: Sent = {
      index: this.sent.length,
      id,
      sentAt: Date.now(),
      ackedAt: 0,
      seq: 0,
      duplicate: false,
      attempts: 0,
    };
    this.sent.push(sent);
    this.inFlight++;
    const done = this.untilAcked(sent, subject, data).finally(() => {
      this.inFlight--;
      this.settled.delete(done);
    });
    this.settled.add(done);
  }

  private async untilAcked(sent: Sent, subject: string, data: Uint8Array): Promise<void> {
    const giveUpMs = this.o.giveUpMs ?? 180_000;
    for (;;) {
      sent.attempts++;
      try {
        const ack = await this.js.publish(subject, data, { msgID: sent.id, timeout: 5000 });
        sent.seq = ack.seq;
        sent.duplicate = ack.duplicate;
        sent.ackedAt = Date.now();
        return;
      } catch (error) {
        sent.error = (error as Error).message;
        if (Date.now() - sent.sentAt > giveUpMs) return;
        await sleep(200);
      }
    }
  }
}

/** The input without its id and instant, its own times moved by `deltaMs`. */
function shifted(input: Record<string, unknown>, deltaMs: number): InputBody {
  const body: Record<string, unknown> = { ...input };
  delete body["id"];
  delete body["at"];
  if (body["operator"] === undefined) delete body["operator"];
  for (const field of ["receivedAt", "answeredAt", "fixAt"])
    if (typeof body[field] === "number") body[field] = (body[field] as number) + deltaMs;
  return body as unknown as InputBody;
}

export const bodyHash = (subject: string, data: Uint8Array): string =>
  createHash("sha1").update(subject).update("\n").update(data).digest("base64");

/**
 * The outputs of one agency as they pass on the wire (core subscriptions to `cad.<a>.evt.>` and
 * `cad.<a>.unit.>`, one connection per node so that a node's loss hides nothing): when the first
 * output of each input arrived, and each message id's body. Core NATS delivers every publish, also
 * those JetStream then drops as duplicates: two different bodies under one id are caught here.
 */
export class OutputWatch {
  /** Input sequence -> Date.now() of its first output seen. */
  readonly firstArrival = new Map<number, number>();
  /** Message id -> the hash of the first body seen under it. */
  readonly bodies = new Map<string, string>();
  /** Ids seen with a second, different body: [id, first hash, other hash]. */
  readonly conflicts: [string, string, string][] = [];
  messages = 0;

  private constructor(private readonly connections: NatsConnection[]) {}

  static async start(urls: string, agency: string): Promise<OutputWatch> {
    const connections = await Promise.all(
      urls.split(",").map((url) =>
        connect({
          servers: url,
          name: `ha-output-watch-${agency}`,
          maxReconnectAttempts: -1,
          reconnectTimeWait: 100,
        }),
      ),
    );
    const watch = new OutputWatch(connections);
    for (const nc of connections)
      for (const subject of [`cad.${agency}.evt.>`, `cad.${agency}.unit.>`])
        nc.subscribe(subject, {
          callback: (error, m) => {
            if (error !== null) return;
            watch.seen(
              m.subject,
              m.headers?.get("Nats-Msg-Id") ?? "",
              m.headers?.get(INPUT_SEQ_HEADER),
              m.data,
            );
          },
        });
    await Promise.all(connections.map((nc) => nc.flush()));
    return watch;
  }

  private seen(subject: string, id: string, inputSeq: string | undefined, data: Uint8Array): void {
    this.messages++;
    const seq = Number(inputSeq);
    if (Number.isSafeInteger(seq) && !this.firstArrival.has(seq)) this.firstArrival.set(seq, Date.now());
    const hash = bodyHash(subject, data);
    const before = this.bodies.get(id);
    if (before === undefined) this.bodies.set(id, hash);
    else if (before !== hash) this.conflicts.push([id, before, hash]);
  }

  /**
   * When the first output of an input sent at or after `t` arrived, and that input: the earliest
   * arrival among the outputs of the inputs `load` sent from `t` on. Undefined while none has arrived.
   */
  firstOutputAfter(load: InputLoad, t: number): { sent: Sent; arrivedAt: number } | undefined {
    const first = load.firstSentAfter(t);
    if (first === undefined) return undefined;
    let best: { sent: Sent; arrivedAt: number } | undefined;
    for (let i = first.index; i < load.sent.length; i++) {
      const s = load.sent[i];
      if (s === undefined || s.ackedAt === 0) continue;
      const at = this.firstArrival.get(s.seq);
      if (at !== undefined && (best === undefined || at < best.arrivedAt)) best = { sent: s, arrivedAt: at };
    }
    return best;
  }

  async stop(): Promise<void> {
    await Promise.all(this.connections.map((nc) => nc.close().catch(() => undefined)));
  }
}

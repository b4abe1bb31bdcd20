import type { NatsConnection, Subscription } from "@nats-io/transport-node";
import { decodeOutput, type AgencySubjects } from "../nats/index.ts";
import type { UnitStreamMessages, UnitUpdate, UnitSnapshot, WireOutput } from "./web/protocol.ts";

/** Where a unit terminal's stream goes: one server-sent-events response. */
export interface UnitSink {
  send<K extends keyof UnitStreamMessages>(name: K, data: UnitStreamMessages[K]): void;
  close(): void;
}

const RETRY_MS = 1000;

/**
 * A unit terminal's feed: the unit's messages on `cad.<agency>.unit.<unitId>.>` (each carrying
 * what the terminal shows, Output.assignment), after the `unit` query's picture. The page gets
 * that picture, then exactly the messages of later inputs, in order; nothing of other units.
 */
export class UnitFeed {
  private sub: Subscription | undefined;
  private held: UnitUpdate[] | null = [];
  private after = 0;
  private readonly heard = new Set<string>();
  private closed = false;
  /** Inputs this terminal's session sent, and console rejections heard before their command's reply. */
  private readonly mine = new Set<number>();
  private readonly early = new Map<number, { code: string; reason: string }>();

  constructor(
    private readonly nc: NatsConnection,
    private readonly s: AgencySubjects,
    readonly unitId: string,
    private readonly sink: UnitSink,
    private readonly query: (name: string, body: unknown) => Promise<unknown>,
  ) {}

  async start(): Promise<void> {
    this.sub = this.nc.subscribe(`${this.s.unitPrefix}${this.unitId}.>`, {
      callback: (error, msg) => {
        if (error === null) this.receive(msg.data);
      },
    });
    await this.nc.flush();
    await this.resync();
  }

  /** A fresh picture (at start, and after NATS reconnects), then the messages after it. */
  async resync(): Promise<void> {
    this.held = [];
    for (;;) {
      if (this.closed) return;
      let reply: Partial<UnitSnapshot> & { error?: { code: string; message: string }; catchingUp?: boolean };
      try {
        reply = (await this.query("unit", { id: this.unitId })) as typeof reply;
      } catch (error) {
        this.sink.send("problem", { message: `the engine does not answer: ${(error as Error).message}` });
        await new Promise((r) => setTimeout(r, RETRY_MS));
        continue;
      }
      if (reply.error !== undefined) {
        this.sink.send("problem", { message: `${reply.error.code}: ${reply.error.message}` });
        await new Promise((r) => setTimeout(r, RETRY_MS * 3));
        continue;
      }
      if (reply.catchingUp === true || reply.assignment === undefined) {
        await new Promise((r) => setTimeout(r, RETRY_MS));
        continue;
      }
      if (this.closed) return;
      const snapshot: UnitSnapshot = {
        assignment: reply.assignment,
        statusSince: reply.statusSince ?? 0,
        now: reply.now ?? 0,
        lastInputSeq: reply.lastInputSeq ?? 0,
      };
      this.sink.send("snapshot", snapshot);
      const held = (this.held ?? []).filter((u) => u.inputSeq > snapshot.lastInputSeq);
      this.held = null;
      this.after = snapshot.lastInputSeq;
      if (held.length > 0) this.sink.send("updates", held);
      return;
    }
  }

  /** A command of this terminal's session reached the log as input `seq`: its rejection, if any, is told. */
  expect(seq: number): void {
    const early = this.early.get(seq);
    if (early !== undefined) this.sink.send("rejected", { inputSeq: seq, ...early });
    else this.mine.add(seq);
  }

  /** Every output the gateway hears: the rejections of this terminal's commands go to it. */
  output(o: WireOutput): void {
    if (!("rejected" in o) || !o.inputId.startsWith("console:")) return;
    const r = { code: o.rejected.code, reason: o.rejected.reason };
    if (this.mine.delete(o.inputSeq)) return this.sink.send("rejected", { inputSeq: o.inputSeq, ...r });
    this.early.set(o.inputSeq, r);
    if (this.early.size > 200) {
      const oldest = this.early.keys().next().value;
      if (oldest !== undefined) this.early.delete(oldest);
    }
  }

  close(): void {
    this.closed = true;
    this.sub?.unsubscribe();
  }

  private receive(data: Uint8Array): void {
    let output;
    try {
      output = decodeOutput(data);
    } catch {
      return;
    }
    if (!("event" in output) || output.assignment === undefined) return;
    const key = `${output.inputSeq}:${output.index}`;
    if (this.heard.has(key)) return;
    this.heard.add(key);
    if (this.heard.size > 10_000) this.heard.clear();
    const update: UnitUpdate = {
      inputSeq: output.inputSeq,
      index: output.index,
      event: output.event,
      assignment: output.assignment,
    };
    if (this.held !== null) this.held.push(update);
    else if (update.inputSeq > this.after) this.sink.send("updates", [update]);
  }
}

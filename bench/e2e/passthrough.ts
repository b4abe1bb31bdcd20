/**
 * The bare pass-through: the NATS and JetStream work of EngineService (adapters/nats/service.ts) without
 * the CAD logic. Same streams (ensureStreams), same ordered consumer and pull size, same reading of the
 * log's headers, and for each input the same number of messages of the same sizes on the same subjects,
 * with the same message ids and Cad-Input-Seq header (adapters/nats/outputs.ts), the same connection,
 * consumer and publish-until-acked (adapters/nats/connection.ts) and the same flush rule (wait for every
 * ack when 256 are in flight or the log has nothing pending). What it publishes comes from the record of
 * the engine run in memory on the same inputs (record.ts), sent to it in chunks on `e2e.<agency>.plan`
 * (request/reply) before the inputs; the bytes are zeros.
 */
import { jetstream, type ConsumerMessages, type JetStreamClient, type JsMsg } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import {
  connectNats,
  consumeFrom,
  publishUntilAcked,
  type Publishing,
  msgIdOf,
  outputHeaders,
  type OutputId,
  MAX_IN_FLIGHT,
  ensureStreams,
  TIME_HEADER,
  agencySubjects,
  type NatsAuth,
} from "../../adapters/nats/index.ts";
import { OutputKind, appendChunk, emptyPlan, type OutputPlan, type PlanChunk } from "./record.ts";

/**
 * Where the pass-through takes chunks of its plan (JSON PlanChunk; replies "ok" or "error: ..."). A
 * query subject of its agency: under credentials the pass-through runs on the engine role's creds
 * (it stands in for the engine), which may hear `cad.A.q.>` and answer, and the generator on the sim
 * role's, which may ask there; no other subject would be open to both.
 */
export const planSubject = (agency: string): string => `cad.${agency}.q.e2e-plan`;

export class PassThrough {
  readonly counts = { inputs: 0, published: 0, unplanned: 0 };
  private readonly publishing: Publishing;
  private readonly inFlight: Promise<unknown>[] = [];
  private messages: ConsumerMessages | undefined;
  private loop: Promise<void> = Promise.resolve();
  private stopping = false;
  private readonly plan: OutputPlan = emptyPlan();
  private readonly subjects: string[] = [];

  private constructor(
    private readonly agency: string,
    readonly nc: NatsConnection,
    private readonly js: JetStreamClient,
  ) {
    this.publishing = { js, counts: this.counts, stopping: () => this.stopping };
    nc.subscribe(planSubject(agency), {
      callback: (error, msg) => {
        if (error !== null) return;
        try {
          this.append(JSON.parse(new TextDecoder().decode(msg.data)) as PlanChunk);
          msg.respond(new TextEncoder().encode("ok"));
        } catch (e) {
          msg.respond(new TextEncoder().encode(`error: ${(e as Error).message}`));
        }
      },
    });
  }

  /** Adds the outputs of more inputs to the plan. */
  append(chunk: PlanChunk): void {
    appendChunk(this.plan, chunk);
    for (const s of chunk.subjects) this.subjects.push(`cad.${this.agency}.${s}`);
  }

  /** `auth`: the engine role's creds, as the engine runs (the agency's admin has made the streams). */
  static async start(opts: { agency: string; servers: string; auth?: NatsAuth }): Promise<PassThrough> {
    const s = agencySubjects(opts.agency);
    const nc = await connectNats(opts.servers, `cad-passthrough-${opts.agency}`, opts.auth);
    // Under credentials only the admin may create streams (the engine only checks that they exist).
    if (opts.auth?.credsFile === undefined) await ensureStreams(nc, s);
    const p = new PassThrough(opts.agency, nc, jetstream(nc));
    p.messages = await consumeFrom(p.js, s.inputStream, 1);
    p.loop = p.run(p.messages);
    return p;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.messages?.close();
    await this.loop.catch(() => undefined);
    await Promise.allSettled(this.inFlight);
    await this.nc.drain().catch(() => undefined);
  }

  private async run(messages: ConsumerMessages): Promise<void> {
    for await (const m of messages) {
      if (this.stopping) break;
      this.handle(m);
      // The service's rule (adapters/nats/service.ts run()).
      if (this.inFlight.length >= MAX_IN_FLIGHT || (m.info.pending === 0 && messages.getPending() === 0))
        await this.flush();
    }
  }

  private handle(m: JsMsg): void {
    // The headers the engine reads for every input (adapters/nats/log.ts): its id and its time.
    const id = m.headers?.get("Nats-Msg-Id") || `${this.agency}:${m.seq}`;
    void m.headers?.get(TIME_HEADER);
    this.counts.inputs++;
    const i = Number(id.slice(id.lastIndexOf("-") + 1));
    const from = this.plan.start[i];
    const to = this.plan.start[i + 1];
    if (!Number.isInteger(i) || from === undefined || to === undefined) {
      this.counts.unplanned++;
      return;
    }
    for (let k = from; k < to; k++) this.output(k, m.seq);
  }

  /** Publishes the k-th output of the plan for the input at `seq`. */
  private output(k: number, seq: number): void {
    const kind = this.plan.kind[k];
    // A unit's copy carries what its terminal shows: bytes of its own, of the size the service's had.
    const data = new Uint8Array(this.plan.size[k] ?? 0);
    const agency = this.agency;
    const index = this.plan.index[k] ?? 0;
    const subject = this.subjects[this.plan.subject[k] ?? 0] ?? "";
    // An incident's crews' copies are told apart by the unit (the subject's token), as in the service.
    const unitId = kind === OutputKind.crewCopy ? subject.split(".")[3] : undefined;
    const id: OutputId =
      kind === OutputKind.rejection
        ? { agency, inputSeq: seq, kind: "rejection" }
        : kind === OutputKind.unitCopy || kind === OutputKind.crewCopy
          ? { agency, inputSeq: seq, kind: "unitCopy", index, ...(unitId !== undefined && { unitId }) }
          : { agency, inputSeq: seq, kind: "event", index };
    this.publish(subject, data, id);
  }

  private publish(subject: string, data: Uint8Array, id: OutputId): void {
    this.inFlight.push(publishUntilAcked(this.publishing, subject, data, msgIdOf(id), outputHeaders(id)));
  }

  private async flush(): Promise<void> {
    await Promise.all(this.inFlight.splice(0));
  }
}

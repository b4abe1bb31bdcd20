import type { NatsConnection } from "@nats-io/transport-node";
import { planSubject } from "./passthrough.ts";
import { planChunk } from "./record.ts";
import type { Workload } from "./workload.ts";

/** Inputs per plan chunk sent to the pass-through (well under NATS's 1 MB message limit). */
const CHUNK_INPUTS = 4000;

/** Sends the pass-through the plan of every input built so far. */
export class PlanFeed {
  private sentInputs = 0;
  private sentSubjects = 0;

  constructor(
    private readonly nc: NatsConnection,
    private readonly workload: Workload,
    private readonly agency: string,
  ) {}

  async sync(): Promise<void> {
    const plan = this.workload.plan;
    const total = plan.start.length - 1;
    while (this.sentInputs < total) {
      const to = Math.min(total, this.sentInputs + CHUNK_INPUTS);
      const chunk = planChunk(plan, this.sentInputs, to, this.sentSubjects);
      const reply = await this.nc.request(planSubject(this.agency), JSON.stringify(chunk), {
        timeout: 10_000,
      });
      const text = reply.string();
      if (text !== "ok") throw new Error(`the pass-through refused its plan: ${text}`);
      this.sentInputs = to;
      this.sentSubjects += chunk.subjects.length;
    }
  }
}

import { jetstream, type JetStreamClient } from "@nats-io/jetstream";
import { headers, type NatsConnection, type Subscription } from "@nats-io/transport-node";
import type { EngineConfig } from "../../engine/index.ts";
import { agencySubjects, decodeOutput, encodeInput, inputSubject, TIME_HEADER } from "../nats/index.ts";
import { CitySimulator, type SimInput, type SimOptions } from "./simulator.ts";

/**
 * The synthetic city over NATS: its callers, crews and dispatcher publish inputs (stamped with
 * simulated time in the Cad-Time header) and learn what happened only from the event stream.
 */
export class NatsCity {
  readonly sim: CitySimulator;
  published = 0;
  rejected = 0;
  simNow: number;
  private readonly js: JetStreamClient;
  private readonly events: Subscription;
  private lastAt = 0;

  constructor(
    nc: NatsConnection,
    private readonly agency: string,
    config: EngineConfig,
    opts: SimOptions,
  ) {
    this.sim = new CitySimulator(config, opts);
    this.simNow = opts.start;
    this.js = jetstream(nc);
    this.events = nc.subscribe(`${agencySubjects(agency).eventPrefix}>`, {
      callback: (error, msg) => {
        if (error !== null) return;
        const out = decodeOutput(msg.data);
        if ("event" in out) this.sim.observe(out.event);
        else this.rejected++;
      },
    });
  }

  /** The instant stamped on the latest input published: later inputs never carry an earlier one. */
  get lastStamp(): number {
    return this.lastAt;
  }

  async roster(): Promise<void> {
    for (const input of this.sim.roster()) await this.publish(input);
  }

  /** Runs the city forward to `until` (simulated epoch ms), publishing what it does. */
  async runUntil(until: number): Promise<void> {
    this.simNow = Math.max(this.simNow, until);
    for (;;) {
      const batch = this.sim.next(until);
      if (batch === undefined) return;
      for (const input of batch) await this.publish(input);
    }
  }

  close(): void {
    this.events.unsubscribe();
  }

  private async publish(input: SimInput): Promise<void> {
    const at = Math.max(input.at, this.lastAt);
    this.lastAt = at;
    const h = headers();
    h.set(TIME_HEADER, String(at));
    // A timed subject: the only kind on which an engine trusting input time honours Cad-Time.
    const subject = inputSubject(this.agency, input, { timed: true });
    await this.js.publish(subject, encodeInput(withoutTime(input)), {
      msgID: `sim:${this.agency}:${at}:${++this.published}`,
      headers: h,
    });
  }
}

/** The body of an input without its instant (which travels in the Cad-Time header). */
function withoutTime(input: SimInput): Parameters<typeof encodeInput>[0] {
  const body: Partial<SimInput> = { ...input };
  delete body.at;
  return body as Parameters<typeof encodeInput>[0];
}

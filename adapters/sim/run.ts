import {
  applyInput,
  createState,
  type EngineConfig,
  type EngineState,
  type Input,
  type Rejection,
} from "../../engine/index.ts";
import { CitySimulator, type SimInput, type SimOptions } from "./simulator.ts";

/** Drives the synthetic city through an in-process engine, assigning log ids and instants. */
export class InProcessCity {
  readonly state: EngineState = createState();
  readonly sim: CitySimulator;
  readonly rejections: { input: Input; rejection: Rejection }[] = [];
  inputs = 0;
  simNow: number;

  /** `onInput` is handed each input, in order, before it is applied: the city's input log. */
  constructor(
    private readonly config: EngineConfig,
    opts: SimOptions,
    private readonly onInput?: (input: Input) => void,
  ) {
    this.sim = new CitySimulator(config, opts);
    this.simNow = opts.start;
    for (const input of this.sim.roster()) this.apply(input);
  }

  /** Runs the city forward to `until` (sim epoch ms). */
  runUntil(until: number): void {
    this.simNow = Math.max(this.simNow, until);
    for (;;) {
      const batch = this.sim.next(until);
      if (batch === undefined) return;
      for (const input of batch) this.apply(input);
    }
  }

  private apply(body: SimInput): void {
    const at = Math.max(body.at, this.state.now);
    const input = { ...body, at, id: `sim-${++this.inputs}` } as Input;
    this.onInput?.(input);
    const result = applyInput(this.state, this.config, input);
    if (result.rejection !== null) this.rejections.push({ input, rejection: result.rejection });
    for (const event of result.events) this.sim.observe(event);
  }
}

import { loadConfigFile } from "../../adapters/config/index.ts";
import {
  applyInput,
  createState,
  serialiseState,
  type ApplyResult,
  type EngineConfig,
  type EngineState,
  type Input,
} from "../../engine/index.ts";

export const config: EngineConfig = loadConfigFile();

/** 2026-01-01T08:00:00Z: scenarios start here. */
export const T0 = Date.UTC(2026, 0, 1, 8, 0, 0);

/** Spreads Omit over each member of a union, so builders can leave out id and at. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type InputBody = DistributiveOmit<Input, "id" | "at"> & { at?: number; id?: string };

/**
 * A given/when/then harness over a real engine. Inputs get ids and instants automatically
 * (one second apart unless `at` is given), like a log would give them.
 */
export class Scenario {
  readonly state: EngineState = createState();
  private seq = 0;
  private clock = T0;

  constructor(readonly cfg: EngineConfig = config) {}

  /** Applies inputs that must all be accepted. */
  given(...bodies: InputBody[]): this {
    for (const body of bodies) {
      const result = this.apply(body);
      if (result.rejection !== null) {
        throw new Error(
          `given ${body.kind} was rejected: ${result.rejection.code} ${result.rejection.reason}`,
        );
      }
    }
    return this;
  }

  when(body: InputBody): ApplyResult {
    return this.apply(body);
  }

  apply(body: InputBody): ApplyResult {
    const at = body.at ?? (this.clock += 1000);
    this.clock = Math.max(this.clock, at);
    const input = { ...body, id: body.id ?? `in-${++this.seq}`, at } as Input & { receivedAt?: number };
    // A call received "now" unless the test says otherwise.
    if (input.kind === "ReceiveCall" && !("receivedAt" in body)) input.receivedAt = at;
    return applyInput(this.state, this.cfg, input);
  }

  /** Moves the scenario clock on without an input. */
  advance(seconds: number): number {
    this.clock += seconds * 1000;
    return this.clock;
  }

  get now(): number {
    return this.clock;
  }

  snapshot(): string {
    return JSON.stringify(serialiseState(this.state));
  }

  incident(id: string) {
    const incident = this.state.incidents.get(id);
    if (incident === undefined) throw new Error(`no incident ${id}`);
    return incident;
  }

  unit(id: string) {
    const unit = this.state.units.get(id);
    if (unit === undefined) throw new Error(`no unit ${id}`);
    return unit;
  }
}

/** A point in the demo city (downtown); offsets in metres, roughly. */
export function near(metresEast = 0, metresNorth = 0): { lon: number; lat: number } {
  const lat = 47.6062 + metresNorth / 111_195;
  const lon = -122.3321 + metresEast / (111_195 * Math.cos((47.6062 * Math.PI) / 180));
  return { lon, lat };
}

export function call(
  callId: string,
  callType: string,
  where = near(),
  extra: Partial<Omit<Extract<Input, { kind: "ReceiveCall" }>, "kind">> = {},
): InputBody {
  return { kind: "ReceiveCall", callId, callType, ...where, ...extra } as InputBody;
}

export function unit(unitId: string, unitType: string, agency = "metro-fire", where = near()): InputBody {
  return { kind: "AddUnit", unitId, unitType, agency, station: { id: `ST-${unitId}`, ...where } };
}

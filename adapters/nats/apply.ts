import {
  applyInput,
  reject,
  type EngineConfig,
  type EngineState,
  type Rejection,
} from "../../engine/index.ts";
import { inputKindOfSubject, type OutputMeta } from "./codec/index.ts";
import { readLogEntry, type LogMessage } from "./log.ts";
import { eventOutputs, rejectionOutput, type Output } from "./outputs.ts";
import type { AgencySubjects } from "./subjects.ts";

export interface ApplierOptions {
  readonly s: AgencySubjects;
  /** The engine state, changed in place input by input. */
  readonly state: EngineState;
  readonly config: EngineConfig;
  readonly trustInputTime: boolean;
  readonly counts: { applied: number; rejected: number };
  /** True for inputs whose outputs are all stored already: only the state is needed. */
  readonly stateOnly: (inputSeq: number) => boolean;
  readonly log?: ((line: string) => void) | undefined;
  /** Told each rejection's code (the metrics' rejected-by-code counter). */
  readonly rejected?: ((code: string) => void) | undefined;
}

/**
 * Applies the input log's messages to the engine state, one at a time, and returns each one's
 * outputs (its events, or its rejection) as data for the publisher. A fault of the engine on one
 * input becomes that input's rejection.
 */
export class InputApplier {
  constructor(private readonly o: ApplierOptions) {}

  /** Applies one message of the input log (of sequence `m.seq`) and returns its outputs. */
  apply(m: LogMessage): Output[] {
    const { s, state, trustInputTime } = this.o;
    const maxAheadMs = this.o.config.inputTime.maxAheadSeconds * 1000;
    const entry = readLogEntry(m, s.agency, trustInputTime, state.now, maxAheadMs);
    const { seq, at, kind, decoded } = entry;
    const meta: OutputMeta = { agency: s.agency, inputSeq: seq, inputId: entry.id, index: 0 };
    // No kind is known, so the rejection names none; the reason says which subject it came on.
    if (kind === undefined || decoded === undefined)
      return [
        this.rejection(meta, at, "", reject("UNKNOWN_INPUT_KIND", `no input kind is sent on ${m.subject}`)),
      ];
    if (!decoded.ok)
      return [this.rejection(meta, at, kind, reject(decoded.code, decoded.reason, decoded.field))];
    return this.applyDecoded(meta, kind, decoded.input, this.o.stateOnly(seq));
  }

  /** The rejection for an input the service failed on outside the engine (reading or publishing it). */
  fault(m: LogMessage): Output {
    const { agency } = this.o.s;
    const meta = { agency, inputSeq: m.seq, inputId: `${agency}:${m.seq}`, index: 0 };
    const kind = inputKindOfSubject(m.subject, agency)?.kind ?? "";
    return this.rejection(meta, this.o.state.now, kind, faultRejection("service", agency, m.seq));
  }

  private applyDecoded(
    meta: OutputMeta,
    kind: string,
    input: Parameters<typeof applyInput>[2],
    stateOnly: boolean,
  ): Output[] {
    let result;
    try {
      result = applyInput(this.o.state, this.o.config, input, { recommendations: !stateOnly });
    } catch (error) {
      (this.o.log ?? console.error)(
        `cad-engine ${meta.agency}: ENGINE_FAULT ${faultId(meta.agency, meta.inputSeq)} on input ${meta.inputSeq} (${kind}): ${(error as Error).stack ?? String(error)}`,
      );
      return [this.rejection(meta, input.at, kind, faultRejection("engine", meta.agency, meta.inputSeq))];
    }
    if (result.rejection !== null) return [this.rejection(meta, input.at, kind, result.rejection)];
    this.o.counts.applied++;
    if (stateOnly) return [];
    // The unit messages carry what each unit's terminal shows as of now, under the configuration in force.
    const view = { state: this.o.state, config: this.o.state.configuration?.config ?? this.o.config };
    return result.events.flatMap((event, index) => eventOutputs(this.o.s, { ...meta, index }, event, view));
  }

  private rejection(meta: OutputMeta, at: number, inputKind: string, rejection: Rejection): Output {
    this.o.counts.rejected++;
    this.o.rejected?.(rejection.code);
    return rejectionOutput(this.o.s, meta, at, inputKind, rejection);
  }
}

/**
 * The id an ENGINE_FAULT is known by, in the published rejection and in the log line that holds
 * the detail. It is made of the agency and the input's sequence, so a replay that meets the same
 * fault logs it under the same id.
 */
export function faultId(agency: string, inputSeq: number): string {
  return `fault-${agency}-${inputSeq}`;
}

/** What an ENGINE_FAULT says on the wire: no internal detail, only where to find it. */
function faultRejection(who: "engine" | "service", agency: string, inputSeq: number): Rejection {
  const id = faultId(agency, inputSeq);
  return reject("ENGINE_FAULT", `the ${who} failed on this input; its log has the detail under fault ${id}`);
}
